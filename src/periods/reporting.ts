/**
 * The cadence of a computation: which frequency the rows come in, which one
 * the result reports, and for each reported period the rows its window
 * reads, the month its targets and bands are read at, and its key.
 *
 * Windows are written in months. Over quarterly or yearly rows, or when
 * monthly rows are reported quarterly or yearly (`every`), a window must
 * line up with the periods (`window-not-whole-periods`); a `period` window
 * then covers the whole reported quarter or year.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import type { ComponentSpec, IndicatorSpec } from '../spec/types.js';
import { listed } from './options.js';
import { isBareComponent, summedPopulation } from '../spec/normalize.js';
import {
  firstMonthOf,
  FREQUENCIES,
  frequenciesOf,
  isKeyOf,
  KEY_FORMS,
  keyFromIndex,
  keyIndex,
  lastMonthOf,
  monthsIn,
  periodOfMonth,
  windowMisfit,
} from './frequency.js';
import type { Frequency } from './frequency.js';
import { isPeriod, periodAdvice, periodFromIndex, periodIndex, periodIssue, shown } from './period.js';
import { windowStart } from './window.js';
import type { WindowSpec } from './window.js';

/** What `every` may be: a frequency to report at, `year` for `financial-year`. @internal */
export type Every = 'quarter' | 'year' | 'financial-year' | 'calendar-year';

const EVERY: readonly string[] = ['quarter', 'year', 'financial-year', 'calendar-year'];

/** How a computation steps through its periods. @internal */
export interface Cadence {
  /** The frequency of the rows: the unit of the row index. */
  rows: Frequency;
  /** The frequency of the reported periods. */
  reports: Frequency;
  /** The spec with its window as the rows read it (a `period` window over a quarter reported from months is 3 months). */
  spec: IndicatorSpec;
  /** The row units (first, last) of the window of reported period `p`. */
  start(p: number): number;
  end(p: number): number;
  /** The month number steps (targets, RAG, benchmarks) are read at for `p`: its first month (a step inside a reported period is refused, `stepIssues`). */
  stepMonth(p: number): number;
  /** The key of reported period `p` (`2017-Q2`). */
  key(p: number): string;
  /** The key of row unit `i`, for what a period lacks. */
  rowKey(i: number): string;
  /** Reported periods back to the same period a year earlier: 12 months, 4 quarters, 1 year. */
  yearAgo: number;
  /** The reported period that month number `month` falls in. */
  atMonth(month: number): number;
  /** The reported period that row unit `i` falls in. */
  reportOf(i: number): number;
  /** The window start of the reported period that row unit `i` ends, or null when `i` ends none. */
  startIfEnd(i: number): number | null;
}

const effective = new WeakMap<IndicatorSpec, Map<string, IndicatorSpec>>();

/** The spec with the window the rows read, one object per (spec, window) so plans cache. */
function withWindow(spec: IndicatorSpec, window: WindowSpec): IndicatorSpec {
  if (window === spec.window) return spec;
  let byWindow = effective.get(spec);
  if (byWindow === undefined) effective.set(spec, (byWindow = new Map()));
  const name = JSON.stringify(window);
  let out = byWindow.get(name);
  if (out === undefined) byWindow.set(name, (out = Object.freeze({ ...spec, window })));
  return out;
}

/**
 * The frequency of the rows: the spec's, or the one every row's key reads
 * as (months first: `2007-08` is a month unless the spec says
 * `financial-year`). Rows of two frequencies are `mixed-frequency`, naming
 * every row that differs from the first. Rows with no key of any frequency
 * are left to `indexRows` to name.
 *
 * @internal
 */
