/**
 * `referenceCompute`: `computeIndicator` written again, slowly and plainly,
 * on BigInt fractions, for property tests. It shares no arithmetic with the
 * library: only the spec's defaults come from the public `validateSpec`.
 *
 * @module
 */
import { validateSpec } from '../index.js';
import type {
  Aggregate,
  Change,
  ChangeReason,
  ComponentSpec,
  ComputeOptions,
  Direction,
  IndicatorResult,
  IndicatorSpec,
  IndicatorSpecInput,
  MissingField,
  PeriodResult,
  RagSpec,
  Rating,
  Status,
  Trend,
} from '../index.js';
import * as F from './fraction.js';
import type { Fraction } from './fraction.js';

/** Month `m` (months since year 0, January = 0) as `YYYY-MM`. */
function label(m: number): string {
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/** `YYYY-MM` as a month number, or null when it is not one. */
function monthNumber(period: unknown): number | null {
  if (typeof period !== 'string') return null;
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match === null) return null;
  const y = Number(match[1]);
  const mo = Number(match[2]);
  if (y < 1000 || mo < 1 || mo > 12) return null;
  return y * 12 + mo - 1;
}

function refuse(message: string): never {
  throw new Error(`referenceCompute: ${message} (the oracle reads only input that computeIndicator accepts)`);
}

/** The rows by month: for each month with a row, each field read as a fraction, or null when absent or null. */
type Table = Map<number, Map<string, Fraction | null>>;

function tableOf(rows: readonly object[], fields: readonly string[], signed: ReadonlySet<string>): Table {
  if (!Array.isArray(rows)) refuse('rows must be an array');
  const table: Table = new Map();
  rows.forEach((row, i) => {
    if (typeof row !== 'object' || row === null) refuse(`rows[${i}] is not an object`);
    const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(row, key) ? (row as Record<string, unknown>)[key] : undefined);
    const m = monthNumber(own('period'));
    if (m === null) refuse(`rows[${i}].period is not a YYYY-MM month`);
    if (table.has(m)) refuse(`rows[${i}].period repeats a month`);
    const cells = new Map<string, Fraction | null>();
    for (const field of fields) {
      const v = own(field);
      if (v === undefined || v === null) cells.set(field, null);
      else if (typeof v === 'number' && Number.isFinite(v) && (v >= 0 || signed.has(field))) cells.set(field, F.fromNumber(v));
      else refuse(`rows[${i}].${field} is not a non-negative finite number (or a finite number, for a signed field) or null`);
    }
    table.set(m, cells);
  });
  return table;
}

/** The first month of the window that ends with month m. */
function windowFirst(spec: IndicatorSpec, m: number): number {
  const w = spec.window;
  if (w.type === 'period') return m;
  if (w.type === 'rolling') return m - w.months + 1;
  let first = m;
  while ((first % 12) + 1 !== w.yearStartMonth) first--;
  return first;
}

type Component = { ok: true; value: Fraction } | { ok: false; status: 'missing-data' | 'incomplete-window' };

/** A numerator or denominator over the window `first..m`. */
function componentOver(c: ComponentSpec, table: Table, first: number, m: number): Component {
  if ('value' in c) return { ok: true, value: F.fromNumber(c.value) };
  const at = (month: number): Fraction | null => table.get(month)?.get(c.field) ?? null;
  if (at(m) === null) return { ok: false, status: 'missing-data' };
  const values: Fraction[] = [];
  for (let k = first; k <= m; k++) {
    const v = at(k);
    if (v === null) return { ok: false, status: 'incomplete-window' };
    values.push(v);
  }
  const sum = values.reduce(F.add, F.ZERO);
  const how: Aggregate = c.aggregate;
  if (how === 'sum') return { ok: true, value: sum };
  if (how === 'last') return { ok: true, value: values[values.length - 1]! };
  return { ok: true, value: F.div(sum, F.frac(BigInt(values.length))) };
}

interface Core {
  status: Status;
  numerator: Component;
  denominator: Component | null;
  value: Fraction | null;
  /** The value rounded to the spec's decimals, as a fraction. */
  rounded: Fraction | null;
  units: bigint | null;
}

