/**
 * Counters of children at month ends: in care, with N or more placements,
 * in long-term stability. Each works out the child's months as spans and
 * adds them to a difference array.
 *
 * @internal
 * @module
 */
import { OPEN } from './columns.js';
import { addMonthsToDay, birthdayMonth, monthOfDay } from './dates.js';
import { FOREVER, MonthlyDifferences, MonthSpans } from './spans.js';
import type { RecordMeasure } from './types.js';
import { Filter, hasCode, inCareMonthEnds } from './view.js';
import type { ChildView, Context, Counter } from './view.js';

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

/** Children in care at the month end (meeting the filter). */
export class InCare implements Counter {
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
export class Placements implements Counter {
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
export class Stability implements Counter {
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

