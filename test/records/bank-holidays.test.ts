import { describe, it, expect } from 'vitest';
import { isIndicatorError } from '../../src/errors.js';
import { bankHolidays, type UkRegion } from '../../src/records/bank-holidays.js';
import { isBankHoliday } from '../../src/records/working-days.js';
import { thrown } from '../helpers.js';

/**
 * GOV.UK's published bank holidays (https://www.gov.uk/bank-holidays), 2015
 * to 2030, substitute days included. Years not yet published are given as
 * the standing rules give them.
 */
const ENGLAND_AND_WALES: Record<number, string[]> = {
  2015: ['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28'],
  2016: ['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27'],
  2017: ['2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-08-28', '2017-12-25', '2017-12-26'],
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: [
    '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19',
    '2022-12-26', '2022-12-27',
  ],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
};

const SCOTLAND: Record<number, string[]> = {
  2015: ['2015-01-01', '2015-01-02', '2015-04-03', '2015-05-04', '2015-05-25', '2015-08-03', '2015-11-30', '2015-12-25', '2015-12-28'],
  2016: ['2016-01-01', '2016-01-04', '2016-03-25', '2016-05-02', '2016-05-30', '2016-08-01', '2016-11-30', '2016-12-26', '2016-12-27'],
  2017: ['2017-01-02', '2017-01-03', '2017-04-14', '2017-05-01', '2017-05-29', '2017-08-07', '2017-11-30', '2017-12-25', '2017-12-26'],
  2018: ['2018-01-01', '2018-01-02', '2018-03-30', '2018-05-07', '2018-05-28', '2018-08-06', '2018-11-30', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-01-02', '2019-04-19', '2019-05-06', '2019-05-27', '2019-08-05', '2019-12-02', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-01-02', '2020-04-10', '2020-05-08', '2020-05-25', '2020-08-03', '2020-11-30', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-01-04', '2021-04-02', '2021-05-03', '2021-05-31', '2021-08-02', '2021-11-30', '2021-12-27', '2021-12-28'],
  2022: [
    '2022-01-03', '2022-01-04', '2022-04-15', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-01', '2022-09-19',
    '2022-11-30', '2022-12-26', '2022-12-27',
  ],
  2023: [
    '2023-01-02', '2023-01-03', '2023-04-07', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-07', '2023-11-30',
    '2023-12-25', '2023-12-26',
  ],
  2024: ['2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-01-04', '2027-03-26', '2027-05-03', '2027-05-31', '2027-08-02', '2027-11-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-01-04', '2028-04-14', '2028-05-01', '2028-05-29', '2028-08-07', '2028-11-30', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-01-02', '2029-03-30', '2029-05-07', '2029-05-28', '2029-08-06', '2029-11-30', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-01-02', '2030-04-19', '2030-05-06', '2030-05-27', '2030-08-05', '2030-12-02', '2030-12-25', '2030-12-26'],
};

const NORTHERN_IRELAND: Record<number, string[]> = {
  2015: [
    '2015-01-01', '2015-03-17', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-07-13', '2015-08-31',
    '2015-12-25', '2015-12-28',
  ],
  2016: [
    '2016-01-01', '2016-03-17', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-07-12', '2016-08-29',
    '2016-12-26', '2016-12-27',
  ],
  2017: [
    '2017-01-02', '2017-03-17', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-07-12', '2017-08-28',
    '2017-12-25', '2017-12-26',
  ],
  2018: [
    '2018-01-01', '2018-03-19', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-07-12', '2018-08-27',
    '2018-12-25', '2018-12-26',
  ],
  2019: [
    '2019-01-01', '2019-03-18', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-07-12', '2019-08-26',
    '2019-12-25', '2019-12-26',
  ],
  2020: [
    '2020-01-01', '2020-03-17', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-07-13', '2020-08-31',
    '2020-12-25', '2020-12-28',
  ],
  2021: [
    '2021-01-01', '2021-03-17', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-07-12', '2021-08-30',
    '2021-12-27', '2021-12-28',
  ],
  2022: [
    '2022-01-03', '2022-03-17', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-07-12',
    '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  ],
  2023: [
    '2023-01-02', '2023-03-17', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-07-12',
    '2023-08-28', '2023-12-25', '2023-12-26',
  ],
  2024: [
    '2024-01-01', '2024-03-18', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-07-12', '2024-08-26',
    '2024-12-25', '2024-12-26',
  ],
  2025: [
    '2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25',
    '2025-12-25', '2025-12-26',
  ],
  2026: [
    '2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31',
    '2026-12-25', '2026-12-28',
  ],
  2027: [
    '2027-01-01', '2027-03-17', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-07-12', '2027-08-30',
    '2027-12-27', '2027-12-28',
  ],
  2028: [
    '2028-01-03', '2028-03-17', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-07-12', '2028-08-28',
    '2028-12-25', '2028-12-26',
  ],
  2029: [
    '2029-01-01', '2029-03-19', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-07-12', '2029-08-27',
    '2029-12-25', '2029-12-26',
  ],
  2030: [
    '2030-01-01', '2030-03-18', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-07-12', '2030-08-26',
    '2030-12-25', '2030-12-26',
  ],
};

const PUBLISHED: Record<UkRegion, Record<number, string[]>> = {
  'england-and-wales': ENGLAND_AND_WALES,
  scotland: SCOTLAND,
  'northern-ireland': NORTHERN_IRELAND,
};
const REGIONS = Object.keys(PUBLISHED) as UkRegion[];

/** Day of the week (0 Sunday … 6 Saturday), computed independently of the module. */
function utcWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

describe('bankHolidays: published GOV.UK lists 2015 to 2030', () => {
  for (const region of REGIONS) {
    for (let year = 2015; year <= 2030; year += 1) {
      it(`${region} ${year}`, () => {
        expect(bankHolidays(year, region)).toEqual(PUBLISHED[region][year]);
      });
    }
  }

  it('defaults to England and Wales', () => {
    expect(bankHolidays(2024)).toEqual(ENGLAND_AND_WALES[2024]);
  });
});

describe('bankHolidays: one-off changes', () => {
  it.each(REGIONS)('has the one-offs since 2012 in %s', (region) => {
    // 2012: spring bank holiday moved to 4 June, diamond jubilee 5 June.
    expect(bankHolidays(2012, region)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(bankHolidays(2012, region)).not.toContain('2012-05-28');
    // 2020: early May bank holiday moved to Friday 8 May for VE Day.
    expect(bankHolidays(2020, region)).toContain('2020-05-08');
    expect(bankHolidays(2020, region)).not.toContain('2020-05-04');
    // 2022: spring moved to 2 June, platinum jubilee 3 June, state funeral 19 September.
    expect(bankHolidays(2022, region)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(bankHolidays(2022, region)).not.toContain('2022-05-30');
    // 2023: coronation 8 May, as well as early May on 1 May.
    expect(bankHolidays(2023, region)).toEqual(expect.arrayContaining(['2023-05-01', '2023-05-08']));
  });

  it('has the earlier one-offs', () => {
    expect(bankHolidays(1995)).toContain('1995-05-08');
    expect(bankHolidays(1995)).not.toContain('1995-05-01');
    expect(bankHolidays(1999)).toContain('1999-12-31');
    expect(bankHolidays(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(bankHolidays(2002)).not.toContain('2002-05-27');
    expect(bankHolidays(2011)).toContain('2011-04-29');
  });

  it('has the millennium holidays in Scotland', () => {
    expect(bankHolidays(1999, 'scotland').slice(-3)).toEqual(['1999-12-27', '1999-12-28', '1999-12-31']);
    expect(bankHolidays(2000, 'scotland').slice(0, 2)).toEqual(['2000-01-03', '2000-01-04']);
  });

  it("has St Andrew's Day in Scotland only from 2007", () => {
    expect(bankHolidays(2006, 'scotland').filter((d) => d >= '2006-11-01' && d < '2006-12-25')).toEqual([]);
    expect(bankHolidays(2007, 'scotland')).toContain('2007-11-30');
  });
});

describe('bankHolidays: rules over the whole supported range', () => {
  it.each(REGIONS)('gives sorted, distinct weekdays every year in %s', (region) => {
    for (let year = 1995; year <= 2100; year += 1) {
      const days = bankHolidays(year, region);
      expect([...days].sort()).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
      for (const day of days) {
        expect(day.startsWith(`${year}-`)).toBe(true);
        expect([0, 6]).not.toContain(utcWeekday(day));
      }
      const usual = region === 'england-and-wales' ? 8 : region === 'scotland' ? (year >= 2007 ? 9 : 8) : 10;
      expect(days.length).toBeGreaterThanOrEqual(usual);
    }
  });

  it('puts Good Friday two days before Easter Sunday', () => {
    // Known Easter Sundays, including the earliest and latest possible dates.
    const easter: Record<number, string> = {
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2038: '2038-04-25',
      2100: '2100-03-28',
    };
    const goodFriday: Record<number, string> = {
      2000: '2000-04-21',
      2008: '2008-03-21',
      2011: '2011-04-22',
      2038: '2038-04-23',
      2100: '2100-03-26',
    };
    for (const year of Object.keys(easter).map(Number)) {
      expect(bankHolidays(year, 'scotland')).toContain(goodFriday[year]);
      expect(bankHolidays(year)).toContain(goodFriday[year]);
    }
  });

  it('returns a fresh array each time', () => {
    const first = bankHolidays(2025);
    first.push('2025-13-01');
    first[0] = 'mutated';
    expect(bankHolidays(2025)).toEqual(ENGLAND_AND_WALES[2025]);
  });
});

describe('bankHolidays: errors', () => {
  it.each([1994, 2101, 2020.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects year %s', (year) => {
    const error = thrown(() => bankHolidays(year));
    expect(isIndicatorError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'year' }] });
  });

  it('rejects an unknown region', () => {
    const error = thrown(() => bankHolidays(2024, 'wales' as UkRegion));
    expect(error).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'region' }] });
  });
});

