/**
 * The exact integer helpers: a JS number while safe, a bigint beyond
 * Number.MAX_SAFE_INTEGER (2^53 - 1 = 9007199254740991), and back.
 * Expected values are worked out by hand; the comments show the arithmetic.
 */
import { describe, expect, it } from 'vitest';
import * as I from '../../src/exact/int.js';
import type { Int } from '../../src/exact/int.js';

const MAX = Number.MAX_SAFE_INTEGER; // 9007199254740991

describe('norm', () => {
  it('demotes a bigint to a number exactly when it is safe', () => {
    expect(I.norm(0n)).toBe(0);
    expect(I.norm(9007199254740991n)).toBe(9007199254740991);
    expect(I.norm(-9007199254740991n)).toBe(-9007199254740991);
    expect(I.norm(9007199254740992n)).toBe(9007199254740992n);
    expect(I.norm(-9007199254740992n)).toBe(-9007199254740992n);
  });
});

describe('add and sub', () => {
  it('promote to bigint past 2^53 - 1', () => {
    expect(I.add(MAX, 1)).toBe(9007199254740992n);
    // A float sum would give 9007199254740992 (2^53 + 1 is not a double).
    expect(I.add(MAX, 2)).toBe(9007199254740993n);
    expect(I.add(2 ** 52, 2 ** 52)).toBe(9007199254740992n);
    expect(I.add(-MAX, -1)).toBe(-9007199254740992n);
    expect(I.sub(-MAX, 1)).toBe(-9007199254740992n);
    expect(I.sub(MAX, -2)).toBe(9007199254740993n);
  });

  it('stay numbers while safe', () => {
    expect(I.add(MAX, 0)).toBe(MAX);
    expect(I.add(MAX - 1, 1)).toBe(MAX);
    expect(I.sub(0, MAX)).toBe(-MAX);
    expect(I.add(2, 3)).toBe(5);
    expect(I.sub(2, 3)).toBe(-1);
  });

  it('demote back to numbers', () => {
    expect(I.add(9007199254740992n, -1)).toBe(9007199254740991);
    expect(I.sub(9007199254740993n, 2)).toBe(9007199254740991);
    expect(I.add(100000000000000000000n, -100000000000000000000n)).toBe(0);
    expect(I.sub(-9007199254740992n, -1)).toBe(-9007199254740991);
    expect(typeof I.sub(100000000000000000001n, 100000000000000000000n)).toBe('number');
  });
});

describe('mul', () => {
  it('promotes past 2^53 - 1 and demotes back', () => {
    // 94906265^2 = 9007199136250225 <= 2^53 - 1; 94906266^2 = 9007199326062756 is beyond it.
    expect(I.mul(94906265, 94906265)).toBe(9007199136250225);
    expect(I.mul(94906266, 94906266)).toBe(9007199326062756n);
    expect(I.mul(2 ** 26, 2 ** 27)).toBe(9007199254740992n);
    // 3 x 3002399751580331 = 9007199254740993; the float product would be 9007199254740992.
    expect(I.mul(3, 3002399751580331)).toBe(9007199254740993n);
    expect(I.mul(-3, 3002399751580331)).toBe(-9007199254740993n);
    expect(I.mul(100000000000000000000n, 0)).toBe(0);
    expect(I.mul(10000000000n, 100000n)).toBe(1000000000000000); // 10^15, safe again
    expect(I.mul(100000000000n, 100000000000n)).toBe(10000000000000000000000n); // 10^22
  });
});

describe('cmp, sign, neg, abs', () => {
  it('compares numbers and bigints exactly with each other', () => {
    expect(I.cmp(9007199254740993n, 9007199254740992)).toBe(1);
    expect(I.cmp(9007199254740992n, 2 ** 53)).toBe(0);
    expect(I.cmp(-1, 0n)).toBe(-1);
    expect(I.cmp(3, 3)).toBe(0);
    expect(I.cmp(-100000000000000000000n, -99999999999999999999n)).toBe(-1);
  });

  it('gives signs', () => {
    expect(I.sign(0)).toBe(0);
    expect(I.sign(-5)).toBe(-1);
    expect(I.sign(100000000000000000000n)).toBe(1);
    expect(I.sign(-100000000000000000000n)).toBe(-1);
    expect(I.sign(0n)).toBe(0);
  });

  it('negates without a negative zero, demoting when it can', () => {
    expect(Object.is(I.neg(0), 0)).toBe(true);
    expect(I.neg(MAX)).toBe(-MAX);
    expect(I.neg(-9007199254740992n)).toBe(9007199254740992n);
    // An unnormalised bigint comes back as a number.
    expect(I.neg(-9007199254740991n)).toBe(9007199254740991);
    expect(I.abs(-9007199254740993n)).toBe(9007199254740993n);
    expect(I.abs(-5)).toBe(5);
    expect(I.abs(7)).toBe(7);
    expect(Object.is(I.abs(0), 0)).toBe(true);
  });
});

