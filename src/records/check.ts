/**
 * Checking case records, row by row and then child by child: what
 * `encodeRecords` (columns.ts) lays out is only what passed. Each check
 * adds issues rather than throwing, so one error lists every problem; each
 * row's fields are read through its own properties only.
 *
 * @internal
 * @module
 */
import { IndicatorError } from '../index.js';
import type { IndicatorIssue } from '../index.js';
import { formatDay, notADate, shown, tryParseDay } from './calendar.js';
import { codeText, own, ownCopy, plainReadsAreOwn, readsOwn } from './input.js';
import { didYouMean } from './suggest.js';
import type { CaseRecords, ChildRecord, EpisodeRecord } from './types.js';

/** `end` of an episode that is still open. */
export const OPEN = 0x7fffffff;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The children that passed, in input order, with their birth days. */
export interface CheckedChildren {
  children: ChildRecord[];
  birth: Int32Array;
  /** Child index by `childId`. */
  index: Map<string, number>;
  /** Children whose own row is wrong: their records are not also reported as for an unknown child. */
  flawed: Set<string>;
}

/** The episodes that passed, in input order: the first `n` entries of each array. */
export interface CheckedEpisodes {
  n: number;
  child: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** The row of `records.episodes`. */
  row: Int32Array;
  /** `records.episodes`, with any row that is not a plain object replaced by a copy of its own properties. */
  records: readonly EpisodeRecord[];
}

/** The events of the types asked for that passed, in input order: the first `kept` entries of each array. */
export interface CheckedEvents {
  kept: number;
  /** `type index * children + child index`. */
  key: Int32Array<ArrayBuffer>;
  day: Int32Array;
  row: Int32Array;
  /** The types asked for; a key's type index is into this. */
  types: string[];
  /** How many events of each type asked for the records hold, at any date. */
  counts: Int32Array;
}

/** What the records say about themselves: `eventTypes` and `coverage`, when given and well-formed. */
export interface Declared {
  eventTypes: ReadonlySet<string> | null;
  coverage: { from: string; to: string } | null;
}

/** Everything that passed the row checks, and every problem found. */
export interface CheckedRecords {
  children: CheckedChildren;
  episodes: CheckedEpisodes;
  events: CheckedEvents;
  issues: IndicatorIssue[];
  /** The earliest and latest day of any episode (start or end) or event; `first > last` when there is none. */
  span: { first: number; last: number };
  declared: Declared;
}

/** The earliest and latest dated day seen, as the rows are checked. */
class Span {
  first = OPEN;
  last = -OPEN;
  see(day: number): void {
    if (day < this.first) this.first = day;
    if (day > this.last) this.last = day;
  }
}

function dateIssue(value: unknown, path: string, row: number, field: string, what: string): IndicatorIssue {
  return value === undefined || value === null
    ? { code: 'missing-key', path, row, field, message: `the ${what} has no ${field}: give it as YYYY-MM-DD` }
    : { code: 'bad-date', path, row, field, message: notADate(field, value) };
}

/** The child a record belongs to, by `childId`. */
class ChildLookup {
  constructor(
    private readonly checked: CheckedChildren,
    private readonly issues: IndicatorIssue[],
    private readonly table: 'episodes' | 'events',
  ) {}

  /** The child's index, or -1 when there is no such child. */
  find(id: unknown): number {
    // No cache of the last child: comparing two different id strings costs
    // more than the lookup when rows come in no useful order.
    return (typeof id === 'string' ? this.checked.index.get(id) : undefined) ?? -1;
  }

  /** Report row `i` as a record for an unknown child (unless its child's own row is wrong), or with an id that is not text. */
  unknown(id: unknown, i: number): void {
    const numeric = numericIdIssue(id, `${this.table}[${i}].childId`, i);
    if (numeric !== null) {
      this.issues.push(numeric);
      return;
    }
    if (this.checked.flawed.has(id as string)) return;
    const what = this.table === 'episodes' ? 'episode' : 'event';
    this.issues.push({
      code: 'unknown-child',
      path: `${this.table}[${i}].childId`,
      row: i,
      field: 'childId',
      message: `${what} for unknown child ${shown(id)}: every childId must be in children`,
    });
  }
}

/** A childId written as a number (JSON `1001`): ids are text, so it names no child. Null for any other id. */
function numericIdIssue(id: unknown, path: string, row: number): IndicatorIssue | null {
  if (typeof id !== 'number' || !Number.isFinite(id)) return null;
  return { code: 'bad-id', path, row, field: 'childId', message: `childId ${id} is a number: ids are text: write "${id}"` };
}

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

