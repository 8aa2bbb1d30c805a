/**
 * Case records checked and turned into one timeline per child: periods of
 * care (adjacent episodes joined), episodes and events as day numbers.
 *
 * @internal
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { formatDay, tryParseDay } from './bank-holidays.js';
import type { CaseRecords, ChildRecord, EpisodeRecord, EventRecord } from './types.js';

export interface Episode {
  start: number;
  /** The day it ceased (the child is in care up to the day before), or null while open. */
  end: number | null;
  record: EpisodeRecord;
  row: number;
}

export interface PeriodOfCare {
  start: number;
  end: number | null;
  episodes: Episode[];
}

export interface Timeline {
  childId: string;
  birth: number;
  record: ChildRecord;
  periods: PeriodOfCare[];
  /** Event days by type, sorted, with the rows they came from. */
  events: Map<string, { days: number[]; rows: number[] }>;
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

/**
 * `tryParseDay` with a cache: an extract of a million records holds only a
 * few thousand distinct dates.
 */
function dateParser(): (value: unknown) => number | undefined {
  const cache = new Map<string, number | undefined>();
  return (value) => {
    if (typeof value !== 'string') return undefined;
    if (cache.has(value)) return cache.get(value);
    const day = tryParseDay(value);
    cache.set(value, day);
    return day;
  };
}

function isSorted(days: readonly number[]): boolean {
  for (let k = 1; k < days.length; k++) if (days[k]! < days[k - 1]!) return false;
  return true;
}

const span = (e: Episode) => `${formatDay(e.start)} to ${e.end === null ? 'open' : formatDay(e.end)}`;

/**
 * Check every record and build the timelines. Throws one `INVALID_DATA`
 * error listing every problem: a malformed date, an episode ending before
 * it starts, overlapping episodes of one child, a record for an unknown
 * child, a child listed twice.
 */
export function buildTimelines(records: CaseRecords, eventTypes?: ReadonlySet<string>): Timeline[] {
  const parseDate = dateParser();
  const issues: IndicatorIssue[] = [];
  if (!isObject(records) || !Array.isArray(records.children) || !Array.isArray(records.episodes)) {
    throw new IndicatorError('INVALID_DATA', [
      { path: 'records', message: 'records must be an object with children and episodes arrays (events optional)' },
    ]);
  }
  if (records.events !== undefined && !Array.isArray(records.events)) {
    throw new IndicatorError('INVALID_DATA', [{ path: 'records.events', message: 'events must be an array when given' }]);
  }

  const byId = new Map<string, Timeline>();
  // Children whose own row is wrong: their episodes and events are not also reported as unknown.
  const flawed = new Set<string>();
  records.children.forEach((child: unknown, i) => {
    const path = `children[${i}]`;
    if (!isObject(child)) return issues.push({ path, row: i, message: 'each child must be an object' });
    const id = child.childId;
    if (typeof id !== 'string' || id === '') return issues.push({ path: `${path}.childId`, row: i, field: 'childId', message: 'childId must be a non-empty string' });
    const birth = parseDate(child.dateOfBirth);
    if (birth === undefined) {
      flawed.add(id);
      return issues.push(dateIssue(child.dateOfBirth, `${path}.dateOfBirth`, i, 'dateOfBirth', 'child'));
    }
    if (byId.has(id)) return issues.push({ path: `${path}.childId`, row: i, field: 'childId', message: `child ${id} is listed twice` });
    byId.set(id, { childId: id, birth, record: child as ChildRecord, periods: [], events: new Map() });
  });

  const episodesOf = new Map<Timeline, Episode[]>();
  records.episodes.forEach((episode: unknown, i) => {
    const path = `episodes[${i}]`;
    if (!isObject(episode)) return issues.push({ path, row: i, message: 'each episode must be an object' });
    const child = typeof episode.childId === 'string' ? byId.get(episode.childId) : undefined;
    if (child === undefined) {
      if (flawed.has(episode.childId as string)) return;
      return issues.push({ path: `${path}.childId`, row: i, field: 'childId', message: `episode for unknown child ${shown(episode.childId)}` });
    }
    const start = parseDate(episode.start);
    if (start === undefined) return issues.push(dateIssue(episode.start, `${path}.start`, i, 'start', 'episode'));
    let end: number | null = null;
    if (episode.end !== undefined && episode.end !== null) {
      const parsed = parseDate(episode.end);
      if (parsed === undefined) return issues.push(dateIssue(episode.end, `${path}.end`, i, 'end', 'episode'));
      if (parsed <= start) {
        return issues.push({
          path: `${path}.end`,
          row: i,
          field: 'end',
          message:
            parsed === start
              ? `episode ends on the day it starts (${formatDay(start)}): end is the day care ceased, so the child was in care for no days`
              : `episode ends (${formatDay(parsed)}) before it starts (${formatDay(start)})`,
        });
      }
      end = parsed;
    }
    if (start < child.birth) {
      return issues.push({ path: `${path}.start`, row: i, field: 'start', message: `episode starts (${formatDay(start)}) before child ${child.childId} was born (${formatDay(child.birth)})` });
    }
    let list = episodesOf.get(child);
    if (list === undefined) episodesOf.set(child, (list = []));
    list.push({ start, end, record: episode as EpisodeRecord, row: i });
  });

  const events: readonly unknown[] = records.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isObject(event)) {
      issues.push({ path: `events[${i}]`, row: i, message: 'each event must be an object' });
      continue;
    }
    const child = typeof event.childId === 'string' ? byId.get(event.childId) : undefined;
    if (child === undefined) {
      if (!flawed.has(event.childId as string)) {
        issues.push({ path: `events[${i}].childId`, row: i, field: 'childId', message: `event for unknown child ${shown(event.childId)}` });
      }
      continue;
    }
    const type = event.type;
    if (typeof type !== 'string' || type === '') {
      issues.push({ path: `events[${i}].type`, row: i, field: 'type', message: 'event type must be a non-empty string' });
      continue;
    }
    const day = parseDate(event.date);
    if (day === undefined) {
      issues.push(dateIssue(event.date, `events[${i}].date`, i, 'date', 'event'));
      continue;
    }
    // Every event is checked; only the types the measures read are kept.
    if (eventTypes !== undefined && !eventTypes.has(type)) continue;
    let list = child.events.get(type);
    if (list === undefined) child.events.set(type, (list = { days: [], rows: [] }));
    list.days.push(day);
    list.rows.push(i);
  }

  for (const [child, episodes] of episodesOf) {
    episodes.sort((a, b) => a.start - b.start || a.row - b.row);
    let period: PeriodOfCare | null = null;
    // The episode that ends last so far: every later one must start on or after its end.
    let latest: Episode | null = null;
    let prev: Episode | null = null;
    for (const e of episodes) {
      if (latest !== null && (latest.end === null || e.start < latest.end)) {
        issues.push({
          path: `episodes[${e.row}]`,
          row: e.row,
          message: `episode ${span(e)} overlaps episodes[${latest.row}] (${span(latest)}) of child ${child.childId}`,
        });
        if (e.end === null || (latest.end !== null && e.end > latest.end)) latest = e;
        continue;
      }
      latest = e;
      if (period !== null && prev !== null && prev.end === e.start) {
        period.episodes.push(e);
        period.end = e.end;
      } else {
        period = { start: e.start, end: e.end, episodes: [e] };
        child.periods.push(period);
      }
      prev = e;
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);

  for (const child of byId.values()) {
    for (const list of child.events.values()) {
      if (isSorted(list.days)) continue; // rows come in input order, so ties are already in row order
      const order = list.days.map((_, k) => k).sort((a, b) => list.days[a]! - list.days[b]! || list.rows[a]! - list.rows[b]!);
      list.days = order.map((k) => list.days[k]!);
      list.rows = order.map((k) => list.rows[k]!);
    }
  }
  return [...byId.values()];
}
