/**
 * fast-check arbitraries of valid indicator specs and of their monthly rows.
 *
 * @module
 */
import fc from 'fast-check';
import type { Aggregate, Band, ComponentInput, IndicatorSpec, IndicatorSpecInput, MeasureSpec, Polarity, RagInput, RagOn, Rating, TargetStep, WindowInput } from '../../index.js';

/** The measure types, for {@link SpecArbitraryOptions.measures}. */
export type MeasureType = MeasureSpec['type'];

/** Options of {@link specArbitrary}. */
export interface SpecArbitraryOptions {
  /** The measure types to draw from. Default: all six. */
  measures?: readonly MeasureType[];
  /** The field a numerator reads. Default `'n'`. */
  numeratorField?: string;
  /** The field a denominator reads. Default `'d'`. */
  denominatorField?: string;
  /** Whether a numerator or denominator may be a fixed value (`{ value }`) instead of a field (never both). Default true. */
  fixedValues?: boolean;
  /** The first month target and RAG steps may start from (`YYYY-MM`). Default `'2016-01'`, as {@link RowsArbitraryOptions.start}. */
  start?: string;
  /**
   * Whether the fields of a count, mean, ratio or difference may be read
   * `signed: true` (so {@link rowsArbitrary} gives them negative figures
   * too). Default false.
   */
  signed?: boolean;
}

const RATINGS: Rating[] = ['red', 'amber', 'green', 'blue'];

