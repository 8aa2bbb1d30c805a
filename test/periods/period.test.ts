/**
 * Periods: `YYYY-MM` months, moved and listed without Date or time zones,
 * and labelled as report tables print them. The helpers are strict: years
 * 1000 to 9999, and anything else is an INVALID_OPTIONS error naming it.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, isPeriod, periodLabel, periodRange } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

const NOT_A_MONTH = 'is not a month in YYYY-MM form from 1000-01 to 9999-12, e.g. "2017-09" (parsePeriod reads other forms, such as "Sep-17")';

describe('isPeriod', () => {
  it.each(['2017-09', '2017-01', '2017-12', '2000-10', '1000-01', '9999-12'])('accepts %s', (p) => {
    expect(isPeriod(p)).toBe(true);
  });

  it.each([
    '2017-9',
    '2017-13',
    '2017-00',
    '17-09',
    '2017-09-01',
    ' 2017-09',
    '2017-09 ',
    '2017/09',
    '201709',
    'Sep-17',
    '',
    '0999-12', // years below 1000
    '0001-01',
    '0000-01',
    '10000-01',
    '２０１７-09', // full-width digits
  ])('rejects the string %j', (p) => {
    expect(isPeriod(p)).toBe(false);
  });

  it.each([201709, null, undefined, {}, ['2017-09'], new Date(2017, 8, 1)])('rejects the non-string %s', (p) => {
    expect(isPeriod(p)).toBe(false);
  });
});

describe('addMonths', () => {
  it.each([
    ['2017-09', 0, '2017-09'],
    ['2017-09', 1, '2017-10'],
    ['2017-09', 4, '2018-01'], // Sep + 3 = Dec, + 1 = Jan of the next year
    ['2017-12', 1, '2018-01'],
    ['2016-02', 25, '2018-03'], // + 24 = 2018-02, + 1
    ['2017-11', 120, '2027-11'],
    ['2017-01', -1, '2016-12'],
    ['2017-04', -12, '2016-04'],
    ['2017-03', -15, '2015-12'], // - 12 = 2016-03, - 3 = 2015-12
    ['2000-01', -1, '1999-12'],
    ['2017-09', -21, '2015-12'], // - 12 = 2016-09, - 9 = 2015-12
  ] as const)('addMonths(%s, %i) = %s', (p, n, expected) => {
    expect(addMonths(p, n)).toBe(expected);
  });
});

describe('periodRange', () => {
  it('lists every month inclusive, across a year end', () => {
    expect(periodRange('2017-11', '2018-02')).toEqual(['2017-11', '2017-12', '2018-01', '2018-02']);
  });

  it('gives one month when from and to are equal', () => {
    expect(periodRange('2017-09', '2017-09')).toEqual(['2017-09']);
  });

  it('gives nothing when to is before from', () => {
    expect(periodRange('2017-09', '2017-08')).toEqual([]);
  });

  it('covers a reporting year April to March', () => {
    const year = periodRange('2016-04', '2017-03');
    expect(year).toHaveLength(12);
    expect(year[0]).toBe('2016-04');
    expect(year[8]).toBe('2016-12');
    expect(year[9]).toBe('2017-01');
    expect(year[11]).toBe('2017-03');
  });
});

describe('periodLabel', () => {
  it.each([
    ['2017-09', 'Sep-17'],
    ['2018-01', 'Jan-18'],
    ['2016-04', 'Apr-16'],
    ['2000-12', 'Dec-00'],
    ['2009-03', 'Mar-09'],
  ])('labels %s as %s by default', (p, label) => {
    expect(periodLabel(p)).toBe(label);
  });

  it.each([
    ['2017-09', 'MMMM yyyy', 'September 2017'],
    ['2016-04', 'MMM yyyy', 'Apr 2016'],
    ['2017-09', 'yyyy-MM', '2017-09'],
    ['2018-02', 'MMM yy', 'Feb 18'],
    ['2017-12', 'MM/yyyy', '12/2017'],
  ])('labels %s with pattern %s as %s', (p, pattern, label) => {
    expect(periodLabel(p, pattern)).toBe(label);
  });

  it('gives the same label in time zones far east and west of UTC', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'UTC']) {
        process.env.TZ = tz;
        expect(periodLabel('2017-01')).toBe('Jan-17');
        expect(periodLabel('2017-12', 'MMMM yyyy')).toBe('December 2017');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('labels the first and last supported months', () => {
    expect(periodLabel('1000-01', 'MMM yyyy')).toBe('Jan 1000');
    expect(periodLabel('9999-12', 'MMM yyyy')).toBe('Dec 9999');
  });
});

describe('the helpers refuse what is not a month', () => {
  it.each([
    ['nonsense', 'period "nonsense"'],
    ['2017-9', 'period "2017-9"'],
    ['2017-13', 'period "2017-13"'],
    ['0999-12', 'period "0999-12"'],
    [' 2017-09', 'period " 2017-09"'],
    [201709, 'period 201709'],
    [null, 'period null'],
    [undefined, 'period undefined'],
    [['2017-09'], 'period an array'],
  ])('addMonths(%j, 1) is INVALID_OPTIONS bad-period, naming it', (p, named) => {
    // Before: addMonths('nonsense', 1) returned '0NaN-NaN' and addMonths('2017-9', 1) '2017-10'.
    const e = indicatorErrorOf(() => addMonths(p as string, 1));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([{ code: 'bad-period', path: 'period', message: `${named} ${NOT_A_MONTH}` }]);
  });

  it.each([1.5, Number.NaN, Infinity, 2 ** 53, '1'])('addMonths with months %j is bad-option', (n) => {
    const e = indicatorErrorOf(() => addMonths('2017-09', n as number));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'months']]);
  });

  it('names both arguments when both are wrong', () => {
    expect(indicatorErrorOf(() => addMonths('x', 0.5)).issues.map((i) => i.path)).toEqual(['period', 'months']);
  });

  it.each([
    ['9999-12', 1, 'plus 1 month'],
    ['9999-01', 12, 'plus 12 months'],
    ['1000-01', -1, 'minus 1 month'],
    ['2017-09', 100_000, 'plus 100000 months'],
  ] as const)('addMonths(%s, %i) falls outside 1000-01..9999-12: out-of-range', (p, n, words) => {
    // Before: addMonths('9999-12', 1) returned '10000-01'.
    const e = indicatorErrorOf(() => addMonths(p, n));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([
      { code: 'out-of-range', path: 'months', message: `${p} ${words} is outside the supported months, 1000-01 to 9999-12 (years 1000 to 9999)` },
    ]);
  });

  it('reaches the ends of the supported range exactly', () => {
    expect(addMonths('9999-11', 1)).toBe('9999-12');
    expect(addMonths('1000-02', -1)).toBe('1000-01');
    expect(addMonths('1000-01', 107_999)).toBe('9999-12');
  });

  it('periodLabel refuses a month that is not one, with our error rather than a RangeError or a wrong label', () => {
    // Before: periodLabel('2017-13') returned 'Jan-18' and periodLabel('x') threw a RangeError.
    for (const p of ['2017-13', 'x', '2017-9', '0500-01']) {
      const e = indicatorErrorOf(() => periodLabel(p));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.issues).toEqual([{ code: 'bad-period', path: 'period', message: `period ${JSON.stringify(p)} ${NOT_A_MONTH}` }]);
    }
  });

  it.each(['MMM-j', 'g', 5])('periodLabel with the pattern %j that date-fns cannot format is bad-format', (pattern) => {
    const e = indicatorErrorOf(() => periodLabel('2017-09', pattern as string));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]).toMatchObject({ code: 'bad-format', path: 'pattern' });
    expect(e.issues[0]!.message).toContain(`pattern ${JSON.stringify(pattern)} is not a date-fns format pattern`);
  });

  it('periodRange names each end that is not a month', () => {
    const e = indicatorErrorOf(() => periodRange('2017-9', 'Sep-17'));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([
      { code: 'bad-period', path: 'from', message: `from "2017-9" ${NOT_A_MONTH}` },
      { code: 'bad-period', path: 'to', message: `to "Sep-17" ${NOT_A_MONTH}` },
    ]);
    expect(indicatorErrorOf(() => periodRange('2017-01', '10000-01')).issues.map((i) => i.path)).toEqual(['to']);
  });
});
