/**
 * `readSsda903`: the SSDA903 return's CSV files (one or several years of one
 * council) into the case records `deriveMonthly` reads, and
 * `detectSsda903Table`, which names a file's table from its header line.
 *
 * @module
 */
import { IndicatorError, isIndicatorError } from '../index.js';
import type { IndicatorIssue } from '../index.js';
import { checkCaseRecords } from '../records/index.js';
import type { CaseRecords, ChildRecord, EpisodeRecord, EventRecord, RecordSource } from '../records/index.js';
import { at, headerIssues, readCsvText } from './csv.js';
import type { TextPlace } from './csv.js';
import { childrenByDigits, eventYearIssues, leadingZeroIssues, openEpisodeIssues, returnYears, unknownChildHint, yearGapIssues } from './ssda903-checks.js';

export type { RecordSource };

/** The SSDA903 tables {@link readSsda903} reads. */
export type Ssda903TableName = 'header' | 'episodes' | 'reviews' | 'missing' | 'adoption' | 'placedForAdoption';

/** One CSV file of the return: its text, or its name and text (the name is put in issues as `file`). */
export type Ssda903File = string | { name: string; text: string };

/** The files of one or several years' returns, by table: one file, or a list (several years). */
export type Ssda903Files = { header: Ssda903File | readonly Ssda903File[]; episodes: Ssda903File | readonly Ssda903File[] } & {
  [table in Exclude<Ssda903TableName, 'header' | 'episodes'>]?: Ssda903File | readonly Ssda903File[];
};

/**
 * What {@link readSsda903} returns: the case records, and where each was
 * read. Each episode's `source` is its `sources.episodes` entry. `eventTypes`
 * lists the event types of the event tables given (absent when none is);
 * `coverage` runs from April of the first return's year to March of the
 * last's (absent when no episodes file has a date).
 */
export interface Ssda903Records extends CaseRecords {
  children: ChildRecord[];
  episodes: EpisodeRecord[];
  events: EventRecord[];
  /** `sources.episodes[i]` lists every file and line `episodes[i]` was read from (several when years repeat it). */
  sources: { children: RecordSource[][]; episodes: RecordSource[][]; events: RecordSource[][] };
}

interface TableSpec {
  /** Columns the table must have. */
  required: readonly string[];
  /** Columns holding dates, written dd/mm/yyyy. */
  dates: readonly string[];
  /** Date columns that are events, to the event type. */
  events: Readonly<Record<string, string>>;
}

