/**
 * Properties 3 to 6 of the exactness issue: windows (period, rolling,
 * year-to-date) against sums computed in the test, and row order.
 *
 * Budget: 200-300 runs of series up to 40 months, each test about a quarter
 * of a second or less on an idle core (the suite must pass on 2 busy cores;
 * see test/vitest.config.ts). Every run checks every month of its series.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { Aggregate, IndicatorSpecInput, MeasureSpec, WindowInput } from 'council-indicators';

// ---------------------------------------------------------------------------
// Helpers: months as integers, exact sums of hundredths in bigint.

const START = 2015 * 12; // 2015-01

function periodOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A figure in hundredths (so 0.1 + 0.2 is summed exactly), as the JS number a row holds. */
const fromCents = (c: number): number => Number(centsString(BigInt(c)));

function centsString(c: bigint): string {
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** The JS number nearest to an exact sum of hundredths (Number() of a decimal string is correctly rounded). */
const numberOfCents = (c: bigint): number => Number(centsString(c));

/** A month of data: absent row (undefined), a row with a null figure, or a figure in cents. */
type Cell = number | null | undefined;

interface Series {
  offset: number; // month of the first cell, from START
  cells: Cell[]; // consecutive months
}

const cellArb = (presence: number): fc.Arbitrary<Cell> =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: presence },
    { arbitrary: fc.integer({ min: 0, max: 300 }), weight: presence },
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );

/** The first and the last cell are always present rows, so the range is the cells. */
const seriesArb = (presence: number, maxLength = 40): fc.Arbitrary<Series> =>
  fc.record({
    offset: fc.integer({ min: 0, max: 120 }),
    cells: fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.array(cellArb(presence), { maxLength }), fc.integer({ min: 0, max: 1000 }))
      .map(([a, mid, b]) => [a, ...mid, b]),
  });

function rowsOfSeries(s: Series): object[] {
  const rows: object[] = [];
  s.cells.forEach((c, i) => {
    if (c === undefined) return;
    rows.push({ period: periodOf(START + s.offset + i), x: c === null ? null : fromCents(c) });
  });
  return rows;
}

const countSpec = (window: WindowInput): IndicatorSpecInput => ({
  id: 'count',
  title: 'Count',
  measure: { type: 'count' },
  numerator: { field: 'x', aggregate: 'sum' },
  window,
  decimals: 2,
  polarity: 'neutral',
});

// ---------------------------------------------------------------------------

