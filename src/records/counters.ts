/**
 * One counter per record measure. `deriveMonthly` shows each child to every
 * counter once: its periods of care (episodes joined where one starts the
 * day the last ended), its episodes and its events. Counts at month ends
 * (in care, placements, stability) are worked out as spans of months and
 * added to difference arrays; counts of things that happen (starts, ends,
 * events) go straight to their month.
 *
 * @internal
 * @module
 */
import { isIndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { formatDay, tryParseDay } from './bank-holidays.js';
import { OPEN } from './columns.js';
import type { CaseColumns, EventColumn } from './columns.js';
import { addMonthsToDay, birthday, birthdayMonth, monthOfDay, monthsBefore } from './dates.js';
import { FOREVER, MonthlyDifferences, MonthSpans } from './spans.js';
import type { ChildFilter, ChildRecord, Duration, RecordMeasure } from './types.js';
import { addWorkingDays } from './working-days.js';

/**
 * reasonNewEpisode codes that start a new placement by default: every
 * SSDA903 reason but L (a change of legal status only). The first episode
 * of a period of care always starts a placement.
 *
 * @example
 * ```ts
 * import { DEFAULT_PLACEMENT_CHANGE_REASONS } from 'council-indicators/records';
 *
 * DEFAULT_PLACEMENT_CHANGE_REASONS.includes('L'); // false
 * DEFAULT_PLACEMENT_CHANGE_REASONS.includes('P'); // true
 * ```
 */
export const DEFAULT_PLACEMENT_CHANGE_REASONS: readonly string[] = ['S', 'P', 'T', 'U', 'B'];
/**
 * placementType codes of a placement for adoption (SSDA903 A3 to A6), used
 * by long-term stability.
 *
 * @example
 * ```ts
 * import { DEFAULT_ADOPTION_PLACEMENT_TYPES } from 'council-indicators/records';
 *
 * DEFAULT_ADOPTION_PLACEMENT_TYPES; // ['A3', 'A4', 'A5', 'A6']
 * ```
 */
export const DEFAULT_ADOPTION_PLACEMENT_TYPES: readonly string[] = ['A3', 'A4', 'A5', 'A6'];

/** The records as columns, with each episode's months worked out once for every counter. */
export interface Context {
  cols: CaseColumns;
  /** The month each episode starts in. */
  startMonth: Int32Array;
  /** The last month whose last day the child is in care during the episode ({@link FOREVER} while open). */
  lastMonth: Int32Array;
  /** The report's first and last months. */
  first: number;
  last: number;
}

/** One child, as the counters see it. */
export interface ChildView {
  /** Index into the columns. */
  c: number;
  record: ChildRecord;
  birth: number;
  periods: number;
  /** Period `p`'s episodes are `periodStart[p]` up to `periodStart[p + 1]`. */
  periodStart: number[];
}

export interface Counter {
  count(child: ChildView): void;
  /** One number per month of the report. */
  totals(): number[];
}

/** A record's code as a string, or null when it has none. */
function code(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

function hasCode(list: readonly string[] | undefined, value: unknown): boolean {
  const c = code(value);
  return list !== undefined && c !== null && list.includes(c);
}

type Attributes = readonly (readonly [string, readonly string[]])[];

function attributeMatches(record: Record<string, unknown>, wanted: Attributes | undefined): boolean {
  if (wanted === undefined) return true;
  for (let i = 0; i < wanted.length; i++) if (!hasCode(wanted[i]![1], record[wanted[i]![0]])) return false;
  return true;
}

function addDuration(day: number, d: Duration): number {
  return addMonthsToDay(day, (d.years ?? 0) * 12 + (d.months ?? 0)) + (d.days ?? 0);
}

/** Index of the first of `a[lo..hi)` greater than `x` (sorted). */
function upperBound(a: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An empty event column, for a type no record has. */
function eventsOf(ctx: Context, type: string): EventColumn {
  return ctx.cols.events.get(type) ?? { offsets: new Int32Array(ctx.cols.children.length + 1), days: new Int32Array(0), rows: new Int32Array(0) };
}

/** A filter with its attribute lists and event column looked up once. */
class Filter {
  private readonly episode: Attributes | undefined;
  private readonly child: Attributes | undefined;
  private readonly events: EventColumn | undefined;
  private readonly coverage = new MonthSpans();
  private readonly scratch = new MonthSpans();

  constructor(
    private readonly f: ChildFilter,
    private readonly ctx: Context,
  ) {
    this.episode = f.episode === undefined ? undefined : Object.entries(f.episode);
    this.child = f.child === undefined ? undefined : Object.entries(f.child);
    this.events = f.hadEvent === undefined ? undefined : eventsOf(ctx, f.hadEvent.type);
  }

  childMatches(v: ChildView): boolean {
    return attributeMatches(v.record, this.child);
  }

  episodeMatches(k: number): boolean {
    const { cols } = this.ctx;
    return attributeMatches(cols.episodes[cols.episodeRow[k]!] as Record<string, unknown>, this.episode);
  }

  /** First month end on which the child is old enough. */
  oldEnoughFrom(v: ChildView): number {
    return this.f.ageAtLeast === undefined ? -FOREVER : birthdayMonth(v.birth, this.f.ageAtLeast);
  }

  /** Last month end on which the child is young enough: before the `ageBelow` birthday. */
  youngEnoughTo(v: ChildView): number {
    return this.f.ageBelow === undefined ? FOREVER : birthdayMonth(v.birth, this.f.ageBelow) - 1;
  }

  /** First month end on which a period of care that started on `start` has lasted long enough. */
  lastedFrom(start: number): number {
    return this.f.inCareAtLeast === undefined ? -FOREVER : monthOfDay(addDuration(start, this.f.inCareAtLeast));
  }

  /**
   * Keep only the month ends with an event of the type in the `withinMonths`
   * months up to them: an event in month m covers m to m + withinMonths - 1.
   */
  restrictToEvents(v: ChildView, spans: MonthSpans): void {
    const had = this.f.hadEvent;
    if (had === undefined || spans.length === 0) return;
    const { offsets, days } = this.events!;
    const coverage = this.coverage.clear();
    for (let k = offsets[v.c]!; k < offsets[v.c + 1]!; k++) {
      const m = monthOfDay(days[k]!);
      coverage.push(m, m + had.withinMonths - 1);
    }
    spans.intersect(coverage, this.scratch);
  }

  /** Whether the child meets the filter on `day` (any day, not only a month end), in the period that started on `periodStart`, during episode `k`. */
  meetsOn(v: ChildView, day: number, periodStart: number, k: number): boolean {
    const f = this.f;
    if (f.ageAtLeast !== undefined && day < birthday(v.birth, f.ageAtLeast)) return false;
    if (f.ageBelow !== undefined && day >= birthday(v.birth, f.ageBelow)) return false;
    if (f.inCareAtLeast !== undefined && addDuration(periodStart, f.inCareAtLeast) > day) return false;
    if (!this.episodeMatches(k) || !this.childMatches(v)) return false;
    if (f.hadEvent !== undefined) {
      const { offsets, days } = this.events!;
      const i = upperBound(days, offsets[v.c]!, offsets[v.c + 1]!, day) - 1; // the last event on or before the day
      if (i < offsets[v.c]! || days[i]! <= monthsBefore(day, f.hadEvent.withinMonths)) return false;
    }
    return true;
  }
}

/** The month ends in the report on which the child is in care (and meets `filter`, if given), into `out`. */
function inCareMonthEnds(ctx: Context, v: ChildView, out: MonthSpans, filter?: Filter): void {
  out.clear();
  if (filter !== undefined && !filter.childMatches(v)) return;
  const { cols, startMonth, lastMonth } = ctx;
  const from = filter === undefined ? ctx.first : Math.max(ctx.first, filter.oldEnoughFrom(v));
  const to = filter === undefined ? ctx.last : Math.min(ctx.last, filter.youngEnoughTo(v));
  if (from > to) return;
  for (let p = 0; p < v.periods; p++) {
    const e0 = v.periodStart[p]!;
    const e1 = v.periodStart[p + 1]!;
    if (lastMonth[e1 - 1]! < from || startMonth[e0]! > to) continue;
    const lasted = filter === undefined ? from : Math.max(from, filter.lastedFrom(cols.start[e0]!));
    for (let k = e0; k < e1; k++) {
      if (filter !== undefined && !filter.episodeMatches(k)) continue;
      out.push(Math.max(lasted, startMonth[k]!), Math.min(to, lastMonth[k]!));
    }
  }
  filter?.restrictToEvents(v, out);
}

/** Children in care at the month end (meeting the filter). */
class InCare implements Counter {
  private readonly out: MonthlyDifferences;
  private readonly filter: Filter | undefined;
  private readonly spans = new MonthSpans();

  constructor(
    m: Extract<RecordMeasure, { type: 'in-care' }>,
    private readonly ctx: Context,
  ) {
    this.out = new MonthlyDifferences(ctx.first, ctx.last);
    this.filter = m.filter === undefined ? undefined : new Filter(m.filter, ctx);
  }

  count(v: ChildView): void {
    inCareMonthEnds(this.ctx, v, this.spans, this.filter);
    this.out.addAll(this.spans);
  }

  totals(): number[] {
    return this.out.totals();
  }
}

/** Counts of things that happen on a day, by the month they happen in. */
class Monthly {
  readonly counts: number[];

  constructor(private readonly ctx: Context) {
    this.counts = new Array<number>(ctx.last - ctx.first + 1).fill(0);
  }

  /** Index of the day's month in the report, or -1. */
  at(day: number): number {
    const m = monthOfDay(day);
    return m >= this.ctx.first && m <= this.ctx.last ? m - this.ctx.first : -1;
  }
}

/** Periods of care that started in the month (the child meeting the filter on that day). */
class Started implements Counter {
  private readonly out: Monthly;
  private readonly filter: Filter | undefined;

  constructor(
    m: Extract<RecordMeasure, { type: 'started' }>,
    private readonly ctx: Context,
  ) {
    this.out = new Monthly(ctx);
    this.filter = m.filter === undefined ? undefined : new Filter(m.filter, ctx);
  }

  count(v: ChildView): void {
    const { start } = this.ctx.cols;
    for (let p = 0; p < v.periods; p++) {
      const k = v.periodStart[p]!;
      const at = this.out.at(start[k]!);
      if (at >= 0 && (this.filter === undefined || this.filter.meetsOn(v, start[k]!, start[k]!, k))) this.out.counts[at]! += 1;
    }
  }

  totals(): number[] {
    return this.out.counts;
  }
}

/** Periods of care that ended in the month (for one of the reasons). */
class Ended implements Counter {
  private readonly out: Monthly;

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'ended' }>,
    private readonly ctx: Context,
  ) {
    this.out = new Monthly(ctx);
  }

  count(v: ChildView): void {
    const { end, episodes, episodeRow } = this.ctx.cols;
    for (let p = 0; p < v.periods; p++) {
      const k = v.periodStart[p + 1]! - 1; // the period's last episode
      if (end[k] === OPEN) continue;
      const at = this.out.at(end[k]!);
      if (at >= 0 && (this.m.reasons === undefined || hasCode(this.m.reasons, episodes[episodeRow[k]!]!.reasonEnded))) this.out.counts[at]! += 1;
    }
  }

  totals(): number[] {
    return this.out.counts;
  }
}

/** Whether episode `k`, in a period whose first episode is `first`, starts a placement. */
function startsPlacement(ctx: Context, k: number, first: number, reasons: readonly string[]): boolean {
  return k === first || hasCode(reasons, ctx.cols.episodes[ctx.cols.episodeRow[k]!]!.reasonNewEpisode);
}

/**
 * Children in care at the month end (meeting the filter) with at least
 * `atLeast` placements in the `withinMonths` whole months up to it. A
 * placement (from its start to the next placement's start or the end of
 * care) counts at month end m when it started by m's last day and lasted
 * into the window's first day: so for months from the one it started in to
 * `withinMonths - 1` months after the one it ended in.
 */
class Placements implements Counter {
  private readonly out: MonthlyDifferences;
  private readonly filter: Filter | undefined;
  private readonly reasons: readonly string[];
  private readonly within: number;
  private readonly spans = new MonthSpans();
  private readonly enough = new MonthSpans();
  private readonly scratch = new MonthSpans();
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'placements' }>,
    private readonly ctx: Context,
  ) {
    this.out = new MonthlyDifferences(ctx.first, ctx.last);
    this.filter = m.filter === undefined ? undefined : new Filter(m.filter, ctx);
    this.reasons = m.changeReasons ?? DEFAULT_PLACEMENT_CHANGE_REASONS;
    this.within = m.withinMonths ?? 12;
  }

  count(v: ChildView): void {
    inCareMonthEnds(this.ctx, v, this.spans, this.filter);
    if (this.spans.length === 0) return;
    // Each placement's months, in order (both ends ascend: placements follow one another).
    const { cols, startMonth } = this.ctx;
    const { from, to } = this;
    let n = 0;
    for (let p = 0; p < v.periods; p++) {
      const e0 = v.periodStart[p]!;
      const e1 = v.periodStart[p + 1]!;
      for (let k = e0; k < e1; k++) {
        if (!startsPlacement(this.ctx, k, e0, this.reasons)) continue;
        if (n > 0 && to[n - 1] === -1) to[n - 1] = monthOfDay(cols.start[k]! - 1) + this.within - 1;
        from[n] = startMonth[k]!;
        to[n] = -1; // until the next placement in this period starts
        n++;
      }
      const end = cols.end[e1 - 1]!;
      to[n - 1] = end === OPEN ? FOREVER : monthOfDay(end - 1) + this.within - 1;
    }
    // Where at least `atLeast` placements count: a sweep over starts and ends.
    const enough = this.enough.clear();
    let i = 0;
    let j = 0;
    let open = 0;
    let since = -1;
    while (i < n || j < n) {
      const month = Math.min(i < n ? from[i]! : Infinity, j < n ? to[j]! + 1 : Infinity);
      while (i < n && from[i] === month) (open++, i++);
      while (j < n && to[j]! + 1 === month) (open--, j++);
      if (open >= this.m.atLeast && since < 0) since = month;
      else if (open < this.m.atLeast && since >= 0) {
        enough.push(since, month - 1);
        since = -1;
      }
    }
    if (since >= 0) enough.push(since, FOREVER);
    this.spans.intersect(enough, this.scratch);
    this.out.addAll(this.spans);
  }

  totals(): number[] {
    return this.out.totals();
  }
}

