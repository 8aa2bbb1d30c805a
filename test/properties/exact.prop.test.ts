/**
 * Properties 1, 2 and 10 of the exactness issue: values, rounding and the
 * decimal expansion agree with an independent BigInt rational oracle.
 *
 * The oracle is the testing kit's BigInt fractions (src/testing/fraction.ts,
 * under referenceCompute): nothing from src/exact, no decimal.js, no floats.
 *
 * Budget: 100-400 runs per property, each test a quarter of a second or less
 * on an idle core (the suite must pass on 2 busy cores; see
 * test/vitest.config.ts). The generators weight rounding ties and the
 * usual `per` values, so small runs still reach the cases that matter.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, defineIndicator, isIndicatorError } from 'council-indicators';
import type { IndicatorSpecInput, PeriodResult, RoundingMode } from 'council-indicators';
import { compare, decimalString, frac, fromNumber, mul, pow10, roundUnits as roundFraction, sub, unitsString } from '../../src/testing/fraction.js';
import type { Fraction } from '../../src/testing/fraction.js';

// ---------------------------------------------------------------------------
// Oracle: exact rationals on bigint, the testing kit's (src/testing/fraction.ts,
// which referenceCompute is built on; it shares nothing with src/exact).

type Rat = Fraction;

const rat = frac;
const mulR = mul;
const subR = sub;
const eqR = (a: Rat, b: Rat): boolean => compare(a, b) === 0;
const ratOfNumber = fromNumber;
const roundUnits = (x: Rat, dec: number, mode: RoundingMode): bigint => roundFraction(x, dec, mode);
const exactString = decimalString;

/** A plain decimal string (no exponent) as an exact rational. */
function parseDecimal(s: string): Rat {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (m === null) throw new Error(`oracle: not a plain decimal: ${s}`);
  const fraction = m[3] ?? '';
  const n = BigInt(m[2]! + fraction) * (m[1] === '-' ? -1n : 1n);
  return rat(n, pow10(fraction.length));
}

// A few self-checks of the oracle, so that a broken oracle cannot pass silently.
describe('oracle self-check', () => {
  it('rounds and expands as documented', () => {
    expect(exactString(rat(1n, 3n))).toBe(`0.${'3'.repeat(40)}`);
    expect(exactString(rat(2n, 3n))).toBe(`0.${'6'.repeat(39)}7`);
    expect(exactString(rat(100n, 3n))).toBe(`33.${'3'.repeat(38)}`);
    expect(exactString(rat(1n, 20n))).toBe('0.05');
    expect(exactString(rat(-1n, 20n))).toBe('-0.05');
    expect(exactString(rat(1n, 7000n))).toBe(`0.000${'142857'.repeat(6)}1429`); // 41st digit 5 rounds up
    expect(exactString(rat(37300n * 10000n, 47715n * 100n)).slice(0, 12)).toBe('78.172482447');
    expect(exactString(rat(12345n))).toBe('12345');
    expect(unitsString(roundUnits(rat(1n, 20n), 1, 'half-up'), 1)).toBe('0.1');
    expect(unitsString(roundUnits(rat(1n, 20n), 1, 'half-even'), 1)).toBe('0.0');
    expect(unitsString(roundUnits(rat(3n, 20n), 1, 'half-even'), 1)).toBe('0.2');
    expect(unitsString(roundUnits(rat(-1n, 20n), 1, 'half-up'), 1)).toBe('-0.1');
    expect(unitsString(roundUnits(rat(-1n, 20n), 1, 'half-even'), 1)).toBe('0.0');
    expect(unitsString(roundUnits(rat(-3n, 20n), 1, 'half-even'), 1)).toBe('-0.2');
    expect(ratOfNumber(0.1)).toEqual(rat(1n, 10n));
    expect(ratOfNumber(1.5e-7)).toEqual(rat(15n, 100000000n));
    expect(ratOfNumber(1e23)).toEqual(rat(10n ** 23n));
  });
});

// ---------------------------------------------------------------------------
// Generators.

