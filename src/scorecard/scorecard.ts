/**
 * `computeScorecard`: many indicators at one month, each with its latest
 * figures, its benchmarks and the months before it (for a chart).
 *
 * @module
 */
import { computeIndicator } from '../compute.js';
import type { PeriodResult, Status } from '../compute.js';
import type { Direction, Trend } from '../assessment/direction.js';
import { indexRows } from '../data/rows.js';
import { IndicatorError, isIndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import { addMonths, isPeriod, periodIndex } from '../periods/period.js';
import type { Period } from '../periods/period.js';
import { validateSpec } from '../spec/validate.js';
import type { BenchmarkStep, IndicatorSpec, IndicatorSpecInput, MeasureSpec, Polarity, Rating } from '../spec/types.js';
import { formatNumber, formatQuantity } from './format.js';

/** How the latest value compares with a benchmark, given the indicator's polarity. */
export type Comparison = 'better' | 'worse' | 'same';

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
  /** One entry per benchmark the spec names, in the spec's order. */
  benchmarks: BenchmarkResult[];
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
}

/** The longest series a scorecard computes. */
const MAX_MONTHS = 1200;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : value === null ? 'null' : typeof value;
}

function checkOptions(options: unknown): { asOf: Period; months: number } {
  const issues: IndicatorIssue[] = [];
  if (typeof options !== 'object' || options === null) {
    throw new IndicatorError('INVALID_OPTIONS', [{ path: 'options', message: 'options must be an object with asOf, e.g. { asOf: "2017-09" }' }]);
  }
  const { asOf, months = 18 } = options as { asOf?: unknown; months?: unknown };
  if (!isPeriod(asOf)) issues.push({ path: 'asOf', message: `asOf ${describe(asOf)} is not a month in YYYY-MM form` });
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    issues.push({ path: 'months', message: `months ${describe(months)} must be a whole number from 1 to ${MAX_MONTHS}` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return { asOf: asOf as Period, months: months as number };
}

function prefixed(prefix: string, path: string): string {
  return path === '' ? prefix : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Validate every spec; one INVALID_SPEC error names every issue of every spec, by `specs[i]`. */
function resolveSpecs(specs: unknown): IndicatorSpec[] {
  if (!Array.isArray(specs)) {
    throw new IndicatorError('INVALID_SPEC', [{ path: 'specs', message: `specs must be an array of indicator specs, received ${describe(specs)}` }]);
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
      issues.push({ path: `specs[${i}].id`, message: `id ${JSON.stringify(result.spec.id)} is also the id of specs[${before}]: each indicator of a scorecard needs its own id` });
    } else ids.set(result.spec.id, i);
    out.push(result.spec);
  });
  if (issues.length > 0) throw new IndicatorError('INVALID_SPEC', issues);
  return out;
}

/** The step in force at month `m`, or null. */
function stepAt(steps: readonly BenchmarkStep[], m: number): BenchmarkStep | null {
  let found: BenchmarkStep | null = null;
  for (const step of steps) {
    if (periodIndex(step.from) > m) break;
    found = step;
  }
  return found;
}

/**
 * Better, worse or the same, from the exact order of `value` and
 * `benchmark`. Higher-is-better: above is better; lower-is-better: below is.
 *
 * @internal
 */
export function compareWithBenchmark(polarity: Polarity, value: Q, benchmark: Q): Comparison | null {
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better') return null;
  const c = R.cmp(value, benchmark);
  if (c === 0) return 'same';
  return (c > 0) === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

function benchmarksOf(spec: IndicatorSpec, m: number, latest: PeriodResult): BenchmarkResult[] {
  const rounded = latest.rounded === null ? null : R.fromNumber(latest.rounded);
  return Object.entries(spec.benchmarks ?? {}).map(([name, steps]) => {
    const step = stepAt(steps, m);
    const value = step?.value ?? null;
    const q = value === null ? null : R.fromNumber(value);
    return {
      name,
      label: step?.label ?? null,
      value,
      formatted: q === null ? null : formatQuantity(spec.measure.type, q, spec.decimals),
      comparison: q === null || rounded === null ? null : compareWithBenchmark(spec.polarity, rounded, q),
    };
  });
}

function rowOf(spec: IndicatorSpec, rows: readonly object[], asOf: Period, months: number): ScorecardRow {
  const { periods } = computeIndicator(spec, rows, { from: addMonths(asOf, 1 - months), to: asOf });
  const latest = periods[periods.length - 1]!;
  return {
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
    formattedTarget: latest.target === null ? null : formatNumber(spec.measure.type, latest.target, spec.decimals),
    variance: latest.variance,
    formattedVariance: latest.formattedVariance,
    rag: latest.rag,
    direction: latest.direction,
    trend: latest.trend,
    benchmarks: benchmarksOf(spec, periodIndex(asOf), latest),
    series: periods,
  };
}

/**
 * Compute a scorecard: for each indicator, its figures at `asOf` (value,
 * target, variance, RAG, direction of travel), how it compares with each of
 * its benchmarks, and its `months` months ending at `asOf` for a chart.
 *
 * Errors are one {@link IndicatorError}: `INVALID_OPTIONS` for a bad `asOf`
 * or `months`; `INVALID_SPEC` naming every issue of every spec by
 * `specs[i]` (and two specs with one id); `INVALID_DATA` for rows that no
 * indicator can read (paths `rows[i]...`), and for figures a particular
 * indicator reads, with the indicator's id before the path
 * (`cic-rate: rows[3].cic`).
 *
 * @example
 * ```ts
 * import { defineIndicator } from 'council-indicators';
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
 * ```
 */
export function computeScorecard(
  specs: readonly (IndicatorSpec | IndicatorSpecInput)[],
  rows: readonly object[],
  options: ScorecardOptions,
): Scorecard {
  const { asOf, months } = checkOptions(options);
  const resolved = resolveSpecs(specs);
  // Problems with the rows themselves (not an array, periods) once, unprefixed.
  indexRows(rows, []);
  const issues: IndicatorIssue[] = [];
  const out: ScorecardRow[] = [];
  for (const spec of resolved) {
    try {
      out.push(rowOf(spec, rows, asOf, months));
    } catch (e) {
      if (!isIndicatorError(e) || e.code !== 'INVALID_DATA') throw e;
      for (const issue of e.issues) issues.push({ ...issue, path: `${spec.id}: ${issue.path}` });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  const benchmarkNames: string[] = [];
  for (const row of out) for (const b of row.benchmarks) if (!benchmarkNames.includes(b.name)) benchmarkNames.push(b.name);
  return { asOf, months, benchmarkNames, rows: out };
}
