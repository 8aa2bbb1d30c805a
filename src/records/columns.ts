/**
 * Case records checked and laid out as columns of day numbers: one entry
 * per child, the episodes grouped by child in date order, and the events of
 * each type the measures read grouped by child in date order. Typed arrays,
 * not an object per record, so a million episodes and eight million events
 * take tens of megabytes beside the input.
 *
 * @internal
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { formatDay, tryParseDay } from './bank-holidays.js';
import type { CaseRecords, ChildRecord, EpisodeRecord } from './types.js';

/** `end` of an episode that is still open. */
export const OPEN = 0x7fffffff;

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
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const shown = (x: unknown) => (typeof x === 'string' ? JSON.stringify(x) : String(x));

function dateIssue(value: unknown, path: string, row: number, field: string, what: string): IndicatorIssue {
  return {
    path,
    row,
    field,
    message: value === undefined || value === null ? `the ${what} has no ${field}` : `${field} ${shown(value)} is not a real calendar date in YYYY-MM-DD form`,
  };
}

const span = (start: number, end: number) => `${formatDay(start)} to ${end === OPEN ? 'open' : formatDay(end)}`;

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

/** The child a record belongs to, by `childId`. */
class ChildLookup {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    /** Children whose own row is wrong: their records are not also reported as for an unknown child. */
    private readonly flawed: ReadonlySet<string>,
    private readonly issues: IndicatorIssue[],
    private readonly table: 'episodes' | 'events',
  ) {}

  /** The child's index, or -1 when there is no such child. */
  find(id: unknown): number {
    // No cache of the last child: comparing two different id strings costs
    // more than the lookup when rows come in no useful order.
    return (typeof id === 'string' ? this.index.get(id) : undefined) ?? -1;
  }

  /** Report row `i` as a record for an unknown child (unless its child's own row is wrong). */
  unknown(id: unknown, i: number): void {
    if (this.flawed.has(id as string)) return;
    const what = this.table === 'episodes' ? 'episode' : 'event';
    this.issues.push({ path: `${this.table}[${i}].childId`, row: i, field: 'childId', message: `${what} for unknown child ${shown(id)}` });
  }
}

/** Events whose children are looked up together, before anything else is read of them (see the events loop). */
const EVENT_CHUNK = 1024;

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
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
 * Check every record and lay them out as columns. Throws one `INVALID_DATA`
 * error listing every problem: a malformed date, an episode ending on or
 * before the day it starts, overlapping episodes of one child, a record for
 * an unknown child, a child listed twice. Events of types not in
 * `eventTypes` are checked but not kept.
 */
