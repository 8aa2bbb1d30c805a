/**
 * A brute-force reference for `deriveMonthly`: it walks every calendar day
 * of every child, from the day before its first episode to past the end of
 * the range, and reads every monthly number off those days.
 *
 * It shares nothing with src/records but the record types and
 * `addWorkingDays` (tested on its own in working-days.test.ts). Dates are
 * UTC-only `Date` arithmetic. Records are assumed valid: no checking here.
 *
 * The definitions, in day terms:
 * - a child is in care on day d when an episode has start <= d < end;
 * - a period of care is a maximal run of days in care (adjacent episodes
 *   join, since there is no day out of care between them); it starts on its
 *   first day and ends on the first day after it (null while open);
 * - a placement starts on day d when the child is in care on d and either
 *   was not in care on d - 1 (the first episode of a period) or an episode
 *   starting on d has a reasonNewEpisode in the change reasons.
 */
import { addWorkingDays } from 'council-indicators/records';
import type { CaseRecords, ChildFilter, ChildRecord, DeriveOptions, DerivedRow, Duration, EpisodeRecord, EventRecord, RecordMeasure } from 'council-indicators/records';

const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------
// Dates: day numbers (days since 1970-01-01) through Date.UTC only.

export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function civil(day: number): [number, number, number] {
  const t = new Date(day * MS_PER_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function lengthOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same date `n` months later (earlier when negative), clamped to the month's length. */
export function shiftMonths(day: number, n: number): number {
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return Date.UTC(ny, nm - 1, Math.min(d, lengthOfMonth(ny, nm))) / MS_PER_DAY;
}

/**
 * The day `n` months before `day`: from a month's last day, the last day of
 * the month `n` months earlier (so a window ending at a month end is `n`
 * whole months); otherwise the same date, clamped to the month's length.
 */
export function monthsBefore(day: number, n: number): number {
  const [y, m] = civil(day);
  if (civil(day + 1)[1] !== m) {
    const total = y * 12 + (m - 1) - n;
    const ny = Math.floor(total / 12);
    const nm = total - ny * 12 + 1;
    return Date.UTC(ny, nm - 1, lengthOfMonth(ny, nm)) / MS_PER_DAY;
  }
  return shiftMonths(day, -n);
}

/** Start + a duration: years and months together (one clamp), then days. */
function plusDuration(day: number, d: Duration): number {
  return shiftMonths(day, (d.years ?? 0) * 12 + (d.months ?? 0)) + (d.days ?? 0);
}

/** The day someone born on `birth` turns `n`: a 29 February birthday falls on 1 March in common years. */
export function birthdayOf(birth: number, n: number): number {
  const [y, m, d] = civil(birth);
  if (m === 2 && d === 29 && lengthOfMonth(y + n, 2) === 28) return Date.UTC(y + n, 2, 1) / MS_PER_DAY;
  return Date.UTC(y + n, m - 1, d) / MS_PER_DAY;
}

/** Age in whole years on `day`. */
export function ageOn(birth: number, day: number): number {
  const years = civil(day)[0] - civil(birth)[0];
  return day < birthdayOf(birth, years) ? years - 1 : years;
}

/** First and last day of a `YYYY-MM` month. */
function monthDays(period: string): [number, number] {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return [Date.UTC(y, m - 1, 1) / MS_PER_DAY, Date.UTC(y, m, 0) / MS_PER_DAY];
}

function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to;
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p === last) return out;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

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
export interface OracleIssue {
  measure: string;
  row: number;
}

export class OracleDataError extends Error {
  constructor(readonly issues: OracleIssue[]) {
    super(`oracle: ${issues.length} days-between events without a start`);
  }
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
            issues.push({ measure: name, row: to.row });
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

/** Per measure: its monthly counts, or the rows of the `to` events that have no start (days-between). */
export type OracleColumn = { counts: number[] } | { errorRows: number[] };

/** Each measure's column on its own, for valid records and measures. */
export function oracleColumns(records: CaseRecords, options: DeriveOptions): Record<string, OracleColumn> {
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
    out[name] = issues.length > 0 ? { errorRows: issues.map((i) => i.row) } : { counts };
  }
  return out;
}

/**
 * The monthly rows `deriveMonthly(records, options)` should give for valid
 * records and measures. Throws {@link OracleDataError} listing the
 * days-between `to` events that have no start.
 */
export function oracleMonthly(records: CaseRecords, options: DeriveOptions): DerivedRow[] {
  const columns = oracleColumns(records, options);
  const issues: OracleIssue[] = [];
  for (const [measure, column] of Object.entries(columns)) {
    if ('errorRows' in column) issues.push(...column.errorRows.map((row) => ({ measure, row })));
  }
  if (issues.length > 0) throw new OracleDataError(issues);
  return monthsOf(options.from, options.to).map((period, i) => {
    const row: DerivedRow = { period };
    for (const [name, column] of Object.entries(columns)) row[name] = (column as { counts: number[] }).counts[i]!;
    return row;
  });
}
