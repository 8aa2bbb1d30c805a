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
      { numRuns: 3000 },
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
