/**
 * `readTable` and `readRows`: monthly rows from CSV, JSON or JSON Lines
 * text, with every problem reported at once by line and column.
 *
 * @module
 */
import { IndicatorError } from '../index.js';
import type { DataRow, Frequency, IndicatorIssue } from '../index.js';
import { readNumberCell } from './cells.js';
import type { NumberReading } from './cells.js';
import { at, headerIssues, lineIssue, readCsvText } from './csv.js';
import type { TextPlace } from './csv.js';
import { bothPlaces, jsonDuplicateKeys } from './json.js';
import { DETECT_FORMS, detectFrequency, FREQUENCIES, frequenciesRead, mixedMessage, notOf, noun, PLURAL, readPeriodCell } from './periods.js';
import type { CellReadings, Detected, PlacedCell, ReadFrequency } from './periods.js';

/** The text formats {@link readTable} reads. */
export type TableFormat = 'csv' | 'json' | 'jsonl';

/** Options of {@link readTable} and {@link readRows}. */
export interface ReadOptions {
  /** `'csv'` (the default), `'json'` (an array of objects) or `'jsonl'` (JSON Lines: one object a line). */
  format?: TableFormat;
  /** The column that names the period (default `'period'`): read as `frequency` says, written as the core's keys (`YYYY-MM` for months). */
  periodColumn?: string;
  /**
   * What the period cells are. `'month'` (the default): months, read with
   * `parsePeriod` (`Sep-17`, `2017-09-01`), written `2017-09`.
   * `'quarter'`: `2017-Q2`, or as reports print them, `Q1 2017-18`
   * (numbered from April), `2017Q2`; written `2017-Q2`.
   * `'financial-year'`: `2017-18`, `2017/18`, `2017/2018`; written
   * `2017-18`. `'calendar-year'`: `2017` (in JSON also the number 2017).
   * Quarters and years are read with `parseReportingPeriod`, except
   * `Q2 2017`, refused as ambiguous (April to June 2017, or the second
   * quarter of 2017-18 to many UK councils). `'detect'`: the one frequency
   * every period cell reads as; cells of two frequencies are
   * `mixed-frequency`, and cells that all read two ways (`2007-08`, August
   * 2007 or the financial year 2007-08) an issue asking for the frequency.
   * A cell of another frequency is `bad-period` at its line.
   */
  frequency?: ReadFrequency;
  /** CSV only: the character between cells (default `,`), e.g. `;` or `\t`. */
  delimiter?: string;
  /** Read `1,234` as 1234: commas between groups of three digits. In a comma-delimited CSV, such a cell must be quoted. Default `false`: a comma is an error. */
  thousands?: boolean;
  /**
   * The decimal point. `'.'` (the default reading): `12.5` is 12.5 and
   * `1.234` is 1.234. `','`, as much of Europe writes: `12,5` is 12.5 and
   * dots group thousands, `1.234,5` is 1234.5 (not with `thousands`). Not
   * given, a CSV separated by `;` (often a European export) refuses cells
   * such as `1.234` and `12.345.678` as ambiguous rather than guess; `12.5`
   * and `1.2345` are read as written.
   */
  decimal?: '.' | ',';
  /** `'number'`: read `12%` as the number 12. Default: a percent sign is an error. */
  percent?: 'number';
  /**
   * Columns kept as the text written (labels, notes), not read as numbers:
   * a list of names, or a test of a name (`(c) => c.startsWith('printed_')`).
   */
  textColumns?: readonly string[] | ((column: string) => boolean);
  /** The file's name, put in issues as `file` and in their messages. */
  file?: string;
}

/** What {@link readTable} returns. */
export interface Table {
  /** The rows, in the order of the text, ready for `computeIndicator`. */
  rows: DataRow[];
  /** `lines[i]` is the 1-based line where `rows[i]` starts in the text. */
  lines: number[];
  /** The column names: the header's (CSV), or every key in order of first appearance (JSON). */
  columns: string[];
  /** The frequency of the rows' periods: the option `frequency`, or the one `'detect'` read. */
  frequency: Frequency;
}

