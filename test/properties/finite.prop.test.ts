/**
 * Property 9 of the exactness issue: no result is ever NaN or Infinity, and
 * the status of each period follows from the data (a model of windows and
 * aggregates written here decides it independently).
 *
 * Budget: 400 council-sized runs (up to 30 months each, about half a second on
 * an idle core) and 150 extreme ones (up to 6 months); the suite must pass on
 * 2 busy cores (see test/vitest.config.ts). Every run checks every field of
 * every period in its range, so the runs buy variety of specs and data.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, defineIndicator, isIndicatorError, validateSpec } from 'council-indicators';
import type {
  Aggregate,
  IndicatorSpecInput,
  MeasureSpec,
  PeriodResult,
  Polarity,
  RagInput,
  Status,
  TargetStep,
  WindowInput,
} from 'council-indicators';

const START = 2016 * 12; // 2016-01

function periodOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type Component = { field: 'x' | 'y'; aggregate: Aggregate } | { value: number };

interface Model {
  measure: MeasureSpec;
  numerator: Component;
  denominator: Component | undefined;
  window: WindowInput;
}

/** A month's figures: no row (undefined), or a row whose fields may be null. */
type Cell = { x: number | null; y: number | null } | undefined;

// ---------------------------------------------------------------------------
// Generators.

const figureArb = (extreme: boolean): fc.Arbitrary<number> =>
  extreme
    ? fc.oneof(
        // far outside any council's figures (may be refused as input, never turned into Infinity)
        { arbitrary: fc.constantFrom(Number.MAX_VALUE, 1e308, 1e300, 5e-324, Number.MIN_VALUE, 1e-300, 2 ** 53, 1e21), weight: 1 },
        { arbitrary: fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }), weight: 1 },
        // the largest and smallest figures one could still expect a library to accept
        { arbitrary: fc.constantFrom(0, Number.MAX_SAFE_INTEGER, 1e15, 1e12, 1, 1e-6, 1e-10, 1e-20), weight: 12 },
      )
    : fc.oneof(
        { arbitrary: fc.constant(0), weight: 3 },
        { arbitrary: fc.integer({ min: 0, max: 1000 }), weight: 5 },
        { arbitrary: fc.integer({ min: 0, max: 10 ** 6 }).map((c) => c / 100), weight: 2 },
        { arbitrary: fc.integer({ min: 0, max: 10 ** 12 }), weight: 1 },
      );

const cellsArb = (percentage: boolean, extreme: boolean, maxLength: number): fc.Arbitrary<Cell[]> => {
  const present = fc
    .tuple(fc.option(figureArb(extreme), { freq: 5 }), fc.option(figureArb(extreme), { freq: 5 }))
    .map(([a, b]) => {
      if (percentage && a !== null && b !== null && a > b) return { x: b, y: a };
      if (percentage && a !== null && b === null) return { x: null, y: b };
      return { x: a, y: b };
    });
  const cell = fc.oneof({ arbitrary: present, weight: 6 }, { arbitrary: fc.constant(undefined), weight: 1 });
  return fc
    .tuple(present, fc.array(cell, { maxLength }), present)
    .map(([a, mid, b]) => [a, ...mid, b]);
};

const aggregateArb = fc.constantFrom<Aggregate>('sum', 'last', 'mean');
const windowArb = fc.oneof(
  fc.constant<WindowInput>({ type: 'period' }),
  fc.integer({ min: 1, max: 14 }).map<WindowInput>((months) => ({ type: 'rolling', months })),
  fc.integer({ min: 1, max: 12 }).map<WindowInput>((yearStartMonth) => ({ type: 'year-to-date', yearStartMonth })),
);

