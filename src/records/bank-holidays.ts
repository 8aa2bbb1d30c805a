/**
 * UK bank holidays from the standing rules (plus the one-off changes since
 * 1995), the years and regions they are known for.
 *
 * Dates are calendar dates in `YYYY-MM-DD` form. All arithmetic is on integer
 * day numbers (days since 1970-01-01; see calendar.ts), so nothing here
 * depends on the process time zone.
 *
 * @module
 */

import { IndicatorError } from '../index.js';
import { dayFromCivil, formatDay, lastDayOfMonth, shown, weekdayOf } from './calendar.js';

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
 * bankHolidays(2023, { region: 'scotland' })[1]; // '2023-01-03'
 * ```
 */
export function bankHolidays(year: number, region: UkRegion | { region?: UkRegion } = 'england-and-wales'): string[] {
  region = regionArgument(region);
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'out-of-range',
        path: 'year',
        message: `year ${shown(year)} is not a whole year from ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}`,
      },
    ]);
  }
  return yearHolidays(year, region).map(formatDay);
}

/**
 * The region of `bankHolidays`: given as text, or as `{ region }` like the
 * working-day functions' options (which is what a caller used to those
 * writes). Anything else says exactly what to write.
 */
function regionArgument(region: unknown): UkRegion {
  if (typeof region === 'object' && region !== null && !Array.isArray(region)) {
    const keys = Object.keys(region);
    const other = keys.filter((k) => k !== 'region');
    if (other.length > 0) {
      throw new IndicatorError('INVALID_OPTIONS', [
        {
          code: 'bad-option',
          path: `region.${other[0]}`,
          message: `bankHolidays takes only a region, as text or { region }: ${other.map((k) => JSON.stringify(k)).join(', ')} ${other.length === 1 ? 'is' : 'are'} not read (extraHolidays belong to the working-day functions, e.g. addWorkingDays); write bankHolidays(2026, 'scotland') or bankHolidays(2026, { region: 'scotland' })`,
        },
      ]);
    }
    const inner: unknown = Object.hasOwn(region, 'region') ? (region as { region?: unknown }).region : undefined;
    if (inner === undefined) return 'england-and-wales';
    checkRegion(inner, 'region.region');
    return inner;
  }
  if (typeof region !== 'string') {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'bad-region',
        path: 'region',
        message: `region ${shown(region)} is not a region: give one of ${UK_REGIONS.join(', ')} as text or as { region }, e.g. bankHolidays(2026, 'scotland') or bankHolidays(2026, { region: 'scotland' })`,
      },
    ]);
  }
  checkRegion(region);
  return region;
}

// ---------------------------------------------------------------------------
// The supported range and regions. The exports marked @internal are shared
// with working-days.ts only; working-days.ts re-exports this module's public
// API. Day numbers and their arithmetic come from calendar.ts.

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
 * Throws an `INVALID_OPTIONS` error unless `region` is a {@link UkRegion}.
 *
 * @internal
 */
export function checkRegion(region: unknown, path = 'region'): asserts region is UkRegion {
  if (!(UK_REGIONS as readonly unknown[]).includes(region)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'bad-region', path, message: `region ${shown(region)} is not one of ${UK_REGIONS.join(', ')}` },
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
  const last = lastDayOfMonth(year, month);
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
