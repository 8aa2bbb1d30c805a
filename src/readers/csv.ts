/**
 * CSV text to a header and records of text cells, each with the line it
 * starts on. The parsing is csv-parse's (its browser build, which carries its
 * own `Buffer`, so this module runs in browsers and in Node alike); this
 * module only adds line numbers that hold for every line ending, and turns
 * csv-parse's errors into issues.
 *
 * @module
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { IndicatorIssue } from '../index.js';

/** One record of a CSV file: its cells as written, and the 1-based line it starts on. @internal */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A CSV file read into text cells. @internal */
export interface CsvText {
  /** The header's names, trimmed. */
  header: string[];
  /** The header's names as written (spaces kept). */
  rawHeader: string[];
  /** The line the header is on (after leading blank lines). */
  headerLine: number;
  /** The records after the header with one cell per column, blank lines left out. */
  records: CsvRecord[];
  /** A `column-count` issue for each record with more or fewer cells than the header (left out of `records`). */
  issues: IndicatorIssue[];
}

/** Where the issues of one text go: its name (for `file`) and how a message starts. @internal */
export interface TextPlace {
  /** The file name, when the caller gave one. */
  file?: string;
  /** The input's path, e.g. `text` or `episodes[1]`. */
  path: string;
}

/** `file line 7` or `line 7`: how messages name a place. @internal */
export function at(place: TextPlace, line: number): string {
  return place.file === undefined ? `line ${line}` : `${place.file} line ${line}`;
}

/** An issue on a line of a text, with `file` when the text has a name. @internal */
export function lineIssue(
  place: TextPlace,
  code: IndicatorIssue['code'],
  line: number,
  message: string,
  extra: Partial<IndicatorIssue> = {},
): IndicatorIssue {
  const issue: IndicatorIssue = { code, path: place.path, message: `${at(place, line)}: ${message}`, line, ...extra };
  if (place.file !== undefined) issue.file = place.file;
  return issue;
}

interface CsvParseError {
  code?: unknown;
  lines?: unknown;
  message?: unknown;
}

/** Plain-English words for csv-parse's error codes, with the fix. */
function csvProblem(code: string): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell starts here and its closing quote never comes: close the quote, or write a quote inside a quoted cell as two quotes ("")';
    case 'INVALID_OPENING_QUOTE':
      return 'a quote in the middle of a cell that is not quoted: quote the whole cell ("a ""b"" c"), or remove the quote';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell goes on after its closing quote: write a quote inside a quoted cell as two quotes (""), and put the delimiter straight after the closing quote';
    default:
      return `the text is not well-formed CSV (${code})`;
  }
}

/**
 * Read CSV text (RFC 4180: quoted cells, `""` for a quote, line breaks in
 * quoted cells) into its header and records. A byte-order mark is dropped;
 * `\r\n`, `\n` and `\r` all end a line (a line break inside a quoted cell is
 * read as `\n`); blank lines are skipped. Returns only issues when the text
 * is not well-formed (only the first such problem: after it, where cells
 * begin is unknown) or has no header. @internal
 */
export function readCsvText(text: string, delimiter: string, place: TextPlace): CsvText | { header?: undefined; issues: IndicatorIssue[] } {
  // One line ending, so that csv-parse's line count is right for every file
  // (it counts a \r\n inside a quoted cell as two lines).
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(normal, { delimiter, info: true, relax_column_count: true, skip_empty_lines: false }) as never;
  } catch (e) {
    const err = e as CsvParseError;
    const line = typeof err.lines === 'number' ? err.lines : 1;
    return { issues: [lineIssue(place, 'bad-csv', line, csvProblem(String(err.code)))] };
  }
  const issues: IndicatorIssue[] = [];
  const records: CsvRecord[] = [];
  let header: CsvRecord | undefined;
  let rawHeader: string[] = [];
  for (const { record, info } of parsed) {
    // A record ends on info.lines; it starts that many lines earlier as its quoted cells have line breaks.
    let breaks = 0;
    for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
    const line = info.lines - breaks;
    if (record.length === 1 && record[0] === '') continue; // a blank line
    if (header === undefined) {
      header = { cells: record.map((c) => c.trim()), line };
      rawHeader = record;
    }
    else records.push({ cells: record, line });
  }
  if (header === undefined) {
    return { issues: [lineIssue(place, 'missing-key', 1, 'the text has no header line: the first line names the columns, e.g. period,admissions')] };
  }
  const width = header.cells.length;
  const kept: CsvRecord[] = [];
  for (const r of records) {
    if (r.cells.length === width) kept.push(r);
    else {
      issues.push(
        lineIssue(
          place,
          'column-count',
          r.line,
          `has ${r.cells.length} ${r.cells.length === 1 ? 'cell' : 'cells'} and the header has ${width}: every line needs one cell per column (quote a cell that contains "${delimiter}")`,
        ),
      );
    }
  }
  return { header: header.cells, rawHeader, headerLine: header.line, records: kept, issues };
}

/** Issues with a header's names (trimmed; `raw`, as written, says when trimming made two equal): empty, repeated, or `__proto__`. @internal */
export function headerIssues(header: readonly string[], line: number, place: TextPlace, raw?: readonly string[]): IndicatorIssue[] {
  const issues: IndicatorIssue[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') {
      issues.push(lineIssue(place, 'missing-key', line, `column ${i + 1} of the header has no name: name every column`));
      return;
    }
    if (name === '__proto__') {
      issues.push(
        lineIssue(place, 'forbidden-key', line, '"__proto__" cannot be a column name: JavaScript reads it as the object\'s prototype, so the column would be lost; rename it', { field: name }),
      );
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      const a = raw?.[first];
      const b = raw?.[i];
      const trimmed = a !== undefined && b !== undefined && a !== b ? ` once the spaces around names are dropped (${JSON.stringify(a)} and ${JSON.stringify(b)})` : '';
      issues.push(lineIssue(place, 'duplicate-column', line, `columns ${first + 1} and ${i + 1} are both named "${name}"${trimmed}: give each column its own name`, { field: name }));
    } else seen.set(name, i);
  });
  return issues;
}
