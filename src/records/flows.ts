/**
 * Counters of things that happen on a day, by the month they happen in:
 * periods of care started and ended, events within a deadline of entering
 * care, days between events, events.
 *
 * @internal
 * @module
 */
import { isIndicatorError } from '../index.js';
import type { IndicatorIssue } from '../index.js';
import { formatDay, tryParseDay } from './calendar.js';
import { OPEN } from './columns.js';
import type { EventColumn } from './columns.js';
import { monthOfDay } from './dates.js';
import type { RecordMeasure } from './types.js';
import { addWorkingDays } from './working-days.js';
import { eventsOf, Filter, hasCode, upperBound } from './view.js';
import type { ChildView, Context, Counter } from './view.js';

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
export class Started implements Counter {
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
export class Ended implements Counter {
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

/**
 * Periods of care started in the month, not closed within the time allowed
 * and not starting on an excluded legal status (`eligible`), and of those
 * the ones with the event within `days` (working) days (`met`).
 */
export class EventWithin implements Counter {
  private readonly out: Monthly;
  private readonly events: EventColumn;
  /** Deadline by start day, or the issue saying why there is none: a few thousand distinct start days serve a million periods. */
  private readonly deadlines = new Map<number, number | IndicatorIssue>();

  constructor(
    private readonly m: Extract<RecordMeasure, { type: 'event-within' }>,
    private readonly ctx: Context,
    private readonly issues: IndicatorIssue[],
    private readonly name: string,
  ) {
    this.out = new Monthly(ctx);
    this.events = eventsOf(ctx, m.event);
  }

  private deadline(start: number): number | IndicatorIssue {
    let known = this.deadlines.get(start);
    if (known !== undefined) return known;
    if (!this.m.working) known = start + this.m.days;
    else {
      try {
        const region = this.m.region === undefined ? {} : { region: this.m.region };
        known = tryParseDay(addWorkingDays(formatDay(start), this.m.days, region))!; // a date addWorkingDays wrote
      } catch (e) {
        if (!isIndicatorError(e)) throw e;
        known = e.issues[0] ?? { code: 'date-out-of-range', path: '', message: e.message };
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
      if (typeof deadline !== 'number') {
        this.issues.push({
          code: deadline.code,
          path: `episodes[${row}].start`,
          row,
          field: 'start',
          message: `measure ${this.name} counts working days from this date: ${deadline.message}`,
        });
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
export class DaysBetween implements Counter {
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
          code: 'event-without-start',
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
export class Events implements Counter {
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

