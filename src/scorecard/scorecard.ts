/**
 * `computeScorecard`: many indicators at one month, quarter or year, each
 * with its latest figures, its benchmarks and the periods before it (for a
 * chart).
 *
 * @module
 */
import {
  compareWithBenchmark,
  computeIndicator,
  defineIndicator,
  formatReference,
  frequenciesOf,
  IndicatorError,
  isIndicatorError,
  isPeriod,
  parseReportingPeriod,
  reportingPeriodMonths,
  stepInForce,
  validateSpec,
} from '../index.js';
import type {
  Comparison,
  ComputeOptions,
  Frequency,
  Direction,
  Interval,
  IndicatorIssue,
  IndicatorSpec,
  IndicatorSpecInput,
  MeasureSpec,
  MissingField,
  Period,
  PeriodResult,
  Polarity,
  Rating,
  StatisticsProvider,
  Status,
  Trend,
  WindowSpec,
} from '../index.js';
import { periodOptionIssues, readOptions } from '../index.js';
import { compareSignificance } from '../index.js';
import type { SignificanceResult } from '../index.js';
import { A_KEY, firstNumber, isKeyOf, KEY_FORMS, keyNumber, keyOfNumber, periodNoun, REPORTED, seriesStart } from './periods.js';

export type { Comparison, Frequency, WindowSpec };

/** One named benchmark of an indicator, at the scorecard's period. */
export interface BenchmarkResult {
  /** The benchmark's name in the spec, e.g. `'england'` or `'statistical-neighbours'`. */
  name: string;
  /** The label of the step in force, e.g. `'2015-16'`; null when it has none or no step applies. */
  label: string | null;
  /** The benchmark value in force at the scorecard's month (for a quarter or year, its first month, as targets are read); null when none applies. */
  value: number | null;
  /** The value as printed: the spec's decimals (more if the value has more), `%` for percentages. */
  formatted: string | null;
  /**
   * The latest rounded value against the benchmark, compared exactly: null
   * when either is missing and for neutral and closer-to-target indicators.
   */
  comparison: Comparison | null;
  /**
   * Only when the spec has `confidence`: which rule judged the value against
   * the benchmark for a reader, the Fingertips rule on the confidence
   * intervals (`comparison` stays the plain comparison of values).
   */
  rule?: 'confidence-interval';
  /**
   * Only when the spec has `confidence`: the Fingertips judgement
   * (`compareSignificance` of `council-indicators/statistics`); null when the
   * value or the benchmark is missing.
   */
  significance?: SignificanceResult | null;
}

/** One indicator of a {@link Scorecard}: its figures at the scorecard's period. */
export interface ScorecardRow {
  id: string;
  title: string;
  polarity: Polarity;
  measure: MeasureSpec['type'];
  /** Decimals the value is displayed at. */
  decimals: number;
  /**
   * The months each figure covers, as the spec says: `{ type: 'period' }`,
   * `{ type: 'rolling', months: 12 }` or `{ type: 'year-to-date', yearStartMonth: 4 }`.
   * An SPC chart refuses rolling and year-to-date figures (see `toSpcSvg`).
   */
  window: WindowSpec;
  /** The scorecard's period: a month `2017-09`, or a quarter `2017-Q2`, financial year `2017-18` or calendar year `2017`. */
  period: Period;
  /**
   * The frequency of `period` and of the `series`, as on the
   * {@link Scorecard}. The outputs label the periods by it (`Sep-17`,
   * `Q1 2017-18`, `2017-18`).
   */
  frequency: Frequency;
  status: Status;
  value: number | null;
  exact: string | null;
  rounded: number | null;
  formatted: string | null;
  target: number | null;
  /** The target as printed: the spec's decimals (more if the target has more), `%` for percentages. */
  formattedTarget: string | null;
  variance: number | null;
  formattedVariance: string | null;
  rag: Rating | null;
  direction: Direction | null;
  trend: Trend | null;
  /**
   * Months of the window at `asOf` with no row at all, as in `PeriodResult`
   * (over quarterly or yearly rows, the quarters or years); empty when `ok`.
   * Words: `statusReason(row)`.
   */
  missingMonths: readonly Period[];
  /** Fields with no figure in months of the window at `asOf`, as in `PeriodResult`; empty when `ok`. */
  missingFields: readonly MissingField[];
  /** One entry per benchmark the spec names, in the spec's order. */
  benchmarks: BenchmarkResult[];
  /** Only when the spec has `confidence`: its levels, in order. */
  confidence?: number[];
  /** Only when the spec has `confidence`: the intervals at `asOf`, as in `PeriodResult` (`[]` when not `ok`). */
  intervals?: Interval[];
  /** The periods ending at the scorecard's period, oldest first; the last is the row's own figures. */
  series: PeriodResult[];
}

