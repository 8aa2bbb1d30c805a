/**
 * computeIndicator over quarterly and yearly rows, and monthly rows reported
 * every quarter or year. Expected values are worked out by hand in the
 * comments; the property at the end checks that reporting months every
 * quarter is computing on the quarters the months make.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, statusReason } from 'council-indicators';
import type { Aggregate, IndicatorSpecInput, WindowInput } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

const count = (extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
  id: 'started',
  title: 'Children who started to be looked after',
  measure: { type: 'count' },
  numerator: { field: 'started', aggregate: 'sum' },
  polarity: 'neutral',
  ...extra,
});

describe('quarterly rows', () => {
  it('reproduces Cardiff: "Quarter 4 2007/2008 ... compared with Quarter 4 2008/9"', () => {
    // Cardiff Council, Corporate Parenting Panel, July 2011, paragraph 6: 44
    // children started to be looked after in Quarter 4 2007/2008, 39 in
    // Quarter 4 2008/9, 71 in Quarter 4 2009/2010 and 65 in Quarter 4
    // 2010/2011. Quarter 4 of a financial year is January to March: the
    // calendar quarters 2008-Q1 to 2011-Q1. The paper prints no other quarter.
    const spec = defineIndicator(count({ directionOfTravel: { compare: 'same-period-last-year' } }));
    const rows = [
      { period: '2008-Q1', started: 44 },
      { period: '2009-Q1', started: 39 },
      { period: '2010-Q1', started: 71 },
      { period: '2011-Q1', started: 65 },
    ];
    const result = computeIndicator(spec, rows);
    expect(result.periods).toHaveLength(13); // 2008-Q1 to 2011-Q1
    const fourth = result.periods.filter((p) => p.status === 'ok');
    expect(fourth.map((p) => p.period)).toEqual(['2008-Q1', '2009-Q1', '2010-Q1', '2011-Q1']);
    expect(fourth.map((p) => p.formatted)).toEqual(['44', '39', '71', '65']);
    // Each against the same quarter a year (4 quarters) before: none before 2008.
    expect(fourth.map((p) => p.direction)).toEqual([null, 'down', 'up', 'down']);
    // Between them, quarters with no row, named by quarter.
    expect(statusReason(result.periods[1]!)).toBe('missing data: no row for Q1 2008-09');
  });

  it('reads windows in months: a rolling 12 months is four quarters', () => {
    const spec = count({ window: { type: 'rolling', months: 12 } });
    const rows = ['2016-Q3', '2016-Q4', '2017-Q1', '2017-Q2', '2017-Q3'].map((period, i) => ({ period, started: 10 * (i + 1) }));
    const result = computeIndicator(spec, rows);
    // 2017-Q2: 10 + 20 + 30 + 40; 2017-Q3: 20 + 30 + 40 + 50.
    expect(result.periods.map((p) => p.value)).toEqual([null, null, null, 100, 140]);
    expect(result.periods[2]!.status).toBe('incomplete-window');
    expect(result.periods[2]!.missingMonths).toEqual(['2016-Q2']);
    expect(statusReason(result.periods[2]!)).toBe('incomplete window: no row for Q1 2016-17');
  });

  it('starts year to date at the year start: April is the second calendar quarter', () => {
    const spec = count({ window: { type: 'year-to-date' } });
    const rows = ['2017-Q1', '2017-Q2', '2017-Q3', '2017-Q4', '2018-Q1', '2018-Q2'].map((period) => ({ period, started: 1 }));
    const result = computeIndicator(spec, rows, { from: '2017-Q2' });
    // Q2 2017 opens the year 2017-18; Q1 2018 closes it; Q2 2018 opens the next.
    expect(result.periods.map((p) => [p.period, p.value])).toEqual([
      ['2017-Q2', 1],
      ['2017-Q3', 2],
      ['2017-Q4', 3],
      ['2018-Q1', 4],
      ['2018-Q2', 1],
    ]);
    // A calendar year start works too; a February one starts no quarter.
    expect(computeIndicator(count({ window: { type: 'year-to-date', yearStartMonth: 1 } }), rows).periods.map((p) => p.value)).toEqual([1, 2, 3, 4, 1, 2]);
    const e = indicatorErrorOf(() => computeIndicator(count({ window: { type: 'year-to-date', yearStartMonth: 2 } }), rows));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        code: 'window-not-whole-periods',
        path: 'window',
        message:
          'the rows are quarterly: a year-to-date window from month 2 does not start where one of the quarters starts: with quarters, the year must start in January (1), April (4), July (7) or October (10)',
      },
    ]);
  });

  it('applies a step that starts a quarter from that quarter, and refuses one inside a reported quarter', () => {
    const rows = ['2017-Q1', '2017-Q2', '2017-Q3'].map((period) => ({ period, started: 6 }));
    // A step from 2017-04 starts 2017-Q2; one from 2017-07 starts 2017-Q3.
    // The targets are a quarter's: a spec says so (thresholdsPer) for rows that are not monthly.
    expect(computeIndicator(count({ thresholdsPer: 'quarter', target: [{ from: '2017-04', value: 5 }, { from: '2017-07', value: 8 }] }), rows).periods.map((p) => p.target)).toEqual([null, 5, 8]);
    // A step from 2017-05 would rate 2017-Q2 (April to June) by April's target alone.
    const spec = count({
      thresholdsPer: 'quarter',
      target: [{ from: '2017-04', value: 5 }, { from: '2017-05', value: 8 }],
      rag: [{ from: '2016-04', rag: { bands: [{ rating: 'green' }] } }],
      benchmarks: { england: [{ from: '2016-04', value: 4 }, { from: '2017-09', value: 5 }] },
    });
    const e = indicatorErrorOf(() => computeIndicator(spec, rows));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        code: 'inside-reported-period',
        path: 'target[1].from',
        message: 'target step from 2017-05 falls inside 2017-Q2 (Q1 2017-18), reported as a whole: start it at 2017-04 or 2017-07',
      },
      {
        code: 'inside-reported-period',
        path: 'benchmarks.england[1].from',
        message: 'benchmarks.england step from 2017-09 falls inside 2017-Q3 (Q2 2017-18), reported as a whole: start it at 2017-07 or 2017-10',
      },
    ]);
    // Only the reported periods count: up to 2017-Q1, neither step falls inside one.
    expect(computeIndicator(spec, rows, { to: '2017-Q1' }).periods.map((p) => p.target)).toEqual([null]);
    // A step inside a financial year, monthly rows reported every year; RAG steps too.
    const months = Array.from({ length: 12 }, (_, i) => ({ period: `${2017 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`, started: 1 }));
    const yearly = indicatorErrorOf(() => computeIndicator(count({ thresholdsPer: 'financial-year', rag: [{ from: '2017-04', rag: null }, { from: '2018-01', rag: { bands: [{ rating: 'green' }] } }] }), months, { every: 'year' }));
    expect(yearly.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'inside-reported-period',
        'rag[1].from',
        'rag step from 2018-01 falls inside 2017-18, reported as a whole: start it at 2017-04 or 2018-04',
      ],
    ]);
    // Monthly reports take any step.
    expect(computeIndicator(count({ target: [{ from: '2017-05', value: 1 }] }), months).periods[1]!.target).toBe(1);
  });

  it('names the spec frequency that the rows contradict, and a mix of frequencies', () => {
    const monthly = [{ period: '2017-09', started: 1 }];
    const e = indicatorErrorOf(() => computeIndicator(count({ frequency: 'quarter' }), monthly));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]).toMatchObject({ code: 'bad-period', path: 'rows[0].period', message: 'period "2017-09" is not a quarter in YYYY-Qn form, e.g. "2017-Q2": this call reads rows by quarter' });
    const mixed = indicatorErrorOf(() => computeIndicator(count(), [...monthly, { period: '2017-Q4', started: 2 }, { period: '2017-10', started: 3 }, { period: '2018', started: 3 }]));
    expect(mixed.code).toBe('INVALID_DATA');
    expect(mixed.issues.map((i) => [i.code, i.row])).toEqual([
      ['mixed-frequency', 1],
      ['mixed-frequency', 3],
    ]);
  });

  it('takes from and to as quarters', () => {
    const rows = ['2017-Q1', '2017-Q2'].map((period) => ({ period, started: 1 }));
    expect(computeIndicator(count(), rows, { from: '2017-Q2' }).periods.map((p) => p.period)).toEqual(['2017-Q2']);
    const e = indicatorErrorOf(() => computeIndicator(count(), rows, { from: '2017-04' }));
    expect(e.issues[0]).toMatchObject({ code: 'bad-period', path: 'from' });
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { from: '2017-Q2', to: '2017-Q1' })).issues[0]!.code).toBe('range-reversed');
  });
});

describe('yearly rows', () => {
  const rows = ['2014-15', '2015-16', '2016-17', '2017-18'].map((period, i) => ({ period, started: 100 + i }));

  it('reads financial years, a rolling 24 months as two of them', () => {
    const result = computeIndicator(count({ window: { type: 'rolling', months: 24 }, directionOfTravel: { compare: 'same-period-last-year' } }), rows);
    // 2015-16: 100 + 101; 2016-17: 101 + 102; 2017-18: 102 + 103. A year ago is the year before.
    expect(result.periods.map((p) => [p.period, p.value, p.direction])).toEqual([
      ['2014-15', null, null],
      ['2015-16', 201, null],
      ['2016-17', 203, 'up'],
      ['2017-18', 205, 'up'],
    ]);
    // Year to date from April is the whole financial year; from January it is not one.
    expect(computeIndicator(count({ window: { type: 'year-to-date' } }), rows).periods.map((p) => p.value)).toEqual([100, 101, 102, 103]);
    expect(indicatorErrorOf(() => computeIndicator(count({ window: { type: 'year-to-date', yearStartMonth: 1 } }), rows)).issues[0]!.code).toBe(
      'window-not-whole-periods',
    );
  });

  it('reads calendar years, and financial years from 2000-01 to 2011-12 only when the spec names them', () => {
    const calendar = computeIndicator(count(), [{ period: '2016', started: 3 }, { period: '2017', started: 4 }]);
    expect(calendar.periods.map((p) => [p.period, p.value])).toEqual([
      ['2016', 3],
      ['2017', 4],
    ]);
    const old = [{ period: '2007-08', started: 44 }, { period: '2008-09', started: 39 }];
    // Months unless named: August 2007 to September 2008.
    expect(computeIndicator(count(), old).periods).toHaveLength(14);
    const named = computeIndicator(count({ frequency: 'financial-year' }), old);
    expect(named.periods.map((p) => [p.period, p.value])).toEqual([
      ['2007-08', 44],
      ['2008-09', 39],
    ]);
  });

  it('refuses a frequency whose window the spec cannot cover, at validation', () => {
    const e = indicatorErrorOf(() => defineIndicator(count({ frequency: 'calendar-year', window: { type: 'rolling', months: 6 } })));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues[0]!.message).toBe(
      'with frequency "calendar-year", a 6-month rolling window is not a whole number of calendar years (12 months each): use a multiple of 12 months, e.g. 12 or 24',
    );
  });
});

describe('monthly rows every quarter or year', () => {
  const months = ['2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09'];
  const rows = months.map((period, i) => ({ period, admissions: i + 1, cic: 370 + i }));

  it('sums flows over the quarter and takes snapshots at its last month', () => {
    const flow = computeIndicator(count({ numerator: { field: 'admissions', aggregate: 'sum' } }), rows, { every: 'quarter' });
    expect(flow.periods.map((p) => [p.period, p.value])).toEqual([
      ['2017-Q2', 6], // 1 + 2 + 3
      ['2017-Q3', 15], // 4 + 5 + 6
    ]);
    const snapshot = computeIndicator(count({ numerator: { field: 'cic', aggregate: 'last' } }), rows, { every: 'quarter' });
    expect(snapshot.periods.map((p) => p.value)).toEqual([372, 375]);
    const mean = computeIndicator(count({ numerator: { field: 'cic', aggregate: 'mean' }, decimals: 1 }), rows, { every: 'quarter' });
    expect(mean.periods.map((p) => p.exact)).toEqual(['371', '374']);
    // The year 2017-18 has only six of its months: its last, March 2018, is missing.
    const year = computeIndicator(count({ numerator: { field: 'admissions', aggregate: 'sum' } }), rows, { every: 'year' });
    expect(year.periods.map((p) => [p.period, p.status])).toEqual([['2017-18', 'missing-data']]);
    expect(year.periods[0]!.missingMonths).toEqual(['2017-10', '2017-11', '2017-12', '2018-01', '2018-02', '2018-03']);
  });

  it('says which month a quarter lacks', () => {
    const gap = rows.filter((r) => r.period !== '2017-08');
    const result = computeIndicator(count({ numerator: { field: 'admissions', aggregate: 'sum' } }), gap, { every: 'quarter' });
    expect(result.periods[1]).toMatchObject({ period: '2017-Q3', status: 'incomplete-window', missingMonths: ['2017-08'] });
    expect(statusReason(result.periods[1]!)).toBe('incomplete window: no row for Aug-17');
  });

  it('compares with the previous quarter, or the same quarter a year before', () => {
    const year = ['2016-07', '2016-08', '2016-09', ...months].map((period, i) => ({ period, admissions: i }));
    const spec = count({ numerator: { field: 'admissions', aggregate: 'sum' }, directionOfTravel: { compare: 'same-period-last-year' } });
    const result = computeIndicator(spec, year, { every: 'quarter', from: '2017-Q3' });
    // 2017-Q3: 6 + 7 + 8 = 21, against 2016-Q3: 0 + 1 + 2 = 3.
    expect(result.periods.map((p) => [p.period, p.value, p.direction])).toEqual([['2017-Q3', 21, 'up']]);
  });

  it('needs an aggregate for a bare field, and windows of whole quarters', () => {
    const bare = indicatorErrorOf(() => computeIndicator(count({ numerator: 'admissions' }), rows, { every: 'quarter' }));
    expect(bare.code).toBe('INVALID_SPEC');
    expect(bare.issues[0]).toMatchObject({ code: 'window-needs-aggregate', path: 'numerator' });
    const two = indicatorErrorOf(() => computeIndicator(count({ numerator: { field: 'admissions', aggregate: 'sum' }, window: { type: 'rolling', months: 2 } }), rows, { every: 'quarter' }));
    expect(two.issues[0]).toMatchObject({ code: 'window-not-whole-periods', path: 'window' });
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { every: 'week' as never })).issues[0]).toMatchObject({ code: 'bad-option', path: 'every' });
    const yearly = [{ period: '2017-18', started: 1 }];
    expect(indicatorErrorOf(() => computeIndicator(count(), yearly, { every: 'quarter' })).issues[0]).toMatchObject({ code: 'bad-option', path: 'every' });
  });

  it('checks a percentage over the quarter, not just each month', () => {
    // 2 of 3 each month is fine; the last month's 3 cases against a quarter's 6 placements is not.
    const spec: IndicatorSpecInput = {
      id: 'share',
      title: 'Share',
      measure: { type: 'percentage' },
      numerator: { field: 'n', aggregate: 'sum' },
      denominator: { field: 'd', aggregate: 'last' },
      polarity: 'neutral',
    };
    const monthly = ['2017-04', '2017-05', '2017-06'].map((period) => ({ period, n: 2, d: 3 }));
    expect(computeIndicator(spec, monthly).periods.map((p) => p.formatted)).toEqual(['66.7%', '66.7%', '66.7%']);
    const e = indicatorErrorOf(() => computeIndicator(spec, monthly, { every: 'quarter' }));
    expect(e.issues[0]).toMatchObject({ code: 'percentage-over-100', row: 2, period: '2017-06' });
  });
});

describe("thresholds of a value that grows with the period's length (thresholdsPer)", () => {
  // The trial's admissions: 15, 10 and 8 in July to September 2017, each under the monthly target of 20.
  const rows = [
    { period: '2017-07', admissions: 15, cic: 400, ok: 5, due: 10 },
    { period: '2017-08', admissions: 10, cic: 400, ok: 6, due: 10 },
    { period: '2017-09', admissions: 8, cic: 400, ok: 7, due: 10 },
  ];
  const flow = (extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput =>
    count({
      numerator: { field: 'admissions', aggregate: 'sum' },
      polarity: 'lower-is-better',
      target: 20,
      rag: { bands: [{ rating: 'green', max: 20, maxInclusive: true }, { rating: 'red', min: 20, minInclusive: false }] },
      benchmarks: { england: [{ from: '2015-04', value: 18 }] },
      ...extra,
    });

  it("refuses a month's target, bands and benchmarks on a quarter's total, saying what to write", () => {
    expect(computeIndicator(flow(), rows).periods.map((p) => [p.value, p.rag])).toEqual([
      [15, 'green'],
      [10, 'green'],
      [8, 'green'],
    ]);
    // Not "33, target 20, red": the quarter's total against a month's target means nothing.
    // The message names the figures to rewrite: the key alone is not the fix (new-user trial 3, B6).
    const e = indicatorErrorOf(() => computeIndicator(flow(), rows, { every: 'quarter' }));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        code: 'thresholds-period',
        path: 'thresholdsPer',
        message:
          'the thresholds (target 20, RAG band edges 20 and england benchmark 18) are for a month (by default), and reported quarterly the value sums "admissions" over a quarter: write them for a quarter and say thresholdsPer: "quarter"',
      },
    ]);
    // A spec that says it is per month is refused every year too; each figure named once, steps and all.
    const steps = flow({
      thresholdsPer: 'month',
      target: [{ from: '2016-04', value: 20 }, { from: '2017-04', value: 22.5 }],
      rag: { bands: [{ rating: 'green', max: 20, maxInclusive: true }, { rating: 'amber', min: 20, minInclusive: false, max: 25, maxInclusive: true }, { rating: 'red', min: 25, minInclusive: false }] },
      benchmarks: { england: [{ from: '2015-04', value: 18 }], 'north-west': [{ from: '2015-04', value: null }] },
    });
    expect(indicatorErrorOf(() => computeIndicator(steps, rows, { every: 'year' })).issues[0]!.message).toBe(
      'the thresholds (target 20 and 22.5, RAG band edges 20 and 25 and england benchmark 18) are for a month, and reported by financial year the value sums "admissions" over a year: write them for a year and say thresholdsPer: "financial-year"',
    );
    expect(indicatorErrorOf(() => computeIndicator(flow({ frequency: 'month', rag: undefined, benchmarks: undefined }), rows, { every: 'quarter' })).issues[0]!.message).toMatch(/^the thresholds \(target 20\) are for a month, and/);
  });

  it('takes thresholds written for the reported period, and refuses them for any other', () => {
    const quarterly = flow({ target: 60, rag: { bands: [{ rating: 'green', max: 60, maxInclusive: true }, { rating: 'red', min: 60, minInclusive: false }] }, thresholdsPer: 'quarter' });
    // 15 + 10 + 8 = 33 against the quarter's 60: 27 under, green.
    expect(computeIndicator(quarterly, rows, { every: 'quarter' }).periods.map((p) => [p.period, p.value, p.target, p.variance, p.rag])).toEqual([['2017-Q3', 33, 60, -27, 'green']]);
    expect(indicatorErrorOf(() => computeIndicator(quarterly, rows)).issues[0]!.message).toBe(
      'the thresholds (target 60, RAG band edges 60 and england benchmark 18) are for a quarter, and reported monthly the value sums "admissions" over a month: write them for a month and say thresholdsPer: "month"',
    );
    // Quarterly rows: thresholds are a month's unless the spec says otherwise, never whatever the rows are
    // (new-user trial 3, A2: a monthly spec's 20 rated a quarterly extract's 33 red).
    const q = [{ period: '2017-Q2', admissions: 33 }, { period: '2017-Q3', admissions: 2 }];
    const e = indicatorErrorOf(() => computeIndicator(flow(), q));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        code: 'thresholds-period',
        path: 'thresholdsPer',
        message:
          'the thresholds (target 20, RAG band edges 20 and england benchmark 18) are for a month (by default), and reported quarterly the value sums "admissions" over a quarter: write them for a quarter and say thresholdsPer: "quarter"',
      },
    ]);
    expect(computeIndicator(flow({ thresholdsPer: 'quarter' }), q).periods.map((p) => [p.target, p.rag])).toEqual([[20, 'red'], [20, 'green']]);
    expect(computeIndicator(flow({ frequency: 'quarter' }), q).periods.map((p) => p.target)).toEqual([20, 20]);
    expect(indicatorErrorOf(() => computeIndicator(flow({ thresholdsPer: 'quarter' }), q, { every: 'year' })).issues[0]).toMatchObject({ code: 'thresholds-period', path: 'thresholdsPer' });
    // Without thresholds, or for a value that does not grow, there is nothing to say.
    expect(computeIndicator(flow({ target: undefined, rag: undefined, benchmarks: undefined }), q).periods.map((p) => p.value)).toEqual([33, 2]);
    expect(computeIndicator(flow({ numerator: { field: 'admissions', aggregate: 'last' } }), q).periods.map((p) => p.target)).toEqual([20, 20]);
    // A financial year's thresholds serve a calendar year: both are twelve months.
    const months = Array.from({ length: 12 }, (_, i) => ({ period: `2017-${String(i + 1).padStart(2, '0')}`, admissions: 1 }));
    expect(computeIndicator(flow({ thresholdsPer: 'financial-year' }), months, { every: 'calendar-year' }).periods.map((p) => [p.period, p.value, p.rag])).toEqual([['2017', 12, 'green']]);
  });

  it('leaves values that do not grow with the period alone', () => {
    const every = { every: 'quarter' } as const;
    const assessed = (spec: IndicatorSpecInput) => computeIndicator(spec, rows, every).periods.map((p) => [p.value, p.target]);
    // A snapshot, a rolling or year-to-date sum, and no thresholds at all.
    expect(assessed(flow({ numerator: { field: 'cic', aggregate: 'last' } }))).toEqual([[400, 20]]);
    const longer = [{ period: '2017-06', admissions: 0, cic: 1, ok: 1, due: 1 }, ...rows];
    expect(computeIndicator(flow({ window: { type: 'rolling', months: 3 } }), longer, every).periods.map((p) => p.value)).toEqual([null, 33]);
    expect(assessed(flow({ window: { type: 'year-to-date' } }))).toEqual([[null, 20]]);
    expect(assessed(flow({ target: undefined, rag: undefined, benchmarks: undefined }))).toEqual([[33, null]]);
    // A percentage of two sums: 18 of 30 = 60%.
    const pctOfSums: IndicatorSpecInput = { id: 'p', title: 'P', measure: { type: 'percentage' }, numerator: { field: 'ok', aggregate: 'sum' }, denominator: { field: 'due', aggregate: 'sum' }, polarity: 'higher-is-better', target: 50 };
    expect(assessed(pctOfSums)).toEqual([[60, 50]]);
    // A rate of a sum over a snapshot grows (33 per 400 children); a difference of sums too.
    const rate: IndicatorSpecInput = { ...pctOfSums, measure: { type: 'rate', per: 10000 }, numerator: { field: 'admissions', aggregate: 'sum' }, denominator: { field: 'cic', aggregate: 'last' } };
    expect(indicatorErrorOf(() => computeIndicator(rate, rows, every)).issues[0]!.message).toContain('reported quarterly the value sums "admissions" over a quarter');
    expect(indicatorErrorOf(() => computeIndicator({ ...rate, denominator: { value: 47715 } }, rows, every)).issues[0]!.message).toContain('the value sums "admissions"');
    expect(assessed({ ...rate, denominator: { field: 'due', aggregate: 'sum' } })).toEqual([[11000, 50]]); // 33 / 30 x 10,000
    const difference: IndicatorSpecInput = { ...pctOfSums, measure: { type: 'difference' }, numerator: { field: 'cic', aggregate: 'last' }, denominator: { field: 'admissions', aggregate: 'sum' }, polarity: 'neutral' };
    expect(indicatorErrorOf(() => computeIndicator(difference, rows, every)).issues[0]!.message).toContain('the value sums "admissions"');
  });
});

describe('options at a quarterly or yearly frequency', () => {
  const rows = ['2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09'].map((period, i) => ({ period, started: i + 1 }));

  it('names the key of a quarter written as reports print it, and what the option takes at that frequency', () => {
    const e = indicatorErrorOf(() => computeIndicator(count(), rows, { every: 'quarter', from: 'Q1 2017-18', to: '2017/18' }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['bad-period', 'from', 'from "Q1 2017-18" is not a quarter in YYYY-Qn form, e.g. "2017-Q2": the result is reported quarterly, so from names quarters: it is a quarter as reports print it, whose key is "2017-Q2"'],
      ['bad-period', 'to', 'to "2017/18" is not a quarter in YYYY-Qn form, e.g. "2017-Q2": the result is reported quarterly, so to names quarters: a financial year is written YYYY-YY, e.g. "2017-18"'],
    ]);
    // Q4 of a financial year is January to March of its second year.
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { every: 'quarter', base: 'Quarter 4 2017/2018' })).issues[0]!.message).toMatch(/whose key is "2018-Q1"$/);
    // Monthly results: the key named all the same, and a well-formed quarter called a quarter, not told how to write one.
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { from: 'Q1 2017-18' })).issues[0]!.message).toMatch(/: it is a quarter as reports print it, whose key is "2017-Q2"$/);
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { from: '2017-Q2' })).issues[0]!.message).toBe(
      'from "2017-Q2" is not a month in YYYY-MM form from 1000-01 to 9999-12, e.g. "2017-09" (parsePeriod reads other forms, such as "Sep-17"): it is a quarter, and a month goes here',
    );
    // A quarter key for a yearly report is not given a month's advice.
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { every: 'year', from: '2017-Q2' })).issues[0]!.message).toBe(
      'from "2017-Q2" is not a financial year in YYYY-YY form, e.g. "2017-18": the result is reported by financial year, so from names years',
    );
  });

  it('takes base as a quarter, or the month it starts with, and refuses a month inside one', () => {
    // 2017-Q3: 4 + 5 + 6 = 15, against 2017-Q2: 1 + 2 + 3 = 6.
    const byKey = computeIndicator(count(), rows, { every: 'quarter', base: '2017-Q2' });
    expect(byKey.periods.map((p) => p.changes.base?.difference ?? null)).toEqual([0, 9]);
    expect(computeIndicator(count(), rows, { every: 'quarter', base: '2017-04' }).periods.map((p) => p.changes.base?.difference ?? null)).toEqual([0, 9]);
    const inside = indicatorErrorOf(() => computeIndicator(count(), rows, { every: 'quarter', base: '2017-05' }));
    expect([inside.code, inside.issues]).toEqual([
      'INVALID_OPTIONS',
      [{ code: 'inside-reported-period', path: 'base', message: 'base 2017-05 falls inside 2017-Q2 (Q1 2017-18), reported as a whole: give 2017-04, its first month, or the option base: "2017-Q2"' }],
    ]);
    const spec = indicatorErrorOf(() => computeIndicator(count({ changes: { base: '2017-06' } }), rows, { every: 'quarter' }));
    expect([spec.code, spec.issues]).toEqual([
      'INVALID_SPEC',
      [
        {
          code: 'inside-reported-period',
          path: 'changes.base',
          message: 'changes.base 2017-06 falls inside 2017-Q2 (Q1 2017-18), reported as a whole: give 2017-04, its first month, or the option base: "2017-Q2"',
        },
      ],
    ]);
    // The options' base overrides the spec's, so it mends it.
    expect(computeIndicator(count({ changes: { base: '2017-06' } }), rows, { every: 'quarter', base: '2017-Q2' }).periods[1]!.changes.base?.difference).toBe(9);
    expect(indicatorErrorOf(() => computeIndicator(count(), rows, { every: 'quarter', base: '2017-18' })).issues[0]!.message).toBe(
      'base "2017-18" is not a quarter in YYYY-Qn form, e.g. "2017-Q2": the result is reported quarterly, so base names quarters',
    );
    // Monthly results take any month as base.
    expect(computeIndicator(count(), rows, { base: '2017-05' }).periods[5]!.changes.base?.difference).toBe(4);
  });
});

describe('property: monthly rows every quarter are the quarters the months make', () => {
  const combine = (values: number[], how: Aggregate): number =>
    how === 'sum' ? values.reduce((a, b) => a + b, 0) : how === 'last' ? values[values.length - 1]! : values.reduce((a, b) => a + b, 0) / values.length;

  it('holds for every aggregate, window and comparison', () => {
    const windows: WindowInput[] = [
      { type: 'period' },
      { type: 'rolling', months: 3 },
      { type: 'rolling', months: 6 },
      { type: 'rolling', months: 12 },
      { type: 'year-to-date' },
      { type: 'year-to-date', yearStartMonth: 1 },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom<Aggregate>('sum', 'last'),
        fc.constantFrom<Aggregate>('sum', 'last'),
        fc.constantFrom(...windows),
        fc.constantFrom('previous-period' as const, 'same-period-last-year' as const),
        fc.integer({ min: 2000, max: 2030 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })), { minLength: 24, maxLength: 36 }),
        (nAgg, dAgg, window, compare, year, figures) => {
          const quarters = Math.floor(figures.length / 3);
          const monthly = figures.slice(0, quarters * 3).map(([n, d], i) => ({ period: `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, n, d }));
          const spec = defineIndicator({
            id: 'ratio',
            title: 'Ratio',
            measure: { type: 'ratio' },
            numerator: { field: 'n', aggregate: nAgg },
            denominator: { field: 'd', aggregate: dAgg },
            window,
            decimals: 3,
            directionOfTravel: { compare },
            target: [{ from: `${year}-04`, value: 1 }],
            // A quarter's target: a summed numerator over a snapshot grows with the period.
            thresholdsPer: 'quarter',
            polarity: 'higher-is-better',
          });
          const quarterly = Array.from({ length: quarters }, (_, q) => {
            const three = monthly.slice(q * 3, q * 3 + 3);
            return {
              period: `${year + Math.floor(q / 4)}-Q${(q % 4) + 1}`,
              n: combine(three.map((r) => r.n), nAgg),
              d: combine(three.map((r) => r.d), dAgg),
            };
          });
          const every = computeIndicator(spec, monthly, { every: 'quarter' });
          const direct = computeIndicator(spec, quarterly);
          const pick = (r: typeof every) => r.periods.map((p) => [p.period, p.status, p.exact, p.formatted, p.target, p.direction]);
          expect(pick(every)).toEqual(pick(direct));
        },
      ),
      { numRuns: 60 },
    );
  });
});

// New-user trial 3, A1: a population written { field, aggregate: 'sum' } was summed over a quarter (every) or a
// 12-month window, a rate 3 or 12 times too small, with partOfDenominator saying it is a population.
describe('a population (partOfDenominator) summed over more than one month', () => {
  const rows = ['2017-04', '2017-05', '2017-06'].map((period, i) => ({ period, admissions: [15, 10, 8][i]!, pop: 48117 }));
  const rate = (extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
    id: 'adm-rate',
    title: 'Admissions per 10,000',
    measure: { type: 'rate', per: 10000, partOfDenominator: true },
    numerator: { field: 'admissions', aggregate: 'sum' },
    denominator: { field: 'pop', aggregate: 'sum' },
    polarity: 'lower-is-better',
    ...extra,
  });

  it('is refused over a rolling or year-to-date window (INVALID_SPEC), and fine over one month', () => {
    const e = indicatorErrorOf(() => defineIndicator(rate({ window: { type: 'rolling', months: 12 } })));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        code: 'window-needs-aggregate',
        path: 'denominator.aggregate',
        message: '"pop" is a population (partOfDenominator), counted at a moment: summed over a 12-month rolling window it counts 12 times; write aggregate "last" or "mean"',
      },
    ]);
    expect(indicatorErrorOf(() => defineIndicator(rate({ window: { type: 'year-to-date' } }))).issues[0]!.message).toContain('summed over a year-to-date window it counts up to 12 times');
    // One month: a sum of one month is the month. 15 / 48,117 x 10,000 = 3.1.
    expect(computeIndicator(rate(), rows).periods.map((p) => p.formatted)).toEqual(['3.1', '2.1', '1.7']);
    expect(defineIndicator(rate({ window: { type: 'rolling', months: 1 } })).denominator).toEqual({ field: 'pop', aggregate: 'sum' });
  });

  it("is refused when every makes the window a quarter (INVALID_OPTIONS), and takes last or mean", () => {
    const e = indicatorErrorOf(() => computeIndicator(rate(), rows, { every: 'quarter' }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([
      {
        code: 'window-needs-aggregate',
        path: 'every',
        message: '"pop" is a population (partOfDenominator), counted at a moment: summed reported quarterly (every "quarter") it counts 3 times; write aggregate "last" or "mean", or leave every out',
      },
    ]);
    // 33 / 48,117 x 10,000 = 6.86, not 33 / 144,351 x 10,000 = 2.29.
    for (const aggregate of ['last', 'mean'] as const) {
      expect(computeIndicator(rate({ denominator: { field: 'pop', aggregate } }), rows, { every: 'quarter' }).periods.map((p) => p.formatted)).toEqual(['6.9']);
    }
  });

  it('leaves a summed denominator alone without partOfDenominator (bed-days are summed)', () => {
    const { partOfDenominator: _, ...measure } = { type: 'rate' as const, per: 10000, partOfDenominator: true };
    expect(computeIndicator(rate({ measure }), rows, { every: 'quarter' }).periods.map((p) => p.formatted)).toEqual(['2.3']);
    expect(defineIndicator(rate({ measure, window: { type: 'rolling', months: 12 } })).window).toEqual({ type: 'rolling', months: 12 });
  });
});