function monthLabel(m: number): string {
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function monthIndex(period: string, name: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (match === null) throw new RangeError(`${name} must be a month in YYYY-MM form, e.g. "2016-01"; received ${JSON.stringify(period)}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/**
 * Bands that cover the whole line: cut points at least 2 apart (so every
 * band holds a displayable value at any decimals), each shared edge in
 * exactly one band, ratings in the order the polarity asks.
 */
function bandsArb(low: number, high: number, polarity: Polarity): fc.Arbitrary<Band[]> {
  return fc
    .tuple(fc.uniqueArray(fc.integer({ min: low / 2, max: high / 2 }), { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.subarray(RATINGS, { minLength: 4 }))
    .chain(([halves, inclusive, ratings]) => {
      const cuts = halves.map((h) => h * 2).sort((a, b) => a - b);
      return fc.shuffledSubarray(ratings, { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map((picked) => {
        // Ranks ascending for higher-is-better, descending for lower-is-better, any order otherwise.
        let order = picked;
        if (polarity === 'higher-is-better') order = [...picked].sort((a, b) => RATINGS.indexOf(a) - RATINGS.indexOf(b));
        if (polarity === 'lower-is-better') order = [...picked].sort((a, b) => RATINGS.indexOf(b) - RATINGS.indexOf(a));
        return order.map((rating, i): Band => {
          const band: Band = { rating };
          if (i > 0) {
            band.min = cuts[i - 1]!;
            band.minInclusive = inclusive[i - 1]!;
          }
          if (i < cuts.length) {
            band.max = cuts[i]!;
            band.maxInclusive = !inclusive[i]!;
          }
          return band;
        });
      });
    });
}

/**
 * A fast-check arbitrary of valid indicator specs (as written, so
 * `defineIndicator` accepts each): every measure (`rate` with the usual and
 * unusual `per`), numerators and denominators read as fields with each
 * aggregate or fixed values, every window (period, rolling 1 to 24 months,
 * year to date from any month), 0 to 4 decimals, both roundings, every
 * polarity, no target, a target or target steps (with gaps, some
 * negative), variance of each type, basis and sign, direction compared with
 * the previous period or a year before with a tolerance, RAG bands on the
 * value or on the difference from target, as one band set or steps, and
 * `changes` with a base period and decimals or none. The `difference`
 * measure is drawn too; with `signed: true` its fields (and those of a
 * count, mean or ratio) may be read `signed`. Generated band sets
 * cover their domain exactly once and rate in the order the polarity asks.
 *
 * A percentage reads two fields with one aggregate, so rows with numerator
 * <= denominator keep it within 100% over any window. Imported from
 * `council-indicators/testing`, which needs fast-check.
 *
 * @example
 * ```ts
 * import { specArbitrary } from 'council-indicators/testing';
 * import { defineIndicator } from 'council-indicators';
 * import fc from 'fast-check';
 *
 * const specs = fc.sample(specArbitrary({ measures: ['percentage'] }), { numRuns: 20, seed: 1 });
 * specs.every((s) => defineIndicator(s).measure.type === 'percentage'); // true
 * ```
 */
export function specArbitrary(options: SpecArbitraryOptions = {}): fc.Arbitrary<IndicatorSpecInput> {
  const measures = options.measures ?? ['percentage', 'rate', 'count', 'mean', 'ratio', 'difference'];
  const signedFields = options.signed ?? false;
  if (!Array.isArray(measures) || measures.length === 0) throw new RangeError('specArbitrary: options.measures must list at least one measure type');
  const n = options.numeratorField ?? 'n';
  const d = options.denominatorField ?? 'd';
  const fixed = options.fixedValues ?? true;
  const start = monthIndex(options.start ?? '2016-01', 'specArbitrary: options.start');
  const aggregate = fc.constantFrom<Aggregate>('sum', 'last', 'mean');
  const measure = fc.constantFrom(...measures).chain((type): fc.Arbitrary<MeasureSpec> => {
    if (type === 'rate') return fc.oneof(fc.constantFrom(100, 1000, 10000, 100000), fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(0.5, 2.5)).map((per) => ({ type, per }));
    return fc.constant({ type } as MeasureSpec);
  });
  const window = fc.oneof(
    fc.constant<WindowInput>({ type: 'period' }),
    fc.integer({ min: 1, max: 24 }).map<WindowInput>((months) => ({ type: 'rolling', months })),
    fc.integer({ min: 1, max: 12 }).map<WindowInput>((yearStartMonth) => ({ type: 'year-to-date', yearStartMonth })),
  );
  const targetValue = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100) },
    // Negative targets: a net change aimed below zero; relative variances divide by the target's size.
    { weight: 1, arbitrary: fc.integer({ min: -120, max: -1 }) },
  );
  const target = fc.oneof(
    fc.constant(undefined),
    targetValue,
    fc
      .uniqueArray(fc.tuple(fc.integer({ min: -6, max: 40 }), fc.option(targetValue)), { minLength: 1, maxLength: 3, selector: ([m]) => m })
      .map((steps): TargetStep[] => steps.sort((a, b) => a[0] - b[0]).map(([m, value]) => ({ from: monthLabel(start + m), value }))),
  );
  return fc
    .record({
      measure,
      window,
      aggregates: fc.tuple(aggregate, aggregate),
      fixedNumerator: fixed ? fc.option(fc.integer({ min: 0, max: 500 }), { freq: 6 }) : fc.constant(null),
      fixedDenominator: fixed ? fc.option(fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constant(47715)), { freq: 3 }) : fc.constant(null),
      decimals: fc.integer({ min: 0, max: 4 }),
      rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
      polarity: fc.constantFrom<Polarity>('higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral'),
      target,
      variance: fc.record({
        type: fc.constantFrom('difference' as const, 'relative' as const),
        using: fc.constantFrom('exact' as const, 'rounded' as const),
        decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        sign: fc.constantFrom(undefined, 'value-minus-target' as const, 'target-minus-value' as const),
      }),
      changes: fc.option(fc.record({ base: fc.option(fc.integer({ min: -6, max: 40 }), { nil: undefined }), decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }) }), { nil: undefined }),
      signed: fc.tuple(fc.boolean(), fc.boolean()),
      direction: fc.record({ compare: fc.constantFrom('previous-period' as const, 'same-period-last-year' as const), tolerance: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 }).map((c) => c / 100)) }),
      rag: fc.record({ kind: fc.constantFrom('none', 'value', 'difference', 'steps'), on: fc.constantFrom<RagOn>('difference-from-target', 'relative-difference-from-target'), using: fc.constantFrom('rounded' as const, 'exact' as const), stepAt: fc.integer({ min: -6, max: 40 }) }),
      seed: fc.integer(),
    })
    .chain((r) => {
      const hasTarget = r.target !== undefined;
      const polarity: Polarity = r.polarity === 'closer-to-target' && !hasTarget ? 'neutral' : r.polarity;
      const kind = r.rag.kind === 'difference' && !hasTarget ? 'value' : r.rag.kind;
      const on: RagOn = kind === 'difference' ? r.rag.on : 'value';
      const [lo, hi] = on !== 'value' ? [-60, 60] : r.measure.type === 'percentage' ? [2, 98] : [2, 200];
      return fc.tuple(fc.constant(r), bandsArb(lo, hi, polarity), bandsArb(lo, hi, polarity)).map(([, bands, later]): IndicatorSpecInput => {
        const percentage = r.measure.type === 'percentage';
        const [na, da] = percentage ? [r.aggregates[0], r.aggregates[0]] : r.aggregates;
        let numerator: ComponentInput = { field: n, aggregate: na };
        let denominator: ComponentInput | undefined = r.measure.type === 'count' ? undefined : { field: d, aggregate: da };
        if (!percentage && denominator !== undefined && r.fixedDenominator !== null) denominator = { value: r.fixedDenominator };
        else if (!percentage && r.fixedNumerator !== null) numerator = { value: r.fixedNumerator };
        if (signedFields && r.measure.type !== 'percentage' && r.measure.type !== 'rate') {
          if (r.signed[0] && 'field' in numerator) numerator = { ...numerator, signed: true };
          if (r.signed[1] && denominator !== undefined && typeof denominator === 'object' && 'field' in denominator) denominator = { ...denominator, signed: true };
        }
        const { sign, ...variance } = r.variance;
        const changes = r.changes === undefined ? undefined : { ...(r.changes.base !== undefined ? { base: monthLabel(start + r.changes.base) } : {}), ...(r.changes.decimals !== undefined ? { decimals: r.changes.decimals } : {}) };
        let rag: RagInput | { from: string; rag: RagInput | null }[] | undefined;
        if (kind === 'value' || kind === 'difference') rag = { on, using: r.rag.using, bands };
        if (kind === 'steps') {
          rag = [
            { from: monthLabel(start + r.rag.stepAt), rag: { using: r.rag.using, bands } },
            { from: monthLabel(start + r.rag.stepAt + 6), rag: r.seed % 3 === 0 ? null : { using: r.rag.using, bands: later } },
          ];
        }
        // A percentage target from 0 to 1 reads as a fraction written for a percent unless the measure says it means it.
        const targets = typeof r.target === 'number' ? [r.target] : (r.target ?? []).map((step) => step.value);
        const belowOne = percentage && targets.some((t) => t !== null && t > 0 && t <= 1);
        return {
          id: 'generated',
          title: 'Generated indicator',
          measure: belowOne ? { ...r.measure, belowOnePercent: true } : r.measure,
          numerator,
          ...(denominator !== undefined ? { denominator } : {}),
          window: r.window,
          decimals: r.decimals,
          rounding: r.rounding,
          polarity,
          ...(hasTarget ? { target: r.target } : {}),
          variance: { ...(variance.decimals === undefined ? { type: variance.type, using: variance.using } : variance), ...(sign !== undefined ? { sign } : {}) },
          ...(rag !== undefined ? { rag } : {}),
          directionOfTravel: r.direction,
          ...(changes !== undefined ? { changes } : {}),
        } as IndicatorSpecInput;
      });
    });
}

/** Options of {@link rowsArbitrary}. */
export interface RowsArbitraryOptions {
  /** The month of the first row, `YYYY-MM`. Default `'2016-01'`. */
  start?: string;
  /** The most months the rows span. Default 30. */
  maxMonths?: number;
  /** Months with no row, and rows with a field null or absent. Default true. */
  gaps?: boolean;
  /** Zero figures (so zero denominators). Default true. */
  zeros?: boolean;
  /** Figures up to 2^53 - 1, the largest accepted. Default false. */
  huge?: boolean;
  /** Figures down to 1e-20, the smallest non-zero accepted. Default false. */
  tiny?: boolean;
}

/** The window's longest span in months: what a sum over it can add up. */
function windowMonths(spec: IndicatorSpecInput | IndicatorSpec): number {
  const w = spec.window ?? { type: 'period' };
  return w.type === 'period' ? 1 : w.type === 'rolling' ? w.months : 12;
}

const fieldOf = (c: ComponentInput | undefined): string | null => (c === undefined ? null : typeof c === 'string' ? c : 'field' in c ? c.field : null);
const aggregateOf = (c: ComponentInput | undefined): string | null => (c !== undefined && typeof c === 'object' && 'field' in c ? (c.aggregate ?? 'sum') : typeof c === 'string' ? 'sum' : null);

/**
 * A fast-check arbitrary of monthly rows that `computeIndicator` accepts
 * for `spec`: consecutive months from `start` (the first always present),
 * each field the spec reads a non-negative figure (either sign for a field
 * read `signed: true`), whole or in hundredths,
 * with options for gaps (missing months, null or absent fields), zeros, huge
 * and tiny figures; the first row has a figure in every field. For a percentage, each row's numerator is at most its
 * denominator; when the spec's aggregates differ or one side is a fixed
 * value, numerators are capped so no window exceeds 100%.
 *
 * @example
 * ```ts
 * import { rowsArbitrary, specArbitrary } from 'council-indicators/testing';
 * import { computeIndicator } from 'council-indicators';
 * import { referenceCompute } from 'council-indicators/testing';
 * import fc from 'fast-check';
 *
 * const cases = specArbitrary().chain((spec) => rowsArbitrary(spec).map((rows) => ({ spec, rows })));
 * fc.assert(fc.property(cases, ({ spec, rows }) => JSON.stringify(computeIndicator(spec, rows)) === JSON.stringify(referenceCompute(spec, rows))), { numRuns: 20, seed: 1 });
 * fc.sample(rowsArbitrary({ id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'x', polarity: 'neutral' }), { numRuns: 1, seed: 1 })[0][0].period; // '2016-01'
 * ```
 */
export function rowsArbitrary(spec: IndicatorSpecInput | IndicatorSpec, options: RowsArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>[]> {
  const start = monthIndex(options.start ?? '2016-01', 'rowsArbitrary: options.start');
  const maxMonths = options.maxMonths ?? 30;
  if (!Number.isInteger(maxMonths) || maxMonths < 1) throw new RangeError(`rowsArbitrary: options.maxMonths must be a whole number, 1 or more; received ${String(maxMonths)}`);
  const gaps = options.gaps ?? true;
  const n = fieldOf(spec.numerator);
  const d = fieldOf(spec.denominator);
  const fields = [...new Set([n, d].filter((f): f is string => f !== null))];
  // A field is signed when every component that reads it is.
  const reads = [spec.numerator, spec.denominator].filter((c): c is ComponentInput => c !== undefined);
  const signedField = (f: string): boolean => reads.every((c) => fieldOf(c) !== f || (typeof c === 'object' && 'field' in c && c.signed === true));
  const figure = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 5000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100) },
    { weight: options.zeros ?? true ? 1 : 0, arbitrary: fc.constant(0) },
    { weight: options.huge ? 2 : 0, arbitrary: fc.oneof(fc.constant(Number.MAX_SAFE_INTEGER), fc.integer({ min: 2 ** 40, max: Number.MAX_SAFE_INTEGER })) },
    { weight: options.tiny ? 2 : 0, arbitrary: fc.oneof(fc.constant(1e-20), fc.integer({ min: 1, max: 99 }).map((k) => Number(`${k}e-${20 - (k % 18)}`))) },
  );
  type Cell = Record<string, number | null | undefined> | undefined;
  const value = gaps ? fc.oneof({ weight: 12, arbitrary: figure }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) }) : figure;
  // A signed field's figures are negated at random.
  const signs = fc.array(fc.boolean(), { minLength: fields.length, maxLength: fields.length });
  const withSigns = (values: readonly (number | null | undefined)[], negate: readonly boolean[]): (number | null | undefined)[] =>
    values.map((v, i) => (typeof v === 'number' && v !== 0 && negate[i] && signedField(fields[i]!) ? -v : v));
  const row: fc.Arbitrary<Cell> = fc.tuple(fc.tuple(...fields.map(() => value)), signs).map(([values, negate]) => Object.fromEntries(fields.map((f, i) => [f, withSigns(values, negate)[i]])));
  const cell = gaps ? fc.oneof({ weight: 10, arbitrary: row }, { weight: 1, arbitrary: fc.constant<Cell>(undefined) }) : row;
  const percentage = spec.measure.type === 'percentage';
  const simple = n !== null && d !== null && n !== d && aggregateOf(spec.numerator) === aggregateOf(spec.denominator);
  // The first month has a row with a figure in every field, so every field is in some row.
  const full: fc.Arbitrary<Cell> = fc.tuple(fc.tuple(...fields.map(() => figure)), signs).map(([values, negate]) => Object.fromEntries(fields.map((f, i) => [f, withSigns(values, negate)[i]])));
  return fc.tuple(full, fc.array(cell, { maxLength: maxMonths - 1 })).map(([first, rest]) => {
    const cells = [first, ...rest];
    if (percentage && n !== null && n !== d) {
      for (const c of cells) {
        if (c === undefined || d === null) continue;
        const [x, y] = [c[n], c[d]];
        if (typeof x === 'number' && typeof y === 'number' && x > y) [c[n], c[d]] = [y, x];
      }
      if (!simple) {
        const fixedD = spec.denominator !== undefined && typeof spec.denominator === 'object' && 'value' in spec.denominator ? spec.denominator.value : null;
        const ds = d === null ? [] : cells.flatMap((c) => (c !== undefined && typeof c[d] === 'number' ? [c[d]] : []));
        const cap = Math.floor(Math.min(fixedD ?? Infinity, ...ds) / windowMonths(spec));
        for (const c of cells) if (c !== undefined && typeof c[n] === 'number') c[n] = Math.min(c[n], Number.isFinite(cap) ? cap : 0);
      }
    }
    if (percentage && n !== null && d === null) {
      // A fixed denominator: numerators small enough for any window.
      const fixedD = (spec.denominator as { value: number }).value;
      const cap = Math.floor(fixedD / windowMonths(spec));
      for (const c of cells) if (c !== undefined && typeof c[n] === 'number') c[n] = Math.min(c[n], cap);
    }
    if (percentage && n === null && d !== null) {
      // A fixed numerator: denominators at least as large.
      const fixedN = (spec.numerator as { value: number }).value;
      for (const c of cells) if (c !== undefined && typeof c[d] === 'number') c[d] = Math.max(c[d], fixedN);
    }
    return cells.flatMap((c, i) => {
      if (c === undefined) return [];
      const out: Record<string, unknown> = { period: monthLabel(start + i) };
      for (const f of fields) if (c[f] !== undefined) out[f] = c[f];
      return [out];
    });
  });
}
