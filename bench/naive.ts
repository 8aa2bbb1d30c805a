/**
 * The baseline: the same computation as `computeIndicator`, written the way
 * a developer would by hand with plain JS numbers. Rows are indexed by
 * month, each window is summed in a loop, values are `n / d * 100`, rounded
 * with `Math.round(x * 10 ** dp) / 10 ** dp`, printed with `toFixed`, and
 * variance, RAG and direction compare floats.
 *
 * It reads the same validated specs and returns the same {@link PeriodResult}
 * shape, so the two can be timed and compared field by field. It is meant to
 * be honest: no deliberate slowness, but also none of the library's input
 * checking beyond the percentage guard (a hand-written loop rarely has it).
 *
 * @module
 */
import type {
  Change,
  ChangeReason,
  ChangeReasons,
  Changes,
  ComponentSpec,
  Direction,
  IndicatorSpec,
  PeriodResult,
  RagSpec,
  RagStep,
  Rating,
  RoundingMode,
  Status,
  TargetStep,
  Trend,
  WindowSpec,
} from '../src/index.js';

/** A data row as the naive code sees it. */
export type NaiveRow = { readonly period: string; readonly [field: string]: unknown };

/** Same shape as `IndicatorResult`, minus the spec echo. */
export interface NaiveResult {
  id: string;
  title: string;
  periods: PeriodResult[];
}

/** A window's numerator or denominator, or why it has none. */
type Aggregated = number | 'missing-data' | 'incomplete-window';

interface Core {
  status: Status;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rounded: number | null;
}

