/**
 * A numerator or denominator over a window: the months combined by the
 * component's aggregate, or why they cannot be.
 *
 * @module
 */
import type { RowIndex } from '../data/rows.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { ComponentSpec } from '../spec/types.js';

/** A component's value over a window, or why there is none. @internal */
export type Aggregated = { ok: true; q: Q } | { ok: false; status: 'missing-data' | 'incomplete-window' };

const MISSING: Aggregated = { ok: false, status: 'missing-data' };
const INCOMPLETE: Aggregated = { ok: false, status: 'incomplete-window' };

/**
 * Combine months `start..end` (month indices) of a component. The reported
 * month itself missing is `missing-data`; any earlier month of the window
 * missing is `incomplete-window`: never a partial sum.
 *
 * @internal
 */
export function aggregate(component: ComponentSpec, fixed: Q | null, rows: RowIndex, start: number, end: number): Aggregated {
  if (fixed !== null) return { ok: true, q: fixed };
  const field = (component as { field: string }).field;
  const series = rows.values.get(field)!;
  const last = end - rows.first;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, an index outside the series reads undefined, which the next line also treats as missing
  const endValue = last >= 0 && last < series.length ? series[last] : null;
  // Stryker disable next-line ConditionalExpression: equivalent, the line above gives null (never undefined) for an index outside the series
  if (endValue === null || endValue === undefined) return MISSING;
  const from = start - rows.first;
  // Stryker disable next-line ConditionalExpression: equivalent, the loop below reads undefined before the series and returns INCOMPLETE too
  if (from < 0) return INCOMPLETE;
  const kind = (component as { aggregate: string }).aggregate;
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path: sum, last and mean of one month all give that month's value
  if (from === last) return { ok: true, q: endValue };
  // Whole numbers (nearly every council figure) are summed as JS numbers
  // while the sum stays a safe integer; anything else exactly as rationals.
  let whole = 0;
  // Stryker disable next-line BooleanLiteral: equivalent, a fast path: the exact rational sum below gives the same value
  let exact = true;
  for (let i = from; i <= last; i++) {
    const v = series[i];
    // Stryker disable next-line ConditionalExpression: equivalent, i never falls outside the series (from < 0 returned above), so v is never undefined
    if (v === null || v === undefined) return INCOMPLETE;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, a fast path (the rational sum gives the same value), and a figure is at most Number.MAX_SAFE_INTEGER (src/data), so a whole one's numerator is always a number
    if (exact && v.d === 1 && typeof v.n === 'number') {
      whole += v.n;
      // Signed figures can take a running sum out of range and back: leave
      // the fast path as soon as it stops being exact.
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, a fast path: leaving it early or late still ends in the exact rational sum below
      if (!Number.isSafeInteger(whole)) exact = false;
    } else exact = false;
  }
  let sum: Q;
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path: the rational sum below gives the same value
  if (exact && Number.isSafeInteger(whole)) {
    sum = { n: whole, d: 1 };
  } else {
    sum = R.ZERO;
    for (let i = from; i <= last; i++) sum = R.add(sum, series[i]!);
  }
  if (kind === 'sum') return { ok: true, q: sum };
  if (kind === 'last') return { ok: true, q: endValue };
  return { ok: true, q: R.div(sum, R.int(last - from + 1)) };
}
