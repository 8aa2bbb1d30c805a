/**
 * Measures and aggregates, through computeIndicator: the value of each
 * measure, its default decimals and display, and how components combine
 * over rolling and year-to-date windows. Expected values are worked out by
 * hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { IndicatorSpecInput, PeriodResult } from 'council-indicators';

function spec(overrides: Partial<IndicatorSpecInput> & Pick<IndicatorSpecInput, 'measure' | 'numerator'>): IndicatorSpecInput {
  return { id: 'test-indicator', title: 'Test indicator', polarity: 'neutral', ...overrides };
}

/** The result of the one period `period`. */
function at(result: { periods: PeriodResult[] }, period: string): PeriodResult {
  const p = result.periods.find((r) => r.period === period);
  if (p === undefined) throw new Error(`no result for ${period}`);
  return p;
}

describe('percentage', () => {
  const pct = defineIndicator(spec({ measure: { type: 'percentage' }, numerator: 'a', denominator: 'b' }));

  it('defaults to one decimal', () => {
    expect(pct.decimals).toBe(1);
  });

  it('is numerator / denominator x 100', () => {
    const r = computeIndicator(pct, [
      { period: '2017-01', a: 31, b: 500 }, // 3100 / 500 = 6.2
      { period: '2017-02', a: 57, b: 100 }, // 57 exactly, never 56.99999999999999
      { period: '2017-03', a: 1, b: 3 }, // 33.333...
      { period: '2017-04', a: 2, b: 3 }, // 66.666...
      { period: '2017-05', a: 427, b: 5000 }, // 42700 / 5000 = 8.54
      { period: '2017-06', a: 0, b: 12 },
      { period: '2017-07', a: 12, b: 12 },
    ]);
    expect(r.periods.map((p) => p.formatted)).toEqual(['6.2%', '57.0%', '33.3%', '66.7%', '8.5%', '0.0%', '100.0%']);
    expect(r.periods.map((p) => p.rounded)).toEqual([6.2, 57, 33.3, 66.7, 8.5, 0, 100]);
    expect(r.periods.map((p) => p.exact)).toEqual([
      '6.2',
      '57',
      `33.${'3'.repeat(38)}`,
      `66.${'6'.repeat(37)}7`,
      '8.54',
      '0',
      '100',
    ]);
    expect(r.periods.map((p) => p.value)).toEqual([6.2, 57, 100 / 3, 200 / 3, 8.54, 0, 100]);
    expect(at(r, '2017-01')).toMatchObject({ status: 'ok', numerator: 31, denominator: 500 });
  });

  it('rounds half-up by default and half-even when asked', () => {
    const rows = [
      { period: '2017-01', a: 1, b: 8 }, // 12.5 at 0 decimals
      { period: '2017-02', a: 3, b: 8 }, // 37.5
      { period: '2017-03', a: 17, b: 400 }, // 1700 / 400 = 4.25 at 1 decimal
    ];
    const up = computeIndicator(spec({ measure: { type: 'percentage' }, numerator: 'a', denominator: 'b', decimals: 0 }), rows);
    const even = computeIndicator(
      spec({ measure: { type: 'percentage' }, numerator: 'a', denominator: 'b', decimals: 0, rounding: 'half-even' }),
      rows,
    );
    expect(up.periods.map((p) => p.formatted)).toEqual(['13%', '38%', '4%']);
    expect(even.periods.map((p) => p.formatted)).toEqual(['12%', '38%', '4%']);
    const up1 = computeIndicator(spec({ measure: { type: 'percentage' }, numerator: 'a', denominator: 'b' }), rows);
    const even1 = computeIndicator(spec({ measure: { type: 'percentage' }, numerator: 'a', denominator: 'b', rounding: 'half-even' }), rows);
    expect(up1.periods.map((p) => p.formatted)).toEqual(['12.5%', '37.5%', '4.3%']);
    expect(even1.periods.map((p) => p.formatted)).toEqual(['12.5%', '37.5%', '4.2%']);
  });
});