/**
 * Long-term stability at month ends: `eligible` are under 16 and in care
 * 2.5 years (and meet the filter); `stable` of those, in the same placement
 * 2 years, or placed for adoption with that placement and the one before
 * lasting 2 years.
 */
class Stability implements Counter {
  private readonly out: MonthlyDifferences;
  private readonly reasons: readonly string[];
  private readonly adoption: readonly string[];
  private readonly filter: Filter | undefined;
  private readonly spans = new MonthSpans();
  private readonly allowed = new MonthSpans();
  private readonly scratch = new MonthSpans();

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'long-term-stability' }>,
    private readonly ctx: Context,
  ) {
    this.out = new MonthlyDifferences(ctx.first, ctx.last);
    this.reasons = m.changeReasons ?? DEFAULT_PLACEMENT_CHANGE_REASONS;
    this.adoption = m.adoptionPlacementTypes ?? DEFAULT_ADOPTION_PLACEMENT_TYPES;
    this.filter = m.filter === undefined ? undefined : new Filter(m.filter, ctx);
  }

  count(v: ChildView): void {
    const { cols, startMonth, lastMonth, first } = this.ctx;
    const under16 = birthdayMonth(v.birth, 16) - 1;
    if (under16 < first) return;
    const spans = this.spans.clear();
    for (let p = 0; p < v.periods; p++) {
      const e0 = v.periodStart[p]!;
      const e1 = v.periodStart[p + 1]!;
      if (lastMonth[e1 - 1]! < first) continue;
      const longEnough = monthOfDay(addMonthsToDay(cols.start[e0]!, 30));
      let current = -1;
      let previous = -1; // the placement before the current one, in this period
      for (let k = e0; k < e1; k++) {
        if (startsPlacement(this.ctx, k, e0, this.reasons)) {
          previous = current;
          current = cols.start[k]!;
        }
        let from = Math.max(longEnough, startMonth[k]!);
        const to = Math.min(under16, lastMonth[k]!);
        if (from > to) continue;
        if (this.m.part === 'stable') {
          let stableFrom = monthOfDay(addMonthsToDay(current, 24));
          if (previous >= 0 && hasCode(this.adoption, cols.episodes[cols.episodeRow[k]!]!.placementType)) {
            stableFrom = Math.min(stableFrom, monthOfDay(addMonthsToDay(previous, 24)));
          }
          from = Math.max(from, stableFrom);
        }
        spans.push(from, to);
      }
    }
    if (this.filter !== undefined) {
      inCareMonthEnds(this.ctx, v, this.allowed, this.filter);
      spans.intersect(this.allowed, this.scratch);
    }
    this.out.addAll(spans);
  }

  totals(): number[] {
    return this.out.totals();
  }
}

