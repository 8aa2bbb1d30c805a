/**
 * The month, birthday and age helpers of src/records/dates.ts, against the oracle's
 * helpers built on Date.UTC, over every day from 1800 to 2300 (the month
 * table covers 1900 to 2199; outside it the months are worked out).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonthsToDay, ageOn, birthday, birthdayMonth, monthEndDay, monthOfDay, monthsBefore } from '../../src/records/dates.js';
import { ageOn as oracleAgeOn, birthdayOf, dateOf, dayOf, monthsBefore as oracleMonthsBefore, shiftMonths } from './oracle.js';

const FIRST = dayOf('1800-01-01');
const LAST = dayOf('2300-12-31');
const anyDay = fc.integer({ min: FIRST, max: LAST });

/** Month index (year * 12 + month - 1) of a day, from its date string. */
const monthIndexOf = (day: number) => {
  const [y, m] = dateOf(day).split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

describe('monthOfDay and monthEndDay', () => {
  it('agree with Date.UTC on every day from 1800 to 2300', () => {
    let wrong = 0;
    for (let day = FIRST; day <= LAST; day++) if (monthOfDay(day) !== monthIndexOf(day)) wrong++;
    expect(wrong).toBe(0);
  });

  it('monthEndDay is the last day of the month', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const end = monthEndDay(monthOfDay(day));
        expect(monthOfDay(end)).toBe(monthOfDay(day));
        expect(monthOfDay(end + 1)).toBe(monthOfDay(day) + 1);
      }),
    );
  });
});

describe('birthdays, ages and month arithmetic', () => {
  it('birthday, birthdayMonth and ageOn agree with the oracle (29 February birthdays on 1 March)', () => {
    const feb29 = fc.constantFrom('1896-02-29', '1904-02-29', '2000-02-29', '2012-02-29', '2196-02-29').map(dayOf);
    fc.assert(
      fc.property(fc.oneof(anyDay, feb29), fc.integer({ min: 0, max: 30 }), anyDay, (birth, years, day) => {
        expect(birthday(birth, years)).toBe(birthdayOf(birth, years));
        expect(birthdayMonth(birth, years)).toBe(monthOfDay(birthdayOf(birth, years)));
        if (day >= birth) expect(ageOn(birth, day)).toBe(oracleAgeOn(birth, day));
      }),
    );
  });

  it('addMonthsToDay clamps to the month end and monthsBefore keeps whole months from a month end', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 40 }), (day, n, back) => {
        expect(addMonthsToDay(day, n)).toBe(shiftMonths(day, n));
        expect(monthsBefore(day, back)).toBe(oracleMonthsBefore(day, back));
      }),
    );
    expect(dateOf(addMonthsToDay(dayOf('2016-01-31'), 1))).toBe('2016-02-29');
    expect(dateOf(monthsBefore(dayOf('2017-02-28'), 12))).toBe('2016-02-29');
  });
});