const OPTION_KEYS = ['format', 'periodColumn', 'frequency', 'delimiter', 'thousands', 'decimal', 'percent', 'textColumns', 'file'];

interface Settings {
  format: TableFormat;
  periodColumn: string;
  frequency: ReadFrequency;
  /** Whether the option `frequency` was given (messages then name it). */
  frequencyGiven: boolean;
  delimiter: string;
  reading: NumberReading;
  /** Whether a column is kept as text. */
  isText: (column: string) => boolean;
  place: TextPlace;
}

function settingsOf(options: ReadOptions | undefined): Settings {
  const issues: IndicatorIssue[] = [];
  const bad = (path: string, message: string, code: IndicatorIssue['code'] = 'bad-option') => issues.push({ code, path, message });
  const o = (options ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    throw new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-option', path: 'options', message: 'options must be an object such as { format: "csv" }, or left out' }]);
  }
  for (const key of Object.keys(o)) if (!OPTION_KEYS.includes(key)) bad(key, `unknown option "${key}": the options are ${OPTION_KEYS.join(', ')}`, 'unknown-key');
  const format = o.format ?? 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'jsonl') bad('format', `format must be "csv", "json" or "jsonl", received ${JSON.stringify(format)}`, 'bad-choice');
  const periodColumn = o.periodColumn ?? 'period';
  if (typeof periodColumn !== 'string' || periodColumn === '') bad('periodColumn', 'periodColumn must be a column name, e.g. "month"');
  const frequency = o.frequency ?? 'month';
  if (typeof frequency !== 'string' || (frequency !== 'detect' && !FREQUENCIES.includes(frequency as Frequency))) {
    bad('frequency', `frequency must be "month", "quarter", "financial-year", "calendar-year" or "detect", received ${JSON.stringify(frequency)}`, 'bad-choice');
  }
  const delimiter = o.delimiter ?? ',';
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    bad('delimiter', 'delimiter must be one character other than a quote or a line break, e.g. "," or ";" or "\\t"');
  }
  if (o.thousands !== undefined && typeof o.thousands !== 'boolean') bad('thousands', 'thousands must be true or false');
  if (o.decimal !== undefined && o.decimal !== '.' && o.decimal !== ',') bad('decimal', `decimal must be "." or ",", received ${JSON.stringify(o.decimal)}`, 'bad-choice');
  if (o.decimal === ',' && o.thousands === true) {
    bad('decimal', 'thousands: true reads a comma as grouping thousands, and decimal: "," reads it as the decimal point: give one of them (with decimal: ",", dots group thousands)');
  }
  if (o.percent !== undefined && o.percent !== 'number') bad('percent', `percent must be "number" (read 12% as 12), or left out`, 'bad-choice');
  const text = o.textColumns ?? [];
  if (typeof text !== 'function' && (!Array.isArray(text) || text.some((c) => typeof c !== 'string'))) {
    bad('textColumns', 'textColumns must be a list of column names, or a function of a column name');
  }
  if (o.file !== undefined && typeof o.file !== 'string') bad('file', 'file must be the file name as text');
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return {
    format: format as TableFormat,
    periodColumn: periodColumn as string,
    frequency: frequency as ReadFrequency,
    frequencyGiven: o.frequency !== undefined,
    delimiter: delimiter as string,
    reading: {
      thousands: o.thousands === true,
      percent: o.percent === 'number',
      decimal: o.decimal as '.' | ',' | undefined,
      dotsAmbiguous: format === 'csv' && delimiter === ';' && o.decimal === undefined && o.thousands !== true,
    },
    isText: typeof text === 'function' ? (text as (column: string) => boolean) : ((set) => (column: string) => set.has(column))(new Set(text as string[])),
    place: o.file === undefined ? { path: 'text' } : { path: 'text', file: o.file as string },
  };
}

