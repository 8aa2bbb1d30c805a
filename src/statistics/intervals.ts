/**
 * Confidence intervals by the methods of PHEindicatormethods (the R package
 * behind England's public health indicators and the Fingertips tool):
 * Wilson score intervals for proportions, exact Poisson limits below 10
 * events and Byar's approximation from 10 for counts and rates, Student's t
 * for means (in mean.ts, so that its quantile is bundled only when used).
 * Quantiles come from the `@stdlib` distribution packages (normal, t) and
 * jStat (chi-square: see chisquare.ts for why).
 *
 * @module
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { IndicatorError } from '../index.js';
import type { IndicatorIssue, IntervalLimits } from '../index.js';
import { chiSquareQuantile, EXACT_MAX } from './chisquare.js';
import { levelIssues } from './levels.js';

/** How a Poisson interval was computed: `exact` (chi-square quantiles, below 10 events) or `byar` (Byar's approximation, from 10). */
export type PoissonMethod = 'exact' | 'byar';

/** A Poisson interval of a count, with the method used. */
export interface PoissonInterval extends IntervalLimits {
  method: PoissonMethod;
}

/**
 * The count at and above which {@link poissonInterval} uses Byar's
 * approximation (PHEindicatormethods' rule); below it, exact limits.
 *
 * @example
 * ```ts
 * import { BYAR_FROM, poissonInterval } from 'council-indicators/statistics';
 *
 * BYAR_FROM; // 10
 * poissonInterval(BYAR_FROM, 0.95).method; // 'byar'
 * ```
 */
export const BYAR_FROM = 10;

/** Throw the issues as one `INVALID_OPTIONS` error. @internal */
export function fail(issues: IndicatorIssue[]): never {
  throw new IndicatorError('INVALID_OPTIONS', issues);
}

/** The problem with a count (or any figure that must be finite and zero or more), if any. @internal */
export function countIssues(x: unknown, path: string): IndicatorIssue[] {
  if (typeof x !== 'number' || !Number.isFinite(x)) return [{ code: 'not-finite', path, message: `${path} ${String(x)} must be a finite number` }];
  if (x < 0) return [{ code: 'negative-value', path, message: `${path} ${x} is negative; a count of events must be zero or more` }];
  return [];
}

/** The two-sided standard normal quantile of a level: 1.959963984540054 for 0.95. */
function zOf(level: number): number {
  return normalQuantile(level + (1 - level) / 2, 0, 1);
}

/**
 * The Wilson score interval (without continuity correction) of a proportion
 * `x / n`, as proportions from 0 to 1 (multiply by 100 for a percentage).
 * PHEindicatormethods' `wilson_lower` and `wilson_upper`:
 * `(2x + z² ∓ z √(z² + 4x(1 − x/n))) / (2(n + z²))`, with `z` the normal
 * quantile at `level + (1 − level)/2`. `x` may be 0 (lower limit 0) or `n`
 * (upper limit 1); the limits never leave 0 to 1.
 *
 * Throws `INVALID_OPTIONS` for a level outside 0.9 to 0.999
 * (`out-of-range`), `x` negative or above `n`, or `n` not positive.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'council-indicators/statistics';
 *
 * const ci = wilsonInterval(65, 100, 0.95);
 * ci.lower.toFixed(6); // '0.552544'
 * ci.upper.toFixed(6); // '0.736358'
 * wilsonInterval(0, 40, 0.95).lower; // 0
 * ```
 */
export function wilsonInterval(x: number, n: number, level: number): IntervalLimits {
  const issues = [...countIssues(x, 'x'), ...countIssues(n, 'n'), ...levelIssues(level)];
  if (issues.length === 0 && n === 0) issues.push({ code: 'out-of-range', path: 'n', message: 'n is 0: a proportion needs a sample of at least one' });
  if (issues.length === 0 && x > n) issues.push({ code: 'out-of-range', path: 'x', message: `x ${x} is larger than n ${n}: a proportion cannot exceed 1` });
  if (issues.length > 0) fail(issues);
  const z = zOf(level);
  const z2 = z * z;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denominator = 2 * (n + z2);
  // At x = 0 and x = n the formula gives 0 and 1 up to rounding: say them exactly.
  const lower = x === 0 ? 0 : Math.max(0, (2 * x + z2 - spread) / denominator);
  const upper = x === n ? 1 : Math.min(1, (2 * x + z2 + spread) / denominator);
  return { level, lower, upper };
}