/**
 * Periods of care started in the month, not closed within the time allowed
 * and not starting on an excluded legal status (`eligible`), and of those
 * the ones with the event within `days` (working) days (`met`).
 */
class EventWithin implements Counter {
  private readonly out: Monthly;
  private readonly events: EventColumn;
  /** Deadline by start day, or the reason there is none: a few thousand distinct start days serve a million periods. */
  private readonly deadlines = new Map<number, number | string>();

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'event-within' }>,
    private readonly ctx: Context,
    private readonly issues: IndicatorIssue[],
    private readonly name: string,
  ) {
    this.out = new Monthly(ctx);
    this.events = eventsOf(ctx, m.event);
  }

  private deadline(start: number): number | string {
    let known = this.deadlines.get(start);
    if (known !== undefined) return known;
    if (!this.m.working) known = start + this.m.days;
    else {
      try {
        const region = this.m.region === undefined ? {} : { region: this.m.region };
        known = tryParseDay(addWorkingDays(formatDay(start), this.m.days, region))!; // a date addWorkingDays wrote
      } catch (e) {
        if (!isIndicatorError(e)) throw e;
        known = e.issues[0]?.message ?? e.message;
      }
    }
    this.deadlines.set(start, known);
    return known;
  }

  count(v: ChildView): void {
    const { start, end, episodes, episodeRow } = this.ctx.cols;
    const { offsets, days } = this.events;
    for (let p = 0; p < v.periods; p++) {
      const k = v.periodStart[p]!;
      const at = this.out.at(start[k]!);
      if (at < 0) continue;
      const row = episodeRow[k]!;
      if (hasCode(this.m.excludeLegalStatuses, episodes[row]!.legalStatus)) continue;
      const deadline = this.deadline(start[k]!);
      if (typeof deadline === 'string') {
        this.issues.push({ path: `episodes[${row}].start`, row, field: 'start', message: `measure ${this.name} counts working days from this date: ${deadline}` });
        continue;
      }
      // Periods of care that closed within the time allowed are excluded.
      const periodEnd = end[v.periodStart[p + 1]! - 1]!;
      if (periodEnd !== OPEN && periodEnd <= deadline) continue;
      if (this.m.part === 'eligible') this.out.counts[at]! += 1;
      else {
        const i = upperBound(days, offsets[v.c]!, offsets[v.c + 1]!, start[k]! - 1); // the first event on or after the start
        if (i < offsets[v.c + 1]! && days[i]! <= deadline) this.out.counts[at]! += 1;
      }
    }
  }

  totals(): number[] {
    return this.out.counts;
  }
}

