/**
 * Golden tables for the exact rationals, in the style of decimal.js's tests:
 * string in, string out. Every expected string was worked out by hand from
 * the definitions (the arithmetic is in the comments), not copied from the
 * library's output.
 */
import { describe, expect, it } from 'vitest';
import type { Int } from '../../src/exact/int.js';
import * as R from '../../src/exact/rational.js';
import type { Q, RoundingMode } from '../../src/exact/rational.js';

const q = (n: Int, d: Int): Q => ({ n, d });
const rounded = (a: Q, decimals: number, mode: RoundingMode): string =>
  R.unitsToFixed(R.roundToUnits(a, decimals, mode), decimals);

const threes = (k: number): string => '3'.repeat(k);
const sixes = (k: number): string => '6'.repeat(k);
const zeros = (k: number): string => '0'.repeat(k);

describe('roundToUnits + unitsToFixed', () => {
  // [n, d, decimals, half-up, half-even]
  const table: [Int, Int, number, string, string][] = [
    // Ties at one decimal: 0.05 is 1/20. Half-up goes away from zero; half-even to the even unit (0).
    [1, 20, 1, '0.1', '0.0'],
    [-1, 20, 1, '-0.1', '0.0'], // -0.05: half-even gives 0 units, printed without a minus sign
    [3, 20, 1, '0.2', '0.2'], // 0.15: 1 unit is odd, so half-even goes up to 2
    [-3, 20, 1, '-0.2', '-0.2'],
    [1, 4, 1, '0.3', '0.2'], // 0.25: 2 units is even, half-even stays
    [-1, 4, 1, '-0.3', '-0.2'],
    [5, 20, 1, '0.3', '0.2'], // 0.25 again, not in lowest terms
    [7, 20, 1, '0.4', '0.4'], // 0.35: 3 is odd
    // Ties at no decimals.
    [5, 2, 0, '3', '2'], // 2.5
    [7, 2, 0, '4', '4'], // 3.5
    [-5, 2, 0, '-3', '-2'],
    [-7, 2, 0, '-4', '-4'],
    [1, 2, 0, '1', '0'], // 0.5
    [-1, 2, 0, '-1', '0'], // -0.5: half-even gives 0, not '-0'
    [3, 2, 0, '2', '2'], // 1.5
    [10, 4, 0, '3', '2'], // 2.5 with d = 4
    [85, 10, 0, '9', '8'], // 8.5
    [95, 10, 0, '10', '10'], // 9.5
    [17, 2, 1, '8.5', '8.5'], // 8.5 needs no rounding at one decimal
    // Ties at two and three decimals.
    [1, 8, 2, '0.13', '0.12'], // 0.125
    [3, 8, 2, '0.38', '0.38'], // 0.375
    [-1, 8, 2, '-0.13', '-0.12'],
    [1, 200, 2, '0.01', '0.00'], // 0.005
    [-1, 200, 2, '-0.01', '0.00'],
    [3, 200, 2, '0.02', '0.02'], // 0.015
    [1, 16, 3, '0.063', '0.062'], // 0.0625
    [12253, 20, 1, '612.7', '612.6'], // 612.65
    // Not ties: both modes agree.
    [1, 3, 0, '0', '0'],
    [1, 3, 1, '0.3', '0.3'],
    [1, 3, 2, '0.33', '0.33'],
    [2, 3, 0, '1', '1'], // 0.666...
    [2, 3, 1, '0.7', '0.7'],
    [2, 3, 3, '0.667', '0.667'],
    [-2, 3, 2, '-0.67', '-0.67'],
    [1, 3, 10, '0.3333333333', '0.3333333333'],
    [2, 3, 10, '0.6666666667', '0.6666666667'],
    [1, 7, 4, '0.1429', '0.1429'], // 0.142857...
    [1, 7, 6, '0.142857', '0.142857'], // 0.1428571...
    [22, 7, 2, '3.14', '3.14'], // 3.142857...
    [5700, 100, 1, '57.0', '57.0'], // 57/100 as a percentage: exactly 57, never 56.99999999999999
    [427, 50, 1, '8.5', '8.5'], // 8.54
    [423, 50, 1, '8.5', '8.5'], // 8.46
    [851, 100, 1, '8.5', '8.5'], // 8.51 < 8.55
    [99999, 100000, 2, '1.00', '1.00'], // 0.99999 carries into the units
    [-99999, 100000, 2, '-1.00', '-1.00'],
    [1, 1000, 2, '0.00', '0.00'], // 0.001
    [-1, 1000, 2, '0.00', '0.00'], // -0.001 rounds to zero, shown without a sign
    [0, 1, 2, '0.00', '0.00'],
    [0, 5, 0, '0', '0'],
    [123, 1, 0, '123', '123'],
    [123, 1, 2, '123.00', '123.00'],
    // Tiny values: 1/3e15 = 3.33...e-16, 2/3e15 = 6.66...e-16.
    [1, 3e15, 1, '0.0', '0.0'],
    [1, 3e15, 16, '0.0000000000000003', '0.0000000000000003'], // round(10^16 / 3e15) = round(3.33) = 3
    [1, 3e15, 18, '0.000000000000000333', '0.000000000000000333'], // round(333.3) = 333
    [2, 3e15, 16, '0.0000000000000007', '0.0000000000000007'], // round(6.67) = 7
    [-1, 3e15, 16, '-0.0000000000000003', '-0.0000000000000003'],
    // Values needing bigint (n around 1e20).
    [123456789012345678901n, 1000, 0, '123456789012345679', '123456789012345679'], // ...678.901
    [123456789012345678901n, 1000, 1, '123456789012345678.9', '123456789012345678.9'],
    [123456789012345678901n, 1000, 2, '123456789012345678.90', '123456789012345678.90'],
    [123456789012345678901n, 1000, 3, '123456789012345678.901', '123456789012345678.901'],
    [-123456789012345678901n, 1000, 2, '-123456789012345678.90', '-123456789012345678.90'],
    // 1e19 + 0.5: a tie above 2^53. Half-even keeps the even 10^19.
    [100000000000000000005n, 10, 0, '10000000000000000001', '10000000000000000000'],
    [-100000000000000000005n, 10, 0, '-10000000000000000001', '-10000000000000000000'],
    // 1e19 + 1.5: 10^19 + 1 is odd, so half-even goes up.
    [100000000000000000015n, 10, 0, '10000000000000000002', '10000000000000000002'],
    // 2^64 / 3 = 6148914691236517205 remainder 1 (3 x 6148914691236517205 = 18446744073709551615).
    [18446744073709551616n, 3, 2, '6148914691236517205.33', '6148914691236517205.33'],
    [18446744073709551616n, 1, 0, '18446744073709551616', '18446744073709551616'],
    // 10^20 / 3 = 33333333333333333333.33...
    [100000000000000000000n, 3, 1, '33333333333333333333.3', '33333333333333333333.3'],
    // A bigint denominator: 1 / 3e20 = 3.33...e-21; at 25 decimals round(10^25 / 3e20) = round(33333.3) = 33333.
    [1, 300000000000000000000n, 25, '0.0000000000000000000033333', '0.0000000000000000000033333'],
    // 5 / 2e20 = 2.5e-20, a tie at 20 decimals: 2.5 units.
    [5, 200000000000000000000n, 20, '0.00000000000000000003', '0.00000000000000000002'],
  ];

  it.each(table)('%s / %s to %s decimals: half-up %s, half-even %s', (n, d, decimals, up, even) => {
    expect(rounded(q(n, d), decimals, 'half-up')).toBe(up);
    expect(rounded(q(n, d), decimals, 'half-even')).toBe(even);
  });

  it('returns units as a number while safe and a bigint beyond', () => {
    // 2.5 -> 3 units (half-up); 8.54 at 1 decimal -> 85 units.
    expect(R.roundToUnits(q(5, 2), 0, 'half-up')).toBe(3);
    expect(R.roundToUnits(q(427, 50), 1, 'half-up')).toBe(85);
    // 1e19 + 0.5 -> 10^19 + 1 units: beyond 2^53, so a bigint.
    expect(R.roundToUnits(q(100000000000000000005n, 10), 0, 'half-up')).toBe(10000000000000000001n);
    // 123456789012345678901 / 10^10 = 12345678901.2345678901; at 2 decimals 1234567890123 units: demoted to a number.
    expect(R.roundToUnits(q(123456789012345678901n, 10000000000n), 2, 'half-up')).toBe(1234567890123);
    // -0.001 rounds to 0 units, a plain zero (not -0).
    expect(Object.is(R.roundToUnits(q(-1, 1000), 2, 'half-up'), 0)).toBe(true);
  });
});

