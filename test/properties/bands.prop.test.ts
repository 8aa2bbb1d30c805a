/**
 * Properties 7, 8 and 11 of the exactness issue: RAG bands. Band edges are
 * generated in thousandths (k / 1000) and every containment test is done
 * here with bigint-scaled comparisons, independently of src/.
 *
 * Budget: each test below takes about half a second or less on an idle core
 * (the suite must pass on 2 busy cores; see test/vitest.config.ts). Each run
 * already checks hundreds of values against one band set: every band edge
 * with its neighbours, the rounding ties around it and a grid, so the runs
 * mostly buy variety of band sets, and a few hundred of those is plenty.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, defineIndicator, validateSpec } from 'council-indicators';
import type { Band, IndicatorSpecInput, Polarity, Rating, RoundingMode } from 'council-indicators';

// ---------------------------------------------------------------------------
// Oracle.

const RANK: Record<Rating, number> = { red: 0, amber: 1, green: 2, blue: 3 };
const RATINGS: Rating[] = ['red', 'amber', 'green', 'blue'];
const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** A band with edges in thousandths. */
interface KBand {
  rating: Rating;
  min?: bigint;
  minInclusive?: boolean;
  max?: bigint;
  maxInclusive?: boolean;
}

/** An exact value a / c, c > 0. */
interface X {
  a: bigint;
  c: bigint;
}

/** k / 1000 as the JS number written that way. */
const kNumber = (k: bigint): number => Number(`${k}e-3`);

function toBand(b: KBand): Band {
  return {
    rating: b.rating,
    ...(b.min !== undefined ? { min: kNumber(b.min), minInclusive: b.minInclusive! } : {}),
    ...(b.max !== undefined ? { max: kNumber(b.max), maxInclusive: b.maxInclusive! } : {}),
  };
}

/** Whether x = a / c lies in the band: compares a x 1000 with k x c. */
function contains(b: KBand, x: X): boolean {
  const left = x.a * 1000n;
  if (b.min !== undefined) {
    const right = b.min * x.c;
    if (left < right || (left === right && !b.minInclusive)) return false;
  }
  if (b.max !== undefined) {
    const right = b.max * x.c;
    if (left > right || (left === right && !b.maxInclusive)) return false;
  }
  return true;
}

