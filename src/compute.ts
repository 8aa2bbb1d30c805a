/**
 * `computeIndicator`: monthly rows in, the figures a committee reads out.
 * The pipeline: spec -> rows indexed by month -> window of each period ->
 * numerator and denominator -> exact value -> rounding -> target, variance,
 * RAG -> direction of travel and trend.
 *
 * @module
 */
import { compileRag, rate } from './assessment/rag.js';
import type { CompiledRag } from './assessment/rag.js';
import { compileSteps } from './assessment/steps.js';
import type { Steps } from './assessment/steps.js';
import { direction as directionOf, trend as trendOf } from './assessment/direction.js';
import type { Direction, Trend } from './assessment/direction.js';
import { variance as varianceOf } from './assessment/variance.js';
import { indexRows } from './data/rows.js';
import { IndicatorError } from './errors.js';
import type { IndicatorIssue } from './errors.js';
import type { Int } from './exact/int.js';
import * as R from './exact/rational.js';
import type { Q } from './exact/rational.js';
import { aggregate } from './measures/aggregate.js';
import type { Aggregated } from './measures/aggregate.js';
import { measureScale, measureValue } from './measures/measure.js';
import { formatValue, formatVariance } from './outputs/format.js';
import { isPeriod, periodFromIndex, periodIndex } from './periods/period.js';
import type { Period } from './periods/period.js';
import { windowStart } from './periods/window.js';
import { isValidatedSpec, validateSpec } from './spec/validate.js';
import type { ComponentSpec, IndicatorSpec, IndicatorSpecInput, Rating, RagSpec, RagStep, TargetStep } from './spec/types.js';

/** Why a period has, or has no, value. */
export type Status = 'ok' | 'missing-data' | 'incomplete-window' | 'zero-denominator';

/** The figures of one period. Anything but `status: 'ok'` has `value`, `rounded`, `formatted` and `rag` null. */
export interface PeriodResult {
  period: Period;
  status: Status;
  /** The numerator over the window, or null when it could not be aggregated. */
  numerator: number | null;
  /** The denominator over the window; null for counts and when it could not be aggregated. */
  denominator: number | null;
  /** The value as a JS number (for charts; compare and display with `rounded`/`formatted`). */
  value: number | null;
  /** The exact value in decimal (40 significant digits where it does not terminate). */
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
}

/** The result of {@link computeIndicator}. */
export interface IndicatorResult {
  id: string;
  title: string;
  spec: IndicatorSpec;
  /** One entry per month of the range, in order. */
  periods: PeriodResult[];
}

/** Which months to report; both ends default to the first and last month of the rows. */
export interface ComputeOptions {
  from?: Period;
  to?: Period;
}

interface Plan {
  spec: IndicatorSpec;
  fields: string[];
  numeratorFixed: Q | null;
  denominatorFixed: Q | null;
  scale: Q;
  target: Steps<Q>;
  rag: Steps<CompiledRag>;
  tolerance: Q;
  lag: number;
}

const plans = new WeakMap<IndicatorSpec, Plan>();

function fixedOf(c: ComponentSpec | undefined): Q | null {
  return c !== undefined && 'value' in c ? R.fromNumber(c.value) : null;
}

function planFor(spec: IndicatorSpec): Plan {
  let plan = plans.get(spec);
  if (plan !== undefined) return plan;
  const fields: string[] = [];
  for (const c of [spec.numerator, spec.denominator]) if (c !== undefined && 'field' in c && !fields.includes(c.field)) fields.push(c.field);
  plan = {
    spec,
    fields,
    numeratorFixed: fixedOf(spec.numerator),
    denominatorFixed: fixedOf(spec.denominator),
    scale: measureScale(spec.measure),
    target: compileSteps<TargetStep, number, Q>(spec.target, (s) => s.value, R.fromNumber),
    rag: compileSteps<RagStep, RagSpec, CompiledRag>(spec.rag, (s) => s.rag, compileRag),
    tolerance: R.fromNumber(spec.directionOfTravel.tolerance),
    lag: spec.directionOfTravel.compare === 'previous-period' ? 1 : 12,
  };
  plans.set(spec, plan);
  return plan;
}