/** The frequency of a quarterly or yearly scorecard: `'quarter'`, `'financial-year'` or `'calendar-year'`. */
export type ScorecardFrequency = Exclude<Frequency, 'month'>;

/** The result of {@link computeScorecard}. */
export interface Scorecard {
  /** The period reported: a month `2017-09`; on a quarterly or yearly scorecard a quarter `2017-Q2`, financial year `2017-18` or calendar year `2017`. */
  asOf: Period;
  /**
   * How often it reports: `'month'`, or `'quarter'`, `'financial-year'` or
   * `'calendar-year'` from `every` or from the rows.
   */
  frequency: Frequency;
  /**
   * Months each row's `series` covers: its length on a monthly scorecard;
   * on a quarterly or yearly one, `periods` times 3 or 12.
   */
  months: number;
  /** The periods (months, quarters or years) in each row's `series`. */
  periods: number;
  /** Every benchmark name of any row, in order of first appearance: the benchmark columns of a table. */
  benchmarkNames: string[];
  rows: ScorecardRow[];
}

/** Options of {@link computeScorecard}. */
export interface ScorecardOptions {
  /**
   * The period reported: a month `YYYY-MM`; with `every`, or over quarterly
   * or yearly rows, a key of that frequency: a quarter `2017-Q2`, a
   * financial year `2017-18` or a calendar year `2017` (read other forms,
   * such as `Q1 2017-18`, with `parseReportingPeriod`).
   */
  asOf: Period;
  /**
   * Report monthly (or quarterly) rows every quarter or year, as
   * `computeIndicator`'s `every`: `'quarter'` (calendar quarters,
   * `2017-Q2`), `'year'` or `'financial-year'` (April to March, `2017-18`),
   * `'calendar-year'` (`2017`). Passed to every indicator.
   */
  every?: 'quarter' | 'year' | 'financial-year' | 'calendar-year';
  /** Months of each row's series on a monthly scorecard, ending at `asOf`; default 18. Give `periods` instead on a quarterly or yearly one. */
  months?: number;
  /**
   * Periods of each row's series, ending at `asOf`, at the scorecard's
   * frequency: default 18 months, 8 quarters or 5 years. Not with `months`.
   */
  periods?: number;
  /**
   * `statistics` from `council-indicators/statistics`: needed when a spec has
   * `confidence` (its intervals, and significance against its benchmarks).
   */
  statistics?: StatisticsProvider;
}

/** The longest series a scorecard computes, in periods. */
const MAX_PERIODS = 1200;

/** The periods of a series when neither `months` nor `periods` is given: a year and a half of months, two years of quarters, five years. */
const DEFAULT_PERIODS: Readonly<Record<Frequency, number>> = { month: 18, quarter: 8, 'financial-year': 5, 'calendar-year': 5 };

const EVERY: readonly string[] = ['quarter', 'year', 'financial-year', 'calendar-year'];

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;
}

/** The options as read before the scorecard's frequency is known. */
interface Checked {
  asOf: Period;
  /** `every` as given, and as a frequency. */
  every: string | undefined;
  everyFrequency: Frequency | undefined;
  months: number | undefined;
  periods: number | undefined;
  statistics: unknown;
}

/** The quarter or year a month falls in, at a frequency other than months. */
function containing(month: Period, frequency: Frequency): string {
  const m = keyNumber(month, 'month');
  const n = frequency === 'quarter' ? Math.floor(m / 3) : frequency === 'financial-year' ? Math.floor((m - 3) / 12) : Math.floor(m / 12);
  return keyOfNumber(n, frequency);
}

