/**
 * `referenceDerive`: a brute-force reference for `deriveMonthly`. It walks
 * every calendar day of every child, from before its first episode to past
 * the end of the range, and reads every monthly number off those days.
 *
 * It shares nothing with src/records but the record types and
 * `addWorkingDays` (tested on its own). Dates are UTC-only `Date`
 * arithmetic (./days.ts). Records are assumed valid: no checking here.
 *
 * The definitions, in day terms:
 * - a child is in care on day d when an episode has start <= d < end;
 * - a period of care is a maximal run of days in care (adjacent episodes
 *   join, since there is no day out of care between them); it starts on its
 *   first day and ends on the first day after it (null while open);
 * - a placement starts on day d when the child is in care on d and either
 *   was not in care on d - 1 (the first episode of a period) or an episode
 *   starting on d has a reasonNewEpisode in the change reasons.
 *
 * @module
 */
import { IndicatorError } from '../index.js';
import type { IndicatorIssue } from '../index.js';
import { addWorkingDays } from '../records/index.js';
import type { CaseRecords, ChildFilter, ChildRecord, DeriveOptions, DerivedRow, EpisodeRecord, EventRecord, RecordMeasure } from '../records/index.js';
import { ageOn, dateOf, dayOf, monthDays, monthsBefore, monthsOf, plusDuration, shiftMonths } from './days.js';

// ---------------------------------------------------------------------------
// One child's days.

class ChildDays {
  readonly birth: number;
  readonly episodes: { start: number; end: number | null; record: EpisodeRecord }[];
  readonly events: { type: string; day: number; row: number }[];
  /**
   * Days lo..hi are tabulated: lo is before every episode, hi past the range
   * and every deadline (a period still in care on hi ends after every day
   * that matters, so it counts as open).
   */
  readonly lo: number;
  readonly hi: number;
  private readonly open: (EpisodeRecord | null)[] = [];
  private readonly runStart: number[] = [];
  private readonly placements = new Map<string, boolean[]>();

  constructor(
    readonly child: ChildRecord,
    episodes: readonly EpisodeRecord[],
    events: readonly { event: EventRecord; row: number }[],
    lastDay: number,
  ) {
    this.birth = dayOf(child.dateOfBirth);
    this.episodes = episodes.map((e) => ({ start: dayOf(e.start), end: e.end == null ? null : dayOf(e.end), record: e }));
    this.events = events.map(({ event, row }) => ({ type: event.type, day: dayOf(event.date), row }));
    this.lo = Math.min(lastDay, ...this.episodes.map((e) => e.start)) - 2;
    this.hi = lastDay;
    for (let d = this.lo; d <= this.hi; d++) {
      const here = this.episodes.filter((e) => e.start <= d && (e.end === null || d < e.end));
      if (here.length > 1) throw new Error('oracle: overlapping episodes');
      const ep = here[0]?.record ?? null;
      this.open.push(ep);
      const i = d - this.lo;
      this.runStart.push(ep === null ? -1 : i > 0 && this.open[i - 1] !== null ? this.runStart[i - 1]! : d);
    }
  }

  private check(d: number): number {
    if (d < this.lo) return -1;
    if (d > this.hi) throw new Error(`oracle: day ${dateOf(d)} beyond the tabulated days`);
    return d - this.lo;
  }

  /** The episode open on day d (the child is in care), or null. */
  episodeOn(d: number): EpisodeRecord | null {
    const i = this.check(d);
    return i < 0 ? null : this.open[i]!;
  }

  inCare(d: number): boolean {
    return this.episodeOn(d) !== null;
  }

  /** The first day of the period of care the child is in on day d. */
  periodStart(d: number): number {
    const i = this.check(d);
    if (i < 0 || this.open[i] === null) throw new Error('oracle: not in care');
    return this.runStart[i]!;
  }

  /** A period of care starts on day d. */
  startsPeriod(d: number): boolean {
    return this.inCare(d) && !this.inCare(d - 1);
  }

  /** A period of care ends on day d (d is the first day out of care). */
  endsPeriod(d: number): boolean {
    return !this.inCare(d) && this.inCare(d - 1);
  }

  /** The day the period of care that includes day d ends, or null while open (as far as the records go). */
  periodEnd(d: number): number | null {
    let e = d;
    while (e <= this.hi && this.inCare(e)) e++;
    return e > this.hi ? null : e;
  }

  /** A placement starts on day d. */
  placementStarts(d: number, reasons: readonly string[]): boolean {
    const key = reasons.join(',');
    let table = this.placements.get(key);
    if (table === undefined) {
      table = [];
      for (let day = this.lo; day <= this.hi; day++) {
        let starts = false;
        if (this.inCare(day) && !this.inCare(day - 1)) starts = true;
        else if (this.inCare(day)) {
          const starting = this.episodes.find((e) => e.start === day);
          starts = starting !== undefined && isOneOf(starting.record.reasonNewEpisode, reasons);
        }
        table.push(starts);
      }
      this.placements.set(key, table);
    }
    const i = this.check(d);
    return i < 0 ? false : table[i]!;
  }

