/**
 * Assessment through computeIndicator: targets (single and stepped),
 * variance (difference and relative, from the exact or the rounded value),
 * RAG ratings (on the value or on the difference from target, rounded or
 * exact, stepped), direction of travel and trend. Expected values are worked
 * out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { Band, IndicatorSpecInput, PeriodResult } from 'council-indicators';
import { pct } from '../helpers.js';

/** Children in care per 10,000 of a population of 47,715. */
function cicRate(extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput {
  return {
    id: 'cic-rate',
    title: 'Children in care per 10,000',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'cic', aggregate: 'last' },
    denominator: { value: 47715 },
    polarity: 'lower-is-better',
    ...extra,
  };
}

/** Monthly rows from 2017-01 on, one per value of a, all with the same b. */
function monthly(as: (number | null)[], b = 100, start = 1): { period: string; a: number | null; b: number }[] {
  return as.map((a, i) => ({ period: `2017-${String(start + i).padStart(2, '0')}`, a, b }));
}

const col = <K extends keyof PeriodResult>(r: { periods: PeriodResult[] }, key: K): PeriodResult[K][] => r.periods.map((p) => p[key]);

describe('targets', () => {
  it('a number is the target of every period', () => {
    const r = computeIndicator(pct({ target: 10 }), monthly([10, 12, 9]));
    expect(col(r, 'target')).toEqual([10, 10, 10]);
    // Differences from the exact value: 0, 2, -1.
    expect(col(r, 'variance')).toEqual([0, 2, -1]);
    expect(col(r, 'formattedVariance')).toEqual(['0.0', '2.0', '-1.0']);
  });

  it('steps apply from their period on; a null step stops the target; nothing applies before the first step', () => {
    const r = computeIndicator(
      pct({
        target: [
          { from: '2017-04', value: 8 },
          { from: '2017-06', value: 12 },
          { from: '2017-08', value: null },
          { from: '2017-10', value: 15 },
        ],
      }),
      monthly([10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 100, 3), // 10% every month, 2017-03 .. 2017-12
    );
    expect(col(r, 'period')).toEqual(['2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12']);
    expect(col(r, 'target')).toEqual([null, 8, 8, 12, 12, null, null, 15, 15, 15]);
    // 10 - 8 = 2; 10 - 12 = -2; 10 - 15 = -5.
    expect(col(r, 'variance')).toEqual([null, 2, 2, -2, -2, null, null, -5, -5, -5]);
    expect(col(r, 'formattedVariance')).toEqual([null, '2.0', '2.0', '-2.0', '-2.0', null, null, '-5.0', '-5.0', '-5.0']);
  });
});

describe('variance', () => {
  it('relative: (value - target) / target x 100, printed with %', () => {
    // 3730000/47715 - 74 = (3730000 - 3530910) / 47715 = 199090 / 47715;
    // x 100 / 74 = 19909000 / 3530910 = 5.638...
    const r = computeIndicator(cicRate({ target: 74, variance: 'relative' }), [{ period: '2017-09', cic: 373 }]);
    expect(r.periods[0]).toMatchObject({ formatted: '78.2', target: 74, variance: 5.6, formattedVariance: '5.6%' });
  });

  it('difference: value - target, printed without %', () => {
    // 31 / 500 = 6.2%; 6.2 - 7 = -0.8.
    const r = computeIndicator(pct({ target: 7 }), [{ period: '2017-01', a: 31, b: 500 }]);
    expect(r.periods[0]).toMatchObject({ formatted: '6.2%', variance: -0.8, formattedVariance: '-0.8' });
  });

  it('relative below target is negative', () => {
    // (6.2 - 8) / 8 x 100 = -1.8 / 8 x 100 = -22.5.
    const r = computeIndicator(pct({ target: 8, variance: 'relative' }), [{ period: '2017-01', a: 31, b: 500 }]);
    expect(r.periods[0]).toMatchObject({ variance: -22.5, formattedVariance: '-22.5%' });
  });

  it("'exact' and 'rounded' differ for a difference", () => {
    // 427 / 5000 = 8.54%, shown 8.5%. Target 8.46.
    // exact: 8.54 - 8.46 = 0.08 -> 0.1; rounded: 8.5 - 8.46 = 0.04 -> 0.0.
    const rows = [{ period: '2017-01', a: 427, b: 5000 }];
    const exact = computeIndicator(pct({ target: 8.46, variance: { type: 'difference', using: 'exact' } }), rows);
    const rounded = computeIndicator(pct({ target: 8.46, variance: { type: 'difference', using: 'rounded' } }), rows);
    expect(exact.periods[0]).toMatchObject({ variance: 0.1, formattedVariance: '0.1' });
    expect(rounded.periods[0]).toMatchObject({ variance: 0, formattedVariance: '0.0' });
  });

  it("'exact' and 'rounded' differ for a relative variance", () => {
    // 8.54% against 8: exact (0.54 / 8) x 100 = 6.75 -> 6.8 (half-up); rounded (0.5 / 8) x 100 = 6.25 -> 6.3.
    const rows = [{ period: '2017-01', a: 427, b: 5000 }];
    const exact = computeIndicator(pct({ target: 8, variance: { type: 'relative', using: 'exact' } }), rows);
    const rounded = computeIndicator(pct({ target: 8, variance: { type: 'relative', using: 'rounded' } }), rows);
    expect(exact.periods[0]!.formattedVariance).toBe('6.8%');
    expect(rounded.periods[0]!.formattedVariance).toBe('6.3%');
    // Half-even: 6.75 -> 6.8 (7 is odd), 6.25 -> 6.2 (2 is even).
    const exactEven = computeIndicator(pct({ target: 8, rounding: 'half-even', variance: { type: 'relative', using: 'exact' } }), rows);
    const roundedEven = computeIndicator(pct({ target: 8, rounding: 'half-even', variance: { type: 'relative', using: 'rounded' } }), rows);
    expect(exactEven.periods[0]!.formattedVariance).toBe('6.8%');
    expect(roundedEven.periods[0]!.formattedVariance).toBe('6.2%');
  });

  it('the default is a difference from the exact value', () => {
    const s = defineIndicator(pct({ target: 8.46 }));
    expect(s.variance).toMatchObject({ type: 'difference', using: 'exact' });
    const r = computeIndicator(s, [{ period: '2017-01', a: 427, b: 5000 }]);
    expect(r.periods[0]!.formattedVariance).toBe('0.1');
  });

  it('rounds the variance with the spec rounding, never printing -0.0', () => {
    // 171 / 2000 = 8.55%; 8.55 - 8.6 = -0.05: half-up (away from zero) -0.1, half-even 0.0.
    const rows = [{ period: '2017-01', a: 171, b: 2000 }];
    const up = computeIndicator(pct({ target: 8.6 }), rows);
    const even = computeIndicator(pct({ target: 8.6, rounding: 'half-even' }), rows);
    expect(up.periods[0]).toMatchObject({ variance: -0.1, formattedVariance: '-0.1' });
    expect(even.periods[0]!.formattedVariance).toBe('0.0');
    expect(Object.is(even.periods[0]!.variance, 0)).toBe(true);
  });

  it('relative variance against a zero target is null, never Infinity', () => {
    const r = computeIndicator(pct({ target: 0, variance: 'relative' }), monthly([10, 0]));
    expect(col(r, 'target')).toEqual([0, 0]);
    expect(col(r, 'variance')).toEqual([null, null]);
    expect(col(r, 'formattedVariance')).toEqual([null, null]);
  });

  it('a difference from a zero target is the value itself', () => {
    // 427 / 5000 = 8.54 - 0 = 8.54 -> 8.5.
    const r = computeIndicator(pct({ target: 0 }), [{ period: '2017-01', a: 427, b: 5000 }]);
    expect(r.periods[0]).toMatchObject({ variance: 8.5, formattedVariance: '8.5' });
  });

  it('there is no variance without a value or without a target', () => {
    const r = computeIndicator(pct({ target: 10 }), monthly([null]));
    expect(r.periods[0]).toMatchObject({ status: 'missing-data', target: 10, variance: null, formattedVariance: null });
    const none = computeIndicator(pct(), monthly([10]));
    expect(none.periods[0]).toMatchObject({ target: null, variance: null, formattedVariance: null });
  });
});

describe('RAG on the value', () => {
  // Lower is better: green up to 8.5, amber above 8.5 up to 10, red above 10.
  const bands: Band[] = [
    { rating: 'green', max: 8.5, maxInclusive: true },
    { rating: 'amber', min: 8.5, minInclusive: false, max: 10, maxInclusive: true },
    { rating: 'red', min: 10, minInclusive: false },
  ];
  const rows = [
    { period: '2017-01', a: 427, b: 5000 }, // 8.54%, shown 8.5%
    { period: '2017-02', a: 17, b: 200 }, // 8.5% exactly
    { period: '2017-03', a: 251, b: 2500 }, // 10.04%, shown 10.0%
    { period: '2017-04', a: 9, b: 100 }, // 9%
    { period: '2017-05', a: 11, b: 100 }, // 11%
  ];

  it("'rounded' rates the displayed value: 8.54% shows as 8.5%, green", () => {
    const r = computeIndicator(pct({ polarity: 'lower-is-better', rag: { on: 'value', using: 'rounded', bands } }), rows);
    expect(col(r, 'rag')).toEqual(['green', 'green', 'amber', 'amber', 'red']);
  });

  it("'exact' rates the exact value: 8.54% is above 8.5, amber", () => {
    const r = computeIndicator(pct({ polarity: 'lower-is-better', rag: { on: 'value', using: 'exact', bands } }), rows);
    expect(col(r, 'rag')).toEqual(['amber', 'green', 'red', 'amber', 'red']);
  });

  it("defaults to on 'value', using 'rounded'", () => {
    const s = defineIndicator(pct({ polarity: 'lower-is-better', rag: { bands } }));
    expect(s.rag).toMatchObject({ on: 'value', using: 'rounded' });
    expect(col(computeIndicator(s, rows), 'rag')).toEqual(['green', 'green', 'amber', 'amber', 'red']);
  });

  it('has no rating without a value', () => {
    const r = computeIndicator(pct({ polarity: 'lower-is-better', rag: { bands } }), [
      { period: '2017-01', a: null, b: 100 },
      { period: '2017-02', a: 0, b: 0 },
    ]);
    expect(col(r, 'rag')).toEqual([null, null]);
  });
});

describe('RAG on the difference from target', () => {
  // Higher is better, target 80: red below -5, amber from -5 up to (not including) 0, green from 0.
  const bands: Band[] = [
    { rating: 'red', max: -5, maxInclusive: false },
    { rating: 'amber', min: -5, minInclusive: true, max: 0, maxInclusive: false },
    { rating: 'green', min: 0, minInclusive: true },
  ];
  const rows = [
    { period: '2017-01', a: 76, b: 100 }, // 76 - 80 = -4: amber
    { period: '2017-02', a: 74, b: 100 }, // -6: red
    { period: '2017-03', a: 80, b: 100 }, // 0: green
    { period: '2017-04', a: 7496, b: 10000 }, // 74.96 - 80 = -5.04: exact red; rounded -5.0 amber
    { period: '2017-05', a: 853, b: 1000 }, // 85.3 - 80 = 5.3: green
  ];

  it("'exact' rates the exact difference", () => {
    const r = computeIndicator(pct({ target: 80, rag: { on: 'difference-from-target', using: 'exact', bands } }), rows);
    expect(col(r, 'rag')).toEqual(['amber', 'red', 'green', 'red', 'green']);
  });

  it("'rounded' rates the difference rounded to the spec's decimals", () => {
    const r = computeIndicator(pct({ target: 80, rag: { on: 'difference-from-target', using: 'rounded', bands } }), rows);
    expect(col(r, 'rag')).toEqual(['amber', 'red', 'green', 'amber', 'green']);
    expect(col(r, 'formattedVariance')).toEqual(['-4.0', '-6.0', '0.0', '-5.0', '5.3']);
  });

  it("'rounded' rates the difference as displayed, also when the variance is taken from the rounded value", () => {
    // 427 / 5000 = 8.54%, displayed 8.5%. Target 8.46, variance from the rounded value:
    // 8.5 - 8.46 = 0.04, displayed 0.0. Red up to 0 inclusive, green above 0: the displayed 0.0 is red.
    // (Rating the exact difference instead, 8.54 - 8.46 = 0.08 -> 0.1, would print a variance of 0.0 rated green.)
    const r = computeIndicator(
      pct({
        target: 8.46,
        variance: { type: 'difference', using: 'rounded' },
        rag: {
          on: 'difference-from-target',
          using: 'rounded',
          bands: [
            { rating: 'red', max: 0, maxInclusive: true },
            { rating: 'green', min: 0, minInclusive: false },
          ],
        },
      }),
      [{ period: '2017-01', a: 427, b: 5000 }],
    );
    expect(r.periods[0]).toMatchObject({ formatted: '8.5%', formattedVariance: '0.0' });
    expect(r.periods[0]!.rag).toBe('red');
  });

  it('has no rating where there is no target', () => {
    const r = computeIndicator(
      pct({
        target: [
          { from: '2017-02', value: 80 },
          { from: '2017-04', value: null },
        ],
        rag: { on: 'difference-from-target', bands },
      }),
      rows,
    );
    expect(col(r, 'rag')).toEqual([null, 'red', 'green', null, null]);
  });
});

describe('RAG on the relative difference from target', () => {
  // Lower is better, target 74 per 10,000: green at or below target, amber up to 5% above, red beyond.
  const bands: Band[] = [
    { rating: 'green', max: 0, maxInclusive: true },
    { rating: 'amber', min: 0, minInclusive: false, max: 5, maxInclusive: true },
    { rating: 'red', min: 5, minInclusive: false },
  ];

  it('rates (value - target) / target x 100', () => {
    const r = computeIndicator(cicRate({ target: 74, variance: 'relative', rag: { on: 'relative-difference-from-target', bands } }), [
      // 3500000 / 47715 = 73.35...; (73.35 - 74) / 74 x 100 = -0.87...: green
      { period: '2017-07', cic: 350 },
      // 3600000 / 47715 = 75.44...; (75.44 - 74) / 74 x 100 = 1.95...: amber
      { period: '2017-08', cic: 360 },
      // 3730000 / 47715 = 78.17...; 5.63...: red
      { period: '2017-09', cic: 373 },
    ]);
    expect(col(r, 'formatted')).toEqual(['73.4', '75.4', '78.2']);
    expect(col(r, 'formattedVariance')).toEqual(['-0.9%', '2.0%', '5.6%']);
    expect(col(r, 'rag')).toEqual(['green', 'amber', 'red']);
  });

  it('has no rating against a zero target', () => {
    const r = computeIndicator(cicRate({ target: 0, rag: { on: 'relative-difference-from-target', bands } }), [{ period: '2017-09', cic: 373 }]);
    expect(r.periods[0]).toMatchObject({ status: 'ok', formatted: '78.2', rag: null });
  });
});

describe('RAG steps', () => {
  const lenient: Band[] = [
    { rating: 'red', max: 40, maxInclusive: false },
    { rating: 'green', min: 40, minInclusive: true },
  ];
  const strict: Band[] = [
    { rating: 'red', max: 60, maxInclusive: false },
    { rating: 'green', min: 60, minInclusive: true },
  ];

  it('apply from their period on; a null step stops rating; nothing applies before the first', () => {
    const r = computeIndicator(
      pct({
        rag: [
          { from: '2017-04', rag: { bands: lenient } },
          { from: '2017-06', rag: null },
          { from: '2017-07', rag: { bands: strict } },
        ],
      }),
      monthly([50, 50, 50, 50, 50, 50], 100, 3), // 50% every month, 2017-03 .. 2017-08
    );
    expect(col(r, 'period')).toEqual(['2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08']);
    expect(col(r, 'rag')).toEqual([null, 'green', 'green', null, 'red', 'red']);
  });
});

describe('direction of travel', () => {
  // 6.2, 6.3, 6.3, 6.1 (per thousand as a percentage).
  const rows = monthly([62, 63, 63, 61], 1000);

  it('compares the displayed value with the previous period', () => {
    const r = computeIndicator(pct(), rows);
    expect(col(r, 'formatted')).toEqual(['6.2%', '6.3%', '6.3%', '6.1%']);
    expect(col(r, 'direction')).toEqual([null, 'up', 'same', 'down']);
  });

  it('is same when two exact values differ but round equal', () => {
    // 427 / 5000 = 8.54 and 423 / 5000 = 8.46 both show as 8.5%.
    const r = computeIndicator(pct(), [
      { period: '2017-01', a: 427, b: 5000 },
      { period: '2017-02', a: 423, b: 5000 },
    ]);
    expect(col(r, 'exact')).toEqual(['8.54', '8.46']);
    expect(r.periods[1]).toMatchObject({ direction: 'same', trend: 'no-change' });
  });

  it('treats a change of at most the tolerance as same', () => {
    // 6.2 -> 6.3 (+0.1): same; -> 6.5 (+0.2): up; -> 6.4 (-0.1): same; -> 6.2 (-0.2): down.
    const r = computeIndicator(pct({ directionOfTravel: { tolerance: 0.1 } }), monthly([62, 63, 65, 64, 62], 1000));
    expect(col(r, 'direction')).toEqual([null, 'same', 'up', 'same', 'down']);
  });

  it('compares with the same period last year', () => {
    const rows = [];
    // 2016-09: 50%; 2016-10 .. 2017-07: 55%; 2017-08: 65%; 2017-09: 60%.
    rows.push({ period: '2016-09', a: 50, b: 100 });
    for (const p of ['2016-10', '2016-11', '2016-12', '2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07']) rows.push({ period: p, a: 55, b: 100 });
    rows.push({ period: '2017-08', a: 65, b: 100 });
    rows.push({ period: '2017-09', a: 60, b: 100 });
    const lastYear = computeIndicator(pct({ directionOfTravel: { compare: 'same-period-last-year' } }), rows);
    const dirs = col(lastYear, 'direction');
    // Only 2017-09 has a month twelve months earlier in the data: 60 against 50 is up.
    expect(dirs.slice(0, -1).every((d) => d === null)).toBe(true);
    expect(dirs[dirs.length - 1]).toBe('up');
    expect(lastYear.periods[lastYear.periods.length - 1]!.trend).toBe('improving');
    // Against the previous period, September (60) is down on August (65).
    const previous = computeIndicator(pct(), rows);
    expect(previous.periods[previous.periods.length - 1]!.direction).toBe('down');
  });

  it('is null when the comparison period has no value', () => {
    const r = computeIndicator(pct(), [
      { period: '2017-01', a: 1, b: 10 }, // no earlier month
      { period: '2017-02', a: null, b: 10 }, // no value itself
      { period: '2017-03', a: 2, b: 10 }, // previous missing
      { period: '2017-04', a: 0, b: 0 }, // zero denominator
      { period: '2017-05', a: 1, b: 10 }, // previous has zero denominator
      { period: '2017-06', a: 1, b: 10 }, // 10% -> 10%: same
    ]);
    expect(col(r, 'direction')).toEqual([null, null, null, null, null, 'same']);
    expect(col(r, 'trend')).toEqual([null, null, null, null, null, 'no-change']);
  });

  it('uses data before the reported range', () => {
    // 10% in January, 20% in February; report February only.
    const r = computeIndicator(pct(), monthly([10, 20]), { from: '2017-02' });
    expect(col(r, 'period')).toEqual(['2017-02']);
    expect(r.periods[0]).toMatchObject({ direction: 'up', trend: 'improving' });
  });
});

describe('trend', () => {
  const rows = monthly([62, 63, 63, 61], 1000); // 6.2, 6.3, 6.3, 6.1: -, up, same, down

  it('higher is better: up improves', () => {
    expect(col(computeIndicator(pct({ polarity: 'higher-is-better' }), rows), 'trend')).toEqual([null, 'improving', 'no-change', 'worsening']);
  });

  it('lower is better: down improves', () => {
    expect(col(computeIndicator(pct({ polarity: 'lower-is-better' }), rows), 'trend')).toEqual([null, 'worsening', 'no-change', 'improving']);
  });

  it('neutral has a direction but no trend', () => {
    const r = computeIndicator(pct({ polarity: 'neutral' }), rows);
    expect(col(r, 'direction')).toEqual([null, 'up', 'same', 'down']);
    expect(col(r, 'trend')).toEqual([null, null, null, null]);
  });

  it('closer to target: moving toward the target improves', () => {
    // Target 10. Values 6, 8, 12, 11, 9, 12, 8, 5; distances from 10: 4, 2, 2, 1, 1, 2, 2, 5.
    const r = computeIndicator(pct({ polarity: 'closer-to-target', target: 10 }), monthly([6, 8, 12, 11, 9, 12, 8, 5]));
    expect(col(r, 'direction')).toEqual([null, 'up', 'up', 'down', 'down', 'up', 'down', 'down']);
    expect(col(r, 'trend')).toEqual([null, 'improving', 'no-change', 'improving', 'no-change', 'worsening', 'no-change', 'worsening']);
  });

  it('closer to target uses the current period target', () => {
    // April 10% against 20; May 8% against 5. Against May's target: |10 - 5| = 5 -> |8 - 5| = 3, improving
    // (against April's it would be |10 - 20| = 10 -> |8 - 20| = 12, worsening).
    const r = computeIndicator(
      pct({
        polarity: 'closer-to-target',
        target: [
          { from: '2017-04', value: 20 },
          { from: '2017-05', value: 5 },
        ],
      }),
      monthly([10, 8], 100, 4),
    );
    expect(r.periods[1]).toMatchObject({ period: '2017-05', target: 5, direction: 'down', trend: 'improving' });
  });

  it('closer to target has no trend where there is no target', () => {
    const r = computeIndicator(
      pct({
        polarity: 'closer-to-target',
        target: [
          { from: '2017-04', value: 10 },
          { from: '2017-06', value: null },
        ],
      }),
      monthly([6, 8, 9], 100, 4),
    );
    expect(col(r, 'direction')).toEqual([null, 'up', 'up']);
    expect(col(r, 'trend')).toEqual([null, 'improving', null]);
  });
});