const cmpX = (p: X, q: X): number => {
  const l = p.a * q.c;
  const r = q.a * p.c;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Displayable percentages 0..100 at `dec` decimals, ascending. */
function displayGrid(dec: number): X[] {
  const c = pow10(dec);
  const out: X[] = [];
  for (let j = 0n; j <= 100n * c; j++) out.push({ a: j, c });
  return out;
}

/**
 * Points that decide coverage of [0, 100] on the real line: every band edge
 * inside the domain, the domain ends, and the midpoint of each pair of
 * neighbours. Coverage is constant between neighbouring edges, so checking
 * these points decides it exactly.
 */
function criticalPoints(bands: readonly KBand[]): X[] {
  const ks = new Set<bigint>([0n, 100000n]);
  for (const b of bands) {
    for (const k of [b.min, b.max]) if (k !== undefined && k >= 0n && k <= 100000n) ks.add(k);
  }
  const sorted = [...ks].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
  const out: X[] = [];
  sorted.forEach((k, i) => {
    out.push({ a: 2n * k, c: 2000n });
    const next = sorted[i + 1];
    if (next !== undefined) out.push({ a: k + next, c: 2000n });
  });
  return out;
}

interface Verdict {
  emptyBand: boolean;
  coverage: boolean; // every point in exactly one band
  polarity: boolean; // ratings monotone along the points as the polarity asks
  valid: boolean;
  /** For each point, the index of the band it is in when it is in exactly one, else -1. */
  owner: number[];
}

function judge(bands: readonly KBand[], points: readonly X[], polarity: Polarity): Verdict {
  const hit = bands.map(() => false);
  const owner: number[] = [];
  let coverage = true;
  for (const x of points) {
    let count = 0;
    let at = -1;
    bands.forEach((b, i) => {
      if (contains(b, x)) {
        count++;
        at = i;
        hit[i] = true;
      }
    });
    if (count !== 1) coverage = false;
    owner.push(count === 1 ? at : -1);
  }
  const emptyBand = hit.some((h) => !h);
  let polarityOk = true;
  if (coverage && (polarity === 'higher-is-better' || polarity === 'lower-is-better')) {
    for (let i = 1; i < owner.length; i++) {
      const rise = RANK[bands[owner[i]!]!.rating] - RANK[bands[owner[i - 1]!]!.rating];
      if (polarity === 'higher-is-better' ? rise < 0 : rise > 0) polarityOk = false;
    }
  }
  return { emptyBand, coverage, polarity: polarityOk, valid: !emptyBand && coverage && polarityOk, owner };
}

// ---------------------------------------------------------------------------
// Band-set generators.

const ratingArb = fc.constantFrom<Rating>(...RATINGS);

/** Sorted distinct cut points with, for each, whether the lower band takes it. */
const cutsArb = (lo: number, hi: number, max = 4) =>
  fc
    .uniqueArray(
      fc.oneof(
        fc.integer({ min: lo, max: hi }),
        // edges on the display grids, where inclusivity decides
        fc.integer({ min: Math.ceil(lo / 1000), max: Math.floor(hi / 1000) }).map((k) => k * 1000),
        fc.integer({ min: Math.ceil(lo / 100), max: Math.floor(hi / 100) }).map((k) => k * 100),
        fc.integer({ min: Math.ceil(lo / 10), max: Math.floor(hi / 10) }).map((k) => k * 10),
      ),
      { maxLength: max },
    )
    .map((xs) => xs.sort((p, q) => p - q).map(BigInt))
    .chain((cuts) => fc.tuple(fc.constant(cuts), fc.array(fc.boolean(), { minLength: cuts.length, maxLength: cuts.length })));

/** Bands that tile the real line, split at the cuts, with the given ratings. */
function tile(cuts: readonly bigint[], lowerTakes: readonly boolean[], ratings: readonly Rating[], closeEnds: boolean): KBand[] {
  const bands: KBand[] = [];
  for (let i = 0; i <= cuts.length; i++) {
    const b: KBand = { rating: ratings[i]! };
    if (i > 0) {
      b.min = cuts[i - 1]!;
      b.minInclusive = !lowerTakes[i - 1]!;
    } else if (closeEnds) {
      b.min = 0n;
      b.minInclusive = true;
    }
    if (i < cuts.length) {
      b.max = cuts[i]!;
      b.maxInclusive = lowerTakes[i]!;
    } else if (closeEnds) {
      b.max = 100000n;
      b.maxInclusive = true;
    }
    bands.push(b);
  }
  return bands;
}

/** The same bands listed in a random order (the order of a band list must not matter). */
const shuffled = <T,>(xs: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });

const tilingArb = cutsArb(0, 100000).chain(([cuts, takes]) =>
  fc
    .tuple(fc.array(ratingArb, { minLength: cuts.length + 1, maxLength: cuts.length + 1 }), fc.boolean())
    .chain(([ratings, closeEnds]) => shuffled(tile(cuts, takes, ratings, closeEnds))),
);

/** A tiling broken (or not) by one edit: a band dropped, an edge moved, an inclusivity flipped, a band added. */
const mutatedArb = tilingArb.chain((bands) =>
  fc.oneof(
    fc.nat({ max: bands.length - 1 }).map((i) => (bands.length > 1 ? bands.filter((_, j) => j !== i) : bands)),
    fc
      .tuple(fc.nat({ max: bands.length - 1 }), fc.boolean(), fc.integer({ min: -2000, max: 2000 }))
      .map(([i, lower, delta]) =>
        bands.map((b, j) => {
          if (j !== i) return b;
          if (lower && b.min !== undefined) return { ...b, min: b.min + BigInt(delta) };
          if (!lower && b.max !== undefined) return { ...b, max: b.max + BigInt(delta) };
          return b;
        }),
      ),
    fc.tuple(fc.nat({ max: bands.length - 1 }), fc.boolean()).map(([i, lower]) =>
      bands.map((b, j) => {
        if (j !== i) return b;
        if (lower && b.min !== undefined) return { ...b, minInclusive: !b.minInclusive };
        if (!lower && b.max !== undefined) return { ...b, maxInclusive: !b.maxInclusive };
        return b;
      }),
    ),
    fc.tuple(fc.nat({ max: bands.length - 1 }), ratingArb).map(([i, rating]) => [...bands, { ...bands[i]!, rating }]),
  ),
);