function coreAt(spec: IndicatorSpec, table: Table, m: number): Core {
  const first = windowFirst(spec, m);
  const numerator = componentOver(spec.numerator, table, first, m);
  const denominator = spec.denominator === undefined ? null : componentOver(spec.denominator, table, first, m);
  const parts = denominator === null ? [numerator] : [numerator, denominator];
  const failed = parts.filter((p): p is Extract<Component, { ok: false }> => !p.ok);
  if (failed.length > 0) {
    const status = failed.some((p) => p.status === 'missing-data') ? 'missing-data' : 'incomplete-window';
    return { status, numerator, denominator, value: null, rounded: null, units: null };
  }
  const n = (numerator as { value: Fraction }).value;
  let value: Fraction;
  if (spec.measure.type === 'count') value = n;
  else if (spec.measure.type === 'difference') value = F.sub(n, (denominator as { value: Fraction }).value);
  else {
    const d = (denominator as { value: Fraction }).value;
    if (F.isZero(d)) return { status: 'zero-denominator', numerator, denominator, value: null, rounded: null, units: null };
    const scale = spec.measure.type === 'percentage' ? F.frac(100n) : spec.measure.type === 'rate' ? F.fromNumber(spec.measure.per) : F.frac(1n);
    value = F.div(F.mul(n, scale), d);
  }
  const units = F.roundUnits(value, spec.decimals, spec.rounding);
  return { status: 'ok', numerator, denominator, value, rounded: F.frac(units, F.pow10(spec.decimals)), units };
}

/** The value of a step function (a number, or steps from a month on) in force in month m. */
function inForce<V>(input: V | readonly { from: string }[] | undefined, valueOf: (step: never) => V | null, m: number): V | null {
  if (input === undefined) return null;
  if (!Array.isArray(input)) return input as V;
  let found: V | null = null;
  for (const step of input as readonly { from: string }[]) {
    if (monthNumber(step.from)! <= m) found = valueOf(step as never);
  }
  return found;
}

function varianceOf(type: 'difference' | 'relative', value: Fraction, target: Fraction, sign: 'value-minus-target' | 'target-minus-value' = 'value-minus-target'): Fraction | null {
  const difference = sign === 'value-minus-target' ? F.sub(value, target) : F.sub(target, value);
  if (type === 'difference') return difference;
  if (F.isZero(target)) return null;
  return F.div(F.mul(difference, F.frac(100n)), F.absolute(target));
}

/** The change from the displayed value `before` (of month `at`) to `now`, both fractions on the spec's decimals. */
function changeOf(spec: IndicatorSpec, now: Fraction, before: Fraction, at: number): Change {
  const difference = F.sub(now, before);
  const units = F.roundUnits(difference, spec.decimals, spec.rounding);
  const signed = (u: bigint, d: number): string => (u > 0n ? '+' : '') + F.unitsString(u, d);
  let relative: number | null = null;
  let formattedRelative: string | null = null;
  if (!F.isZero(before)) {
    const d = spec.changes.decimals;
    const r = F.roundUnits(F.div(F.mul(difference, F.frac(100n)), F.absolute(before)), d, spec.rounding);
    relative = F.toNumber(F.frac(r, F.pow10(d)));
    formattedRelative = `${signed(r, d)}%`;
  }
  return {
    from: label(at),
    difference: F.toNumber(F.frac(units, F.pow10(spec.decimals))),
    relative,
    formattedDifference: signed(units, spec.decimals),
    formattedRelative,
  };
}

function ratingOf(rag: RagSpec, spec: IndicatorSpec, core: Core, target: Fraction | null): Rating | null {
  let x: Fraction | null;
  if (rag.on === 'value') x = rag.using === 'rounded' ? core.rounded! : core.value!;
  else {
    if (target === null) return null;
    const base = spec.variance.using === 'rounded' ? core.rounded! : core.value!;
    x = varianceOf(rag.on === 'difference-from-target' ? 'difference' : 'relative', base, target);
    if (x !== null && rag.using === 'rounded') {
      const d = spec.variance.decimals;
      x = F.frac(F.roundUnits(x, d, spec.rounding), F.pow10(d));
    }
  }
  if (x === null) return null;
  for (const band of rag.bands) {
    if (band.min !== undefined) {
      const c = F.compare(x, F.fromNumber(band.min));
      if (c < 0 || (c === 0 && band.minInclusive !== true)) continue;
    }
    if (band.max !== undefined) {
      const c = F.compare(x, F.fromNumber(band.max));
      if (c > 0 || (c === 0 && band.maxInclusive !== true)) continue;
    }
    return band.rating;
  }
  throw new Error(`referenceCompute: ${F.decimalString(x)} is in no band of the spec's RAG`);
}