/** Events whose children are looked up together, before anything else is read of them (see the events loop). */
const EVENT_CHUNK = 1024;

/** Throws unless `records` has the shape of {@link CaseRecords}. */
function checkShape(records: CaseRecords): void {
  if (!isObject(records)) {
    throw new IndicatorError('INVALID_DATA', [
      { code: 'not-an-object', path: 'records', message: 'records must be an object with children and episodes arrays (events optional)' },
    ]);
  }
  if (!Array.isArray(own(records, 'children')) || !Array.isArray(own(records, 'episodes'))) {
    throw new IndicatorError('INVALID_DATA', [
      { code: 'not-an-array', path: 'records', message: 'records must be an object with children and episodes arrays (events optional)' },
    ]);
  }
  const events = own(records, 'events');
  if (events !== undefined && !Array.isArray(events)) {
    throw new IndicatorError('INVALID_DATA', [{ code: 'not-an-array', path: 'records.events', message: 'events must be an array when given' }]);
  }
}

function checkChildren(inputChildren: readonly unknown[], plainOk: boolean, issues: IndicatorIssue[]): CheckedChildren {
  const index = new Map<string, number>();
  const flawed = new Set<string>();
  const children: ChildRecord[] = [];
  const birth = new Int32Array(inputChildren.length);
  for (let i = 0; i < inputChildren.length; i++) {
    const input = inputChildren[i];
    if (!isObject(input)) {
      issues.push({ code: 'not-an-object', path: `children[${i}]`, row: i, message: 'each child must be an object' });
      continue;
    }
    const child = readsOwn(input, plainOk) ? input : ownCopy(input);
    const id = child.childId;
    const numeric = numericIdIssue(id, `children[${i}].childId`, i);
    if (numeric !== null) {
      // Its records name it as text or as the same number: reported here only.
      flawed.add(String(id));
      issues.push(numeric);
      continue;
    }
    if (typeof id !== 'string' || id === '') {
      issues.push({ code: 'bad-id', path: `children[${i}].childId`, row: i, field: 'childId', message: 'childId must be a non-empty string' });
      continue;
    }
    const day = tryParseDay(child.dateOfBirth);
    if (day === undefined) {
      flawed.add(id);
      issues.push(dateIssue(child.dateOfBirth, `children[${i}].dateOfBirth`, i, 'dateOfBirth', 'child'));
      continue;
    }
    if (index.has(id)) {
      issues.push({
        code: 'duplicate-child',
        path: `children[${i}].childId`,
        row: i,
        field: 'childId',
        message: `child ${id} is listed twice: give each child one row`,
      });
      continue;
    }
    birth[children.length] = day;
    index.set(id, children.length);
    children.push(child as ChildRecord);
  }
  return { children, birth, index, flawed };
}

function checkEpisodes(inputEpisodes: readonly unknown[], checked: CheckedChildren, plainOk: boolean, issues: IndicatorIssue[], span: Span): CheckedEpisodes {
  const { birth, children } = checked;
  let n = 0;
  const epChild = new Int32Array(inputEpisodes.length);
  const epStart = new Int32Array(inputEpisodes.length);
  const epEnd = new Int32Array(inputEpisodes.length);
  const epRow = new Int32Array(inputEpisodes.length);
  // Copied only if a row is not a plain object: the counters read the rows again.
  let records: unknown[] | null = null;
  const episodeChild = new ChildLookup(checked, issues, 'episodes');
  for (let i = 0; i < inputEpisodes.length; i++) {
    const input = inputEpisodes[i];
    if (!isObject(input)) {
      issues.push({ code: 'not-an-object', path: `episodes[${i}]`, row: i, message: 'each episode must be an object' });
      continue;
    }
    let episode = input;
    if (!readsOwn(input, plainOk)) {
      episode = ownCopy(input);
      (records ??= [...inputEpisodes])[i] = episode;
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
          code: 'episode-order',
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
        code: 'episode-before-birth',
        path: `episodes[${i}].start`,
        row: i,
        field: 'start',
        message: `episode starts (${formatDay(start)}) before child ${children[c]!.childId} was born (${formatDay(birth[c]!)})`,
      });
      continue;
    }
    if (episode.source !== undefined && sourceText(episode.source) === null) {
      issues.push({
        code: 'wrong-type',
        path: `episodes[${i}].source`,
        row: i,
        field: 'source',
        message: `source, when given, says where the episode was read: { file, line } (line a whole number from 1), a non-empty list of them, or a non-empty label; received ${shown(episode.source)}`,
      });
      continue;
    }
    span.see(start);
    if (end !== OPEN) span.see(end);
    epChild[n] = c;
    epStart[n] = start;
    epEnd[n] = end;
    epRow[n] = i;
    n++;
  }
  return { n, child: epChild, start: epStart, end: epEnd, row: epRow, records: (records ?? inputEpisodes) as readonly EpisodeRecord[] };
}

