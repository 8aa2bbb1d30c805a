/**
 * xmr invariants: labels do not change when the series is shifted by a
 * constant or scaled by a positive number, and reversing the direction of
 * improvement swaps improvement and concern. Values are whole numbers,
 * shifted by whole numbers and scaled by decimals written exactly, so every
 * input is an exact decimal and the exact comparisons make ties hold too
 * (the generators make ties likely: few distinct values).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from 'council-indicators';
import { xmr } from 'council-indicators/statistics';
import type { XmrOptions, XmrVariation } from 'council-indicators/statistics';

const RUNS = 60;

const series = (values: readonly number[]) => values.map((value, i) => ({ period: addMonths('2019-04', i), value }));

const options = fc.record({
  screenOutliers: fc.boolean(),
  runLength: fc.constantFrom(6 as const, 7 as const),
  twoOfThree: fc.constantFrom('two-to-three-sigma' as const, 'beyond-two-sigma' as const),
  fixAfter: fc.option(fc.integer({ min: 12, max: 20 }), { nil: undefined }),
});

/** 2 to 40 whole numbers from a small range (so ties, equal pairs and points on the mean are common), and a target. */
const values = fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 2, maxLength: 40 });
const target = fc.integer({ min: -30, max: 30 });

const labels = (values: readonly number[], target: number, o: XmrOptions) => {
  const c = xmr(series(values), { improvement: 'increase', target, ...o });
  return { rules: c.points.map((p) => p.rule), variations: c.points.map((p) => p.variation), assurance: c.assuranceIcon, screened: c.segments.map((s) => s.screened) };
};

describe('xmr properties', () => {
  it('shifting every value (and the target) by a constant changes no label', () => {
    fc.assert(
      fc.property(values, target, fc.integer({ min: -1000, max: 1000 }), options, (v, t, shift, o) => {
        expect(labels(v.map((x) => x + shift), t + shift, o)).toEqual(labels(v, t, o));
      }),
      { numRuns: RUNS },
    );
  });

  it('scaling every value (and the target) by a positive decimal changes no label', () => {
    // The scale is digits x 10^-places, and each scaled value is written as
    // that exact decimal, e.g. 3 x 0.25 is read from "0.75".
    const scale = fc.record({ digits: fc.integer({ min: 1, max: 999 }), places: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(values, target, scale, options, (v, t, { digits, places }, o) => {
        const times = (x: number) => Number(`${x * digits}e-${places}`);
        expect(labels(v.map(times), times(t), o)).toEqual(labels(v, t, o));
      }),
      { numRuns: RUNS },
    );
  });

  it('reversing the direction of improvement swaps improvement and concern, and pass and fail', () => {
    const swap: Record<XmrVariation, XmrVariation> = {
      'common-cause': 'common-cause',
      improvement: 'concern',
      concern: 'improvement',
      'neutral-high': 'neutral-high',
      'neutral-low': 'neutral-low',
    };
    const swapAssurance = { 'consistent-pass': 'consistent-fail', 'consistent-fail': 'consistent-pass', inconsistent: 'inconsistent' } as const;
    fc.assert(
      fc.property(values, target, options, (v, t, o) => {
        const up = xmr(series(v), { ...o, improvement: 'increase', target: t });
        const down = xmr(series(v), { ...o, improvement: 'decrease', target: t });
        const neutral = xmr(series(v), { ...o, improvement: 'neutral', target: t });
        expect(down.points.map((p) => p.rule)).toEqual(up.points.map((p) => p.rule));
        expect(down.points.map((p) => p.variation)).toEqual(up.points.map((p) => swap[p.variation]));
        expect(down.variationIcon).toBe(swap[up.variationIcon]);
        expect(down.assuranceIcon).toBe(swapAssurance[up.assuranceIcon!]);
        expect(neutral.assuranceIcon).toBeNull();
        // Neutral says high or low where the others say improvement or concern.
        expect(neutral.points.map((p) => p.variation === 'common-cause')).toEqual(up.points.map((p) => p.variation === 'common-cause'));
      }),
      { numRuns: RUNS },
    );
  });

  it('mirroring the series and the direction of improvement changes no label', () => {
    fc.assert(
      fc.property(values, target, options, (v, t, o) => {
        const up = xmr(series(v), { ...o, improvement: 'increase', target: t });
        const mirrored = xmr(series(v.map((x) => -x)), { ...o, improvement: 'decrease', target: -t });
        expect(mirrored.points.map((p) => [p.rule, p.variation])).toEqual(up.points.map((p) => [p.rule, p.variation]));
        expect(mirrored.assuranceIcon).toBe(up.assuranceIcon);
      }),
      { numRuns: RUNS },
    );
  });
});