const TABLES: Readonly<Record<Ssda903TableName, TableSpec>> = {
  header: { required: ['CHILD', 'DOB'], dates: ['DOB', 'MC_DOB'], events: {} },
  episodes: { required: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'], dates: ['DECOM', 'DEC'], events: {} },
  reviews: { required: ['CHILD', 'REVIEW'], dates: ['DOB', 'REVIEW'], events: { REVIEW: 'review' } },
  missing: { required: ['CHILD', 'MIS_START'], dates: ['DOB', 'MIS_START', 'MIS_END'], events: { MIS_START: 'missing', MIS_END: 'missing-ended' } },
  adoption: { required: ['CHILD', 'DATE_INT', 'DATE_MATCH'], dates: ['DOB', 'DATE_INT', 'DATE_MATCH'], events: { DATE_INT: 'adoption-decision', DATE_MATCH: 'matched' } },
  placedForAdoption: {
    required: ['CHILD', 'DATE_PLACED'],
    dates: ['DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED'],
    events: { DATE_PLACED: 'should-be-placed-for-adoption', DATE_PLACED_CEASED: 'should-be-placed-for-adoption-ceased' },
  },
};

const TABLE_NAMES = Object.keys(TABLES) as Ssda903TableName[];

/** Episode columns read into the named fields of `EpisodeRecord`. */
const EPISODE_FIELDS: Readonly<Record<string, string>> = { DECOM: 'start', DEC: 'end', RNE: 'reasonNewEpisode', LS: 'legalStatus', PLACE: 'placementType', REC: 'reasonEnded' };

/** Header columns that may change from one year's return to the next: the last file given wins. */
const CHANGING = new Set(['UPN', 'MOTHER', 'MC_DOB']);

/** A row of a table: its cells by column (trimmed, dates as YYYY-MM-DD, empty cells left out), and where it is. */
interface Row {
  cells: Map<string, string>;
  place: TextPlace & { file: string };
  line: number;
  /** The index of the file in the list of its table. */
  fileIndex: number;
  /** Columns whose cell was written but could not be read (a bad date): already an issue. */
  unreadable: Set<string>;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a date cell cannot be read, and how to write it. */
function badDateMessage(text: string): string {
  const shown = JSON.stringify(text);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (m !== null && m[3]!.length === 4 && Number(m[2]) > 12 && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    const swapped = `${m[2]!.padStart(2, '0')}/${m[1]!.padStart(2, '0')}/${m[3]}`;
    return `${shown} looks month-first (mm/dd/yyyy), as a spreadsheet set to US dates writes it: SSDA903 dates are day-first, dd/mm/yyyy; if the day is ${Number(m[2])}, write ${swapped}`;
  }
  if (m !== null && m[3]!.length === 2) return `${shown} has a two-digit year: write the year in full, dd/mm/yyyy, e.g. 31/03/2017`;
  return `${shown} is not a real date: write dates as dd/mm/yyyy, e.g. 31/03/2017`;
}

/** `dd/mm/yyyy` (or `d/m/yyyy`, or already `YYYY-MM-DD`) to `YYYY-MM-DD`, or null when it is no real date. */
function isoDate(text: string): string | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let day: number, month: number, year: number;
  if (m) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function issueAt(place: TextPlace & { file: string }, code: IndicatorIssue['code'], line: number, column: string | undefined, message: string): IndicatorIssue {
  const issue: IndicatorIssue = {
    code,
    path: column === undefined ? place.path : `${place.path}.${column}`,
    message: `${at(place, line)}${column === undefined ? '' : `, column ${column}`}: ${message}`,
    line,
    file: place.file,
  };
  if (column !== undefined) issue.field = column;
  return issue;
}

/** The files given for a table, as a list with names. */
function filesOf(table: Ssda903TableName, given: unknown, issues: IndicatorIssue[]): { name: string; text: string; path: string }[] {
  if (given === undefined) return [];
  const list = Array.isArray(given) ? given : [given];
  const out: { name: string; text: string; path: string }[] = [];
  list.forEach((f: unknown, i) => {
    const path = Array.isArray(given) ? `${table}[${i}]` : table;
    if (typeof f === 'string') out.push({ name: path, text: f, path });
    else if (typeof f === 'object' && f !== null && typeof (f as { text?: unknown }).text === 'string' && typeof (f as { name?: unknown }).name === 'string') {
      out.push({ name: (f as { name: string }).name, text: (f as { text: string }).text, path });
    } else {
      issues.push({ code: 'wrong-type', path, message: `${path} must be a file's text, or { name, text } with the file's name and text` });
    }
  });
  return out;
}

/** Read one file of a table into rows, with issues for its header, cells and dates. */
function readFile(table: Ssda903TableName, file: { name: string; text: string; path: string }, fileIndex: number, issues: IndicatorIssue[], unread: string[]): Row[] {
  const place = { path: file.path, file: file.name };
  const csv = readCsvText(file.text, ',', place);
  if (csv.header === undefined) {
    issues.push(...csv.issues);
    unread.push(file.name);
    return [];
  }
  issues.push(...csv.issues);
  const header = csv.header.map((h) => h.toUpperCase());
  const problems = headerIssues(header, csv.headerLine, place);
  const spec = TABLES[table];
  const absent = spec.required.filter((c) => !header.includes(c));
  if (absent.length > 0) {
    problems.push(
      issueAt(
        place,
        'missing-key',
        csv.headerLine,
        undefined,
        `the ${table} table has no column ${absent.join(', ')}; its columns are ${header.join(', ')}: the SSDA903 ${table} file starts with ${spec.required.join(',')}`,
      ),
    );
  }
  if (problems.length > 0) {
    issues.push(...problems);
    unread.push(file.name);
    return [];
  }
  const rows: Row[] = [];
  for (const r of csv.records) {
    const cells = new Map<string, string>();
    const unreadable = new Set<string>();
    header.forEach((column, i) => {
      const text = r.cells[i]!.trim();
      if (text === '') return;
      if (spec.dates.includes(column)) {
        const date = isoDate(text);
        if (date === null) {
          issues.push(issueAt(place, 'bad-date', r.line, column, badDateMessage(text)));
          unreadable.add(column);
          return;
        }
        cells.set(column, date);
      } else cells.set(column, text);
    });
    if (!cells.has('CHILD')) {
      issues.push(issueAt(place, 'missing-key', r.line, 'CHILD', 'the row has no CHILD: every row names its child'));
      continue;
    }
    rows.push({ cells, place, line: r.line, fileIndex, unreadable });
  }
  return rows;
}

/** A record joined from rows of several files: its cells, and where each cell was first read. */
interface Joined {
  cells: Map<string, string>;
  from: Map<string, Row>;
  sources: Row[];
}

function source(row: Row): RecordSource {
  return { file: row.place.file, line: row.line };
}

/**
 * Join a row into the record with its key: a value given in one file and
 * left empty in another is taken; two different values are a contradiction,
 * except in `changing` columns, where the later file wins.
 */
function join(joined: Joined, row: Row, what: string, changing: ReadonlySet<string>, issues: IndicatorIssue[]): void {
  joined.sources.push(row);
  for (const [column, value] of row.cells) {
    const had = joined.cells.get(column);
    if (had === undefined || had === value || changing.has(column)) {
      joined.cells.set(column, value);
      joined.from.set(column, row);
      continue;
    }
    const first = joined.from.get(column)!;
    issues.push(
      issueAt(
        row.place,
        'contradiction',
        row.line,
        column,
        `${what} has ${column} ${value} here and ${had} in ${at(first.place, first.line)}: correct one of the returns (a value one year leaves empty is taken from another; two different values are never chosen between)`,
      ),
    );
  }
}

/** Joins rows by key: a key twice in one file is a duplicate; in two files, the same record. */
function joinAll(rows: Row[], key: (row: Row) => string, what: (row: Row) => string, duplicate: (row: Row, first: Row) => IndicatorIssue, changing: ReadonlySet<string>, issues: IndicatorIssue[]): Map<string, Joined> {
  const byKey = new Map<string, Joined>();
  for (const row of rows) {
    const k = key(row);
    const joined = byKey.get(k);
    if (joined === undefined) {
      byKey.set(k, { cells: new Map(row.cells), from: new Map([...row.cells.keys()].map((c) => [c, row])), sources: [row] });
      continue;
    }
    const sameFile = joined.sources.find((s) => s.place.path === row.place.path);
    if (sameFile !== undefined) issues.push(duplicate(row, sameFile));
    else join(joined, row, what(row), changing, issues);
  }
  return byKey;
}

/** The columns not read into named fields, as attributes. */
function attributes(cells: Map<string, string>, skip: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of cells) if (!skip.has(column)) Object.defineProperty(out, column, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Read the SSDA903 return's CSV files, as the DfE specifies them, into the
 * case records `deriveMonthly` reads. Give each table as a file's text, or
 * `{ name, text }` (the name goes into issues as `file`), or a list of them
 * for several years of one council's returns:
 *
 * - `header` (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB) gives the
 *   children: `childId` from CHILD, `dateOfBirth` from DOB, the other
 *   columns kept as attributes under their DfE names.
 * - `episodes` (CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC,
 *   REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN) gives the episodes:
 *   `start` DECOM, `end` DEC, `reasonNewEpisode` RNE, `legalStatus` LS,
 *   `placementType` PLACE, `reasonEnded` REC, the rest as attributes.
 * - `reviews`, `missing`, `adoption` (AD1) and `placedForAdoption` give
 *   dated events, one for each date column filled in: `review` (REVIEW),
 *   `missing` (MIS_START), `missing-ended` (MIS_END), `adoption-decision`
 *   (DATE_INT), `matched` (DATE_MATCH), `should-be-placed-for-adoption`
 *   (DATE_PLACED), `should-be-placed-for-adoption-ceased`
 *   (DATE_PLACED_CEASED), with the row's other columns as attributes.
 *
 * Dates are read from `dd/mm/yyyy` (or `YYYY-MM-DD`) into `YYYY-MM-DD`;
 * codes are kept as the text written, surrounding spaces removed; empty
 * cells are left out. Column names are read in any case. A record repeated
 * in several years' files (the same child; the same episode, by CHILD and
 * DECOM; the same event row) is read once: a value one year leaves empty
 * (an episode still open at the year end) is taken from another, and two
 * different values are a `contradiction` naming both files and lines (in
 * UPN, MOTHER and MC_DOB, which change, the last file given wins).
 * Across files it also finds a child id written with and without leading
 * zeros in two header files (`duplicate-child`), an episode open at one
 * return's year end that the next year's episodes file leaves out
 * (`contradiction`; a file's year is the April-to-March year of its latest
 * DECOM or DEC), each naming both files and lines. Overlapping episodes of
 * a child (`episode-overlap`) are found by the records' own check
 * (`checkCaseRecords`), which names the other episode by its `source`.
 *
 * Each episode's `source` is the files and lines it was read from (as
 * `sources.episodes`). `eventTypes` lists the event types of the event
 * tables given, a table given with no rows included (its types may then be
 * absent: nobody went missing); without any event table it is left out.
 * `coverage` runs from April of the first return's year to March of the
 * last's, each episodes file's year as above: a return is complete for its
 * year, so `deriveMonthly` refuses months outside them. Since `eventTypes`
 * and `coverage` speak for every year, the years must be whole: episodes
 * files with a year missing between them (2016-17 and 2018-19, no
 * 2017-18), or an event table given for fewer years than the episodes
 * files cover (`missing-2017.csv` with two years of episodes: its events
 * would count 0 through 2017-18), are `missing-key` issues naming the
 * years. Give each year's file of an event table (the header line only
 * for a year with nothing to list), or leave the table out.
 *
 * Throws `IndicatorError` `INVALID_DATA` with every problem at once, each
 * with `file`, `line` and `field` (the column).
 *
 * @example
 * ```ts
 * import { readSsda903 } from 'council-indicators/readers';
 *
 * const records = readSsda903({
 *   header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,15/06/2010,WBRI,,,\n',
 *   episodes: [
 *     { name: 'episodes-2017.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n101,10/01/2017,S,C2,N1,U1,PR1,,,,PE1,PE2,\n' },
 *     { name: 'episodes-2018.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n101,10/01/2017,S,C2,N1,U1,PR1,01/09/2017,E13,,PE1,PE2,\n' },
 *   ],
 * });
 * records.children; // [{ childId: '101', dateOfBirth: '2010-06-15', SEX: '1', ETHNIC: 'WBRI' }]
 * records.episodes; // [{ childId: '101', start: '2017-01-10', reasonNewEpisode: 'S', legalStatus: 'C2', CIN: 'N1', placementType: 'U1', PLACE_PROVIDER: 'PR1', HOME_POST: 'PE1', PL_POST: 'PE2', end: '2017-09-01', reasonEnded: 'E13', source: [{ file: 'episodes-2017.csv', line: 2 }, { file: 'episodes-2018.csv', line: 2 }] }]
 * records.sources.episodes; // [[{ file: 'episodes-2017.csv', line: 2 }, { file: 'episodes-2018.csv', line: 2 }]]
 * records.coverage; // { from: '2016-04', to: '2018-03' }
 * records.eventTypes; // undefined
 * ```
 */
