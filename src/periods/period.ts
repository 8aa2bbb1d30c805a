/**
 * Reporting periods: calendar months written `YYYY-MM`. Internally a month
 * is a whole number (`year * 12 + month - 1`), so no Date and no time zone
 * is ever involved.
 *
 * @module
 */
import { format } from 'date-fns';

/** A calendar month in `YYYY-MM` form, e.g. `'2017-09'`. */
export type Period = string;

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Whether `value` is a month in `YYYY-MM` form.
 *
 * @example
 * ```ts
 * import { isPeriod } from 'council-indicators';
 *
 * isPeriod('2017-09'); // true
 * isPeriod('2017-9'); // false
 * isPeriod('2017-13'); // false
 * ```
 */
export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD.test(value);
}

/**
 * The month number of a period (months since year 0). Caller must pass a
 * valid period.
 *
 * @internal
 */
export function periodIndex(period: Period): number {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return year * 12 + month - 1;
}

/** @internal */
export function periodFromIndex(index: number): Period {
  const cached = LABELS.get(index);
  if (cached !== undefined) return cached;
  const label = periodLabelOf(index);
  if (LABELS.size < 100_000) LABELS.set(index, label);
  return label;
}

const LABELS = new Map<number, Period>();

function periodLabelOf(index: number): Period {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}`;
}

/** The calendar month (1-12) of a period index. @internal */
export function monthOf(index: number): number {
  return index - Math.floor(index / 12) * 12 + 1;
}

/**
 * The period `months` months after `period` (before, when negative).
 *
 * @example
 * ```ts
 * import { addMonths } from 'council-indicators';
 *
 * addMonths('2017-09', 4); // '2018-01'
 * addMonths('2017-04', -12); // '2016-04'
 * ```
 */
export function addMonths(period: Period, months: number): Period {
  return periodFromIndex(periodIndex(period) + months);
}

/**
 * Every period from `from` to `to` inclusive, in order.
 *
 * @example
 * ```ts
 * import { periodRange } from 'council-indicators';
 *
 * periodRange('2017-11', '2018-02'); // ['2017-11', '2017-12', '2018-01', '2018-02']
 * ```
 */
export function periodRange(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (let i = periodIndex(from), end = periodIndex(to); i <= end; i++) out.push(periodFromIndex(i));
  return out;
}

/**
 * A period as report tables print it (`'Sep-17'` by default), with a
 * date-fns format pattern for anything else.
 *
 * @example
 * ```ts
 * import { periodLabel } from 'council-indicators';
 *
 * periodLabel('2017-09'); // 'Sep-17'
 * periodLabel('2017-09', 'MMMM yyyy'); // 'September 2017'
 * ```
 */
export function periodLabel(period: Period, pattern = 'MMM-yy'): string {
  const index = periodIndex(period);
  // Local noon on the 1st: formatting it in local time gives the same month
  // in every time zone.
  const date = new Date(2000, monthOf(index) - 1, 1, 12);
  date.setFullYear(Math.floor(index / 12)); // years below 100 too
  return format(date, pattern);
}
