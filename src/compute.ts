/**
 * `computeIndicator`: monthly rows in, the figures a committee reads out.
 * The pipeline: spec -> rows indexed by month -> window of each period ->
 * numerator and denominator -> exact value -> rounding -> target, variance,
 * RAG -> direction of travel and trend.
 *
 * @module
 */
import { compileRag } from './assessment/rag.js';
import type { CompiledRag } from './assessment/rag.js';
import { ratingOf } from './assessment/rating.js';
import { compileSteps } from './assessment/steps.js';
import type { Steps } from './assessment/steps.js';
import { direction as directionOf, trend as trendOf } from './assessment/direction.js';
import type { Direction, Trend } from './assessment/direction.js';
import { variance as varianceOf } from './assessment/variance.js';
import { changeFrom, NO_CHANGES, reasonsOf } from './assessment/changes.js';
import type { Change, ChangeReason, ChangeReasons, ChangeRounding, Changes } from './assessment/changes.js';
import { intervalsOf, needsStatistics } from './assessment/confidence.js';
import type { Interval, StatisticsProvider } from './assessment/confidence.js';
import { windowPercentageIssues } from './data/percentage.js';
import { readsOf, windowPercentageRule } from './data/reads.js';
import { indexRows, missingIn } from './data/rows.js';
import type { RowIndex, RowReads } from './data/rows.js';
import { IndicatorError } from './errors.js';
import type { IndicatorIssue } from './errors.js';
import type { Int } from './exact/int.js';
import * as R from './exact/rational.js';
import type { Q } from './exact/rational.js';
import { aggregate } from './measures/aggregate.js';
import type { Aggregated } from './measures/aggregate.js';
import { measureScale, measureValue } from './measures/measure.js';
import { formatValue, formatVariance } from './outputs/format.js';
import { computeOptions, rangeOption } from './periods/options.js';
import { periodFromIndex, periodIndex } from './periods/period.js';
import type { Period } from './periods/period.js';
import { baseOf, cadenceOf, everyOption, reportKeyIssue, rowFrequency, stepIssues } from './periods/reporting.js';
import { keyIndex } from './periods/frequency.js';
import type { Frequency } from './periods/frequency.js';
import type { Cadence } from './periods/reporting.js';
import { defineIndicator } from './spec/validate.js';
import type { ComponentSpec, IndicatorSpec, IndicatorSpecInput, Rating, RagSpec, RagStep, TargetStep } from './spec/types.js';

/** Why a period has, or has no, value. */
export type Status = 'ok' | 'missing-data' | 'incomplete-window' | 'zero-denominator';

/** The figures of one period. Anything but `status: 'ok'` has `value`, `rounded`, `formatted` and `rag` null. */
export interface PeriodResult {
  /** The period's key: a month `2017-09`, or a quarter `2017-Q2`, financial year `2017-18` or calendar year `2017` when the result reports those. */
  period: Period;
  status: Status;
  /** The numerator over the window, or null when it could not be aggregated. */
  numerator: number | null;
  /** The denominator over the window; null for counts and when it could not be aggregated. */
  denominator: number | null;
  /** The value as a JS number (for charts; compare and display with `rounded`/`formatted`). */
  value: number | null;
  /**
   * The exact value in decimal, no exponent, no trailing zeros: every digit of
   * the whole-number part, then decimals until the value ends or 40
   * significant digits are written, the last rounded half-up. A value of
   * 10^40 or more keeps its whole-number part in full, rounded to units (at
   * most 56 digits at the library's input limits).
   */
  exact: string | null;
  /** The value rounded to the spec's decimals. */
  rounded: number | null;
  /** What a report prints, e.g. `'6.2%'`, `'78.2'`, `'373'`. */
  formatted: string | null;
  /** The target in force for the period. */
  target: number | null;
  /** Variance from target at the spec's decimals (relative variances in %). */
  variance: number | null;
  /** The variance as printed, e.g. `'2.8%'` or `'-1.1'`. */
  formattedVariance: string | null;
  rag: Rating | null;
  /** Against the comparison period, from displayed values. */
  direction: Direction | null;
  trend: Trend | null;
  /**
   * Months of the window (the reported month included) with no row at all,
   * in order; over quarterly or yearly rows, the quarters or years. Empty
   * when `ok` or `zero-denominator` (one shared, frozen array).
   */
  missingMonths: readonly Period[];
  /**
   * Fields the period reads that are absent or null in months of its window
   * that have a row, in the order numerator, denominator. Empty when `ok` or
   * `zero-denominator` (one shared, frozen array).
   */
  missingFields: readonly MissingField[];
  /**
   * Only when the spec has `confidence`: one interval per level, in the
   * spec's order, when `ok`; `[]` otherwise.
   */
  intervals?: Interval[];
  /**
   * The change against the previous period, the same period a year before,
   * and the base period (`changes.base` in the spec or `base` in the
   * options), taken between displayed values. Each null when it cannot be
   * taken (one shared, frozen object when all three are).
   */
  changes: Changes;
  /** Why each change, or its relative part, is null; each null when that change is complete (shared, frozen objects). */
  changeReasons: ChangeReasons;
}

