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

  it('applies targets and bands to a quarter by its first month', () => {
    // A step from 2017-05 is not in force in April, the first month of 2017-Q2: it applies from 2017-Q3.
    const spec = count({ target: [{ from: '2017-04', value: 5 }, { from: '2017-05', value: 8 }] });
    const rows = ['2017-Q1', '2017-Q2', '2017-Q3'].map((period) => ({ period, started: 6 }));
    expect(computeIndicator(spec, rows).periods.map((p) => p.target)).toEqual([null, 5, 8]);
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
