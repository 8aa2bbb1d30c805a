/**
 * The column layout of src/records/columns.ts: records grouped by child and
 * sorted by date, whatever order they come in. The property tests give a
 * child at most 6 episodes and 10 events; here one child has hundreds, in
 * shuffled order, which takes the layout's sort for long runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, DeriveOptions, EpisodeRecord, EventRecord } from 'council-indicators/records';
import { encodeRecords, OPEN } from '../../src/records/columns.js';
import { referenceDerive } from 'council-indicators/testing';
import { dateOf, dayOf } from './oracle.js';

/**
 * A child in care from 2000 in 150 episodes of 20 to 49 days (mostly
 * adjacent, S after a gap; a placement change every 25th, then every 3rd
 * after the 100th), with 301 events.
 */
function longHistory(seed: number): CaseRecords {
  const episodes: EpisodeRecord[] = [];
  const events: EventRecord[] = [];
  let day = dayOf('2000-01-01');
  let x = seed;
  // A linear congruential generator; its high bits, as the low ones repeat with a short period.
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) >>> 16;
  let gap = true; // before the first episode
  for (let k = 0; k < 150; k++) {
    const length = 20 + (next() % 30);
    const reasonNewEpisode = gap ? 'S' : k % 25 === 0 || (k > 100 && k % 3 === 0) ? 'P' : 'L';
    episodes.push({ childId: 'A', start: dateOf(day), end: k === 149 ? null : dateOf(day + length), reasonNewEpisode, placementType: k % 5 === 0 ? 'A3' : 'U1' });
    gap = next() % 40 === 0;
    day += length + (gap ? 5 : 0);
  }
  // An assessment on the first day, so every missing incident has one before it (days-between).
  events.push({ childId: 'A', type: 'HA', date: '2000-01-01' });
  for (let k = 0; k < 300; k++) events.push({ childId: 'A', type: k % 2 === 0 ? 'HA' : 'MISS', date: dateOf(dayOf('2000-01-01') + (next() % 7000)) });
  // The events reach about 2019-02; the records are complete to the end of 2019.
  return { children: [{ childId: 'B', dateOfBirth: '1990-01-01' }, { childId: 'A', dateOfBirth: '1995-06-30' }], episodes, events, coverage: { from: '2000-01', to: '2019-12' } };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = (x >>> 16) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const options: DeriveOptions = {
  from: '2000-01',
  to: '2019-12',
  measures: {
    inCare: { type: 'in-care', filter: { hadEvent: { type: 'HA', withinMonths: 6 } } },
    started: { type: 'started' },
    placements: { type: 'placements', atLeast: 3 },
    stable: { type: 'long-term-stability', part: 'stable' },
    within: { type: 'event-within', part: 'met', event: 'HA', days: 30 },
    missing: { type: 'events', event: 'MISS', distinctChildren: true },
    days: { type: 'days-between', part: 'total', from: 'HA', to: 'MISS' },
  },
};

describe('encodeRecords', () => {
  it('groups episodes and events by child in date order, whatever the input order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), (seed) => {
        const records = longHistory(seed);
        const mixed = { ...records, episodes: shuffled(records.episodes, seed), events: shuffled(records.events!, seed + 1) };
        const cols = encodeRecords(mixed, new Set(['HA', 'MISS']));
        // Child A is the second child; B has no records.
        expect([...cols.episodeOffsets]).toEqual([0, 0, 150]);
        const starts = [...cols.start];
        expect(starts).toEqual(records.episodes.map((e) => dayOf(e.start)));
        expect(cols.end[149]).toBe(OPEN);
        // Rows point back at the shuffled input.
        for (let k = 0; k < 150; k++) expect(mixed.episodes[cols.episodeRow[k]!]!.start).toBe(dateOf(starts[k]!));
        for (const type of ['HA', 'MISS']) {
          const column = cols.events.get(type)!;
          const days = [...column.days.subarray(column.offsets[1], column.offsets[2])];
          const expected = records.events!.filter((e) => e.type === type).map((e) => dayOf(e.date)).sort((a, b) => a - b);
          expect(days).toEqual(expected);
          for (let k = 0; k < days.length; k++) expect(dayOf(mixed.events[column.rows[column.offsets[1]! + k]!]!.date)).toBe(days[k]);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('keeps only the event types asked for, after checking every event', () => {
    const records = longHistory(7);
    expect([...encodeRecords(records, new Set(['HA'])).events.keys()]).toEqual(['HA']);
    const bad = { ...records, events: [...records.events!, { childId: 'A', type: 'OTHER', date: '2001-02-30' }] };
    expect(() => encodeRecords(bad, new Set(['HA']))).toThrow(/events\[301\]\.date: date "2001-02-30" is not a real calendar date/);
  });
});

describe('deriveMonthly on a long history', () => {
  it('agrees with the oracle, and with itself on the records shuffled', () => {
    for (const seed of [1, 2, 3]) {
      const records = longHistory(seed);
      const rows = deriveMonthly(records, options);
      expect(rows).toEqual(referenceDerive(records, options));
      const mixed = { ...records, episodes: shuffled(records.episodes, seed), events: shuffled(records.events!, seed + 1) };
      expect(deriveMonthly(mixed, options)).toEqual(rows);
      // Not vacuous: the history gives every measure something to count.
      for (const name of Object.keys(options.measures)) expect(rows.some((r) => Number(r[name]) > 0), name).toBe(true);
    }
  });
});
