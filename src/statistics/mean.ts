/**
 * Student's t interval of a mean. In its own module: the t quantile (an
 * incomplete beta inverse) is the largest of the `@stdlib` dependencies, and
 * a bundle that never computes a mean's interval leaves it out.
 *
 * @module
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { IndicatorIssue, IntervalLimits } from '../index.js';
import { countIssues, fail } from './intervals.js';
import { levelIssues } from './levels.js';

/** Summary statistics of a sample, for {@link meanInterval}. */
export interface SampleSummary {
  /** The sample mean. */
  mean: number;
  /** The sample standard deviation (with n − 1 in the denominator, as R's `sd`). */
  sd: number;
  /** The number of values, at least 2. */
  n: number;
}

/**
 * Student's t interval of a mean, as PHEindicatormethods' `phe_mean`:
 * `mean ∓ t(level + (1 − level)/2; n − 1) × sd / √n`. Needs the sample
 * standard deviation, which an indicator's numerator and denominator do not
 * carry: compute it from the values (a spec's `confidence` is refused on a
 * mean for that reason).
 *
 * Throws `INVALID_OPTIONS` for a non-finite mean, a negative or non-finite
 * sd, `n` not a whole number of at least 2, or a level outside 0.9 to 0.999.
 *
 * @example
 * ```ts
 * import { meanInterval } from 'council-indicators/statistics';
 *
 * const ci = meanInterval({ mean: 20, sd: 5, n: 25 }, 0.95);
 * ci.lower.toFixed(6); // '17.936101'
 * ci.upper.toFixed(6); // '22.063899'
 * ```
 */
export function meanInterval(sample: SampleSummary, level: number): IntervalLimits {
  const issues: IndicatorIssue[] = [];
  if (typeof sample !== 'object' || sample === null) fail([{ code: 'bad-option', path: 'sample', message: 'sample must be { mean, sd, n }' }]);
  const { mean, sd, n } = sample;
  if (typeof mean !== 'number' || !Number.isFinite(mean)) issues.push({ code: 'not-finite', path: 'mean', message: `mean ${String(mean)} must be a finite number` });
  issues.push(...countIssues(sd, 'sd'));
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2) issues.push({ code: 'out-of-range', path: 'n', message: `n ${String(n)} must be a whole number of at least 2: a standard deviation needs two values` });
  issues.push(...levelIssues(level));
  if (issues.length > 0) fail(issues);
  const half = (tQuantile(level + (1 - level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { level, lower: mean - half, upper: mean + half };
}
