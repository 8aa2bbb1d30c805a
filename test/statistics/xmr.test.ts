/**
 * xmr: NHSRplotthedots' XmR chart, its rules and their ties, its options,
 * and loud errors.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, computeIndicator } from 'council-indicators';
import { xmr } from 'council-indicators/statistics';
import type { XmrOptions, XmrResult } from 'council-indicators/statistics';
import { indicatorErrorOf } from '../helpers.js';

/** Consecutive months from 2020-01, one per value. */
function series(values: readonly (number | null)[], from = '2020-01') {
  return values.map((value, i) => ({ period: addMonths(from, i), value }));
}

const chart = (values: readonly (number | null)[], options: XmrOptions = {}) => xmr(series(values), { improvement: 'increase', ...options });
const rulesOf = (c: XmrResult) => c.points.map((p) => p.rule);
const variationsOf = (c: XmrResult) => c.points.map((p) => p.variation);

/**
 * A baseline of 12 points alternating 0 and 15 (no run, no trend): mean 7.5,
 * mean moving range 15, sigma 13.3, limits 7.5 +/- 39.9 = -32.4 and 47.4,
 * near limits 7.5 +/- 26.6 = -19.1 and 34.1, all exact decimals. With
 * fixAfter: 12 the points after it are judged against these limits.
 */
const BASE = [0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15];
const fixed = (after: number[], options: XmrOptions = {}) => chart([...BASE, ...after], { fixAfter: 12, ...options });
const tail = (c: XmrResult, n: number) => c.points.slice(-n);

describe('xmr: golden values from NHSRplotthedots', () => {
  // tests/testthat/test-ptd_spc_standard.R ("it returns expected values"):
  // y = rnorm(20) after set.seed(123), printed to 8 decimals by R; the
  // expected mean and limits are its snapshot,
  // tests/testthat/_snaps/ptd_spc_standard.md (7 significant digits).
  const y = [
    -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.2240818, 0.35981383,
    0.40077145, 0.11068272, -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.7013559, -0.47279106,
  ];

  it('mean and limits, with outliers screened (r1)', () => {
    const c = chart(y);
    expect(c.segments).toHaveLength(1);
    expect(c.segments[0]!.mean).toBeCloseTo(0.1416238, 7);
    expect(c.segments[0]!.lowerLimit).toBeCloseTo(-3.01138, 5);
    expect(c.segments[0]!.upperLimit).toBeCloseTo(3.294627, 6);
    // relative_to_mean of the snapshot, first 15 points.
    const above = c.points.slice(0, 15).map((p) => (p.value > c.segments[0]!.mean ? 1 : -1));
    expect(above).toEqual([-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1]);
    // tests/testthat/_snaps/ptd_spc.md: all 20 points common cause.
    expect(variationsOf(c).every((v) => v === 'common-cause')).toBe(true);
    expect(c.segments[0]!.screened).toEqual([]);
  });

  it('y[15] = 10: screening changes the limits (r2), and without it they are wider (r3)', () => {
    const y2 = [...y];
    y2[14] = 10;
    const r2 = chart(y2).segments[0]!;
    expect(r2.mean).toBeCloseTo(0.6694159, 7);
    expect(r2.lowerLimit).toBeCloseTo(-2.383666, 6);
    expect(r2.upperLimit).toBeCloseTo(3.722497, 6);
    // The ranges into and out of the outlier are the ones screened.
    expect(r2.screened).toEqual(['2021-03', '2021-04']);
    const r3 = chart(y2, { screenOutliers: false }).segments[0]!;
    expect(r3.mean).toBeCloseTo(0.6694159, 7);
    expect(r3.lowerLimit).toBeCloseTo(-4.596625, 6);
    expect(r3.upperLimit).toBeCloseTo(5.935457, 6);
    expect(r3.screened).toEqual([]);
  });

  it('two points near the limits on opposite sides of the mean are common cause (issue #143)', () => {
    // test-ptd_spc_standard.R: "it only reports special cause for 2of3 points
    // close to limits when they are on the same side of the mean".
    const d: number[] = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    d[14] = 5.5;
    d[15] = -5.5;
    expect(variationsOf(chart(d)).slice(-2)).toEqual(['common-cause', 'common-cause']);
  });

  it('limits are 2.66 mean moving ranges from the mean, near limits 2 sigma with sigma = 2.66 / 3 mean moving ranges', () => {
    const s = chart(BASE).segments[0]!;
    expect(s).toMatchObject({ mean: 7.5, meanMovingRange: 15, sigma: 13.3, lowerLimit: -32.4, upperLimit: 47.4, lowerNearLimit: -19.1, upperNearLimit: 34.1 });
  });
});

