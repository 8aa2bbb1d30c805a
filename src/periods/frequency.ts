/**
 * Quarters and years as reporting periods, beside months:
 *
 * | frequency | key | covers |
 * | --- | --- | --- |
 * | `month` | `2017-04` | April 2017 |
 * | `quarter` | `2017-Q2` | the calendar quarter April to June 2017 |
 * | `financial-year` | `2017-18` | April 2017 to March 2018 |
 * | `calendar-year` | `2017` | January to December 2017 |
 *
 * Quarters are always calendar quarters in their keys; a label can number
 * them from another year start (`Q1 2017-18` for `2017-Q2` with an April
 * start). Internally each frequency counts its periods with a whole number
 * (months `year * 12 + month - 1`, quarters `year * 4 + quarter - 1`, years
 * the year they start in), so no Date and no time zone is involved.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { monthName, monthNamed } from './parse.js';
import { isPeriod, periodFromIndex, periodIndex, periodLabel, shown } from './period.js';
import type { PeriodSpan } from './options.js';

/**
 * How often rows come, or a result is reported: `month` (`2017-04`),
 * `quarter` (calendar quarters, `2017-Q2`), `financial-year` (April to
 * March, `2017-18`) or `calendar-year` (`2017`).
 */
export type Frequency = 'month' | 'quarter' | 'financial-year' | 'calendar-year';

/** Every frequency, shortest first. @internal */
export const FREQUENCIES: readonly Frequency[] = ['month', 'quarter', 'financial-year', 'calendar-year'];

const QUARTER = /^([1-9]\d{3})-Q([1-4])$/;
const CALENDAR_YEAR = /^[1-9]\d{3}$/;
const FINANCIAL_YEAR = /^([1-9]\d{3})-(\d{2})$/;

/**
 * Whether `value` is a calendar quarter key `YYYY-Qn` (`n` from 1 to 4,
 * the year from 1000 to 9999). `2017-Q2` is April to June 2017.
 *
 * @example
 * ```ts
 * import { isQuarter } from 'council-indicators';
 *
 * isQuarter('2017-Q2'); // true
 * isQuarter('2017-Q5'); // false
 * isQuarter('Q2 2017'); // false
 * ```
 */
export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER.test(value);
}

/**
 * Whether `value` is a financial year key `YYYY-YY` (April to March): the
 * second part is the last two digits of the next year, so `2017-18` is one
 * and `2017-19` is not. The first year runs from 1000 to 9998. Keys from
 * `2000-01` to `2011-12` are months too (`2007-08` is also August 2007): see
 * {@link frequenciesOf}.
 *
 * @example
 * ```ts
 * import { isFinancialYear } from 'council-indicators';
 *
 * isFinancialYear('2017-18'); // true
 * isFinancialYear('2017-19'); // false
 * isFinancialYear('2099-00'); // true
 * ```
 */
export function isFinancialYear(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = FINANCIAL_YEAR.exec(value);
  return m !== null && Number(m[1]) <= 9998 && Number(m[2]) === (Number(m[1]) + 1) % 100;
}

/**
 * Whether `value` is a calendar year key `YYYY`, from 1000 to 9999.
 *
 * @example
 * ```ts
 * import { isCalendarYear } from 'council-indicators';
 *
 * isCalendarYear('2017'); // true
 * isCalendarYear('17'); // false
 * ```
 */
export function isCalendarYear(value: unknown): value is string {
  return typeof value === 'string' && CALENDAR_YEAR.test(value);
}

/** Whether `value` is a key of `frequency`. @internal */
export function isKeyOf(value: unknown, frequency: Frequency): value is string {
  return (frequency === 'month' ? isPeriod : frequency === 'quarter' ? isQuarter : frequency === 'financial-year' ? isFinancialYear : isCalendarYear)(value);
}

/**
 * The frequencies whose key `value` is, shortest first: none for anything
 * else, two for the keys from `2000-01` to `2011-12` (and `1900-01` to
 * `1911-12`, ...), which are both a month and a financial year.
 * `computeIndicator` reads such rows as months unless the spec says
 * `frequency: 'financial-year'`.
 *
 * @example
 * ```ts
 * import { frequenciesOf } from 'council-indicators';
 *
 * frequenciesOf('2017-Q2'); // ['quarter']
 * frequenciesOf('2017-18'); // ['financial-year']
 * frequenciesOf('2007-08'); // ['month', 'financial-year']
 * frequenciesOf('Sep-17'); // []
 * ```
 */
export function frequenciesOf(value: unknown): Frequency[] {
  return FREQUENCIES.filter((f) => isKeyOf(value, f));
}