export function rowFrequency(rows: readonly unknown[], named: Frequency | undefined): Frequency {
  if (named !== undefined || !Array.isArray(rows)) return named ?? 'month';
  // Nearly always every row is a month, the first frequency tried: one pass.
  let allMonths = true;
  for (let i = 0; i < rows.length && allMonths; i++) {
    const row: unknown = rows[i];
    allMonths = typeof row === 'object' && row !== null && Object.hasOwn(row, 'period') && isPeriod((row as { period: unknown }).period);
  }
  if (allMonths) return 'month';
  const candidates: { row: number; key: string; readings: Frequency[] }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (typeof row !== 'object' || row === null || !Object.hasOwn(row, 'period')) continue;
    const key = (row as { period: unknown }).period;
    const readings = frequenciesOf(key);
    if (readings.length > 0) candidates.push({ row: i, key: key as string, readings });
  }
  for (const f of FREQUENCIES) {
    if (candidates.every((c) => c.readings.includes(f))) return f;
  }
  const first = candidates[0]!;
  const f = first.readings[0]!;
  const issues: IndicatorIssue[] = candidates
    .filter((c) => !c.readings.includes(f))
    .map((c) => ({
      code: 'mixed-frequency' as const,
      path: `rows[${c.row}].period`,
      row: c.row,
      field: 'period',
      message: `period ${shown(c.key)} is ${A[c.readings[0]!]}, and row ${first.row}'s ${shown(first.key)} is ${A[f]}: one call reads rows of one frequency; compute each frequency separately, or report monthly rows quarterly with { every: "quarter" }`,
    }));
  throw new IndicatorError('INVALID_DATA', issues);
}

/** `every` as a frequency, or an `INVALID_OPTIONS` error. @internal */
export function everyOption(every: unknown): Frequency | undefined {
  if (every === undefined) return undefined;
  if (typeof every !== 'string' || !EVERY.includes(every)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'bad-option',
        path: 'every',
        message: `every ${shown(every)} is not a frequency to report at: write "quarter", "year" (April to March, as "financial-year") or "calendar-year"`,
      },
    ]);
  }
  return every === 'year' ? 'financial-year' : (every as Frequency);
}

const A: Readonly<Record<Frequency, string>> = { month: 'a month', quarter: 'a quarter', 'financial-year': 'a financial year', 'calendar-year': 'a calendar year' };

const NAMES: Readonly<Record<Frequency, string>> = { month: 'monthly', quarter: 'quarterly', 'financial-year': 'by financial year', 'calendar-year': 'by calendar year' };

/** Whether periods of `coarse` are whole numbers of periods of `fine`. */
function divides(fine: Frequency, coarse: Frequency): boolean {
  if (fine === 'month' || fine === coarse) return true;
  return fine === 'quarter' && coarse !== 'month';
}

/**
 * The cadence of one computation. Throws `INVALID_OPTIONS` when rows cannot
 * be reported at `every`, and `INVALID_SPEC` when the window does not line
 * up with the periods (`window-not-whole-periods`), a bare field name
 * would be summed over a quarter or year (`window-needs-aggregate`), or a
 * value that grows with the period's length has thresholds written for a
 * period of another length (`thresholds-period`).
 *
 * @internal
 */
export function cadenceOf(spec: IndicatorSpec, rows: Frequency, every: Frequency | undefined): Cadence {
  const reports = every ?? rows;
  if (!divides(rows, reports)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'bad-option',
        path: 'every',
        message: `the rows are ${NAMES[rows]}, and a ${reports === 'month' ? 'month' : reports.replace('-', ' ')} is not made of whole ${rows.replace('-', ' ')}s: report them at their own frequency (leave every out)${rows === 'quarter' ? ', or every "year" or "calendar-year"' : ''}`,
      },
    ]);
  }
  const issues: IndicatorIssue[] = [];
  const misfit = windowMisfit(spec.window, reports);
  if (misfit !== null) {
    const why = every !== undefined ? `reported ${NAMES[reports]} (every "${every}")` : spec.frequency !== undefined ? `with frequency "${rows}"` : `the rows are ${NAMES[rows]}`;
    issues.push({ code: 'window-not-whole-periods', path: 'window', message: `${why}: ${misfit}` });
  }
  const spans = reports !== rows && spec.window.type === 'period';
  // A population summed over the reported quarter or year: only `every` makes its window longer.
  const summed = spans && !isBareComponent(spec.denominator as ComponentSpec) ? summedPopulation(spec, `reported ${NAMES[reports]} (every "${every}")`, monthsIn(reports) / monthsIn(rows)) : null;
  if (summed !== null) throw new IndicatorError('INVALID_OPTIONS', [{ ...summed, path: 'every', message: `${summed.message}, or leave every out` }]);
  if (spans) {
    for (const [path, c] of [['numerator', spec.numerator], ['denominator', spec.denominator]] as const) {
      if (c !== undefined && isBareComponent(c as ComponentSpec)) {
        const f = JSON.stringify((c as { field: string }).field);
        issues.push({
          code: 'window-needs-aggregate',
          path,
          message: `${f} is read over a whole ${reports === 'quarter' ? 'quarter' : 'year'} of ${rows === 'month' ? 'months' : 'quarters'}, and a bare field name would add them up: write { field: ${f}, aggregate: "sum" } for a flow or { field: ${f}, aggregate: "last" } for a snapshot`,
        });
      }
    }
  }
  const thresholds = thresholdsIssue(spec, reports);
  if (thresholds !== null) issues.push(thresholds);
  if (issues.length > 0) throw new IndicatorError('INVALID_SPEC', issues);

  // The window in months, as the rows read it.
  const months: WindowSpec = spans ? { type: 'rolling', months: monthsIn(reports) } : spec.window;
  const start = (p: number): number => periodOfMonth(windowStart(months, lastMonthOf(p, reports)), rows);
  const end = (p: number): number => periodOfMonth(lastMonthOf(p, reports), rows);
  const reportOf = (i: number): number => periodOfMonth(firstMonthOf(i, rows), reports);
  return {
    rows,
    reports,
    spec: withWindow(spec, months),
    start,
    end,
    stepMonth: (p) => firstMonthOf(p, reports),
    key: (p) => keyFromIndex(p, reports),
    rowKey: (i) => keyFromIndex(i, rows),
    yearAgo: 12 / monthsIn(reports),
    reportOf,
    atMonth: (month) => periodOfMonth(month, reports),
    startIfEnd(i) {
      const p = reportOf(i);
      return end(p) === i ? start(p) : null;
    },
  };
}

