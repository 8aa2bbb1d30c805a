/**
 * Confidence intervals in the core's results: the small interface the core
 * asks of a statistics provider, and how it turns the provider's limits into
 * result fields. The methods themselves (and their quantile functions) live
 * in `council-indicators/statistics`, so the core bundle does not carry them:
 * pass `{ statistics }` from there to `computeIndicator`.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import * as R from '../exact/rational.js';
import { formatValue } from '../outputs/format.js';
import type { IndicatorSpec, MeasureSpec } from '../spec/types.js';

/** A confidence interval's limits at one level, in the units of the value (a percentage's in 0-100, a rate's per N). */
export interface IntervalLimits {
  /** The confidence level, e.g. `0.95`. */
  level: number;
  lower: number;
  upper: number;
}

/** A confidence interval in a result: its limits, and the limits as a report prints them (the spec's decimals, `%` for percentages). */
export interface Interval extends IntervalLimits {
  formattedLower: string;
  formattedUpper: string;
}

/** What the core asks a {@link StatisticsProvider} for: the intervals of one period's value. */
export interface IntervalRequest {
  measure: MeasureSpec;
  /** The numerator over the window (a count of events or people). */
  numerator: number;
  /** The denominator over the window; null for a count. Never zero. */
  denominator: number | null;
  /** The spec's confidence levels, in order. */
  levels: readonly number[];
}

/**
 * What `computeIndicator` needs to add confidence intervals to its results:
 * `statistics` from `council-indicators/statistics` is one. It returns one
 * interval per level, in order, in the units of the value.
 */
export interface StatisticsProvider {
  intervals(request: IntervalRequest): readonly IntervalLimits[];
}

/** The message of a spec with confidence computed without statistics. @internal */
export function needsStatistics(id: string): string {
  return `spec ${id} asks for confidence intervals, which need the statistics of council-indicators/statistics: import { statistics } from 'council-indicators/statistics' and pass { statistics } in the options`;
}

/**
 * A period's intervals: the provider's limits, checked (one per level,
 * finite, lower <= upper) and formatted at the spec's decimals and rounding.
 *
 * @internal
 */
export function intervalsOf(provider: StatisticsProvider, spec: IndicatorSpec, numerator: number, denominator: number | null): Interval[] {
  const levels = spec.confidence ?? [];
  const limits = provider.intervals({ measure: spec.measure, numerator, denominator, levels });
  const bad =
    !Array.isArray(limits) ||
    limits.length !== levels.length ||
    limits.some((l, i) => l.level !== levels[i] || !Number.isFinite(l.lower) || !Number.isFinite(l.upper) || l.lower > l.upper);
  if (bad) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'bad-option',
        path: 'statistics',
        message: `statistics.intervals gave ${JSON.stringify(limits)} for ${numerator}/${denominator ?? '-'} at levels ${levels.join(', ')}: expected one { level, lower, upper } per level, in order, finite, lower <= upper`,
      },
    ]);
  }
  const format = (x: number) => formatValue(spec.measure, R.roundToUnits(R.fromNumber(x), spec.decimals, spec.rounding), spec.decimals);
  return limits.map((l) => ({ level: l.level, lower: l.lower, upper: l.upper, formattedLower: format(l.lower), formattedUpper: format(l.upper) }));
}