  eventDays(type: string): number[] {
    return this.events.filter((e) => e.type === type).map((e) => e.day);
  }
}

/** Whether a record's code is in the list: a missing (undefined or null) code is in no list. */
function isOneOf(value: unknown, codes: readonly string[]): boolean {
  return value !== undefined && value !== null && codes.includes(String(value));
}

function matches(record: Record<string, unknown>, wanted: Record<string, string[]> | undefined): boolean {
  if (wanted === undefined) return true;
  return Object.entries(wanted).every(([key, codes]) => isOneOf(record[key], codes));
}

/** The filter on day d, in the period of care that started on `periodStart`, during `episode`. */
function meets(f: ChildFilter | undefined, c: ChildDays, d: number, periodStart: number, episode: EpisodeRecord): boolean {
  if (f === undefined) return true;
  const age = ageOn(c.birth, d);
  if (f.ageAtLeast !== undefined && !(age >= f.ageAtLeast)) return false;
  if (f.ageBelow !== undefined && !(age < f.ageBelow)) return false;
  if (f.inCareAtLeast !== undefined && !(plusDuration(periodStart, f.inCareAtLeast) <= d)) return false;
  if (!matches(episode, f.episode)) return false;
  if (!matches(c.child, f.child)) return false;
  if (f.hadEvent !== undefined) {
    const after = monthsBefore(d, f.hadEvent.withinMonths);
    if (!c.eventDays(f.hadEvent.type).some((e) => after < e && e <= d)) return false;
  }
  return true;
}

const CHANGE_REASONS = ['S', 'P', 'T', 'U', 'B'];
const ADOPTION_TYPES = ['A3', 'A4', 'A5', 'A6'];

/** A `to` event that has no start for a days-between measure. */
interface OracleIssue {
  measure: string;
  row: number;
  message: string;
}

function count(measure: RecordMeasure, name: string, kids: readonly ChildDays[], first: number, last: number, issues: OracleIssue[]): number {
  let n = 0;
  const month = (d: number) => first <= d && d <= last;
  const days = function* () {
    for (let d = first; d <= last; d++) yield d;
  };
  switch (measure.type) {
    case 'in-care':
      for (const c of kids) {
        const ep = c.episodeOn(last);
        if (ep !== null && meets(measure.filter, c, last, c.periodStart(last), ep)) n++;
      }
      return n;
    case 'started':
      for (const c of kids) for (const d of days()) {
        if (c.startsPeriod(d) && meets(measure.filter, c, d, d, c.episodeOn(d)!)) n++;
      }
      return n;
    case 'ended':
      for (const c of kids) for (const d of days()) {
        if (!c.endsPeriod(d)) continue;
        const reason = c.episodeOn(d - 1)!.reasonEnded;
        if (measure.reasons === undefined || isOneOf(reason, measure.reasons)) n++;
      }
      return n;
    case 'placements': {
      const reasons = measure.changeReasons ?? CHANGE_REASONS;
      const within = measure.withinMonths ?? 12;
      for (const c of kids) {
        const ep = c.episodeOn(last);
        if (ep === null || !meets(measure.filter, c, last, c.periodStart(last), ep)) continue;
        const w = monthsBefore(last, within) + 1;
        let placements = c.inCare(w) ? 1 : 0;
        for (let d = w + 1; d <= last; d++) if (c.placementStarts(d, reasons)) placements++;
        if (placements >= measure.atLeast) n++;
      }
      return n;
    }
    case 'long-term-stability': {
      const reasons = measure.changeReasons ?? CHANGE_REASONS;
      const adoption = measure.adoptionPlacementTypes ?? ADOPTION_TYPES;
      for (const c of kids) {
        const ep = c.episodeOn(last);
        if (ep === null) continue;
        const start = c.periodStart(last);
        if (ageOn(c.birth, last) >= 16 || shiftMonths(start, 30) > last) continue;
        if (!meets(measure.filter, c, last, start, ep)) continue;
        if (measure.part === 'eligible') {
          n++;
          continue;
        }
        let current = last;
        while (!c.placementStarts(current, reasons)) current--;
        let stable = shiftMonths(current, 24) <= last;
        if (!stable && isOneOf(ep.placementType, adoption) && current > start) {
          let before = current - 1;
          while (!c.placementStarts(before, reasons)) before--;
          stable = shiftMonths(before, 24) <= last;
        }
        if (stable) n++;
      }
      return n;
    }
    case 'event-within':
      for (const c of kids) {
        const met = c.eventDays(measure.event);
        for (const d of days()) {
          if (!c.startsPeriod(d)) continue;
          const status = c.episodeOn(d)!.legalStatus;
          if (isOneOf(status, measure.excludeLegalStatuses ?? [])) continue;
          const deadline = measure.working
            ? dayOf(addWorkingDays(dateOf(d), measure.days, measure.region === undefined ? {} : { region: measure.region }))
            : d + measure.days;
          const end = c.periodEnd(d);
          if (end !== null && end <= deadline) continue;
          if (measure.part === 'eligible' || met.some((e) => d <= e && e <= deadline)) n++;
        }
      }
      return n;
    case 'days-between':
      for (const c of kids) {
        for (const to of c.events) {
          if (to.type !== measure.to || !month(to.day)) continue;
          let start: number | undefined;
          if (measure.from === 'period-start') {
            if (c.inCare(to.day)) start = c.periodStart(to.day);
            else if (c.inCare(to.day - 1)) start = c.periodStart(to.day - 1); // the day care ended
          } else {
            const before = c.eventDays(measure.from).filter((e) => e <= to.day);
            if (before.length > 0) start = Math.max(...before);
          }
          if (start === undefined) {
            const before = measure.from === 'period-start' ? 'a period of care containing' : `a "${measure.from}" event on or before`;
            issues.push({ measure: name, row: to.row, message: `measure ${name} needs ${before} this "${measure.to}" event of child ${c.child.childId} on ${dateOf(to.day)}, and there is none` });
            continue;
          }
          n += measure.part === 'total' ? to.day - start : 1;
        }
      }
      return n;
    case 'events': {
      const children = new Set<string>();
      for (const c of kids) for (const e of c.events) {
        if (e.type !== measure.event || !month(e.day)) continue;
        n++;
        children.add(c.child.childId);
      }
      return measure.distinctChildren ? children.size : n;
    }
  }
}

