/**
 * Exact rational numbers `n / d` on {@link Int}s, the arithmetic every
 * figure in this package is computed with. Rounding decisions are made on
 * the exact fraction, never on a float or a truncated decimal.
 *
 * @internal
 * @module
 */
import { D } from './decimal.js';
import * as I from './int.js';
import type { Int } from './int.js';

/** `n / d` with `d > 0`; not necessarily in lowest terms. */
export interface Q {
  readonly n: Int;
  readonly d: Int;
}

/** How a value is rounded to its decimals. */
export type RoundingMode = 'half-up' | 'half-even';

export const ZERO: Q = { n: 0, d: 1 };

export function int(n: Int): Q {
  return { n, d: 1 };
}

/**
 * The exact value of a finite JS number as written in decimal (its shortest
 * round-trip form): `0.1` is one tenth, not the binary float nearest to it.
 */
export function fromNumber(x: number): Q {
  if (Number.isSafeInteger(x)) return { n: x === 0 ? 0 : x, d: 1 };
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a finite number`);
  // Beyond 2^53 too, the value is the decimal the number prints as: 1e23 is
  // 10^23, not the binary float 99999999999999991611392.
  const dec = new D(x);
  const dp = dec.decimalPlaces();
  return { n: I.norm(BigInt(dec.times(new D(10).pow(dp)).toFixed(0))), d: I.pow10(dp) };
}

export function add(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: I.add(a.n, b.n), d: a.d };
  return { n: I.add(I.mul(a.n, b.d), I.mul(b.n, a.d)), d: I.mul(a.d, b.d) };
}

export function sub(a: Q, b: Q): Q {
  if (a.d === b.d) return { n: I.sub(a.n, b.n), d: a.d };
  return { n: I.sub(I.mul(a.n, b.d), I.mul(b.n, a.d)), d: I.mul(a.d, b.d) };
}

export function mul(a: Q, b: Q): Q {
  return { n: I.mul(a.n, b.n), d: I.mul(a.d, b.d) };
}

/** `a / b`; the caller makes sure `b` is not zero. */
export function div(a: Q, b: Q): Q {
  const s = I.sign(b.n);
  if (s === 0) throw new RangeError('division by zero');
  const n = I.mul(a.n, b.d);
  const d = I.mul(a.d, b.n);
  return s < 0 ? { n: I.neg(n), d: I.neg(d) } : { n, d };
}

export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  if (a.d === b.d) return I.cmp(a.n, b.n);
  return I.cmp(I.mul(a.n, b.d), I.mul(b.n, a.d));
}

export function isZero(a: Q): boolean {
  return I.sign(a.n) === 0;
}

export function abs(a: Q): Q {
  return I.sign(a.n) < 0 ? { n: I.neg(a.n), d: a.d } : a;
}

/**
 * Round to `decimals` places and return the result in units of
 * 10^-decimals (an integer). Half-up goes away from zero at an exact half.
 */
export function roundToUnits(a: Q, decimals: number, mode: RoundingMode): Int {
  if (typeof a.n === 'number' && typeof a.d === 'number' && decimals <= 15) {
    const negative = a.n < 0;
    const scaled = (negative ? -a.n : a.n) * 10 ** decimals;
    const d = a.d;
    if (scaled + d <= Number.MAX_SAFE_INTEGER) {
      let q = Math.floor(scaled / d);
      let r = scaled - q * d;
      if (r < 0) {
        q -= 1;
        r += d;
      } else if (r >= d) {
        q += 1;
        r -= d;
      }
      const twice = 2 * r;
      if (twice > d || (twice === d && (mode === 'half-up' || q % 2 === 1))) q += 1;
      return negative ? (q === 0 ? 0 : -q) : q;
    }
  }
  const negative = I.sign(a.n) < 0;
  const scaled = I.mul(negative ? I.neg(a.n) : a.n, I.pow10(decimals));
  const [q, r] = I.divmod(scaled, a.d);
  const twice = I.mul(r, 2);
  const c = I.cmp(twice, a.d);
  let units = q;
  if (c > 0 || (c === 0 && (mode === 'half-up' || I.divmod(q, 2)[1] === 1))) units = I.add(q, 1);
  return negative ? I.neg(units) : units;
}

/** `units x 10^-decimals` as a rational. */
export function fromUnits(units: Int, decimals: number): Q {
  return { n: units, d: I.pow10(decimals) };
}

/** `units x 10^-decimals` written with exactly `decimals` places, e.g. `'-0.5'`. */
export function unitsToFixed(units: Int, decimals: number): string {
  const negative = units < 0;
  let s = I.digits(negative ? I.neg(units) : units);
  if (decimals > 0) {
    s = s.padStart(decimals + 1, '0');
    s = `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
  }
  return negative ? `-${s}` : s;
}

