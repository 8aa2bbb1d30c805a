/**
 * Exact integers: a JS number while the value is a safe integer, a bigint
 * beyond that. Every operation checks and promotes, so nothing is ever
 * rounded by floating point.
 *
 * @internal
 * @module
 */

/** An exact integer. */
export type Int = number | bigint;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Demote a bigint to a number when it is safe. */
export function norm(x: bigint): Int {
  return x <= MAX && x >= -MAX ? Number(x) : x;
}

export function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return norm(BigInt(a) + BigInt(b));
}

export function sub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (Number.isSafeInteger(s)) return s;
  }
  return norm(BigInt(a) - BigInt(b));
}

export function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (Number.isSafeInteger(p)) return p;
  }
  return norm(BigInt(a) * BigInt(b));
}

/** -1, 0 or 1. Number and bigint compare exactly with each other in JS. */
export function cmp(a: Int, b: Int): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sign(a: Int): -1 | 0 | 1 {
  return a < 0 ? -1 : a > 0 ? 1 : 0;
}

export function neg(a: Int): Int {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : norm(-a);
}

export function abs(a: Int): Int {
  return a < 0 ? neg(a) : a;
}

/** Floor division and remainder for `b > 0`: `a = q * b + r`, `0 <= r < b`. */
export function divmod(a: Int, b: Int): [q: Int, r: Int] {
  // The float path is exact while |q * b| <= |a| + b stays a safe integer.
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) + b <= Number.MAX_SAFE_INTEGER) {
    let q = Math.floor(a / b);
    let r = a - q * b;
    // q * b is within b of a, so it is exact; correct a float quotient that
    // landed one off.
    while (r < 0) {
      q -= 1;
      r += b;
    }
    while (r >= b) {
      q += 1;
      r -= b;
    }
    return [q, r];
  }
  const A = BigInt(a);
  const B = BigInt(b);
  let q = A / B;
  let r = A - q * B;
  if (r < 0n) {
    q -= 1n;
    r += B;
  }
  return [norm(q), norm(r)];
}

const POW10: Int[] = [];
for (let k = 0, p: Int = 1; k <= 40; k++, p = mul(p, 10)) POW10.push(p);

/** 10^k for a whole k >= 0. */
export function pow10(k: number): Int {
  return POW10[k] ?? norm(10n ** BigInt(k));
}

/** The decimal digits of a non-negative integer. */
export function digits(a: Int): string {
  return typeof a === 'number' ? String(a) : a.toString();
}
