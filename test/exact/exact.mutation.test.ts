/**
 * Gaps found by mutation testing (`npm run test:mutation`) in src/exact: the
 * messages of its two errors, `-0` (read from input or made by a zero
 * product) never reaching a number or a string, denominators that do not grow
 * when values share one, comparisons whose cross products are not safe
 * integers or mix numbers and bigints, the float rounding path at the edge of
 * the safe range, a zero written with more than 15 decimals, and exact ties
 * beyond 2^53 in the conversion to a JS number. Then properties: each fast
 * path on JS numbers gives what the bigint path gives, on both sides of its
 * threshold. The survivors that no test can kill (the fast paths themselves,
 * and corrections that cannot happen) are marked in the source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as I from '../../src/exact/int.js';
import type { Int } from '../../src/exact/int.js';
import * as R from '../../src/exact/rational.js';
import type { Q, RoundingMode } from '../../src/exact/rational.js';

const MAX = Number.MAX_SAFE_INTEGER; // 2^53 - 1 = 9007199254740991
const big = (q: Q): Q => ({ n: BigInt(q.n), d: BigInt(q.d) });

describe('the errors say what was wrong', () => {
  it('fromNumber names the value that is not finite', () => {
    expect(() => R.fromNumber(Number.NaN)).toThrow(new RangeError('NaN is not a finite number'));
    expect(() => R.fromNumber(Number.POSITIVE_INFINITY)).toThrow(new RangeError('Infinity is not a finite number'));
    expect(() => R.fromNumber(Number.NEGATIVE_INFINITY)).toThrow(new RangeError('-Infinity is not a finite number'));
  });

  it('div says it divided by zero, whatever the zero looks like', () => {
    expect(() => R.div(R.int(1), R.ZERO)).toThrow(new RangeError('division by zero'));
    expect(() => R.div(R.int(1), { n: 0, d: 7 })).toThrow(new RangeError('division by zero'));
    expect(() => R.div(R.int(1), { n: 0n, d: 10n ** 20n })).toThrow(new RangeError('division by zero'));
  });
});

describe('-0 never comes out', () => {
  it('fromNumber reads -0 as 0', () => {
    // toBe compares with Object.is, so -0 would fail it.
    expect(R.fromNumber(-0).n).toBe(0);
    expect(R.toNumber(R.fromNumber(-0))).toBe(0);
  });

  it('an integer product is never -0', () => {
    expect(I.mul(-1, 0)).toBe(0);
    expect(I.mul(0, -5)).toBe(0);
    expect(R.mul(R.fromNumber(-1.5), R.ZERO).n).toBe(0);
  });

  it('a zero product of a negative value converts to 0, not -0', () => {
    // -1.5 x 0: the numerator product -3 x 0 is -0 as a JS number.
    const zero = R.mul(R.fromNumber(-1.5), R.ZERO);
    expect(R.isZero(zero)).toBe(true);
    expect(R.toNumber(zero)).toBe(0);
    expect(R.toNumber(R.mul(R.ZERO, { n: -7, d: 3 }))).toBe(0);
    expect(R.toDecimalString(zero)).toBe('0');
    expect(R.unitsToFixed(R.roundToUnits(zero, 2, 'half-up'), 2)).toBe('0.00');
  });

  it('a zero with more than 15 decimals is written without a minus sign', () => {
    expect(R.unitsToFixed(0, 16)).toBe(`0.${'0'.repeat(16)}`);
    expect(R.unitsToFixed(0, 20)).toBe(`0.${'0'.repeat(20)}`);
    expect(R.unitsToFixed(R.roundToUnits({ n: -1, d: 3 }, 20, 'half-up'), 20)).toBe('-0.33333333333333333333');
    // -1 / 10^21 is -0.000...0001, which rounds to zero at 20 decimals: no sign.
    expect(R.unitsToFixed(R.roundToUnits({ n: -1, d: 10n ** 21n }, 20, 'half-up'), 20)).toBe(`0.${'0'.repeat(20)}`);
  });
});

describe('add and sub keep a common denominator', () => {
  it('a hundred values in hundredths sum in hundredths, not in 100^100ths', () => {
    let sum: Q = R.ZERO;
    let diff: Q = R.ZERO;
    for (let k = 1; k <= 100; k++) {
      const v: Q = { n: k, d: 100 }; // 0.01, 0.02, ... 1.00
      sum = k === 1 ? v : R.add(sum, v);
      diff = k === 1 ? v : R.sub(diff, v);
    }
    // 1 + 2 + ... + 100 = 5050 hundredths; 1 - (2 + ... + 100) = 1 - 5049 = -5048 hundredths.
    expect(sum).toEqual({ n: 5050, d: 100 });
    expect(diff).toEqual({ n: -5048, d: 100 });
  });

  it('the same denominator as a bigint is kept too', () => {
    const d = 10n ** 20n;
    expect(R.add({ n: 3, d }, { n: 4, d })).toEqual({ n: 7, d });
    expect(R.sub({ n: 3, d }, { n: 4, d })).toEqual({ n: -1, d });
  });
});

describe('cmp', () => {
  it('is exact when the cross products are past 2^53', () => {
    // 9007199254740988 / 3 against 6004799503160659 / 2: the cross products are
    // 9007199254740988 x 2 = 18014398509481976 and 6004799503160659 x 3 =
    // 18014398509481977, which as doubles are both 18014398509481976.
    expect(R.cmp({ n: 9007199254740988, d: 3 }, { n: 6004799503160659, d: 2 })).toBe(-1);
    expect(R.cmp({ n: 6004799503160659, d: 2 }, { n: 9007199254740988, d: 3 })).toBe(1);
    // 9007199254740986 x 2 = 18014398509481972 > 6004799503160657 x 3 = 18014398509481971.
    expect(R.cmp({ n: 9007199254740986, d: 3 }, { n: 6004799503160657, d: 2 })).toBe(1);
    expect(R.cmp({ n: -9007199254740988, d: 3 }, { n: -6004799503160659, d: 2 })).toBe(1);
  });

  it('compares values with a bigint in any one of the four places', () => {
    const e20 = 10n ** 20n;
    const values: Q[] = [
      { n: 1, d: 3 },
      { n: -5, d: 9 },
      { n: e20, d: 7 }, // a bigint numerator
      { n: -e20, d: 11 },
      { n: 2, d: e20 }, // a bigint denominator
      { n: -2, d: e20 + 1n },
      { n: e20, d: e20 + 1n },
    ];
    for (const a of values) {
      for (const b of values) {
        const x = BigInt(a.n) * BigInt(b.d);
        const y = BigInt(b.n) * BigInt(a.d);
        expect(R.cmp(a, b), `${a.n}/${a.d} vs ${b.n}/${b.d}`).toBe(x < y ? -1 : x > y ? 1 : 0);
      }
    }
  });
});

describe('roundToUnits at the edge of its float path', () => {
  it('rounds a scaled numerator just past 2^53 exactly', () => {
    // 900719925474101 / 19 to 1 decimal: 9007199254741010 / 19 = 474063118670579
    // remainder 9 (19 x 474063118670579 = 9007199254741001), and 9/19 < 1/2.
    // 9007199254741010 + 19 is past 2^53 - 1, so this takes the exact path.
    for (const mode of ['half-up', 'half-even'] as const) {
      expect(R.roundToUnits({ n: 900719925474101, d: 19 }, 1, mode)).toBe(474063118670579);
      expect(R.roundToUnits({ n: -900719925474101, d: 19 }, 1, mode)).toBe(-474063118670579);
    }
  });
});

describe('toNumber', () => {
  it('breaks an exact tie past 2^53 to even, as Number() does', () => {
    // 2^53 + 1 lies halfway between the doubles 2^53 and 2^53 + 2: even is 2^53.
    expect(R.toNumber({ n: 2n ** 53n + 1n, d: 1n })).toBe(2 ** 53);
    expect(R.toNumber({ n: -(2n ** 53n + 1n), d: 1n })).toBe(-(2 ** 53));
    // 2^53 + 3 lies halfway between 2^53 + 2 and 2^53 + 4: even is 2^53 + 4.
    expect(R.toNumber({ n: 2n ** 53n + 3n, d: 1n })).toBe(2 ** 53 + 4);
    // The same ties written as fractions that divide exactly.
    expect(R.toNumber({ n: (2n ** 53n + 1n) * 3n, d: 3n })).toBe(2 ** 53);
    expect(R.toNumber({ n: (2n ** 53n + 1n) * 10n ** 30n, d: 10n ** 30n })).toBe(2 ** 53);
    // Just above the tie it rounds up.
    expect(R.toNumber({ n: (2n ** 53n + 1n) * 3n + 1n, d: 3n })).toBe(2 ** 53 + 2);
  });
});

// Integers on both sides of the float paths' thresholds: small, near 2^53 - 1, near its half, and beyond.
const edgeInt = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -50, max: 50 }).map((k) => MAX - 25 + k),
  fc.integer({ min: -50, max: 50 }).map((k) => -MAX + 25 + k),
  fc.integer({ min: -50, max: 50 }).map((k) => Math.floor(MAX / 2) + k),
  fc.maxSafeInteger(),
);
const asInt = (x: bigint): Int => I.norm(x);

describe('every fast path on JS numbers agrees with the bigint arithmetic', () => {
  it('add, sub, mul and divmod give the exact result, a number exactly when it is safe', () => {
    const normalized = (x: Int, exact: bigint) => {
      expect(BigInt(x)).toBe(exact);
      expect(typeof x).toBe(exact >= -BigInt(MAX) && exact <= BigInt(MAX) ? 'number' : 'bigint');
    };
    fc.assert(
      fc.property(edgeInt, edgeInt, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: MAX })), (a, b, m) => {
        normalized(I.add(a, b), BigInt(a) + BigInt(b));
        normalized(I.sub(a, b), BigInt(a) - BigInt(b));
        normalized(I.mul(a, b), BigInt(a) * BigInt(b));
        // The same through bigints that are safe: the result is demoted.
        expect(I.add(BigInt(a), BigInt(b))).toBe(I.add(a, b));
        const [q, r] = I.divmod(a, m);
        expect(BigInt(q) * BigInt(m) + BigInt(r)).toBe(BigInt(a));
        expect(r >= 0 && r < m).toBe(true);
        expect(I.divmod(BigInt(a), BigInt(m))).toEqual([q, r]);
      }),
      // 400 runs of a few operations: a few tens of milliseconds.
      { numRuns: 400, seed: 20261130 },
    );
  });

  it('roundToUnits, unitsToFixed, cmp and toNumber give the same for a value held in numbers or in bigints', () => {
    const modes: RoundingMode[] = ['half-up', 'half-even'];
    fc.assert(
      fc.property(
        edgeInt,
        fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: MAX })),
        fc.integer({ min: 0, max: 18 }),
        fc.constantFrom(...modes),
        edgeInt,
        (n, d, decimals, mode, other) => {
          const a: Q = { n, d };
          const units = R.roundToUnits(a, decimals, mode);
          expect(units).toBe(asInt(BigInt(R.roundToUnits(big(a), decimals, mode))));
          expect(R.unitsToFixed(units, decimals)).toBe(R.unitsToFixed(BigInt(units), decimals));
          expect(R.toNumber(a)).toBe(R.toNumber(big(a)));
          const b: Q = { n: other, d: d === 1 ? 3 : d - 1 };
          expect(R.cmp(a, b)).toBe(R.cmp(big(a), big(b)));
          expect(R.toDecimalString(a)).toBe(R.toDecimalString(big(a)));
        },
      ),
      // 400 runs of five conversions each: about a tenth of a second on an idle core.
      { numRuns: 400, seed: 11302026 },
    );
  });
});