/** A period cell, before the row it is in is read. */
interface PeriodEntry {
  value: unknown;
  line: number;
}

/**
 * The frequency to read the period cells at: the option's, or the one
 * `'detect'` reads from all of them (read first, since a cell read early
 * may be decided by one read late).
 */
function decide(s: Settings, cells: readonly PeriodEntry[]): Detected {
  if (s.frequency !== 'detect') return { frequency: s.frequency };
  const placed: PlacedCell[] = [];
  for (const c of cells) {
    if ((typeof c.value === 'string' && c.value.trim() !== '') || typeof c.value === 'number') placed.push({ readings: readPeriodCell(c.value), line: c.line });
  }
  return detectFrequency(placed);
}

/**
 * Why a cell reads as no period at all under `'detect'`: a parser's own
 * reason (`has no quarter 5`, `has no month 13`), or every form it reads,
 * months, quarters and years alike, not the month forms alone.
 */
function notDetected(r: CellReadings): string {
  const monthWhy = r.monthWhy !== undefined && !/write it as 2017-09|parsePeriod can read/.test(r.monthWhy) ? r.monthWhy : undefined;
  // Both its own reasons when it is a flawed month and a flawed year (`2017-13`).
  if (r.otherWhy !== undefined) return monthWhy === undefined ? r.otherWhy : `${monthWhy}; and ${r.otherWhy}`;
  if (monthWhy !== undefined) return monthWhy;
  return `${r.shown} is not a period: ${DETECT_FORMS}: write the period in one of these forms`;
}

/** Reads the cells of one row into `row`, pushing an issue for each one that cannot be read. */
class RowReader {
  readonly rows: DataRow[] = [];
  readonly lines: number[] = [];
  readonly issues: IndicatorIssue[] = [];
  readonly frequency: Frequency;
  private readonly periods = new Map<string, number>();
  /** The period cells refused: the issue, and the shape of the text (digits and letters runs collapsed). */
  private readonly badPeriods: { issue: IndicatorIssue; shape: string; line: number }[] = [];
  /** Whether the issue of keys that read two ways is out (JSON rows may share a line). */
  private ambiguityTold = false;

  constructor(
    private readonly s: Settings,
    private readonly detected: Detected,
  ) {
    this.frequency = detected.frequency;
  }

  private issue(code: IndicatorIssue['code'], line: number, field: string, message: string, period?: string): void {
    const row = this.rows.length;
    const extra: Partial<IndicatorIssue> = { path: `rows[${row}].${field}`, row, field };
    if (period !== undefined) extra.period = period;
    const issue: IndicatorIssue = { code, message: `${at(this.s.place, line)}, column ${field}: ${message}`, line, ...extra } as IndicatorIssue;
    if (this.s.place.file !== undefined) issue.file = this.s.place.file;
    this.issues.push(issue);
  }

  /** A refused period cell: `bad-period`, remembered for the one-issue summary of {@link allIssues}. */
  private badPeriod(line: number, message: string, text: string): void {
    this.issue('bad-period', line, this.s.periodColumn, message);
    this.badPeriods.push({ issue: this.issues[this.issues.length - 1]!, shape: text.trim().replace(/\d+/g, '9').replace(/[A-Za-z]+/g, 'a'), line });
  }