describe('isBankHoliday', () => {
  it('agrees with bankHolidays in every region', () => {
    for (const region of REGIONS) {
      for (const day of PUBLISHED[region][2022]!) expect(isBankHoliday(day, { region })).toBe(true);
    }
    expect(isBankHoliday('2022-11-30')).toBe(false);
    expect(isBankHoliday('2022-11-30', { region: 'scotland' })).toBe(true);
    expect(isBankHoliday('2024-04-01', { region: 'scotland' })).toBe(false);
    expect(isBankHoliday('2024-03-18', { region: 'northern-ireland' })).toBe(true);
    expect(isBankHoliday('2024-03-17', { region: 'northern-ireland' })).toBe(false);
  });

  it('counts extraHolidays, weekends included', () => {
    expect(isBankHoliday('2031-06-06')).toBe(false);
    expect(isBankHoliday('2031-06-06', { extraHolidays: ['2031-06-06'] })).toBe(true);
    expect(isBankHoliday('2031-06-07', { extraHolidays: ['2031-06-07'] })).toBe(true);
  });

  it('throws INVALID_DATA for malformed dates', () => {
    const error = thrown(() => isBankHoliday('2023-02-29'));
    expect(error).toMatchObject({
      code: 'INVALID_DATA',
      issues: [{ path: 'date', message: 'date "2023-02-29" is not a real calendar date in YYYY-MM-DD form' }],
    });
  });
});