/** How many months one period of a frequency covers. @internal */
export function monthsIn(frequency: Frequency): number {
  return frequency === 'month' ? 1 : frequency === 'quarter' ? 3 : 12;
}

/** The whole number of a key of `frequency` (the key must be one). @internal */
export function keyIndex(key: string, frequency: Frequency): number {
  return frequency === 'month' ? periodIndex(key) : frequency === 'quarter' ? Number(key.slice(0, 4)) * 4 + Number(key.slice(6)) - 1 : Number(key.slice(0, 4));
}

/** The key of a period number of `frequency`. @internal */
export function keyFromIndex(index: number, frequency: Frequency): string {
  if (frequency === 'month') return periodFromIndex(index);
  if (frequency === 'quarter') {
    const year = Math.floor(index / 4);
    return `${year}-Q${index - year * 4 + 1}`;
  }
  return frequency === 'financial-year' ? `${index}-${String((index + 1) % 100).padStart(2, '0')}` : String(index);
}

/** Months from January to where a period of `frequency` starts: 3 for a financial year (April), else 0. */
function startOffset(frequency: Frequency): number {
  return frequency === 'financial-year' ? 3 : 0;
}

/** The month number of the first month of period `index`. @internal */
export function firstMonthOf(index: number, frequency: Frequency): number {
  return index * monthsIn(frequency) + startOffset(frequency);
}

/** The month number of the last month of period `index`. @internal */
export function lastMonthOf(index: number, frequency: Frequency): number {
  return firstMonthOf(index, frequency) + monthsIn(frequency) - 1;
}

/** The number of the period of `frequency` that month `month` falls in. @internal */
export function periodOfMonth(month: number, frequency: Frequency): number {
  return Math.floor((month - startOffset(frequency)) / monthsIn(frequency));
}

/** What a key of each frequency looks like, for messages. @internal */
export const KEY_FORMS: Readonly<Record<Frequency, string>> = {
  month: 'a month in YYYY-MM form, e.g. "2017-09"',
  quarter: 'a quarter in YYYY-Qn form, e.g. "2017-Q2"',
  'financial-year': 'a financial year in YYYY-YY form, e.g. "2017-18"',
  'calendar-year': 'a calendar year in YYYY form, e.g. "2017"',
};

function fail(issue: IndicatorIssue): never {
  throw new IndicatorError('INVALID_OPTIONS', [issue]);
}

function checkKey(key: unknown, name: string): Frequency {
  const all = frequenciesOf(key);
  if (all.length === 0) {
    fail({
      code: 'bad-period',
      path: name,
      message: `${name} ${shown(key)} is not a reporting period: write a month "2017-09", a quarter "2017-Q2", a financial year "2017-18" or a calendar year "2017" (parseReportingPeriod reads other forms)`,
    });
  }
  return all[all.length - 1]!;
}

function yearStartIssue(yearStartMonth: unknown): void {
  if (yearStartMonth !== 1 && yearStartMonth !== 4 && yearStartMonth !== 7 && yearStartMonth !== 10) {
    fail({
      code: 'bad-option',
      path: 'yearStartMonth',
      message: `yearStartMonth ${shown(yearStartMonth)} does not start a quarter: quarters are numbered from a year that starts in January (1), April (4), July (7) or October (10)`,
    });
  }
}

/**
 * A quarter as a report prints it, numbered from the year start: with the
 * default April start, April to June is the first quarter of the financial
 * year (`Q1 2017-18`) and January to March the fourth (`Q4 2017-18` for
 * `2018-Q1`); with a January start, `Q2 2017`. A July or October start
 * numbers the same way (`Q4 2016-17` for `2017-Q2` from July).
 *
 * Throws `INVALID_OPTIONS`: `bad-period` when `key` is not `YYYY-Qn`,
 * `bad-option` when `yearStartMonth` is not 1, 4, 7 or 10.
 *
 * @example
 * ```ts
 * import { quarterLabel } from 'council-indicators';
 *
 * quarterLabel('2017-Q2'); // 'Q1 2017-18'
 * quarterLabel('2008-Q1'); // 'Q4 2007-08'
 * quarterLabel('2017-Q2', 1); // 'Q2 2017'
 * ```
 */
