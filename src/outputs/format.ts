/**
 * Numbers as a report prints them.
 *
 * @module
 */
import type { Int } from '../exact/int.js';
import * as R from '../exact/rational.js';
import type { MeasureSpec } from '../spec/types.js';

/** A rounded value as displayed: `'6.2%'` for percentages, `'78.2'` or `'373'` otherwise. @internal */
export function formatValue(measure: MeasureSpec, units: Int, decimals: number): string {
  const s = R.unitsToFixed(units, decimals);
  return measure.type === 'percentage' ? `${s}%` : s;
}

/** A rounded variance as displayed: `'2.8%'` when relative, `'-1.1'` as a difference. @internal */
export function formatVariance(relative: boolean, units: Int, decimals: number): string {
  const s = R.unitsToFixed(units, decimals);
  return relative ? `${s}%` : s;
}

/**
 * A rounded change as displayed, with its sign: `'+2.6%'`, `'-5'`, and no
 * sign for a change that rounds to zero (`'0'`, `'0.0%'`). @internal
 */
export function formatChange(units: Int, decimals: number, percent: boolean): string {
  const s = R.unitsToFixed(units, decimals);
  const signed = units > 0 ? `+${s}` : s;
  return percent ? `${signed}%` : signed;
}