/** Days from a `from` event (or the start of the period of care) to each `to` event in the month: their total, or how many. */
class DaysBetween implements Counter {
  private readonly out: Monthly;
  private readonly to: EventColumn;
  private readonly from: EventColumn | null;

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'days-between' }>,
    private readonly ctx: Context,
    private readonly issues: IndicatorIssue[],
    private readonly name: string,
  ) {
    this.out = new Monthly(ctx);
    this.to = eventsOf(ctx, m.to);
    this.from = m.from === 'period-start' ? null : eventsOf(ctx, m.from);
  }

  private startFor(v: ChildView, day: number): number | undefined {
    const { start, end } = this.ctx.cols;
    if (this.from === null) {
      // The period of care the event falls in (its last day included: an adoption ends care that day).
      for (let p = 0; p < v.periods; p++) {
        const first = start[v.periodStart[p]!]!;
        const last = end[v.periodStart[p + 1]! - 1]!;
        if (first <= day && day <= last) return first;
      }
      return undefined;
    }
    const { offsets, days } = this.from;
    const i = upperBound(days, offsets[v.c]!, offsets[v.c + 1]!, day) - 1;
    return i >= offsets[v.c]! ? days[i] : undefined;
  }

  count(v: ChildView): void {
    const { offsets, days, rows } = this.to;
    for (let k = offsets[v.c]!; k < offsets[v.c + 1]!; k++) {
      const day = days[k]!;
      const at = this.out.at(day);
      if (at < 0) continue;
      const start = this.startFor(v, day);
      if (start === undefined) {
        const childId = v.record.childId;
        this.issues.push({
          path: `events[${rows[k]}]`,
          row: rows[k]!,
          message:
            this.m.from === 'period-start'
              ? `measure ${this.name} needs a period of care containing this "${this.m.to}" event of child ${childId} on ${formatDay(day)}, and there is none`
              : `measure ${this.name} needs a "${this.m.from}" event on or before this "${this.m.to}" event of child ${childId} on ${formatDay(day)}, and there is none`,
        });
        continue;
      }
      this.out.counts[at]! += this.m.part === 'total' ? day - start : 1;
    }
  }

  totals(): number[] {
    return this.out.counts;
  }
}

