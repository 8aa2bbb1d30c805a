/**
 * Periods: `YYYY-MM` months, moved and listed without Date or time zones,
 * and labelled as report tables print them.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, isPeriod, periodLabel, periodRange } from 'council-indicators';

describe('isPeriod', () => {
  it.each(['2017-09', '2017-01', '2017-12', '2000-10', '0001-01', '9999-12'])('accepts %s', (p) => {
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

  it('labels a year below 100 as that year (isPeriod accepts 0001-01 to 0099-12)', () => {
    // new Date(50, 2, 1) is 1950-03-01 in JS, so a label built that way reads 1950.
    expect(periodLabel('0050-03', 'yyyy')).toBe('0050');
    expect(periodLabel('0099-12', 'MMM yyyy')).toBe('Dec 0099');
  });
});