/** A field with no figure (absent or null) in some months a period reads. */
export interface MissingField {
  /** The field, as the spec names it. */
  field: string;
  /** The months, in order, whose row has no figure for it. */
  periods: readonly Period[];
}

/** The result of {@link computeIndicator}. */
export interface IndicatorResult {
  id: string;
  title: string;
  spec: IndicatorSpec;
  /** What each period is: months, or the quarters or years the rows hold or `every` reports (`2008-09` is September 2008 or 2008-09 by this). */
  frequency: Frequency;
  /** One entry per period of the range, in order. */
  periods: PeriodResult[];
}

/**
 * Which months to report; both ends default to the first and last month of
 * the rows. Read as `rangeOption` reads them: strict `YYYY-MM` (read other
 * forms with `parsePeriod` first), `from` not after `to`. Any other key, or
 * options that are not an object, is `INVALID_OPTIONS`.
 */
export interface ComputeOptions {
  /** The first period to report: `YYYY-MM`, or a key of the reported quarters or years (`2017-Q2`, `2017-18`, `2017`). */
  from?: Period;
  /** The last period to report, as `from`. */
  to?: Period;
  /**
   * Report monthly (or quarterly) rows every quarter or year: `'quarter'`
   * (calendar quarters, `2017-Q2`), `'year'` or `'financial-year'` (April
   * to March, `2017-18`) or `'calendar-year'` (`2017`). Each component
   * combines the months of the period by its aggregate (flows summed,
   * snapshots at the last month, means averaged), as a window does: a
   * `period` window covers the quarter or year, and a longer window must be
   * a whole number of them (`window-not-whole-periods`). A component written
   * without an aggregate is `window-needs-aggregate`. A period with a month
   * missing is `incomplete-window` (`missing-data` when its last month is),
   * naming the months in `missingMonths`. `from` and `to` are then keys of
   * the reported frequency.
   */
  every?: 'quarter' | 'year' | 'financial-year' | 'calendar-year';
  /**
   * What computes confidence intervals: `statistics` from
   * `council-indicators/statistics`. Required by a spec with `confidence`
   * (`INVALID_OPTIONS` without it), ignored otherwise. Kept out of the core
   * so that the core bundle does not carry the quantile functions.
   */
  statistics?: StatisticsProvider;
  /**
   * The base period of `changes.base`: overrides the spec's `changes.base`
   * for this call. A month `YYYY-MM`; when the result reports quarters or
   * years, a key of them (`2016-Q2`) or the month one starts with
   * (`2016-04`): a month inside one (`2016-05`) is `bad-period`, never moved
   * to it (as is a spec's `changes.base` inside one, `inside-reported-period`).
   */
  base?: Period;
}

interface Plan {
  spec: IndicatorSpec;
  /** What the rows must hold, and the row rules. */
  reads: RowReads;
  /** The field names read, numerator first. */
  fields: string[];
  /** Whether a percentage is checked on its window aggregates too (the row rule does not imply them). */
  windowRule: boolean;
  numeratorFixed: Q | null;
  denominatorFixed: Q | null;
  scale: Q;
  target: Steps<Q>;
  rag: Steps<CompiledRag>;
  tolerance: Q;
  changeRounding: ChangeRounding;
}

const plans = new WeakMap<IndicatorSpec, Plan>();

function fixedOf(c: ComponentSpec | undefined): Q | null {
  return c !== undefined && 'value' in c ? R.fromNumber(c.value) : null;
}