  /** The period, from its cell (text for CSV; any JSON value), as a key of the frequency read. */
  private period(value: unknown, line: number): string | undefined {
    const field = this.s.periodColumn;
    const f = this.frequency;
    const d = this.detected;
    if ('ambiguous' in d && d.ambiguous.line === line && !this.ambiguityTold) {
      this.ambiguityTold = true;
      this.issue('bad-period', line, field, d.ambiguous.message);
    }
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.issue('missing-period', line, field, `the row has no period: every row names its ${noun(f)}`);
      return undefined;
    }
    if (typeof value !== 'string' && (typeof value !== 'number' || f === 'month')) {
      const example = f === 'month' ? 'the month as text, e.g. "2017-09"' : `the period as text, e.g. "${f === 'quarter' ? '2017-Q3' : f === 'financial-year' ? '2017-18' : '2017'}"`;
      this.issue('bad-period', line, field, `${JSON.stringify(value)} is not text: write ${example}`);
      return undefined;
    }
    const readings = readPeriodCell(value, f);
    const period = readings.keys[f];
    if (period === undefined) {
      if ('mixed' in d && frequenciesRead(readings).length > 0) {
        this.issue('mixed-frequency', line, field, mixedMessage(readings, f, d.mixed, at(this.s.place, d.mixed.line)));
      } else if (this.s.frequency === 'detect' && frequenciesRead(readings).length === 0 && readings.ambiguous === undefined) {
        this.badPeriod(line, notDetected(readings), readings.text);
      } else this.badPeriod(line, notOf(readings, f, this.s.frequencyGiven ? `the option frequency: '${f}' reads ${PLURAL[f]}` : undefined), readings.text);
      return undefined;
    }
    const first = this.periods.get(period);
    if (first !== undefined) {
      const written = readings.text === period ? period : `${readings.shown} (${period})`;
      this.issue('duplicate-period', line, field, `${written} is also the ${noun(f)} of ${at(this.s.place, first)}: give each ${noun(f)} one row`, period);
    } else this.periods.set(period, line);
    return period;
  }

  /**
   * The issues, with the period cells' collapsed when every row's period
   * (three or more) is refused and all are written alike (`01/04/2016`,
   * `02/05/2016`, ...): one issue at the first, naming how many and their
   * lines, rather than one a row saying the same.
   */
  allIssues(): IndicatorIssue[] {
    const bad = this.badPeriods;
    if (bad.length < 3 || bad.length !== this.rows.length || bad.some((b) => b.shape !== bad[0]!.shape)) return this.issues;
    const first = bad[0]!;
    const last = bad[bad.length - 1]!;
    const own = first.issue.message.slice(first.issue.message.indexOf(': ') + 2);
    const summary: IndicatorIssue = {
      ...first.issue,
      message: `${at(this.s.place, first.line)}, column ${this.s.periodColumn}: all ${bad.length} period cells, lines ${first.line} to ${last.line}, are written alike and none is read; the first: ${own}`,
    };
    const dropped = new Set(bad.slice(1).map((b) => b.issue));
    return this.issues.filter((i) => !dropped.has(i)).map((i) => (i === first.issue ? summary : i));
  }

  /** A figure from text (CSV cells, JSON strings). */
  private figure(text: string, line: number, field: string, period: string | undefined): number | null | undefined {
    const read = readNumberCell(text, this.s.reading);
    if ('value' in read) return read.value;
    this.issue(read.code, line, field, read.problem, period);
    return undefined;
  }

  /** A row from its entries: CSV cells (text) or JSON values. */
  add(entries: readonly (readonly [string, unknown])[], line: number): void {
    const periodEntry = entries.find(([k]) => k === this.s.periodColumn);
    const period = this.period(periodEntry?.[1], line);
    const row: DataRow = { period: period ?? '' };
    for (const [key, value] of entries) {
      if (key === this.s.periodColumn) continue;
      if (key === '__proto__') {
        this.issue('forbidden-key', line, key, '"__proto__" cannot be a key: JavaScript reads it as the object\'s prototype, so the field would be lost; rename it', period);
        continue;
      }
      if (this.s.isText(key)) row[key] = value;
      else if (typeof value === 'string') {
        const n = this.figure(value, line, key, period);
        if (n !== undefined) row[key] = n;
      } else if (value === null) row[key] = null;
      else if (typeof value === 'number') {
        if (Number.isFinite(value)) row[key] = value === 0 ? 0 : value;
        else this.issue('not-finite', line, key, `${value} is not a finite number`, period);
      } else {
        this.issue('not-a-number', line, key, `expected a number, the text of a number, or null; received ${JSON.stringify(value)}`, period);
      }
    }
    this.rows.push(row);
    this.lines.push(line);
  }
}