/** The key of a quarter or year written as reports print it (`Q2 2017-18`), read by `parseReportingPeriod`; null when it reads none. */
function reportForm(asOf: unknown): string | null {
  if (typeof asOf !== 'string' || frequenciesOf(asOf).length > 0) return null;
  try {
    return parseReportingPeriod(asOf);
  } catch (e) {
    if (isIndicatorError(e)) return null;
    throw e;
  }
}

/** Why `parseReportingPeriod` refuses an `asOf` meant as a quarter (`Q2 2017` is ambiguous, `Q5 2017-18` has no Q5), or null. */
function quarterFlaw(asOf: unknown): string | null {
  if (typeof asOf !== 'string' || !/q/i.test(asOf) || frequenciesOf(asOf).length > 0) return null;
  try {
    parseReportingPeriod(asOf);
    return null;
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    const reason = e.issues[0]?.message;
    return reason === undefined || reason.includes('can read') ? null : reason;
  }
}

/** `asOf` written as a report prints a quarter or year (`Q2 2017-18`): its key, and whether it is of the scorecard's frequency. */
function reportFormIssue(asOf: string, key: string, frequency: Frequency | undefined, why: string | undefined): IndicatorIssue {
  const is = frequenciesOf(key)[0]!;
  const fits = frequency === undefined || is === frequency;
  const tail = fits
    ? `: give asOf: ${describe(key)}`
    : `, but this scorecard reports ${REPORTED[frequency]} (${why}): give ${KEY_FORMS[frequency]}`;
  return {
    code: 'bad-period',
    path: 'asOf',
    message: `asOf ${describe(asOf)} is ${A_KEY[is]} as reports print it, not a period key: its key is ${describe(key)} (parseReportingPeriod reads such forms)${tail}`,
  };
}

/** `asOf` given at the wrong frequency, for a scorecard reported at `frequency` (`why`: what makes it so): what to give. */
function asOfMismatch(asOf: unknown, frequency: Frequency, why: string): IndicatorIssue {
  const form = reportForm(asOf);
  if (form !== null) return reportFormIssue(asOf as string, form, frequency, why);
  const flaw = quarterFlaw(asOf);
  if (flaw !== null) return { code: 'bad-period', path: 'asOf', message: `asOf ${flaw}; this scorecard reports ${REPORTED[frequency]} (${why}): give ${KEY_FORMS[frequency]}` };
  const readings = frequenciesOf(asOf);
  const is = readings.length === 0 ? ' is not a key of any frequency, and' : ` is ${A_KEY[readings[0]!]}, but`;
  const hint = isPeriod(asOf) && frequency !== 'month' ? `; the month ${asOf} falls in ${describe(containing(asOf, frequency))}` : '';
  const every =
    frequency === 'month' && readings.length > 0
      ? `; to report ${readings[0] === 'quarter' ? 'quarters' : 'years'} of monthly rows, give every: ${describe(readings[0] === 'financial-year' ? 'year' : readings[0])}`
      : '';
  return {
    code: 'bad-period',
    path: 'asOf',
    message: `asOf ${describe(asOf)}${is} this scorecard reports ${REPORTED[frequency]} (${why}): give ${KEY_FORMS[frequency]}${hint}${every}`,
  };
}

function countIssue(value: unknown, name: string): IndicatorIssue | null {
  if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PERIODS)) return null;
  return { code: 'bad-option', path: name, message: `${name} ${describe(value)} must be a whole number from 1 to ${MAX_PERIODS}` };
}