export function quarterLabel(key: string, yearStartMonth = 4): string {
  if (!isQuarter(key)) fail({ code: 'bad-period', path: 'key', message: `key ${shown(key)} is not ${KEY_FORMS.quarter}` });
  yearStartIssue(yearStartMonth);
  const q = keyIndex(key, 'quarter');
  if (yearStartMonth === 1) return `Q${(q % 4) + 1} ${Math.floor(q / 4)}`;
  // Quarters since the start of the year that `key` falls in.
  const shift = (yearStartMonth - 1) / 3;
  const since = q - shift;
  const year = Math.floor(since / 4);
  return `Q${since - year * 4 + 1} ${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * A reporting period as a report prints it: a month as `periodLabel` prints
 * it (`Sep-17`), a quarter as {@link quarterLabel} (`Q1 2017-18`, numbered
 * from `yearStartMonth`, default April), a financial or calendar year as its
 * key (`2017-18`, `2017`). A key from `2000-01` to `2011-12` is labelled as
 * a month unless `frequency` says `financial-year`.
 *
 * @example
 * ```ts
 * import { reportingPeriodLabel } from 'council-indicators';
 *
 * reportingPeriodLabel('2017-09'); // 'Sep-17'
 * reportingPeriodLabel('2017-Q3'); // 'Q2 2017-18'
 * reportingPeriodLabel('2017-Q3', { yearStartMonth: 1 }); // 'Q3 2017'
 * reportingPeriodLabel('2007-08', { frequency: 'financial-year' }); // '2007-08'
 * ```
 */
export function reportingPeriodLabel(key: string, options: { yearStartMonth?: number; frequency?: Frequency } = {}): string {
  const frequency = options.frequency ?? frequenciesOf(key)[0] ?? checkKey(key, 'key');
  if (!isKeyOf(key, frequency)) fail({ code: 'bad-period', path: 'key', message: `key ${shown(key)} is not ${KEY_FORMS[frequency]}` });
  if (frequency === 'month') return periodLabel(key);
  if (frequency === 'quarter') return quarterLabel(key, options.yearStartMonth ?? 4);
  return key;
}

/**
 * The first and last month a reporting period covers. Reported quarterly
 * or yearly, a target, RAG or benchmark step written `from: 'YYYY-MM'` must
 * start one of them (`inside-reported-period`), and then applies to it from
 * its first month.
 *
 * @example
 * ```ts
 * import { reportingPeriodMonths } from 'council-indicators';
 *
 * reportingPeriodMonths('2017-Q2'); // { from: '2017-04', to: '2017-06' }
 * reportingPeriodMonths('2017-18'); // { from: '2017-04', to: '2018-03' }
 * reportingPeriodMonths('2017'); // { from: '2017-01', to: '2017-12' }
 * ```
 */
export function reportingPeriodMonths(key: string, frequency?: Frequency): PeriodSpan {
  const f = frequency ?? checkKey(key, 'key');
  if (!isKeyOf(key, f)) fail({ code: 'bad-period', path: 'key', message: `key ${shown(key)} is not ${KEY_FORMS[f]}` });
  const i = keyIndex(key, f);
  return { from: periodFromIndex(firstMonthOf(i, f)), to: periodFromIndex(lastMonthOf(i, f)) };
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, first: 1, second: 2, third: 3, fourth: 4 };

/** A financial year written `2017-18`, `2017/18`, `2008/9`, `2017/2018` or `2017-2018`: its first year, or undefined. */
function financialYearIn(text: string, whole: string): number | undefined {
  const m = /^(\d{4})\s*[-/]\s*(\d{1,2}|\d{4})$/.exec(text);
  if (m === null) return undefined;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const next = m[2]!.length === 1 ? (first + 1) % 10 : m[2]!.length === 2 ? (first + 1) % 100 : first + 1;
  if (second !== next || first < 1000 || first > 9998) {
    fail({ code: 'bad-period', path: 'text', message: `${shown(whole)} is not a financial year: the second year must follow the first, e.g. "${first}-${String((first + 1) % 100).padStart(2, '0')}"` });
  }
  return first;
}

/**
 * Read a quarter or a year written as reports print them, and return its
 * key. Surrounding whitespace is ignored, words in any case:
 *
 * | form | key |
 * | --- | --- |
 * | `2017-Q2`, `2017Q2`, `2017 Q2` | `2017-Q2` (a calendar quarter) |
 * | `Q1 2017-18`, `Q1 2017/18`, `Quarter 4 2007/2008`, `Quarter 4 2008/9` | the quarter of a financial year (April start): `2017-Q2`, `2008-Q1` |
 * | `2017-18`, `2017/18`, `2017/2018`, `2017-2018` | `2017-18` (a financial year) |
 * | `2017` | `2017` (a calendar year) |
 * | `2017/18 Q1`, `2017-18 Q1`, `FY2017/18 Q1`, `Q1 17/18`, `Q1 FY17/18` (council packs) | the quarter of a financial year: `2017-Q2` |
 * | `Apr-Jun 2017`, `April to June 2017` | `2017-Q2` (a month range that is not one quarter is refused) |
 * | `FY2017/18`, `FY 17-18`; `CY2020` | `2017-18`; `2020` |
 *
 * A month is read with `parsePeriod`, never here. Anything else throws
 * `INVALID_OPTIONS` with one issue, code `bad-period`, saying why: a quarter
 * other than 1 to 4, a financial year whose second year does not follow
 * its first (`2017-19`), or a quarter numbered in a bare year (`Q2 2017`,
 * `Quarter 2 2017`), which is never guessed: it is April to June 2017 to
 * some and the second quarter of 2017-18, July to September, to many UK
 * councils.
 *
 * @example
 * ```ts
 * import { parseReportingPeriod } from 'council-indicators';
 *
 * parseReportingPeriod('2017-Q2'); // '2017-Q2'
 * parseReportingPeriod('Quarter 4 2007/2008'); // '2008-Q1'
 * parseReportingPeriod('Q1 2017-18'); // '2017-Q2'
 * parseReportingPeriod('2017/18'); // '2017-18'
 * parseReportingPeriod(' 2017 '); // '2017'
 * parseReportingPeriod('2017/18 Q1'); // '2017-Q2'
 * parseReportingPeriod('Apr-Jun 2017'); // '2017-Q2'
 * ```
 */
export function parseReportingPeriod(text: string): string {
  if (typeof text !== 'string') fail({ code: 'bad-period', path: 'text', message: `${shown(text)} is not text: parseReportingPeriod reads a string such as "Q1 2017-18" or "2017-18"` });
  const t = packForm(text.trim().replace(/\s+/g, ' '), text);
  let m: RegExpExecArray | null;
  const quarterNumber = (n: string): number => {
    const q = /^\d+$/.test(n) ? Number(n) : NUMBER_WORDS[n.toLowerCase()];
    if (q === undefined || q < 1 || q > 4) fail({ code: 'bad-period', path: 'text', message: `${shown(text)} has no quarter ${n}: quarters run from 1 to 4` });
    return q;
  };
  // 2017-Q2, 2017Q2, 2017 Q2
  if ((m = /^(\d{4}) ?-? ?q(\d)$/i.exec(t))) return calendarQuarter(text, Number(m[1]), quarterNumber(m[2]!));
  // Q2 2017, Quarter 2 2017, Q1 2017-18, Quarter 4 2007/2008
  if ((m = /^(?:quarter |q ?)(\w+),? (.+)$/i.exec(t))) {
    const q = quarterNumber(m[1]!);
    const rest = m[2]!;
    if (/^\d{4}$/.test(rest)) fail({ code: 'bad-period', path: 'text', message: bareQuarter(text, calendarQuarter(text, Number(rest), q)) });
    const fy = financialYearIn(rest, text);
    if (fy !== undefined) {
      // The first quarter of financial year fy is April to June of fy.
      const index = fy * 4 + q;
      return keyFromIndex(index, 'quarter');
    }
  }
  const fy = financialYearIn(t, text);
  if (fy !== undefined) return keyFromIndex(fy, 'financial-year');
  if (isCalendarYear(t)) return t;
  return fail({
    code: 'bad-period',
    path: 'text',
    message: `${shown(text)} is not a quarter or year parseReportingPeriod can read: write it as 2017-Q2, Q1 2017-18, 2017-18, 2017/18 or 2017 (parsePeriod reads months)`,
  });
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** A year of two or four digits, as four (`17` is 2017, as `Sep-17` is read). */
const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

/** `2017/18 Q1`, `2017-18 Q1`, `FY2017/18 Q1`: the financial year first, then the quarter. */
const FY_THEN_QUARTER = /^(?:fy ?)?(\d{4}|\d{2}) ?[/-] ?(\d{4}|\d{2}),? (?:q|quarter )(\d)$/i;
/** `Q1 17/18`, `Q1 FY17/18`: the quarter, then the financial year. */
const QUARTER_THEN_FY = /^(?:q|quarter )(\d),? (?:fy ?)?(\d{4}|\d{2}) ?[/-] ?(\d{4}|\d{2})$/i;
/** `FY2017/18`, `FY 17-18`: a financial year marked FY. */
const FY = /^fy ?(\d{4}|\d{2}) ?[/-] ?(\d{4}|\d{2})$/i;
/** `CY2020`: a calendar year marked CY. */
const CY = /^cy ?(\d{4})$/i;
/** `Apr-Jun 2017`, `April to June 2017`: a quarter written as its months. */
const MONTH_RANGE = /^([a-z]+) ?(?:-|\u2013| to ) ?([a-z]+),? (\d{4}|\d{2})$/i;

/**
 * The forms council packs print, each unambiguous, rewritten as one read
 * below (`2017/18 Q1` as `Q1 2017-18`, `FY2017/18` as `2017-18`,
 * `Apr-Jun 2017` as `2017-Q2`); any other text as it is. A month range that
 * is not one quarter throws `bad-period` saying so.
 */
function packForm(t: string, text: string): string {
  let m: RegExpExecArray | null;
  if ((m = FY_THEN_QUARTER.exec(t))) return `Q${m[3]} ${fullYear(m[1]!)}-${m[2]!.slice(-2)}`;
  if ((m = QUARTER_THEN_FY.exec(t))) return `Q${m[1]} ${fullYear(m[2]!)}-${m[3]!.slice(-2)}`;
  if ((m = FY.exec(t))) return `${fullYear(m[1]!)}-${m[2]!.slice(-2)}`;
  if ((m = CY.exec(t))) return m[1]!;
  if ((m = MONTH_RANGE.exec(t))) {
    const from = monthNamed(m[1]!);
    const to = monthNamed(m[2]!);
    if (from === undefined || to === undefined) return t;
    const year = fullYear(m[3]!);
    if (from % 3 === 1 && to === from + 2) return `${year}-Q${(from + 2) / 3}`;
    const q = Math.ceil(from / 3);
    fail({
      code: 'bad-period',
      path: 'text',
      message:
        `${shown(text)} is ${monthName(from)} to ${monthName(to)}, not the three months of one quarter (January to March, April to June, July to September or October to December): ` +
        `give one quarter, e.g. ${year}-Q${q} for ${monthName(3 * q - 2)} to ${monthName(3 * q)} ${year}`,
    });
  }
  return t;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `Q2 2017` is not read: the calendar quarter April to June 2017 to
 * some, the second quarter of the financial year 2017-18 (July to
 * September 2017) to many UK councils. `key` is the calendar reading.
 */
function bareQuarter(text: string, key: string): string {
  const year = Number(key.slice(0, 4));
  const q = Number(key.slice(6));
  const fiscal = keyFromIndex(year * 4 + q, 'quarter');
  // Month names written out: periodLabel's date formatting would bring date-fns into every bundle that reads options.
  const months = (k: string): string => {
    const i = keyIndex(k, 'quarter');
    return `${MONTH_NAMES[(i % 4) * 3]} to ${MONTH_NAMES[(i % 4) * 3 + 2]} ${Math.floor(i / 4)}`;
  };
  const fy = `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
  return (
    `${shown(text)} is ambiguous, and is never guessed: it is the calendar quarter ${months(key)} (${key}), and many UK councils mean by it ` +
    `the ${ORDINALS[q - 1]} quarter of the financial year ${fy}, ${months(fiscal)} (${fiscal}): write ${key} or ${quarterLabel(key)} for ${months(key)}, ` +
    `${fiscal} or Q${q} ${fy} for ${months(fiscal)}`
  );
}