function planFor(spec: IndicatorSpec): Plan {
  let plan = plans.get(spec);
  if (plan !== undefined) return plan;
  const reads = readsOf(spec);
  plan = {
    spec,
    reads,
    fields: reads.fields.map((f) => f.name),
    windowRule: windowPercentageRule(spec),
    numeratorFixed: fixedOf(spec.numerator),
    denominatorFixed: fixedOf(spec.denominator),
    scale: measureScale(spec.measure),
    target: compileSteps<TargetStep, number, Q>(spec.target, (s) => s.value, R.fromNumber),
    rag: compileSteps<RagStep, RagSpec, CompiledRag>(spec.rag, (s) => s.rag, compileRag),
    tolerance: R.fromNumber(spec.directionOfTravel.tolerance),
    changeRounding: { decimals: spec.decimals, relativeDecimals: spec.changes.decimals, rounding: spec.rounding },
  };
  plans.set(spec, plan);
  return plan;
}

/** The empty `missingMonths` and `missingFields` of every period that lacks nothing: one frozen array. */
const NONE: readonly never[] = Object.freeze([]);

/** The core of a period: enough to report it and to compare with it. */
interface Core {
  status: Status;
  numerator: Aggregated;
  denominator: Aggregated | null;
  value: Q | null;
  units: Int | null;
}

/**
 * The periods to report, as numbers: the options' range, each end missing
 * taken from the rows; null for no rows and no range. Months are read as
 * `rangeOption` reads them; quarters and years must be keys of the reported
 * frequency.
 */
function resolveRange(given: { from?: unknown; to?: unknown }, first: number, last: number, cad: Cadence): [number, number] | null {
  const noRows = last < first;
  if (noRows && given.from === undefined && given.to === undefined) return null;
  if (cad.reports === 'month') {
    const range = rangeOption(given.from, given.to, noRows ? undefined : { from: periodFromIndex(first), to: periodFromIndex(last) });
    return [periodIndex(range.from), periodIndex(range.to)];
  }
  const issues: IndicatorIssue[] = [];
  for (const [name, value] of [['from', given.from], ['to', given.to]] as const) {
    const issue = value === undefined ? null : reportKeyIssue(value, name, cad.reports);
    if (issue !== null) issues.push(issue);
    else if (value === undefined && noRows) {
      issues.push({ code: 'range-open', path: name, message: `${name} is missing, and there are no rows to take it from: give both from and to, e.g. from: "${cad.key(2017 * cad.yearAgo)}"` });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  const from = given.from === undefined ? cad.reportOf(first) : keyIndex(given.from as string, cad.reports);
  const to = given.to === undefined ? cad.reportOf(last) : keyIndex(given.to as string, cad.reports);
  if (from > to) {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'range-reversed', path: given.from === undefined ? 'to' : 'from', message: `from ${cad.key(from)} is after to ${cad.key(to)}: from is the first period of the range, to the last` },
    ]);
  }
  return [from, to];
}

/**
 * Compute an indicator for every period of a range from monthly,
 * quarterly or yearly rows (one frequency per call: the spec's
 * `frequency`, or the one the rows' keys share; rows of two are
 * `mixed-frequency`), or report monthly rows every quarter or year with
 * `{ every }`. Windows are written in months, so one spec serves every
 * frequency (docs/concepts.md, "Quarters and years").
 *
 * Every row given is checked first, whatever the range: a period that is not
 * `YYYY-MM`, a period twice, a field the indicator reads holding anything but
 * a non-negative finite number or null (any finite number in a field read
 * `signed: true`), a field that is in no row at all, or
 * a percentage whose numerator exceeds its denominator throws one
 * `INVALID_DATA` error naming every row and field (each issue with a `code`).
 * Rows are read through their own properties only. A spec that did not come
 * from `defineIndicator` is validated first (`INVALID_SPEC`). A period that
 * is not `ok` lists what it lacks in `missingMonths` and `missingFields`
 * (see `statusReason`). A spec with `confidence` adds `intervals` to every
 * period and needs `{ statistics }` from `council-indicators/statistics` in
 * the options (`INVALID_OPTIONS`, `missing-key` at `statistics`, without it:
 * never a result silently without intervals). Every period reports its
 * `changes` against the previous period, a year before and a base period
 * (`changes.base` in the spec, or `base` in the options), with
 * `changeReasons` for those that are null. Reported quarterly or yearly, a
 * count summed over the period with a target, RAG bands or benchmarks
 * written for another length of period (`thresholdsPer`, default the spec's
 * `frequency`, else a month: quarterly rows need it said) is
 * `thresholds-period`, and a target, RAG or benchmark step,
 * or a base month, inside a reported period is refused
 * (`inside-reported-period`): both `INVALID_SPEC`.
 *
 * @example
 * ```ts
 * import { computeIndicator, defineIndicator } from 'council-indicators';
 *
 * const cicRate = defineIndicator({
 *   id: 'cic-rate',
 *   title: 'Children in care per 10,000',
 *   measure: { type: 'rate', per: 10000 },
 *   numerator: { field: 'cic', aggregate: 'last' },
 *   denominator: { value: 47715 },
 *   polarity: 'lower-is-better',
 *   target: 74,
 *   variance: 'relative',
 * });
 * const result = computeIndicator(cicRate, [
 *   { period: '2017-08', cic: 373 },
 *   { period: '2017-09', cic: 373 },
 * ]);
 * const sep = result.periods[1];
 * sep.formatted; // '78.2'
 * sep.formattedVariance; // '5.6%'
 * sep.direction; // 'same'
 * sep.trend; // 'no-change'
 * ```
 */