describe('xmr: outside the limits', () => {
  it('a point on a limit is inside; beyond it is outside', () => {
    expect(rulesOf(fixed([47.4, -32.4]))).toEqual(Array(14).fill(null));
    const c = fixed([47.5, -32.5]);
    expect(tail(c, 2).map((p) => [p.rule, p.variation])).toEqual([
      ['outside-limits', 'improvement'],
      ['outside-limits', 'concern'],
    ]);
  });

  it('decides a tie exactly where floating point would not: 0.1 steps', () => {
    // Mean 0.35, mean moving range 0.7: the upper limit is 0.35 + 1.862 =
    // 2.212 exactly, but 0.35 + 2.66 * 0.7 is 2.2119999999999997 in floating
    // point, which would put a point of 2.212 outside.
    expect(0.35 + 2.66 * 0.7).toBeLessThan(2.212);
    const base = [0, 0.7, 0, 0.7, 0, 0.7, 0, 0.7, 0, 0.7, 0, 0.7];
    const c = chart([...base, 2.212, 2.2121], { fixAfter: 12 });
    expect(c.segments[0]!.upperLimit).toBe(2.212);
    expect(tail(c, 2).map((p) => p.rule)).toEqual([null, 'outside-limits']);
  });
});

describe('xmr: trends (NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R, ptd_seven_point_trend cases, within wide limits)', () => {
  it('7 strictly increasing points are a trend; 6 are not', () => {
    // 1:7 and 1:6 moved up by 3, so they cross the mean (7.5) and make no run.
    expect(tail(fixed([4, 5, 6, 7, 8, 9, 10]), 7).map((p) => p.rule)).toEqual(Array(7).fill('trend'));
    expect(tail(fixed([4, 5, 6, 7, 8, 9]), 6).map((p) => p.rule)).toEqual(Array(6).fill(null));
  });

  it('an equal pair breaks a trend: c(1:3, 3:6)', () => {
    expect(tail(fixed([4, 5, 6, 6, 7, 8, 9]), 7).map((p) => p.rule)).toEqual(Array(7).fill(null));
  });

  it('c(2, 7:1, 3): the 7 decreasing points only, labelled by direction', () => {
    // Moved up by 4 to cross the mean; after the baseline's last 15, so 15 > 6 does not join the trend.
    const c = fixed([6, 11, 10, 9, 8, 7, 6, 5, 7]);
    expect(tail(c, 9).map((p) => p.rule)).toEqual([null, 'trend', 'trend', 'trend', 'trend', 'trend', 'trend', 'trend', null]);
    expect(tail(c, 8)[0]!.variation).toBe('concern');
    expect(fixed([6, 11, 10, 9, 8, 7, 6, 5, 7], { improvement: 'decrease' }).points.at(-8)!.variation).toBe('improvement');
  });

  it('a trend crosses the mean: every point takes the trend direction, not its side', () => {
    const c = fixed([-10, -5, 0, 5, 10, 15, 20]);
    expect(tail(c, 7).map((p) => p.variation)).toEqual(Array(7).fill('improvement'));
  });

  it('a peak in two trends takes the later one (0:7 then 6:1, NHSRplotthedots issue #200)', () => {
    const c = fixed([0, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1]);
    const v = tail(c, 14).map((p) => p.variation);
    expect(v.slice(0, 7)).toEqual(Array(7).fill('improvement'));
    expect(v.slice(7)).toEqual(Array(7).fill('concern'));
  });

  it('runLength 6: 6 points make a trend', () => {
    expect(tail(fixed([1, 2, 3, 4, 5, 6], { runLength: 6 }), 6).map((p) => p.rule)).toEqual(Array(6).fill('trend'));
  });
});