const modelArb = (extreme: boolean): fc.Arbitrary<Model> =>
  fc
    .record({
      measure: fc.oneof(
        fc.constant<MeasureSpec>({ type: 'percentage', belowOnePercent: true }), // thresholds anywhere, under 1% too, mean what they say
        fc
          .oneof(fc.constantFrom(1, 1000, 10000, 100000), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), extreme ? fc.constantFrom(1e300, 1e15, 1e-10, 5e-324) : fc.constant(10))
          .map<MeasureSpec>((per) => ({ type: 'rate', per })),
        fc.constant<MeasureSpec>({ type: 'count' }),
        fc.constant<MeasureSpec>({ type: 'mean' }),
        fc.constant<MeasureSpec>({ type: 'ratio' }),
      ),
      window: windowArb,
      aggregate: aggregateArb,
      denominatorAggregate: aggregateArb,
      fixedNumerator: fc.option(figureArb(extreme), { freq: 4 }),
      fixedDenominator: fc.option(figureArb(extreme), { freq: 3 }),
    })
    .map((r): Model => {
      if (r.measure.type === 'percentage') {
        // numerator <= denominator month by month; the same aggregate keeps it so over any window
        return { measure: r.measure, numerator: { field: 'x', aggregate: r.aggregate }, denominator: { field: 'y', aggregate: r.aggregate }, window: r.window };
      }
      const numerator: Component = r.fixedNumerator !== null ? { value: r.fixedNumerator } : { field: 'x', aggregate: r.aggregate };
      const denominator: Component | undefined =
        r.measure.type === 'count'
          ? undefined
          : r.fixedDenominator !== null
            ? { value: r.fixedDenominator }
            : { field: 'y', aggregate: r.denominatorAggregate };
      return { measure: r.measure, numerator, denominator, window: r.window };
    });

const targetArb = (extreme: boolean) => fc.oneof(
  fc.constant(undefined),
  fc.oneof(
    fc.constant(0),
    fc.integer({ min: -50, max: 200 }),
    fc.integer({ min: -100000, max: 100000 }).map((c) => c / 100),
    extreme
      ? fc.oneof(
          fc.double({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(5e-324, -5e-324, 1e-10, -1e-10, 1e15, -1e15),
        )
      : fc.constant(7.5),
  ),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 100 }))), { minLength: 1, maxLength: 3 })
    .map((steps): TargetStep[] => {
      const seen = new Set<number>();
      return steps
        .filter(([m]) => (seen.has(m) ? false : (seen.add(m), true)))
        .sort((a, b) => a[0] - b[0])
        .map(([m, value]) => ({ from: periodOf(START + m - 2), value }));
    }),
);

interface Extras {
  decimals: number;
  rounding: 'half-up' | 'half-even';
  target: number | TargetStep[] | undefined;
  variance: { type: 'difference' | 'relative'; using: 'exact' | 'rounded' };
  ragKind: 'none' | 'all' | 'threshold' | 'difference';
  threshold: number;
  polarity: Polarity;
  compare: 'previous-period' | 'same-period-last-year';
  tolerance: number;
}

const extrasArb = (extreme: boolean): fc.Arbitrary<Extras> => fc.record({
  decimals: fc.integer({ min: 0, max: 4 }),
  rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
  target: targetArb(extreme),
  variance: fc.record({ type: fc.constantFrom('difference' as const, 'relative' as const), using: fc.constantFrom('exact' as const, 'rounded' as const) }),
  ragKind: fc.constantFrom('none' as const, 'all' as const, 'threshold' as const, 'difference' as const),
  threshold: fc.integer({ min: 1, max: 100 }),
  polarity: fc.constantFrom<Polarity>('higher-is-better', 'lower-is-better', 'neutral', 'closer-to-target'),
  compare: fc.constantFrom('previous-period' as const, 'same-period-last-year' as const),
  tolerance: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 }).map((c) => c / 100)),
});

