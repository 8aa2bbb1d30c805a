/**
 * Exact rational numbers `n / d` on {@link Int}s, the arithmetic every
 * figure in this package is computed with. Rounding decisions are made on
 * the exact fraction, never on a float or a truncated decimal.
 *
 * @internal
 * @module
 */
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
  // String(x) is the shortest decimal that reads back as x: "0.1", "1e+23", "-1.5e-7".
  const [mantissa, exponent] = String(x).split('e') as [string, string | undefined];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string | undefined];
  const scale = fraction.length - Number(exponent ?? 0);
  const digits = BigInt(whole + fraction);
  // Stryker disable next-line EqualityOperator: equivalent, at scale 0 the other branch gives digits / 10^0, the same value
  return scale <= 0 ? { n: I.norm(digits * 10n ** BigInt(-scale)), d: 1 } : { n: I.norm(digits), d: I.pow10(scale) };
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
  // Stryker disable next-line EqualityOperator: equivalent, s is not 0 here (the line above throws)
  return s < 0 ? { n: I.neg(n), d: I.neg(d) } : { n, d };
}

export function cmp(a: Q, b: Q): -1 | 0 | 1 {
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path: cross products over equal denominators order the same
  if (a.d === b.d) return I.cmp(a.n, b.n);
  // Stryker disable next-line StringLiteral,BlockStatement: equivalent, a fast path: without it every pair goes to the exact comparison below
  if (typeof a.n === 'number' && typeof a.d === 'number' && typeof b.n === 'number' && typeof b.d === 'number') {
    // Cross products compared as JS numbers while both are exact.
    const x = a.n * b.d;
    const y = b.n * a.d;
    // Stryker disable next-line LogicalOperator,EqualityOperator: equivalent, when only one cross product is past 2^53 - 1 its double is still past every safe integer, so the float comparison orders it right, and at exactly 2^53 - 1 both ways are exact
    if (Math.abs(x) <= Number.MAX_SAFE_INTEGER && Math.abs(y) <= Number.MAX_SAFE_INTEGER) return x < y ? -1 : x > y ? 1 : 0;
  }
  return I.cmp(I.mul(a.n, b.d), I.mul(b.n, a.d));
}

export function isZero(a: Q): boolean {
  return I.sign(a.n) === 0;
}

export function abs(a: Q): Q {
  // Stryker disable next-line EqualityOperator: equivalent, negating a zero numerator gives 0
  return I.sign(a.n) < 0 ? { n: I.neg(a.n), d: a.d } : a;
}

/**
 * Round to `decimals` places and return the result in units of
 * 10^-decimals (an integer). Half-up goes away from zero at an exact half.
 */