describe('xmr: runs on one side of the mean', () => {
  it('7 points above the mean are a run; a point on the mean breaks it', () => {
    expect(tail(fixed([9, 8, 9, 8, 9, 8, 9]), 7).map((p) => p.rule)).toEqual(Array(7).fill('run'));
    expect(tail(fixed([9, 8, 9, 7.5, 8, 9, 8, 9]), 8).map((p) => p.rule)).toEqual(Array(8).fill(null));
    expect(tail(fixed([6, 7, 6, 7, 6, 7, 6]), 7).map((p) => p.variation)).toEqual(Array(7).fill('concern'));
  });

  it('runLength 6: 6 points make a run', () => {
    // After a point below the mean, so the baseline's last 15 does not join the run.
    expect(tail(fixed([0, 9, 8, 9, 8, 9, 8]), 6).map((p) => p.rule)).toEqual(Array(6).fill(null));
    expect(tail(fixed([0, 9, 8, 9, 8, 9, 8], { runLength: 6 }), 6).map((p) => p.rule)).toEqual(Array(6).fill('run'));
  });
});

describe('xmr: two of three beyond 2 sigma (ptd_two_in_three cases)', () => {
  it('c(1, 0, 1) on one side: the two near points, not the one between', () => {
    expect(tail(fixed([40, 10, 40]), 3).map((p) => p.rule)).toEqual(['two-of-three', null, 'two-of-three']);
    expect(tail(fixed([10, 40, 40, 10]), 4).map((p) => p.rule)).toEqual([null, 'two-of-three', 'two-of-three', null]);
    expect(tail(fixed([-5, -25, -25]), 2).map((p) => p.variation)).toEqual(['concern', 'concern']);
  });

  it('c(1, 0, 0, 1): too far apart', () => {
    expect(tail(fixed([40, 10, 10, 40]), 4).map((p) => p.rule)).toEqual([null, null, null, null]);
  });

  it('opposite sides of the mean never count (issue #143)', () => {
    expect(tail(fixed([40, -25, 40]), 3).map((p) => p.rule)).toEqual([null, null, null]);
    // The middle point on the other side breaks the window.
    expect(tail(fixed([40, 0, 40]), 3).map((p) => p.rule)).toEqual([null, null, null]);
  });

  it('a point on the 2-sigma line is not beyond it', () => {
    expect(tail(fixed([34.1, 34.1]), 2).map((p) => p.rule)).toEqual([null, null]);
    expect(tail(fixed([34.2, 34.2]), 2).map((p) => p.rule)).toEqual(['two-of-three', 'two-of-three']);
  });

  it('points beyond 3 sigma count only with twoOfThree: "beyond-two-sigma" (Making Data Count, late 2023; NHSRplotthedots issue #194)', () => {
    expect(tail(fixed([50, 40, 5]), 3).map((p) => p.rule)).toEqual(['outside-limits', null, null]);
    expect(tail(fixed([50, 40, 5], { twoOfThree: 'beyond-two-sigma' }), 3).map((p) => p.rule)).toEqual(['outside-limits', 'two-of-three', null]);
    // The third point must be on the same side even so.
    expect(tail(fixed([50, 5, 40], { twoOfThree: 'beyond-two-sigma' }), 3).map((p) => p.rule)).toEqual(['outside-limits', null, null]);
  });
});

describe('xmr: precedence and labels', () => {
  it('outside limits beats trend, trend beats two of three, two of three beats run', () => {
    // A trend of 7 whose last point is outside and two near: 10..60 rising.
    const c = fixed([10, 20, 30, 35, 36, 40, 60]);
    expect(tail(c, 7).map((p) => p.rule)).toEqual(['trend', 'trend', 'trend', 'trend', 'trend', 'trend', 'outside-limits']);
    // A run of 7 above with two near points: two of three wins for those.
    const r = fixed([9, 8, 40, 40, 9, 8, 9]);
    expect(tail(r, 7).map((p) => p.rule)).toEqual(['run', 'run', 'two-of-three', 'two-of-three', 'run', 'run', 'run']);
  });

  it('neutral improvement: high and low', () => {
    const c = fixed([50, -40], { improvement: 'neutral' });
    expect(tail(c, 2).map((p) => p.variation)).toEqual(['neutral-high', 'neutral-low']);
    expect(c.variationIcon).toBe('neutral-low');
  });
});

