/**
 * deriveMonthly against the day-by-day oracle (the testing kit's referenceDerive) on
 * small random case records (1-6 children, 0-6 episodes each, adjacent or
 * with gaps, dates often on month boundaries) and random measures of every
 * type with random filters; plus invariances: history that ended before the
 * range (and, for placement windows, before their look-back), splitting an
 * episode on a legal-status change, and the order of the records.
 *
 * DERIVE_PROP_RUNS sets the number of runs (default 150; the oracle
 * comparison runs twice that). The default keeps the slowest property under
 * a second on an idle core so `npm test` passes on 2 busy cores; raise it
 * for a deeper search (DERIVE_PROP_RUNS=5000 npm test -- test/records); the
 * timeout rises with it.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { isIndicatorError } from 'council-indicators';
import { deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, ChildFilter, ChildRecord, DeriveOptions, DerivedRow, EpisodeRecord, EventRecord, RecordMeasure } from 'council-indicators/records';
import { referenceDerive } from 'council-indicators/testing';
import { RECORD_CODES, recordsArbitrary } from 'council-indicators/testing';
import { dateOf, dayOf, shiftMonths } from './oracle.js';

// ---------------------------------------------------------------------------
// Codes.

// The codes the kit's records arbitrary draws from, so that measures and filters match some records.
const REASONS_NEW = [...RECORD_CODES.reasonsNewEpisode];
const LEGAL = [...RECORD_CODES.legalStatuses];
const PLACEMENT_TYPES = [...RECORD_CODES.placementTypes];
const REASONS_ENDED = [...RECORD_CODES.reasonsEnded];
const EVENT_TYPES = [...RECORD_CODES.eventTypes];
const GENDERS = [...RECORD_CODES.genders];

// ---------------------------------------------------------------------------
// Records.

/** The attributes of an episode; undefined ones are left out of the record. */
const episodeAttributes = fc.record({
  reasonNewEpisode: fc.option(fc.constantFrom(...REASONS_NEW), { nil: undefined, freq: 6 }),
  legalStatus: fc.option(fc.constantFrom(...LEGAL), { nil: undefined, freq: 8 }),
  placementType: fc.option(fc.constantFrom(...PLACEMENT_TYPES), { nil: undefined, freq: 8 }),
  reasonEnded: fc.option(fc.constantFrom(...REASONS_ENDED), { nil: undefined, freq: 3 }),
});

/**
 * An episode that starts a period of care (after a gap, or a child's first)
 * has reason S when it has one: any other reason after a gap is an error.
 */
function newPeriod<T extends { reasonNewEpisode?: string | undefined }>(attributes: T): T {
  return attributes.reasonNewEpisode === undefined ? attributes : { ...attributes, reasonNewEpisode: 'S' };
}

function withoutUndefined<T extends object>(x: T): T {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------
// Measures.

const codesFrom = (codes: string[]) => fc.subarray(codes, { minLength: 1 });

const filterParts = {
  ageAtLeast: fc.integer({ min: 0, max: 18 }),
  ageBelow: fc.integer({ min: 1, max: 19 }),
  inCareAtLeast: fc
    .record({ days: fc.integer({ min: 0, max: 400 }), months: fc.integer({ min: 0, max: 30 }), years: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] })
    .filter((d) => Object.keys(d).length > 0),
  episode: fc.oneof(
    fc.record({ legalStatus: codesFrom(LEGAL) }),
    fc.record({ placementType: codesFrom(PLACEMENT_TYPES) }),
    fc.record({ reasonNewEpisode: codesFrom(REASONS_NEW) }),
  ),
  child: fc.record({ gender: codesFrom(GENDERS) }),
  hadEvent: fc.record({
    type: fc.constantFrom(...EVENT_TYPES),
    withinMonths: fc.oneof(fc.integer({ min: 1, max: 24 }), fc.constantFrom(1, 2, 3, 6, 12)),
  }),
};

/** Mostly one condition (so counts are seldom all zero), sometimes any mix. */
const filterArb: fc.Arbitrary<ChildFilter> = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(...Object.entries(filterParts).map(([key, arb]) => (arb as fc.Arbitrary<unknown>).map((v) => ({ [key]: v }) as ChildFilter))) },
  { weight: 1, arbitrary: fc.record(filterParts, { requiredKeys: [] }) },
);