/** Significant digits kept when a value does not terminate. */
export const SIGNIFICANT_DIGITS = 40;

/**
 * The value written in decimal: every digit when it terminates within
 * {@link SIGNIFICANT_DIGITS} significant digits, otherwise that many
 * significant digits rounded half-up. No exponent, no trailing zeros.
 */
export function toDecimalString(a: Q): string {
  const negative = I.sign(a.n) < 0;
  const n = negative ? I.neg(a.n) : a.n;
  const fast =
    typeof n === 'number' && typeof a.d === 'number' && a.d <= MAX_DIVISOR && n + a.d <= Number.MAX_SAFE_INTEGER
      ? longDivision(n, a.d)
      : null;
  if (fast !== null) return (negative && fast !== '0' ? '-' : '') + fast;
  const [ip, r0] = I.divmod(n, a.d);
  if (r0 === 0) return (negative ? '-' : '') + I.digits(ip);
  let fractionDigits: number;
  if (ip !== 0) {
    fractionDigits = Math.max(0, SIGNIFICANT_DIGITS - I.digits(ip).length);
  } else {
    // Leading zeros after the point are not significant.
    let zeros = 0;
    let r = r0;
    while (I.cmp(I.mul(r, 10), a.d) < 0) {
      zeros += 1;
      r = I.mul(r, 10);
    }
    fractionDigits = zeros + SIGNIFICANT_DIGITS;
  }
  const units = roundToUnits({ n, d: a.d }, fractionDigits, 'half-up');
  let s = unitsToFixed(units, fractionDigits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return (negative && s !== '0' ? '-' : '') + s;
}

/** Divisors small enough for {@link longDivision}. */
const MAX_DIVISOR = 1e12;

const POW10_NUMBERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Exact `floor(a / d)` for safe integers with `a + d` safe, as a number. */
function quotient(a: number, d: number): number {
  let q = Math.floor(a / d);
  const r = a - q * d;
  if (r < 0) q -= 1;
  else if (r >= d) q += 1;
  return q;
}

/**
 * {@link toDecimalString} of a non-negative `n / d` by long division on JS
 * numbers, several digits at a time (every intermediate a safe integer):
 * the same digits as the bigint path, without bigints. For `d` up to 10^12.
 */
function longDivision(n: number, d: number): string {
  const q = quotient(n, d);
  let r = n - q * d;
  const whole = String(q);
  if (r === 0) return whole;
  let fraction = '';
  let wanted = SIGNIFICANT_DIGITS - (q === 0 ? 0 : whole.length);
  if (q === 0) {
    // Leading zeros after the point are not significant.
    while (r * 10 < d) {
      fraction += '0';
      r *= 10;
    }
  }
  // Digits per division: r < d, so r x 10^k + d stays safe while
  // 10^k <= (MAX - d) / d, which is at least 10^3 for d <= 10^12.
  const room = (Number.MAX_SAFE_INTEGER - d) / d;
  let chunk = Math.min(15, Math.floor(Math.log10(room)));
  if (POW10_NUMBERS[chunk]! > room) chunk -= 1; // log10 may round up
  while (wanted > 0 && r !== 0) {
    const k = wanted < chunk ? wanted : chunk;
    const scaled = r * POW10_NUMBERS[k]!;
    const digits = quotient(scaled, d);
    r = scaled - digits * d;
    const text = String(digits);
    fraction += text.length < k ? '0'.repeat(k - text.length) + text : text;
    wanted -= k;
  }
  let result = whole;
  if (r !== 0 && 2 * r >= d) {
    // Round the last kept digit half-up, carrying into the whole part.
    let i = fraction.length - 1;
    while (i >= 0 && fraction.charCodeAt(i) === 57) i -= 1;
    if (i >= 0) fraction = `${fraction.slice(0, i)}${String.fromCharCode(fraction.charCodeAt(i) + 1)}${'0'.repeat(fraction.length - i - 1)}`;
    else {
      fraction = '';
      result = String(q + 1);
    }
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1;
  return end === 0 ? result : `${result}.${fraction.slice(0, end)}`;
}

/** The nearest JS number (correctly rounded while `n` and `d` are safe integers). */
export function toNumber(a: Q): number {
  if (typeof a.n === 'number' && typeof a.d === 'number') {
    const v = a.n / a.d;
    return v === 0 ? 0 : v;
  }
  return new D(a.n.toString()).div(a.d.toString()).toNumber();
}