function monthNumber(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

function periodName(m: number): string {
  const year = Math.floor(m / 12);
  const month = m - year * 12 + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** The usual float rounding; half-even checks for a .5 remainder in floats. */
function roundTo(x: number, decimals: number, mode: RoundingMode): number {
  const f = 10 ** decimals;
  const scaled = x * f;
  let r = Math.round(scaled);
  if (mode === 'half-even' && Math.abs(scaled % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return r / f;
}

function windowStart(w: WindowSpec, m: number): number {
  switch (w.type) {
    case 'period':
      return m;
    case 'rolling':
      return m - w.months + 1;
    case 'year-to-date':
      return m - (((m % 12) + 1 - w.yearStartMonth + 12) % 12);
  }
}

function aggregate(c: ComponentSpec, byMonth: readonly (NaiveRow | undefined)[], first: number, start: number, end: number): Aggregated {
  if ('value' in c) return c.value;
  const last = end - first;
  const endValue = last >= 0 && last < byMonth.length ? byMonth[last]?.[c.field] : undefined;
  if (typeof endValue !== 'number') return 'missing-data';
  const from = start - first;
  if (from < 0) return 'incomplete-window';
  if (from === last) return endValue;
  let sum = 0;
  for (let i = from; i <= last; i++) {
    const v = byMonth[i]?.[c.field];
    if (typeof v !== 'number') return 'incomplete-window';
    sum += v;
  }
  if (c.aggregate === 'sum') return sum;
  if (c.aggregate === 'last') return endValue;
  return sum / (last - from + 1);
}

/** A step function `{ from, value }[]` (or a single value) as a lookup by month. */
function stepsAt<S extends { from: string }, T>(
  input: T | readonly S[] | undefined,
  valueOf: (step: S) => T | null,
): (m: number) => T | null {
  if (input === undefined) return () => null;
  if (!Array.isArray(input)) return () => input as T;
  const steps = input as readonly S[];
  const starts = steps.map((s) => monthNumber(s.from));
  const values = steps.map(valueOf);
  return (m) => {
    let found: T | null = null;
    for (let i = 0; i < starts.length && starts[i]! <= m; i++) found = values[i]!;
    return found;
  };
}

function rateBands(rag: RagSpec, x: number): Rating | null {
  for (const b of rag.bands) {
    if (b.min !== undefined && (b.minInclusive ? x < b.min : x <= b.min)) continue;
    if (b.max !== undefined && (b.maxInclusive ? x > b.max : x >= b.max)) continue;
    return b.rating;
  }
  return null;
}

/** The empty lists of a period that lacks nothing, shared as computeIndicator shares its own. */
const NO_CHANGES: Changes = Object.freeze({ previous: null, yearAgo: null, base: null });
const REASONS = new Map<string, ChangeReasons>();
/** One shared frozen reasons object per combination, as computeIndicator shares them. */
function reasonsOf(previous: ChangeReason | null, yearAgo: ChangeReason | null): ChangeReasons {
  const key = `${previous}|${yearAgo}`;
  let r = REASONS.get(key);
  if (r === undefined) REASONS.set(key, (r = Object.freeze({ previous, yearAgo, base: 'no-base' as const })));
  return r;
}
const NONE: readonly never[] = Object.freeze([]);

/** `computeIndicator` in floats. */
export function naiveCompute(spec: IndicatorSpec, rows: readonly NaiveRow[]): NaiveResult {
  const periods: PeriodResult[] = [];
  if (rows.length === 0) return { id: spec.id, title: spec.title, periods };

  // Index rows by month.
  let first = Infinity;
  let last = -Infinity;
  const months = rows.map((r) => {
    const m = monthNumber(r.period);
    if (m < first) first = m;
    if (m > last) last = m;
    return m;
  });
  const byMonth = new Array<NaiveRow | undefined>(last - first + 1);
  for (let i = 0; i < rows.length; i++) byMonth[months[i]! - first] = rows[i];

  const { measure, decimals, rounding, polarity } = spec;
  const percentage = measure.type === 'percentage';
  const scale = measure.type === 'percentage' ? 100 : measure.type === 'rate' ? measure.per : 1;
  const relative = spec.variance.type === 'relative';
  const varianceDecimals = spec.variance.decimals;
  const lag = spec.directionOfTravel.compare === 'previous-period' ? 1 : 12;
  const tolerance = spec.directionOfTravel.tolerance;
  const targetAt = stepsAt<TargetStep, number>(spec.target, (s) => s.value);
  const ragAt = stepsAt<RagStep, RagSpec>(spec.rag, (s) => s.rag);

  // Every month's core, then the periods (direction needs the core 1 or 12 months back).
  const cores: Core[] = [];
  for (let m = first; m <= last; m++) {
    const start = windowStart(spec.window, m);
    const n = aggregate(spec.numerator, byMonth, first, start, m);
    const d = spec.denominator === undefined ? null : aggregate(spec.denominator, byMonth, first, start, m);
    const core: Core = {
      status: 'ok',
      numerator: typeof n === 'number' ? n : null,
      denominator: typeof d === 'number' ? d : null,
      value: null,
      rounded: null,
    };
    if (typeof n === 'string' || typeof d === 'string') {
      core.status = n === 'missing-data' || d === 'missing-data' ? 'missing-data' : 'incomplete-window';
    } else if (measure.type === 'count') {
      core.value = n;
    } else if (d === null || d === 0) {
      core.status = 'zero-denominator';
    } else {
      if (percentage && n > d) throw new Error(`${spec.id} ${periodName(m)}: numerator ${n} > denominator ${d}`);
      core.value = (n / d) * scale;
    }
    if (core.value !== null) core.rounded = roundTo(core.value, decimals, rounding);
    cores.push(core);
  }

  const relativeDecimals = spec.changes.decimals;
  const sign = (x: number, text: string) => (x > 0 ? `+${text}` : text);
  /** This period's change from month `at`, or why there is none. */
  let current = 0;
  const change = (at: number): { change: Change | null; reason: ChangeReason | null } => {
    const from = at >= first ? cores[at - first]!.rounded : null;
    if (from === null) return { change: null, reason: 'no-comparison-value' };
    const difference = roundTo(current - from, decimals, rounding);
    const relative = from === 0 ? null : roundTo(((current - from) / Math.abs(from)) * 100, relativeDecimals, rounding);
    return {
      change: {
        from: periodName(at),
        difference,
        relative,
        formattedDifference: sign(difference, difference.toFixed(decimals)),
        formattedRelative: relative === null ? null : `${sign(relative, relative.toFixed(relativeDecimals))}%`,
      },
      reason: relative === null ? 'zero-from' : null,
    };
  };

  for (let m = first; m <= last; m++) {
    const core = cores[m - first]!;
    const target = targetAt(m);
    const result: PeriodResult = {
      period: periodName(m),
      status: core.status,
      numerator: core.numerator,
      denominator: core.denominator,
      value: null,
      exact: null,
      rounded: null,
      formatted: null,
      target,
      variance: null,
      formattedVariance: null,
      rag: null,
      direction: null,
      trend: null,
      missingMonths: NONE,
      missingFields: NONE,
      changes: NO_CHANGES,
      changeReasons: reasonsOf('no-value', 'no-value'),
    };
    if (core.status === 'missing-data' || core.status === 'incomplete-window') {
      // Say what is missing, as computeIndicator does: months with no row, and fields with no figure.
      const start = windowStart(spec.window, m);
      const missingMonths: string[] = [];
      for (let w = start; w <= m; w++) if (w < first || byMonth[w - first] === undefined) missingMonths.push(periodName(w));
      const missingFields: { field: string; periods: string[] }[] = [];
      for (const c of [spec.numerator, spec.denominator]) {
        if (c === undefined || !('field' in c) || missingFields.some((f) => f.field === c.field)) continue;
        const periods: string[] = [];
        for (let w = Math.max(start, first); w <= m; w++) {
          const row = byMonth[w - first];
          if (row !== undefined && typeof row[c.field] !== 'number') periods.push(periodName(w));
        }
        if (periods.length > 0) missingFields.push({ field: c.field, periods });
      }
      result.missingMonths = missingMonths;
      result.missingFields = missingFields;
    }
    const value = core.value;
    const rounded = core.rounded;
    if (value !== null && rounded !== null) {
      current = rounded;
      result.value = value;
      result.exact = String(value);
      result.rounded = rounded;
      result.formatted = percentage ? `${rounded.toFixed(decimals)}%` : rounded.toFixed(decimals);

      // Variance (and a RAG on the difference) from the exact or the displayed value.
      const base = spec.variance.using === 'exact' ? value : rounded;
      if (target !== null) {
        const v = relative ? (target === 0 ? null : ((base - target) / target) * 100) : base - target;
        if (v !== null) {
          const rv = roundTo(v, varianceDecimals, rounding);
          result.variance = rv;
          result.formattedVariance = relative ? `${rv.toFixed(varianceDecimals)}%` : rv.toFixed(varianceDecimals);
        }
      }

      const rag = ragAt(m);
      if (rag !== null) {
        let x: number | null;
        if (rag.on === 'value') x = rag.using === 'rounded' ? rounded : value;
        else if (target === null) x = null;
        else if (rag.on === 'difference-from-target') x = base - target;
        else x = target === 0 ? null : ((base - target) / target) * 100;
        if (x !== null && rag.on !== 'value' && rag.using === 'rounded') x = roundTo(x, varianceDecimals, rounding);
        result.rag = x === null ? null : rateBands(rag, x);
      }

      // Changes against the previous period and a year before, from displayed values, as computeIndicator does.
      const previous = change(m - 1);
      const yearAgo = change(m - 12);
      if (previous.change !== null || yearAgo.change !== null) result.changes = { previous: previous.change, yearAgo: yearAgo.change, base: null };
      result.changeReasons = reasonsOf(previous.reason, yearAgo.reason);

      const before = m - lag >= first ? cores[m - lag - first]!.rounded : null;
      if (before !== null) {
        const change = rounded - before;
        const dir: Direction = Math.abs(change) <= tolerance ? 'same' : change > 0 ? 'up' : 'down';
        result.direction = dir;
        result.trend = trendOf(dir, polarity, rounded, before, target);
      }
    }
    periods.push(result);
  }
  return { id: spec.id, title: spec.title, periods };
}

function trendOf(dir: Direction, polarity: IndicatorSpec['polarity'], current: number, previous: number, target: number | null): Trend | null {
  switch (polarity) {
    case 'neutral':
      return null;
    case 'higher-is-better':
      return dir === 'same' ? 'no-change' : dir === 'up' ? 'improving' : 'worsening';
    case 'lower-is-better':
      return dir === 'same' ? 'no-change' : dir === 'down' ? 'improving' : 'worsening';
    case 'closer-to-target': {
      if (dir === 'same') return 'no-change';
      if (target === null) return null;
      const a = Math.abs(current - target);
      const b = Math.abs(previous - target);
      return a < b ? 'improving' : a > b ? 'worsening' : 'no-change';
    }
  }
}
