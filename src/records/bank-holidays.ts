/**
 * UK bank holidays from the standing rules (plus the one-off changes since
 * 1995), and the calendar-date primitives the working-day functions share.
 *
 * Dates are calendar dates in `YYYY-MM-DD` form. All arithmetic is on integer
 * day numbers (days since 1970-01-01, Howard Hinnant's `days_from_civil`), so
 * nothing here depends on the process time zone.
 *
 * @module
 */

import { IndicatorError } from '../errors.js';

/** A UK bank-holiday region, as GOV.UK divides them. */
export type UkRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * The regions {@link bankHolidays} knows, in GOV.UK's order.
 *
 * @example
 * ```ts
 * import { UK_REGIONS } from 'council-indicators/records';
 *
 * UK_REGIONS; // ['england-and-wales', 'scotland', 'northern-ireland']
 * ```
 */
export const UK_REGIONS: readonly UkRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * The first and last years whose bank holidays are known; dates outside them
 * are rejected.
 *
 * @example
 * ```ts
 * import { SUPPORTED_YEARS } from 'council-indicators/records';
 *
 * SUPPORTED_YEARS; // { first: 1995, last: 2100 }
 * ```
 */
export const SUPPORTED_YEARS = { first: 1995, last: 2100 } as const;

/**
 * The bank holidays of `year` in `region` (default England and Wales), as
 * sorted `YYYY-MM-DD` dates, substitute days included. Supports
 * 1995 to 2100; any other year, or an unknown region, throws an
 * `INVALID_OPTIONS` {@link IndicatorError}.
 *
 * The standing rules are New Year's Day, Good Friday, Easter Monday (not
 * Scotland), the early May (first Monday of May) and spring (last Monday of
 * May) bank holidays, the summer bank holiday (last Monday of August; first
 * Monday of August in Scotland), Christmas Day and Boxing Day; Scotland adds
 * 2 January and, from 2007, St Andrew's Day (30 November); Northern Ireland
 * adds St Patrick's Day (17 March) and the Battle of the Boyne (12 July). A
 * fixed-date holiday on a weekend is replaced by the next weekday that is not
 * already a holiday. One-offs: 1995 (early May moved to 8 May), 1999
 * (31 December), 2002 (golden jubilee 3 June, spring moved to 4 June), 2011
 * (royal wedding 29 April), 2012 (spring moved to 4 June, diamond jubilee
 * 5 June), 2020 (early May moved to 8 May), 2022 (spring moved to 2 June,
 * platinum jubilee 3 June, state funeral 19 September) and 2023 (coronation
 * 8 May). Holidays announced later are not known: pass them as
 * `extraHolidays` to the working-day functions.
 *
 * @example
 * ```ts
 * import { bankHolidays } from 'council-indicators/records';
 *
 * bankHolidays(2023).length; // 9
 * bankHolidays(2023)[4]; // '2023-05-08'
 * bankHolidays(2023, 'scotland')[1]; // '2023-01-03'
 * bankHolidays(2023, 'northern-ireland').includes('2023-07-12'); // true
 * ```
 */
export function bankHolidays(year: number, region: UkRegion = 'england-and-wales'): string[] {
  checkRegion(region);
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        path: 'year',
        message: `year ${String(year)} is not a whole year from ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}`,
      },
    ]);
  }
  return yearHolidays(year, region).map(formatDay);
}

// ---------------------------------------------------------------------------
// Calendar-date primitives. The exports marked @internal are shared with
// working-days.ts only; working-days.ts re-exports this module's public API.


/** Day number (days since 1970-01-01) of a proleptic Gregorian date; Hinnant's days_from_civil. */
/** @internal */
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
 * `Math.floor(packed / 512)` is the year, also before year 0).
 *
 * @internal
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

/** The `[year, month, day]` of a day number. */
/** @internal */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const packed = packedCivil(dayNumber);
  const year = Math.floor(packed / 512);
  const rest = packed - year * 512;
  return [year, rest >> 5, rest & 31];
}

/** @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * First and last supported day numbers (1995-01-01 and 2100-12-31).
 *
 * @internal
 */
export const SUPPORTED_DAYS = {
  first: dayFromCivil(SUPPORTED_YEARS.first, 1, 1),
  last: dayFromCivil(SUPPORTED_YEARS.last, 12, 31),
} as const;

/**
 * Day number of a well-formed `YYYY-MM-DD` calendar date, or `undefined`.
 *
 * @internal
 */
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

/**
 * Day number of `date`, which must be a real `YYYY-MM-DD` date in the
 * supported years; otherwise throws an `INVALID_DATA` error at `path`.
 *
 * @internal
 */
export function parseDay(date: unknown, path: string): number {
  const day = tryParseDay(date);
  if (day === undefined) {
    const shown = typeof date === 'string' ? `"${date}"` : String(date);
    throw new IndicatorError('INVALID_DATA', [
      { path, message: `date ${shown} is not a real calendar date in YYYY-MM-DD form` },
    ]);
  }
  if (day < SUPPORTED_DAYS.first || day > SUPPORTED_DAYS.last) {
    throw new IndicatorError('INVALID_DATA', [
      {
        path,
        message: `date "${String(date)}" is outside the supported years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}`,
      },
    ]);
  }
  return day;
}