describe('unitsToFixed', () => {
  const table: [Int, number, string][] = [
    [0, 0, '0'],
    [0, 2, '0.00'],
    [5, 3, '0.005'],
    [-5, 3, '-0.005'],
    [7, 1, '0.7'],
    [-7, 1, '-0.7'],
    [10, 1, '1.0'],
    [123, 1, '12.3'],
    [-123, 1, '-12.3'],
    [1234, 0, '1234'],
    [-1234, 0, '-1234'],
    [1, 10, '0.0000000001'],
    [9007199254740991, 2, '90071992547409.91'],
    [12345678901234567890n, 2, '123456789012345678.90'],
    [-12345678901234567890n, 2, '-123456789012345678.90'],
    [10000000000000000000n, 0, '10000000000000000000'],
  ];
  it.each(table)('%s units at %s decimals is %s', (units, decimals, expected) => {
    expect(R.unitsToFixed(units, decimals)).toBe(expected);
  });
});

describe('toDecimalString', () => {
  const table: [Int, Int, string][] = [
    // Terminating values: every digit, no trailing zeros, no exponent.
    [0, 7, '0'],
    [5, 1, '5'],
    [100, 10, '10'],
    [1, 2, '0.5'],
    [1, 4, '0.25'],
    [10, 4, '2.5'],
    [-10, 4, '-2.5'],
    [57, 100, '0.57'],
    [5700, 100, '57'],
    [1, 10000000, '0.0000001'], // 1e-7, no exponent
    [123456789012345678901n, 1000, '123456789012345678.901'],
    [18446744073709551616n, 1, '18446744073709551616'],
    // Repeating decimals: 40 significant digits, rounded half-up.
    [1, 3, `0.${threes(40)}`],
    [-1, 3, `-0.${threes(40)}`],
    [2, 3, `0.${sixes(39)}7`], // the 41st 6 rounds the 40th up
    [-2, 3, `-0.${sixes(39)}7`],
    [10, 3, `3.${threes(39)}`], // one integer digit leaves 39 decimals
    [100, 3, `33.${threes(38)}`],
    [200, 3, `66.${sixes(37)}7`],
    // 1/7 = 0.(142857): six repeats are 36 digits, then 1428, and the 41st digit (5) rounds 8 up to 9.
    [1, 7, '0.1428571428571428571428571428571428571429'],
    // 22/7 = 3.(142857): 39 decimals are six repeats and 142, then 8 rounds 2 up to 3.
    [22, 7, `3.${'142857'.repeat(6)}143`],
    // Leading zeros after the point are not significant: 1/30 = 0.0333...
    [1, 30, `0.0${threes(40)}`],
    // 1/3e15 = 0.000000000000000333... (15 zeros after the point).
    [1, 3e15, `0.${zeros(15)}${threes(40)}`],
    [-1, 3e15, `-0.${zeros(15)}${threes(40)}`],
    // 10^20 / 3: 20 integer digits, then 20 decimals.
    [100000000000000000000n, 3, `${threes(20)}.${threes(20)}`],
    // 2^-64 = 5^64 / 10^64 = 0.(19 zeros)542101086242752217003726400434970855712890625: 45 significant
    // digits terminate too late; 40 of them, the 41st (9) rounding ...7128 up to ...7129.
    [1, 18446744073709551616n, `0.${zeros(19)}5421010862427522170037264004349708557129`],
    // 1 - 10^-41 has 41 nines: rounding to 40 carries all the way to 1.
    [99999999999999999999999999999999999999999n, 100000000000000000000000000000000000000000n, '1'],
  ];
  it.each(table)('%s / %s is %s', (n, d, expected) => {
    expect(R.toDecimalString(q(n, d))).toBe(expected);
  });
});

