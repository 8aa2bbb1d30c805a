/**
 * The edges of `exact` (toDecimalString): how many significant digits, how a
 * tie at the 40th is rounded on each path, and the longest whole-number part
 * the library's input limits allow.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from '../../src/index.js';
import { SIGNIFICANT_DIGITS, toDecimalString } from '../../src/exact/rational.js';

const digitsOf = (s: string): number => s.replace(/[-.]/g, '').replace(/^0+/, '').length;

describe('toDecimalString: 40 significant digits, and the whole-number part in full', () => {
  it('writes a whole-number part of more than 40 digits in full, rounded half-up to units', () => {
    const e41 = 10n ** 41n;
    // 10^41 + 2/3 does not terminate: 42 digits, the last rounded up.
    expect(toDecimalString({ n: 3n * e41 + 2n, d: 3n })).toBe(`1${'0'.repeat(40)}1`);
    // 10^41 + 1/3: rounded down to 10^41, not to 40 significant digits.
    expect(toDecimalString({ n: 3n * e41 + 1n, d: 3n })).toBe(`1${'0'.repeat(41)}`);
    // 10^41 + 1/2: a tie at the units, half-up.
    expect(toDecimalString({ n: 2n * e41 + 1n, d: 2n })).toBe(`1${'0'.repeat(40)}1`);
    expect(toDecimalString({ n: -(2n * e41 + 1n), d: 2n })).toBe(`-1${'0'.repeat(40)}1`);
    // A terminating integer of 45 digits keeps them all.
    expect(toDecimalString({ n: 123456789n * 10n ** 36n, d: 1n })).toBe(`123456789${'0'.repeat(36)}`);
  });

  it('gives exactly 40 significant digits to a value that does not terminate, whatever its size', () => {
    // 40 whole-number digits: no decimals. 39: one decimal.
    expect(toDecimalString({ n: 3n * 10n ** 39n + 1n, d: 3n })).toBe(`1${'0'.repeat(39)}`);
    expect(toDecimalString({ n: 3n * 10n ** 38n + 1n, d: 3n })).toBe(`1${'0'.repeat(38)}.3`);
    for (const [n, d] of [
      [1, 3],
      [22, 7],
      [10n ** 20n, 3n],
      [1, 3e15],
      [9007199254740991, 7],
    ] as const) {
      expect(digitsOf(toDecimalString({ n, d }))).toBe(SIGNIFICANT_DIGITS);
    }
  });

  it('rounds a tie at the 40th significant digit half-up on the bigint path', () => {
    // 1.2345678901234567890123456789012345678905 has 41 significant digits:
    // half-up makes the 40th (0) a 1; half-even would keep it 0.
    const n = 12345678901234567890123456789012345678905n;
    const d = 10n ** 40n;
    expect(toDecimalString({ n, d })).toBe('1.234567890123456789012345678901234567891');
    expect(toDecimalString({ n: -n, d })).toBe('-1.234567890123456789012345678901234567891');
    // Just below the tie rounds down.
    expect(toDecimalString({ n: n * 10n - 1n, d: d * 10n })).toBe('1.23456789012345678901234567890123456789');
  });

  it('rounds a tie at the 40th significant digit half-up on the number path, as the bigint path does', () => {
    // 9007164895002621 / 2^35 = 262142.99999999991268850862979888916015625:
    // 41 significant digits, the last a 5 after an even 2.
    const n = 9007164895002621;
    const d = 2 ** 35;
    const expected = '262142.9999999999126885086297988891601563';
    expect(toDecimalString({ n, d })).toBe(expected);
    expect(toDecimalString({ n: BigInt(n), d: BigInt(d) })).toBe(expected);
    expect(toDecimalString({ n: -n, d })).toBe(`-${expected}`);
  });

  it('carries a rounding through every chunk of the number path into the whole part', () => {
    // (10^40 - 1) / 10^40 scaled into safe integers: 0.999... with more than 40 nines.
    expect(toDecimalString({ n: 999_999_999_999, d: 1_000_000_000_000 })).toBe('0.999999999999');
    // 1 - 1/(3 x 10^12): 0.(12 nines)666... rounds the 40th digit up, no carry.
    expect(toDecimalString({ n: 2_999_999_999_999, d: 3_000_000_000_000 })).toBe(`0.${'9'.repeat(12)}${'6'.repeat(27)}7`);
    // 2 - 1/(7 x 10^11) over a 12-digit divisor: 40 digits of 1.99999999999857142857... end in a carry.
    expect(toDecimalString({ n: 1_399_999_999_999, d: 700_000_000_000 })).toBe(
      toDecimalString({ n: 1_399_999_999_999n, d: 700_000_000_000n }),
    );
  });
});

describe('exact at the limits of the inputs', () => {
  // The largest value the library can produce: a rate per 10^15 of 120 months
  // of the largest figure (2^53 - 1) summed, over the mean of a denominator
  // that is the smallest figure (10^-20) in one of its 120 months and 0 in
  // the rest: 14400 x (2^53 - 1) x 10^35, 56 whole-number digits.
  const spec = defineIndicator({
    id: 'largest',
    title: 'The largest value',
    measure: { type: 'rate', per: 1e15 },
    numerator: { field: 'n', aggregate: 'sum' },
    denominator: { field: 'd', aggregate: 'mean' },
    window: { type: 'rolling', months: 120 },
    polarity: 'neutral',
  });
  const rows = (smallest: number) =>
    Array.from({ length: 120 }, (_, i) => ({
      period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      n: Number.MAX_SAFE_INTEGER,
      d: i === 0 ? smallest : 0,
    }));
  const largest = 14400n * BigInt(Number.MAX_SAFE_INTEGER) * 10n ** 35n;

  it('writes all 56 whole-number digits of the largest value', () => {
    const [period] = computeIndicator(spec, rows(1e-20), { from: '2009-12' }).periods;
    expect(period!.exact).toBe(largest.toString());
    expect(period!.exact).toHaveLength(56);
  });

  it('writes a value that does not terminate with all its 55 whole-number digits and no decimals', () => {
    // A denominator of 7 x 10^-20 in one month: the largest value / 7.
    const [period] = computeIndicator(spec, rows(7e-20), { from: '2009-12' }).periods;
    const whole = largest / 7n;
    const half = (largest % 7n) * 2n >= 7n;
    expect(period!.exact).toBe((half ? whole + 1n : whole).toString());
    expect(period!.exact).toHaveLength(55);
    expect(period!.exact).not.toContain('.');
  });
});
