/**
 * Reporting periods: calendar months written `YYYY-MM`, from `1000-01` to
 * `9999-12`. Internally a month is a whole number (`year * 12 + month - 1`),
 * so no Date and no time zone is ever involved.
 *
 * The public helpers check their arguments and throw an `IndicatorError`
 * (`INVALID_OPTIONS`) for anything else; the `@internal` ones trust theirs.
 *
 * @module
 */
import { format } from 'date-fns';
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';

/** A calendar month in `YYYY-MM` form, e.g. `'2017-09'`, with a year from 1000 to 9999. */
export type Period = string;

const PERIOD = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;
/** The month indexes of 1000-01 and 9999-12. */
const FIRST = 12_000;
const LAST = 119_999;

/**
 * Whether `value` is a month in `YYYY-MM` form with a year from 1000 to 9999.
 *
 * @example
 * ```ts
 * import { isPeriod } from 'council-indicators';
 *
 * isPeriod('2017-09'); // true
 * isPeriod('2017-9'); // false
 * isPeriod('2017-13'); // false
 * isPeriod('0999-12'); // false
 * ```
 */
export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD.test(value);
}

/** Whether `value` is a Date (from any realm). @internal */
export const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * More to say of a value given where a period goes, and not one: a Date,
 * a quarter or a financial year written nearly right. Starts with `: `;
 * `""` when there is nothing more to say. The one place rows, options and
 * `parsePeriod` get it from.
 *
 * @internal
 */
export function periodAdvice(value: unknown): string {
  if (isDate(value)) return ': a Date is not read: write the month as text, e.g. "2017-09"';
  const t = typeof value === 'string' ? value.trim() : '';
  // A well-formed quarter where a month goes: say so, not how to write one; a quarter of a financial year as reports print it: its key.
  if (/^[1-9]\d{3}-Q[1-4]$/.test(t)) return ': it is a quarter, and a month goes here';
  const q = /^q(?:uarter)? ?([1-4]),? (\d{4}) ?[-/] ?\d{2,4}$/i.exec(t);
  if (q) return `: it is a quarter as reports print it, whose key is "${+q[2]! + +(q[1] === '4')}-Q${(+q[1]! % 4) + 1}"`;
  if (/^(\d{4} ?-? ?q ?\d+|q ?\d+ ?-? ?\d{4})$/i.test(t)) return ': a quarter is written YYYY-Qn, n from 1 to 4, e.g. "2017-Q2"';
  return /^\d{4}( ?\/ ?\d\d|[-/]\d{4})$/.test(t) ? ': a financial year is written YYYY-YY, e.g. "2017-18"' : '';
}

/** A value as a message shows it: strings quoted, objects by kind. @internal */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'an array' : isDate(value) ? 'a Date' : 'an object';
  return typeof value === 'function' || typeof value === 'symbol' ? `a ${typeof value}` : String(value);
}

/**
 * The issue with a month given as `name`, or undefined when it is one. The
 * one message for a bad month, whether a helper's argument or an option.
 *
 * @internal
 */
export function periodIssue(value: unknown, name: string): IndicatorIssue | undefined {
  if (isPeriod(value)) return undefined;
  return {
    code: 'bad-period',
    path: name,
    message: `${name} ${shown(value)} is not a month in YYYY-MM form from 1000-01 to 9999-12, e.g. "2017-09" (parsePeriod reads other forms, such as "Sep-17")${periodAdvice(value)}`,
  };
}

function fail(issues: IndicatorIssue[]): never {
  throw new IndicatorError('INVALID_OPTIONS', issues);
}

/** Throws naming every argument that is not a month. */
function checkPeriods(args: Record<string, unknown>): void {
  const issues: IndicatorIssue[] = [];
  for (const name in args) {
    const issue = periodIssue(args[name], name);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) fail(issues);
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
  // Stryker disable next-line ConditionalExpression: equivalent, a cache: without it the label is computed again, the same
  if (cached !== undefined) return cached;
  const label = periodLabelOf(index);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the bound only limits the cache's memory
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
 * Throws `INVALID_OPTIONS` when `period` is not a `YYYY-MM` month
 * (`bad-period`), `months` is not a whole number (`bad-option`), or the
 * result falls outside 1000-01 to 9999-12 (`out-of-range`).
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
  const issues: IndicatorIssue[] = [];
  const issue = periodIssue(period, 'period');
  if (issue) issues.push(issue);
  if (!Number.isSafeInteger(months)) {
    issues.push({ code: 'bad-option', path: 'months', message: `months ${shown(months)} is not a whole number of months, e.g. 12 or -12` });
  }
  if (issues.length > 0) fail(issues);
  const index = periodIndex(period) + months;
  if (index < FIRST || index > LAST) {
    fail([
      {
        code: 'out-of-range',
        path: 'months',
        // Stryker disable next-line EqualityOperator: equivalent, months is never 0 here (a month plus 0 is in range)
        message: `${period} ${months < 0 ? 'minus' : 'plus'} ${Math.abs(months)} ${Math.abs(months) === 1 ? 'month' : 'months'} is outside the supported months, 1000-01 to 9999-12 (years 1000 to 9999)`,
      },
    ]);
  }
  return periodFromIndex(index);
}

/**
 * Every period from `from` to `to` inclusive, in order; none when `to` is
 * before `from`. Throws `INVALID_OPTIONS` (`bad-period`) naming each end
 * that is not a `YYYY-MM` month.
 *
 * @example
 * ```ts
 * import { periodRange } from 'council-indicators';
 *
 * periodRange('2017-11', '2018-02'); // ['2017-11', '2017-12', '2018-01', '2018-02']
 * ```
 */
export function periodRange(from: Period, to: Period): Period[] {
  checkPeriods({ from, to });
  const out: Period[] = [];
  for (let i = periodIndex(from), end = periodIndex(to); i <= end; i++) out.push(periodFromIndex(i));
  return out;
}

/**
 * A period as report tables print it (`'Sep-17'` by default), with a
 * date-fns format pattern for anything else. Throws `INVALID_OPTIONS` when
 * `period` is not a `YYYY-MM` month (`bad-period`) or `pattern` is not a
 * pattern date-fns can format (`bad-format`).
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
  checkPeriods({ period });
  const index = periodIndex(period);
  // Local noon on the 1st: formatting it in local time gives the same month
  // in every time zone. Years are 1000 or more, so Date reads them as given.
  const date = new Date(Math.floor(index / 12), monthOf(index) - 1, 1, 12);
  try {
    return format(date, pattern);
  } catch (e) {
    return fail([
      {
        code: 'bad-format',
        path: 'pattern',
        message: `pattern ${shown(pattern)} is not a date-fns format pattern (${e instanceof Error ? e.message : String(e)}); e.g. "MMM-yy" or "MMMM yyyy"`,
      },
    ]);
  }
}