describe('fromNumber', () => {
  it('reads a number as written in decimal, not as its binary float', () => {
    expect(R.fromNumber(0.1)).toEqual({ n: 1, d: 10 });
    expect(R.fromNumber(8.5)).toEqual({ n: 85, d: 10 });
    expect(R.fromNumber(-2.5)).toEqual({ n: -25, d: 10 });
    expect(R.fromNumber(123.456)).toEqual({ n: 123456, d: 1000 });
    expect(R.fromNumber(1e-7)).toEqual({ n: 1, d: 10000000 });
    expect(R.fromNumber(0)).toEqual({ n: 0, d: 1 });
    expect(R.fromNumber(47715)).toEqual({ n: 47715, d: 1 });
    // 0.1 + 0.2 prints as 0.30000000000000004: 17 decimals, both parts past 2^53.
    expect(R.fromNumber(0.1 + 0.2)).toEqual({ n: 30000000000000004n, d: 100000000000000000n });
  });

  it('keeps integers beyond 2^53 exact as bigints', () => {
    expect(R.fromNumber(1e21)).toEqual({ n: 1000000000000000000000n, d: 1 });
    expect(R.fromNumber(2 ** 53)).toEqual({ n: 9007199254740992n, d: 1 });
    // 1e23 is the decimal it prints as, 10^23, not the binary float 99999999999999991611392.
    expect(R.fromNumber(1e23)).toEqual({ n: 100000000000000000000000n, d: 1 });
    expect(R.fromNumber(2 ** 53 - 1)).toEqual({ n: 9007199254740991, d: 1 });
  });

  it('round-trips through toDecimalString as written', () => {
    const cases: [number, string][] = [
      [0.1, '0.1'],
      [8.5, '8.5'],
      [1e21, '1000000000000000000000'],
      [1e-7, '0.0000001'],
      [0.30000000000000004, '0.30000000000000004'],
      [-0, '0'],
      [74.95, '74.95'],
    ];
    for (const [x, s] of cases) expect(R.toDecimalString(R.fromNumber(x))).toBe(s);
  });

  it('rejects NaN and the infinities', () => {
    expect(() => R.fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => R.fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => R.fromNumber(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(R.toDecimalString(R.add(q(1, 3), q(1, 6)))).toBe('0.5'); // 2/6 + 1/6
    expect(R.toDecimalString(R.add(q(1, 10), q(2, 10)))).toBe('0.3'); // not 0.30000000000000004
    expect(R.toDecimalString(R.sub(q(1, 10), q(3, 10)))).toBe('-0.2');
    expect(R.toDecimalString(R.mul(q(2, 3), q(3, 4)))).toBe('0.5'); // 6/12
    expect(R.toDecimalString(R.div(q(1, 2), q(1, 4)))).toBe('2');
    // 10^20 + 1 - 10^20 = 1, exact past 2^53.
    expect(R.toDecimalString(R.sub(q(100000000000000000001n, 1), q(100000000000000000000n, 1)))).toBe('1');
    // (2^53 - 1) x 3 = 27021597764222973, past 2^53.
    expect(R.toDecimalString(R.mul(q(9007199254740991, 1), q(3, 1)))).toBe('27021597764222973');
  });

  it('keeps the denominator positive when dividing by a negative', () => {
    const r = R.div(q(1, 2), q(-1, 4)); // (1 x 4) / (2 x -1) = -2
    expect(R.toDecimalString(r)).toBe('-2');
    expect(r.d > 0).toBe(true);
    expect(() => R.div(q(1, 2), q(0, 5))).toThrow(RangeError);
  });

  it('compares exactly', () => {
    expect(R.cmp(q(1, 3), q(333, 1000))).toBe(1); // 1000 > 999
    expect(R.cmp(q(2, 4), q(1, 2))).toBe(0);
    expect(R.cmp(q(-1, 3), q(-1, 4))).toBe(-1);
    // 1e19 + 0.5 against 1e19 + 1: bigint numerators.
    expect(R.cmp(q(100000000000000000005n, 10), q(10000000000000000001n, 1))).toBe(-1);
    expect(R.isZero(q(0, 7))).toBe(true);
    expect(R.isZero(q(1, 100000000000000000000n))).toBe(false);
    expect(R.toDecimalString(R.abs(q(-3, 4)))).toBe('0.75');
  });

  it('converts to the nearest JS number', () => {
    expect(R.toNumber(q(5700, 100))).toBe(57);
    expect(R.toNumber(q(57, 100))).toBe(0.57);
    expect(R.toNumber(q(1, 3))).toBe(1 / 3);
    expect(R.toNumber(q(100000000000000000000n, 3))).toBe(1e20 / 3); // 1e20 is an exact double
    expect(R.toNumber(q(1, 300000000000000000000n))).toBe(1 / 3e20); // 3e20 is an exact double
    expect(Object.is(R.toNumber(q(0, 5)), 0)).toBe(true);
  });
});