/** `a month`, `a quarter` or `a year`. */
const length = (f: Frequency): string => `a ${monthsIn(f) < 3 ? 'month' : monthsIn(f) < 12 ? 'quarter' : 'year'}`;

/**
 * The summed field that makes the spec's value grow with the length of the
 * period, or null when it does not: a `period` window and a summed
 * numerator (or, for a difference, either part summed) that is not divided
 * by a summed denominator. Percentages and ratios of two sums, means,
 * snapshots, rolling and year-to-date windows do not grow with the period.
 *
 * @internal
 */
export function growsWithPeriod(spec: IndicatorSpec): string | null {
  if (spec.window.type !== 'period') return null;
  const summed = (c: ComponentSpec | undefined): string | null => (c !== undefined && 'field' in c && c.aggregate === 'sum' ? c.field : null);
  // A count has no denominator.
  const n = summed(spec.numerator);
  const d = summed(spec.denominator);
  return spec.measure.type === 'difference' ? (n ?? d) : d === null ? n : null;
}

/**
 * The thresholds a spec's figures are compared with, named for a message:
 * `target 20, RAG band edges 20 and 25 and england benchmark 18`.
 * Each figure once, read from the JSON of the steps and bands (their
 * `value`, `min` and `max`).
 */
function thresholdFigures(spec: IndicatorSpec): string {
  const named: [string, unknown][] = [['target', spec.target], ['RAG band edges', spec.rag]];
  for (const name in spec.benchmarks) named.push([`${name} benchmark`, spec.benchmarks[name]]);
  return listed(
    named.flatMap(([what, x]) => {
      const figures = listed([...new Set(JSON.stringify({ value: x }).match(/(?<="(value|min|max)":)[-\d.e+]+/g))]);
      return figures === '' ? [] : `${what} ${figures}`;
    }),
  );
}

/**
 * The issue with a spec whose value grows with the period's length, whose
 * thresholds (target, RAG bands, benchmarks) were written for a period of
 * another length than the one reported: the thresholds of a month applied to
 * a quarter's total. They are for a month unless the spec says otherwise
 * (`thresholdsPer`, or its `frequency`): never for whatever rows arrive.
 * Null when there is none.
 */
function thresholdsIssue(spec: IndicatorSpec, reports: Frequency): IndicatorIssue | null {
  const said = spec.thresholdsPer ?? spec.frequency;
  const per = said ?? 'month';
  const field = growsWithPeriod(spec);
  if (monthsIn(per) === monthsIn(reports) || field === null || (spec.target ?? spec.rag ?? spec.benchmarks) === undefined) return null;
  return {
    code: 'thresholds-period',
    path: 'thresholdsPer',
    message:
      `the thresholds (${thresholdFigures(spec)}) are for ${length(per)}${said ? '' : ' (by default)'}, and reported ${NAMES[reports]} the value sums ${JSON.stringify(field)} ` +
      `over ${length(reports)}: write them for ${length(reports)} and say thresholdsPer: "${reports}"`,
  };
}

