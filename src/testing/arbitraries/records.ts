/**
 * A fast-check arbitrary of case records (children, episodes, events) that
 * pass `deriveMonthly`'s checks.
 *
 * @module
 */
import fc from 'fast-check';
import type { CaseRecords, ChildRecord, EpisodeRecord, EventRecord } from '../../records/index.js';
import { dateOf, dayOf } from '../days.js';

/**
 * The codes {@link recordsArbitrary} draws from, for measures and filters
 * that should match some records: SSDA903 reasons for a new episode, legal
 * statuses, placement types, reasons an episode ended, and event types.
 *
 * @example
 * ```ts
 * import { RECORD_CODES } from 'council-indicators/testing';
 *
 * RECORD_CODES.eventTypes; // ['HA', 'REV', 'MISS']
 * RECORD_CODES.reasonsNewEpisode.includes('S'); // true
 * ```
 */
export const RECORD_CODES = {
  reasonsNewEpisode: ['S', 'L', 'P', 'T', 'U', 'B'],
  legalStatuses: ['C1', 'C2', 'J1', 'V2', 'E1'],
  placementTypes: ['A3', 'A4', 'A6', 'U1', 'K2', 'R1'],
  reasonsEnded: ['E11', 'E12', 'E13', 'E4A'],
  eventTypes: ['HA', 'REV', 'MISS'],
  genders: ['1', '2'],
} as const;

const REASONS_NEW = RECORD_CODES.reasonsNewEpisode;
const LEGAL = RECORD_CODES.legalStatuses;
const PLACEMENT_TYPES = RECORD_CODES.placementTypes;
const REASONS_ENDED = RECORD_CODES.reasonsEnded;
const EVENT_TYPES = RECORD_CODES.eventTypes;
const GENDERS = RECORD_CODES.genders;

/** The attributes of an episode; undefined ones are left out of the record. */
const episodeAttributes = fc.record({
  reasonNewEpisode: fc.option(fc.constantFrom(...REASONS_NEW), { nil: undefined, freq: 6 }),
  legalStatus: fc.option(fc.constantFrom(...LEGAL), { nil: undefined, freq: 8 }),
  placementType: fc.option(fc.constantFrom(...PLACEMENT_TYPES), { nil: undefined, freq: 8 }),
  reasonEnded: fc.option(fc.constantFrom(...REASONS_ENDED), { nil: undefined, freq: 3 }),
});

/** An episode's length in days (at least 1) and the gap before it (0: adjacent to the previous). */
const episodeShape = fc.record({
  length: fc.oneof(
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 10 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 400 }) },
    { weight: 2, arbitrary: fc.integer({ min: 300, max: 1100 }) },
  ),
  gap: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 300 }) },
  ),
  /** Move the start or the end (not before the start) to a month boundary, where the month-end counts are decided. */
  snapStart: fc.constantFrom(undefined, undefined, 'last', 'first'),
  snapEnd: fc.constantFrom(undefined, undefined, 'last', 'first'),
  attributes: episodeAttributes,
});

type Snap = 'last' | 'first' | undefined;

/** The last day of the day's month ('last') or the first day of the next month ('first'); moves forward only. */
function snap(day: number, how: Snap): number {
  if (how === undefined) return day;
  const [y, m] = dateOf(day).split('-').map(Number) as [number, number];
  const last = Date.UTC(y, m, 0) / 86_400_000;
  return how === 'last' ? last : last + 1;
}

const eventShape = fc.record({
  type: fc.constantFrom(...EVENT_TYPES),
  /** Near an episode's start, on its end, or anywhere (possibly snapped to a month end). */
  at: fc.constantFrom('start', 'start', 'start', 'end', 'anywhere', 'anywhere-snapped', 'anywhere-snapped'),
  episode: fc.nat(),
  offset: fc.oneof(fc.integer({ min: -10, max: 70 }), fc.integer({ min: 0, max: 15 }), fc.integer({ min: -1, max: 1 })),
  anywhere: fc.integer({ min: 0, max: 2600 }),
});

const FEB_29 = ['2000-02-29', '2004-02-29', '2008-02-29', '2012-02-29'];

const childShape = fc.record({
  dateOfBirth: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: dayOf('1998-01-01'), max: dayOf('2016-06-30') }).map(dateOf) },
    { weight: 1, arbitrary: fc.constantFrom(...FEB_29) },
  ),
  gender: fc.option(fc.constantFrom(...GENDERS), { nil: undefined, freq: 6 }),
  firstStart: fc.integer({ min: 0, max: 2300 }),
  episodes: fc.array(episodeShape, { maxLength: 6 }),
  openLast: fc.boolean(),
  events: fc.array(eventShape, { maxLength: 10 }),
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

/**
 * Records whose histories are spread around `anchor` (a day number): first
 * episodes from about four years before it to two years after.
 */