function trendOf(direction: Direction, spec: IndicatorSpec, current: Fraction, previous: Fraction, target: Fraction | null): Trend | null {
  switch (spec.polarity) {
    case 'neutral':
      return null;
    case 'higher-is-better':
      return direction === 'same' ? 'no-change' : direction === 'up' ? 'improving' : 'worsening';
    case 'lower-is-better':
      return direction === 'same' ? 'no-change' : direction === 'down' ? 'improving' : 'worsening';
    case 'closer-to-target': {
      if (direction === 'same') return 'no-change';
      if (target === null) return null;
      const c = F.compare(F.absolute(F.sub(current, target)), F.absolute(F.sub(previous, target)));
      return c < 0 ? 'improving' : c > 0 ? 'worsening' : 'no-change';
    }
  }
}

/** The fields the spec reads, numerator first, each once. */
function fieldsOf(spec: IndicatorSpec): string[] {
  const out: string[] = [];
  for (const c of [spec.numerator, spec.denominator]) if (c !== undefined && 'field' in c && !out.includes(c.field)) out.push(c.field);
  return out;
}

/**
 * `computeIndicator` written again as a slow, plainly correct oracle for
 * property tests: every window summed month by month on BigInt fractions,
 * every rounding decided by comparing the two candidates, targets and bands
 * looked up step by step. Same arguments and same result shape, including
 * `missingMonths` and `missingFields`, so a test can compare the two with
 * `toEqual`.
 *
 * It checks the arithmetic, not the input: the spec is validated with the
 * public `validateSpec` (which fills in its defaults), and a spec, rows or
 * options that `computeIndicator` would refuse make it throw a plain `Error`
 * saying so (not an `IndicatorError`: compare errors with the library's).
 * Signed fields, the `difference` measure, the variance's `sign` and every
 * period's `changes` and `changeReasons` are modelled too. Confidence
 * intervals are not: a spec with `confidence` is refused, and so are
 * quarterly and yearly frequencies and the `every` option (monthly rows
 * only). It does not check
 * percentages above 100%, nor a `partOfDenominator` rate above its `per`. Quadratic in the length of a window: keep inputs
 * test-sized (a few hundred months).
 *
 * @example
 * ```ts
 * import { referenceCompute } from 'council-indicators/testing';
 *
 * const spec = { id: 'placed', title: 'Placed', measure: { type: 'percentage' }, numerator: 'n', denominator: 'd', polarity: 'higher-is-better' } as const;
 * const [p] = referenceCompute(spec, [{ period: '2017-09', n: 57, d: 100 }]).periods;
 * p.exact; // '57'
 * p.formatted; // '57.0%'
 * referenceCompute(spec, [{ period: '2017-09', n: 1, d: 3 }]).periods[0].exact; // '33.33333333333333333333333333333333333333'
 * ```
 */