/** Issues in the order of their lines (a stable sort: a line's issues keep their column order). */
function byLine(issues: IndicatorIssue[]): IndicatorIssue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function readCsv(text: string, s: Settings): Table {
  const csv = readCsvText(text, s.delimiter, s.place);
  if (csv.header === undefined) throw new IndicatorError('INVALID_DATA', csv.issues);
  const issues = headerIssues(csv.header, csv.headerLine, s.place, csv.rawHeader);
  const separator = csv.header.length === 1 ? [';', '\t', '|', ','].find((c) => c !== s.delimiter && csv.header[0]!.includes(c)) : undefined;
  if (!csv.header.includes(s.periodColumn) && separator !== undefined) {
    const option = `the option delimiter: '${separator === '\t' ? '\\t' : separator}'`;
    issues.push(
      lineIssue(
        s.place,
        'missing-key',
        csv.headerLine,
        `the header is one column, ${JSON.stringify(csv.header[0])}: the file looks separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}, not "${s.delimiter === '\t' ? '\\t' : s.delimiter}": read it with ${option}`,
        { field: s.periodColumn },
      ),
    );
  } else if (!csv.header.includes(s.periodColumn)) {
    issues.push(
      lineIssue(
        s.place,
        'missing-key',
        csv.headerLine,
        `the header has no column "${s.periodColumn}"; its columns are ${csv.header.join(', ')}: name the month's column ${s.periodColumn}, or say which it is with the option periodColumn`,
        { field: s.periodColumn },
      ),
    );
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  const column = csv.header.indexOf(s.periodColumn);
  const reader = new RowReader(s, decide(s, csv.records.map((r) => ({ value: r.cells[column], line: r.line }))));
  for (const r of csv.records) {
    reader.add(
      csv.header.map((name, i) => [name, r.cells[i]!] as const),
      r.line,
    );
  }
  const all = byLine([...csv.issues, ...reader.allIssues()]);
  if (all.length > 0) throw new IndicatorError('INVALID_DATA', all);
  return { rows: reader.rows, lines: reader.lines, columns: csv.header, frequency: reader.frequency };
}

/** The line of a position in a text. */
function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where a JSON.parse error is, from its message (engines write a position, or a line). */
function syntaxLine(text: string, e: unknown): number {
  const message = e instanceof Error ? e.message : '';
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : 1;
}

function syntaxMessage(): string {
  return 'the text is not well-formed JSON: check the quotes, commas, colons and brackets here';
}

/** The line each element of a well-formed top-level JSON array starts on. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (expecting && c !== ']') {
      lines.push(line);
      expecting = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expecting = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expecting = true;
  }
  return lines;
}

/** A JSON value that must be an object: its own entries, or an issue. */
function objectEntries(value: unknown, line: number, index: number, s: Settings, issues: IndicatorIssue[]): [string, unknown][] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : JSON.stringify(value);
    issues.push(lineIssue(s.place, 'not-an-object', line, `each row must be an object with a ${s.periodColumn}, received ${what}`, { path: `rows[${index}]`, row: index }));
    return null;
  }
  return Object.entries(value);
}

function readJsonValues(values: readonly unknown[], lines: readonly number[], s: Settings, issues: IndicatorIssue[]): Table {
  const cells: PeriodEntry[] = [];
  values.forEach((value, i) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, s.periodColumn)) {
      cells.push({ value: (value as Record<string, unknown>)[s.periodColumn], line: lines[i]! });
    }
  });
  const reader = new RowReader(s, decide(s, cells));
  const columns: string[] = [];
  const seen = new Set<string>();
  values.forEach((value, i) => {
    const entries = objectEntries(value, lines[i]!, i, s, issues);
    if (entries === null) return;
    for (const [k] of entries) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
    reader.add(entries, lines[i]!);
  });
  const all = byLine([...issues, ...reader.allIssues()]);
  if (all.length > 0) throw new IndicatorError('INVALID_DATA', all);
  return { rows: reader.rows, lines: reader.lines, columns, frequency: reader.frequency };
}