const recordsAround = (anchor: number, maxChildren: number): fc.Arbitrary<CaseRecords> =>
  fc.array(childShape, { minLength: 1, maxLength: maxChildren }).map((shapes) => {
    const children: ChildRecord[] = [];
    const episodes: EpisodeRecord[] = [];
    const events: EventRecord[] = [];
    shapes.forEach((shape, i) => {
      const childId = `C${i + 1}`;
      children.push(withoutUndefined({ childId, dateOfBirth: shape.dateOfBirth, gender: shape.gender }));
      let cursor = Math.max(dayOf(shape.dateOfBirth), anchor - 1600 + shape.firstStart);
      const starts: number[] = [];
      const ends: number[] = [];
      shape.episodes.forEach((e, k) => {
        if (k > 0) cursor += e.gap;
        const start = e.gap === 0 && k > 0 ? cursor : snap(cursor, e.snapStart);
        cursor = snap(start + e.length, e.snapEnd);
        const open = shape.openLast && k === shape.episodes.length - 1;
        starts.push(start);
        if (!open) ends.push(cursor);
        const attributes = k === 0 || e.gap > 0 ? newPeriod(e.attributes) : e.attributes;
        episodes.push(withoutUndefined({ childId, start: dateOf(start), end: open ? undefined : dateOf(cursor), ...attributes }));
      });
      for (const e of shape.events) {
        const near = e.at === 'start' ? starts : e.at === 'end' ? ends : [];
        const day =
          near.length > 0
            ? near[e.episode % near.length]! + (e.at === 'end' ? Math.max(-1, Math.min(1, e.offset)) : e.offset)
            : e.at === 'anywhere-snapped'
              ? snap(anchor - 1600 + e.anywhere, 'last') + Math.max(-1, Math.min(1, e.offset))
              : anchor - 1600 + e.anywhere;
        events.push({ childId, type: e.type, date: dateOf(day) });
      }
    });
    // The generated world is the whole truth: complete for every month near the anchor, with every event type it can make.
    return {
      children,
      episodes,
      events,
      eventTypes: [...EVENT_TYPES],
      coverage: { from: dateOf(anchor - 365 * 30).slice(0, 7), to: dateOf(anchor + 365 * 30).slice(0, 7) },
    };
  });

/** Options of {@link recordsArbitrary}. */
export interface RecordsArbitraryOptions {
  /**
   * The day the histories are spread around (`YYYY-MM-DD`): first episodes
   * from about four years before it to two years after. Default
   * `'2017-04-01'`. Use the first day of the range you derive.
   */
  around?: string;
  /** The most children (at least 1). Default 6. */
  maxChildren?: number;
}

/**
 * A fast-check arbitrary of case records that pass `deriveMonthly`'s
 * checks: 1 to `maxChildren` children (some born on 29 February), each with
 * up to 6 episodes (adjacent, or after a gap as a new period of care
 * starting with reason S; often starting or ending on a month boundary,
 * the last one sometimes open) and up to 10 events near episode starts and
 * ends or anywhere. Codes come from {@link RECORD_CODES}; attributes are
 * sometimes absent. Small on purpose: compare `deriveMonthly` with
 * `referenceDerive` on them.
 *
 * @example
 * ```ts
 * import { recordsArbitrary } from 'council-indicators/testing';
 * import { deriveMonthly } from 'council-indicators/records';
 * import { referenceDerive } from 'council-indicators/testing';
 * import fc from 'fast-check';
 *
 * const options = { from: '2017-04', to: '2017-09', measures: { inCare: { type: 'in-care' }, started: { type: 'started' } } } as const;
 * fc.assert(fc.property(recordsArbitrary({ around: '2017-04-01' }), (records) => {
 *   return JSON.stringify(deriveMonthly(records, options)) === JSON.stringify(referenceDerive(records, options));
 * }), { numRuns: 20, seed: 1 });
 * fc.sample(recordsArbitrary({ maxChildren: 1 }), { numRuns: 1, seed: 1 })[0].children.length; // 1
 * ```
 */
export function recordsArbitrary(options: RecordsArbitraryOptions = {}): fc.Arbitrary<CaseRecords> {
  const around = options.around ?? '2017-04-01';
  if (typeof around !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(around) || dateOf(dayOf(around)) !== around) {
    throw new RangeError(`recordsArbitrary: options.around must be a date in YYYY-MM-DD form, e.g. "2017-04-01"; received ${JSON.stringify(around)}`);
  }
  const maxChildren = options.maxChildren ?? 6;
  if (!Number.isInteger(maxChildren) || maxChildren < 1) throw new RangeError(`recordsArbitrary: options.maxChildren must be a whole number, 1 or more; received ${String(maxChildren)}`);
  return recordsAround(dayOf(around), maxChildren);
}
