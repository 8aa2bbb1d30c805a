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
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: equivalent, a fast path: without it the bigint line below gives the same sum, demoted to a number by norm
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    // Stryker disable next-line ConditionalExpression: equivalent, a fast path: the bigint line below gives the same sum
    if (Number.isSafeInteger(s)) return s;
  }
  return norm(BigInt(a) + BigInt(b));
}

export function sub(a: Int, b: Int): Int {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: equivalent, a fast path: without it the bigint line below gives the same difference, demoted to a number by norm
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    // Stryker disable next-line ConditionalExpression: equivalent, a fast path: the bigint line below gives the same difference
    if (Number.isSafeInteger(s)) return s;
  }
  return norm(BigInt(a) - BigInt(b));
}

export function mul(a: Int, b: Int): Int {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: equivalent, a fast path: without it the bigint line below gives the same product
  if (typeof a === 'number' && typeof b === 'number') {
    // + 0 turns -0 (-1 x 0) into 0: an Int is never -0.
    const p = a * b + 0;
    // Stryker disable next-line ConditionalExpression: equivalent, a fast path: the bigint line below gives the same product
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
  // Stryker disable next-line EqualityOperator: equivalent, neg(0) is 0
  return a < 0 ? neg(a) : a;
}

/** Floor division and remainder for `b > 0`: `a = q * b + r`, `0 <= r < b`. */
export function divmod(a: Int, b: Int): [q: Int, r: Int] {
  // The float path is exact while |q * b| <= |a| + b stays a safe integer.
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,BlockStatement: equivalent, a fast path: without it the bigint lines below give the same quotient and remainder
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) + b <= Number.MAX_SAFE_INTEGER) {
    let q = Math.floor(a / b);
    let r = a - q * b;
    // q * b is within b of a, so it is exact; correct a float quotient that
    // landed one off.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, never runs: Math.floor(a / b) is exact here (a / b, when not whole, is at least 1/b from a whole number, and the division errs by less than |a / b| x 2^-53 < 1/b), so r starts in [0, b); at r = 0, `<=` takes one off q and the next loop puts it back
    while (r < 0) {
      // Stryker disable next-line AssignmentOperator: equivalent, never runs (see above)
      q -= 1;
      // Stryker disable next-line AssignmentOperator: equivalent, never runs (see above)
      r += b;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent, never runs: r starts below b (see above)
    while (r >= b) {
      // Stryker disable next-line AssignmentOperator: equivalent, never runs (see above)
      q += 1;
      // Stryker disable next-line AssignmentOperator: equivalent, never runs (see above)
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
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, String(a) and a.toString() write the same digits for a number and a bigint
  return typeof a === 'number' ? String(a) : a.toString();
}
