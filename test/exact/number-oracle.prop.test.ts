/**
 * Reading JS numbers into exact rationals and back, against decimal.js as
 * an independent oracle (a private clone at 2,000 digits, so its own
 * rounding never decides anything). The core no longer ships decimal.js:
 * `fromNumber` reads the shortest round-trip decimal JS prints, and
 * `toNumber` divides with BigInts and lets `Number()` round once.
 *
 * Budget: 2,000 doubles and 2,000 quotients of up to 60 digits, plus every
 * halfway case listed: well under a second on an idle core.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as R from '../../src/exact/rational.js';
import type { Q } from '../../src/exact/rational.js';

const Big = Decimal.clone({ precision: 2000, toExpNeg: -9e15, toExpPos: 9e15 });
const int = (x: bigint) => (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
const equal = (a: Q, n: bigint, d: bigint) => BigInt(a.n) * d === n * BigInt(a.d);

/** decimal.js's exact value of a double, as a fraction n / d. */
function oracleFraction(x: number): [bigint, bigint] {
  const dec = new Big(x);
  const dp = dec.decimalPlaces();
  return [BigInt(dec.times(new Big(10).pow(dp)).toFixed(0)), 10n ** BigInt(dp)];
}

describe('fromNumber and toNumber against decimal.js', () => {
  it('fromNumber gives the decimal value JS prints, for every kind of double', () => {
    for (const x of [0.1, 1e23, 1e-7, -1.5e-7, 123.456, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2, -0, 1e21, 1e-10, 57 / 100]) {
      const [n, d] = oracleFraction(x);
      expect(equal(R.fromNumber(x), n, d), String(x)).toBe(true);
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const [n, d] = oracleFraction(x);
        return equal(R.fromNumber(x), n, d);
      }),
      { numRuns: 2000 },
    );
  });

  it('toNumber is the nearest double, ties to even, for quotients of big integers', () => {
    const oracle = (n: bigint, d: bigint) => new Big(n.toString()).div(d.toString()).toNumber();
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.bigInt({ min: 1n, max: 10n ** 60n }), (n, d) => {
        const got = R.toNumber({ n: int(n), d: int(d) });
        return Object.is(got, oracle(n, d)) || (got === 0 && oracle(n, d) === 0);
      }),
      { numRuns: 2000 },
    );
    // Exactly halfway between two doubles: decided by the even neighbour.
    for (let k = 0; k < 200; k++) {
      const n = ((1n << 53n) + BigInt(k)) * 2n + 1n;
      const d = 2n ** BigInt(1 + (k % 80));
      expect(R.toNumber({ n: int(n), d: int(d) })).toBe(oracle(n, d));
    }
  });
});