export function referenceCompute(spec: IndicatorSpec | IndicatorSpecInput, rows: readonly object[], options?: ComputeOptions): IndicatorResult {
  const validation = validateSpec(spec);
  if (!validation.ok) throw new Error(`referenceCompute: invalid spec: ${validation.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const s = validation.spec;
  if ((s as { confidence?: unknown }).confidence !== undefined) {
    refuse('confidence intervals are not modelled; check the other figures on the spec without confidence');
  }
  // Monthly rows only: quarters, years and `every` are not modelled, and must not be read as months.
  const frequency = (s as { frequency?: unknown }).frequency;
  if (frequency !== undefined && frequency !== 'month') refuse(`frequency "${String(frequency)}" is not modelled: the oracle computes monthly rows only`);
  for (const key of Object.keys(options ?? {})) {
    if (key !== 'from' && key !== 'to' && key !== 'base') refuse(`option "${key}" is not modelled: the oracle takes from, to and base only`);
  }
  const fields = fieldsOf(s);
  // A field may be negative only when every component reading it is signed.
  const parts = [s.numerator, s.denominator].filter((c): c is Extract<ComponentSpec, { field: string }> => c !== undefined && 'field' in c);
  const signed = new Set(fields.filter((f) => parts.every((c) => c.field !== f || c.signed === true)));
  const table = tableOf(rows, fields, signed);
  const months = [...table.keys()].sort((a, b) => a - b);
  if (options !== undefined && (typeof options !== 'object' || options === null)) refuse('options must be an object');
  const given = (key: 'from' | 'to' | 'base'): number | undefined => {
    const v = options?.[key];
    if (v === undefined) return undefined;
    const m = monthNumber(v);
    if (m === null) refuse(`options.${key} is not a YYYY-MM month`);
    return m;
  };
  let from = given('from');
  let to = given('to');
  if (months.length === 0) {
    if (from === undefined && to === undefined) return { id: s.id, title: s.title, spec: s, frequency: 'month', periods: [] };
    if (from === undefined || to === undefined) refuse('with no rows, give both from and to');
  }
  from ??= months[0]!;
  to ??= months[months.length - 1]!;
  if (from > to) refuse('from is after to');

  const base = given('base') ?? (s.changes.base === undefined ? undefined : monthNumber(s.changes.base)!);
  const lag = s.directionOfTravel.compare === 'previous-period' ? 1 : 12;
  const tolerance = F.fromNumber(s.directionOfTravel.tolerance);
  const relative = s.variance.type === 'relative';
  const periods: PeriodResult[] = [];
  for (let m = from; m <= to; m++) {
    const core = coreAt(s, table, m);
    const targetNumber = inForce<number>(s.target, (step: { value: number | null }) => step.value, m);
    const target = targetNumber === null ? null : F.fromNumber(targetNumber);
    const p: PeriodResult = {
      period: label(m),
      status: core.status,
      numerator: core.numerator.ok ? F.toNumber(core.numerator.value) : null,
      denominator: core.denominator !== null && core.denominator.ok ? F.toNumber(core.denominator.value) : null,
      value: null,
      exact: null,
      rounded: null,
      formatted: null,
      target: targetNumber === null ? null : F.toNumber(target!),
      variance: null,
      formattedVariance: null,
      rag: null,
      direction: null,
      trend: null,
      missingMonths: [],
      missingFields: [],
      changes: { previous: null, yearAgo: null, base: null },
      changeReasons: { previous: 'no-value', yearAgo: 'no-value', base: base === undefined ? 'no-base' : 'no-value' },
    };
    if (core.status === 'missing-data' || core.status === 'incomplete-window') {
      const missingMonths: string[] = [];
      const byField = new Map<string, string[]>(fields.map((f) => [f, []]));
      for (let k = windowFirst(s, m); k <= m; k++) {
        const row = table.get(k);
        if (row === undefined) missingMonths.push(label(k));
        else for (const f of fields) if (row.get(f) === null) byField.get(f)!.push(label(k));
      }
      p.missingMonths = missingMonths;
      p.missingFields = [...byField].filter(([, ps]) => ps.length > 0).map(([field, ps]): MissingField => ({ field, periods: ps }));
    }
    if (core.status === 'ok') {
      const value = core.value!;
      const rounded = core.rounded!;
      const shown = F.unitsString(core.units!, s.decimals);
      p.value = F.toNumber(value);
      p.exact = F.decimalString(value);
      p.rounded = F.toNumber(rounded);
      p.formatted = s.measure.type === 'percentage' ? `${shown}%` : shown;
      if (target !== null) {
        const v = varianceOf(s.variance.type, s.variance.using === 'exact' ? value : rounded, target, s.variance.sign);
        if (v !== null) {
          const units = F.roundUnits(v, s.variance.decimals, s.rounding);
          const text = F.unitsString(units, s.variance.decimals);
          p.variance = F.toNumber(F.frac(units, F.pow10(s.variance.decimals)));
          p.formattedVariance = relative ? `${text}%` : text;
        }
      }
      const rag = inForce<RagSpec>(s.rag, (step: { rag: RagSpec | null }) => step.rag, m);
      if (rag !== null) p.rag = ratingOf(rag, s, core, target);
      const previous = coreAt(s, table, m - lag);
      if (previous.status === 'ok') {
        const before = previous.rounded!;
        const change = F.sub(rounded, before);
        const direction: Direction = F.compare(F.absolute(change), tolerance) <= 0 ? 'same' : change.n > 0n ? 'up' : 'down';
        p.direction = direction;
        p.trend = trendOf(direction, s, rounded, before, target);
      }
      // Changes: between displayed values, against m - 1, m - 12 and the base month.
      const against = (k: number): [Change | null, ChangeReason | null] => {
        const other = coreAt(s, table, k);
        if (other.status !== 'ok') return [null, 'no-comparison-value'];
        const change = changeOf(s, rounded, other.rounded!, k);
        return [change, change.relative === null ? 'zero-from' : null];
      };
      const [sincePrevious, previousWhy] = against(m - 1);
      const [yearAgo, yearAgoWhy] = against(m - 12);
      const [atBase, baseWhy]: [Change | null, ChangeReason | null] = base === undefined ? [null, 'no-base'] : m < base ? [null, 'before-base'] : against(base);
      p.changes = { previous: sincePrevious, yearAgo, base: atBase };
      p.changeReasons = { previous: previousWhy, yearAgo: yearAgoWhy, base: baseWhy };
    }
    periods.push(p);
  }
  return { id: s.id, title: s.title, spec: s, frequency: 'month', periods };
}
