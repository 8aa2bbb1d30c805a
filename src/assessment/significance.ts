/**
 * Significance against a benchmark by the Fingertips rule: the benchmark
 * inside the confidence interval is `similar`; outside it, the value is
 * higher or lower, better or worse by polarity; with two levels, outside the
 * wider interval (99.8%) is much better or much worse. Pure comparison, no
 * quantiles: in the core (tree-shaken unless imported) so that the scorecard
 * can use it; `council-indicators/statistics` exports it too.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import type { Polarity } from '../spec/types.js';
import type { IntervalLimits } from './confidence.js';

/** One or two levels, each from 0.9 to 0.999 (the levels a spec's `confidence` takes). */
function levelsIssues(levels: unknown, path: string): IndicatorIssue[] {
  if (!Array.isArray(levels) || levels.length < 1 || levels.length > 2) {
    return [{ code: 'out-of-range', path, message: `${path} must be one or two confidence intervals, e.g. [{ level: 0.95, lower, upper }]` }];
  }
  return levels.flatMap((l: unknown, i) =>
    typeof l === 'number' && l >= 0.9 && l <= 0.999
      ? []
      : [{ code: 'out-of-range' as const, path: `${path}[${i}].level`, message: `confidence level ${String(l)} must be a fraction from 0.9 to 0.999, e.g. 0.95 or 0.998` }],
  );
}

/** Where the value lies against the benchmark: `similar` when the benchmark is inside the (narrower) interval. */
export type SignificanceDirection = 'higher' | 'lower' | 'similar';

/**
 * The Fingertips judgement: `similar`; `better`/`worse` (outside the
 * narrower interval); `much-better`/`much-worse` (outside the wider, with two
 * levels); `not-compared` when the polarity has no better direction
 * (`neutral`, `closer-to-target`: read `direction`).
 */
export type Significance = 'similar' | 'better' | 'worse' | 'much-better' | 'much-worse' | 'not-compared';

/** The result of {@link compareSignificance}. */
export interface SignificanceResult {
  /** The rule used, for outputs that say how a comparison was made. */
  rule: 'confidence-interval';
  direction: SignificanceDirection;
  significance: Significance;
  /** The level whose interval decided: the narrower one, or the wider for `much-`. */
  level: number;
}

const POLARITIES: readonly Polarity[] = ['higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral'];

/**
 * Compare a value's confidence intervals with a benchmark by the Fingertips
 * rule. The benchmark inside the narrower interval, limits included, is
 * `similar`; otherwise the value is `higher` or `lower`, which is `better`
 * or `worse` by polarity (`not-compared` for `neutral` and
 * `closer-to-target`). With two levels, a benchmark outside the wider
 * interval too makes it `much-better` or `much-worse`. Limits are compared
 * as given (unrounded), exactly.
 *
 * Throws `INVALID_OPTIONS` for anything but one or two intervals with levels
 * from 0.9 to 0.999 and finite limits, lower <= upper; a non-finite
 * benchmark; or an unknown polarity.
 *
 * @example
 * ```ts
 * import { compareSignificance } from 'council-indicators';
 *
 * const intervals = [
 *   { level: 0.95, lower: 55.3, upper: 73.6 },
 *   { level: 0.998, lower: 49.5, upper: 77.8 },
 * ];
 * compareSignificance(intervals, 60, 'higher-is-better').significance; // 'similar'
 * compareSignificance(intervals, 75, 'higher-is-better').significance; // 'worse'
 * compareSignificance(intervals, 80, 'higher-is-better').significance; // 'much-worse'
 * compareSignificance(intervals, 80, 'lower-is-better').significance; // 'much-better'
 * compareSignificance(intervals, 80, 'neutral'); // { rule: 'confidence-interval', direction: 'lower', significance: 'not-compared', level: 0.95 }
 * ```
 */
export function compareSignificance(intervals: readonly IntervalLimits[], benchmark: number, polarity: Polarity): SignificanceResult {
  const issues: IndicatorIssue[] = levelsIssues(Array.isArray(intervals) ? intervals.map((i) => i?.level) : intervals, 'intervals');
  if (issues.length === 0) {
    intervals.forEach((i, k) => {
      if (!Number.isFinite(i.lower) || !Number.isFinite(i.upper) || i.lower > i.upper) {
        issues.push({ code: 'not-finite', path: `intervals[${k}]`, message: `intervals[${k}] must have finite limits with lower <= upper, received ${i.lower} to ${i.upper}` });
      }
    });
    if (intervals.length === 2 && intervals[0]!.level === intervals[1]!.level) {
      issues.push({ code: 'bad-choice', path: 'intervals[1].level', message: 'the two intervals have the same level: give one, or two different levels such as 0.95 and 0.998' });
    }
  }
  if (typeof benchmark !== 'number' || !Number.isFinite(benchmark)) issues.push({ code: 'not-finite', path: 'benchmark', message: `benchmark ${String(benchmark)} must be a finite number` });
  if (!POLARITIES.includes(polarity)) {
    issues.push({ code: 'bad-choice', path: 'polarity', message: `polarity ${JSON.stringify(polarity)} must be one of ${POLARITIES.join(', ')}` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);

  const sorted = [...intervals].sort((a, b) => a.level - b.level);
  const narrow = sorted[0]!;
  const wide = sorted.length === 2 ? sorted[1]! : null;
  const side = (i: IntervalLimits): SignificanceDirection => (benchmark < i.lower ? 'higher' : benchmark > i.upper ? 'lower' : 'similar');
  const direction = side(narrow);
  if (direction === 'similar') return { rule: 'confidence-interval', direction, significance: 'similar', level: narrow.level };
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better') {
    return { rule: 'confidence-interval', direction, significance: 'not-compared', level: narrow.level };
  }
  const good = (direction === 'higher') === (polarity === 'higher-is-better');
  if (wide !== null && side(wide) !== 'similar') {
    return { rule: 'confidence-interval', direction, significance: good ? 'much-better' : 'much-worse', level: wide.level };
  }
  return { rule: 'confidence-interval', direction, significance: good ? 'better' : 'worse', level: narrow.level };
}