/** Events of a type in the month, or the children they happened to. */
class Events implements Counter {
  private readonly out: Monthly;
  private readonly events: EventColumn;

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'events' }>,
    ctx: Context,
  ) {
    this.out = new Monthly(ctx);
    this.events = eventsOf(ctx, m.event);
  }

  count(v: ChildView): void {
    const { offsets, days } = this.events;
    let lastAt = -1;
    for (let k = offsets[v.c]!; k < offsets[v.c + 1]!; k++) {
      const at = this.out.at(days[k]!);
      if (at < 0 || (this.m.distinctChildren && at === lastAt)) continue;
      this.out.counts[at]! += 1;
      lastAt = at;
    }
  }

  totals(): number[] {
    return this.out.counts;
  }
}

/** The counter for a measure; problems found while counting go to `issues`. */
export function counterFor(measure: RecordMeasure, ctx: Context, issues: IndicatorIssue[], name: string): Counter {
  switch (measure.type) {
    case 'in-care':
      return new InCare(measure, ctx);
    case 'started':
      return new Started(measure, ctx);
    case 'ended':
      return new Ended(measure, ctx);
    case 'placements':
      return new Placements(measure, ctx);
    case 'long-term-stability':
      return new Stability(measure, ctx);
    case 'event-within':
      return new EventWithin(measure, ctx, issues, name);
    case 'days-between':
      return new DaysBetween(measure, ctx, issues, name);
    case 'events':
      return new Events(measure, ctx);
  }
}

/** The event types a set of measures reads. */
export function eventTypesRead(measures: readonly RecordMeasure[]): Set<string> {
  const types = new Set<string>();
  const filter = (f: ChildFilter | undefined) => f?.hadEvent !== undefined && types.add(f.hadEvent.type);
  for (const m of measures) {
    if (m.type === 'in-care' || m.type === 'started' || m.type === 'placements' || m.type === 'long-term-stability') filter(m.filter);
    else if (m.type === 'event-within' || m.type === 'events') types.add(m.event);
    else if (m.type === 'days-between') {
      types.add(m.to);
      types.add(m.from);
    }
  }
  return types;
}
