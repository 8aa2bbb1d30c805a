/**
 * Variance from target: a difference, or a difference relative to the target.
 *
 * @module
 */
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { VarianceType } from '../spec/types.js';

/**
 * `value - target`, or `(value - target) / target x 100`. A relative
 * variance against a zero target is null, never Infinity (the spreadsheet's
 * `#DIV/0!`).
 *
 * @internal
 */
export function variance(type: VarianceType, value: Q, target: Q): Q | null {
  const diff = R.sub(value, target);
  if (type === 'difference') return diff;
  if (R.isZero(target)) return null;
  return R.div(R.mul(diff, R.int(100)), target);
}