type MeasureType = 'percentage' | 'rate' | 'mean' | 'ratio';

interface Case {
  type: MeasureType;
  per: number;
  decimals: number;
  rounding: RoundingMode;
  pairs: [number, number][]; // [numerator, denominator], denominator > 0
}

const MAX = 10 ** 12;

/** Scale of a measure as a rational: 100, per, or 1. */
function scaleOf(type: MeasureType, per: number): Rat {
  return type === 'percentage' ? rat(100n) : type === 'rate' ? ratOfNumber(per) : rat(1n);
}

/**
 * A numerator/denominator pair for the measure: plain random, large, or
 * constructed on or next to a rounding tie at `decimals`.
 */
function pairArb(type: MeasureType, per: number, decimals: number): fc.Arbitrary<[number, number]> {
  const fit = ([n, d]: [number, number]): [number, number] => {
    // keep percentages valid (n <= d)
    if (type === 'percentage' && n > d) return [d, n];
    return [n, d];
  };
  const small = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })).map(fit);
  const large = fc.tuple(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 1, max: MAX })).map(fit);
  const mixed = fc.tuple(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 1, max: 100000 })).map(fit);
  // value = scale * n / d = (2u + 1) / (2 * 10^decimals), then n nudged by delta.
  const scale = scaleOf(type, per);
  const tieMaxU = type === 'percentage' ? 100 * 10 ** decimals - 1 : 10 ** 6;
  const tie = fc
    .tuple(fc.integer({ min: 0, max: tieMaxU }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom(0, 0, 0, -1, 1))
    .map(([u, m, delta]): [number, number] | null => {
      // n/d = (2u+1) / (2 * 10^dec * scale)
      const target = rat(BigInt(2 * u + 1), 2n * pow10(decimals));
      const nd = rat(target.n * scale.d, target.d * scale.n);
      const n = nd.n * BigInt(m) + BigInt(delta);
      const d = nd.d * BigInt(m);
      if (n < 0n || d > BigInt(Number.MAX_SAFE_INTEGER) || n > BigInt(Number.MAX_SAFE_INTEGER)) return null;
      if (type === 'percentage' && n > d) return null;
      return [Number(n), Number(d)];
    })
    .filter((x): x is [number, number] => x !== null);
  return fc.oneof(
    { arbitrary: small, weight: 3 },
    { arbitrary: mixed, weight: 2 },
    { arbitrary: large, weight: 2 },
    { arbitrary: tie, weight: 3 },
  );
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    type: fc.constantFrom<MeasureType>('percentage', 'rate', 'mean', 'ratio'),
    per: fc.oneof(fc.constantFrom(1, 100, 1000, 10000, 100000), fc.integer({ min: 1, max: 1000000 })),
    decimals: fc.integer({ min: 0, max: 4 }),
    rounding: fc.constantFrom<RoundingMode>('half-up', 'half-even'),
  })
  .chain((c) =>
    fc.array(pairArb(c.type, c.per, c.decimals), { minLength: 1, maxLength: 6 }).map((pairs) => ({ ...c, pairs })),
  );

function specOf(c: Case, per = c.per): IndicatorSpecInput {
  return {
    id: 'oracle',
    title: 'Oracle',
    measure: c.type === 'rate' ? { type: 'rate', per } : { type: c.type },
    numerator: 'n',
    denominator: 'd',
    decimals: c.decimals,
    rounding: c.rounding,
    polarity: 'neutral',
  };
}