describe('rate', () => {
  it('per 10,000: 373 children in care, population 47,715', () => {
    // 373 / 47715 x 10000 = 3730000 / 47715 = 78 remainder 8230 (47715 x 78 = 3721770);
    // 8230 / 47715 = 0.1724... so 78.17..., shown 78.2.
    const r = computeIndicator(
      spec({ measure: { type: 'rate', per: 10000 }, numerator: { field: 'cic', aggregate: 'last' }, denominator: { value: 47715 } }),
      [{ period: '2017-09', cic: 373 }],
    );
    const p = at(r, '2017-09');
    expect(p.formatted).toBe('78.2');
    expect(p.rounded).toBe(78.2);
    expect(p.exact!.startsWith('78.1724')).toBe(true);
    expect(p.value).toBe(3730000 / 47715);
    expect(p.numerator).toBe(373);
    expect(p.denominator).toBe(47715);
  });

  it('per 1,000 and per 100,000', () => {
    const rows = [
      { period: '2017-01', n: 7, pop: 2000 }, // 7 / 2000 x 1000 = 3.5; x 100000 = 350
      { period: '2017-02', n: 45, pop: 60000 }, // 45 / 60000 x 1000 = 0.75; x 100000 = 75
      { period: '2017-03', n: 1, pop: 3 }, // 333.33...; 33333.33...
    ];
    const per1000 = computeIndicator(spec({ measure: { type: 'rate', per: 1000 }, numerator: 'n', denominator: 'pop' }), rows);
    const per100000 = computeIndicator(spec({ measure: { type: 'rate', per: 100000 }, numerator: 'n', denominator: 'pop' }), rows);
    expect(per1000.periods.map((p) => p.formatted)).toEqual(['3.5', '0.8', '333.3']);
    expect(per100000.periods.map((p) => p.formatted)).toEqual(['350.0', '75.0', '33333.3']);
    expect(per1000.periods.map((p) => p.exact)).toEqual(['3.5', '0.75', `333.${'3'.repeat(37)}`]);
  });
});

describe('count', () => {
  const count = defineIndicator(spec({ measure: { type: 'count' }, numerator: 'cic' }));

  it('defaults to no decimals and has no denominator', () => {
    expect(count.decimals).toBe(0);
    const r = computeIndicator(count, [{ period: '2017-09', cic: 373 }]);
    expect(at(r, '2017-09')).toMatchObject({ status: 'ok', numerator: 373, denominator: null, value: 373, exact: '373', rounded: 373, formatted: '373' });
  });

  it('shows decimals when asked', () => {
    const r = computeIndicator(spec({ measure: { type: 'count' }, numerator: 'cic', decimals: 1 }), [{ period: '2017-09', cic: 373 }]);
    expect(at(r, '2017-09').formatted).toBe('373.0');
  });
});

describe('mean', () => {
  const mean = spec({ measure: { type: 'mean' }, numerator: 'days', denominator: 'adoptions' });

  it('is the sum of days over the count of children', () => {
    const r = computeIndicator(mean, [
      { period: '2017-01', days: 2450, adoptions: 5 }, // 490 days each
      { period: '2017-02', days: 2451, adoptions: 4 }, // 612.75
      { period: '2017-03', days: 12253, adoptions: 20 }, // 612.65
    ]);
    expect(r.periods.map((p) => p.formatted)).toEqual(['490.0', '612.8', '612.7']);
    expect(r.periods.map((p) => p.exact)).toEqual(['490', '612.75', '612.65']);
    expect(at(r, '2017-01')).toMatchObject({ numerator: 2450, denominator: 5, value: 490, rounded: 490 });
  });

  it('rounds half-even when asked', () => {
    const r = computeIndicator({ ...mean, rounding: 'half-even' }, [
      { period: '2017-02', days: 2451, adoptions: 4 }, // 612.75: 7 is odd, up to 612.8
      { period: '2017-03', days: 12253, adoptions: 20 }, // 612.65: 6 is even, stays 612.6
    ]);
    expect(r.periods.map((p) => p.formatted)).toEqual(['612.8', '612.6']);
  });
});

describe('ratio', () => {
  it('is numerator / denominator, with no % sign', () => {
    const rows = [
      { period: '2017-01', x: 3, y: 4 }, // 0.75
      { period: '2017-02', x: 5, y: 8 }, // 0.625
      { period: '2017-03', x: 9, y: 4 }, // 2.25
    ];
    const r1 = computeIndicator(spec({ measure: { type: 'ratio' }, numerator: 'x', denominator: 'y' }), rows);
    const r2 = computeIndicator(spec({ measure: { type: 'ratio' }, numerator: 'x', denominator: 'y', decimals: 2 }), rows);
    const r2even = computeIndicator(spec({ measure: { type: 'ratio' }, numerator: 'x', denominator: 'y', decimals: 2, rounding: 'half-even' }), rows);
    expect(r1.periods.map((p) => p.formatted)).toEqual(['0.8', '0.6', '2.3']);
    expect(r2.periods.map((p) => p.formatted)).toEqual(['0.75', '0.63', '2.25']);
    expect(r2even.periods.map((p) => p.formatted)).toEqual(['0.75', '0.62', '2.25']);
  });
});