const optionalFilter = fc.option(filterArb, { nil: undefined, freq: 2 });

const measureArb: fc.Arbitrary<RecordMeasure> = fc.oneof(
  fc.record({ type: fc.constant('in-care' as const), filter: optionalFilter }),
  fc.record({ type: fc.constant('started' as const), filter: optionalFilter }),
  fc.record({ type: fc.constant('ended' as const), reasons: fc.option(codesFrom(REASONS_ENDED), { nil: undefined }) }),
  fc.record({
    type: fc.constant('placements' as const),
    atLeast: fc.integer({ min: 1, max: 4 }),
    withinMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    changeReasons: fc.option(codesFrom(REASONS_NEW), { nil: undefined }),
    filter: optionalFilter,
  }),
  fc.record({
    type: fc.constant('long-term-stability' as const),
    part: fc.constantFrom('eligible' as const, 'stable' as const),
    adoptionPlacementTypes: fc.option(codesFrom(PLACEMENT_TYPES), { nil: undefined }),
    changeReasons: fc.option(codesFrom(REASONS_NEW), { nil: undefined }),
    filter: optionalFilter,
  }),
  fc.record({
    type: fc.constant('event-within' as const),
    part: fc.constantFrom('eligible' as const, 'met' as const),
    event: fc.constantFrom(...EVENT_TYPES),
    days: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })),
    working: fc.option(fc.boolean(), { nil: undefined }),
    region: fc.option(fc.constantFrom('england-and-wales' as const, 'scotland' as const, 'northern-ireland' as const), { nil: undefined }),
    excludeLegalStatuses: fc.option(codesFrom(LEGAL), { nil: undefined }),
  }).map((m) => (m.working === true ? m : { ...m, region: undefined })), // a region needs working days
  fc.record({
    type: fc.constant('days-between' as const),
    part: fc.constantFrom('total' as const, 'count' as const),
    from: fc.constantFrom('period-start', ...EVENT_TYPES),
    to: fc.constantFrom(...EVENT_TYPES),
  }),
  fc.record({ type: fc.constant('events' as const), event: fc.constantFrom(...EVENT_TYPES), distinctChildren: fc.option(fc.boolean(), { nil: undefined }) }),
);

/** Measures as JSON would give them: no undefined properties. */
function clean<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

const measuresArb = fc.array(measureArb, { minLength: 1, maxLength: 8 }).map((list) => {
  const measures: Record<string, RecordMeasure> = {};
  list.forEach((m, i) => (measures[`m${i}`] = clean(m)));
  return measures;
});

const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

const rangeArb = fc.record({ first: fc.integer({ min: 2014 * 12, max: 2019 * 12 + 11 }), length: fc.integer({ min: 1, max: 30 }) }).map(({ first, length }) => ({
  from: monthLabel(first),
  to: monthLabel(first + length - 1),
}));

const caseArb = fc
  .record({ range: rangeArb, measures: measuresArb })
  .chain(({ range, measures }) =>
    recordsArbitrary({ around: `${range.from}-01` }).map((records) => ({
      // The records say what they can hold and cover (deriveMonthly's own checks of both are in coverage.test.ts):
      // random records may lack a type a measure names, or end before the range.
      records: { ...records, eventTypes: EVENT_TYPES, coverage: { from: range.from, to: range.to } } as CaseRecords,
      range,
      measures,
    })),
  );

// ---------------------------------------------------------------------------
// Running deriveMonthly a column at a time, like the oracle.

type Column = { counts: number[] } | { errorRows: number[] };

/** One measure's column from deriveMonthly (or the oracle), or the rows its INVALID_DATA error names. */
function derivedColumn(records: CaseRecords, options: Omit<DeriveOptions, 'measures'>, name: string, measure: RecordMeasure, derive = deriveMonthly): Column {
  try {
    const rows = derive(records, { ...options, measures: { [name]: measure } });
    return { counts: rows.map((r) => r[name] as number) };
  } catch (e) {
    if (!isIndicatorError(e) || e.code !== 'INVALID_DATA') throw e;
    return { errorRows: e.issues.map((i) => i.row ?? -1).sort((a, b) => a - b) };
  }
}

