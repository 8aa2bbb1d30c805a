/**
 * The records' calendar (src/records/calendar.ts): day numbers to and from
 * civil dates, `YYYY-MM-DD` parsing and formatting, weekdays and month
 * lengths, against the oracle's helpers built on Date.UTC.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatDay,
  isLeapYear,
  lastDayOfMonth,
  monthOfMonthIndex,
  notADate,
  packedCivil,
  packedDay,
  packedMonth,
  packedYear,
  shown,
  tryParseDay,
  weekdayOf,
  yearOfMonthIndex,
} from '../../src/records/calendar.js';
import { dateOf, dayOf } from './oracle.js';

// Date.UTC reads years 0 to 99 as 1900 to 1999: the oracle serves from 1000.
const FIRST = dayOf('1000-01-01');
const LAST = dayOf('9999-12-31');
const anyDay = fc.integer({ min: FIRST, max: LAST });

describe('dayFromCivil and civilFromDay', () => {
  it('agree with Date.UTC from 1000 to 9999', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = dateOf(day).split('-').map(Number) as [number, number, number];
        expect(dayFromCivil(y, m, d)).toBe(day);
        expect(civilFromDay(day)).toEqual([y, m, d]);
      }),
      { numRuns: 500 },
    );
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDay(-1)).toEqual([1969, 12, 31]);
  });

  it('round-trip every day, years before 0 included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_500_000, max: 1_500_000 }), (day) => {
        const [y, m, d] = civilFromDay(day);
        expect(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)).toBe(true);
        expect(dayFromCivil(y, m, d)).toBe(day);
      }),
      { numRuns: 500 },
    );
    expect(civilFromDay(dayFromCivil(-1, 3, 1) - 1)).toEqual([-1, 2, 28]);
    expect(civilFromDay(dayFromCivil(0, 3, 1) - 1)).toEqual([0, 2, 29]); // year 0 is a leap year
  });

  it('packedCivil packs year, month and day, and the packed helpers unpack them', () => {
    for (const [y, m, d] of [[2017, 2, 28], [2000, 2, 29], [1, 1, 1], [0, 12, 31], [-1, 1, 1], [-401, 3, 15]] as const) {
      const packed = packedCivil(dayFromCivil(y, m, d));
      expect(packed).toBe(y * 512 + m * 32 + d);
      expect([packedYear(packed), packedMonth(packed), packedDay(packed)]).toEqual([y, m, d]);
    }
  });
});

describe('month lengths and month indices', () => {
  it('daysInMonth and isLeapYear follow the Gregorian rules', () => {
    expect([1900, 2000, 2016, 2017, 2100, 2400].map(isLeapYear)).toEqual([false, true, true, false, false, true]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2017, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(formatDay(lastDayOfMonth(2016, 2))).toBe('2016-02-29');
    expect(formatDay(lastDayOfMonth(2017, 12))).toBe('2017-12-31');
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m] = civilFromDay(day);
        const next = m === 12 ? dayFromCivil(y + 1, 1, 1) : dayFromCivil(y, m + 1, 1);
        expect(next - dayFromCivil(y, m, 1)).toBe(daysInMonth(y, m));
      }),
      { numRuns: 300 },
    );
  });

  it('a month index (year * 12 + month - 1) splits into its year and month, before year 0 too', () => {
    for (const [y, m] of [[2017, 1], [2017, 12], [0, 1], [-1, 12], [-1, 1]] as const) {
      const index = y * 12 + m - 1;
      expect([yearOfMonthIndex(index), monthOfMonthIndex(index)]).toEqual([y, m]);
    }
  });
});

describe('tryParseDay and formatDay', () => {
  it('reads exactly YYYY-MM-DD with a real month and day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(tryParseDay(dateOf(day))).toBe(day);
        expect(formatDay(day)).toBe(dateOf(day));
      }),
    );
    for (const bad of ['2017-02-29', '2017-13-01', '2017-00-10', '2017-01-00', '2017-1-01', '2017/01/01', ' 2017-01-01', '2017-01-01 ', '2017-01-0a', '２０１７-01-01', '', 20170101, null, undefined, {}, ['2017-01-01']]) {
      expect(tryParseDay(bad), String(bad)).toBeUndefined();
    }
    expect(tryParseDay('2016-02-29')).toBe(dayOf('2016-02-29'));
    expect(tryParseDay('0000-01-01')).toBe(dayOf('2000-01-01') - 730485);
  });

  it('formatDay pads years below 1000', () => {
    expect(formatDay(dayFromCivil(1, 2, 3))).toBe('0001-02-03');
    expect(formatDay(tryParseDay('0999-12-31')!)).toBe('0999-12-31');
  });
});

describe('weekdayOf', () => {
  it('is 0 on Mondays and 6 on Sundays, before 1970 too', () => {
    expect(weekdayOf(dayOf('2017-09-04'))).toBe(0); // a Monday
    expect(weekdayOf(dayOf('2017-09-09'))).toBe(5);
    expect(weekdayOf(dayOf('2017-09-10'))).toBe(6);
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(weekdayOf(day)).toBe((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
      }),
      { numRuns: 300 },
    );
  });
});

describe('messages about dates', () => {
  it('shows text in quotes and other values by their kind, never calling their own toString', () => {
    expect(shown('2017-02-30')).toBe('"2017-02-30"');
    expect(shown(20170230)).toBe('20170230');
    expect(shown(undefined)).toBe('undefined');
    expect(shown(null)).toBe('null');
    expect(shown(Object.create(null))).toBe('an object');
    expect(shown(['2017-01-01'])).toBe('an array');
    expect(shown(() => 1)).toBe('a function');
    expect(notADate('start', '2017-02-30')).toBe('start "2017-02-30" is not a real calendar date in YYYY-MM-DD form');
  });
});