function checkOptions(options: unknown): Checked {
  const { asOf, months, periods, every, statistics } = readOptions(options, ['asOf', 'months', 'periods', 'every', 'statistics'], '{ asOf: "2017-09" }') as {
    asOf?: unknown;
    months?: unknown;
    periods?: unknown;
    every?: unknown;
    statistics?: unknown;
  };
  const issues: IndicatorIssue[] = [];
  let everyFrequency: Frequency | undefined;
  if (every !== undefined) {
    if (typeof every === 'string' && EVERY.includes(every)) everyFrequency = every === 'year' ? 'financial-year' : (every as Frequency);
    else {
      issues.push({
        code: 'bad-option',
        path: 'every',
        message: `every ${describe(every)} is not a frequency to report at: write "quarter", "year" (April to March, as "financial-year") or "calendar-year", or leave it out to report the rows at their own frequency`,
      });
    }
  }
  if (everyFrequency !== undefined) {
    // Read strictly at the frequency every names.
    if (asOf === undefined) issues.push({ code: 'missing-key', path: 'asOf', message: `asOf is missing: with every ${describe(every)}, give ${KEY_FORMS[everyFrequency]}` });
    else if (!isKeyOf(asOf, everyFrequency)) issues.push(asOfMismatch(asOf, everyFrequency, `every ${describe(every)}`));
  } else if (every === undefined && frequenciesOf(asOf).length === 0) {
    // Not a key of any frequency: as computeIndicator reads a month, unless it was meant as a quarter.
    const form = reportForm(asOf);
    const flaw = quarterFlaw(asOf);
    if (form !== null) issues.push(reportFormIssue(asOf as string, form, undefined, undefined));
    else if (flaw !== null) issues.push({ code: 'bad-period', path: 'asOf', message: `asOf ${flaw}` });
    else if (typeof asOf === 'string' && /q/i.test(asOf)) {
      issues.push({
        code: 'bad-period',
        path: 'asOf',
        message: `asOf ${describe(asOf)} is not a period key: give a quarter in YYYY-Qn form, e.g. "2017-Q2" (parseReportingPeriod reads forms such as "Q1 2017-18", the quarter April to June 2017), a month "2017-09", a financial year "2017-18" or a calendar year "2017"`,
      });
    } else issues.push(...periodOptionIssues(asOf, 'asOf'));
  }
  for (const [value, name] of [[months, 'months'], [periods, 'periods']] as const) {
    const issue = countIssue(value, name);
    if (issue !== null) issues.push(issue);
  }
  if (months !== undefined && periods !== undefined) {
    issues.push({
      code: 'bad-option',
      path: 'months',
      message: 'give months or periods, not both: periods is the length of the series at any frequency (months, quarters or years), months only on a monthly scorecard',
    });
  } else if (months !== undefined && everyFrequency !== undefined) {
    issues.push(monthsNotPeriods(months, everyFrequency, `every ${describe(every)}`));
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return {
    asOf: asOf as Period,
    every: every as string | undefined,
    everyFrequency,
    months: months as number | undefined,
    periods: periods as number | undefined,
    statistics,
  };
}

/** `months` given to a quarterly or yearly scorecard: give `periods`. */
function monthsNotPeriods(months: unknown, frequency: Frequency, why: string): IndicatorIssue {
  const unit = periodNoun(frequency, 2);
  return {
    code: 'bad-option',
    path: 'months',
    message: `months counts months, and this scorecard reports ${REPORTED[frequency]} (${why}): give periods, the number of ${unit} in each series (default ${DEFAULT_PERIODS[frequency]}), instead of months ${describe(months)}`,
  };
}

/**
 * The scorecard's frequency known, the rest of the options: `asOf` a key
 * of it, `months` only for months, the series' length and its first period
 * (year 1000 at the earliest).
 */
function settle(o: Checked, frequency: Frequency, why: string): { count: number; from: Period } {
  const issues: IndicatorIssue[] = [];
  if (!isKeyOf(o.asOf, frequency)) issues.push(asOfMismatch(o.asOf, frequency, why));
  if (o.months !== undefined && frequency !== 'month') issues.push(monthsNotPeriods(o.months, frequency, why));
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  const count = o.periods ?? o.months ?? DEFAULT_PERIODS[frequency];
  if (keyNumber(o.asOf, frequency) - count + 1 < firstNumber(frequency)) {
    const message =
      frequency === 'month'
        ? `the ${count} months to ${o.asOf} start before 1000-01, the first month supported: give fewer ${o.periods !== undefined ? 'periods' : 'months'}`
        : `the ${count} ${periodNoun(frequency, count)} to ${o.asOf} start before ${keyOfNumber(firstNumber(frequency), frequency)}, the first supported: give fewer periods`;
    const path = o.periods !== undefined ? 'periods' : o.months !== undefined || frequency === 'month' ? 'months' : 'periods';
    throw new IndicatorError('INVALID_OPTIONS', [{ code: 'out-of-range', path, message }]);
  }
  return { count, from: seriesStart(o.asOf, count, frequency) };
}

function prefixed(prefix: string, path: string): string {
  return path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Validate every spec; one INVALID_SPEC error names every issue of every spec, by `specs[i]`. */
function resolveSpecs(specs: unknown): IndicatorSpec[] {
  if (!Array.isArray(specs)) {
    throw new IndicatorError('INVALID_SPEC', [
      { code: 'not-an-array', path: 'specs', message: `specs must be an array of indicator specs, received ${describe(specs)}` },
    ]);
  }
  const issues: IndicatorIssue[] = [];
  const out: IndicatorSpec[] = [];
  const ids = new Map<string, number>();
  specs.forEach((input: unknown, i) => {
    const result = validateSpec(input);
    if (!result.ok) {
      for (const issue of result.issues) issues.push({ ...issue, path: prefixed(`specs[${i}]`, issue.path) });
      return;
    }
    const before = ids.get(result.spec.id);
    if (before !== undefined) {
      issues.push({
        code: 'duplicate-id',
        path: `specs[${i}].id`,
        message: `id ${JSON.stringify(result.spec.id)} is also the id of specs[${before}]: each indicator of a scorecard needs its own id`,
      });
    } else ids.set(result.spec.id, i);
    out.push(result.spec);
  });
  if (issues.length > 0) throw new IndicatorError('INVALID_SPEC', issues);
  return out;
}

/**
 * Indicators that read no field, by the rows' frequency: computing one
 * checks what every indicator needs of the rows (an array of objects, each
 * with one period key of its own), once. Made on first use.
 */
const rowsOnly = new Map<Frequency | undefined, IndicatorSpec>();

function rowsOnlyAt(frequency: Frequency | undefined): IndicatorSpec {
  let spec = rowsOnly.get(frequency);
  if (spec === undefined) {
    const input: IndicatorSpecInput = { id: 'rows', title: 'Rows', measure: { type: 'count' }, numerator: { value: 0 }, polarity: 'neutral' };
    spec = defineIndicator(frequency === undefined ? input : { ...input, frequency });
    rowsOnly.set(frequency, spec);
  }
  return spec;
}

/**
 * The frequency the rows' keys share, as computeIndicator reads it (months
 * first: `2007-08` is a month); months for anything that is not an array
 * of rows (left to computeIndicator to name). Rows of two frequencies are
 * computeIndicator's `mixed-frequency` error.
 */
function rowsFrequency(rows: unknown): Frequency {
  if (!Array.isArray(rows)) return 'month';
  const readings: Frequency[][] = [];
  for (const row of rows as unknown[]) {
    if (typeof row !== 'object' || row === null || !Object.hasOwn(row, 'period')) continue;
    const r = frequenciesOf((row as { period: unknown }).period);
    if (r.length > 0) readings.push(r);
  }
  for (const f of FREQUENCIES) if (readings.every((r) => r.includes(f))) return f;
  // Rows of two frequencies: computeIndicator names each row.
  computeIndicator(rowsOnlyAt(undefined), rows as object[]);
  return 'month';
}

const FREQUENCIES: readonly Frequency[] = ['month', 'quarter', 'financial-year', 'calendar-year'];

/** What the spec or the rows say of a frequency, for messages: `its spec says frequency "quarter"`, `the rows are quarters`. */
function whyFrequency(spec: IndicatorSpec | undefined, frequency: Frequency): string {
  if (spec?.frequency !== undefined) return `its spec says frequency ${describe(spec.frequency)}`;
  return `the rows are ${frequency === 'month' ? 'months' : frequency === 'quarter' ? 'quarters' : frequency === 'financial-year' ? 'financial years' : 'calendar years'}`;
}

/**
 * The frequency the scorecard reports: `every`'s, else every spec's (its
 * `frequency`, or the rows'). Specs of different frequencies without
 * `every` are `mixed-frequency`, naming each spec that differs from the
 * first: a column of the scorecard is one period, never a month beside a
 * quarter.
 */
function scorecardFrequency(specs: readonly IndicatorSpec[], rows: unknown, o: Checked): { frequency: Frequency; rowsNamed: Frequency | undefined; why: string } {
  const named = specs.length > 0 && specs.every((s) => s.frequency !== undefined && s.frequency === specs[0]!.frequency) ? specs[0]!.frequency : undefined;
  const needRows = specs.length === 0 || specs.some((s) => s.frequency === undefined);
  const rowsF = needRows ? rowsFrequency(rows) : 'month';
  if (o.everyFrequency !== undefined) {
    return { frequency: o.everyFrequency, rowsNamed: named, why: `every ${describe(o.every)}` };
  }
  const each = specs.map((s) => s.frequency ?? rowsF);
  const first = each[0] ?? rowsF;
  const issues: IndicatorIssue[] = [];
  each.forEach((f, i) => {
    if (f === first) return;
    const s = specs[i]!;
    const coarsest = [first, f].includes('calendar-year') && [first, f].includes('financial-year') ? null : [first, f].includes('month') ? [first, f].find((x) => x !== 'month')! : 'financial-year';
    const fix =
      coarsest === null
        ? 'financial and calendar years cannot be brought together: make one scorecard for each'
        : `report them all ${REPORTED[coarsest]} with every: ${describe(coarsest === 'financial-year' ? 'year' : coarsest)}, or make one scorecard for each frequency`;
    issues.push({
      code: 'mixed-frequency',
      path: `specs[${i}].frequency`,
      message: `${describe(s.id)} (specs[${i}]) reports ${REPORTED[f]} (${whyFrequency(s, f)}), and ${describe(specs[0]!.id)} (specs[0]) ${REPORTED[first]} (${whyFrequency(specs[0], first)}): a scorecard's column is one period, never ${A_KEY[first]} beside ${A_KEY[f]}; ${fix}`,
    });
  });
  if (issues.length > 0) throw new IndicatorError('INVALID_SPEC', issues);
  const why = specs[0]?.frequency !== undefined ? `the specs say frequency ${describe(first)}` : whyFrequency(undefined, first);
  return { frequency: first, rowsNamed: named, why: `${why} and every is not given` };
}

function checkRows(rows: readonly object[], asOf: Period, rowsNamed: Frequency | undefined, every: string | undefined): void {
  computeIndicator(rowsOnlyAt(rowsNamed), rows, withEvery({ from: asOf, to: asOf }, every));
}

function withEvery(range: ComputeOptions, every: string | undefined): ComputeOptions {
  return every === undefined ? range : { ...range, every: every as ComputeOptions['every'] };
}

function benchmarksOf(spec: IndicatorSpec, month: Period, latest: PeriodResult): BenchmarkResult[] {
  const format = { measure: spec.measure.type, decimals: spec.decimals };
  return Object.entries(spec.benchmarks ?? {}).map(([name, steps]) => {
    const step = stepInForce(steps, month);
    const value = step?.value ?? null;
    const result: BenchmarkResult = {
      name,
      label: step?.label ?? null,
      value,
      formatted: value === null ? null : formatReference(value, format),
      comparison: value === null || latest.rounded === null ? null : compareWithBenchmark(latest.rounded, value, spec.polarity),
    };
    if (latest.intervals !== undefined) {
      result.rule = 'confidence-interval';
      result.significance = value === null || latest.intervals.length === 0 ? null : compareSignificance(latest.intervals, value, spec.polarity);
    }
    return result;
  });
}

/**
 * An `inside-reported-period` step that falls in a period of the series
 * before `asOf` (only in the scorecard's history) says so, and how few
 * `periods` start the series after it; any other issue is as it was.
 */
function historyOnly(spec: IndicatorSpec, issue: IndicatorIssue, asOf: Period, frequency: Frequency, count: number): IndicatorIssue {
  const m = /^(target|rag|benchmarks\.(.+))\[(\d+)\]\.from$/.exec(issue.path);
  if (issue.code !== 'inside-reported-period' || m === null || frequency === 'month') return issue;
  const list: unknown = m[2] !== undefined ? spec.benchmarks?.[m[2]] : m[1] === 'target' ? spec.target : spec.rag;
  const from = Array.isArray(list) ? (list[Number(m[3])] as { from?: unknown } | undefined)?.from : undefined;
  if (typeof from !== 'string') return issue;
  const key = containing(from, frequency);
  const before = keyNumber(asOf, frequency) - keyNumber(key, frequency);
  if (before <= 0) return issue;
  return {
    ...issue,
    message:
      `${issue.message}; ${key} is only in this scorecard's history, not at ${asOf}: the ${count} ${periodNoun(frequency, count)} to ${asOf} reach back to it. ` +
      `Give periods: ${before} or fewer for a series that starts after it, or start the step as said`,
  };
}

/** How one indicator is computed for the scorecard: the same for each. */
interface Plan {
  asOf: Period;
  frequency: Frequency;
  /** The month benchmarks are read at: `asOf`, or the first month of its quarter or year (as targets are). */
  benchmarkMonth: Period;
  options: ComputeOptions;
}

function rowOf(spec: IndicatorSpec, rows: readonly object[], plan: Plan): ScorecardRow {
  const { periods } = computeIndicator(spec, rows, plan.options);
  const latest = periods[periods.length - 1]!;
  const row: ScorecardRow = {
    id: spec.id,
    title: spec.title,
    polarity: spec.polarity,
    measure: spec.measure.type,
    decimals: spec.decimals,
    window: spec.window,
    period: plan.asOf,
    frequency: plan.frequency,
    status: latest.status,
    value: latest.value,
    exact: latest.exact,
    rounded: latest.rounded,
    formatted: latest.formatted,
    target: latest.target,
    formattedTarget: latest.target === null ? null : formatReference(latest.target, { measure: spec.measure.type, decimals: spec.decimals }),
    variance: latest.variance,
    formattedVariance: latest.formattedVariance,
    rag: latest.rag,
    direction: latest.direction,
    trend: latest.trend,
    missingMonths: latest.missingMonths,
    missingFields: latest.missingFields,
    benchmarks: benchmarksOf(spec, plan.benchmarkMonth, latest),
    series: periods,
  };
  if (spec.confidence !== undefined && latest.intervals !== undefined) {
    row.confidence = [...spec.confidence];
    row.intervals = latest.intervals;
  }
  return row;
}

/**
 * Compute a scorecard: for each indicator, its figures at `asOf` (value,
 * target, variance, RAG, direction of travel), how it compares with each of
 * its benchmarks, and its `months` months ending at `asOf` for a chart.
 *
 * Quarters and years: with `every` (`'quarter'`, `'year'` or
 * `'financial-year'`, `'calendar-year'`, passed to every
 * `computeIndicator`) monthly rows are reported every quarter or year; over
 * quarterly or yearly rows (keys `2017-Q2`, `2017-18`, `2017`, or specs
 * with `frequency`) the scorecard reports at theirs. `asOf` is then a key
 * of that frequency, read strictly, and the series is `periods` long
 * (default 8 quarters or 5 years; `months` is for monthly scorecards only).
 * The result and its rows carry `frequency`, and every output labels their
 * periods by it (`Q1 2017-18`, `2017-18`). Benchmarks are read at the first
 * month of the quarter or year, as targets are.
 *
 * Loud, never blank: errors are one {@link IndicatorError} listing every
 * problem. `INVALID_OPTIONS` for a bad `asOf`, `every`, `months` or
 * `periods` (`bad-period` for an `asOf` of another frequency than the
 * scorecard's, saying which form to give; `bad-option` for `months` with
 * `periods` or on a quarterly or yearly scorecard); `INVALID_SPEC`
 * naming every issue of every spec by `specs[i]` (and `duplicate-id` for
 * two specs with one id; `mixed-frequency` for specs of different
 * frequencies without `every` to bring them together, never a month beside
 * a quarter; `window-not-whole-periods` for a window that is not whole
 * quarters or years); `INVALID_DATA` for rows that no indicator can
 * read (paths `rows[i]...`, once), then, for every indicator, what it could
 * not read, its id before the path: a field that is in no row at all
 * (`unknown-field`, `cic-rate: rows`, naming the field, the columns the
 * rows have and the closest) and bad figures (`cic-rate: rows[3].cic`),
 * never a column of blanks. A value that could not be computed for a month
 * says why: `statusReason(row)` (from `council-indicators`) reads the row's
 * `missingMonths` and `missingFields`. A spec with `confidence` needs
 * `statistics` from `council-indicators/statistics` (`INVALID_OPTIONS`
 * without it); its row then carries `intervals`, and its benchmarks a
 * `significance` by the Fingertips rule.
 *
 * @example
 * ```ts
 * import { defineIndicator, statusReason } from 'council-indicators';
 * import { computeScorecard } from 'council-indicators/scorecard';
 *
 * const cicRate = defineIndicator({
 *   id: 'cic-rate',
 *   title: 'Children in care per 10,000',
 *   measure: { type: 'rate', per: 10000 },
 *   numerator: { field: 'cic', aggregate: 'last' },
 *   denominator: { value: 47715 },
 *   polarity: 'lower-is-better',
 *   target: 74,
 *   benchmarks: { england: [{ from: '2017-04', value: 62, label: '2016-17' }] },
 * });
 * const card = computeScorecard([cicRate], [
 *   { period: '2017-08', cic: 370 },
 *   { period: '2017-09', cic: 373 },
 * ], { asOf: '2017-09', months: 3 });
 * const row = card.rows[0];
 * row.formatted; // '78.2'
 * row.formattedTarget; // '74.0'
 * row.direction; // 'up'
 * row.trend; // 'worsening'
 * row.benchmarks[0].comparison; // 'worse'
 * row.series.map((p) => p.status); // ['missing-data', 'ok', 'ok']
 * statusReason(row.series[0]); // 'missing data: no row for Jul-17'
 *
 * // The same rows every quarter: asOf is a quarter, the series 2 quarters long.
 * const quarterly = computeScorecard([cicRate], [
 *   { period: '2017-07', cic: 368 },
 *   { period: '2017-08', cic: 370 },
 *   { period: '2017-09', cic: 373 },
 * ], { asOf: '2017-Q3', every: 'quarter', periods: 2 });
 * quarterly.frequency; // 'quarter'
 * quarterly.rows[0].formatted; // '78.2'
 * quarterly.rows[0].series.map((p) => p.period); // ['2017-Q2', '2017-Q3']
 * ```
 */
export function computeScorecard(
  specs: readonly (IndicatorSpec | IndicatorSpecInput)[],
  rows: readonly object[],
  options: ScorecardOptions,
): Scorecard {
  const checked = checkOptions(options);
  const resolved = resolveSpecs(specs);
  const { frequency, rowsNamed, why } = scorecardFrequency(resolved, rows, checked);
  const { count, from } = settle(checked, frequency, why);
  const asOf = checked.asOf;
  // Problems with the rows themselves (not an array, periods) once, unprefixed.
  checkRows(rows, asOf, rowsNamed, checked.every);
  const range = withEvery({ from, to: asOf }, checked.every);
  const plan: Plan = {
    asOf,
    frequency,
    benchmarkMonth: frequency === 'month' ? asOf : reportingPeriodMonths(asOf, frequency).from,
    options: checked.statistics === undefined ? range : { ...range, statistics: checked.statistics as StatisticsProvider },
  };
  const specIssues: IndicatorIssue[] = [];
  const issues: IndicatorIssue[] = [];
  const out: ScorecardRow[] = [];
  resolved.forEach((spec, i) => {
    try {
      out.push(rowOf(spec, rows, plan));
    } catch (e) {
      // Every indicator's problems with the data (a field in no row, a bad figure), not just the first's;
      // and what a spec cannot do at the scorecard's frequency (a window of months that is not whole quarters).
      if (!isIndicatorError(e) || (e.code !== 'INVALID_DATA' && e.code !== 'INVALID_SPEC')) throw e;
      if (e.code === 'INVALID_SPEC') for (const issue of e.issues) specIssues.push({ ...historyOnly(spec, issue, asOf, frequency, count), path: prefixed(`specs[${i}]`, issue.path) });
      else for (const issue of e.issues) issues.push({ ...issue, path: `${spec.id}: ${issue.path}` });
    }
  });
  if (specIssues.length > 0) throw new IndicatorError('INVALID_SPEC', specIssues);
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  const benchmarkNames: string[] = [];
  for (const row of out) for (const b of row.benchmarks) if (!benchmarkNames.includes(b.name)) benchmarkNames.push(b.name);
  return { asOf, frequency, months: count * (frequency === 'month' ? 1 : frequency === 'quarter' ? 3 : 12), periods: count, benchmarkNames, rows: out };
}