function derivedColumns(records: CaseRecords, options: DeriveOptions, derive = deriveMonthly): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [name, m] of Object.entries(options.measures)) out[name] = derivedColumn(records, options, name, m, derive);
  return out;
}

/** The kit's oracle (referenceDerive), a column at a time like deriveMonthly above. */
function sortedOracle(records: CaseRecords, options: DeriveOptions): Record<string, Column> {
  return derivedColumns(records, options, referenceDerive);
}

/** Columns compared through the identity of the events an error names, so reordered rows still compare. */
function comparable(columns: Record<string, Column>, records: CaseRecords): Record<string, unknown> {
  const events = records.events ?? [];
  const out: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(columns)) {
    out[name] = 'counts' in c ? c.counts : c.errorRows.map((r) => JSON.stringify(events[r])).sort();
  }
  return out;
}

// Budget: 300 oracle comparisons (half a second to a second on an idle core, by the cases drawn) and 150 runs of
// each invariance (a tenth of a second or two each), so the suite passes on 2 busy cores. Every measure type gets
// non-zero counts within a sample of 200 cases (see "hits every kind of count"), and each case holds up to 6
// children with up to 6 episodes and 10 events each, so small runs still reach overlaps, gaps and month-boundary
// dates. The suite's testTimeout (test/vitest.config.ts) covers this budget; only a larger DERIVE_PROP_RUNS needs
// more time, given here.
const DEFAULT_RUNS = 150;
const RUNS = Number(process.env.DERIVE_PROP_RUNS ?? DEFAULT_RUNS);
if (RUNS > DEFAULT_RUNS) vi.setConfig({ testTimeout: Math.ceil(RUNS / DEFAULT_RUNS) * 20_000 });

// ---------------------------------------------------------------------------

