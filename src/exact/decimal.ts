import Decimal from 'decimal.js';

/**
 * The package's private decimal.js constructor: 40 significant digits,
 * half-up, never exponential notation. A clone, so nothing here changes the
 * settings of a `Decimal` the host application uses.
 *
 * @internal
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -1000,
  toExpPos: 1000,
});

/** @internal */
export type Dec = InstanceType<typeof D>;