function checkEvents(
  inputEvents: readonly unknown[],
  eventTypes: ReadonlySet<string>,
  checked: CheckedChildren,
  plainOk: boolean,
  issues: IndicatorIssue[],
  span: Span,
  declared: ReadonlySet<string> | null,
): CheckedEvents {
  const childCount = checked.children.length;
  const types = [...eventTypes];
  const counts = new Int32Array(types.length);
  const typeIndex = new Map(types.map((t, k) => [t, k]));
  let kept = 0;
  // Sized to the events kept, which are often a small part of all events.
  let evKey: Int32Array<ArrayBuffer> = new Int32Array(Math.min(inputEvents.length, 4096));
  let evDay = new Int32Array(evKey.length);
  let evRow = new Int32Array(evKey.length);
  const eventChild = new ChildLookup(checked, issues, 'events');
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
      const input = inputEvents[i];
      if (!isObject(input)) {
        issues.push({ code: 'not-an-object', path: `events[${i}]`, row: i, message: 'each event must be an object' });
        continue;
      }
      let event = input;
      let c = chunkChild[i - base]!;
      if (!readsOwn(input, plainOk)) {
        // Its child again, by its own childId.
        event = ownCopy(input);
        c = eventChild.find(event.childId);
      }
      if (c < 0) {
        eventChild.unknown(event.childId, i);
        continue;
      }
      const type = event.type;
      if (typeof type !== 'string' || type === '') {
        issues.push({ code: 'wrong-type', path: `events[${i}].type`, row: i, field: 'type', message: 'event type must be a non-empty string' });
        continue;
      }
      const day = tryParseDay(event.date);
      if (day === undefined) {
        issues.push(dateIssue(event.date, `events[${i}].date`, i, 'date', 'event'));
        continue;
      }
      span.see(day);
      if (declared !== null && !declared.has(type)) {
        const known = [...declared];
        issues.push({
          code: 'unknown-event-type',
          path: `events[${i}].type`,
          row: i,
          field: 'type',
          message: `event type ${JSON.stringify(type)} is not one of the types records.eventTypes says the records can hold (${known.join(', ')})${didYouMean(type, known) || ':'} correct the type, or add it to eventTypes`,
        });
        continue;
      }
      const t = typeIndex.get(type);
      if (t === undefined) continue;
      counts[t]!++;
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
  return { kept, key: evKey, day: evDay, row: evRow, types, counts };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The keys of case records: {@link CaseRecords}'s, and `sources`, which
 * `readSsda903` adds (where each record was read) and `deriveMonthly`
 * does not read.
 */
export const RECORD_KEYS = ['children', 'episodes', 'events', 'eventTypes', 'coverage', 'sources'];

/**
 * Why `text`, given as `coverage.from` or `.to`, is not a `YYYY-MM` month,
 * and how to write it: `"2017-3"` has a one-digit month, `"2016-Q2"` is a
 * quarter (its first month for `from`, its last for `to`).
 */
function coverageMonthFix(value: unknown, end: 'from' | 'to'): string {
  if (typeof value !== 'string') return `is ${value === undefined ? 'missing' : shown(value)}: give the ${end === 'from' ? 'first' : 'last'} month the records are complete for as text in YYYY-MM form, e.g. ${end === 'from' ? '"2016-04"' : '"2018-03"'}`;
  const text = value.trim();
  let m = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${JSON.stringify(value)} is not in YYYY-MM form: write ${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /^(\d{4})-?Q([1-4])$/i.exec(text);
  if (m !== null) {
    const q = Number(m[2]);
    const month = end === 'from' ? q * 3 - 2 : q * 3;
    return `${JSON.stringify(value)} is a quarter, and coverage is months: write ${m[1]}-${String(month).padStart(2, '0')}, the ${end === 'from' ? 'first' : 'last'} month of ${m[1]}-Q${q}`;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m !== null) return `${JSON.stringify(value)} is a day, and coverage is months: write ${m[1]}-${m[2]}`;
  return `${JSON.stringify(value)} is not a month in YYYY-MM form, e.g. ${end === 'from' ? '"2016-04"' : '"2018-03"'}`;
}

/**
 * `records.eventTypes` and `records.coverage`, checked: the event types the
 * records can hold (a list of non-empty strings), and the months they are
 * complete for (`{ from, to }`, `YYYY-MM`, `from` not after `to`); and no
 * key that case records do not have (a misspelt `eventType` or `coverge`
 * would otherwise be ignored without a word).
 */
function checkDeclared(records: CaseRecords, issues: IndicatorIssue[]): Declared {
  const declared: Declared = { eventTypes: null, coverage: null };
  for (const key of Object.keys(records)) {
    if (RECORD_KEYS.includes(key)) continue;
    issues.push({
      code: 'unknown-key',
      path: `records.${key}`,
      message: `${JSON.stringify(key)} is not a key of case records, and would be ignored${didYouMean(key, RECORD_KEYS) || '.'} The keys are children, episodes, events, eventTypes and coverage`,
    });
  }
  const eventTypes = own(records, 'eventTypes');
  if (eventTypes !== undefined) {
    if (!Array.isArray(eventTypes) || eventTypes.length === 0 || !eventTypes.every((t) => typeof t === 'string' && t !== '')) {
      issues.push({
        code: Array.isArray(eventTypes) ? 'wrong-type' : 'not-an-array',
        path: 'records.eventTypes',
        message: 'eventTypes, when given, lists the event types the records can hold as non-empty strings, e.g. ["missing", "review"]',
      });
    } else declared.eventTypes = new Set(eventTypes as string[]);
  }
  const coverage = own(records, 'coverage');
  if (coverage !== undefined) {
    const meaning = 'coverage is the first and last months the records are complete for, e.g. { from: "2016-04", to: "2018-03" }';
    if (!isObject(coverage)) {
      issues.push({ code: 'not-an-object', path: 'records.coverage', message: `${meaning}; received ${shown(coverage)}` });
      return declared;
    }
    const from = own(coverage, 'from');
    const to = own(coverage, 'to');
    const month = (m: unknown): m is string => typeof m === 'string' && MONTH.test(m);
    const before = issues.length;
    for (const key of Object.keys(coverage)) {
      if (key === 'from' || key === 'to') continue;
      issues.push({
        code: 'unknown-key',
        path: `records.coverage.${key}`,
        message: `${JSON.stringify(key)} is not a key of coverage${didYouMean(key, ['from', 'to']) || ''}: ${meaning}`,
      });
    }
    if (!month(from)) issues.push({ code: 'bad-period', path: 'records.coverage.from', message: `coverage.from ${coverageMonthFix(from, 'from')}; ${meaning}` });
    if (!month(to)) issues.push({ code: 'bad-period', path: 'records.coverage.to', message: `coverage.to ${coverageMonthFix(to, 'to')}; ${meaning}` });
    if (month(from) && month(to) && from > to) {
      issues.push({ code: 'range-reversed', path: 'records.coverage', message: `coverage runs from ${from} to ${to}, backwards: ${meaning}` });
    }
    if (issues.length === before) declared.coverage = { from: from as string, to: to as string };
  }
  return declared;
}

/**
 * The event types of `records.events`, in first-seen order: for messages
 * only (a second pass over the events, made when a measure names a type
 * that is in none of them).
 */
export function eventTypesIn(records: CaseRecords): string[] {
  const seen = new Set<string>();
  const events = own(records, 'events');
  if (!Array.isArray(events)) return [];
  for (const event of events as unknown[]) {
    if (!isObject(event)) continue;
    const type = own(event, 'type');
    if (typeof type === 'string' && type !== '') seen.add(type);
  }
  return [...seen];
}

/**
 * Check every row of `records`: a malformed or missing date, an episode
 * ending on or before the day it starts or starting before its child was
 * born, a record for an unknown child, a child listed twice. Throws at once
 * only when `records` is not the right shape at all. Events of types not
 * in `eventTypes` are checked but not kept.
 */
export function checkRecords(records: CaseRecords, eventTypes: ReadonlySet<string>): CheckedRecords {
  checkShape(records);
  const plainOk = plainReadsAreOwn();
  const issues: IndicatorIssue[] = [];
  const declared = checkDeclared(records, issues);
  const span = new Span();
  const children = checkChildren(own(records, 'children') as readonly unknown[], plainOk, issues);
  const episodes = checkEpisodes(own(records, 'episodes') as readonly unknown[], children, plainOk, issues, span);
  const events = checkEvents((own(records, 'events') as readonly unknown[] | undefined) ?? [], eventTypes, children, plainOk, issues, span, declared.eventTypes);
  return { children, episodes, events, issues, span: { first: span.first, last: span.last }, declared };
}

function isFileLine(x: unknown): x is { file: string; line: number } {
  if (!isObject(x)) return false;
  const file = own(x, 'file');
  const line = own(x, 'line');
  return typeof file === 'string' && file !== '' && Number.isInteger(line) && (line as number) >= 1;
}

/** An episode's `source` in words (`e.csv line 2 and f.csv line 3`), or null when it is not one of the shapes `source` takes. */
function sourceText(source: unknown): string | null {
  if (typeof source === 'string') return source === '' ? null : source;
  const list = Array.isArray(source) ? (source as unknown[]) : [source];
  if (list.length === 0 || !list.every(isFileLine)) return null;
  return (list as { file: string; line: number }[]).map((s) => `${own(s, 'file') as string} line ${own(s, 'line') as number}`).join(' and ');
}

/** The files of an episode's `source` (none for a label). */
function sourceFiles(source: unknown): string[] {
  if (!Array.isArray(source) && !isObject(source)) return [];
  return (Array.isArray(source) ? (source as unknown[]) : [source]).filter(isFileLine).map((s) => own(s, 'file') as string);
}

const span = (start: number, end: number) => `${formatDay(start)} to ${end === OPEN ? 'open' : formatDay(end)}`;

/** One child's episodes in date order, as columns.ts lays them out. */
export interface EpisodesByChild {
  /** Child `c`'s episodes are `offsets[c]` up to `offsets[c + 1]`, by start date. */
  offsets: Int32Array;
  start: Int32Array;
  end: Int32Array;
  row: Int32Array;
}

/**
 * Check each child's episodes in date order, adding to `issues`: every
 * episode must start on or after the end of the latest-ending episode
 * before it; and an episode after a gap starts a new period of care, so its
 * reasonNewEpisode, when given, must be S.
 */
export function checkEpisodeSequences(laid: EpisodesByChild, checked: CheckedRecords): void {
  const { offsets, start, end, row } = laid;
  const { children } = checked.children;
  const episodes = checked.episodes.records;
  const { issues } = checked;
  for (let c = 0; c < children.length; c++) {
    let latest = -1;
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      if (latest >= 0 && start[k]! < end[latest]!) {
        issues.push({
          code: 'episode-overlap',
          path: `episodes[${row[k]}]`,
          row: row[k]!,
          message: overlapMessage(laid, episodes, c, k, latest, children[c]!.childId),
        });
        if (end[k]! > end[latest]!) latest = k;
        continue;
      }
      if (latest >= 0 && start[k]! > end[latest]!) {
        // A gap: a new period of care. Its reason, when given, must say so.
        const reason = episodes[row[k]!]!.reasonNewEpisode;
        if (reason !== undefined && reason !== null && codeText(reason) !== 'S') {
          issues.push({
            code: 'episode-gap',
            path: `episodes[${row[k]}].reasonNewEpisode`,
            row: row[k]!,
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
}

/**
 * Episode `k` overlaps episode `latest` (both of child `c`): named by the
 * other's `source` when it has one, with the fix; else by its index. When
 * the two come from files of which none holds both, and `k` is its child's
 * first episode in its file, they may be one episode whose start one file
 * writes differently (a DECOM corrected in a later year's return).
 */
function overlapMessage(laid: EpisodesByChild, episodes: readonly EpisodeRecord[], c: number, k: number, latest: number, childId: string): string {
  const { offsets, start, end, row } = laid;
  const source = episodes[row[latest]!]!.source;
  const other = span(start[latest]!, end[latest]!);
  if (source === undefined) return `episode ${span(start[k]!, end[k]!)} overlaps episodes[${row[latest]}] (${other}) of child ${childId}`;
  const mine = sourceFiles(episodes[row[k]!]!.source);
  const theirs = sourceFiles(source);
  let fix = "a child is in one episode at a time: correct this episode's start or the other episode's end";
  if (mine.length > 0 && theirs.length > 0 && !mine.some((f) => theirs.includes(f))) {
    // Is k the child's first episode in its (first) file? Episodes are by start, so the first one listing the file.
    let first = -1;
    for (let j = offsets[c]!; j < offsets[c + 1]! && first < 0; j++) if (sourceFiles(episodes[row[j]!]!.source).includes(mine[0]!)) first = j;
    if (first === k) {
      fix = `no one file has both: if they are one episode, its start differs between the files (${formatDay(start[latest]!)} in ${theirs.join(' and ')}, ${formatDay(start[k]!)} in ${mine.join(' and ')}): write the same start in each`;
    }
  }
  return `episode ${span(start[k]!, end[k]!)} overlaps the episode of ${sourceText(source)} (${other}) of child ${childId}: ${fix}`;
}
