/**
 * Benchmarks: the step in force at a month, and how a value compares with
 * it given the indicator's polarity.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import { isPeriod, periodIndex } from '../periods/period.js';
import type { Period } from '../periods/period.js';
import type { Polarity } from '../spec/types.js';
import { compileSteps } from './steps.js';

/** How a value compares with a benchmark, given the indicator's polarity: ours is better, worse or the same. */
export type Comparison = 'better' | 'worse' | 'same';

const POLARITIES: readonly Polarity[] = ['higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral'];

/**
 * The step in force at `period`: the last step whose `from` is `period` or
 * earlier, or null before the first. Targets and benchmarks are step
 * functions by month; this is the lookup `computeIndicator` uses for them.
 * The steps must be in time order, as a validated spec has them. A step
 * with `value: null` is returned as it is: it means "none from then on".
 *
 * Throws an `IndicatorError` (`INVALID_OPTIONS`) when `steps` is not an
 * array (`not-an-array`) or `period` is not a `YYYY-MM` month (`bad-period`).
 *
 * @example
 * ```ts
 * import { stepInForce } from 'council-indicators';
 *
 * const england = [
 *   { from: '2015-04', value: 60, label: '2014-15' },
 *   { from: '2016-04', value: 62, label: '2015-16' },
 * ];
 * stepInForce(england, '2017-09'); // { from: '2016-04', value: 62, label: '2015-16' }
 * stepInForce(england, '2016-03'); // { from: '2015-04', value: 60, label: '2014-15' }
 * stepInForce(england, '2015-03'); // null
 * ```
 */
export function stepInForce<S extends { from: Period }>(steps: readonly S[], period: Period): S | null {
  const issues: IndicatorIssue[] = [];
  if (!Array.isArray(steps)) issues.push({ code: 'not-an-array', path: 'steps', message: 'steps must be an array of { from: "YYYY-MM", ... } in time order' });
  if (!isPeriod(period)) {
    issues.push({ code: 'bad-period', path: 'period', message: `period ${JSON.stringify(period) ?? String(period)} is not a month in YYYY-MM form` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return compileSteps<S, S, S>(steps, (s) => s, (s) => s).at(periodIndex(period));
}

/**
 * Whether `value` is better than `benchmark`, worse or the same, given the
 * indicator's polarity: for `higher-is-better`, above is better; for
 * `lower-is-better`, below is better. Null for `closer-to-target` and
 * `neutral` (above or below a comparator is neither). Both numbers are
 * compared exactly as written in decimal, never with a tolerance: pass the
 * value as displayed (`rounded`) to compare what the reader sees.
 *
 * Throws an `IndicatorError` (`INVALID_OPTIONS`) for a number that is not
 * finite (`not-finite`) or an unknown polarity (`bad-choice`).
 *
 * @example
 * ```ts
 * import { compareWithBenchmark } from 'council-indicators';
 *
 * compareWithBenchmark(78.2, 60, 'lower-is-better'); // 'worse'
 * compareWithBenchmark(66.7, 66.67, 'higher-is-better'); // 'better'
 * compareWithBenchmark(0.3, 0.3, 'higher-is-better'); // 'same'
 * compareWithBenchmark(78.2, 60, 'neutral'); // null
 * ```
 */
export function compareWithBenchmark(value: number, benchmark: number, polarity: Polarity): Comparison | null {
  const issues: IndicatorIssue[] = [];
  for (const [path, x] of [['value', value], ['benchmark', benchmark]] as const) {
    // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite is already false for anything not a number
    if (typeof x !== 'number' || !Number.isFinite(x)) issues.push({ code: 'not-finite', path, message: `${path} ${String(x)} must be a finite number` });
  }
  if (!POLARITIES.includes(polarity)) {
    issues.push({ code: 'bad-choice', path: 'polarity', message: `polarity ${JSON.stringify(polarity)} must be one of ${POLARITIES.join(', ')}` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better') return null;
  const c = R.cmp(R.fromNumber(value), R.fromNumber(benchmark));
  if (c === 0) return 'same';
  // Stryker disable next-line EqualityOperator: equivalent, c is not 0 here (0 returned 'same' above)
  return (c > 0) === (polarity === 'higher-is-better') ? 'better' : 'worse';
}
