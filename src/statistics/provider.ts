/**
 * `statistics`: the object a caller passes to `computeIndicator` and
 * `computeScorecard` so that specs with `confidence` get their intervals.
 *
 * @module
 */
import { IndicatorError } from '../index.js';
import type { IntervalLimits, IntervalRequest, StatisticsProvider } from '../index.js';
import { poissonInterval, wilsonInterval } from './intervals.js';
import { levelsIssues } from './levels.js';

/**
 * The intervals of one value, in its units: a percentage's Wilson interval
 * in 0-100; a rate's Poisson interval of the numerator (exact below 10,
 * Byar's from 10) divided by the denominator and multiplied by `per`; a
 * count's Poisson interval. Means and ratios have none (a spec refuses
 * `confidence` on them).
 *
 * @example
 * ```ts
 * import { intervalsFor } from 'council-indicators/statistics';
 *
 * const [ci] = intervalsFor({ measure: { type: 'rate', per: 10000 }, numerator: 65, denominator: 47715, levels: [0.95] });
 * ci.lower.toFixed(4); // '10.5131'
 * ci.upper.toFixed(4); // '17.3633'
 * ```
 */
export function intervalsFor(request: IntervalRequest): IntervalLimits[] {
  const { measure, numerator, denominator, levels } = request;
  const issues = levelsIssues(levels, 'levels');
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  const needsDenominator = measure.type === 'percentage' || measure.type === 'rate';
  if (needsDenominator && (typeof denominator !== 'number' || !(denominator > 0) || !Number.isFinite(denominator))) {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'out-of-range', path: 'denominator', message: `a ${measure.type}'s interval needs a positive finite denominator, received ${String(denominator)}` },
    ]);
  }
  return levels.map((level): IntervalLimits => {
    switch (measure.type) {
      case 'percentage': {
        const w = wilsonInterval(numerator, denominator!, level);
        return { level, lower: w.lower * 100, upper: w.upper * 100 };
      }
      case 'rate': {
        const p = poissonInterval(numerator, level);
        return { level, lower: (p.lower / denominator!) * measure.per, upper: (p.upper / denominator!) * measure.per };
      }
      case 'count': {
        const p = poissonInterval(numerator, level);
        return { level, lower: p.lower, upper: p.upper };
      }
      default:
        throw new IndicatorError('INVALID_OPTIONS', [
          {
            code: 'no-interval',
            path: 'measure',
            message: `a ${measure.type} has no interval from its numerator and denominator alone: for a mean, use meanInterval with the values' standard deviation`,
          },
        ]);
    }
  });
}

/**
 * The statistics of confidence intervals, to pass to the core:
 * `computeIndicator(spec, rows, { statistics })` and
 * `computeScorecard(specs, rows, { asOf, statistics })`. A spec with
 * `confidence` computed without it is an error that names this import.
 * Its methods are those of {@link intervalsFor}.
 *
 * @example
 * ```ts
 * import { computeIndicator } from 'council-indicators';
 * import { statistics } from 'council-indicators/statistics';
 *
 * const spec = {
 *   id: 'pathway-plans',
 *   title: 'Care leavers with a pathway plan',
 *   measure: { type: 'percentage' as const },
 *   numerator: 'withPlan',
 *   denominator: 'leavers',
 *   polarity: 'higher-is-better' as const,
 *   confidence: [0.95, 0.998],
 * };
 * const [sep] = computeIndicator(spec, [{ period: '2017-09', withPlan: 65, leavers: 100 }], { statistics }).periods;
 * sep.formatted; // '65.0%'
 * sep.intervals!.map((i) => [i.level, i.formattedLower, i.formattedUpper]); // [[0.95, '55.3%', '73.6%'], [0.998, '49.5%', '77.8%']]
 * ```
 */
export const statistics: StatisticsProvider = Object.freeze({ intervals: intervalsFor });
