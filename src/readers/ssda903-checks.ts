/**
 * Checks of readSsda903 across files, where only the reader knows each
 * row's file and line: ids that differ only by leading zeros, and an
 * episode open at one return's year end that the next return leaves out;
 * and each episodes file's year. (Overlapping episodes are the records'
 * check, src/records/check.ts: the reader gives each episode its `source`
 * so that the check names the other by file and line.)
 *
 * @internal
 * @module
 */
import type { IndicatorIssue } from '../index.js';
import { at } from './csv.js';
import type { TextPlace } from './csv.js';

/** A row of an SSDA903 file, as the reader reads it. */
export interface PlacedRow {
  cells: Map<string, string>;
  place: TextPlace & { file: string };
  line: number;
  fileIndex: number;
}

/** A record joined from rows of several files. */
export interface JoinedRecord {
  cells: Map<string, string>;
  sources: PlacedRow[];
}

type IssueAt = (place: TextPlace & { file: string }, code: IndicatorIssue['code'], line: number, column: string | undefined, message: string) => IndicatorIssue;

/** A child id without its leading zeros (`01001` and `1001` are both `1001`; `0` stays `0`). */
export function withoutLeadingZeros(id: string): string {
  return id.replace(/^0+(?=.)/, '');
}

const ZEROS_FIX = 'a spreadsheet may have dropped them (reading the ids as numbers): write the ids the same way in every file';

/**
 * Children of the header files by id without leading zeros, to the first id
 * so written: for `unknown-child` messages, and to find two spellings.
 */
export function childrenByDigits(children: ReadonlyMap<string, JoinedRecord>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of children.keys()) {
    const key = withoutLeadingZeros(id);
    const ids = out.get(key);
    if (ids === undefined) out.set(key, [id]);
    else ids.push(id);
  }
  return out;
}

/**
 * A child whose id differs from another's only by leading zeros, the two
 * in different header files (one year's return saved through a
 * spreadsheet): a `duplicate-child` issue naming both files and lines.
 */
export function leadingZeroIssues(children: ReadonlyMap<string, JoinedRecord>, byDigits: ReadonlyMap<string, string[]>, issueAt: IssueAt, issues: IndicatorIssue[]): void {
  for (const ids of byDigits.values()) {
    if (ids.length < 2) continue;
    const first = children.get(ids[0]!)!;
    for (const id of ids.slice(1)) {
      const other = children.get(id)!;
      const row = other.sources.find((r) => first.sources.some((f) => f.place.path !== r.place.path));
      if (row === undefined) continue;
      const was = first.sources.find((f) => f.place.path !== row.place.path)!;
      issues.push(
        issueAt(row.place, 'duplicate-child', row.line, 'CHILD', `child ${id} here and child ${ids[0]} in ${at(was.place, was.line)} differ only by leading zeros, so they would be counted as two children: ${ZEROS_FIX}`),
      );
    }
  }
}

/** The end of an `unknown-child` message: the header child whose id differs only by leading zeros, if any. */
export function unknownChildHint(id: string, children: ReadonlyMap<string, JoinedRecord>, byDigits: ReadonlyMap<string, string[]>): string {
  const like = byDigits.get(withoutLeadingZeros(id))?.find((other) => other !== id);
  if (like === undefined) return 'give the header file of the same return';
  const row = children.get(like)!.sources[0]!;
  return `${at(row.place, row.line)} has child ${like}, which differs only by leading zeros: ${ZEROS_FIX}`;
}

/** The April-to-March year a `YYYY-MM-DD` day falls in, by its first calendar year (2016 for 2016-04-01 to 2017-03-31). */
function returnYear(day: string): number {
  return Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 4 ? 1 : 0);
}

/**
 * Each episodes file's year, by its index, as the first calendar year of
 * the April-to-March year of its latest DECOM or DEC (a return holds no
 * date after its year end): 2016 for the 2016-17 return. A file with no
 * date has none.
 */
export function returnYears(rows: readonly PlacedRow[]): Map<number, number> {
  const latest = new Map<number, string>();
  for (const r of rows) {
    for (const column of ['DECOM', 'DEC']) {
      const day = r.cells.get(column);
      if (day !== undefined && day > (latest.get(r.fileIndex) ?? '')) latest.set(r.fileIndex, day);
    }
  }
  return new Map([...latest].map(([file, day]) => [file, returnYear(day)]));
}

/**
 * An episode open (no DEC) in one episodes file and missing from the
 * episodes file of the next year (`year`, from {@link returnYears}): an
 * episode open on the year end was open on the next day, so the next
 * year's return must list it. Found by child (leading zeros aside) and
 * DECOM. Files of other years, or a year with no file, are not compared.
 */