export function roundToUnits(a: Q, decimals: number, mode: RoundingMode): Int {
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,BlockStatement: equivalent, a fast path: the bigint lines below round the same; past 15 decimals POW10_NUMBERS has no entry, so scaled is NaN and the check below fails
  if (typeof a.n === 'number' && typeof a.d === 'number' && decimals <= 15) {
    // Stryker disable next-line EqualityOperator: equivalent, a zero numerator gives 0 either way (the sign of a zero quotient is dropped)
    const negative = a.n < 0;
    const scaled = (negative ? -a.n : a.n) * POW10_NUMBERS[decimals]!;
    const d = a.d;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, a fast path: the bigint lines below round the same (scaled - d is killed by exact.mutation.test.ts)
    if (scaled + d <= Number.MAX_SAFE_INTEGER) {
      let q = Math.floor(scaled / d);
      let r = scaled - q * d;
      // `} else if` lines take no next-line comment, so this range covers the two corrections.
      // Stryker disable ConditionalExpression,EqualityOperator,BlockStatement,AssignmentOperator: equivalent, never runs: with scaled + d safe, Math.floor(scaled / d) is exact (a non-whole quotient is at least 1/d from a whole number, the division errs by less than 1/d), so r starts in [0, d); at r = 0, `<=` takes one off q and rounding up puts it back
      if (r < 0) {
        q -= 1;
        r += d;
      } else if (r >= d) {
        q += 1;
        r -= d;
      }
      // Stryker restore ConditionalExpression,EqualityOperator,BlockStatement,AssignmentOperator
      const twice = 2 * r;
      if (twice > d || (twice === d && (mode === 'half-up' || q % 2 === 1))) q += 1;
      return negative ? (q === 0 ? 0 : -q) : q;
    }
  }
  // Stryker disable next-line EqualityOperator: equivalent, negating a zero numerator gives 0
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
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,ArithmeticOperator,BlockStatement: equivalent, a fast path: the string lines below write the same; the number lines are exact for any safe units (quotient is exact for a safe dividend), and past 15 decimals the sum is NaN, which fails the check
  if (typeof units === 'number' && decimals <= 15 && Math.abs(units) + POW10_NUMBERS[decimals]! <= Number.MAX_SAFE_INTEGER) {
    // The whole part and the fraction as numbers: no padding or slicing of strings.
    const negative = units < 0;
    const u = negative ? -units : units;
    if (decimals === 0) return negative ? `-${u}` : String(u);
    const scale = POW10_NUMBERS[decimals]!;
    const whole = quotient(u, scale);
    const fraction = u - whole * scale;
    let f = String(fraction);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, '0'.repeat(0) adds nothing
    if (f.length < decimals) f = '0'.repeat(decimals - f.length) + f;
    return negative ? `-${whole}.${f}` : `${whole}.${f}`;
  }
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
 * The value written in decimal, no exponent, no trailing zeros: every digit
 * of the whole-number part, then fraction digits until the value ends or
 * {@link SIGNIFICANT_DIGITS} significant digits are written in all, the last
 * one rounded half-up (away from zero) when more digits follow. The
 * whole-number part is never cut short: a value of 10^40 or more is written
 * with all its whole-number digits, rounded half-up to units, so it can
 * carry more than 40 significant digits (at the library's input limits a
 * value has at most 56 whole-number digits).
 */
export function toDecimalString(a: Q): string {
  const n = a.n;
  const d = a.d;
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,BlockStatement: equivalent, a fast path: longDivision writes the same digits as bigDecimalString (decimal-string.prop.test.ts), and a bigint d is past MAX_DIVISOR
  if (typeof n === 'number' && typeof d === 'number' && d <= MAX_DIVISOR) {
    // A range, as `} else if` lines take no next-line comment.
    // Stryker disable ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: equivalent, longDivision is exact for any safe n with d <= MAX_DIVISOR (quotient is exact for a safe dividend, the chunks are bounded by CHUNK_LIMIT), so these bounds only pick one of two exact paths; n = 0 on the negative branch also gives '0', and a positive value's long division is never '0' (up to 40 significant digits)
    if (n >= 0) {
      if (n + d <= Number.MAX_SAFE_INTEGER) return longDivision(n, d);
    } else if (d - n <= Number.MAX_SAFE_INTEGER) {
      const s = longDivision(-n, d);
      // Stryker disable next-line StringLiteral: equivalent, a positive value's long division is never '0' (see above)
      return s === '0' ? s : `-${s}`;
    }
  }
  // Stryker restore ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement
  return bigDecimalString(a);
}

/** {@link toDecimalString} on {@link Int}s of any size. */
function bigDecimalString(a: Q): string {
  const negative = I.sign(a.n) < 0;
  const n = negative ? I.neg(a.n) : a.n;
  const [ip, r0] = I.divmod(n, a.d);
  if (r0 === 0) return (negative ? '-' : '') + I.digits(ip);
  let fractionDigits: number;
  if (ip !== 0) {
    fractionDigits = Math.max(0, SIGNIFICANT_DIGITS - I.digits(ip).length);
  } else {
    // Leading zeros after the point are not significant.
    let zeros = 0;
    let r = r0;
    // Stryker disable next-line EqualityOperator: equivalent, r x 10 = d only when the value is exactly 10^-k, and the one more fraction digit is a zero that is trimmed
    while (I.cmp(I.mul(r, 10), a.d) < 0) {
      zeros += 1;
      r = I.mul(r, 10);
    }
    fractionDigits = zeros + SIGNIFICANT_DIGITS;
  }
  const units = roundToUnits({ n, d: a.d }, fractionDigits, 'half-up');
  let s = unitsToFixed(units, fractionDigits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, a negative value here is not zero and keeps a non-zero digit (40 significant digits), so s is never '0'
  return (negative && s !== '0' ? '-' : '') + s;
}

/** Divisors small enough for {@link longDivision}: a chunk of at least 3 digits. */
const MAX_DIVISOR = 1e12;

const POW10_NUMBERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * `CHUNK_LIMIT[k]`: the largest divisor `d` with `d x (10^k + 1)` a safe
 * integer, so that `r x 10^k + d` is safe for every remainder `r < d` and a
 * k-digit chunk of the quotient is one exact division.
 */
const CHUNK_LIMIT = Array.from({ length: 10 }, (_, k) => Math.floor(Number.MAX_SAFE_INTEGER / (10 ** k + 1)));

/** Scratch space of {@link longDivision}: chunks of fraction digits and their widths. */
const CHUNKS = new Int32Array(48);
const WIDTHS = new Int32Array(48);

/** `CHAR_CODES[len]`: a reusable array of `len` character codes, for `String.fromCharCode.apply`. */
const CHAR_CODES: number[][] = Array.from({ length: 72 }, (_, len) => new Array<number>(len).fill(48));

/** The character codes of the tens and units digits of 0..99. */
const TENS = Array.from({ length: 100 }, (_, i) => 48 + Math.floor(i / 10));
const UNITS = Array.from({ length: 100 }, (_, i) => 48 + (i % 10));

/** Exact `floor(a / d)` for safe integers with `a + d` safe, as a number. */
function quotient(a: number, d: number): number {
  let q = Math.floor(a / d);
  const r = a - q * d;
  // A range, as the `else if` line takes no next-line comment.
  // Stryker disable ConditionalExpression,EqualityOperator,AssignmentOperator: equivalent, never runs: Math.floor(a / d) is exact for a safe a (see roundToUnits), so r is in [0, d)
  if (r < 0) q -= 1;
  else if (r >= d) q += 1;
  // Stryker restore ConditionalExpression,EqualityOperator,AssignmentOperator
  return q;
}

/** Write `c < 10^9` as `width` digits (zero-padded) into `out`, ending just before `end`. */
function putDigits(out: number[], end: number, c: number, width: number): void {
  while (width >= 2) {
    // floor(c / 100) by a multiplication: 0.01 as a double is a little
    // above 1/100, and for c < 10^9 the product is never rounded past an
    // integer, so the floor is exact.
    const t = Math.floor(c * 0.01);
    const two = c - t * 100;
    out[--end] = UNITS[two]!;
    out[--end] = TENS[two]!;
    c = t;
    width -= 2;
  }
  if (width === 1) out[end - 1] = 48 + c;
}

/**
 * {@link toDecimalString} of a non-negative `n / d`, `n + d` a safe integer
 * and `d` at most {@link MAX_DIVISOR}, by long division on JS numbers: the
 * same digits as the bigint path without bigints or intermediate strings.
 * The fraction is divided out in chunks of up to 9 digits (each one exact
 * division), rounded and trimmed as numbers, and written once, as character
 * codes, into a single flat string: this runs for every period a
 * computation reports, so it avoids the garbage of concatenated pieces.
 */
function longDivision(n: number, d: number): string {
  const q = quotient(n, d);
  let r = n - q * d;
  if (r === 0) return String(q);
  let chunk = 9;
  // Stryker disable next-line EqualityOperator: equivalent, a divisor equal to the limit also fits a chunk one digit narrower: the chunk width changes, not the digits
  while (d > CHUNK_LIMIT[chunk]!) chunk -= 1;
  let zeros = 0;
  let wholeDigits = 1;
  if (q === 0) {
    // Leading zeros after the point are not significant.
    while (r * 10 < d) {
      r *= 10;
      zeros += 1;
    }
  } else {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, q < 2^53 < 10^16 has at most 16 digits, and POW10_NUMBERS[16] is undefined, which stops the loop anyway
    while (wholeDigits < 16 && q >= POW10_NUMBERS[wholeDigits]!) wholeDigits += 1;
  }
  let wanted = SIGNIFICANT_DIGITS - (q === 0 ? 0 : wholeDigits);
  let count = 0;
  // A chunk is below 10^9, so scaled x (1/d) is within one of it: multiply
  // by the reciprocal (faster than a division) and correct by one.
  const inverse = 1 / d;
  // Stryker disable next-line ConditionalExpression: equivalent, after a zero remainder only zero chunks follow, and trailing zeros are trimmed
  while (wanted > 0 && r !== 0) {
    // Stryker disable next-line EqualityOperator: equivalent, at wanted = chunk both give the same width
    const width = wanted < chunk ? wanted : chunk;
    const scaled = r * POW10_NUMBERS[width]!;
    let c = Math.floor(scaled * inverse);
    r = scaled - c * d;
    if (r < 0) {
      c -= 1;
      r += d;
    } else if (r >= d) {
      c += 1;
      r -= d;
    }
    CHUNKS[count] = c;
    WIDTHS[count] = width;
    count += 1;
    wanted -= width;
  }
  // Stryker disable next-line ConditionalExpression: equivalent, at r = 0, 2 x r >= d is false
  if (r !== 0 && 2 * r >= d) {
    // Round the last digit half-up, carrying through the chunks.
    let i = count - 1;
    // Stryker disable next-line EqualityOperator: equivalent, the carry never reaches the first chunk: the 15 or more digits after it (wanted >= 24, a chunk <= 9 digits) would all be 9 and round up, i.e. d - r < d x 10^-15 < 1 for d <= 10^12
    for (; i >= 0; i--) {
      const c = CHUNKS[i]! + 1;
      if (c < POW10_NUMBERS[WIDTHS[i]!]!) {
        CHUNKS[i] = c;
        break;
      }
      CHUNKS[i] = 0;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, never true: the carry never reaches the first chunk (see above)
    if (i < 0) {
      // Every fraction digit was a 9: 0.0999... -> 0.1, 4.999... -> 5.
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,ArithmeticOperator: equivalent, never runs (see above)
      return q === 0 && zeros > 0 ? `0.${'0'.repeat(zeros - 1)}1` : String(q + 1);
    }
  }
  // No trailing zeros.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, some chunk is not zero (see below), and CHUNKS[-1] is undefined, which stops the loop anyway
  while (count > 0 && CHUNKS[count - 1] === 0) count -= 1;
  // Stryker disable next-line ConditionalExpression: equivalent, never true: the chunks hold at least 24 digits of r / d >= 10^-12, or stop at its last non-zero one, and a carry stops at a chunk it makes non-zero
  if (count === 0) return String(q);
  let last = CHUNKS[count - 1]!;
  let lastWidth = WIDTHS[count - 1]!;
  while (last % 10 === 0) {
    last /= 10;
    lastWidth -= 1;
  }
  CHUNKS[count - 1] = last;
  WIDTHS[count - 1] = lastWidth;
  // Stryker disable next-line ArithmeticOperator: equivalent, CHAR_CODES[length - 2] is then the array for every string of this length, and it grows as every place is written: the same string
  let length = wholeDigits + 1 + zeros;
  for (let i = 0; i < count; i++) length += WIDTHS[i]!;
  const out = CHAR_CODES[length]!;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, putDigits is exact for any c < 2^53 (the floor of c x 0.01 is), and on the other branch q < 10^9 gives high = 0 and zero padding written before index 0 (keys that String.fromCharCode.apply ignores)
  if (wholeDigits <= 9) putDigits(out, wholeDigits, q, wholeDigits);
  else {
    // d >= 2 here (the value does not terminate), so q + 10^9 <= n is safe.
    const high = quotient(q, 1e9);
    // Stryker disable next-line ArithmeticOperator: equivalent, a wider width only writes leading zeros before index 0, which String.fromCharCode.apply ignores
    putDigits(out, wholeDigits - 9, high, wholeDigits - 9);
    putDigits(out, wholeDigits, q - high * 1e9, 9);
  }
  let at = wholeDigits;
  out[at++] = 46; // '.'
  for (let z = 0; z < zeros; z++) out[at++] = 48;
  for (let i = 0; i < count; i++) {
    at += WIDTHS[i]!;
    putDigits(out, at, CHUNKS[i]!, WIDTHS[i]!);
  }
  return String.fromCharCode.apply(null, out);
}

/** The JS number nearest `n / d` (ties to even), for bigints too. */
export function toNumber(a: Q): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: equivalent, a fast path: a JS division of safe integers is correctly rounded, as the bigint lines below are
  if (typeof a.n === 'number' && typeof a.d === 'number') {
    const v = a.n / a.d;
    return v === 0 ? 0 : v;
  }
  const n = BigInt(a.n);
  const d = BigInt(a.d);
  // Stryker disable next-line ConditionalExpression: equivalent, a zero numerator gives q = 0, so 0, below
  if (n === 0n) return 0;
  // Stryker disable next-line EqualityOperator: equivalent, -0n is 0n
  const m = n < 0n ? -n : n;
  // A quotient of 55 or 56 bits, with a sticky last bit for any remainder:
  // Number() then rounds it to 53 bits correctly, and powers of two scale it
  // exactly (bar a second rounding for a result below 2^-1022, a subnormal).
  const shift = 55 - (m.toString(2).length - d.toString(2).length);
  // Stryker disable next-line EqualityOperator: equivalent, a shift by 0 leaves m as it is
  const num = shift > 0 ? m << BigInt(shift) : m;
  // Stryker disable next-line EqualityOperator: equivalent, a shift by 0 leaves d as it is
  const den = shift < 0 ? d << BigInt(-shift) : d;
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let v = Number(q);
  for (let e = -shift; e !== 0; ) {
    const step = Math.max(-1000, Math.min(1000, e));
    v *= 2 ** step;
    e -= step;
  }
  // Stryker disable next-line EqualityOperator: equivalent, n is not 0 here (returned above)
  return n < 0n ? -v : v;
}

