/**
 * Periods on the command line beyond months: `--from`/`--to`/`--as-of`
 * read at the frequency reported, and the check that a typo in one row's
 * period (2071-09 for 2017-09) does not silently stretch the range a report
 * takes from the data.
 *
 * A data file's quarters and years are read by `readTable` itself, with
 * its option `frequency` (inputs.ts, `loadData`); the periods typed on the
 * command line are read by the readers' `readPeriod`, the same reading, so
 * `--from "Q1 2017-18"` is read as a cell `Q1 2017-18` is.
 *
 * @module
 */
import { frequenciesOf, isIndicatorError, parsePeriod, parseReportingPeriod, reportingPeriodMonths } from 'council-indicators';
import type { DataRow, Frequency, IndicatorIssue } from 'council-indicators';
import { readPeriod } from 'council-indicators/readers';
import { InputProblem } from './issues.js';

const A: Record<Frequency, string> = { month: 'a month', quarter: 'a quarter', 'financial-year': 'a financial year', 'calendar-year': 'a calendar year' };
const PLURAL: Record<Frequency, string> = { month: 'months', quarter: 'quarters', 'financial-year': 'financial years', 'calendar-year': 'calendar years' };

/** The frequency of quarterly and yearly `every`, or undefined for none; anything else is an `--every` usage problem. */
export function everyFrequency(every: string | undefined): Frequency | undefined {
  if (every === undefined) return undefined;
  if (every === 'quarter' || every === 'financial-year' || every === 'calendar-year') return every;
  if (every === 'year') return 'financial-year';
  throw new InputProblem('INVALID_OPTIONS', [
    {
      code: 'bad-option',
      path: '--every',
      message: `${JSON.stringify(every)} is not a frequency to report at: write quarter, year (April to March, as financial-year) or calendar-year`,
    },
  ]);
}