/**
 * The exact Poisson interval of a count `x`, from chi-square quantiles:
 * lower `χ²((1 − level)/2; 2x) / 2` (0 when `x` is 0), upper
 * `χ²(level + (1 − level)/2; 2x + 2) / 2`, as PHEindicatormethods' `phe_rate`
 * computes it below 10 events.
 *
 * The quantiles agree with SciPy's to better than 1e-11 relative for every
 * count checked, 0 to 2,000,000 (docs/statistics.md).
 *
 * Throws `INVALID_OPTIONS` for a negative or non-finite count, a count
 * above 2,000,000, or a level outside 0.9 to 0.999.
 *
 * @example
 * ```ts
 * import { exactPoissonInterval } from 'council-indicators/statistics';
 *
 * const ci = exactPoissonInterval(3, 0.95);
 * ci.lower.toFixed(6); // '0.618672'
 * ci.upper.toFixed(6); // '8.767273'
 * exactPoissonInterval(0, 0.95).lower; // 0
 * ```
 */
export function exactPoissonInterval(x: number, level: number): IntervalLimits {
  const issues = [...countIssues(x, 'x'), ...levelIssues(level)];
  if (issues.length === 0 && x > EXACT_MAX) {
    issues.push({
      code: 'out-of-range',
      path: 'x',
      message: `x ${x} is above 2,000,000, the largest count whose exact limits are checked here: use byarInterval (or poissonInterval, which uses it from 10 events, as PHEindicatormethods does)`,
    });
  }
  if (issues.length > 0) fail(issues);
  const alpha = 1 - level;
  const lower = x === 0 ? 0 : chiSquareQuantile(alpha / 2, 2 * x) / 2;
  const upper = chiSquareQuantile(level + alpha / 2, 2 * x + 2) / 2;
  return { level, lower, upper };
}

/**
 * Byar's approximation to the Poisson interval of a count `x` (Breslow and
 * Day 1987), as PHEindicatormethods' `byars_lower` and `byars_upper`:
 * lower `x(1 − 1/(9x) − z/(3√x))³`, upper
 * `(x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³`. Meant for 10 events or more
 * ({@link poissonInterval} chooses for you).
 *
 * Throws `INVALID_OPTIONS` for a count that is not positive, a level outside
 * 0.9 to 0.999, or a count so small that the lower limit comes out negative
 * (`out-of-range`: use {@link exactPoissonInterval}).
 *
 * @example
 * ```ts
 * import { byarInterval } from 'council-indicators/statistics';
 *
 * const ci = byarInterval(65, 0.95);
 * ci.lower.toFixed(6); // '50.163188'
 * ci.upper.toFixed(6); // '82.849139'
 * ```
 */
export function byarInterval(x: number, level: number): IntervalLimits {
  const issues = [...countIssues(x, 'x'), ...levelIssues(level)];
  if (issues.length === 0 && x === 0) issues.push({ code: 'out-of-range', path: 'x', message: "Byar's approximation needs at least one event: use exactPoissonInterval for 0" });
  if (issues.length > 0) fail(issues);
  const z = zOf(level);
  const lower = x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const x1 = x + 1;
  const upper = x1 * (1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1))) ** 3;
  if (!(lower >= 0)) {
    fail([{ code: 'out-of-range', path: 'x', message: `Byar's lower limit for ${x} events at ${level} is negative: the approximation fails for so few events; use exactPoissonInterval` }]);
  }
  return { level, lower, upper };
}

/**
 * The Poisson interval of a count as PHEindicatormethods' `phe_rate` gives
 * it: exact (chi-square) below 10 events, Byar's from 10. Divide by the
 * denominator and multiply by `per` for a rate's interval. The result says
 * which method it used.
 *
 * @example
 * ```ts
 * import { poissonInterval } from 'council-indicators/statistics';
 *
 * poissonInterval(9, 0.95).method; // 'exact'
 * poissonInterval(10, 0.95).method; // 'byar'
 * poissonInterval(0, 0.95).lower; // 0
 * ```
 */
export function poissonInterval(x: number, level: number): PoissonInterval {
  const issues = [...countIssues(x, 'x'), ...levelIssues(level)];
  if (issues.length > 0) fail(issues);
  return x < BYAR_FROM ? { ...exactPoissonInterval(x, level), method: 'exact' } : { ...byarInterval(x, level), method: 'byar' };
}
