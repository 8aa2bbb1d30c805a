/**
 * Fractions of BigInts, written plainly for the reference oracles: every
 * operation reduces to lowest terms, nothing is clever. Independent of
 * src/exact (an oracle must not share the code it checks).
 *
 * @module
 * @internal
 */

/** A fraction `n / d`, `d > 0`, in lowest terms. @internal */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (a: bigint): bigint => (a < 0n ? -a : a);

/** 10 to the power `k` (k >= 0). @internal */
export const pow10 = (k: number): bigint => 10n ** BigInt(k);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The fraction n / d in lowest terms; d must not be zero. @internal */
export function frac(n: bigint, d: bigint = 1n): Fraction {
  if (d === 0n) throw new RangeError('reference oracle: division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 0n || g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** @internal */
export const ZERO: Fraction = { n: 0n, d: 1n };
/** @internal */
export const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d);
/** @internal */
export const sub = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d);
/** @internal */
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d);
/** @internal */
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n);
/** -1, 0 or 1 as a is less than, equal to or greater than b. @internal */
export function compare(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
/** @internal */
export const absolute = (a: Fraction): Fraction => ({ n: abs(a.n), d: a.d });
/** @internal */
export const isZero = (a: Fraction): boolean => a.n === 0n;

/**
 * The exact value of a finite JS number as written: its shortest round-trip
 * decimal, `String(x)` (so 0.1 is 1/10, not the binary double). @internal
 */
export function fromNumber(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`reference oracle: ${x} is not a finite number`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (m === null) throw new RangeError(`reference oracle: cannot read ${x}`);
  const fraction = m[3] ?? '';
  const exponent = Number(m[4] ?? '0') - fraction.length;
  const digits = BigInt(m[2]! + fraction) * (m[1] === '-' ? -1n : 1n);
  return exponent >= 0 ? frac(digits * pow10(exponent)) : frac(digits, pow10(-exponent));
}

/** Rounding of a tie: away from zero (`half-up`) or to the even neighbour (`half-even`). @internal */
export type Rounding = 'half-up' | 'half-even';

/**
 * `x` rounded to `decimals` places, as a whole number of 10^-decimals: the
 * nearer of the two candidates either side, a tie decided by `mode`.
 * @internal
 */
export function roundUnits(x: Fraction, decimals: number, mode: Rounding): bigint {
  const negative = x.n < 0n;
  const a = abs(x.n) * pow10(decimals);
  const lo = a / x.d;
  const hi = lo + 1n;
  const toLo = a - lo * x.d;
  const toHi = hi * x.d - a;
  let u: bigint;
  if (toLo < toHi) u = lo;
  else if (toHi < toLo) u = hi;
  else u = mode === 'half-up' ? hi : lo % 2n === 0n ? lo : hi;
  return negative ? -u : u;
}

/** `units x 10^-decimals` with exactly `decimals` places; never `-0`. @internal */
export function unitsString(units: bigint, decimals: number): string {
  let s = abs(units).toString();
  if (decimals > 0) {
    s = s.padStart(decimals + 1, '0');
    s = `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
  }
  return units < 0n ? `-${s}` : s;
}

/** The power e with 10^(e-1) <= |x| < 10^e, for x not zero. */
function magnitude(x: Fraction): number {
  const a = abs(x.n);
  const atLeast = (e: number): boolean => (e >= 0 ? a >= x.d * pow10(e) : a * pow10(-e) >= x.d);
  let e = a.toString().length - x.d.toString().length;
  while (atLeast(e)) e++;
  while (!atLeast(e - 1)) e--;
  return e;
}

/**
 * The decimal expansion `computeIndicator` writes in `exact`: every digit if
 * it ends within 40 significant digits, else 40 significant digits rounded
 * half-up (a whole part of more than 40 digits rounded to units); no
 * trailing zeros, no exponent. @internal
 */
export function decimalString(x: Fraction): string {
  if (x.n % x.d === 0n) return (x.n / x.d).toString();
  const places = Math.max(0, 40 - magnitude(x));
  let s = unitsString(roundUnits(absolute(x), places, 'half-up'), places);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return x.n < 0n ? `-${s}` : s;
}

/**
 * The JS number nearest to `x` (ties to even, as JavaScript reads decimals):
 * 800 significant digits and a final 1 when more follow, read by `Number()`.
 * No double has a halfway point with more than 770 significant digits, so
 * the truncation cannot move a value across one. @internal
 */
export function toNumber(x: Fraction): number {
  if (x.n === 0n) return 0;
  const a = absolute(x);
  const places = Math.max(0, 800 - magnitude(a));
  const scaled = a.n * pow10(places);
  const q = scaled / a.d;
  const sticky = scaled % a.d === 0n ? '' : '1';
  const v = Number(`${q.toString()}${sticky}e-${places + sticky.length}`);
  return x.n < 0n ? -v : v;
}