function calendarQuarter(text: string, year: number, q: number): string {
  if (year < 1000) fail({ code: 'bad-period', path: 'text', message: `${shown(text)} has the year ${year}: years run from 1000 to 9999` });
  return `${year}-Q${q}`;
}

/**
 * Whether every report of a window lines up with periods of `frequency`:
 * null when it does, or why not. `rolling` must be a whole number of
 * periods; `year-to-date` must start where a period starts.
 *
 * @internal
 */
export function windowMisfit(window: { type: string; months?: number; yearStartMonth?: number }, frequency: Frequency): string | null {
  if (frequency === 'month' || window.type === 'period') return null;
  const per = monthsIn(frequency);
  const name = frequency === 'quarter' ? 'quarters' : frequency === 'financial-year' ? 'financial years' : 'calendar years';
  if (window.type === 'rolling') {
    const months = window.months!;
    if (months % per === 0) return null;
    return `a ${months}-month rolling window is not a whole number of ${name} (${per} months each): use ${per === 3 ? 'a multiple of 3 months, e.g. 3 or 12' : 'a multiple of 12 months, e.g. 12 or 24'}`;
  }
  const start = window.yearStartMonth!;
  const fits = frequency === 'quarter' ? (start - 1) % 3 === 0 : frequency === 'financial-year' ? start === 4 : start === 1;
  if (fits) return null;
  const want = frequency === 'quarter' ? 'January (1), April (4), July (7) or October (10)' : frequency === 'financial-year' ? 'April (4)' : 'January (1)';
  return `a year-to-date window from month ${start} does not start where one of the ${name} starts: with ${name}, the year must start in ${want}`;
}