export function readSsda903(files: Ssda903Files): Ssda903Records {
  const shape: IndicatorIssue[] = [];
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-option', path: 'files', message: 'readSsda903 takes an object of files by table, e.g. { header, episodes }' }]);
  }
  for (const key of Object.keys(files)) {
    if (!(TABLE_NAMES as string[]).includes(key)) {
      shape.push({ code: 'unknown-key', path: key, message: `"${key}" is not a table readSsda903 reads: the tables are ${TABLE_NAMES.join(', ')}` });
    }
  }
  for (const key of ['header', 'episodes'] as const) {
    if ((files as Record<string, unknown>)[key] === undefined) shape.push({ code: 'missing-key', path: key, message: `${key} is required: the SSDA903 ${key} file's text` });
  }
  const given = new Map(TABLE_NAMES.map((t) => [t, filesOf(t, Object.hasOwn(files, t) ? (files as Record<string, unknown>)[t] : undefined, shape)] as const));
  if (shape.length > 0) throw new IndicatorError('INVALID_OPTIONS', shape);

  const issues: IndicatorIssue[] = [];
  const unreadHeaders: string[] = [];
  const rowsOf = (t: Ssda903TableName) => given.get(t)!.flatMap((f, i) => readFile(t, f, i, issues, t === 'header' ? unreadHeaders : []));

  // Children.
  const childRows = rowsOf('header');
  const children = joinAll(
    childRows,
    (r) => r.cells.get('CHILD')!,
    (r) => `child ${r.cells.get('CHILD')}`,
    (r, first) => issueAt(r.place, 'duplicate-child', r.line, 'CHILD', `child ${r.cells.get('CHILD')} is also on line ${first.line}: give each child one row`),
    CHANGING,
    issues,
  );
  const byDigits = childrenByDigits(children);
  leadingZeroIssues(children, byDigits, issueAt, issues);
  const childOrder = new Map([...children.keys()].map((id, i) => [id, i]));
  const knownChild = (r: Row, table: string): boolean => {
    const id = r.cells.get('CHILD')!;
    const child = children.get(id);
    if (child === undefined) {
      // A header file that could not be read is already an issue: its children are not reported as unknown.
      if (unreadHeaders.length > 0) return false;
      issues.push(issueAt(r.place, 'unknown-child', r.line, 'CHILD', `${table} row for child ${id}, who is in no header file: ${unknownChildHint(id, children, byDigits)}`));
      return false;
    }
    const dob = r.cells.get('DOB');
    const born = child.cells.get('DOB');
    if (dob !== undefined && born !== undefined && dob !== born) {
      const first = child.from.get('DOB')!;
      issues.push(issueAt(r.place, 'contradiction', r.line, 'DOB', `child ${id} was born on ${dob} here and ${born} in ${at(first.place, first.line)}: correct one of the files`));
    }
    return true;
  };

  // Episodes, joined across years by child and start.
  const episodeRows = rowsOf('episodes').filter((r) => knownChild(r, 'episodes'));
  const episodes = joinAll(
    episodeRows,
    (r) => `${r.cells.get('CHILD')}\u0000${r.cells.get('DECOM') ?? ''}`,
    (r) => `child ${r.cells.get('CHILD')}'s episode starting ${r.cells.get('DECOM')}`,
    (r, first) =>
      issueAt(r.place, 'duplicate-id', r.line, 'DECOM', `child ${r.cells.get('CHILD')} has another episode starting ${r.cells.get('DECOM')} on line ${first.line}: an episode is one row`),
    new Set(),
    issues,
  );
  for (const r of episodeRows) {
    if (!r.cells.has('DECOM') && !r.unreadable.has('DECOM')) issues.push(issueAt(r.place, 'missing-key', r.line, 'DECOM', 'the episode has no start date DECOM'));
  }
  const years = returnYears(episodeRows);
  openEpisodeIssues(episodeRows, years, issueAt, issues);
  yearGapIssues(years, issues);

  // Events: one per date column filled in; a row repeated in another year's file is read once.
  const events = new Map<string, { event: EventRecord; sources: Row[]; order: number }>();
  for (const table of TABLE_NAMES) {
    const spec = TABLES[table];
    const types = Object.entries(spec.events);
    if (types.length === 0) continue;
    const rows = rowsOf(table);
    const files = given.get(table)!.map((f) => f.name);
    eventYearIssues({ table, types: types.map(([, type]) => type), files, rows, columns: types.map(([column]) => column) }, years, issues);
    for (const r of rows) {
      if (!knownChild(r, table)) continue;
      for (const [column, type] of types) {
        const date = r.cells.get(column);
        if (date === undefined) continue;
        const event: EventRecord = { childId: r.cells.get('CHILD')!, type, date, ...attributes(r.cells, new Set(['CHILD', 'DOB', column])) };
        const k = JSON.stringify([table, column, [...r.cells].sort()]);
        const had = events.get(k);
        if (had !== undefined && !had.sources.some((s) => s.place.path === r.place.path)) had.sources.push(r);
        else events.set(had === undefined ? k : `${k}\u0000${events.size}`, { event, sources: [r], order: events.size });
      }
    }
  }

  const out: Ssda903Records = { children: [], episodes: [], events: [], sources: { children: [], episodes: [], events: [] } };
  for (const [id, c] of children) {
    out.children.push({ childId: id, dateOfBirth: c.cells.get('DOB')!, ...attributes(c.cells, new Set(['CHILD', 'DOB'])) });
    out.sources.children.push(c.sources.map(source));
  }
  const sortedEpisodes = [...episodes.values()].sort(
    (a, b) => childOrder.get(a.cells.get('CHILD')!)! - childOrder.get(b.cells.get('CHILD')!)! || (a.cells.get('DECOM')! < b.cells.get('DECOM')! ? -1 : 1),
  );
  for (const e of sortedEpisodes) {
    const record: EpisodeRecord = { childId: e.cells.get('CHILD')!, start: e.cells.get('DECOM')! };
    for (const [column, value] of e.cells) {
      if (column === 'CHILD' || column === 'DECOM') continue;
      const name = EPISODE_FIELDS[column] ?? column;
      Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
    }
    const sources = e.sources.map(source);
    record.source = sources;
    out.episodes.push(record);
    out.sources.episodes.push(sources);
  }
  overlapIssues(out, sortedEpisodes, issues);
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  const sortedEvents = [...events.values()].sort(
    (a, b) =>
      childOrder.get(a.event.childId)! - childOrder.get(b.event.childId)! ||
      (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0) ||
      a.order - b.order,
  );
  for (const e of sortedEvents) {
    out.events.push(e.event);
    out.sources.events.push(e.sources.map(source));
  }
  // The event types of the tables given: a table given with no rows (nobody went missing) may have none of its types.
  const eventTypes = TABLE_NAMES.filter((t) => given.get(t)!.length > 0).flatMap((t) => Object.values(TABLES[t].events));
  if (eventTypes.length > 0) out.eventTypes = eventTypes;
  // Each return is complete for its April-to-March year.
  if (years.size > 0) {
    const all = [...years.values()];
    out.coverage = { from: `${Math.min(...all)}-04`, to: `${Math.max(...all) + 1}-03` };
  }
  return out;
}