describe('deriveMonthly agrees with the day-by-day oracle', () => {
  it('for random records and random measures of every type', () => {
    fc.assert(
      fc.property(caseArb, ({ records, range, measures }) => {
        const options = { ...range, measures };
        expect(derivedColumns(records, options)).toEqual(sortedOracle(records, options));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('all measures at once give the same rows as one at a time', () => {
    fc.assert(
      fc.property(caseArb, ({ records, range, measures }) => {
        const options = { ...range, measures };
        const single = derivedColumns(records, options);
        const names = Object.keys(measures);
        if (names.some((n) => 'errorRows' in single[n]!)) {
          let error: unknown;
          try {
            deriveMonthly(records, options);
          } catch (e) {
            error = e;
          }
          expect(isIndicatorError(error) && error.code).toBe('INVALID_DATA');
          return;
        }
        const rows = deriveMonthly(records, options);
        const first = Number(range.from.slice(0, 4)) * 12 + Number(range.from.slice(5)) - 1;
        const last = Number(range.to.slice(0, 4)) * 12 + Number(range.to.slice(5)) - 1;
        expect(rows.map((r) => r.period)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => monthLabel(first + i)));
        for (const n of names) expect(rows.map((r) => r[n])).toEqual((single[n] as { counts: number[] }).counts);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('hits every kind of count (the generators are not vacuous)', () => {
    // Over a fixed sample, each measure type has some month with a non-zero count.
    const seen = new Map<string, number>();
    fc.sample(caseArb, { numRuns: 200, seed: 42 }).forEach(({ records, range, measures }) => {
      const columns = sortedOracle(records, { ...range, measures });
      for (const [name, m] of Object.entries(measures)) {
        const c = columns[name]!;
        const key = `${m.type}${'part' in m ? `:${m.part}` : ''}`;
        const hit = 'counts' in c && c.counts.some((x) => x > 0) ? 1 : 0;
        seen.set(key, (seen.get(key) ?? 0) + hit);
      }
    });
    if (process.env.DERIVE_PROP_STATS) console.log(Object.fromEntries(seen));
    for (const key of [
      'in-care',
      'started',
      'ended',
      'placements',
      'long-term-stability:eligible',
      'long-term-stability:stable',
      'event-within:eligible',
      'event-within:met',
      'days-between:total',
      'days-between:count',
      'events',
    ]) {
      expect(seen.get(key) ?? 0, key).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------------------
// Invariances.

function firstDayOf(month: string): number {
  return dayOf(`${month}-01`);
}

/** The longest look-back of any measure, in months (placement windows default to 12; hadEvent filters). */
function lookBack(measures: Record<string, RecordMeasure>): number {
  let months = 12;
  const filterBack = (f: ChildFilter | undefined) => f?.hadEvent?.withinMonths ?? 0;
  for (const m of Object.values(measures)) {
    if (m.type === 'placements') months = Math.max(months, m.withinMonths ?? 12, filterBack(m.filter));
    if (m.type === 'in-care' || m.type === 'started') months = Math.max(months, filterBack(m.filter));
  }
  return months;
}

function rowsOrError(records: CaseRecords, options: DeriveOptions): DerivedRow[] | string {
  try {
    return deriveMonthly(records, options);
  } catch (e) {
    if (isIndicatorError(e)) return `${e.code}: ${e.issues.map((i) => i.path).join(', ')}`;
    throw e;
  }
}

/**
 * The measures with what can see a split on L taken out: L as a placement
 * change reason, and filters on the episode's reasonNewEpisode.
 */
function blindToSplits(measures: Record<string, RecordMeasure>): Record<string, RecordMeasure> {
  const out: Record<string, RecordMeasure> = {};
  for (const [name, measure] of Object.entries(measures)) {
    const m = structuredClone(measure) as RecordMeasure & { changeReasons?: string[]; filter?: ChildFilter };
    if (m.changeReasons !== undefined) {
      m.changeReasons = m.changeReasons.filter((r) => r !== 'L');
      if (m.changeReasons.length === 0) delete m.changeReasons;
    }
    if (m.filter?.episode !== undefined) {
      delete m.filter.episode.reasonNewEpisode;
      if (Object.keys(m.filter.episode).length === 0) delete m.filter.episode;
    }
    out[name] = m;
  }
  return out;
}

describe('invariances', () => {
  it('a child whose whole history ended before the range changes nothing', () => {
    const pastChild = fc.record({
      dob: fc.integer({ min: dayOf('1996-01-01'), max: dayOf('2005-12-31') }),
      episodes: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 300 }), attributes: episodeAttributes }), {
        minLength: 1,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(caseArb, pastChild, ({ records, range, measures }, past) => {
        const options = { ...range, measures };
        const before = rowsOrError(records, options);
        // Episodes from the child's 1st birthday on; all must cease before the range's first day.
        let cursor = past.dob + 365;
        const episodes: EpisodeRecord[] = past.episodes.map((e, k) => {
          cursor += e.gap;
          const start = cursor;
          cursor += e.length;
          const attributes = k === 0 || e.gap > 0 ? newPeriod(e.attributes) : e.attributes;
          return withoutUndefined({ childId: 'PAST', start: dateOf(start), end: dateOf(cursor), ...attributes });
        });
        fc.pre(cursor < firstDayOf(range.from));
        const more: CaseRecords = {
          ...records,
          children: [...records.children, { childId: 'PAST', dateOfBirth: dateOf(past.dob) }],
          episodes: [...records.episodes, ...episodes],
          events: records.events ?? [],
        };
        expect(rowsOrError(more, options)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  /**
   * An extra episode for one of the children in a gap of its history (before
   * its first episode, between two, or after its last closed one), at least
   * a day clear of its neighbours on both sides (so it is a period of care
   * of its own) and ceasing on or before `limit`; undefined when there is no
   * room.
   */
  const extraEpisode = fc.record({
    pick: fc.nat(),
    slot: fc.nat(),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    attributes: episodeAttributes,
  });
  function insertEpisode(records: CaseRecords, x: { pick: number; slot: number; a: number; b: number; attributes: { reasonNewEpisode?: string | undefined } }, limit: number): CaseRecords | undefined {
    const child = records.children[x.pick % records.children.length]!;
    const own = records.episodes
      .filter((e) => e.childId === child.childId)
      .map((e) => ({ start: dayOf(e.start), end: e.end == null ? null : dayOf(e.end) }))
      .sort((p, q) => p.start - q.start);
    // Gaps [lo, hi] the new episode's days (start to end) may occupy.
    const gaps: [number, number][] = [];
    let lo = dayOf(child.dateOfBirth);
    for (const e of own) {
      gaps.push([lo, e.start - 1]);
      if (e.end === null) {
        lo = Infinity;
        break;
      }
      lo = e.end + 1;
    }
    if (lo !== Infinity) gaps.push([lo, limit]);
    const room = gaps.map(([l, h]) => [l, Math.min(h, limit)] as [number, number]).filter(([l, h]) => h - l >= 1);
    if (room.length === 0) return undefined;
    const [l, h] = room[x.slot % room.length]!;
    const start = l + Math.floor(x.a * (h - l - 1));
    const end = Math.min(h, start + 1 + Math.floor(x.b * Math.min(400, h - start)));
    if (!(l <= start && start < end && end <= h)) throw new Error(`bad extra episode ${start} ${end} in [${l}, ${h}]`);
    const episode = withoutUndefined({ childId: child.childId, start: dateOf(start), end: dateOf(end), ...newPeriod(x.attributes) });
    return { ...records, episodes: [...records.episodes, episode] };
  }

  it('an extra episode apart from the rest that ceased before the range changes no in-care, started, ended, stability (or other non-placement) count', () => {
    fc.assert(
      fc.property(caseArb, extraEpisode, ({ records, range, measures }, x) => {
        // Placement windows look back before the range: leave those measures out.
        const notPlacements = Object.fromEntries(Object.entries(measures).filter(([, m]) => m.type !== 'placements'));
        fc.pre(Object.keys(notPlacements).length > 0);
        const options = { ...range, measures: notPlacements };
        const more = insertEpisode(records, x, firstDayOf(range.from) - 1);
        fc.pre(more !== undefined);
        expect(rowsOrError(more!, options)).toEqual(rowsOrError(records, options));
      }),
      { numRuns: RUNS },
    );
  });

  it('an extra episode apart from the rest that ceased more than the look-back before the range changes nothing', () => {
    fc.assert(
      fc.property(caseArb, extraEpisode, ({ records, range, measures }, x) => {
        const options = { ...range, measures };
        // It ceases on or before the same day `lookBack` months before the range's first day,
        // before the first day of every placement window.
        const more = insertEpisode(records, x, shiftMonths(firstDayOf(range.from), -lookBack(measures)));
        fc.pre(more !== undefined);
        expect(rowsOrError(more!, options)).toEqual(rowsOrError(records, options));
      }),
      { numRuns: RUNS },
    );
  });

  it('splitting an episode on a legal-status change (L) changes no count', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ records, range, measures }, pick, where) => {
        const options = { ...range, measures: blindToSplits(measures) };
        fc.pre(records.episodes.length > 0);
        const k = pick % records.episodes.length;
        const e = records.episodes[k]!;
        const start = dayOf(e.start);
        const end = e.end == null ? start + 800 : dayOf(e.end);
        fc.pre(end - start >= 2);
        const at = start + 1 + Math.floor(where * (end - start - 1));
        if (at >= end) return;
        const { reasonEnded, ...kept } = e;
        const first: EpisodeRecord = { ...kept, end: dateOf(at) };
        const second: EpisodeRecord = withoutUndefined({ ...kept, start: dateOf(at), end: e.end, reasonNewEpisode: 'L', reasonEnded });
        const episodes = [...records.episodes.slice(0, k), first, second, ...records.episodes.slice(k + 1)];
        expect(rowsOrError({ ...records, episodes }, options)).toEqual(rowsOrError(records, options));
      }),
      { numRuns: RUNS },
    );
  });

  it('the order of children, episodes and events changes nothing', () => {
    const shuffled = <T>(list: readonly T[], keys: readonly number[]) =>
      list
        .map((x, i) => ({ x, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
        .sort((a, b) => a.key - b.key || b.i - a.i)
        .map((p) => p.x);
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), ({ records, range, measures }, keys) => {
        const options = { ...range, measures };
        const reordered: CaseRecords = {
          ...records,
          children: shuffled(records.children, keys),
          episodes: shuffled(records.episodes, [...keys].reverse()),
          events: shuffled(records.events ?? [], keys.map((k) => k * 7919)),
        };
        expect(comparable(derivedColumns(reordered, options), reordered)).toEqual(comparable(derivedColumns(records, options), records));
      }),
      { numRuns: RUNS },
    );
  });
});