describe('aggregates over windows', () => {
  it('sum over a rolling window: flows add up', () => {
    const r = computeIndicator(
      spec({
        measure: { type: 'percentage' },
        numerator: { field: 'a', aggregate: 'sum' },
        denominator: { field: 'b', aggregate: 'sum' },
        window: { type: 'rolling', months: 3 },
      }),
      [
        { period: '2017-01', a: 1, b: 10 },
        { period: '2017-02', a: 2, b: 10 },
        { period: '2017-03', a: 3, b: 10 }, // (1 + 2 + 3) / 30 = 20%
        { period: '2017-04', a: 4, b: 10 }, // (2 + 3 + 4) / 30 = 30%
        { period: '2017-05', a: 0, b: 20 }, // (3 + 4 + 0) / 40 = 17.5%
      ],
    );
    expect(r.periods.map((p) => p.status)).toEqual(['incomplete-window', 'incomplete-window', 'ok', 'ok', 'ok']);
    expect(r.periods.map((p) => p.formatted)).toEqual([null, null, '20.0%', '30.0%', '17.5%']);
    expect(r.periods.map((p) => p.numerator)).toEqual([null, null, 6, 9, 7]);
    expect(r.periods.map((p) => p.denominator)).toEqual([null, null, 30, 30, 40]);
  });

  it('last over a rolling window: a snapshot denominator takes the reported month', () => {
    const r = computeIndicator(
      spec({
        measure: { type: 'rate', per: 10000 },
        numerator: { field: 'admissions', aggregate: 'sum' },
        denominator: { field: 'population', aggregate: 'last' },
        window: { type: 'rolling', months: 3 },
      }),
      [
        { period: '2017-01', admissions: 1, population: 1000 },
        { period: '2017-02', admissions: 2, population: 1000 },
        { period: '2017-03', admissions: 3, population: 2000 }, // 6 / 2000 x 10000 = 30
        { period: '2017-04', admissions: 4, population: 4000 }, // 9 / 4000 x 10000 = 22.5
      ],
    );
    expect(at(r, '2017-03')).toMatchObject({ numerator: 6, denominator: 2000, formatted: '30.0' });
    expect(at(r, '2017-04')).toMatchObject({ numerator: 9, denominator: 4000, formatted: '22.5' });
  });

  it('mean over a rolling window: the average of the monthly values', () => {
    const r = computeIndicator(
      spec({ measure: { type: 'count' }, numerator: { field: 'cic', aggregate: 'mean' }, window: { type: 'rolling', months: 3 } }),
      [
        { period: '2017-01', cic: 10 },
        { period: '2017-02', cic: 11 },
        { period: '2017-03', cic: 15 }, // (10 + 11 + 15) / 3 = 12
        { period: '2017-04', cic: 20 }, // (11 + 15 + 20) / 3 = 15.333...
      ],
    );
    expect(at(r, '2017-03')).toMatchObject({ numerator: 12, exact: '12', formatted: '12' });
    expect(at(r, '2017-04')).toMatchObject({ numerator: 46 / 3, exact: `15.${'3'.repeat(38)}`, rounded: 15, formatted: '15' });
  });

  it('sum year to date from April, across the year end', () => {
    const rows = [];
    // One admission a month, April 2017 to March 2018.
    for (const period of ['2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02', '2018-03', '2018-04']) {
      rows.push({ period, n: 1 });
    }
    const r = computeIndicator(spec({ measure: { type: 'count' }, numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'year-to-date' } }), rows);
    // Apr = 1, ..., Dec = 9, Jan = 10, Mar = 12, and April starts again at 1.
    expect(r.periods.map((p) => p.rounded)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1]);
  });

  it('sum year to date: months before the data make the window incomplete', () => {
    const r = computeIndicator(spec({ measure: { type: 'count' }, numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'year-to-date' } }), [
      { period: '2017-02', n: 5 }, // window from 2016-04, before the data
      { period: '2017-03', n: 6 }, // likewise
      { period: '2017-04', n: 1 }, // 1
      { period: '2017-05', n: 2 }, // 1 + 2 = 3
      { period: '2017-06', n: 3 }, // 1 + 2 + 3 = 6
    ]);
    expect(r.periods.map((p) => p.status)).toEqual(['incomplete-window', 'incomplete-window', 'ok', 'ok', 'ok']);
    expect(r.periods.map((p) => p.rounded)).toEqual([null, null, 1, 3, 6]);
  });

  it('sum year to date from September (academic year)', () => {
    const r = computeIndicator(
      spec({ measure: { type: 'count' }, numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'year-to-date', yearStartMonth: 9 } }),
      [
        { period: '2017-08', n: 4 }, // window from 2016-09: incomplete
        { period: '2017-09', n: 1 }, // 1
        { period: '2017-10', n: 2 }, // 3
        { period: '2017-11', n: 3 }, // 6
      ],
    );
    expect(r.periods.map((p) => p.rounded)).toEqual([null, 1, 3, 6]);
  });

  it('year to date percentage with a snapshot denominator', () => {
    const r = computeIndicator(
      spec({
        measure: { type: 'percentage' },
        numerator: { field: 'done', aggregate: 'sum' },
        denominator: { field: 'caseload', aggregate: 'last' },
        window: { type: 'year-to-date', yearStartMonth: 4 },
      }),
      [
        { period: '2017-04', done: 10, caseload: 400 }, // 10 / 400 = 2.5%
        { period: '2017-05', done: 15, caseload: 500 }, // 25 / 500 = 5.0%
        { period: '2017-06', done: 6, caseload: 310 }, // 31 / 310 = 10.0%
      ],
    );
    expect(r.periods.map((p) => p.formatted)).toEqual(['2.5%', '5.0%', '10.0%']);
    expect(r.periods.map((p) => p.numerator)).toEqual([10, 25, 31]);
    expect(r.periods.map((p) => p.denominator)).toEqual([400, 500, 310]);
  });

  it('mean year to date', () => {
    const r = computeIndicator(
      spec({ measure: { type: 'count' }, numerator: { field: 'cic', aggregate: 'mean' }, window: { type: 'year-to-date' }, decimals: 1 }),
      [
        { period: '2017-04', cic: 370 }, // 370
        { period: '2017-05', cic: 375 }, // 745 / 2 = 372.5
        { period: '2017-06', cic: 371 }, // 1116 / 3 = 372
        { period: '2017-07', cic: 380 }, // 1496 / 4 = 374
        { period: '2017-08', cic: 378 }, // 1874 / 5 = 374.8
      ],
    );
    expect(r.periods.map((p) => p.formatted)).toEqual(['370.0', '372.5', '372.0', '374.0', '374.8']);
  });
});

