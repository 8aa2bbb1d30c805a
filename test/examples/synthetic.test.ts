/**
 * The synthetic SSDA903 generator: deterministic, every record rule holds,
 * the steady state and the scaling are what the options ask for.
 */
import { describe, expect, it } from 'vitest';
import { deriveMonthly } from 'council-indicators/records';
import { syntheticRecords as generateRecords } from 'council-indicators/testing';
import type { SyntheticOptions, SyntheticRecords } from 'council-indicators/testing';

const DAY_MS = 86_400_000;

/** Day number of a real `YYYY-MM-DD` date, or NaN. */
function dayOf(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return NaN;
  const day = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) / DAY_MS;
  return new Date(day * DAY_MS).toISOString().slice(0, 10) === value ? day : NaN;
}

/** The day someone born on `birth` turns `years` (29 February: 1 March in a common year). */
function birthday(birth: number, years: number): number {
  const d = new Date(birth * DAY_MS);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
}

const LEGAL = new Set(['C1', 'C2', 'E1', 'V2', 'J1', 'J2', 'L1']);
const PLACEMENTS = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'R1', 'K2', 'A3', 'A4', 'A5', 'A6', 'P1', 'H5']);
const ADOPTION_PLACEMENTS = new Set(['A3', 'A4', 'A5', 'A6']);
const REASONS_ENDED = new Set(['E11', 'E12', 'E13', 'E17', 'E41', 'E45', 'E46', 'E47', 'E48', 'E8']);
const ADOPTED = new Set(['E11', 'E12']);
const EVENT_TYPES = new Set([
  'health-assessment-initial',
  'health-assessment',
  'dental-check',
  'review',
  'visit',
  'pep',
  'missing',
  'placement-order',
  'matched',
  'placed-for-adoption',
  'adopted',
]);

interface Period {
  start: number;
  /** The day it ended, or null while open on `to`. */
  end: number | null;
  reasonEnded: string | undefined;
  /** Start of its placement for adoption, if any. */
  adoptionPlacement: number | null;
}

/**
 * Check every rule of the records; returns the problems found (the first
 * 20), so a failure says what and where.
 */
