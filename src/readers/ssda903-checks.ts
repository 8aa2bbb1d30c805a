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
