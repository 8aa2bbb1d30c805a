/**
 * How the counters see the records: the columns with each episode's months,
 * one child at a time, and the filters on a child, worked out as spans of
 * months (at month ends) or checked on a day.
 *
 * @internal
 * @module
 */
import type { CaseColumns, EventColumn } from './columns.js';
import { addMonthsToDay, birthday, birthdayMonth, monthOfDay, monthsBefore } from './dates.js';
import { codeText, own } from './input.js';
import { FOREVER, MonthSpans } from './spans.js';
import type { ChildFilter, ChildRecord, Duration } from './types.js';

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

/** Whether the record's code is one of the list (a missing code is in no list). */
export function hasCode(list: readonly string[] | undefined, value: unknown): boolean {
  const c = codeText(value);
  return list !== undefined && c !== null && list.includes(c);
}

type Attributes = readonly (readonly [string, readonly string[]])[];

/** Whether each attribute the filter names is one of its codes; the record's own attributes only (a filter on `toString` reads no child's). */
function attributeMatches(record: object, wanted: Attributes | undefined): boolean {
  if (wanted === undefined) return true;
  for (let i = 0; i < wanted.length; i++) if (!hasCode(wanted[i]![1], own(record, wanted[i]![0]))) return false;
  return true;
}

function addDuration(day: number, d: Duration): number {
  return addMonthsToDay(day, (d.years ?? 0) * 12 + (d.months ?? 0)) + (d.days ?? 0);
}

/** Index of the first of `a[lo..hi)` greater than `x` (sorted). */
export function upperBound(a: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An empty event column, for a type no record has. */
export function eventsOf(ctx: Context, type: string): EventColumn {
  return ctx.cols.events.get(type) ?? { offsets: new Int32Array(ctx.cols.children.length + 1), days: new Int32Array(0), rows: new Int32Array(0) };
}

/** A filter with its attribute lists and event column looked up once. */
export class Filter {
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
    return attributeMatches(cols.episodes[cols.episodeRow[k]!]!, this.episode);
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
export function inCareMonthEnds(ctx: Context, v: ChildView, out: MonthSpans, filter?: Filter): void {
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