/** The core of a period: enough to report it and to compare with it. */
interface Core {
  status: Status;
  numerator: Aggregated;
  denominator: Aggregated | null;
  value: Q | null;
  units: Int | null;
}

function resolveSpec(spec: IndicatorSpec | IndicatorSpecInput): IndicatorSpec {
  if (isValidatedSpec(spec)) return spec;
  const result = validateSpec(spec);
  if (!result.ok) throw new IndicatorError('INVALID_SPEC', result.issues);
  return result.spec;
}

function resolveRange(options: ComputeOptions | undefined, first: number, last: number): [number, number] | null {
  const issues: IndicatorIssue[] = [];
  const from = options?.from;
  const to = options?.to;
  if (from !== undefined && !isPeriod(from)) issues.push({ path: 'from', message: `from ${JSON.stringify(from)} is not a month in YYYY-MM form` });
  if (to !== undefined && !isPeriod(to)) issues.push({ path: 'to', message: `to ${JSON.stringify(to)} is not a month in YYYY-MM form` });
  if (issues.length === 0 && from !== undefined && to !== undefined && periodIndex(from) > periodIndex(to)) {
    issues.push({ path: 'from', message: `from ${from} is after to ${to}` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  if (last < first && (from === undefined || to === undefined)) {
    if (from === undefined && to === undefined) return null;
    throw new IndicatorError('INVALID_OPTIONS', [
      { path: from === undefined ? 'from' : 'to', message: 'there are no rows to take the other end of the range from: give both from and to' },
    ]);
  }
  const start = from !== undefined ? periodIndex(from) : first;
  const end = to !== undefined ? periodIndex(to) : last;
  if (start > end) {
    // Only reachable with one end given: say so rather than return nothing.
    throw new IndicatorError('INVALID_OPTIONS', [
      from !== undefined
        ? { path: 'from', message: `from ${from} is after the last row's period ${periodFromIndex(last)}: give to as well` }
        : { path: 'to', message: `to ${to} is before the first row's period ${periodFromIndex(first)}: give from as well` },
    ]);
  }
  return [start, end];
}

/**
 * Compute an indicator for every month of a range from monthly rows.
 *
 * Rows are checked first: a period that is not `YYYY-MM`, a period twice, or
 * a field the indicator reads holding anything but a non-negative finite
 * number or null throws one `INVALID_DATA` error naming every row and field.
 * So does a percentage whose numerator exceeds its denominator. A spec that
 * did not come from `defineIndicator` is validated first (`INVALID_SPEC`).
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
  const s = resolveSpec(spec);
  const plan = planFor(s);
  const index = indexRows(rows, plan.fields);
  const range = resolveRange(options, index.first, index.last);
  const periods: PeriodResult[] = [];
  if (range === null) return { id: s.id, title: s.title, spec: s, periods };
  const [start, end] = range;

  // Cores by month from start - lag (direction looks back lag months).
  const base = start - plan.lag;
  const cores: (Core | undefined)[] = new Array(end - base + 1);
  const issues: IndicatorIssue[] = [];
  const coreAt = (m: number): Core => {
    let core = cores[m - base];
    if (core === undefined) cores[m - base] = core = computeCore(plan, index, m, issues);
    return core;
  };

  const relative = s.variance.type === 'relative';
  for (let m = start; m <= end; m++) {
    const core = coreAt(m);
    const target = plan.target.at(m);
    const result: PeriodResult = {
      period: periodFromIndex(m),
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
    };
    if (core.value !== null && core.units !== null) {
      const rounded = R.fromUnits(core.units, s.decimals);
      result.value = R.toNumber(core.value);
      result.exact = R.toDecimalString(core.value);
      result.rounded = R.toNumber(rounded);
      result.formatted = formatValue(s.measure, core.units, s.decimals);
      if (target !== null) {
        const v = varianceOf(s.variance.type, s.variance.using === 'exact' ? core.value : rounded, target);
        if (v !== null) {
          const units = R.roundToUnits(v, s.variance.decimals, s.rounding);
          result.variance = R.toNumber(R.fromUnits(units, s.variance.decimals));
          result.formattedVariance = formatVariance(relative, units, s.variance.decimals);
        }
      }
      result.rag = rating(plan, m, core.value, rounded, target);
      const previous = coreAt(m - plan.lag);
      if (previous.units !== null) {
        const before = R.fromUnits(previous.units, s.decimals);
        const dir = directionOf(rounded, before, plan.tolerance);
        result.direction = dir;
        result.trend = trendOf(dir, s.polarity, rounded, before, target);
      }
    }
    periods.push(result);
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  return { id: s.id, title: s.title, spec: s, periods };
}

function computeCore(plan: Plan, index: ReturnType<typeof indexRows>, m: number, issues: IndicatorIssue[]): Core {
  const s = plan.spec;
  const first = windowStart(s.window, m);
  const numerator = aggregate(s.numerator, plan.numeratorFixed, index, first, m);
  const denominator = s.denominator === undefined ? null : aggregate(s.denominator, plan.denominatorFixed, index, first, m);
  if (!numerator.ok || (denominator !== null && !denominator.ok)) {
    // The reported month missing outranks an incomplete window.
    const missing = (!numerator.ok && numerator.status === 'missing-data') || (denominator !== null && !denominator.ok && denominator.status === 'missing-data');
    return { status: missing ? 'missing-data' : 'incomplete-window', numerator, denominator, value: null, units: null };
  }
  const n = (numerator as { q: Q }).q;
  const d = denominator === null ? null : (denominator as { q: Q }).q;
  if (s.measure.type === 'percentage' && d !== null && R.cmp(n, d) > 0) {
    const at = index.position[m - index.first];
    const row = at === undefined || at < 0 ? undefined : at;
    const field = 'field' in s.numerator ? s.numerator.field : 'numerator';
    issues.push({
      path: row === undefined ? `period ${periodFromIndex(m)}` : `rows[${row}].${field}`,
      ...(row === undefined ? {} : { row }),
      period: periodFromIndex(m),
      field,
      message: `numerator ${R.toDecimalString(n)} is larger than denominator ${R.toDecimalString(d)} for ${periodFromIndex(m)}: a percentage cannot exceed 100%`,
    });
    // Thrown with every other issue once all periods are checked.
    return { status: 'ok', numerator, denominator, value: null, units: null };
  }
  const value = measureValue(s.measure, plan.scale, n, d);
  if (value === null) return { status: 'zero-denominator', numerator, denominator, value: null, units: null };
  return { status: 'ok', numerator, denominator, value, units: R.roundToUnits(value, s.decimals, s.rounding) };
}

function rating(plan: Plan, m: number, value: Q, rounded: Q, target: Q | null): Rating | null {
  const rag = plan.rag.at(m);
  if (rag === null) return null;
  const s = plan.spec;
  let x: Q | null;
  if (rag.spec.on === 'value') {
    x = rag.spec.using === 'rounded' ? rounded : value;
  } else {
    // A difference is taken from the value the variance is taken from, so a
    // rating on the difference agrees with the variance column.
    if (target === null) return null;
    const base = s.variance.using === 'rounded' ? rounded : value;
    x = varianceOf(rag.spec.on === 'difference-from-target' ? 'difference' : 'relative', base, target);
    const d = s.variance.decimals;
    if (x !== null && rag.spec.using === 'rounded') x = R.fromUnits(R.roundToUnits(x, d, s.rounding), d);
  }
  return x === null ? null : rate(rag, x);
}
