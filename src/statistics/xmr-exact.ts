/**
 * Exact decimals for the XmR chart: every value read as the decimal
 * JavaScript prints for it, scaled to a common power of ten, so that means,
 * moving ranges and limits are compared with points in integers.
 *
 * @module
 */

/** A decimal as `digits x 10^exponent`, exactly. */
export interface Decimal {
  digits: bigint;
  exponent: number;
}

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The shortest decimal that reads back as `x` (what `String(x)` prints), as
 * digits and a power of ten: 57.3 is 573 x 10^-1 exactly, not the binary
 * fraction nearest it.
 *
 * @internal
 */
export function decimalOf(x: number): Decimal {
  const m = NUMBER.exec(String(x));
  if (m === null) throw new RangeError(`not a finite number: ${String(x)}`);
  const [, sign, whole, fraction = '', exp = '0'] = m as unknown as [string, string, string, string | undefined, string | undefined];
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return { digits, exponent: Number(exp) - fraction.length };
}

/** `d` as an integer count of `10^-scale`; `scale` is at least `-d.exponent`. @internal */
export function scaled(d: Decimal, scale: number): bigint {
  return d.digits * 10n ** BigInt(d.exponent + scale);
}

/**
 * The nearest double to `num / den` (den > 0): the quotient written to 25
 * more digits than it needs, then read by `Number`, which rounds a decimal
 * string correctly. The truncation is far below a double's precision.
 *
 * @internal
 */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const shift = 25 + den.toString().length;
  const q = (abs * 10n ** BigInt(shift)) / den;
  const value = Number(`${q.toString()}e-${shift}`);
  return negative ? -value : value;
}

/** -1, 0 or 1. @internal */
export function signOf(x: bigint): -1 | 0 | 1 {
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}
