/**
 * statusReason: why a period has no value, in the words every output prints,
 * from the `missingMonths` and `missingFields` computeIndicator fills in.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, statusReason } from 'council-indicators';

const rolling = defineIndicator({
  id: 'reviews-12m',
  title: 'Reviews in time, rolling 12 months',
  measure: { type: 'percentage' },
  numerator: { field: 'inTime', aggregate: 'sum' },
  denominator: { field: 'due', aggregate: 'sum' },
  window: { type: 'rolling', months: 12 },
  polarity: 'higher-is-better',
});

const month = (m: number) => `2017-${String(m).padStart(2, '0')}`;

describe('statusReason', () => {
  it('is null for a period with a value', () => {
    expect(statusReason({ status: 'ok', missingMonths: [], missingFields: [] })).toBeNull();
  });

  it('says a zero denominator is one', () => {
    expect(statusReason({ status: 'zero-denominator', missingMonths: [], missingFields: [] })).toBe(
      'zero denominator: the denominator is 0, so there is no value',
    );
  });

  it('names the month deleted from a rolling window in every later month', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ period: month(i + 1), inTime: 1, due: 2 })).filter((r) => r.period !== '2017-02');
    const result = computeIndicator(rolling, [{ period: '2016-12', inTime: 1, due: 2 }, ...rows], { from: '2017-12', to: '2018-02' });
    expect(result.periods.map(statusReason)).toEqual([
      // Jan-17 to Dec-17; Feb-17 to Jan-18; Mar-17 to Feb-18.
      'incomplete window: no row for Feb-17',
      'missing data: no row for Feb-17, Jan-18',
      'missing data: no row for Jan-18, Feb-18',
    ]);
  });

  it('writes three or more months in a row as a span', () => {
    const result = computeIndicator(rolling, [{ period: '2017-01', inTime: 1, due: 2 }]);
    expect(statusReason(result.periods[0]!)).toBe('incomplete window: no row for Feb-16 to Dec-16');
    expect(
      statusReason({ status: 'incomplete-window', missingMonths: ['2016-01', '2016-02', '2016-04', '2016-05', '2016-06', '2016-09'], missingFields: [] }),
    ).toBe('incomplete window: no row for Jan-16, Feb-16, Apr-16 to Jun-16, Sep-16');
  });

  it('names each field with no figure, and the months', () => {
    const monthly = defineIndicator({ ...rolling, id: 'reviews', window: { type: 'period' } });
    const result = computeIndicator(monthly, [
      { period: '2017-01', inTime: null, due: 2 },
      { period: '2017-02', inTime: 1 },
      { period: '2017-03', due: null },
    ]);
    expect(result.periods.map(statusReason)).toEqual([
      'missing data: inTime has no figure for Jan-17',
      'missing data: due has no figure for Feb-17',
      'missing data: inTime has no figure for Mar-17; due has no figure for Mar-17',
    ]);
  });

  it('names months with no row and fields with no figure together', () => {
    const result = computeIndicator(defineIndicator({ ...rolling, window: { type: 'rolling', months: 3 } }), [
      { period: '2017-01', inTime: 1, due: 2 },
      { period: '2017-03', inTime: 1, due: null },
      { period: '2017-04', inTime: 1, due: 2 },
    ]);
    expect(statusReason(result.periods[3]!)).toBe('incomplete window: no row for Feb-17; due has no figure for Mar-17');
  });

  it('still gives the status when a hand-made result lists nothing', () => {
    expect(statusReason({ status: 'missing-data', missingMonths: [], missingFields: [] })).toBe('missing data');
    expect(statusReason({ status: 'incomplete-window', missingMonths: [], missingFields: [] })).toBe('incomplete window');
  });
});

describe('statusReason at the edge of the supported months', () => {
  it('names months before 1000-01 that a window reaches as they are, instead of throwing', () => {
    const r = computeIndicator(
      { id: 'a', title: 'A', measure: { type: 'count' }, numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'rolling', months: 3 }, polarity: 'neutral' },
      [{ period: '1000-01', n: 1 }],
    );
    expect(r.periods[0]!.missingMonths).toEqual(['0999-11', '0999-12']);
    expect(statusReason(r.periods[0]!)).toBe('incomplete window: no row for 0999-11, 0999-12');
  });
});
