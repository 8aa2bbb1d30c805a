/**
 * The value of a measure from its numerator and denominator.
 *
 * @module
 */
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { MeasureSpec } from '../spec/types.js';

/** The multiplier a measure applies to numerator / denominator. @internal */
export function measureScale(measure: MeasureSpec): Q {
  switch (measure.type) {
    case 'percentage':
      return R.int(100);
    case 'rate':
      return R.fromNumber(measure.per);
    default:
      return R.int(1);
  }
}

/**
 * The exact value, or null when the denominator is zero. `count` ignores the
 * denominator; `difference` is numerator - denominator, whatever their signs.
 *
 * @internal
 */
export function measureValue(measure: MeasureSpec, scale: Q, numerator: Q, denominator: Q | null): Q | null {
  if (measure.type === 'count') return numerator;
  if (measure.type === 'difference') return denominator === null ? null : R.sub(numerator, denominator);
  if (denominator === null || R.isZero(denominator)) return null;
  return R.div(R.mul(numerator, scale), denominator);
}