function periodAt(i: number): string {
  const m = 2000 * 12 + i;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function rowsOf(pairs: readonly [number, number][]): { period: string; n: number; d: number }[] {
  return pairs.map(([n, d], i) => ({ period: periodAt(i), n, d }));
}

// ---------------------------------------------------------------------------

describe('property 1: exact agreement with a rational oracle', () => {
  it('exact, rounded and formatted match the BigInt oracle for percentage, rate, mean and ratio', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const spec = defineIndicator(specOf(c));
        const result = computeIndicator(spec, rowsOf(c.pairs));
        expect(result.periods).toHaveLength(c.pairs.length);
        const scale = scaleOf(c.type, c.per);
        c.pairs.forEach(([n, d], i) => {
          const p = result.periods[i]!;
          const value = mulR(scale, rat(BigInt(n), BigInt(d)));
          const units = roundUnits(value, c.decimals, c.rounding);
          const shown = unitsString(units, c.decimals);
          expect(p.status).toBe('ok');
          expect(p.numerator).toBe(n);
          expect(p.denominator).toBe(d);
          expect(p.exact).toBe(exactString(value));
          expect(p.exact).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
          expect(p.rounded).toBe(Number(shown));
          expect(p.formatted).toBe(c.type === 'percentage' ? `${shown}%` : shown);
          // the chart value is the exact value to within float precision
          const approx = Number(exactString(value));
          expect(Math.abs(p.value! - approx)).toBeLessThanOrEqual(Math.abs(approx) * 4e-16);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('half-up and half-even agree everywhere except at exact ties', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const up = computeIndicator(defineIndicator({ ...specOf(c), rounding: 'half-up' }), rowsOf(c.pairs));
        const even = computeIndicator(defineIndicator({ ...specOf(c), rounding: 'half-even' }), rowsOf(c.pairs));
        const scale = scaleOf(c.type, c.per);
        c.pairs.forEach(([n, d], i) => {
          const value = mulR(scale, rat(BigInt(n), BigInt(d)));
          const uUp = roundUnits(value, c.decimals, 'half-up');
          const uEven = roundUnits(value, c.decimals, 'half-even');
          expect(up.periods[i]!.formatted?.replace('%', '')).toBe(unitsString(uUp, c.decimals));
          expect(even.periods[i]!.formatted?.replace('%', '')).toBe(unitsString(uEven, c.decimals));
          // a tie: value * 10^dec - floor is exactly 1/2
          const scaled = mulR(value, rat(pow10(c.decimals)));
          const isTie = scaled.d === 2n;
          expect(up.periods[i]!.exact).toBe(even.periods[i]!.exact);
          if (!isTie) expect(up.periods[i]!.rounded).toBe(even.periods[i]!.rounded);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('known cases: 373/47715 per 10,000 is 78.2; 31/500 is 6.2%', () => {
    const rate = computeIndicator(
      defineIndicator({ id: 'r', title: 'R', measure: { type: 'rate', per: 10000 }, numerator: 'n', denominator: 'd', polarity: 'neutral' }),
      [{ period: '2017-09', n: 373, d: 47715 }],
    ).periods[0]!;
    expect(rate.formatted).toBe('78.2');
    expect(rate.exact).toBe(exactString(rat(3730000n, 47715n)));
    const pct = computeIndicator(
      defineIndicator({ id: 'p', title: 'P', measure: { type: 'percentage' }, numerator: 'n', denominator: 'd', polarity: 'neutral' }),
      [{ period: '2017-09', n: 31, d: 500 }],
    ).periods[0]!;
    expect(pct.formatted).toBe('6.2%');
    expect(pct.exact).toBe('6.2');
    expect(pct.rounded).toBe(6.2);
  });
});

describe('property 2: scaling per by 10 scales exact by 10', () => {
  it('exact(per x 10) = 10 x exact(per), compared as rationals', () => {
    fc.assert(
      fc.property(
        caseArb.map((c) => ({ ...c, type: 'rate' as const })),
        fc.oneof(fc.constantFrom(1, 10, 100, 1000, 10000, 100000), fc.integer({ min: 1, max: 1000000 })),
        (c, per) => {
          const a = computeIndicator(defineIndicator(specOf(c, per)), rowsOf(c.pairs));
          const b = computeIndicator(defineIndicator(specOf(c, per * 10)), rowsOf(c.pairs));
          c.pairs.forEach((_, i) => {
            const x = a.periods[i]!.exact!;
            const y = b.periods[i]!.exact!;
            expect(eqR(parseDecimal(y), mulR(parseDecimal(x), rat(10n))), `${x} x 10 vs ${y}`).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a rate per 100 has the same exact value as the percentage', () => {
    fc.assert(
      fc.property(caseArb.map((c) => ({ ...c, type: 'percentage' as const })), (c) => {
        const pairs = c.pairs.map(([n, d]): [number, number] => (n > d ? [d, n] : [n, d]));
        const pct = computeIndicator(defineIndicator(specOf({ ...c, pairs })), rowsOf(pairs));
        const rate = computeIndicator(defineIndicator(specOf({ ...c, pairs, type: 'rate' }, 100)), rowsOf(pairs));
        pct.periods.forEach((p, i) => {
          expect(p.exact).toBe(rate.periods[i]!.exact);
          expect(p.rounded).toBe(rate.periods[i]!.rounded);
          expect(p.formatted).toBe(`${rate.periods[i]!.formatted}%`);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('property 10: exact .x5 ties round away from zero (half-up) or to even (half-even)', () => {
  it('value (2u+1)/(2 x 10^k) rounds to u+1 under half-up and to the even neighbour under half-even', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 7 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 50 }),
        (u, k, m) => {
          // mean measure: (2u+1) m / (2 x 10^k m)
          const rows = [{ period: '2020-01', n: (2 * u + 1) * m, d: 2 * 10 ** k * m }];
          const base: IndicatorSpecInput = {
            id: 'tie',
            title: 'Tie',
            measure: { type: 'mean' },
            numerator: 'n',
            denominator: 'd',
            decimals: k,
            polarity: 'neutral',
          };
          const up = computeIndicator(defineIndicator({ ...base, rounding: 'half-up' }), rows).periods[0]!;
          const even = computeIndicator(defineIndicator({ ...base, rounding: 'half-even' }), rows).periods[0]!;
          const expectUp = unitsString(BigInt(u + 1), k);
          const expectEven = unitsString(BigInt(u % 2 === 0 ? u : u + 1), k);
          expect(up.formatted).toBe(expectUp);
          expect(up.rounded).toBe(Number(expectUp));
          expect(even.formatted).toBe(expectEven);
          expect(even.rounded).toBe(Number(expectEven));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('k + 0.05 at 1 decimal: half-up gives k.1, half-even gives k.0; k + 0.15 gives k.2 both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (k) => {
        const base: IndicatorSpecInput = {
          id: 'tie',
          title: 'Tie',
          measure: { type: 'mean' },
          numerator: 'n',
          denominator: 'd',
          decimals: 1,
          polarity: 'neutral',
        };
        const rows = [
          { period: '2020-01', n: 100 * k + 5, d: 100 },
          { period: '2020-02', n: 100 * k + 15, d: 100 },
        ];
        const up = computeIndicator(defineIndicator({ ...base, rounding: 'half-up' }), rows).periods;
        const even = computeIndicator(defineIndicator({ ...base, rounding: 'half-even' }), rows).periods;
        expect(up[0]!.formatted).toBe(`${k}.1`);
        expect(even[0]!.formatted).toBe(`${k}.0`);
        expect(up[1]!.formatted).toBe(`${k}.2`);
        expect(even[1]!.formatted).toBe(`${k}.2`);
      }),
      { numRuns: 200 },
    );
  });

  it('negative difference variances at an exact tie round away from zero under half-up, to even under half-even', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }), // value p / 10^(k+1)
        fc.integer({ min: 0, max: 10 ** 5 }), // tie index u
        fc.integer({ min: 0, max: 3 }), // decimals k
        fc.constantFrom<'exact' | 'rounded'>('exact', 'rounded'),
        (p, u, k, using) => {
          // When the variance is taken from the rounded value, the value itself must sit on the display grid.
          const pv = using === 'rounded' ? p * 10 : p;
          const q = pv + 5 * (2 * u + 1); // target = value + (2u+1)/(2 x 10^k)
          const target = Number(`${q}e-${k + 1}`);
          const rows = [{ period: '2020-01', n: pv, d: 10 ** (k + 1) }];
          const base: IndicatorSpecInput = {
            id: 'var',
            title: 'Var',
            measure: { type: 'mean' },
            numerator: 'n',
            denominator: 'd',
            decimals: k,
            polarity: 'higher-is-better',
            target,
            variance: { type: 'difference', using },
          };
          const up = computeIndicator(defineIndicator({ ...base, rounding: 'half-up' }), rows).periods[0]!;
          const even = computeIndicator(defineIndicator({ ...base, rounding: 'half-even' }), rows).periods[0]!;
          // oracle: variance = value - target exactly
          const variance = subR(rat(BigInt(pv), pow10(k + 1)), ratOfNumber(target));
          expect(eqR(variance, rat(-BigInt(2 * u + 1), 2n * pow10(k)))).toBe(true);
          const sUp = unitsString(roundUnits(variance, k, 'half-up'), k);
          const sEven = unitsString(roundUnits(variance, k, 'half-even'), k);
          expect(sUp).toBe(unitsString(-BigInt(u + 1), k));
          expect(up.formattedVariance).toBe(sUp);
          expect(up.variance).toBe(Number(sUp));
          expect(even.formattedVariance).toBe(sEven);
          expect(even.variance).toBe(Number(sEven));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a difference variance of exactly -0.05 at 1 decimal is -0.1 under half-up and 0.0 under half-even', () => {
    const base: IndicatorSpecInput = {
      id: 'var',
      title: 'Var',
      measure: { type: 'percentage' },
      numerator: 'n',
      denominator: 'd',
      decimals: 1,
      polarity: 'higher-is-better',
      target: 6.25,
    };
    const rows = [{ period: '2020-01', n: 31, d: 500 }]; // 6.2%
    const up = computeIndicator(defineIndicator(base), rows).periods[0]!;
    expect(up.exact).toBe('6.2');
    expect(up.variance).toBe(-0.1);
    expect(up.formattedVariance).toBe('-0.1');
    const even = computeIndicator(defineIndicator({ ...base, rounding: 'half-even' }), rows).periods[0]!;
    expect(even.variance).toBe(0);
    expect(Object.is(even.variance, -0)).toBe(false);
    expect(even.formattedVariance).toBe('0.0');
  });
});

describe('property 1 (extension): figures are read as written', () => {
  // src/exact/rational.ts fromNumber: "The exact value of a finite JS number as
  // written in decimal (its shortest round-trip form)". A count's exact value is
  // its numerator, so it must be that decimal.
  it('a count of x has exact equal to the shortest decimal of x (realistic magnitudes)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.integer({ min: 0, max: 10 ** 9 }).map((c) => c / 100),
          fc.double({ min: 1e-6, max: 1e15, noNaN: true, noDefaultInfinity: true }),
        ),
        (x) => {
          const spec = defineIndicator({ id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'x', polarity: 'neutral' });
          const p = computeIndicator(spec, [{ period: '2020-01', x }]).periods[0]!;
          expect(p.exact).toBe(exactString(ratOfNumber(x)));
          expect(p.numerator).toBe(x === 0 ? 0 : x);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a count of x beyond 2^53 (e.g. 1e23) or below 1e-20 is refused as data, or has exact equal to the shortest decimal of x', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(1e23),
          fc.double({ min: 2 ** 53, max: 1e30, noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: Number.MIN_VALUE, max: 1e-15, noNaN: true }),
        ),
        (x) => {
          const spec = defineIndicator({ id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'x', polarity: 'neutral' });
          let p: PeriodResult;
          try {
            p = computeIndicator(spec, [{ period: '2020-01', x }]).periods[0]!;
          } catch (e) {
            if (!isIndicatorError(e)) throw e;
            expect(e.code).toBe('INVALID_DATA');
            return;
          }
          expect(p.exact).toBe(exactString(ratOfNumber(x)));
        },
      ),
      { numRuns: 100 },
    );
  });
});