/** The first month index (`year * 12 + month - 1`) of a key of `frequency`. */
export function monthIndex(key: string, frequency: Frequency): number {
  const month = frequency === 'month' ? key : reportingPeriodMonths(key, frequency).from;
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/**
 * A key of `frequency` as `--from`/`--to`/`--as-of` reads it: as
 * `readPeriod` reads it, its words on a period of another frequency put
 * as the command line's (`the periods reported are quarters: give ...`).
 */
function periodAt(name: string, text: string, frequency: Frequency): { key: string } | { issue: IndicatorIssue } {
  try {
    return { key: readPeriod(text, frequency) };
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    const message = e.issues[0]!.message.replace(`, and ${A[frequency]} is asked for: write `, `, and the periods reported are ${PLURAL[frequency]}: give `);
    return { issue: { code: 'bad-period', path: name, message } };
  }
}

/** The key of `frequency` that month index `m` falls in. */
export function keyOfMonth(m: number, frequency: Frequency): string {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  if (frequency === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  if (frequency === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  if (frequency === 'calendar-year') return String(year);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Periods given on the command line (`from`, `to`, `asOf`) read at
 * `frequency` as `readPeriod` reads them: months as `parsePeriod` does,
 * quarters and years as `parseReportingPeriod` does (`Q2 2017-18`,
 * `2017-Q3`, `2017/18`), `Q2 2017` refused as ambiguous. A period of
 * another frequency says which to give. Every bad one is an
 * `INVALID_OPTIONS` issue at its option.
 */
export function readPeriods<K extends string>(given: Partial<Record<K, string>>, frequency: Frequency): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  const issues: IndicatorIssue[] = [];
  for (const [name, text] of Object.entries(given) as [K, string | undefined][]) {
    if (text === undefined) continue;
    const read = periodAt(name, text, frequency);
    if ('key' in read) out[name] = read.key;
    else issues.push(read.issue);
  }
  if (issues.length > 0) throw new InputProblem('INVALID_OPTIONS', issues);
  return out;
}

/** The longest step between consecutive rows that is not taken for a typo: 24 months. */
export const LONGEST_GAP_MONTHS = 24;

/** A jump of more than two years between consecutive rows (sorted), which a typo such as 2071-09 for 2017-09 makes. */
export interface PeriodJump {
  before: { period: string; line: number | undefined };
  after: { period: string; line: number | undefined };
  months: number;
  /** The side with fewer rows, the likelier typo; null when both have as many. */
  odd: 'before' | 'after' | null;
}

/**
 * The jumps of more than {@link LONGEST_GAP_MONTHS} months between
 * consecutive rows, by period, of the rows from `from` to `to` (month
 * indexes; either may be open).
 */
export function periodJumps(
  rows: readonly DataRow[],
  lines: readonly number[],
  frequency: Frequency,
  within: { from?: number; to?: number } = {},
): PeriodJump[] {
  const points = rows
    .map((r, i) => ({ period: String(r.period), line: lines[i], m: monthIndex(String(r.period), frequency) }))
    .filter((p) => (within.from === undefined || p.m >= within.from) && (within.to === undefined || p.m <= within.to))
    .sort((a, b) => a.m - b.m);
  const out: PeriodJump[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.m - a.m > LONGEST_GAP_MONTHS) {
      const after = points.length - i;
      out.push({ before: { period: a.period, line: a.line }, after: { period: b.period, line: b.line }, months: b.m - a.m, odd: after < i ? 'after' : after > i ? 'before' : null });
    }
  }
  return out;
}

/** A span of months in words: `54 years and 1 month`, `30 months`. */
export function monthsInWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = `${years} year${years === 1 ? '' : 's'}`;
  return rest === 0 ? y : `${y} and ${rest} month${rest === 1 ? '' : 's'}`;
}

/** A jump in words, with the fix: `the rows jump from 2017-08 (line 14) to 2071-09 (line 15), 54 years and 1 month: ...`. */
export function jumpMessage(jump: PeriodJump, fix: string): string {
  const at = (p: PeriodJump['before']): string => (p.line === undefined ? p.period : `${p.period} (line ${p.line})`);
  const suspect = jump.odd === null ? `${jump.before.period} or ${jump.after.period}` : jump[jump.odd].period;
  return `the rows jump from ${at(jump.before)} to ${at(jump.after)}, ${monthsInWords(jump.months)} later: if ${suspect} is a typo, fix it; ${fix}`;
}

/** Months in one period of `frequency`. */
function monthsIn(frequency: Frequency): number {
  return frequency === 'month' ? 1 : frequency === 'quarter' ? 3 : 12;
}

/**
 * The last period of `frequency` the data cover whole, for a default
 * `--as-of` or `--to`: the one the data's last month (index `lastMonth`)
 * ends, else the one before it. `complete` is false when the data's last
 * month falls inside a period (`within` is that period); `key` is null
 * when no whole period lies between the data's first and last months.
 */
export function lastCompletePeriod(firstMonth: number, lastMonth: number, frequency: Frequency): { key: string | null; within: string; complete: boolean } {
  const within = keyOfMonth(lastMonth, frequency);
  const start = monthIndex(within, frequency);
  if (lastMonth === start + monthsIn(frequency) - 1) return { key: within, within, complete: true };
  const before = keyOfMonth(start - 1, frequency);
  return { key: monthIndex(before, frequency) < firstMonth ? null : before, within, complete: false };
}

/** The data's first and last months (indexes), from its rows' periods of `frequency`; null without rows. */
export function dataMonths(rows: readonly DataRow[], frequency: Frequency): { first: number; last: number } | null {
  if (rows.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    const m = monthIndex(String(r.period), frequency);
    if (m < first) first = m;
    if (m > last) last = m;
  }
  return { first, last: last + monthsIn(frequency) - 1 };
}

/**
 * `derive`'s `--from` and `--to`: months as `parsePeriod` reads them, or a
 * quarter or year as reports write it (`2017-Q2`, `Q1 2017-18`,
 * `2017-18`, `2017`), read as its months: `from` its first, `to` its last,
 * said on standard error (`note`). Every bad one is an `INVALID_OPTIONS`
 * issue at its option.
 */
export function readDeriveMonths(given: { from?: string | undefined; to?: string | undefined }, note: (text: string) => void): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  const issues: IndicatorIssue[] = [];
  for (const name of ['from', 'to'] as const) {
    const text = given[name];
    if (text === undefined) continue;
    try {
      out[name] = parsePeriod(text);
      continue;
    } catch (asMonth) {
      if (!isIndicatorError(asMonth)) throw asMonth;
      try {
        const key = parseReportingPeriod(text);
        const frequency = frequenciesOf(key)[0]!;
        const months = reportingPeriodMonths(key, frequency);
        out[name] = name === 'from' ? months.from : months.to;
        note(`note: --${name} ${text} is ${A[frequency]}: derive writes months, and reads it as its ${name === 'from' ? 'first' : 'last'} month, ${out[name]}\n`);
      } catch (asReport) {
        if (!isIndicatorError(asReport)) throw asReport;
        const flaw = asReport.issues[0]?.message;
        const reason =
          /q/i.test(text) && flaw !== undefined && !flaw.includes('can read') ? flaw : asMonth.issues[0]!.message.replace('parsePeriod can read', 'derive can read');
        issues.push({
          code: 'bad-period',
          path: name,
          message: `${reason}; derive writes months: give a month (2017-04, Apr-17), or a quarter or year for its months (2017-Q2, Q1 2017-18, 2017-18, 2017)`,
        });
      }
    }
  }
  if (issues.length > 0) throw new InputProblem('INVALID_OPTIONS', issues);
  return out;
}