/**
 * The `YYYY-MM-DD` form of a day number.
 *
 * @internal
 */
export function formatDay(dayNumber: number): string {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Day of the week of a day number: 0 Monday … 5 Saturday, 6 Sunday.
 *
 * @internal
 */
export function weekdayOf(dayNumber: number): number {
  // Day 4 (1970-01-05) was a Monday.
  return (((dayNumber - 4) % 7) + 7) % 7;
}

/**
 * Throws an `INVALID_OPTIONS` error unless `region` is a {@link UkRegion}.
 *
 * @internal
 */
export function checkRegion(region: unknown, path = 'region'): asserts region is UkRegion {
  if (!(UK_REGIONS as readonly unknown[]).includes(region)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      { path, message: `region ${JSON.stringify(region) ?? String(region)} is not one of ${UK_REGIONS.join(', ')}` },
    ]);
  }
}

// ---------------------------------------------------------------------------
// The rules.

/** Easter Sunday's day number, by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromCivil(year, month, day);
}

function firstMonday(year: number, month: number): number {
  const first = dayFromCivil(year, month, 1);
  return first + ((7 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayFromCivil(year, month, daysInMonth(year, month));
  return last - weekdayOf(last);
}

type MonthDay = readonly [month: number, day: number];

interface OneOff {
  /** Where the early May bank holiday moved to. */
  readonly earlyMay?: MonthDay;
  /** Where the spring bank holiday moved to. */
  readonly spring?: MonthDay;
  /** Additional holidays, in every region. */
  readonly extra?: readonly MonthDay[];
}

const ONE_OFFS: Readonly<Record<number, OneOff>> = {
  1995: { earlyMay: [5, 8] }, // 50th anniversary of VE Day
  1999: { extra: [[12, 31]] }, // millennium
  2002: { spring: [6, 4], extra: [[6, 3]] }, // golden jubilee
  2011: { extra: [[4, 29]] }, // royal wedding
  2012: { spring: [6, 4], extra: [[6, 5]] }, // diamond jubilee
  2020: { earlyMay: [5, 8] }, // 75th anniversary of VE Day
  2022: { spring: [6, 2], extra: [[6, 3], [9, 19]] }, // platinum jubilee; state funeral
  2023: { extra: [[5, 8]] }, // coronation
};

function isWeekend(dayNumber: number): boolean {
  return weekdayOf(dayNumber) >= 5;
}

/** The year's holidays as sorted day numbers (uncached). */
function computeYear(year: number, region: UkRegion): number[] {
  const oneOff = ONE_OFFS[year] ?? {};
  const at = ([month, day]: MonthDay): number => dayFromCivil(year, month, day);
  const easter = easterSunday(year);

  const taken = new Set<number>([
    easter - 2,
    oneOff.earlyMay ? at(oneOff.earlyMay) : firstMonday(year, 5),
    oneOff.spring ? at(oneOff.spring) : lastMonday(year, 5),
    region === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8),
    ...(oneOff.extra ?? []).map(at),
  ]);
  if (region !== 'scotland') taken.add(easter + 1);

  const fixed: MonthDay[] = [[1, 1]];
  if (region === 'scotland') {
    fixed.push([1, 2]);
    if (year >= 2007) fixed.push([11, 30]);
  }
  if (region === 'northern-ireland') fixed.push([3, 17], [7, 12]);
  fixed.push([12, 25], [12, 26]);

  const fixedDays = fixed.map(at);
  for (const day of fixedDays) if (!isWeekend(day)) taken.add(day);
  // A weekend holiday moves to the next weekday that is not already a holiday.
  for (const day of fixedDays) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    taken.add(substitute);
  }
  return [...taken].sort((x, y) => x - y);
}

const yearCache = new Map<string, readonly number[]>();

/** The year's holidays as sorted day numbers, cached per year and region. */
function yearHolidays(year: number, region: UkRegion): readonly number[] {
  const key = `${region}:${year}`;
  let days = yearCache.get(key);
  if (days === undefined) {
    days = computeYear(year, region);
    yearCache.set(key, days);
  }
  return days;
}

/**
 * Every bank holiday of a region over the supported years.
 *
 * @internal
 */
export interface RegionHolidays {
  /** Day numbers, sorted ascending; all are weekdays. */
  readonly days: Int32Array;
  /** The same day numbers, for membership tests. */
  readonly set: ReadonlySet<number>;
}

const regionCache = new Map<UkRegion, RegionHolidays>();

/**
 * All bank holidays of `region` over the supported years, built once.
 *
 * @internal
 */
export function regionHolidays(region: UkRegion): RegionHolidays {
  let table = regionCache.get(region);
  if (table === undefined) {
    const all: number[] = [];
    for (let year = SUPPORTED_YEARS.first; year <= SUPPORTED_YEARS.last; year += 1) {
      all.push(...yearHolidays(year, region));
    }
    table = { days: Int32Array.from(all), set: new Set(all) };
    regionCache.set(region, table);
  }
  return table;
}
