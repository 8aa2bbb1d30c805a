/**
 * toDecimalString has two paths: long division on JS numbers, and bigints
 * for anything larger. They must write the same digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../../src/exact/rational.js';

describe('toDecimalString: the number path and the bigint path agree', () => {
  it('for any fraction of safe integers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.maxSafeInteger().map((x) => x)),
        fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        (n, d) => {
          expect(toDecimalString({ n, d })).toBe(toDecimalString({ n: BigInt(n), d: BigInt(d) }));
        },
      ),
      // 3000 cheap runs, about a tenth of a second on an idle core: well inside the suite's budget.
      { numRuns: 3000 },
    );
  });

  it('for divisors at the edges of the number path\'s chunk sizes, and numerators just below a multiple', () => {
    // The number path divides 9, 8, ... 3 digits at a time depending on the
    // divisor; these are the largest divisors for 9 down to 4 digits
    // (floor((2^53 - 1) / (10^k + 1))), and 10^12, the largest it takes.
    const edges = [1, 2, 9, 10, 99, 9_007_199, 90_071_991, 900_719_835, 9_007_190_247, 90_071_091_836, 900_629_862_487, 1e12];
    fc.assert(
      fc.property(
        fc.constantFrom(...edges),
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: -2, max: 2 }),
        (edge, shift, multiple, offset) => {
          const d = Math.min(1e12, Math.max(1, edge + shift));
          const n = Math.max(0, d * multiple + offset);
          expect(toDecimalString({ n, d })).toBe(toDecimalString({ n: BigInt(n), d: BigInt(d) }));
          expect(toDecimalString({ n: -n, d })).toBe(toDecimalString({ n: -BigInt(n), d: BigInt(d) }));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('when rounding carries into the whole part', () => {
    // 1 - 10^-41 rounds to 1 at 40 significant digits.
    const d = 10n ** 41n;
    expect(toDecimalString({ n: d - 1n, d })).toBe('1');
    expect(toDecimalString({ n: 999_999, d: 1_000_000 })).toBe('0.999999');
    // 2/3 and 1/7 at 40 significant digits.
    expect(toDecimalString({ n: 2, d: 3 })).toBe(`0.${'6'.repeat(39)}7`);
    expect(toDecimalString({ n: 1, d: 7 })).toBe('0.1428571428571428571428571428571428571429');
  });
});
