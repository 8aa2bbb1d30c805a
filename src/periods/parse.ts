/**
 * `parsePeriod`: the month forms people type and spreadsheets export, read
 * into `YYYY-MM`. A small closed grammar, written out by hand: anything it
 * does not list, or that could mean two months, is an error, never a guess.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import { periodAdvice, shown } from './period.js';
import type { Period } from './period.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The name of month `month` (1-12): `September`. @internal */
export const monthName = (month: number): string => MONTHS[month - 1]!.charAt(0).toUpperCase() + MONTHS[month - 1]!.slice(1);

/** The month (1-12) a name or abbreviation means: `Sep`, `Sept`, `September`, any case. @internal */
export function monthNamed(name: string): number | undefined {
  const n = name.toLowerCase();
  if (n === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m === n || m.slice(0, 3) === n);
  return i < 0 ? undefined : i + 1;
}

function daysIn(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fail(text: unknown, why: string): never {
  throw new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-period', path: 'text', message: `${shown(text)} ${why}` }]);
}

const FORMS = 'write it as 2017-09, 2017-9, 2017-09-01, 201709, Sep-17, Sep 2017, September 2017 or 09/2017';

/** `YYYY-MM` for a year and month already read, or an error naming the text. */
function period(text: string, year: number, month: number): Period {
  if (month < 1 || month > 12) fail(text, `has no month ${month}: months run from 1 to 12`);
  // Stryker disable next-line ConditionalExpression: equivalent for year > 9999, every form reads at most four digits of year (two-digit years are 2000-2099)
  if (year < 1000 || year > 9999) fail(text, `has the year ${year}: years run from 1000 to 9999`);
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** `2016-04`, `04/2016`. */
const key = (year: number, month: number): string => `${year}-${month < 10 ? '0' : ''}${month}`;
const slashed = (year: number, month: number): string => `${month < 10 ? '0' : ''}${month}/${year}`;
const named = (month: number): string => monthWords(0, month).slice(0, -2);

/**
 * What to say of a date written with a day, `01/04/2016` (Excel's export
 * on a UK machine): which dates it could be, and the months to write.
 */
function dayDate(a: number, b: number, y: number): string {
  const year = y < 100 ? 2000 + y : y;
  const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const read = 'a date with a day is not read as a month';
  if (dayFirst && monthFirst && a !== b) {
    return `${read}, and this one could be ${a} ${named(b)} ${year} (day first, as UK spreadsheets write dates) or ${b} ${named(a)} ${year} (month first): write the month as ${key(year, b)} or ${slashed(year, b)} for ${named(b)}, ${key(year, a)} for ${named(a)}`;
  }
  const month = dayFirst ? b : monthFirst ? a : 0;
  if (month === 0) return `${read}: ${FORMS}`;
  return `${read} (dates such as 01/04/2016 could be 1 April or 4 January): write the month as ${key(year, month)} or ${slashed(year, month)}`;
}

/**
 * The date an Excel serial number stands for: days since 30 December 1899,
 * for serials from 61 (after Excel's phantom 29 February 1900), by
 * H. Hinnant's civil-from-days, in whole numbers (no Date, no time zone).
 */
function excelDate(serial: number): [day: number, month: number, year: number] {
  const z = serial - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [doy - Math.floor((153 * mp + 2) / 5) + 1, month, yoe + era * 400 + (month <= 2 ? 1 : 0)];
}

function monthWords(year: number, month: number): string {
  const name = MONTHS[month - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${year}`;
}

/**
 * Read a month written the way people type it or spreadsheets export it, and
 * return it as `YYYY-MM`. Surrounding whitespace is ignored; month names are
 * read in any case. The forms:
 *
 * | form | example |
 * | --- | --- |
 * | `YYYY-MM`, `YYYY-M`, `YYYY/MM` | `2017-09`, `2017-9`, `2017/09` |
 * | a month's first or last day, `YYYY-MM-DD` | `2017-09-01`, `2017-09-30` |
 * | `YYYYMM` | `201709` |
 * | month name or abbreviation and year | `Sep-17`, `Sep 2017`, `September 2017`, `sept 2017` |
 * | `MM/YYYY`, `M/YYYY`, `MM-YYYY` | `09/2017`, `9/2017` |
 *
 * A two-digit year (`Sep-17`) means 2000-2099. Years run from 1000 to 9999.
 *
 * Anything else throws `INVALID_OPTIONS` with one issue, code `bad-period`,
 * naming the text and saying why: a day other than the month's first or
 * last (`2017-09-15`), a date that does not exist (`2017-02-29`), or a form
 * that could mean two months (`09/10`: September 2010 or October 2009), which
 * is never guessed.
 *
 * The options of `computeIndicator`, `deriveMonthly` and `computeScorecard`
 * take `YYYY-MM` only: read other forms with `parsePeriod` first.
 *
 * @example
 * ```ts
 * import { parsePeriod } from 'council-indicators';
 *
 * parsePeriod('Sep-17'); // '2017-09'
 * parsePeriod('September 2017'); // '2017-09'
 * parsePeriod('2017-9'); // '2017-09'
 * parsePeriod('2017-09-30'); // '2017-09'
 * parsePeriod(' 09/2017 '); // '2017-09'
 * parsePeriod('201709'); // '2017-09'
 * ```
 */
export function parsePeriod(text: string): Period {
  if (typeof text !== 'string') fail(text, 'is not text: parsePeriod reads a string such as "Sep-17" or "2017-09"');
  const t = text.trim();
  let m: RegExpExecArray | null;
  // 2017-09, 2017-9, 2017/09
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(t))) return period(text, Number(m[1]), Number(m[2]));
  // 2017-09-01, 2017-09-30: a month's first or last day
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const p = period(text, year, month);
    const last = daysIn(year, month);
    if (day < 1 || day > last) fail(text, `is not a real date: ${monthWords(year, month)} has days 1 to ${last}`);
    if (day !== 1 && day !== last) {
      fail(text, `is a day in the middle of a month: only a month's first or last day (${p}-01 or ${p}-${last}) reads as a month`);
    }
    return p;
  }
  // 201709
  if ((m = /^(\d{4})(\d{2})$/.exec(t))) return period(text, Number(m[1]), Number(m[2]));
  // Sep-17, Sep 2017, September 2017, sept 2017
  if ((m = /^([a-z]+)\.?(?:\s*-\s*|\s+)?(\d{2}|\d{4})$/i.exec(t))) {
    const month = monthNamed(m[1]!);
    if (month === undefined) fail(text, `does not start with a month name: ${FORMS}`);
    return period(text, m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]), month);
  }
  // 09/2017, 9/2017, 09-2017
  if ((m = /^(\d{1,2})[-/](\d{4})$/.exec(t))) return period(text, Number(m[2]), Number(m[1]));
  // 09/10: September 2010 or October 2009?
  if ((m = /^(\d{1,2})[-/](\d{1,2})$/.exec(t))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const readings: string[] = [];
    const full: string[] = [];
    if (a >= 1 && a <= 12) {
      readings.push(`${monthWords(2000 + b, a)} (month then year)`);
      full.push(period(text, 2000 + b, a));
    }
    if (b >= 1 && b <= 12) {
      readings.push(`${monthWords(2000 + a, b)} (year then month)`);
      full.push(period(text, 2000 + a, b));
    }
    if (full.length === 0) fail(text, `is not a month: ${FORMS}`);
    fail(text, `could be ${readings.join(' or ')}, and is never guessed: write ${full.join(' or ')}`);
  }
  const why = 'is not a month parsePeriod can read';
  // 01/04/2016: a date with a day.
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t))) fail(text, `${why}: ${dayDate(Number(m[1]), Number(m[2]), Number(m[3]))}`);
  // 42979: an Excel date serial (1927 to 2173).
  if (/^[1-9]\d{4}$/.test(t)) {
    const [day, month, year] = excelDate(Number(t));
    fail(text, `${why}: it looks like an Excel date serial (${t} is ${day} ${named(month)} ${year}): format the column as text, or write the month as ${key(year, month)}`);
  }
  if (/^\d{4}-Q[1-4]$/.test(t)) fail(text, `${why}: it is a quarter, which parseReportingPeriod reads`);
  // 2017-Q5, 2017/18: say what it looks like.
  const advice = periodAdvice(t);
  return fail(text, `${why}${advice === '' ? `: ${FORMS}` : advice}`);
}