function problems(records: SyntheticRecords, fromDate = '2012-04-01', toDate = '2024-03-31'): string[] {
  const found: string[] = [];
  const fail = (message: string) => {
    if (found.length < 20) found.push(message);
  };
  const from = dayOf(fromDate);
  const to = dayOf(toDate);

  const births = new Map<string, number>();
  for (const c of records.children) {
    if (!/^C\d{6,}$/.test(c.childId)) fail(`childId ${c.childId} is not like C000123`);
    if (births.has(c.childId)) fail(`child ${c.childId} listed twice`);
    const birth = dayOf(c.dateOfBirth);
    if (Number.isNaN(birth)) fail(`child ${c.childId} dateOfBirth ${c.dateOfBirth} is not a date`);
    if (c.gender !== '1' && c.gender !== '2') fail(`child ${c.childId} gender ${String(c.gender)}`);
    if (typeof c.ethnicity !== 'string' || !/^[A-Z]{4}$/.test(c.ethnicity)) fail(`child ${c.childId} ethnicity ${String(c.ethnicity)}`);
    births.set(c.childId, birth);
  }

  // Episodes: grouped by child, in date order, adjacent within a period.
  const periods = new Map<string, Period[]>();
  const seen = new Set<string>();
  let previous: SyntheticRecords['episodes'][number] | undefined;
  for (const [i, e] of records.episodes.entries()) {
    const where = `episodes[${i}] (${e.childId} ${e.start})`;
    const birth = births.get(e.childId);
    if (birth === undefined) {
      fail(`${where}: unknown child`);
      continue;
    }
    const start = dayOf(e.start);
    if (Number.isNaN(start)) fail(`${where}: start is not a date`);
    const hasEnd = 'end' in e;
    const end = hasEnd ? dayOf(e.end) : null;
    if (hasEnd && Number.isNaN(end)) fail(`${where}: end ${String(e.end)} is not a date`);
    if (end !== null && end <= start) fail(`${where}: end ${e.end} not after start`);
    if (start > to) fail(`${where}: starts after to`);
    if (end !== null && end > to) fail(`${where}: ends after to`);
    if (start < birth) fail(`${where}: starts before birth`);
    if (!LEGAL.has(e.legalStatus)) fail(`${where}: legalStatus ${e.legalStatus}`);
    if (!PLACEMENTS.has(e.placementType)) fail(`${where}: placementType ${e.placementType}`);
    if ('reasonEnded' in e && !REASONS_ENDED.has(e.reasonEnded!)) fail(`${where}: reasonEnded ${String(e.reasonEnded)}`);
    const eighteen = birthday(birth, 18);
    if (start >= eighteen) fail(`${where}: starts at 18 or over`);
    if (end !== null && end > eighteen) fail(`${where}: in care after the 18th birthday`);

    const sameChild = previous !== undefined && previous.childId === e.childId;
    if (!sameChild && seen.has(e.childId)) fail(`${where}: episodes of the child are not together`);
    seen.add(e.childId);
    let list = periods.get(e.childId);
    if (list === undefined) periods.set(e.childId, (list = []));
    const current = list[list.length - 1];
    if (sameChild && current !== undefined && previous !== undefined) {
      const prevEnd = 'end' in previous ? dayOf(previous.end) : null;
      if (prevEnd === null) fail(`${where}: follows an open episode`);
      else if (start < prevEnd) fail(`${where}: overlaps the episode before`);
      else if (start === prevEnd) {
        // The same period of care continues.
        if (e.reasonNewEpisode === 'S') fail(`${where}: S in the middle of a period`);
        if ('reasonEnded' in previous) fail(`${where}: reasonEnded on an episode that is not the last of its period`);
        const legalChanged = e.legalStatus !== previous.legalStatus;
        const placementChanged = e.placementType !== previous.placementType;
        if (e.reasonNewEpisode === 'L' && (!legalChanged || placementChanged)) fail(`${where}: L must change the legal status only`);
        if (e.reasonNewEpisode === 'P' && (legalChanged || !placementChanged)) fail(`${where}: P must change the placement only`);
        if (['B', 'U', 'T'].includes(e.reasonNewEpisode) && !(legalChanged && placementChanged)) fail(`${where}: ${e.reasonNewEpisode} must change both`);
        if (ADOPTION_PLACEMENTS.has(e.placementType) && !ADOPTION_PLACEMENTS.has(previous.placementType)) current.adoptionPlacement = start;
        current.end = end;
        current.reasonEnded = e.reasonEnded;
        previous = e;
        continue;
      } else if ('reasonEnded' in previous === false) fail(`${where}: the period before ended without reasonEnded`);
    }
    // A new period of care.
    if (e.reasonNewEpisode !== 'S') fail(`${where}: a period of care starts with ${e.reasonNewEpisode}, not S`);
    if (ADOPTION_PLACEMENTS.has(e.placementType)) fail(`${where}: placed for adoption on admission`);
    list.push({ start, end, reasonEnded: e.reasonEnded, adoptionPlacement: null });
    previous = e;
  }

  for (const [childId, list] of periods) {
    const eighteen = birthday(births.get(childId)!, 18);
    for (const p of list) {
      const label = `child ${childId} period from ${new Date(p.start * DAY_MS).toISOString().slice(0, 10)}`;
      if (p.end === null) {
        if (p.reasonEnded !== undefined) fail(`${label}: open but has reasonEnded`);
        if (eighteen <= to) fail(`${label}: still in care on to, after turning 18`);
      } else {
        if (p.reasonEnded === undefined) fail(`${label}: ended without reasonEnded`);
        if (p.end < from) fail(`${label}: ended before from`);
        if (p.end === eighteen && p.reasonEnded !== 'E17') fail(`${label}: left at 18 with ${String(p.reasonEnded)}`);
      }
      if (p.adoptionPlacement !== null && p.end !== null && !ADOPTED.has(p.reasonEnded ?? '')) fail(`${label}: placed for adoption but not adopted`);
      if (p.end !== null && ADOPTED.has(p.reasonEnded ?? '') && p.adoptionPlacement === null) fail(`${label}: adopted without a placement for adoption`);
    }
  }
  for (const childId of births.keys()) if (!periods.has(childId)) fail(`child ${childId} has no episodes`);

  // Events: known child and type, in the window, inside a period of care, in date order per child.
  let last: { childId: string; date: string } | undefined;
  for (const [i, ev] of records.events.entries()) {
    const where = `events[${i}] (${ev.childId} ${ev.type} ${ev.date})`;
    const list = periods.get(ev.childId);
    if (list === undefined) {
      fail(`${where}: unknown child`);
      continue;
    }
    if (!EVENT_TYPES.has(ev.type)) fail(`${where}: unknown type`);
    const day = dayOf(ev.date);
    if (Number.isNaN(day)) fail(`${where}: date is not a date`);
    if (day < from || day > to) fail(`${where}: outside the window`);
    if (last !== undefined && last.childId === ev.childId && ev.date < last.date) fail(`${where}: events of the child out of order`);
    last = ev;
    const birth = births.get(ev.childId)!;
    if (day >= birthday(birth, 18)) fail(`${where}: at 18 or over`);
    if (ev.type === 'adopted') {
      if (!list.some((p) => p.end === day && ADOPTED.has(p.reasonEnded ?? ''))) fail(`${where}: no adoption ends that day`);
      continue;
    }
    const period = list.find((p) => p.start <= day && (p.end === null || day < p.end));
    if (period === undefined) fail(`${where}: not within a period of care`);
    if (ev.type === 'dental-check' && day < birthday(birth, 3)) fail(`${where}: dental check under 3`);
    if (ev.type === 'pep' && (day < birthday(birth, 5) || day >= birthday(birth, 16))) fail(`${where}: PEP outside school age`);
    if (ev.type === 'placed-for-adoption' && period?.adoptionPlacement !== day) fail(`${where}: not the start of the placement for adoption`);
  }
  return found;
}