export function computeIndicator(
  spec: IndicatorSpec | IndicatorSpecInput,
  rows: readonly object[],
  options?: ComputeOptions,
): IndicatorResult {
  // A spec from defineIndicator is returned as it is; any other is validated (INVALID_SPEC).
  const s = defineIndicator(spec);
  const given = computeOptions(options);
  // Rows by month, quarter or year; reported at that frequency or at `every`.
  const frequency = rowFrequency(rows, s.frequency);
  const cad = cadenceOf(s, frequency, everyOption(given.every));
  const plan = planFor(cad.spec);
  const statistics = given.statistics as StatisticsProvider | undefined;
  if (s.confidence !== undefined && statistics === undefined) {
    throw new IndicatorError('INVALID_OPTIONS', [{ code: 'missing-key', path: 'statistics', message: needsStatistics(s.id) }]);
  }
  // Every row is checked, whatever the range: the range only chooses what is reported.
  const index = indexRows(rows, plan.reads, frequency);
  if (plan.windowRule) {
    const over = windowPercentageIssues(plan.spec, index, plan.numeratorFixed, plan.denominatorFixed, cad.startIfEnd, cad.rowKey);
    if (over.length > 0) throw new IndicatorError('INVALID_DATA', over);
  }
  const range = resolveRange(given, index.first, index.last, cad);
  const periods: PeriodResult[] = [];
  if (range === null) return { id: s.id, title: s.title, spec: s, frequency: cad.reports, periods };
  const [start, end] = range;
  // A step inside a reported quarter or year would rate it by its first month's value (docs/concepts.md).
  const inside = cad.reports === 'month' ? [] : stepIssues(s, cad, start, end);
  if (inside.length > 0) throw new IndicatorError('INVALID_SPEC', inside);

  // Cores by month from start - yearLag (direction looks back lag months, changes a year).
  // Lags count reported periods: a quarter back, or 4 quarters for a year.
  const lag = s.directionOfTravel.compare === 'previous-period' ? 1 : cad.yearAgo;
  const yearLag = cad.yearAgo;
  const base = start - Math.max(lag, yearLag);
  const cores: (Core | undefined)[] = new Array(end - base + 1);
  const coreAt = (m: number): Core => {
    let core = cores[m - base];
    if (core === undefined) cores[m - base] = core = computeCore(plan, index, m, cad);
    return core;
  };

  const relative = s.variance.type === 'relative';
  const baseIndex = baseOf(given.base, s, cad);
  const baseCore = baseIndex === null ? null : baseIndex >= base && baseIndex <= end ? coreAt(baseIndex) : computeCore(plan, index, baseIndex, cad);
  for (let m = start; m <= end; m++) {
    const core = coreAt(m);
    const target = plan.target.at(cad.stepMonth(m));
    const result: PeriodResult = {
      period: cad.key(m),
      status: core.status,
      numerator: core.numerator.ok ? R.toNumber(core.numerator.q) : null,
      denominator: core.denominator !== null && core.denominator.ok ? R.toNumber(core.denominator.q) : null,
      value: null,
      exact: null,
      rounded: null,
      formatted: null,
      target: target === null ? null : R.toNumber(target),
      variance: null,
      formattedVariance: null,
      rag: null,
      direction: null,
      trend: null,
      missingMonths: NONE,
      missingFields: NONE,
      changes: NO_CHANGES,
      changeReasons: reasonsOf('no-value', 'no-value', baseIndex === null ? 'no-base' : 'no-value'),
    };
    if (statistics !== undefined && s.confidence !== undefined) {
      result.intervals = core.value === null ? [] : intervalsOf(statistics, s, result.numerator!, result.denominator);
    }
    if (core.status === 'missing-data' || core.status === 'incomplete-window') {
      const missing = missingIn(index, plan.fields, cad.start(m), cad.end(m), cad.rowKey);
      result.missingMonths = missing.missingMonths;
      result.missingFields = missing.missingFields;
    }
    if (core.value !== null && core.units !== null) {
      const rounded = R.fromUnits(core.units, s.decimals);
      result.value = R.toNumber(core.value);
      result.exact = R.toDecimalString(core.value);
      result.rounded = R.toNumber(rounded);
      result.formatted = formatValue(s.measure, core.units, s.decimals);
      if (target !== null) {
        const v = varianceOf(s.variance.type, s.variance.using === 'exact' ? core.value : rounded, target, s.variance.sign);
        if (v !== null) {
          const units = R.roundToUnits(v, s.variance.decimals, s.rounding);
          result.variance = R.toNumber(R.fromUnits(units, s.variance.decimals));
          result.formattedVariance = formatVariance(relative, units, s.variance.decimals);
        }
      }
      const rag = plan.rag.at(cad.stepMonth(m));
      if (rag !== null) result.rag = ratingOf(rag, core.value, rounded, target, s.variance, s.rounding);
      const previous = coreAt(m - lag);
      if (previous.units !== null) {
        const before = R.fromUnits(previous.units, s.decimals);
        const dir = directionOf(rounded, before, plan.tolerance);
        result.direction = dir;
        result.trend = trendOf(dir, s.polarity, rounded, before, target);
      }
      changesOf(result, core.units, coreAt(m - 1), m - 1, coreAt(m - yearLag), m - yearLag, baseCore, baseIndex, m, plan.changeRounding, cad.key);
    }
    periods.push(result);
  }
  return { id: s.id, title: s.title, spec: s, frequency: cad.reports, periods };
}