/**
 * Issues for the keys a well-formed JSON text writes twice in one object
 * (`JSON.parse` would keep the last without a word): `duplicate-column` for
 * a row's key, `bad-json` deeper. `line` is the text's first line in the
 * file and `row` the index of its first row (JSON Lines: one text a line).
 */
function duplicateKeyIssues(text: string, s: Settings, line = 1, row = 0, rowDepth = 1): IndicatorIssue[] {
  return jsonDuplicateKeys(text).map((d) => {
    const againLine = d.again.line + line - 1;
    const places = bothPlaces(d, line - 1);
    const isRow = d.object.length === rowDepth && (rowDepth === 0 || typeof d.object[0] === 'number');
    if (isRow) {
      const index = row + (rowDepth === 0 ? 0 : (d.object[0] as number));
      const issue: IndicatorIssue = {
        code: 'duplicate-column',
        path: `rows[${index}].${d.key}`,
        row: index,
        field: d.key,
        line: againLine,
        message: `${at(s.place, againLine)}, column ${d.key}: key ${JSON.stringify(d.key)} appears twice in this row (${places}): keep one`,
      };
      if (s.place.file !== undefined) issue.file = s.place.file;
      return issue;
    }
    return lineIssue(s.place, 'bad-json', againLine, `key ${JSON.stringify(d.key)} appears twice in this object (${places}): keep one`);
  });
}

function readJson(text: string, s: Settings): Table {
  const t = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch (e) {
    throw new IndicatorError('INVALID_DATA', [lineIssue(s.place, 'bad-json', syntaxLine(t, e), syntaxMessage())]);
  }
  if (!Array.isArray(value)) {
    throw new IndicatorError('INVALID_DATA', [
      lineIssue(s.place, 'not-an-array', 1, `the JSON must be an array of rows, [{ "${s.periodColumn}": "2017-09", ... }, ...]; for one object a line, use the format jsonl`),
    ]);
  }
  return readJsonValues(value, elementLines(t), s, duplicateKeyIssues(t, s));
}

