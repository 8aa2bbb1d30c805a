/**
 * The records' calendar: `YYYY-MM-DD` dates as whole day numbers (days since
 * 1970-01-01, proleptic Gregorian), with Howard Hinnant's `days_from_civil`
 * and `civil_from_days`. No Date, no time zone, nothing else in src/records
 * does date arithmetic of its own: bank holidays, working days, the record
 * columns, the counters and the month helpers all come here.
 *
 * @internal
 * @module
 */

/** Day number (days since 1970-01-01) of a proleptic Gregorian date; Hinnant's days_from_civil. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Hinnant's civil_from_days, packed into one number without building an
 * array: `year * 512 + month * 32 + day` (month * 32 + day is below 512, so
 * `Math.floor(packed / 512)` is the year, also before year 0). Unpack with
 * {@link packedYear}, {@link packedMonth} and {@link packedDay}.
 */
export function packedCivil(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 512 + month * 32 + day;
}

/** The year of a {@link packedCivil} number. */
export function packedYear(packed: number): number {
  return Math.floor(packed / 512);
}

/** The month (1 to 12) of a {@link packedCivil} number. */
export function packedMonth(packed: number): number {
  return (packed - packedYear(packed) * 512) >> 5;
}

/** The day of the month of a {@link packedCivil} number. */
export function packedDay(packed: number): number {
  return packed & 31;
}

/** The `[year, month, day]` of a day number. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const packed = packedCivil(dayNumber);
  return [packedYear(packed), packedMonth(packed), packedDay(packed)];
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number of days in `month` (1 to 12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of the last day of `month` (1 to 12) of `year`. */
export function lastDayOfMonth(year: number, month: number): number {
  return dayFromCivil(year, month, daysInMonth(year, month));
}

/** The year of a month index (`year * 12 + month - 1`). */
export function yearOfMonthIndex(monthIndex: number): number {
  return Math.floor(monthIndex / 12);
}

/** The month (1 to 12) of a month index (`year * 12 + month - 1`). */
export function monthOfMonthIndex(monthIndex: number): number {
  return monthIndex - yearOfMonthIndex(monthIndex) * 12 + 1;
}

/** The number written by the ASCII digits `text[from..to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Day number of a well-formed `YYYY-MM-DD` calendar date (a real day), or `undefined`. */
export function tryParseDay(date: unknown): number | undefined {
  // By character codes rather than a regular expression: case records hold
  // millions of dates.
  if (typeof date !== 'string' || date.length !== 10) return undefined;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

/** The `YYYY-MM-DD` form of a day number. */
export function formatDay(dayNumber: number): string {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week of a day number: 0 Monday … 5 Saturday, 6 Sunday. */
export function weekdayOf(dayNumber: number): number {
  // Day 4 (1970-01-05) was a Monday.
  return (((dayNumber - 4) % 7) + 7) % 7;
}

/**
 * A value as a message shows it: text in quotes, a number or the like as it
 * prints, an object or function by its kind (never by calling its own
 * `toString`, which hostile input may lack or replace).
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/** The message for a value that {@link tryParseDay} did not read: `date "2017-02-30" is not a real calendar date in YYYY-MM-DD form`. */
export function notADate(label: string, value: unknown): string {
  return `${label} ${shown(value)} is not a real calendar date in YYYY-MM-DD form`;
}