/**
 * The steps (targets, RAG bands, benchmarks) that start strictly inside a
 * reported quarter or year from `start` to `end`: such a period would take
 * one value for all its months, the one in force at its first month, while a
 * monthly report of the same months takes the new one. One issue per step,
 * naming the two months it could start on. Empty for monthly reports.
 *
 * @internal
 */
export function stepIssues(spec: IndicatorSpec, cad: Cadence, start: number, end: number): IndicatorIssue[] {
  const lists: [string, readonly { from: string }[] | unknown][] = [['target', spec.target], ['rag', spec.rag]];
  for (const name in spec.benchmarks) lists.push([`benchmarks.${name}`, spec.benchmarks[name]]);
  const issues: IndicatorIssue[] = [];
  for (const [path, steps] of lists) {
    if (!Array.isArray(steps)) continue;
    steps.forEach((step: { from: string }, i) => {
      const month = periodIndex(step.from);
      const p = cad.atMonth(month);
      const first = firstMonthOf(p, cad.reports);
      if (first === month || p < start || p > end) return;
      issues.push({
        code: 'inside-reported-period',
        path: `${path}[${i}].from`,
        message: `${path} step from ${step.from} ${inside(p, cad.reports)}: start it at ${periodFromIndex(first)} or ${periodFromIndex(first + monthsIn(cad.reports))}`,
      });
    });
  }
  return issues;
}

/** `falls inside 2017-Q2 (Q1 2017-18), reported as a whole`, for a month inside reported period `p`. */
function inside(p: number, reports: Frequency): string {
  const key = keyFromIndex(p, reports);
  // Labelled from the April year start, as quarterLabel does: 2017-Q2 is Q1 2017-18.
  const year = Math.floor((p - 1) / 4);
  return `falls inside ${reports === 'quarter' ? `${key} (Q${p - year * 4} ${year}-${String((year + 1) % 100).padStart(2, '0')})` : key}, reported as a whole`;
}

/**
 * The base period of changes as a reported period number: the options'
 * `base` (a month, or a key of the reported frequency) or else the spec's
 * `changes.base` (a month). Over quarters or years a month must be the first
 * month of one: a month inside one is refused, naming the period, rather
 * than moved to it (`inside-reported-period`, `INVALID_OPTIONS` for the
 * options and `INVALID_SPEC` for the spec). Null when neither gives a base.
 *
 * @internal
 */
export function baseOf(option: unknown, spec: IndicatorSpec, cad: Cadence): number | null {
  const reports = cad.reports;
  if (option !== undefined && !isPeriod(option)) {
    if (reports !== 'month' && isKeyOf(option, reports)) return keyIndex(option, reports);
    throw new IndicatorError('INVALID_OPTIONS', [reports === 'month' ? periodIssue(option, 'base')! : reportKeyIssue(option, 'base', reports)!]);
  }
  const month = (option ?? spec.changes.base) as string | undefined;
  if (month === undefined) return null;
  const p = cad.atMonth(periodIndex(month));
  const first = firstMonthOf(p, reports);
  if (first === periodIndex(month)) return p;
  const path = option !== undefined ? 'base' : 'changes.base';
  throw new IndicatorError(option !== undefined ? 'INVALID_OPTIONS' : 'INVALID_SPEC', [
    {
      code: 'inside-reported-period',
      path,
      message: `${path} ${month} ${inside(p, reports)}: give ${periodFromIndex(first)}, its first month, or the option base: "${keyFromIndex(p, reports)}"`,
    },
  ]);
}

/**
 * `from` or `to` as a reported period number: a key of the reported
 * frequency. An issue when it is not (a month given for quarterly reports).
 *
 * @internal
 */
export function reportKeyIssue(value: unknown, name: string, reports: Frequency): IndicatorIssue | null {
  if (isKeyOf(value, reports)) return null;
  return {
    code: 'bad-period',
    path: name,
    message: `${name} ${shown(value)} is not ${KEY_FORMS[reports]}: the result is reported ${NAMES[reports]}, so ${name} names ${reports === 'quarter' ? 'quarters' : 'years'}${frequenciesOf(value).length > 0 ? '' : periodAdvice(value)}`,
  };
}
