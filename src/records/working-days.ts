/**
 * UK working days: weekdays that are neither bank holidays of a region nor
 * holidays the caller adds. Counting and stepping are arithmetic (weekdays by
 * formula, holidays by binary search over a cached table), so the cost does
 * not grow with the span.
 *
 * This module is the public face of the records calendar: it re-exports
 * {@link bankHolidays} and the region type.
 *
 * @module
 */

import { IndicatorError } from '../index.js';
import type { IndicatorIssue } from '../index.js';
import { checkRegion, regionHolidays, SUPPORTED_DAYS, SUPPORTED_YEARS, type RegionHolidays, type UkRegion } from './bank-holidays.js';
import { formatDay, notADate, shown, tryParseDay, weekdayOf } from './calendar.js';

export { bankHolidays, UK_REGIONS, SUPPORTED_YEARS, type UkRegion } from './bank-holidays.js';

/** Options of the working-day functions. */
export interface WorkingDayOptions {
  /** Whose bank holidays apply; default `'england-and-wales'`. */
  region?: UkRegion;
  /**
   * More non-working days, as `YYYY-MM-DD` dates: a bank holiday announced
   * after this release, or a local closure. Treated exactly like bank holidays.
   */
  extraHolidays?: readonly string[];
}

// ---------------------------------------------------------------------------
// Resolving options (cached: the same extraHolidays array is parsed once).

interface ExtraHolidays {
  /** The array's contents when parsed, to notice later mutation. */
  readonly snapshot: readonly string[];
  /** Every extra holiday. */
  readonly all: ReadonlySet<number>;
  /** Per region: the extra holidays that are weekdays and not already bank holidays, sorted. */
  readonly countable: Map<UkRegion, Int32Array>;
}

interface Calendar {
  readonly bank: RegionHolidays;
  readonly extra: ExtraHolidays;
  readonly extraCountable: Int32Array;
}

const NO_EXTRAS: ExtraHolidays = { snapshot: [], all: new Set(), countable: new Map() };
const extrasCache = new WeakMap<readonly string[], ExtraHolidays>();

function invalidOption(code: IndicatorIssue['code'], path: string, message: string): IndicatorError {
  return new IndicatorError('INVALID_OPTIONS', [{ code, path, message }]);
}

/**
 * Day number of `date`, which must be a real `YYYY-MM-DD` date in the
 * supported years; otherwise throws an `INVALID_DATA` error at `path`.
 */
function parseDay(date: unknown, path: string): number {
  const day = tryParseDay(date);
  if (day === undefined) throw new IndicatorError('INVALID_DATA', [{ code: 'bad-date', path, message: notADate('date', date) }]);
  if (day < SUPPORTED_DAYS.first || day > SUPPORTED_DAYS.last) {
    throw new IndicatorError('INVALID_DATA', [
      {
        code: 'date-out-of-range',
        path,
        message: `date ${shown(date)} is outside the supported years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}`,
      },
    ]);
  }
  return day;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function parseExtras(extra: readonly string[] | undefined): ExtraHolidays {
  if (extra === undefined) return NO_EXTRAS;
  if (!Array.isArray(extra as unknown)) throw invalidOption('not-an-array', 'extraHolidays', 'extraHolidays must be an array of YYYY-MM-DD dates');
  const cached = extrasCache.get(extra);
  if (cached !== undefined && sameItems(cached.snapshot, extra)) return cached;
  const all = new Set<number>();
  extra.forEach((date, i) => {
    const day = tryParseDay(date);
    if (day === undefined) throw invalidOption('bad-date', `extraHolidays[${i}]`, notADate('date', date));
    all.add(day);
  });
  const parsed: ExtraHolidays = { snapshot: [...extra], all, countable: new Map() };
  extrasCache.set(extra, parsed);
  return parsed;
}

function resolve(options: WorkingDayOptions | undefined): Calendar {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidOption('not-an-object', 'options', 'options must be an object');
  }
  const region = options?.region ?? 'england-and-wales';
  checkRegion(region);
  const bank = regionHolidays(region);
  const extra = parseExtras(options?.extraHolidays);
  let extraCountable = extra.countable.get(region);
  if (extraCountable === undefined) {
    const days = [...extra.all].filter((d) => weekdayOf(d) < 5 && !bank.set.has(d));
    extraCountable = Int32Array.from(days.sort((x, y) => x - y));
    extra.countable.set(region, extraCountable);
  }
  return { bank, extra, extraCountable };
}