export function encodeRecords(records: CaseRecords, eventTypes: ReadonlySet<string>): CaseColumns {
  if (!isObject(records) || !Array.isArray(records.children) || !Array.isArray(records.episodes)) {
    throw new IndicatorError('INVALID_DATA', [
      { path: 'records', message: 'records must be an object with children and episodes arrays (events optional)' },
    ]);
  }
  if (records.events !== undefined && !Array.isArray(records.events)) {
    throw new IndicatorError('INVALID_DATA', [{ path: 'records.events', message: 'events must be an array when given' }]);
  }
  const issues: IndicatorIssue[] = [];

  // Children.
  const index = new Map<string, number>();
  // Children whose own row is wrong: their episodes and events are not also reported as unknown.
  const flawed = new Set<string>();
  const children: ChildRecord[] = [];
  const inputChildren: readonly unknown[] = records.children;
  const birth = new Int32Array(inputChildren.length);
  for (let i = 0; i < inputChildren.length; i++) {
    const child = inputChildren[i];
    if (!isObject(child)) {
      issues.push({ path: `children[${i}]`, row: i, message: 'each child must be an object' });
      continue;
    }
    const id = child.childId;
    if (typeof id !== 'string' || id === '') {
      issues.push({ path: `children[${i}].childId`, row: i, field: 'childId', message: 'childId must be a non-empty string' });
      continue;
    }
    const day = tryParseDay(child.dateOfBirth);
    if (day === undefined) {
      flawed.add(id);
      issues.push(dateIssue(child.dateOfBirth, `children[${i}].dateOfBirth`, i, 'dateOfBirth', 'child'));
      continue;
    }
    if (index.has(id)) {
      issues.push({ path: `children[${i}].childId`, row: i, field: 'childId', message: `child ${id} is listed twice` });
      continue;
    }
    birth[children.length] = day;
    index.set(id, children.length);
    children.push(child as ChildRecord);
  }
  const childCount = children.length;

  // Episodes: checked one by one, then grouped by child and sorted by start.
  const inputEpisodes: readonly unknown[] = records.episodes;
  let n = 0;
  const epChild = new Int32Array(inputEpisodes.length);
  const epStart = new Int32Array(inputEpisodes.length);
  const epEnd = new Int32Array(inputEpisodes.length);
  const epRow = new Int32Array(inputEpisodes.length);
  const episodeChild = new ChildLookup(index, flawed, issues, 'episodes');
  for (let i = 0; i < inputEpisodes.length; i++) {
    const episode = inputEpisodes[i];
    if (!isObject(episode)) {
      issues.push({ path: `episodes[${i}]`, row: i, message: 'each episode must be an object' });
      continue;
    }
    const c = episodeChild.find(episode.childId);
    if (c < 0) {
      episodeChild.unknown(episode.childId, i);
      continue;
    }
    const start = tryParseDay(episode.start);
    if (start === undefined) {
      issues.push(dateIssue(episode.start, `episodes[${i}].start`, i, 'start', 'episode'));
      continue;
    }
    let end = OPEN;
    if (episode.end !== undefined && episode.end !== null) {
      const parsed = tryParseDay(episode.end);
      if (parsed === undefined) {
        issues.push(dateIssue(episode.end, `episodes[${i}].end`, i, 'end', 'episode'));
        continue;
      }
      if (parsed <= start) {
        issues.push({
          path: `episodes[${i}].end`,
          row: i,
          field: 'end',
          message:
            parsed === start
              ? `episode ends on the day it starts (${formatDay(start)}): end is the day care ceased, so the child was in care for no days`
              : `episode ends (${formatDay(parsed)}) before it starts (${formatDay(start)})`,
        });
        continue;
      }
      end = parsed;
    }
    if (start < birth[c]!) {
      issues.push({
        path: `episodes[${i}].start`,
        row: i,
        field: 'start',
        message: `episode starts (${formatDay(start)}) before child ${children[c]!.childId} was born (${formatDay(birth[c]!)})`,
      });
      continue;
    }
    epChild[n] = c;
    epStart[n] = start;
    epEnd[n] = end;
    epRow[n] = i;
    n++;
  }
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

  // Events: every one checked; the types the measures read kept, grouped by type and child.
  const inputEvents: readonly unknown[] = records.events ?? [];
  const types = [...eventTypes];
  const typeIndex = new Map(types.map((t, k) => [t, k]));
  let kept = 0;
  // Sized to the events kept, which are often a small part of all events.
  let evKey: Int32Array<ArrayBuffer> = new Int32Array(Math.min(inputEvents.length, 4096));
  let evDay = new Int32Array(evKey.length);
  let evRow = new Int32Array(evKey.length);
  const eventChild = new ChildLookup(index, flawed, issues, 'events');
  // A chunk at a time: first the children of its events, in a loop that does
  // nothing else, so that the processor can wait for several lookups at once
  // (events listed by date name children in no useful order, and each lookup
  // is a trip to memory); then the rest, row by row.
  const chunkChild = new Int32Array(EVENT_CHUNK);
  for (let base = 0; base < inputEvents.length; base += EVENT_CHUNK) {
    const stop = Math.min(inputEvents.length, base + EVENT_CHUNK);
    for (let i = base; i < stop; i++) {
      const event = inputEvents[i];
      chunkChild[i - base] = isObject(event) ? eventChild.find(event.childId) : -1;
    }
    for (let i = base; i < stop; i++) {
      const event = inputEvents[i];
      if (!isObject(event)) {
        issues.push({ path: `events[${i}]`, row: i, message: 'each event must be an object' });
        continue;
      }
      const c = chunkChild[i - base]!;
      if (c < 0) {
        eventChild.unknown(event.childId, i);
        continue;
      }
      const type = event.type;
      if (typeof type !== 'string' || type === '') {
        issues.push({ path: `events[${i}].type`, row: i, field: 'type', message: 'event type must be a non-empty string' });
        continue;
      }
      const day = tryParseDay(event.date);
      if (day === undefined) {
        issues.push(dateIssue(event.date, `events[${i}].date`, i, 'date', 'event'));
        continue;
      }
      const t = typeIndex.get(type);
      if (t === undefined) continue;
      if (kept === evKey.length) {
        evKey = grown(evKey);
        evDay = grown(evDay);
        evRow = grown(evRow);
      }
      evKey[kept] = t * childCount + c;
      evDay[kept] = day;
      evRow[kept] = i;
      kept++;
    }
  }

  // Overlaps, child by child in date order: every episode must start on or
  // after the end of the latest-ending episode before it. And an episode
  // after a gap starts a new period of care, so its reason must be S.
  const episodes: readonly unknown[] = records.episodes;
  for (let c = 0; c < childCount; c++) {
    let latest = -1;
    for (let k = episodeOffsets[c]!; k < episodeOffsets[c + 1]!; k++) {
      if (latest >= 0 && start[k]! < end[latest]!) {
        issues.push({
          path: `episodes[${episodeRow[k]}]`,
          row: episodeRow[k]!,
          message: `episode ${span(start[k]!, end[k]!)} overlaps episodes[${episodeRow[latest]}] (${span(start[latest]!, end[latest]!)}) of child ${children[c]!.childId}`,
        });
        if (end[k]! > end[latest]!) latest = k;
        continue;
      }
      if (latest >= 0 && start[k]! > end[latest]!) {
        // A gap: a new period of care. Its reason, when given, must say so.
        const reason = (episodes[episodeRow[k]!] as EpisodeRecord).reasonNewEpisode;
        if (reason !== undefined && reason !== null && String(reason) !== 'S') {
          issues.push({
            path: `episodes[${episodeRow[k]}].reasonNewEpisode`,
            row: episodeRow[k]!,
            field: 'reasonNewEpisode',
            message:
              `episode starts ${formatDay(start[k]!)}, after child ${children[c]!.childId}'s previous episode ceased (${formatDay(end[latest]!)}), so it begins a new period of care, ` +
              `but its reasonNewEpisode ${shown(reason)} says the child stayed in care: a new period starts with S; if the child did stay in care, an episode is missing or a date is wrong`,
          });
        }
      }
      latest = k;
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);

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
  return { children, birth, episodeOffsets, start, end, episodeRow, episodes: records.episodes, events };
}