describe('xmr: baseline, rebasing and warnings', () => {
  it('fixAfter: the limits come from the first N points only', () => {
    const c = fixed([100, 100]);
    expect(c.segments[0]).toMatchObject({ baselineTo: '2020-12', mean: 7.5, upperLimit: 47.4, count: 14 });
    expect(chart([...BASE, 100, 100]).segments[0]!.mean).not.toBe(7.5);
  });

  it('rebaseAt starts new limits, and rules do not cross the rebase', () => {
    const values = [...BASE, ...BASE.map((v) => v + 100)];
    const c = chart(values, { rebaseAt: ['2021-01'] });
    expect(c.segments.map((s) => [s.from, s.to, s.mean])).toEqual([
      ['2020-01', '2020-12', 7.5],
      ['2021-01', '2021-12', 107.5],
    ]);
    expect(c.points.every((p) => p.rule === null)).toBe(true);
    expect(c.points[12]!.segment).toBe(1);
    // Without the rebase, the second half is a long run above the mean.
    expect(chart(values).points.slice(12).every((p) => p.variation === 'improvement')).toBe(true);
  });

  it('warns of segments under 13 points', () => {
    const c = chart(BASE);
    expect(c.warnings).toEqual([
      {
        code: 'short-segment',
        message: 'the segment Jan-20 to Dec-20 has 12 points, fewer than 13: its limits are trial limits, to be revised as points are added',
        periods: series(BASE).map((p) => p.period),
      },
    ]);
    expect(chart([...BASE, 0]).warnings).toEqual([]);
  });

  it('a mean moving range of 0: nothing is screened, the limits are the mean', () => {
    const c = chart([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6]);
    expect(c.segments[0]!.screened).toEqual(['2021-02']);
    const flat = chart([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(flat.segments[0]).toMatchObject({ mean: 5, lowerLimit: 5, upperLimit: 5, screened: [] });
    expect(flat.points.every((p) => p.rule === null)).toBe(true);
  });
});

describe('xmr: assurance against the target', () => {
  it('a target beyond the limits is consistently met or missed; within or on them, hit and miss', () => {
    expect(fixed([], { target: -40 }).assuranceIcon).toBe('consistent-pass');
    expect(fixed([], { target: 50 }).assuranceIcon).toBe('consistent-fail');
    expect(fixed([], { target: 47.4 }).assuranceIcon).toBe('inconsistent');
    expect(fixed([], { target: 50, improvement: 'decrease' }).assuranceIcon).toBe('consistent-pass');
    expect(fixed([], { target: 50, improvement: 'neutral' }).assuranceIcon).toBeNull();
    expect(fixed([]).assuranceIcon).toBeNull();
  });

  it('uses the latest segment', () => {
    const values = [...BASE, ...BASE.map((v) => v + 100)];
    expect(chart(values, { rebaseAt: ['2021-01'], target: 50 }).assuranceIcon).toBe('consistent-pass');
  });
});

describe('xmr: months without a value', () => {
  it('a missing month or a null value is an error naming the month', () => {
    const points = series([...BASE, 1]).filter((p) => p.period !== '2020-03');
    const e = indicatorErrorOf(() => xmr(points, { improvement: 'increase' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toEqual([
      {
        code: 'series-gap',
        path: 'points',
        period: '2020-03',
        message: 'Mar-20 (2020-03) has no value (not in the series): an XmR chart needs every month; give its value, or pass gaps: "rebase" to start new limits after it',
      },
    ]);
    const n = indicatorErrorOf(() => chart([1, 2, null, 4, 5]));
    expect(n.issues[0]).toMatchObject({ code: 'series-gap', path: 'points[2]', row: 2, period: '2020-03' });
  });

  it('gaps: "rebase" starts new limits after a gap and warns', () => {
    const c = chart([...BASE, null, ...BASE], { gaps: 'rebase' });
    expect(c.segments.map((s) => [s.from, s.to])).toEqual([
      ['2020-01', '2020-12'],
      ['2021-02', '2022-01'],
    ]);
    expect(c.points).toHaveLength(24);
    expect(c.warnings[0]).toEqual({ code: 'gap', message: 'one month has no value (Jan-21): limits start again after each gap', periods: ['2021-01'] });
  });

  it('an indicator result: ok months, polarity as improvement, other months are gaps that say why', () => {
    const spec = { id: 'n', title: 'N', measure: { type: 'count' as const }, numerator: 'n', polarity: 'lower-is-better' as const };
    const rows = series([...BASE, 100]).map((p) => ({ period: p.period, n: p.value }));
    const result = computeIndicator(spec, rows);
    const c = xmr(result);
    expect(c.improvement).toBe('decrease');
    expect(c.points.at(-1)!.variation).toBe('concern');
    const gappy = computeIndicator(spec, rows.filter((r) => r.period !== '2020-06'));
    const e = indicatorErrorOf(() => xmr(gappy));
    expect(e.issues).toEqual([
      {
        code: 'series-gap',
        path: 'periods[5]',
        row: 5,
        period: '2020-06',
        message: 'Jun-20 (2020-06) has no value (missing data: no row for Jun-20): an XmR chart needs every month; give its value, or pass gaps: "rebase" to start new limits after it',
      },
    ]);
  });

  it('a lone month: an error, not a chart', () => {
    expect(indicatorErrorOf(() => chart([5])).issues[0]!.message).toBe('Jan-20 (2020-01) is the only month with a value in the series: limits need at least 2 consecutive months');
    expect(indicatorErrorOf(() => chart([1, 2, 3], { rebaseAt: ['2020-03'] })).issues[0]).toMatchObject({ code: 'bad-option', path: 'rebaseAt' });
  });
});

describe('xmr: bad input is loud', () => {
  it('points', () => {
    expect(indicatorErrorOf(() => xmr('x' as never, { improvement: 'increase' })).issues[0]!.code).toBe('not-an-array');
    const e = indicatorErrorOf(() =>
      xmr([{ period: '2020-1', value: 1 }, { value: 1 }, { period: '2020-02', value: '3' }, { period: '2020-03', value: NaN }, 7] as never, { improvement: 'increase' }),
    );
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['bad-period', 'points[0].period'],
      ['missing-period', 'points[1].period'],
      ['not-a-number', 'points[2].value'],
      ['not-finite', 'points[3].value'],
      ['not-an-object', 'points[4]'],
    ]);
    expect(indicatorErrorOf(() => chart([1, 2]).points && xmr([...series([1, 2]), { period: '2020-01', value: 3 }], { improvement: 'increase' })).issues[0]!.code).toBe(
      'duplicate-period',
    );
  });

  it('options', () => {
    const e = indicatorErrorOf(() =>
      xmr(series(BASE), { improvement: 'up', screenOutliers: 'yes', fixAfter: 6, rebaseAt: ['2020-13'], target: NaN, runLength: 8, twoOfThree: 'x', gaps: 'skip', colour: 1 } as never),
    );
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', 'colour'],
      ['bad-choice', 'improvement'],
      ['wrong-type', 'screenOutliers'],
      ['out-of-range', 'fixAfter'],
      ['bad-period', 'rebaseAt[0]'],
      ['wrong-type', 'target'],
      ['bad-choice', 'runLength'],
      ['bad-choice', 'twoOfThree'],
      ['bad-choice', 'gaps'],
    ]);
    expect(indicatorErrorOf(() => xmr(series(BASE))).issues[0]).toMatchObject({ code: 'missing-key', path: 'improvement' });
    expect(indicatorErrorOf(() => chart(BASE, { rebaseAt: ['2030-01'] })).issues[0]!.message).toBe(
      'rebaseAt Jan-30 (2030-01) is not a month of the series with a value: rebase at the first month of the new process',
    );
  });
});