function specOf(m: Model, e: Extras): IndicatorSpecInput {
  const hasTarget = e.target !== undefined;
  // below / above the threshold, in an order the polarity accepts
  const [below, above]: ['red' | 'green', 'red' | 'green'] = e.polarity === 'lower-is-better' ? ['green', 'red'] : ['red', 'green'];
  let rag: RagInput | undefined;
  if (e.ragKind === 'all') rag = { bands: [{ rating: 'amber' }] };
  if (e.ragKind === 'threshold') {
    rag = {
      using: e.rounding === 'half-up' ? 'rounded' : 'exact',
      bands: [
        { rating: below, max: e.threshold, maxInclusive: false },
        { rating: above, min: e.threshold, minInclusive: true },
      ],
    };
  }
  if (e.ragKind === 'difference' && hasTarget) {
    rag = {
      on: e.threshold % 2 === 0 ? 'difference-from-target' : 'relative-difference-from-target',
      bands: [
        { rating: below, max: 0, maxInclusive: false },
        { rating: above, min: 0, minInclusive: true },
      ],
    };
  }
  return {
    id: 'finite',
    title: 'Finite',
    measure: m.measure,
    numerator: m.numerator,
    ...(m.denominator !== undefined ? { denominator: m.denominator } : {}),
    window: m.window,
    decimals: e.decimals,
    rounding: e.rounding,
    polarity: e.polarity === 'closer-to-target' && !hasTarget ? 'neutral' : e.polarity,
    ...(hasTarget ? { target: e.target } : {}),
    variance: e.variance,
    ...(rag !== undefined ? { rag } : {}),
    directionOfTravel: { compare: e.compare, tolerance: e.tolerance },
  };
}

// ---------------------------------------------------------------------------
// The model of windows and aggregates.

function windowStartOf(w: WindowInput, m: number): number {
  if (w.type === 'period') return m;
  if (w.type === 'rolling') return m - w.months + 1;
  const s = w.yearStartMonth ?? 4;
  let start = m;
  while ((start % 12) + 1 !== s) start--;
  return start;
}

type Agg = { state: 'ok'; zero: boolean } | { state: 'missing-data' | 'incomplete-window' };

function aggregateOf(c: Component, cells: readonly Cell[], offset: number, w: WindowInput, m: number): Agg {
  if ('value' in c) return { state: 'ok', zero: c.value === 0 };
  const at = (month: number): number | null => {
    const i = month - START - offset;
    const cell = i >= 0 && i < cells.length ? cells[i] : undefined;
    return cell === undefined ? null : cell[c.field];
  };
  const own = at(m);
  if (own === null) return { state: 'missing-data' };
  const start = windowStartOf(w, m);
  if (start < START + offset) return { state: 'incomplete-window' };
  const values: number[] = [];
  for (let k = start; k <= m; k++) {
    const v = at(k);
    if (v === null) return { state: 'incomplete-window' };
    values.push(v);
  }
  return { state: 'ok', zero: c.aggregate === 'last' ? own === 0 : values.every((v) => v === 0) };
}

function expectedStatus(model: Model, cells: readonly Cell[], offset: number, m: number): Status {
  const n = aggregateOf(model.numerator, cells, offset, model.window, m);
  const d = model.denominator === undefined ? null : aggregateOf(model.denominator, cells, offset, model.window, m);
  const all = d === null ? [n] : [n, d];
  if (all.some((a) => a.state === 'missing-data')) return 'missing-data';
  if (all.some((a) => a.state === 'incomplete-window')) return 'incomplete-window';
  if (model.measure.type !== 'count' && d !== null && d.state === 'ok' && d.zero) return 'zero-denominator';
  return 'ok';
}

const NUMERIC: (keyof PeriodResult)[] = ['numerator', 'denominator', 'value', 'rounded', 'target', 'variance'];