/**
 * Overlapping episodes of a child, found by the records' own check (as
 * `deriveMonthly` finds them) on the episodes read, each episode carrying
 * its `source` so that the message names the other by file and line; the
 * issue is put on the episode's first file and line. The records' other
 * problems are left to `deriveMonthly` (an episode's file and line are in
 * `sources`).
 */
function overlapIssues(records: Ssda903Records, episodes: readonly Joined[], issues: IndicatorIssue[]): void {
  try {
    checkCaseRecords({ children: records.children, episodes: records.episodes });
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    for (const issue of e.issues) {
      if (issue.code !== 'episode-overlap' || issue.row === undefined) continue;
      const row = episodes[issue.row]!.sources[0]!;
      issues.push(issueAt(row.place, 'episode-overlap', row.line, undefined, issue.message));
    }
  }
}

/**
 * Which SSDA903 table a CSV file holds, judged by its header line (column
 * names in any case), or `null` when it is none that {@link readSsda903}
 * reads. A tool given a folder of files can sort them with it. A table is
 * named by a column only it has (DECOM, REVIEW, MIS_START, ETHNIC, ...),
 * not by all its required ones, so a file missing a required column is
 * still named and `readSsda903` says which column it lacks.
 *
 * @example
 * ```ts
 * import { detectSsda903Table } from 'council-indicators/readers';
 *
 * detectSsda903Table('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n'); // 'episodes'
 * detectSsda903Table('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n'); // 'header'
 * detectSsda903Table('CHILD,DOB,MISSING,MIS_START,MIS_END\n'); // 'missing'
 * detectSsda903Table('CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n'); // 'header'
 * detectSsda903Table('period,admissions\n'); // null
 * ```
 */
export function detectSsda903Table(text: string): Ssda903TableName | null {
  const firstLine = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, ''))![0];
  const csv = readCsvText(firstLine, ',', { path: 'text' });
  if (csv.header === undefined) return null;
  const columns = new Set(csv.header.map((h) => h.toUpperCase()));
  if (!columns.has('CHILD')) return null;
  if (columns.has('DECOM')) return 'episodes';
  if (columns.has('REVIEW')) return 'reviews';
  if (columns.has('MIS_START')) return 'missing';
  if (columns.has('DATE_MATCH') || columns.has('DATE_INT')) return 'adoption';
  if (columns.has('DATE_PLACED')) return 'placedForAdoption';
  // ETHNIC, UPN, MOTHER and MC_DOB are the header's alone, so a header without DOB is still named (and its missing column reported).
  if (['ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'].some((c) => columns.has(c))) return 'header';
  if (columns.has('SEX') && columns.has('DOB') && !columns.has('DUC')) return 'header';
  return null;
}
