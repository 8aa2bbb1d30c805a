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
  const endValue = last >= 0 && last < series.length ? series[last] : null;
  if (endValue === null || endValue === undefined) return MISSING;
  const from = start - rows.first;
  if (from < 0) return INCOMPLETE;
  const kind = (component as { aggregate: string }).aggregate;
  if (from === last) return { ok: true, q: endValue };
  // Whole numbers (nearly every council figure) are summed as JS numbers
  // while the sum stays a safe integer; anything else exactly as rationals.
  let whole = 0;
  let exact = true;
  for (let i = from; i <= last; i++) {
    const v = series[i];
    if (v === null || v === undefined) return INCOMPLETE;
    if (exact && v.d === 1 && typeof v.n === 'number') whole += v.n;
    else exact = false;
  }
  let sum: Q;
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