function readJsonLines(text: string, s: Settings): Table {
  const issues: IndicatorIssue[] = [];
  const values: unknown[] = [];
  const lines: number[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((lineText, i) => {
      if (lineText.trim() === '') return;
      try {
        values.push(JSON.parse(lineText));
        lines.push(i + 1);
        issues.push(...duplicateKeyIssues(lineText, s, i + 1, values.length - 1, 0));
      } catch (e) {
        issues.push(lineIssue(s.place, 'bad-json', i + 1, syntaxMessage()));
      }
    });
  return readJsonValues(values, lines, s, issues);
}

/**
 * Read monthly (or quarterly, or yearly) rows from text: CSV (the
 * default), JSON (an array of objects) or JSON Lines (one object a line),
 * with the line each row starts on.
 *
 * - The period column (`period`, or `periodColumn`) holds months, read with
 *   `parsePeriod`, so `Sep-17` and `2017-09-01` work, and written `YYYY-MM`.
 *   With the option `frequency`, it holds quarters or years instead, read
 *   with `parseReportingPeriod` (`Q1 2017-18`, `2017/18`) and written as
 *   the core's keys (`2017-Q2`, `2017-18`, `2017`); `Q2 2017` is refused as
 *   ambiguous. `frequency: 'detect'` reads the one frequency of the cells,
 *   and says so in `frequency`. A period given twice, in any two forms, is
 *   an error naming both lines; a cell of another frequency is `bad-period`
 *   (`mixed-frequency` with `'detect'`).
 * - Every other column is a figure: `12`, `12.5`, `-3` and ` 12 ` are
 *   numbers, read exactly; an empty cell is `null` (a missing figure), never
 *   0. `1,234` and `12%` are errors unless `thousands: true` or
 *   `percent: 'number'` says how to read them; so are `1e3`, `0x10`,
 *   `Infinity`, `12abc` and decimals with more significant digits than a
 *   JavaScript number holds. Columns in `textColumns` are kept as written.
 *   In a file separated by `;`, `1.234` is refused as ambiguous (1.234, or
 *   1234 with `.` grouping thousands) unless `decimal` or `thousands: true`
 *   says how to read it. `N/A`, `-`, `*`, `[c]` and `#DIV/0!` are errors
 *   that say a missing figure is an empty cell.
 * - CSV: RFC 4180 with a header line of unique, non-empty names; a
 *   byte-order mark is dropped; blank lines are skipped; a line with more or
 *   fewer cells than the header is an error; a header of one column that
 *   contains `;`, a tab or `|` says which `delimiter` to give. When every
 *   period cell (three or more) is refused and all are written alike, the
 *   issue is one, naming how many and their lines. JSON and JSON Lines: a
 *   key written twice in one object is an error (`JSON.parse` would keep
 *   the last without a word); JSON
 *   numbers and `null` are kept as they are; strings are read as CSV cells
 *   are (so `"12"` is 12 and `""` is `null`), so that a table exported either
 *   way reads the same.
 *
 * Throws `IndicatorError` `INVALID_DATA` with every problem at once, each
 * with `line`, `field` (the column), `row` (the index in `rows`) and a
 * message such as `line 19, column admissions: "1O" is not a number`; bad
 * options throw `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * import { readTable } from 'council-indicators/readers';
 *
 * const table = readTable('period,admissions,population\nSep-17,12,47715\n2017-10,,47715\n');
 * table.rows; // [{ period: '2017-09', admissions: 12, population: 47715 }, { period: '2017-10', admissions: null, population: 47715 }]
 * table.lines; // [2, 3]
 * table.columns; // ['period', 'admissions', 'population']
 * table.frequency; // 'month'
 *
 * const quarters = readTable('period,admissions\nQ1 2017-18,50\n2017-Q3,41\n', { frequency: 'quarter' });
 * quarters.rows; // [{ period: '2017-Q2', admissions: 50 }, { period: '2017-Q3', admissions: 41 }]
 * readTable('period,admissions\n2016/17,180\n2017-18,170\n', { frequency: 'detect' }).frequency; // 'financial-year'
 * ```
 */
export function readTable(text: string, options?: ReadOptions): Table {
  const s = settingsOf(options);
  if (typeof text !== 'string') {
    throw new IndicatorError('INVALID_DATA', [{ code: 'wrong-type', path: 'text', message: `expected the file's text as a string, received ${text === null ? 'null' : typeof text}` }]);
  }
  if (s.format === 'json') return readJson(text, s);
  if (s.format === 'jsonl') return readJsonLines(text, s);
  return readCsv(text, s);
}

/**
 * The rows of {@link readTable}: monthly rows from CSV, JSON or JSON Lines
 * text, ready for `computeIndicator`.
 *
 * @example
 * ```ts
 * import { isIndicatorError } from 'council-indicators';
 * import { readRows } from 'council-indicators/readers';
 *
 * readRows('month;admissions\n2017-09;"1,234"\n', { periodColumn: 'month', delimiter: ';', thousands: true }); // [{ period: '2017-09', admissions: 1234 }]
 * readRows('[{ "period": "2017-09", "admissions": "12" }]', { format: 'json' }); // [{ period: '2017-09', admissions: 12 }]
 * try {
 *   readRows('period,admissions\n2017-09,1O\n');
 * } catch (e) {
 *   if (isIndicatorError(e)) {
 *     e.issues[0]!.message; // 'line 2, column admissions: "1O" is not a number'
 *     e.issues[0]!.line; // 2
 *   }
 * }
 * ```
 */
export function readRows(text: string, options?: ReadOptions): DataRow[] {
  return readTable(text, options).rows;
}