export function openEpisodeIssues(rows: readonly PlacedRow[], year: ReadonlyMap<number, number>, issueAt: IssueAt, issues: IndicatorIssue[]): void {
  const keys = new Map<number, Set<string>>();
  const names = new Map<number, string>();
  for (const r of rows) {
    names.set(r.fileIndex, r.place.file);
    const start = r.cells.get('DECOM');
    if (start === undefined) continue;
    const key = `${withoutLeadingZeros(r.cells.get('CHILD')!)}\u0000${start}`;
    keys.set(r.fileIndex, (keys.get(r.fileIndex) ?? new Set()).add(key));
  }
  for (const r of rows) {
    const start = r.cells.get('DECOM');
    if (start === undefined || r.cells.has('DEC') || !year.has(r.fileIndex)) continue;
    const y = year.get(r.fileIndex)!;
    const next = [...year].filter(([, other]) => other === y + 1).map(([file]) => file);
    if (next.length === 0) continue;
    const key = `${withoutLeadingZeros(r.cells.get('CHILD')!)}\u0000${start}`;
    if (next.some((file) => keys.get(file)?.has(key) === true)) continue;
    const yearEnd = `${y + 1}-03-31`;
    const files = next.map((file) => names.get(file)!).join(' or ');
    issues.push(
      issueAt(
        r.place,
        'contradiction',
        r.line,
        'DEC',
        `child ${r.cells.get('CHILD')}'s episode starting ${start} has no DEC here, so it was open at the end of this return's year (${yearEnd}, by the file's latest date), but it is not in ${files}, the next year's return: ` +
          `each year's return lists every episode open during its year, so add the episode there (with its DEC if it has ceased), or write its DEC here if it ceased by ${yearEnd}`,
      ),
    );
  }
}

/** `2016` as `2016-17`. */
export function yearName(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The episodes files' years must run on without a gap: between a 2016-17
 * and a 2018-19 return nothing of 2017-18 is known, yet the records would
 * cover it (a child's episode would run on, nobody would start or leave
 * care). A `missing-key` issue at `episodes` naming the absent years.
 */
export function yearGapIssues(years: ReadonlyMap<number, number>, issues: IndicatorIssue[]): void {
  const all = [...new Set(years.values())].sort((a, b) => a - b);
  if (all.length === 0) return;
  const absent: string[] = [];
  for (let y = all[0]!; y <= all[all.length - 1]!; y++) if (!all.includes(y)) absent.push(yearName(y));
  if (absent.length === 0) return;
  issues.push({
    code: 'missing-key',
    path: 'episodes',
    message: `the episodes files are of ${listed(all.map(yearName))} (by each file's latest date), but none is of ${listed(absent)}: the records would run across ${absent.length === 1 ? 'that year' : 'those years'} with nothing known of ${absent.length === 1 ? 'it' : 'them'}. Give every year's return between the first and the last`,
  });
}

/** An event table as the reader sees it, for {@link eventYearIssues}. */
export interface EventTable {
  table: string;
  /** The event types its date columns give. */
  types: readonly string[];
  /** The names of its files, by index. */
  files: readonly string[];
  /** Its rows (with their file's index). */
  rows: readonly PlacedRow[];
  /** Its date columns that are events. */
  columns: readonly string[];
}

/**
 * An event table (reviews, missing, AD1, ...) holds its return's April-to-
 * March year only: given for fewer years than the episodes files cover, its
 * events would count 0 through the other years without a word. A
 * `missing-key` issue at the table, naming the years it is given for (each
 * file's year from its latest event date, when every file has one) and
 * those it is not.
 */
export function eventYearIssues(table: EventTable, years: ReadonlyMap<number, number>, issues: IndicatorIssue[]): void {
  const returns = [...new Set(years.values())].sort((a, b) => a - b);
  if (table.files.length === 0 || table.files.length >= returns.length) return;
  const latest = new Map<number, string>();
  for (const r of table.rows) {
    for (const column of table.columns) {
      const day = r.cells.get(column);
      if (day !== undefined && day > (latest.get(r.fileIndex) ?? '')) latest.set(r.fileIndex, day);
    }
  }
  const fileYears = table.files.map((_, i) => (latest.has(i) ? returnYear(latest.get(i)!) : null));
  const dated = new Set(fileYears.filter((y): y is number => y !== null && returns.includes(y)));
  const types = listed(table.types.map((t) => JSON.stringify(t)));
  const t = table.table;
  let what: string;
  if (dated.size === table.files.length) {
    const absent = returns.filter((y) => !dated.has(y));
    const given = [...dated].sort((a, b) => a - b).map((y) => `${yearName(y)} (${table.files[fileYears.indexOf(y)]})`);
    what = `the ${t} table is given for ${listed(given)} but not for ${listed(absent.map(yearName))}, which the episodes files cover: its ${types} events would count 0 through ${listed(absent.map(yearName))}`;
  } else {
    what = `the ${t} table is given in ${table.files.length} file${table.files.length === 1 ? '' : 's'} (${table.files.join(', ')}), but the episodes files cover ${returns.length} return years (${listed(returns.map(yearName))}): its ${types} events would count 0 through the years without a file`;
  }
  issues.push({
    code: 'missing-key',
    path: t,
    message: `${what}, since an event table of one return holds that return's April-to-March year only. Give each year's ${t} file in files.${t} (a file with the header line only for a year with nothing to list), or leave out the ${t} table (measures reading its events are then refused)`,
  });
}