/** One change, or why there is none. */
function oneChange(now: Int, other: Core | null, at: number | null, r: ChangeRounding, key: (p: number) => string): [Change | null, ChangeReason | null] {
  if (other === null || at === null || other.units === null) return [null, 'no-comparison-value'];
  const change = changeFrom(now, other.units, key(at), r);
  return [change, change.relative === null ? 'zero-from' : null];
}

/** Fill a period's changes against the previous period, a year before and the base period. */
function changesOf(
  result: PeriodResult,
  now: Int,
  previous: Core,
  previousAt: number,
  yearAgo: Core,
  yearAgoAt: number,
  baseCore: Core | null,
  baseAt: number | null,
  m: number,
  r: ChangeRounding,
  key: (p: number) => string,
): void {
  const [p, pr] = oneChange(now, previous, previousAt, r, key);
  const [y, yr] = oneChange(now, yearAgo, yearAgoAt, r, key);
  let b: Change | null = null;
  let br: ChangeReason | null;
  if (baseAt === null) br = 'no-base';
  else if (m < baseAt) br = 'before-base';
  else [b, br] = oneChange(now, baseCore, baseAt, r, key);
  if (p !== null || y !== null || b !== null) result.changes = { previous: p, yearAgo: y, base: b };
  result.changeReasons = reasonsOf(pr, yr, br);
}

/** The core of reported period `p`: its window's rows (`cad.start(p)` to `cad.end(p)`) combined. */
function computeCore(plan: Plan, index: RowIndex, p: number, cad: Cadence): Core {
  const s = plan.spec;
  const first = cad.start(p);
  const m = cad.end(p);
  const numerator = aggregate(s.numerator, plan.numeratorFixed, index, first, m);
  const denominator = s.denominator === undefined ? null : aggregate(s.denominator, plan.denominatorFixed, index, first, m);
  if (!numerator.ok || (denominator !== null && !denominator.ok)) {
    // The reported month missing outranks an incomplete window.
    const missing = (!numerator.ok && numerator.status === 'missing-data') || (denominator !== null && !denominator.ok && denominator.status === 'missing-data');
    return { status: missing ? 'missing-data' : 'incomplete-window', numerator, denominator, value: null, units: null };
  }
  // A percentage above 100% never gets here: the rows were checked (src/data/).
  const n = (numerator as { q: Q }).q;
  const d = denominator === null ? null : (denominator as { q: Q }).q;
  const value = measureValue(s.measure, plan.scale, n, d);
  if (value === null) return { status: 'zero-denominator', numerator, denominator, value: null, units: null };
  return { status: 'ok', numerator, denominator, value, units: R.roundToUnits(value, s.decimals, s.rounding) };
}