function checkPeriod(p: PeriodResult, status: Status): void {
  for (const key of NUMERIC) {
    const v = p[key];
    expect(v === null || (typeof v === 'number' && Number.isFinite(v)), `${p.period} ${key} = ${String(v)}`).toBe(true);
  }
  for (const key of ['exact', 'formatted', 'formattedVariance'] as const) {
    const v = p[key];
    expect(v === null || (typeof v === 'string' && !/NaN|Infinity|e/i.test(v)), `${p.period} ${key} = ${String(v)}`).toBe(true);
  }
  expect(p.status, p.period).toBe(status);
  if (status === 'zero-denominator') expect(p.denominator).toBe(0);
  if (status === 'ok') {
    expect(p.value).not.toBeNull();
    expect(p.rounded).not.toBeNull();
    expect(p.exact).not.toBeNull();
    if (p.denominator !== null) expect(p.denominator).not.toBe(0);
  } else {
    expect(p.value).toBeNull();
    expect(p.rounded).toBeNull();
    expect(p.formatted).toBeNull();
    expect(p.rag).toBeNull();
  }
}

/**
 * Run the property. Council-sized inputs must all be accepted; extreme ones
 * may be refused, but only with an IndicatorError (INVALID_SPEC or
 * INVALID_DATA), and whatever is accepted must give finite results.
 * Returns how many inputs were accepted.
 */
function run(extreme: boolean, numRuns: number): number {
  let accepted = 0;
  fc.assert(
    fc.property(
      modelArb(extreme).chain((model) =>
        fc.record({
          model: fc.constant(model),
          cells: cellsArb(model.measure.type === 'percentage', extreme, extreme ? 6 : 30),
          offset: fc.integer({ min: 0, max: 30 }),
          before: fc.integer({ min: 0, max: 3 }),
          after: fc.integer({ min: 0, max: 3 }),
          extras: extrasArb(extreme),
        }),
      ),
      ({ model, cells, offset, before, after, extras }) => {
        const rows = cells.flatMap((c, i) => (c === undefined ? [] : [{ period: periodOf(START + offset + i), ...c }]));
        const first = START + offset - before;
        const last = START + offset + cells.length - 1 + after;
        let result;
        try {
          const validation = validateSpec(specOf(model, extras));
          if (!validation.ok) {
            expect(extreme, JSON.stringify(validation.issues)).toBe(true);
            return;
          }
          result = computeIndicator(validation.spec, rows, { from: periodOf(first), to: periodOf(last) });
        } catch (e) {
          if (!extreme || !isIndicatorError(e)) throw e;
          expect(e.code).toBe('INVALID_DATA');
          return;
        }
        accepted++;
        expect(result.periods).toHaveLength(last - first + 1);
        result.periods.forEach((p, i) => checkPeriod(p, expectedStatus(model, cells, offset, first + i)));
      },
    ),
    { numRuns },
  );
  return accepted;
}

describe('property 9: no result is ever NaN or Infinity', () => {
  it('every numeric field is null or finite, and the status follows from the data (council-sized figures)', () => {
    expect(run(false, 400)).toBe(400);
  });

  it('extreme magnitudes (1e308, 5e-324, 2^53, per 1e300): refused with an IndicatorError, or every numeric field finite', () => {
    // some of the inputs must get through, or the property says nothing
    expect(run(true, 150)).toBeGreaterThan(10);
  });

  it('zero denominators: zero-denominator exactly when the aggregated denominator is 0 and nothing is missing', () => {
    // all-zero denominators with a complete window, a zero only in the last month, a zero mean
    const spec = (aggregate: Aggregate, months: number): IndicatorSpecInput => ({
      id: 'z',
      title: 'Z',
      measure: { type: 'rate', per: 1000 },
      numerator: { field: 'x', aggregate },
      denominator: { field: 'y', aggregate },
      window: { type: 'rolling', months },
      polarity: 'neutral',
      target: 0,
      variance: 'relative',
    });
    const rows = [
      { period: '2020-01', x: 0, y: 0 },
      { period: '2020-02', x: 0, y: 5 },
      { period: '2020-03', x: 1, y: 0 },
      { period: '2020-04', x: 0, y: 0 },
      { period: '2020-05', x: 0, y: null },
    ];
    const statuses = (aggregate: Aggregate, months: number) => computeIndicator(defineIndicator(spec(aggregate, months)), rows).periods.map((p) => p.status);
    expect(statuses('sum', 1)).toEqual(['zero-denominator', 'ok', 'zero-denominator', 'zero-denominator', 'missing-data']);
    expect(statuses('sum', 2)).toEqual(['incomplete-window', 'ok', 'ok', 'zero-denominator', 'missing-data']);
    expect(statuses('last', 2)).toEqual(['incomplete-window', 'ok', 'zero-denominator', 'zero-denominator', 'missing-data']);
    expect(statuses('mean', 3)).toEqual(['incomplete-window', 'incomplete-window', 'ok', 'ok', 'missing-data']);
    for (const p of computeIndicator(defineIndicator(spec('sum', 1)), rows).periods) checkPeriod(p, p.status);
  });
});