// ---------------------------------------------------------------------------
// Counting. A day number's "working-day index" W(d) counts working days up to
// and including d from a fixed origin; working days in (a, b] are W(b) - W(a).

/** Number of entries of sorted `days` that are <= `day`. */
function countUpTo(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Weekdays up to and including `day`, counted from the Monday 1970-01-05 (day 4). */
function weekdaysUpTo(day: number): number {
  const s = day - 4 + 1;
  const weeks = Math.floor(s / 7);
  return 5 * weeks + Math.min(s - 7 * weeks, 5);
}

/** The first day whose {@link weekdaysUpTo} reaches `count`; always a weekday. */
function firstDayWithWeekdays(count: number): number {
  const weeks = Math.floor((count - 1) / 5);
  return 4 + 7 * weeks + (count - 5 * weeks) - 1;
}

function holidaysUpTo(calendar: Calendar, day: number): number {
  return countUpTo(calendar.bank.days, day) + countUpTo(calendar.extraCountable, day);
}

function workingIndex(calendar: Calendar, day: number): number {
  return weekdaysUpTo(day) - holidaysUpTo(calendar, day);
}

/**
 * The first day `d` with `workingIndex(d) >= target` (necessarily a working
 * day). Starts from a day no later than the answer and jumps over weekdays
 * arithmetically, adding the holidays it passed until it passes no more.
 */
function firstDayReaching(calendar: Calendar, target: number, notAfterAnswer: number): number {
  let day = Math.max(notAfterAnswer, firstDayWithWeekdays(target));
  let holidays = holidaysUpTo(calendar, day);
  for (;;) {
    day = firstDayWithWeekdays(target + holidays);
    const passed = holidaysUpTo(calendar, day);
    if (passed === holidays) return day;
    holidays = passed;
  }
}

function isHoliday(calendar: Calendar, day: number): boolean {
  return calendar.bank.set.has(day) || calendar.extra.all.has(day);
}

// ---------------------------------------------------------------------------
// Public API.

/**
 * Whether `date` is a bank holiday in `options.region` (default England and
 * Wales), substitute days included, or one of `options.extraHolidays`. A
 * malformed date, or one outside 1995 to 2100, throws an `INVALID_DATA`
 * {@link IndicatorError}.
 *
 * @example
 * ```ts
 * import { isBankHoliday } from 'council-indicators/records';
 *
 * isBankHoliday('2023-05-08'); // true
 * isBankHoliday('2023-11-30'); // false
 * isBankHoliday('2023-11-30', { region: 'scotland' }); // true
 * isBankHoliday('2027-12-28'); // true
 * isBankHoliday('2030-06-14', { extraHolidays: ['2030-06-14'] }); // true
 * ```
 */
export function isBankHoliday(date: string, options?: WorkingDayOptions): boolean {
  const day = parseDay(date, 'date');
  return isHoliday(resolve(options), day);
}

/**
 * Whether `date` is a working day: Monday to Friday, not a bank holiday of
 * `options.region` and not one of `options.extraHolidays`. A malformed date,
 * or one outside 1995 to 2100, throws an `INVALID_DATA` {@link IndicatorError}.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'council-indicators/records';
 *
 * isWorkingDay('2023-12-22'); // true
 * isWorkingDay('2023-12-23'); // false
 * isWorkingDay('2023-12-25'); // false
 * isWorkingDay('2024-04-01', { region: 'scotland' }); // true
 * ```
 */
export function isWorkingDay(date: string, options?: WorkingDayOptions): boolean {
  const day = parseDay(date, 'date');
  return weekdayOf(day) < 5 && !isHoliday(resolve(options), day);
}

/**
 * The working day `n` working days from `date`:
 *
 * - `n >= 1`: the n-th working day strictly after `date` (whether or not
 *   `date` itself is a working day), so `workingDaysBetween(date, result)`
 *   is `n`;
 * - `n === 0`: `date` itself if it is a working day, otherwise the next
 *   working day after it (that is, the first working day on or after `date`);
 * - `n <= -1`: the |n|-th working day strictly before `date`, so when `date`
 *   is itself a working day `workingDaysBetween(date, result)` is `n`.
 *
 * The result is always a working day. `n` must be an integer (else
 * `INVALID_OPTIONS`); a malformed `date`, or one whose result would fall
 * outside 1995 to 2100, throws `INVALID_DATA`.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'council-indicators/records';
 *
 * addWorkingDays('2023-12-22', 1); // '2023-12-27'
 * addWorkingDays('2023-12-23', 0); // '2023-12-27'
 * addWorkingDays('2023-12-22', 0); // '2023-12-22'
 * addWorkingDays('2023-12-27', -1); // '2023-12-22'
 * addWorkingDays('2024-03-28', 20); // '2024-04-29'
 * addWorkingDays('2024-03-28', 20, { region: 'scotland' }); // '2024-04-26'
 * ```
 */
export function addWorkingDays(date: string, n: number, options?: WorkingDayOptions): string {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw invalidOption('bad-option', 'n', `n must be a whole number of working days, not ${shown(n)}`);
  }
  const start = parseDay(date, 'date');
  const calendar = resolve(options);
  const outside = (): IndicatorError =>
    new IndicatorError('INVALID_DATA', [
      {
        code: 'date-out-of-range',
        path: 'date',
        message: `${n} working days from "${date}" is outside the supported years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}`,
      },
    ]);
  if (Math.abs(n) > SUPPORTED_DAYS.last - SUPPORTED_DAYS.first) throw outside();

  const result =
    n >= 1
      ? firstDayReaching(calendar, workingIndex(calendar, start) + n, start)
      : n === 0
        ? firstDayReaching(calendar, workingIndex(calendar, start - 1) + 1, start)
        : firstDayReaching(calendar, workingIndex(calendar, start - 1) + n + 1, -Infinity);
  if (result < SUPPORTED_DAYS.first || result > SUPPORTED_DAYS.last) throw outside();
  return formatDay(result);
}

/**
 * The number of working days `d` with `a < d <= b`: the start date is not
 * counted and the end date is. If `b` is before `a` the result is negative:
 * minus the number of working days `d` with `b < d <= a`. So
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for every `n >= 1`,
 * and `workingDaysBetween(a, b) === -workingDaysBetween(b, a)`.
 *
 * Malformed dates, or dates outside 1995 to 2100, throw an `INVALID_DATA`
 * {@link IndicatorError} (path `a` or `b`).
 *
 * @example
 * ```ts
 * import { workingDaysBetween } from 'council-indicators/records';
 *
 * workingDaysBetween('2023-12-22', '2023-12-27'); // 1
 * workingDaysBetween('2023-12-27', '2023-12-22'); // -1
 * workingDaysBetween('2023-12-22', '2023-12-22'); // 0
 * workingDaysBetween('2024-01-01', '2025-01-01'); // 254
 * ```
 */
export function workingDaysBetween(a: string, b: string, options?: WorkingDayOptions): number {
  const from = parseDay(a, 'a');
  const to = parseDay(b, 'b');
  const calendar = resolve(options);
  return workingIndex(calendar, to) - workingIndex(calendar, from);
}