describe('divmod (floor division, 0 <= r < b)', () => {
  // [a, b, q, r]
  const table: [Int, Int, Int, Int][] = [
    [7, 2, 3, 1],
    [6, 3, 2, 0],
    [0, 7, 0, 0],
    [6, 7, 0, 6],
    // Negative numerators floor towards -infinity.
    [-7, 2, -4, 1], // -7 = -4 x 2 + 1
    [-6, 3, -2, 0],
    [-1, 3, -1, 2], // -1 = -1 x 3 + 2
    [-7, 7, -1, 0],
    [-8, 7, -2, 6], // -8 = -2 x 7 + 6
    // Near 2^53: the float quotient (2^53 - 1) / 3 = 3002399751580330.33... is stored as
    // 3002399751580330.5 (doubles there are 0.5 apart); its floor is still right.
    // 9007199254740991 = 3 x 3002399751580330 + 1.
    [MAX, 3, 3002399751580330, 1],
    // 9007199254740991 = 2 x 4503599627370495 + 1.
    [MAX, 2, 4503599627370495, 1],
    // -9007199254740991 = 2 x -4503599627370496 + 1.
    [-MAX, 2, -4503599627370496, 1],
    // -9007199254740991 = 3 x -3002399751580331 + 2. Here q x b = -9007199254740993 is not a
    // double, so r = a - q x b computed in floats comes out 1.
    [-MAX, 3, -3002399751580331, 2],
    // -9007199254740991 = 5 x -1801439850948199 + 4 (9007199254740991 = 5 x 1801439850948198 + 1).
    [-MAX, 5, -1801439850948199, 4],
    [MAX, MAX - 1, 1, 1],
    [MAX - 1, MAX, 0, MAX - 1],
    [MAX, MAX, 1, 0],
    [-MAX, MAX, -1, 0],
    // Bigint numerators. 10^20 = 3 x 33333333333333333333 + 1.
    [100000000000000000000n, 3, 33333333333333333333n, 1],
    // -10^20 = 3 x -33333333333333333334 + 2.
    [-100000000000000000000n, 3, -33333333333333333334n, 2],
    // 10^20 = 7 x 14285714285714285714 + 2, so -10^20 = 7 x -14285714285714285715 + 5.
    [-100000000000000000000n, 7, -14285714285714285715n, 5],
    // Results demoted to numbers: 10^20 / (2.5 x 10^19) = 4 exactly.
    [100000000000000000000n, 25000000000000000000n, 4, 0],
    // 2^53 + 1 = 2 x 4503599627370496 + 1; -(2^53 + 1) = 2 x -4503599627370497 + 1.
    [9007199254740993n, 2, 4503599627370496, 1],
    [-9007199254740993n, 2, -4503599627370497, 1],
    // A bigint divisor larger than the numerator.
    [5, 100000000000000000000n, 0, 5],
    [-5, 100000000000000000000n, -1, 99999999999999999995n],
  ];

  it.each(table)('divmod(%s, %s) = [%s, %s]', (a, b, q, r) => {
    expect(I.divmod(a, b)).toEqual([q, r]);
  });

  it.each(table)('divmod(%s, %s) satisfies a = q x b + r with 0 <= r < b', (a, b) => {
    const [q, r] = I.divmod(a, b);
    expect(BigInt(q) * BigInt(b) + BigInt(r)).toBe(BigInt(a));
    expect(BigInt(r) >= 0n && BigInt(r) < BigInt(b)).toBe(true);
  });
});

describe('pow10 and digits', () => {
  it('gives powers of ten, numbers while safe', () => {
    expect(I.pow10(0)).toBe(1);
    expect(I.pow10(1)).toBe(10);
    expect(I.pow10(15)).toBe(1000000000000000);
    expect(I.pow10(16)).toBe(10000000000000000n);
    expect(I.pow10(40)).toBe(10n ** 40n);
    expect(I.pow10(41)).toBe(10n ** 41n);
    expect(I.pow10(100)).toBe(10n ** 100n);
  });

  it('writes the decimal digits without an exponent', () => {
    expect(I.digits(0)).toBe('0');
    expect(I.digits(7)).toBe('7');
    expect(I.digits(1000000000000000)).toBe('1000000000000000');
    expect(I.digits(MAX)).toBe('9007199254740991');
    expect(I.digits(10n ** 21n)).toBe('1000000000000000000000');
    expect(I.digits(18446744073709551616n)).toBe('18446744073709551616');
  });
});
