/**
 * Calendar dates for case records as whole day numbers (days since
 * 1970-01-01): no Date, no time zone.
 *
 * @internal
 * @module
 */
import { civilFromDay, dayFromCivil, daysInMonth } from './bank-holidays.js';

/** Day number of the same date `months` calendar months later (earlier if negative), clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: number, months: number): number {
  const [y, m, d] = civilFromDay(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
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
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return dayFromCivil(year, month, daysInMonth(year, month));
}

/** The month index a day falls in. */
export function monthOfDay(day: number): number {
  const [y, m] = civilFromDay(day);
  return y * 12 + m - 1;
}

/**
 * The day a person born on `birth` turns `years` old. In England and Wales
 * someone born on 29 February comes of age on 1 March in a common year.
 */
export function birthday(birth: number, years: number): number {
  const [by, bm, bd] = civilFromDay(birth);
  const y = by + years;
  if (bm === 2 && bd === 29 && daysInMonth(y, 2) === 28) return dayFromCivil(y, 3, 1);
  return dayFromCivil(y, bm, bd);
}

/** Whole years from `birth` to `day`: an age. */
export function ageOn(birth: number, day: number): number {
  const [by] = civilFromDay(birth);
  const [y] = civilFromDay(day);
  const years = y - by;
  return day >= birthday(birth, years) ? years : years - 1;
}
