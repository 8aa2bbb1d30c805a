/**
 * Variance from target: a difference, or a difference relative to the target.
 *
 * @module
 */
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { VarianceSign, VarianceType } from '../spec/types.js';

/**
 * `value - target`, or `(value - target) / |target| x 100`; both negated
 * when `sign` is `target-minus-value`. The relative variance divides by the
 * size of the target, so it always has the sign of the difference, also
 * when the target is negative (a net change). A relative variance against
 * a zero target is null, never Infinity (the spreadsheet's `#DIV/0!`).
 *
 * @internal
 */
export function variance(type: VarianceType, value: Q, target: Q, sign: VarianceSign = 'value-minus-target'): Q | null {
  const diff = sign === 'value-minus-target' ? R.sub(value, target) : R.sub(target, value);
  if (type === 'difference') return diff;
  if (R.isZero(target)) return null;
  return R.div(R.mul(diff, R.int(100)), R.abs(target));
}