describe('fixed-value components', () => {
  it('a fixed denominator is the same in every period', () => {
    const r = computeIndicator(spec({ measure: { type: 'percentage' }, numerator: 'a', denominator: { value: 200 } }), [
      { period: '2017-01', a: 13 }, // 13 / 200 = 6.5%
      { period: '2017-02', a: 0 },
      { period: '2017-03', a: 199 }, // 99.5%
    ]);
    expect(r.periods.map((p) => p.formatted)).toEqual(['6.5%', '0.0%', '99.5%']);
    expect(r.periods.map((p) => p.denominator)).toEqual([200, 200, 200]);
  });

  it('a fixed denominator is not aggregated over a rolling window', () => {
    const rows = [];
    for (let m = 1; m <= 12; m++) rows.push({ period: `2017-${String(m).padStart(2, '0')}`, n: 10 });
    const r = computeIndicator(
      spec({
        measure: { type: 'rate', per: 10000 },
        numerator: { field: 'n', aggregate: 'sum' },
        denominator: { value: 47715 },
        window: { type: 'rolling', months: 12 },
      }),
      rows,
    );
    // Dec 2017: 120 / 47715 x 10000 = 1200000 / 47715 = 25 remainder 7125 (47715 x 25 = 1192875),
    // 7125 / 47715 = 0.149..., so 25.1.
    expect(at(r, '2017-12')).toMatchObject({ status: 'ok', numerator: 120, denominator: 47715, formatted: '25.1' });
    expect(at(r, '2017-11').status).toBe('incomplete-window');
  });

  it('a fixed decimal denominator is read as written', () => {
    // 1 / 0.1 = 10 as a ratio, not 9.999999999999998.
    const r = computeIndicator(spec({ measure: { type: 'ratio' }, numerator: 'a', denominator: { value: 0.1 }, decimals: 3 }), [
      { period: '2017-01', a: 1 },
    ]);
    expect(at(r, '2017-01')).toMatchObject({ exact: '10', value: 10, formatted: '10.000' });
  });
});
