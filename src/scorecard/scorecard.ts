/**
 * `computeScorecard`: many indicators at one month, each with its latest
 * figures, its benchmarks and the months before it (for a chart).
 *
 * @module
 */
import { addMonths, compareWithBenchmark, computeIndicator, defineIndicator, formatReference, IndicatorError, isIndicatorError, stepInForce, validateSpec } from '../index.js';
import type {
  Comparison,
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
} from '../index.js';
import { periodOptionIssues, readOptions } from '../index.js';
import { compareSignificance } from '../index.js';
import type { SignificanceResult } from '../index.js';

export type { Comparison };

/** One named benchmark of an indicator, at the scorecard's month. */
export interface BenchmarkResult {
  /** The benchmark's name in the spec, e.g. `'england'` or `'statistical-neighbours'`. */
  name: string;
  /** The label of the step in force, e.g. `'2015-16'`; null when it has none or no step applies. */
  label: string | null;
  /** The benchmark value in force at the scorecard's month; null when none applies. */
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

/** One indicator of a {@link Scorecard}: its figures at the scorecard's month. */
export interface ScorecardRow {
  id: string;
  title: string;
  polarity: Polarity;
  measure: MeasureSpec['type'];
  /** Decimals the value is displayed at. */
  decimals: number;
  /** The scorecard's month. */
  period: Period;
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
  /** Months of the window at `asOf` with no row at all, as in `PeriodResult`; empty when `ok`. Words: `statusReason(row)`. */
  missingMonths: readonly Period[];
  /** Fields with no figure in months of the window at `asOf`, as in `PeriodResult`; empty when `ok`. */
  missingFields: readonly MissingField[];
  /** One entry per benchmark the spec names, in the spec's order. */
  benchmarks: BenchmarkResult[];
  /** Only when the spec has `confidence`: its levels, in order. */
  confidence?: number[];
  /** Only when the spec has `confidence`: the intervals at `asOf`, as in `PeriodResult` (`[]` when not `ok`). */
  intervals?: Interval[];
  /** The months ending at the scorecard's month, oldest first; the last is the row's own figures. */
  series: PeriodResult[];
}

/** The result of {@link computeScorecard}. */
export interface Scorecard {
  /** The month reported. */
  asOf: Period;
  /** Months in each row's `series`. */
  months: number;
  /** Every benchmark name of any row, in order of first appearance: the benchmark columns of a table. */
  benchmarkNames: string[];
  rows: ScorecardRow[];
}

/** Options of {@link computeScorecard}. */
export interface ScorecardOptions {
  /** The month reported, `YYYY-MM`. */
  asOf: Period;
  /** Months of each row's series, ending at `asOf`; default 18. */
  months?: number;
  /**
   * `statistics` from `council-indicators/statistics`: needed when a spec has
   * `confidence` (its intervals, and significance against its benchmarks).
   */
  statistics?: StatisticsProvider;
}

/** The longest series a scorecard computes. */
const MAX_MONTHS = 1200;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;
}

function checkOptions(options: unknown): { asOf: Period; months: number; statistics: unknown } {
  const { asOf, months = 18, statistics } = readOptions(options, ['asOf', 'months', 'statistics'], '{ asOf: "2017-09" }') as {
    asOf?: unknown;
    months?: unknown;
    statistics?: unknown;
  };
  // asOf read as computeIndicator and deriveMonthly read from and to.
  const issues: IndicatorIssue[] = periodOptionIssues(asOf, 'asOf');
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    issues.push({ code: 'bad-option', path: 'months', message: `months ${describe(months)} must be a whole number from 1 to ${MAX_MONTHS}` });
  } else if (issues.length === 0 && Number((asOf as Period).slice(0, 4)) * 12 + Number((asOf as Period).slice(5)) - months < 12_000) {
    issues.push({ code: 'out-of-range', path: 'months', message: `the ${months} months to ${asOf as Period} start before 1000-01, the first month supported: give fewer months` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return { asOf: asOf as Period, months: months as number, statistics };
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
 * An indicator that reads no field: computing it checks what every
 * indicator needs of the rows (an array of objects, each with one
 * `YYYY-MM` period of its own), once. Made on first use.
 */
let rowsOnly: IndicatorSpec | null = null;

function checkRows(rows: readonly object[], asOf: Period): void {
  rowsOnly ??= defineIndicator({ id: 'rows', title: 'Rows', measure: { type: 'count' }, numerator: { value: 0 }, polarity: 'neutral' });
  computeIndicator(rowsOnly, rows, { from: asOf, to: asOf });
}

function benchmarksOf(spec: IndicatorSpec, asOf: Period, latest: PeriodResult): BenchmarkResult[] {
  const format = { measure: spec.measure.type, decimals: spec.decimals };
  return Object.entries(spec.benchmarks ?? {}).map(([name, steps]) => {
    const step = stepInForce(steps, asOf);
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

function rowOf(spec: IndicatorSpec, rows: readonly object[], asOf: Period, months: number, statistics: unknown): ScorecardRow {
  const range = { from: addMonths(asOf, 1 - months), to: asOf };
  const { periods } = computeIndicator(spec, rows, statistics === undefined ? range : { ...range, statistics: statistics as StatisticsProvider });
  const latest = periods[periods.length - 1]!;
  const row: ScorecardRow = {
    id: spec.id,
    title: spec.title,
    polarity: spec.polarity,
    measure: spec.measure.type,
    decimals: spec.decimals,
    period: asOf,
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
    benchmarks: benchmarksOf(spec, asOf, latest),
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
 * Loud, never blank: errors are one {@link IndicatorError} listing every
 * problem. `INVALID_OPTIONS` for a bad `asOf` or `months`; `INVALID_SPEC`
 * naming every issue of every spec by `specs[i]` (and `duplicate-id` for
 * two specs with one id); `INVALID_DATA` for rows that no indicator can
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
 * ```
 */
export function computeScorecard(
  specs: readonly (IndicatorSpec | IndicatorSpecInput)[],
  rows: readonly object[],
  options: ScorecardOptions,
): Scorecard {
  const { asOf, months, statistics } = checkOptions(options);
  const resolved = resolveSpecs(specs);
  // Problems with the rows themselves (not an array, periods) once, unprefixed.
  checkRows(rows, asOf);
  const issues: IndicatorIssue[] = [];
  const out: ScorecardRow[] = [];
  for (const spec of resolved) {
    try {
      out.push(rowOf(spec, rows, asOf, months, statistics));
    } catch (e) {
      // Every indicator's problems with the data (a field in no row, a bad figure), not just the first's.
      if (!isIndicatorError(e) || e.code !== 'INVALID_DATA') throw e;
      for (const issue of e.issues) issues.push({ ...issue, path: `${spec.id}: ${issue.path}` });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  const benchmarkNames: string[] = [];
  for (const row of out) for (const b of row.benchmarks) if (!benchmarkNames.includes(b.name)) benchmarkNames.push(b.name);
  return { asOf, months, benchmarkNames, rows: out };
}