describe('property 3: a rolling window of 1 month is the period window', () => {
  it('gives the same periods for every measure, aggregate and data', () => {
    const twoFields = fc
      .record({
        offset: fc.integer({ min: 0, max: 120 }),
        cells: fc.array(
          fc.oneof(
            fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })).map(([a, b]) => ({ x: Math.min(a, b), y: Math.max(a, b) })),
            fc.constant({ x: null, y: 7 }),
            fc.constant({ x: 3, y: null }),
            fc.constant({ x: 0, y: 0 }),
            fc.constant(undefined),
          ),
          { minLength: 1, maxLength: 30 },
        ),
      })
      .map(({ offset, cells }) =>
        cells.flatMap((c, i) => (c === undefined ? [] : [{ period: periodOf(START + offset + i), ...c }])),
      );
    fc.assert(
      fc.property(
        twoFields,
        fc.constantFrom<MeasureSpec>({ type: 'percentage', belowOnePercent: true }, { type: 'rate', per: 10000 }, { type: 'mean' }, { type: 'ratio' }, { type: 'count' }),
        fc.constantFrom<Aggregate>('sum', 'last', 'mean'),
        fc.integer({ min: 0, max: 3 }),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (rows, measure, aggregate, decimals, target) => {
          const base: IndicatorSpecInput = {
            id: 'w',
            title: 'W',
            measure,
            numerator: { field: 'x', aggregate },
            ...(measure.type === 'count' ? {} : { denominator: { field: 'y', aggregate } }),
            decimals,
            polarity: 'higher-is-better',
            ...(target === undefined ? {} : { target }),
          };
          const period = computeIndicator(defineIndicator({ ...base, window: { type: 'period' } }), rows);
          const rolling = computeIndicator(defineIndicator({ ...base, window: { type: 'rolling', months: 1 } }), rows);
          expect(rolling.periods).toEqual(period.periods);
          expect(rolling.spec.window).toEqual({ type: 'rolling', months: 1 });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('property 4: rolling sums are the sum of the last N months', () => {
  it('each ok period sums the previous N months exactly; the first N-1 months are incomplete-window', () => {
    fc.assert(
      fc.property(seriesArb(8), fc.integer({ min: 1, max: 13 }), (s, months) => {
        const result = computeIndicator(defineIndicator(countSpec({ type: 'rolling', months })), rowsOfSeries(s));
        expect(result.periods).toHaveLength(s.cells.length);
        result.periods.forEach((p, i) => {
          expect(p.period).toBe(periodOf(START + s.offset + i));
          const own = s.cells[i];
          if (own === null || own === undefined) {
            expect(p.status).toBe('missing-data');
            expect(p.numerator).toBeNull();
            return;
          }
          if (i < months - 1) {
            expect(p.status).toBe('incomplete-window');
            expect(p.numerator).toBeNull();
            return;
          }
          const window = s.cells.slice(i - months + 1, i + 1);
          if (window.some((c) => c === null || c === undefined)) {
            expect(p.status).toBe('incomplete-window');
            expect(p.numerator).toBeNull();
            return;
          }
          const sum = window.reduce<bigint>((a, c) => a + BigInt(c as number), 0n);
          expect(p.status).toBe('ok');
          expect(p.numerator).toBe(numberOfCents(sum));
          expect(p.rounded).toBe(numberOfCents(sum));
          expect(p.formatted).toBe(centsString(sum));
          expect(p.exact).toBe(centsString(sum).replace(/\.?0+$/, ''));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with complete data only the first N-1 months are incomplete-window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 120 }),
        (cells, months, offset) => {
          const s: Series = { offset, cells };
          const result = computeIndicator(defineIndicator(countSpec({ type: 'rolling', months })), rowsOfSeries(s));
          result.periods.forEach((p, i) => {
            if (i < months - 1) {
              expect(p.status).toBe('incomplete-window');
            } else {
              const sum = cells.slice(i - months + 1, i + 1).reduce<bigint>((a, c) => a + BigInt(c), 0n);
              expect(p.status).toBe('ok');
              expect(p.numerator).toBe(numberOfCents(sum));
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('property 4 (extension): rolling last and mean', () => {
  /** sum / count of hundredths, rounded half-up to 4 places, as a fixed string. */
  function meanAt4(sumCents: bigint, count: number): string {
    // value = sum / (100 count); units of 1e-4 = sum x 100 / count
    const A = sumCents * 100n;
    const B = BigInt(count);
    const u = (2n * A + B) / (2n * B);
    const s = u.toString().padStart(5, '0');
    return `${s.slice(0, -4)}.${s.slice(-4)}`;
  }

  it("aggregate 'last' is the month's own figure and 'mean' the exact mean of the window's months", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 0, max: 120 }),
        (cells, months, offset) => {
          const rows = rowsOfSeries({ offset, cells });
          const spec = (aggregate: Aggregate): IndicatorSpecInput => ({
            ...countSpec({ type: 'rolling', months }),
            numerator: { field: 'x', aggregate },
            decimals: 4,
          });
          const last = computeIndicator(defineIndicator(spec('last')), rows).periods;
          const mean = computeIndicator(defineIndicator(spec('mean')), rows).periods;
          cells.forEach((c, i) => {
            if (i < months - 1) {
              expect(last[i]!.status).toBe('incomplete-window');
              expect(mean[i]!.status).toBe('incomplete-window');
              return;
            }
            expect(last[i]!.numerator).toBe(fromCents(c));
            const sum = cells.slice(i - months + 1, i + 1).reduce<bigint>((a, x) => a + BigInt(x), 0n);
            expect(mean[i]!.formatted).toBe(meanAt4(sum, months));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('property 5: year-to-date restarts at the year start', () => {
  it('the year-start month is its own value; every other month adds its value to the previous YTD', () => {
    fc.assert(
      fc.property(seriesArb(10), fc.integer({ min: 1, max: 12 }), (s, yearStartMonth) => {
        const result = computeIndicator(defineIndicator(countSpec({ type: 'year-to-date', yearStartMonth })), rowsOfSeries(s));
        // oracle: the running sum since the last year start, null once a month is missing
        let ytd: bigint | null = null;
        let seenStart = false;
        result.periods.forEach((p, i) => {
          const month = ((START + s.offset + i) % 12) + 1;
          const own = s.cells[i];
          if (month === yearStartMonth) {
            seenStart = true;
            ytd = own === null || own === undefined ? null : BigInt(own);
          } else {
            ytd = ytd === null || own === null || own === undefined ? null : ytd + BigInt(own);
          }
          if (own === null || own === undefined) {
            expect(p.status).toBe('missing-data');
            return;
          }
          if (!seenStart || ytd === null) {
            // the window starts before the data or has a gap
            expect(p.status).toBe('incomplete-window');
            return;
          }
          expect(p.status).toBe('ok');
          expect(p.numerator).toBe(numberOfCents(ytd));
          expect(p.formatted).toBe(centsString(ytd));
          if (month === yearStartMonth) expect(p.numerator).toBe(fromCents(own));
          else {
            const prev = result.periods[i - 1]!;
            expect(prev.status).toBe('ok');
            // previous YTD + own value, exactly
            expect(p.formatted).toBe(centsString(BigInt(Math.round(prev.rounded! * 100)) + BigInt(own)));
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('property 6: permuting rows changes nothing', () => {
  const specArb = fc
    .record({
      measure: fc.constantFrom<MeasureSpec>({ type: 'percentage', belowOnePercent: true }, { type: 'rate', per: 1000 }, { type: 'mean' }, { type: 'count' }),
      window: fc.oneof(
        fc.constant<WindowInput>({ type: 'period' }),
        fc.integer({ min: 1, max: 12 }).map<WindowInput>((months) => ({ type: 'rolling', months })),
        fc.integer({ min: 1, max: 12 }).map<WindowInput>((yearStartMonth) => ({ type: 'year-to-date', yearStartMonth })),
      ),
      aggregate: fc.constantFrom<Aggregate>('sum', 'last', 'mean'),
      decimals: fc.integer({ min: 0, max: 3 }),
      target: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      compare: fc.constantFrom('previous-period' as const, 'same-period-last-year' as const),
    })
    .map(
      (r): IndicatorSpecInput => ({
        id: 'perm',
        title: 'Perm',
        measure: r.measure,
        numerator: { field: 'x', aggregate: r.aggregate },
        ...(r.measure.type === 'count' ? {} : { denominator: { field: 'y', aggregate: r.aggregate } }),
        window: r.window,
        decimals: r.decimals,
        polarity: 'lower-is-better',
        ...(r.target === undefined ? {} : { target: r.target }),
        directionOfTravel: { compare: r.compare },
      }),
    );
  const rowsArb = fc
    .record({
      offset: fc.integer({ min: 0, max: 120 }),
      cells: fc.array(
        fc.oneof(
          fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })).map(([a, b]) => ({ x: Math.min(a, b), y: Math.max(a, b) })),
          fc.constant({ x: null, y: 7 }),
          fc.constant({ x: 0, y: 0 }),
          fc.constant(undefined),
        ),
        { minLength: 1, maxLength: 30 },
      ),
    })
    .map(({ offset, cells }) => cells.flatMap((c, i) => (c === undefined ? [] : [{ period: periodOf(START + offset + i), ...c }])));

  it('a shuffled copy of the rows gives deep-equal results', () => {
    fc.assert(
      fc.property(
        specArb,
        rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        (spec, [rows, shuffled]) => {
          const s = defineIndicator(spec);
          expect(computeIndicator(s, shuffled)).toEqual(computeIndicator(s, rows));
        },
      ),
      { numRuns: 200 },
    );
  });
});