const edgeArb = fc.oneof(
  fc.integer({ min: -3000, max: 103000 }),
  fc.constantFrom(0, 100000, 50000, 84950, 95000, 57000),
);
const randomBandArb: fc.Arbitrary<KBand> = fc
  .record({
    rating: ratingArb,
    min: fc.option(fc.tuple(edgeArb, fc.boolean()), { nil: undefined }),
    max: fc.option(fc.tuple(edgeArb, fc.boolean()), { nil: undefined }),
  })
  .map(({ rating, min, max }) => ({
    rating,
    ...(min !== undefined ? { min: BigInt(min[0]), minInclusive: min[1] } : {}),
    ...(max !== undefined ? { max: BigInt(max[0]), maxInclusive: max[1] } : {}),
  }));

const bandSetArb: fc.Arbitrary<KBand[]> = fc.oneof(
  { arbitrary: tilingArb, weight: 3 },
  { arbitrary: mutatedArb, weight: 4 },
  { arbitrary: fc.array(randomBandArb, { minLength: 1, maxLength: 4 }), weight: 2 },
);

function periodAt(i: number): string {
  const m = 2000 * 12 + i;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function pctSpec(bands: readonly KBand[], o: { decimals: number; using: 'rounded' | 'exact'; polarity: Polarity; rounding?: RoundingMode }): IndicatorSpecInput {
  return {
    id: 'bands',
    title: 'Bands',
    // Edges anywhere in [0, 100], those under 1% too: they mean what they say.
    measure: { type: 'percentage', belowOnePercent: true },
    numerator: 'n',
    denominator: 'd',
    decimals: o.decimals,
    rounding: o.rounding ?? 'half-up',
    polarity: o.polarity,
    ...(o.polarity === 'closer-to-target' ? { target: 50 } : {}),
    rag: { on: 'value', using: o.using, bands: bands.map(toBand) },
  };
}

/** Rows whose percentage n / d x 100 is exactly each x (x = a / c, so n = a, d = 100 c). */
function rowsFor(xs: readonly X[]): { period: string; n: number; d: number }[] {
  return xs.map((x, i) => ({ period: periodAt(i), n: Number(x.a), d: Number(100n * x.c) }));
}

/** Round a / c half-up or half-even to `dec` places (nearest-candidate form). */
function roundX(x: X, dec: number, mode: RoundingMode): X {
  const A = x.a * pow10(dec);
  const lo = A / x.c;
  const dLo = A - lo * x.c;
  const dHi = (lo + 1n) * x.c - A;
  const u = dLo < dHi ? lo : dHi < dLo ? lo + 1n : mode === 'half-up' ? lo + 1n : lo % 2n === 0n ? lo : lo + 1n;
  return { a: u, c: pow10(dec) };
}

const describeBands = (bands: readonly KBand[]): string => JSON.stringify(bands.map(toBand));

// ---------------------------------------------------------------------------

describe('property 8: every validated band set rates every displayable value exactly once', () => {
  const decimalsArb = fc.oneof({ arbitrary: fc.constantFrom(0, 1), weight: 4 }, { arbitrary: fc.constant(2), weight: 1 });
  const polarityArb = fc.constantFrom<Polarity>('higher-is-better', 'lower-is-better', 'neutral', 'closer-to-target');
  /** Random percentages n / d to rate as well as the grid. */
  const offGridArb = fc.array(
    fc.integer({ min: 1, max: 100000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
    { maxLength: 40 },
  );

  it("using 'rounded': validateSpec is ok exactly when the bands tile the display grid, and then computeIndicator rates by that band", () => {
    fc.assert(
      fc.property(bandSetArb, decimalsArb, polarityArb, fc.constantFrom<RoundingMode>('half-up', 'half-even'), offGridArb, fc.uniqueArray(fc.nat({ max: 996 }), { maxLength: 30 }), (bands, decimals, polarity, rounding, offGrid, sample) => {
        const grid = displayGrid(decimals);
        const verdict = judge(bands, grid, polarity);
        const result = validateSpec(pctSpec(bands, { decimals, using: 'rounded', polarity, rounding }));
        expect(result.ok, `${describeBands(bands)} at ${decimals} dp, ${polarity}: ${JSON.stringify(verdict)}`).toBe(verdict.valid);
        if (!result.ok) {
          const messages = result.issues.map((i) => i.message).join('\n');
          if (verdict.emptyBand) expect(messages).toMatch(/covers no/);
          else if (!verdict.coverage) expect(messages).toMatch(/uncovered|overlap/);
          else expect(messages).toMatch(/polarity/);
          return;
        }
        // Displayable values (every one within 3 steps of a band edge or a domain end, and a sample of the rest):
        // each rated by its one band.
        const step = pow10(decimals);
        const picked = grid
          .map((x, i) => i)
          .filter((i) => {
            const x = grid[i]!;
            if (i < 4 || i > grid.length - 5 || sample.includes(i % 997)) return true;
            return bands.some((b) =>
              [b.min, b.max].some((k) => k !== undefined && (x.a * 1000n - k * step <= 3000n && k * step - x.a * 1000n <= 3000n)),
            );
          });
        const periods = computeIndicator(result.spec, rowsFor(picked.map((i) => grid[i]!))).periods;
        picked.forEach((gi, i) => {
          const x = grid[gi]!;
          expect(periods[i]!.rag, `${x.a}/${x.c}`).toBe(bands[verdict.owner[gi]!]!.rating);
        });
        // Values off the grid: rated by the band of their rounded value.
        const xs = offGrid.map(([n, d]) => ({ a: BigInt(n), c: BigInt(d) }));
        const off = computeIndicator(
          result.spec,
          offGrid.map(([n, d], i) => ({ period: periodAt(i), n, d })),
        ).periods;
        xs.forEach((x, i) => {
          const shown = roundX({ a: x.a * 100n, c: x.c }, decimals, rounding);
          const owners = bands.filter((b) => contains(b, shown));
          expect(owners).toHaveLength(1);
          expect(off[i]!.rag).toBe(owners[0]!.rating);
        });
      }),
      { numRuns: 250 },
    );
  });

  it("using 'exact': validateSpec is ok exactly when the bands tile [0, 100], and then computeIndicator rates edges, midpoints and random values by that band", () => {
    fc.assert(
      fc.property(bandSetArb, fc.integer({ min: 0, max: 3 }), polarityArb, offGridArb, (bands, decimals, polarity, offGrid) => {
        const points = criticalPoints(bands);
        const verdict = judge(bands, points, polarity);
        const result = validateSpec(pctSpec(bands, { decimals, using: 'exact', polarity }));
        expect(result.ok, `${describeBands(bands)}, ${polarity}: ${JSON.stringify(verdict)}`).toBe(verdict.valid);
        if (!result.ok) {
          const messages = result.issues.map((i) => i.message).join('\n');
          if (verdict.emptyBand) expect(messages).toMatch(/covers no/);
          else if (!verdict.coverage) expect(messages).toMatch(/uncovered|overlap/);
          else expect(messages).toMatch(/polarity/);
          return;
        }
        // a fine grid (every 0.001) near each edge as well as the critical points
        const near: X[] = [];
        for (const b of bands) {
          for (const k of [b.min, b.max]) {
            if (k === undefined) continue;
            for (let t = -2n; t <= 2n; t++) if (k + t >= 0n && k + t <= 100000n) near.push({ a: 2n * (k + t), c: 2000n });
          }
        }
        const xs = [...points, ...near, ...offGrid.map(([n, d]) => ({ a: BigInt(n) * 100n, c: BigInt(d) }))];
        const periods = computeIndicator(
          result.spec,
          xs.map((x, i) => ({ period: periodAt(i), n: Number(x.a), d: Number(100n * x.c) })),
        ).periods;
        xs.forEach((x, i) => {
          const owners = bands.filter((b) => contains(b, x));
          expect(owners, `${x.a}/${x.c}`).toHaveLength(1);
          expect(periods[i]!.rag, `${x.a}/${x.c}`).toBe(owners[0]!.rating);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('property 7: a higher value never gets a worse rating under higher-is-better bands', () => {
  const monotoneArb = (polarity: 'higher-is-better' | 'lower-is-better') => fc
    .record({
      cutsTakes: cutsArb(1, 99999),
      decimals: fc.integer({ min: 0, max: 2 }),
      using: fc.constantFrom<'rounded' | 'exact'>('rounded', 'exact'),
      rounding: fc.constantFrom<RoundingMode>('half-up', 'half-even'),
      polarity: fc.constant(polarity),
      // The uniform grid n / d only fills in between the edges (which are checked at 1/2000 below), so 200 is enough.
      d: fc.integer({ min: 1, max: 200 }),
    })
    .chain((r) =>
      fc
        .array(ratingArb, { minLength: r.cutsTakes[0].length + 1, maxLength: r.cutsTakes[0].length + 1 })
        .map((ratings) => {
          const sorted = [...ratings].sort((p, q) => (RANK[p] - RANK[q]) * (r.polarity === 'higher-is-better' ? 1 : -1));
          return tile(r.cutsTakes[0], r.cutsTakes[1], sorted, false);
        })
        .chain(shuffled)
        .map((bands) => ({ ...r, bands })),
    );

  // One test per polarity, so that each stays near a quarter of a second on an idle core.
  it.each(['higher-is-better', 'lower-is-better'] as const)('ratings never fall (higher-is-better) or rise (lower-is-better) as the value increases: %s', (which) => {
    fc.assert(
      fc.property(monotoneArb(which), ({ bands, decimals, using, rounding, polarity, d }) => {
        // Skip band sets with a band too narrow to hold a displayable value (the validator rightly refuses them).
        const domainPoints = using === 'rounded' ? displayGrid(decimals) : criticalPoints(bands);
        fc.pre(!judge(bands, domainPoints, polarity).emptyBand);
        const spec = defineIndicator(pctSpec(bands, { decimals, using, polarity, rounding }));
        // Values: a uniform grid, every edge and its neighbours at 1/2000, and rounding ties near the edges.
        const xs: X[] = [];
        for (let n = 0n; n <= BigInt(d); n++) xs.push({ a: 100n * n, c: BigInt(d) });
        const step = pow10(decimals);
        for (const b of bands) {
          for (const k of [b.min, b.max]) {
            if (k === undefined) continue;
            for (let t = -2n; t <= 2n; t++) if (2n * k + t >= 0n && 2n * k + t <= 200000n) xs.push({ a: 2n * k + t, c: 2000n });
            // ties (2u+1) / (2 x 10^dec) around k
            const u = (k * step) / 1000n;
            for (let t = -1n; t <= 1n; t++) {
              const a = 2n * (u + t) + 1n;
              if (a >= 0n && a <= 200n * step) xs.push({ a, c: 2n * step });
            }
          }
        }
        xs.sort(cmpX);
        const periods = computeIndicator(spec, rowsFor(xs)).periods;
        for (let i = 1; i < periods.length; i++) {
          const rise = RANK[periods[i]!.rag!] - RANK[periods[i - 1]!.rag!];
          if (polarity === 'higher-is-better') expect(rise, `${xs[i - 1]!.a}/${xs[i - 1]!.c} -> ${xs[i]!.a}/${xs[i]!.c}`).toBeGreaterThanOrEqual(0);
          else expect(rise, `${xs[i - 1]!.a}/${xs[i - 1]!.c} -> ${xs[i]!.a}/${xs[i]!.c}`).toBeLessThanOrEqual(0);
        }
        // and each value gets the band the test computes
        xs.forEach((x, i) => {
          const shown = using === 'rounded' ? roundX(x, decimals, rounding) : x;
          const owners = bands.filter((b) => contains(b, shown));
          expect(owners).toHaveLength(1);
          expect(periods[i]!.rag).toBe(owners[0]!.rating);
        });
      }),
      // 75 band sets per polarity (150 in all) of up to 5 bands, each checked at up to 200 grid points plus every edge.
      { numRuns: 75 },
    );
  });
});

describe('property 11: boundaries that floats get wrong', () => {
  const greenFrom = (k: number, using: 'rounded' | 'exact', decimals = 1, greenFirst = false): IndicatorSpecInput => ({
    id: 'edge',
    title: 'Edge',
    measure: { type: 'percentage', belowOnePercent: true },
    numerator: 'n',
    denominator: 'd',
    decimals,
    polarity: 'higher-is-better',
    rag: {
      using,
      bands:
        k === 0
          ? [{ rating: 'green', min: 0, minInclusive: true }]
          : greenFirst
            ? [
                { rating: 'green', min: k, minInclusive: true },
                { rating: 'red', max: k, maxInclusive: false },
              ]
            : [
                { rating: 'red', max: k, maxInclusive: false },
                { rating: 'green', min: k, minInclusive: true },
              ],
    },
  });

  it('19/20 with green from 95 inclusive is green, rounded and exact', () => {
    for (const using of ['rounded', 'exact'] as const) {
      for (const decimals of [0, 1, 2, 3]) {
        for (const greenFirst of [false, true]) {
          const p = computeIndicator(defineIndicator(greenFrom(95, using, decimals, greenFirst)), [{ period: '2020-01', n: 19, d: 20 }]).periods[0]!;
          expect(p.exact).toBe('95');
          expect(p.rag).toBe('green');
        }
      }
    }
  });

  it('57/100 with green >= 57 is green, rounded and exact', () => {
    for (const using of ['rounded', 'exact'] as const) {
      for (const decimals of [0, 1, 2, 3]) {
        for (const greenFirst of [false, true]) {
          const p = computeIndicator(defineIndicator(greenFrom(57, using, decimals, greenFirst)), [{ period: '2020-01', n: 57, d: 100 }]).periods[0]!;
          expect(p.exact).toBe('57');
          expect(p.rag).toBe('green');
        }
      }
    }
  });

  // For each k, every n/d with d <= 200 whose percentage lies in [k - 1, k + 1), which includes every n/d equal to k.
  const byK = new Map<number, [number, number][]>();
  for (let d = 1; d <= 200; d++) {
    for (let n = 0; n <= d; n++) {
      const floor = Number((100n * BigInt(n)) / BigInt(d));
      for (const k of [floor, floor + 1]) {
        if (k > 100) continue;
        let list = byK.get(k);
        if (list === undefined) byK.set(k, (list = []));
        list.push([n, d]);
      }
    }
  }
  // One test per combination, so each stays near a third of a second on an idle core (about 40,000 periods each)
  // with the search as exhaustive as before.
  const combos = [
    ['rounded', 0, false],
    ['rounded', 1, true],
    ['exact', 1, false],
    ['exact', 2, true],
  ] as const;
  it.each(combos)('brute force: every n/d with d <= 200 rates against green >= k exactly as the rational comparison says (%s, %i dp, green listed first: %s)', (using, decimals, greenFirst) => {
    let exactHits = 0;
    for (const [k, pairs] of byK) {
      const spec = defineIndicator(greenFrom(k, using, decimals, greenFirst));
      const periods = computeIndicator(
        spec,
        pairs.map(([n, d], i) => ({ period: periodAt(i), n, d })),
      ).periods;
      pairs.forEach(([n, d], i) => {
        const x: X = { a: 100n * BigInt(n), c: BigInt(d) };
        const rated = using === 'rounded' ? roundX(x, decimals, 'half-up') : x;
        const green = rated.a >= BigInt(k) * rated.c;
        if (x.a === BigInt(k) * x.c) {
          exactHits++;
          expect(periods[i]!.rag, `${n}/${d} vs >= ${k} (${using}, ${decimals} dp)`).toBe('green');
        }
        expect(periods[i]!.rag, `${n}/${d} vs >= ${k} (${using}, ${decimals} dp)`).toBe(green ? 'green' : 'red');
      });
    }
    expect(exactHits).toBeGreaterThan(1000); // 1,240: every n/d with d <= 200 that is a whole percentage
  });
});