/** Per measure: its monthly counts, or the `to` events that have no start (days-between). */
type OracleColumn = { counts: number[] } | { issues: OracleIssue[] };

/** Each measure's column on its own, for valid records and measures. */
function oracleColumns(records: CaseRecords, options: DeriveOptions): Record<string, OracleColumn> {
  const months = monthsOf(options.from, options.to);
  const lastDay = monthDays(options.to)[1];
  const events = records.events ?? [];
  const kids = records.children.map(
    (child) =>
      new ChildDays(
        child,
        records.episodes.filter((e) => e.childId === child.childId),
        events.map((event, row) => ({ event, row })).filter(({ event }) => event.childId === child.childId),
        // Far enough for every deadline of an event-within measure (at most 3650 calendar days, or working days).
        lastDay + 2 * Math.max(0, ...Object.values(options.measures).map((m) => (m.type === 'event-within' ? m.days : 0))) + 20,
      ),
  );
  const out: Record<string, OracleColumn> = {};
  for (const [name, measure] of Object.entries(options.measures)) {
    const issues: OracleIssue[] = [];
    const counts = months.map((period) => count(measure, name, kids, ...monthDays(period), issues));
    out[name] = issues.length > 0 ? { issues } : { counts };
  }
  return out;
}

/**
 * `deriveMonthly` written again as a brute-force oracle for property tests:
 * it walks every calendar day of every child and reads each monthly count
 * off those days (in care on a day: some episode has start <= day < end; a
 * period of care: a run of days in care; a placement: the first day of a
 * period, or an episode starting with a change reason). Same arguments,
 * same rows, so a test can compare the two with `toEqual`.
 *
 * It checks the counting, not the input: records and measures are assumed
 * valid (check them with `deriveMonthly` first). Like `deriveMonthly` it
 * throws an `INVALID_DATA` `IndicatorError` when a `days-between` measure
 * has an end event with no start, with one `event-without-start` issue per
 * such event (sorted by row; the messages are its own). Slow: a day at a
 * time for each child and measure, so keep records test-sized (tens of
 * children, a few years).
 *
 * @example
 * ```ts
 * import { referenceDerive } from 'council-indicators/testing';
 *
 * const rows = referenceDerive(
 *   {
 *     children: [{ childId: 'A', dateOfBirth: '2010-05-14' }],
 *     episodes: [
 *       { childId: 'A', start: '2017-01-10', end: '2017-03-01', reasonNewEpisode: 'S' },
 *       { childId: 'A', start: '2017-03-01', reasonNewEpisode: 'P' },
 *     ],
 *   },
 *   { from: '2017-01', to: '2017-03', measures: { inCare: { type: 'in-care' }, started: { type: 'started' } } },
 * );
 * rows; // [{ period: '2017-01', inCare: 1, started: 1 }, { period: '2017-02', inCare: 1, started: 0 }, { period: '2017-03', inCare: 1, started: 0 }]
 * ```
 */
export function referenceDerive(records: CaseRecords, options: DeriveOptions): DerivedRow[] {
  const columns = oracleColumns(records, options);
  const issues: IndicatorIssue[] = [];
  for (const column of Object.values(columns)) {
    if ('issues' in column) {
      for (const i of column.issues) issues.push({ code: 'event-without-start', path: `events[${i.row}]`, row: i.row, message: i.message });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues.sort((a, b) => a.row! - b.row!));
  return monthsOf(options.from, options.to).map((period, i) => {
    const row: DerivedRow = { period };
    for (const [name, column] of Object.entries(columns)) row[name] = (column as { counts: number[] }).counts[i]!;
    return row;
  });
}