/** Compute, or return null when the input is refused with an IndicatorError. */
function computeOrRefuse(spec: IndicatorSpecInput, rows: object[]): PeriodResult[] | null {
  try {
    return computeIndicator(defineIndicator(spec), rows).periods;
  } catch (e) {
    if (isIndicatorError(e)) return null;
    throw e;
  }
}

describe('property 9: minimal reproductions of non-finite results (each input refused, or its results finite)', () => {
  it('a rate of 1e308 per 10 (value would be 1e309)', () => {
    const periods = computeOrRefuse(
      { id: 'a', title: 'A', measure: { type: 'rate', per: 10 }, numerator: 'x', denominator: 'y', polarity: 'neutral' },
      [{ period: '2020-01', x: 1e308, y: 1 }],
    );
    if (periods !== null) checkPeriod(periods[0]!, 'ok');
  });

  it('a 2-month rolling sum of 1e308 + 1e308 (numerator would be 2e308)', () => {
    const periods = computeOrRefuse(
      {
        id: 'b',
        title: 'B',
        measure: { type: 'count' },
        numerator: { field: 'x', aggregate: 'sum' },
        window: { type: 'rolling', months: 2 },
        polarity: 'neutral',
      },
      [
        { period: '2020-01', x: 1e308 },
        { period: '2020-02', x: 1e308 },
      ],
    );
    if (periods !== null) checkPeriod(periods[1]!, 'ok');
  });

  it('a relative variance of 1 against a target of 5e-324 (variance would be 2e325 %)', () => {
    const periods = computeOrRefuse(
      { id: 'c', title: 'C', measure: { type: 'mean' }, numerator: 'x', denominator: 'y', polarity: 'neutral', target: 5e-324, variance: 'relative' },
      [{ period: '2020-01', x: 1, y: 1 }],
    );
    if (periods !== null) checkPeriod(periods[0]!, 'ok');
  });

  it('the largest accepted sum over the smallest accepted denominator, per the largest per', () => {
    // 120 months of 2^53 - 1 over 1e-20, per 1e15: about 1e53, finite if accepted
    const rows = Array.from({ length: 120 }, (_, i) => ({ period: periodOf(START + i), x: Number.MAX_SAFE_INTEGER, y: 1e-20 }));
    const periods = computeOrRefuse(
      {
        id: 'd',
        title: 'D',
        measure: { type: 'rate', per: 1e15 },
        numerator: { field: 'x', aggregate: 'sum' },
        denominator: { field: 'y', aggregate: 'last' },
        window: { type: 'rolling', months: 120 },
        polarity: 'neutral',
        target: 1e-10,
        variance: 'relative',
      },
      rows,
    );
    if (periods !== null) {
      periods.forEach((p, i) => checkPeriod(p, i < 119 ? 'incomplete-window' : 'ok'));
    }
  });
});
