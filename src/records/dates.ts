/**
 * Months, birthdays and ages for case records, on the day numbers of
 * calendar.ts: no Date, no time zone.
 *
 * @internal
 * @module
 */
import { dayFromCivil, daysInMonth, isLeapYear, lastDayOfMonth, monthOfMonthIndex, packedCivil, packedDay, packedMonth, packedYear, yearOfMonthIndex } from './calendar.js';

// The year, month and day of the last day split by `split`: module state
// rather than a returned triple, as these run for every record of an extract.
let Y = 0;
let M = 0;
let D = 0;

/** Split a day number into Y, M, D. */
function split(day: number): void {
  const packed = packedCivil(day);
  Y = packedYear(packed);
  M = packedMonth(packed);
  D = packedDay(packed);
}

/** Day number of the same date `months` calendar months later (earlier if negative), clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: number, months: number): number {
  split(day);
  const index = Y * 12 + (M - 1) + months;
  const year = yearOfMonthIndex(index);
  const month = monthOfMonthIndex(index);
  return dayFromCivil(year, month, Math.min(D, daysInMonth(year, month)));
}

/**
 * The day `months` months before `day`. From a month's last day it is the
 * last day of the month that many months earlier, so a window from there to
 * a month end is that many whole months (12 months to 28 February 2017 start
 * on 1 March 2016, not on 29 February); from any other day, the same date,
 * clamped to the month's length.
 */
export function monthsBefore(day: number, months: number): number {
  const m = monthOfDay(day);
  if (monthEndDay(m) === day) return monthEndDay(m - months);
  return addMonthsToDay(day, -months);
}

/** The last day of a reporting month (a month index, `year * 12 + month - 1`). */
export function monthEndDay(monthIndex: number): number {
  return lastDayOfMonth(yearOfMonthIndex(monthIndex), monthOfMonthIndex(monthIndex));
}

/** The month index a day falls in. */
export function monthOfDay(day: number): number {
  const i = day - TABLE_FIRST_DAY;
  if (i >= 0 && i < MONTH_OF.length) return MONTH_OF[i]!;
  split(day);
  return Y * 12 + M - 1;
}

// Months of the days from 1900 to 2199, looked up rather than worked out:
// every episode and event of an extract asks (300 kB).
const TABLE_FIRST_DAY = dayFromCivil(1900, 1, 1);
const MONTH_OF = new Int32Array(dayFromCivil(2200, 1, 1) - TABLE_FIRST_DAY);
for (let year = 1900, i = 0; year < 2200; year++) {
  for (let month = 1; month <= 12; month++) MONTH_OF.fill(year * 12 + month - 1, i, (i += daysInMonth(year, month)));
}

/**
 * The month index of the day a person born on `birth` turns `years` old:
 * the month of {@link birthday}, without working out the day.
 */
export function birthdayMonth(birth: number, years: number): number {
  split(birth);
  const y = Y + years;
  return y * 12 + M - 1 + (M === 2 && D === 29 && !isLeapYear(y) ? 1 : 0);
}

/**
 * The day a person born on `birth` turns `years` old. In England and Wales
 * someone born on 29 February comes of age on 1 March in a common year.
 */
export function birthday(birth: number, years: number): number {
  split(birth);
  const y = Y + years;
  if (M === 2 && D === 29 && !isLeapYear(y)) return dayFromCivil(y, 3, 1);
  return dayFromCivil(y, M, D);
}

/** Whole years from `birth` to `day`: an age. */
export function ageOn(birth: number, day: number): number {
  split(birth);
  const by = Y;
  split(day);
  const years = Y - by;
  return day >= birthday(birth, years) ? years : years - 1;
}