const defaults = generateRecords();
const DEFAULTS_FROM = dayOf('2012-04-01');

function inCareOn(records: SyntheticRecords, date: string): number {
  return records.episodes.filter((e) => e.start <= date && (e.end === undefined || e.end > date)).length;
}

function admissions(records: SyntheticRecords, first: string, last: string): number {
  return records.episodes.filter((e) => e.reasonNewEpisode === 'S' && e.start >= first && e.start <= last).length;
}

describe('generateRecords', () => {
  it('is deterministic: the same seed gives the same records, another seed others', () => {
    expect(generateRecords({ seed: 1 })).toEqual(defaults);
    const other = generateRecords({ seed: 2 });
    expect(other.episodes.length).toBeGreaterThan(0);
    expect(other.episodes.slice(0, 50)).not.toEqual(defaults.episodes.slice(0, 50));
    expect(other.children.map((c) => c.dateOfBirth)).not.toEqual(defaults.children.map((c) => c.dateOfBirth));
  });

  it('does not depend on the time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = generateRecords({ seed: 5, from: '2019-01-01', to: '2020-12-31' });
      process.env.TZ = 'America/Adak';
      const west = generateRecords({ seed: 5, from: '2019-01-01', to: '2020-12-31' });
      expect(west).toEqual(east);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('obeys every rule with the defaults', () => {
    expect(problems(defaults)).toEqual([]);
    expect(problems(generateRecords({ seed: 2 }))).toEqual([]);
  });

  it.each<[string, SyntheticOptions]>([
    ['a one-month window', { seed: 3, from: '2020-01-01', to: '2020-01-31' }],
    ['a one-day window', { seed: 4, from: '2020-02-29', to: '2020-02-29' }],
    ['long stays (children 1000, admissions 100)', { seed: 5, children: 1000, admissionsPerYear: 100, from: '2015-01-01', to: '2019-12-31' }],
    ['short stays (children 50, admissions 300)', { seed: 6, children: 50, admissionsPerYear: 300, from: '2015-01-01', to: '2019-12-31' }],
    ['an early window', { seed: 7, from: '1995-06-15', to: '2001-02-28' }],
  ])('obeys every rule with %s', (_, options) => {
    const records = generateRecords(options);
    expect(records.episodes.length).toBeGreaterThan(0);
    expect(problems(records, options.from, options.to)).toEqual([]);
  });

  it('keeps children ids unique and sorted, in the form C000123', () => {
    const ids = defaults.children.map((c) => c.childId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toBe('C000001');
  });

  it('leaves end and reasonEnded out rather than undefined', () => {
    const open = defaults.episodes.filter((e) => e.end === undefined);
    expect(open.length).toBeGreaterThan(200);
    for (const e of open) expect(Object.keys(e)).not.toContain('end');
    for (const e of defaults.episodes.filter((x) => x.reasonEnded === undefined)) expect(Object.keys(e)).not.toContain('reasonEnded');
  });

  it('holds the steady state asked for by default', () => {
    for (const date of ['2012-04-01', '2016-03-31', '2020-03-31', '2024-03-31']) {
      const n = inCareOn(defaults, date);
      expect(n, date).toBeGreaterThanOrEqual(250);
      expect(n, date).toBeLessThanOrEqual(500);
    }
    const started = admissions(defaults, '2019-04-01', '2020-03-31');
    expect(started).toBeGreaterThanOrEqual(120);
    expect(started).toBeLessThanOrEqual(300);
    const perYear = admissions(defaults, '2012-04-01', '2024-03-31') / 12;
    expect(perYear).toBeGreaterThan(170);
    expect(perYear).toBeLessThan(230);
  });

  it('follows a different steady state when asked', () => {
    const records = generateRecords({ seed: 9, children: 1000, admissionsPerYear: 400, from: '2018-04-01', to: '2022-03-31' });
    expect(inCareOn(records, '2021-03-31')).toBeGreaterThan(850);
    expect(inCareOn(records, '2021-03-31')).toBeLessThan(1150);
    expect(admissions(records, '2020-04-01', '2021-03-31')).toBeGreaterThan(330);
    expect(admissions(records, '2020-04-01', '2021-03-31')).toBeLessThan(470);
  });

  it('moves children like a real council: about 10% with 3+ placements in a year, about 70% stable in the long term', () => {
    // England 2013-14 (reference report): 11% with three or more placements; 67% long-term stability.
    const rows = deriveMonthly(defaults, {
      from: '2019-04',
      to: '2024-03',
      measures: {
        under18: { type: 'in-care', filter: { ageBelow: 18 } },
        threePlus: { type: 'placements', atLeast: 3, filter: { ageBelow: 18 } },
        eligible: { type: 'long-term-stability', part: 'eligible' },
        stable: { type: 'long-term-stability', part: 'stable' },
      },
    });
    const total = (name: string) => rows.reduce((sum, row) => sum + Number(row[name]), 0);
    const threePlus = total('threePlus') / total('under18');
    const stable = total('stable') / total('eligible');
    expect(threePlus).toBeGreaterThan(0.07);
    expect(threePlus).toBeLessThan(0.15);
    expect(stable).toBeGreaterThan(0.6);
    expect(stable).toBeLessThan(0.78);
  });

  it('has realistic distributions', () => {
    const periods = defaults.episodes.filter((e) => e.reasonNewEpisode === 'S').length;
    // A placement move or a change of legal status each opens an episode.
    const perPeriod = defaults.episodes.length / periods;
    expect(perPeriod).toBeGreaterThanOrEqual(2.5);
    expect(perPeriod).toBeLessThanOrEqual(4);

    const count = (list: readonly string[]) => {
      const out = new Map<string, number>();
      for (const x of list) out.set(x, (out.get(x) ?? 0) + 1);
      return out;
    };
    const reasons = count(defaults.episodes.filter((e) => e.reasonNewEpisode !== 'S').map((e) => e.reasonNewEpisode));
    const placementMoves = reasons.get('P') ?? 0;
    for (const r of ['L', 'B', 'U', 'T']) {
      expect(reasons.get(r), r).toBeGreaterThan(0);
      expect(reasons.get(r)!, r).toBeLessThan(placementMoves);
    }

    const endings = defaults.episodes.filter((e) => e.reasonEnded !== undefined);
    const adopted = endings.filter((e) => ADOPTED.has(e.reasonEnded!));
    expect(adopted.length / endings.length).toBeGreaterThan(0.08);
    expect(adopted.length / endings.length).toBeLessThan(0.16);
    const births = new Map(defaults.children.map((c) => [c.childId, dayOf(c.dateOfBirth)]));
    const underFive = adopted.filter((e) => dayOf(e.end) < birthday(births.get(e.childId)!, 5));
    expect(underFive.length / adopted.length).toBeGreaterThan(0.8);
    const endingCodes = count(endings.map((e) => e.reasonEnded!));
    for (const code of ['E13', 'E17', 'E8', 'E45']) expect(endingCodes.get(code), code).toBeGreaterThan(0);

    // Ages at admission within the window: many babies, many 10 to 15.
    const ages = defaults.episodes
      .filter((e) => e.reasonNewEpisode === 'S' && dayOf(e.start) >= DEFAULTS_FROM)
      .map((e) => {
        const birth = births.get(e.childId)!;
        let age = 0;
        while (birthday(birth, age + 1) <= dayOf(e.start)) age++;
        return age;
      });
    expect(ages.filter((a) => a < 1).length / ages.length).toBeGreaterThan(0.12);
    expect(ages.filter((a) => a >= 10 && a <= 15).length / ages.length).toBeGreaterThan(0.25);
    expect(Math.max(...ages)).toBeLessThan(18);

    const remand = defaults.episodes.filter((e) => e.reasonNewEpisode === 'S' && (e.legalStatus === 'J1' || e.legalStatus === 'J2'));
    expect(remand.length / periods).toBeGreaterThan(0.01);
    expect(remand.length / periods).toBeLessThan(0.08);
  });

  it('dates most initial health assessments and first reviews on time, and covers every event type', () => {
    const types = new Set(defaults.events.map((e) => e.type));
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
    // What the output declares it can hold is exactly what it holds.
    expect([...defaults.eventTypes].sort()).toEqual([...EVENT_TYPES].sort());

    const byChild = new Map<string, Map<string, number[]>>();
    for (const ev of defaults.events) {
      let m = byChild.get(ev.childId);
      if (m === undefined) byChild.set(ev.childId, (m = new Map()));
      let days = m.get(ev.type);
      if (days === undefined) m.set(ev.type, (days = []));
      days.push(dayOf(ev.date));
    }
    const firstOnOrAfter = (childId: string, type: string, day: number) => byChild.get(childId)?.get(type)?.find((d) => d >= day);
    // Periods of care started in the window and lasting 2 months or more.
    const starts = defaults.episodes.filter((e) => e.reasonNewEpisode === 'S' && e.start >= '2012-04-01' && e.start <= '2023-12-31');
    const long = starts.filter((s) => {
      const start = dayOf(s.start);
      const rest = defaults.episodes.filter((e) => e.childId === s.childId && dayOf(e.start) >= start);
      const end = rest.find((e) => e.reasonEnded !== undefined || e.end === undefined);
      return end?.end === undefined || dayOf(end.end) - start >= 60;
    });
    let assessed = 0;
    let onTime = 0;
    let reviewed = 0;
    for (const s of long) {
      const start = dayOf(s.start);
      const initial = firstOnOrAfter(s.childId, 'health-assessment-initial', start);
      if (initial !== undefined && initial - start <= 60) assessed++;
      if (initial !== undefined && initial - start <= 28) onTime++;
      const review = firstOnOrAfter(s.childId, 'review', start);
      if (review !== undefined && review - start <= 20) reviewed++;
    }
    expect(onTime / long.length).toBeGreaterThan(0.7);
    expect(onTime / long.length).toBeLessThan(0.95); // some late or missing
    expect(assessed).toBeGreaterThanOrEqual(onTime);
    expect(reviewed / long.length).toBeGreaterThan(0.85);

    // Missing incidents: a minority of children, some more than once.
    const missing = [...byChild.values()].map((m) => m.get('missing')?.length ?? 0).filter((n) => n > 0);
    expect(missing.length / defaults.children.length).toBeGreaterThan(0.03);
    expect(missing.length / defaults.children.length).toBeLessThan(0.3);
    expect(missing.some((n) => n > 1)).toBe(true);

    // Visits about every 6 weeks.
    const visits = defaults.events.filter((e) => e.type === 'visit').length;
    const childDays = defaults.episodes.reduce((sum, e) => {
      const start = Math.max(dayOf(e.start), DEFAULTS_FROM);
      const end = e.end === undefined ? dayOf('2024-03-31') + 1 : dayOf(e.end);
      return sum + Math.max(0, end - start);
    }, 0);
    expect(childDays / visits).toBeGreaterThan(35);
    expect(childDays / visits).toBeLessThan(50);
  });

  it('gives each adopted child the adoption milestones in order', () => {
    const adoptedEvents = defaults.events.filter((e) => e.type === 'adopted');
    expect(adoptedEvents.length).toBeGreaterThan(100);
    for (const a of adoptedEvents) {
      const own = defaults.events.filter((e) => e.childId === a.childId);
      const date = (type: string) => own.filter((e) => e.type === type && e.date <= a.date).at(-1)?.date;
      const order = date('placement-order');
      const matched = date('matched');
      const placed = date('placed-for-adoption');
      if (order !== undefined && matched !== undefined) expect(order < matched).toBe(true);
      if (matched !== undefined && placed !== undefined) expect(matched < placed).toBe(true);
      if (placed !== undefined) expect(placed < a.date).toBe(true);
    }
  });

  it('agrees with deriveMonthly, which accepts the records', () => {
    const rows = deriveMonthly(defaults, {
      from: '2019-04',
      to: '2020-03',
      measures: { inCare: { type: 'in-care' }, started: { type: 'started' } },
    });
    expect(rows.at(-1)!.inCare).toBe(inCareOn(defaults, '2020-03-31'));
    expect(rows.reduce((sum, r) => sum + Number(r.started), 0)).toBe(admissions(defaults, '2019-04-01', '2020-03-31'));
  });

  it('scales to a number of episodes', () => {
    const t0 = performance.now();
    const big = generateRecords({ episodes: 100_000, seed: 11 });
    const ms = performance.now() - t0;
    expect(big.episodes.length).toBeGreaterThanOrEqual(80_000);
    expect(big.episodes.length).toBeLessThanOrEqual(120_000);
    expect(ms).toBeLessThan(5_000);
    const n = inCareOn(big, '2020-03-31');
    const ratio = n / inCareOn(defaults, '2020-03-31');
    expect(ratio).toBeGreaterThan(5);
    const small = generateRecords({ episodes: 2_000, from: '2020-04-01', to: '2021-03-31' });
    expect(small.episodes.length).toBeGreaterThanOrEqual(1_600);
    expect(small.episodes.length).toBeLessThanOrEqual(2_400);
    expect(problems(small, '2020-04-01', '2021-03-31')).toEqual([]);
    expect(generateRecords({ episodes: 0 }).episodes).toEqual([]);
  });

  it('rejects bad options', () => {
    expect(() => generateRecords({ from: '2020-02-30' })).toThrow(RangeError);
    expect(() => generateRecords({ to: '31/03/2024' })).toThrow(RangeError);
    expect(() => generateRecords({ from: '2024-01-01', to: '2023-01-01' })).toThrow(/after/);
    expect(() => generateRecords({ children: -1 })).toThrow(RangeError);
    expect(() => generateRecords({ admissionsPerYear: Number.NaN })).toThrow(RangeError);
    expect(() => generateRecords({ seed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(generateRecords({ children: 0 })).toEqual({ children: [], episodes: [], events: [], eventTypes: expect.any(Array), coverage: { from: '2012-04', to: '2024-03' } });
  });
});
