/**
 * xmr on computed results it cannot chart: rolling and year-to-date
 * figures (their months overlap, so nearly every point would be "special
 * cause"), and quarterly or yearly results (XmR reads monthly series),
 * each refused with what to do.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, computeIndicator } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';
import { xmr } from 'council-indicators/statistics';
import { indicatorErrorOf } from '../helpers.js';

// examples/cli/data.csv's admissions, April 2016 to September 2017.
const ADMISSIONS = [9, 15, 34, 9, 14, 18, 17, 24, 16, 10, 18, 15, 17, 23, 29, 15, 10, 8];
const rows = ADMISSIONS.map((admissions, i) => ({ period: addMonths('2016-04', i), admissions }));

const monthly: IndicatorSpecInput = {
  id: 'admissions',
  title: 'Admissions',
  measure: { type: 'count' },
  numerator: { field: 'admissions', aggregate: 'sum' },
  polarity: 'lower-is-better',
};

describe('xmr refuses a result whose figures overlap month to month', () => {
  it('a rolling 12-month figure: INVALID_DATA at spec.window, saying why and what to chart', () => {
    const rolling = computeIndicator({ ...monthly, id: 'admissions-12m', window: { type: 'rolling', months: 12 } }, rows, { from: '2017-03' });
    const e = indicatorErrorOf(() => xmr(rolling));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toEqual([
      {
        code: 'bad-choice',
        path: 'spec.window',
        message:
          '"admissions-12m" is a rolling 12-month figure: each month\'s figure shares 11 of its 12 months with the next, so the points are not independent and their moving ranges are too small, and the chart would call that special cause; chart the monthly figure instead: the same spec with window { type: "period" }',
      },
    ]);
  });

  it('a year-to-date figure: refused, naming the month it starts again', () => {
    const ytd = computeIndicator({ ...monthly, id: 'admissions-ytd', window: { type: 'year-to-date', yearStartMonth: 1 } }, rows);
    const e = indicatorErrorOf(() => xmr(ytd));
    expect(e.issues[0]!.path).toBe('spec.window');
    expect(e.issues[0]!.message).toMatch(/^"admissions-ytd" is a year-to-date figure: each month's figure is the one before plus a month, starting again each January, /);
  });

  it('a monthly figure, and a rolling window of one month, are charted', () => {
    const one = xmr(computeIndicator(monthly, rows));
    const rolling1 = xmr(computeIndicator({ ...monthly, window: { type: 'rolling', months: 1 } }, rows));
    expect(rolling1.points).toEqual(one.points);
    // Mean 301 / 18 = 16.72 (the sum of ADMISSIONS).
    expect(one.segments[0]!.mean).toBe(301 / 18);
  });

  it('the same figures given as a plain series are charted as given: the caller chose them', () => {
    const rolling = computeIndicator({ ...monthly, window: { type: 'rolling', months: 3 } }, rows, { from: '2016-06' });
    const points = rolling.periods.map((p) => ({ period: p.period, value: p.value }));
    expect(xmr(points, { improvement: 'decrease' }).points).toHaveLength(16);
  });
});

describe('xmr says it reads monthly series', () => {
  it('a quarterly result: "reported quarterly", never "not a month in YYYY-MM form"', () => {
    const quarterly = computeIndicator(monthly, rows, { every: 'quarter' });
    const e = indicatorErrorOf(() => xmr(quarterly));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toEqual([
      {
        code: 'bad-period',
        path: 'periods[0].period',
        row: 0,
        message: 'XmR charts are drawn from monthly series, and this result of "admissions" is reported quarterly (Q1 2016-17 to Q2 2017-18): compute it monthly (without every) for its chart',
      },
    ]);
  });

  it('a yearly result names its years', () => {
    const yearly = computeIndicator(monthly, rows, { every: 'year' });
    expect(indicatorErrorOf(() => xmr(yearly)).issues[0]!.message).toBe(
      'XmR charts are drawn from monthly series, and this result of "admissions" is reported yearly (April to March) (2016-17 to 2017-18): compute it monthly (without every) for its chart',
    );
  });

  it('plain points keyed by quarter: give one point a month', () => {
    const e = indicatorErrorOf(() => xmr([{ period: '2017-Q2', value: 1 }, { period: '2017-Q3', value: 2 }] as never, { improvement: 'increase' }));
    expect(e.issues[0]!.message).toBe('period "2017-Q2" is a quarter, and an XmR chart reads a monthly series: give one point a month, each period in YYYY-MM form');
    expect(indicatorErrorOf(() => xmr([{ period: '2017-13', value: 1 }], { improvement: 'increase' })).issues[0]!.message).toBe(
      'period "2017-13" is not a month in YYYY-MM form',
    );
  });
});
