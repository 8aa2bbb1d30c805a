/**
 * Case records, once check.ts has checked them, laid out as columns of day
 * numbers: one entry per child, the episodes grouped by child in date order,
 * and the events of each type the measures read grouped by child in date
 * order. Typed arrays,
 * not an object per record, so a million episodes and eight million events
 * take tens of megabytes beside the input.
 *
 * @internal
 * @module
 */
import { IndicatorError } from '../index.js';
import { checkEpisodeSequences, checkRecords, OPEN } from './check.js';
import type { CheckedRecords, Declared, EpisodesByChild } from './check.js';
import type { CaseRecords, ChildRecord, EpisodeRecord } from './types.js';

export { OPEN };

/** The events of one type: child `c`'s are `days[offsets[c]]` up to (not including) `days[offsets[c + 1]]`, in date order. */
export interface EventColumn {
  offsets: Int32Array;
  days: Int32Array;
  /** The row of `records.events` each came from. */
  rows: Int32Array;
}

export interface CaseColumns {
  /** Children in input order. */
  children: ChildRecord[];
  birth: Int32Array;
  /** Child `c`'s episodes are `episodeOffsets[c]` up to `episodeOffsets[c + 1]`, by start date. */
  episodeOffsets: Int32Array;
  /** First day of each episode. */
  start: Int32Array;
  /** The day it ceased (in care up to the day before), or {@link OPEN}. */
  end: Int32Array;
  /** The row of `records.episodes`. */
  episodeRow: Int32Array;
  episodes: readonly EpisodeRecord[];
  /** Only the event types asked for. */
  events: Map<string, EventColumn>;
  /** How many events of each type asked for the records hold, at any date. */
  eventCounts: Map<string, number>;
  /** The earliest and latest day of any episode or event; `first > last` when there is none. */
  span: { first: number; last: number };
  /** What the records say about themselves (`eventTypes`, `coverage`). */
  declared: Declared;
}

/** Sort `keys[lo..hi)` ascending and `rows` with them (ties by row): insertion sort, as runs are short and usually sorted already. */
function sortRun(keys: Int32Array, rows: Int32Array, lo: number, hi: number, extra?: Int32Array): void {
  for (let i = lo + 1; i < hi; i++) {
    const k = keys[i]!;
    const r = rows[i]!;
    if (keys[i - 1]! < k || (keys[i - 1] === k && rows[i - 1]! <= r)) continue;
    const x = extra?.[i];
    let j = i - 1;
    while (j >= lo && (keys[j]! > k || (keys[j] === k && rows[j]! > r))) {
      keys[j + 1] = keys[j]!;
      rows[j + 1] = rows[j]!;
      if (extra !== undefined) extra[j + 1] = extra[j]!;
      j--;
    }
    keys[j + 1] = k;
    rows[j + 1] = r;
    if (extra !== undefined) extra[j + 1] = x!;
  }
}

/** Sort a longer run through an index, to avoid insertion sort's quadratic worst case. */
function sortLongRun(keys: Int32Array, rows: Int32Array, lo: number, hi: number, extra?: Int32Array): void {
  const order = Array.from({ length: hi - lo }, (_, k) => lo + k).sort((a, b) => keys[a]! - keys[b]! || rows[a]! - rows[b]!);
  const k2 = order.map((i) => keys[i]!);
  const r2 = order.map((i) => rows[i]!);
  const x2 = extra === undefined ? null : order.map((i) => extra[i]!);
  for (let i = lo; i < hi; i++) {
    keys[i] = k2[i - lo]!;
    rows[i] = r2[i - lo]!;
    if (x2 !== null) extra![i] = x2[i - lo]!;
  }
}

function sortByDay(keys: Int32Array, rows: Int32Array, lo: number, hi: number, extra?: Int32Array): void {
  if (hi - lo <= 64) sortRun(keys, rows, lo, hi, extra);
  else sortLongRun(keys, rows, lo, hi, extra);
}

/** Group `n` entries by `group` (counting sort); returns the offsets and the order. */
function groupBy(group: Int32Array, n: number, groups: number): { offsets: Int32Array; order: Int32Array } {
  const offsets = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) offsets[group[i]! + 1]!++;
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const next = offsets.slice(0, groups);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[group[i]!]!++] = i;
  return { offsets, order };
}

/**
 * Check every record (check.ts) and lay them out as columns. Throws one
 * `INVALID_DATA` error listing every problem: a malformed date, an episode
 * ending on or before the day it starts, overlapping episodes of one child,
 * a record for an unknown child, a child listed twice. Events of types not
 * in `eventTypes` are checked but not kept.
 */
export function encodeRecords(records: CaseRecords, eventTypes: ReadonlySet<string>): CaseColumns {
  const checked = checkRecords(records, eventTypes);
  const byChild = layOutEpisodes(checked);
  checkEpisodeSequences(byChild, checked);
  if (checked.issues.length > 0) throw new IndicatorError('INVALID_DATA', checked.issues);
  const { children, birth } = checked.children;
  return {
    children,
    birth,
    episodeOffsets: byChild.offsets,
    start: byChild.start,
    end: byChild.end,
    episodeRow: byChild.row,
    episodes: checked.episodes.records,
    events: layOutEvents(checked),
    eventCounts: new Map(checked.events.types.map((t, k) => [t, checked.events.counts[k]!])),
    span: checked.span,
    declared: checked.declared,
  };
}

/** The checked episodes grouped by child and sorted by start. */
function layOutEpisodes(checked: CheckedRecords): EpisodesByChild {
  const { n, child: epChild, start: epStart, end: epEnd, row: epRow } = checked.episodes;
  const childCount = checked.children.children.length;
  // In child order, reusing the buffers the grouping is done with: allocations
  // are kept few, as each one can set off a collection of the caller's heap.
  const byChild = groupBy(epChild, n, childCount);
  const start = epChild.subarray(0, n);
  const episodeRow = byChild.order;
  const end = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = episodeRow[k]!;
    start[k] = epStart[i]!;
    end[k] = epEnd[i]!;
    episodeRow[k] = epRow[i]!;
  }
  const episodeOffsets = byChild.offsets;
  for (let c = 0; c < childCount; c++) sortByDay(start, episodeRow, episodeOffsets[c]!, episodeOffsets[c + 1]!, end);
  return { offsets: episodeOffsets, start, end, row: episodeRow };
}

/** The checked events of the types asked for, grouped by type and child and sorted by day. */
function layOutEvents(checked: CheckedRecords): Map<string, EventColumn> {
  const { kept, key: evKey, day: evDay, row: evRow, types } = checked.events;
  const childCount = checked.children.children.length;
  // Grouped by type and child, in the buffers already allocated: days where
  // the keys were, rows where the grouping order was.
  const events = new Map<string, EventColumn>();
  const byKey = groupBy(evKey, kept, types.length * childCount);
  const days = evKey.subarray(0, kept);
  const rows = byKey.order;
  for (let k = 0; k < kept; k++) {
    const i = rows[k]!;
    days[k] = evDay[i]!;
    rows[k] = evRow[i]!;
  }
  // Each type's column is a view: its offsets index the shared days and rows.
  types.forEach((type, t) => {
    const offsets = byKey.offsets.subarray(t * childCount, (t + 1) * childCount + 1);
    for (let c = 0; c < childCount; c++) sortByDay(days, rows, offsets[c]!, offsets[c + 1]!);
    events.set(type, { offsets, days, rows });
  });
  return events;
}
