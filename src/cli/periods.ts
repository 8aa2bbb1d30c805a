/**
 * Periods on the command line beyond months: data files whose period column
 * holds quarters or years (`2017-Q2`, `Q1 2017-18`, `2017-18`, `2017/18`,
 * `2017`), `--from`/`--to`/`--as-of` read at the data's frequency, and the
 * check that a typo in one row's period (2071-09 for 2017-09) does not
 * silently stretch the range a report takes from the data.
 *
 * The readers subpath reads months only (`readTable` reads the period column
 * with `parsePeriod`), so a file of quarters or years is read in two steps:
 * its period cells are found in the text (CSV cells, JSON strings), read
 * with `parseReportingPeriod`, and written over with the first month of
 * their period (the text keeps its lines); `readTable` then reads every
 * other cell as it always does, and each row gets its quarter or year back.
 *
 * @module
 */
import { frequenciesOf, isIndicatorError, parsePeriod, parseReportingPeriod, reportingPeriodMonths } from 'council-indicators';
import type { DataRow, Frequency, IndicatorIssue, Period } from 'council-indicators';
import { InputProblem } from './issues.js';

/** A period cell of a data file: where it is in the text, and what it says. */
export interface PeriodCell {
  /** The index of its row in the rows `readTable` returns. */
  row: number;
  /** The line its row starts on. */
  line: number;
  /** The cell's value (unquoted). */
  text: string;
  /** Where the cell's text is (quotes included), to write over it. */
  start: number;
  end: number;
  /** JSON: whether the value is a string (written over with a string) or a number. */
  json?: boolean;
}

/** The records of CSV text: each cell's offsets, and the line each record starts on; null when a quote is never closed. */
function csvRecords(text: string, delimiter: string): { line: number; cells: { start: number; end: number }[] }[] | null {
  const records: { line: number; cells: { start: number; end: number }[] }[] = [];
  let cells: { start: number; end: number }[] = [];
  let cellStart = 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === undefined) return null;
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push({ start: cellStart, end: i });
      cellStart = i + 1;
    } else if (c === '\n' || c === '\r' || c === undefined) {
      cells.push({ start: cellStart, end: i });
      records.push({ line: recordLine, cells });
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
      cells = [];
      cellStart = i + 1;
    }
  }
  return records;
}

/** A CSV cell's value: trimmed, its quotes taken off. */
function csvValue(raw: string): string {
  const t = raw.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

/** The period cells of CSV text (the byte-order mark already taken off), or null when they cannot be found. */
export function csvPeriodCells(text: string, delimiter: string, periodColumn: string): PeriodCell[] | null {
  const records = csvRecords(text, delimiter);
  if (records === null) return null;
  const blank = (r: { cells: { start: number; end: number }[] }): boolean => r.cells.length === 1 && text.slice(r.cells[0]!.start, r.cells[0]!.end).trim() === '';
  const filled = records.filter((r) => !blank(r));
  const header = filled[0];
  if (header === undefined) return null;
  const column = header.cells.map((c) => csvValue(text.slice(c.start, c.end))).indexOf(periodColumn);
  if (column < 0) return null;
  const cells: PeriodCell[] = [];
  filled.slice(1).forEach((r, row) => {
    const cell = r.cells[column];
    if (cell !== undefined) cells.push({ row, line: r.line, text: csvValue(text.slice(cell.start, cell.end)), start: cell.start, end: cell.end });
  });
  return cells;
}

/**
 * The period values of JSON text (an array of row objects) or JSON Lines
 * (one object a line): each row object's `periodColumn` string or number,
 * with where it is. Rows are counted as `readTable` counts them (objects
 * only).
 */
export function jsonPeriodCells(text: string, periodColumn: string, lines: boolean): PeriodCell[] {
  const cells: PeriodCell[] = [];
  const stack: { object: boolean; expectKey: boolean; row: boolean }[] = [];
  let line = 1;
  let row = -1;
  let rowLine = 1;
  let key: string | null = null;
  const rowDepth = lines ? 0 : 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ':' || c === '\uFEFF') continue;
    const top = stack[stack.length - 1];
    if (c === ',') {
      if (top?.object) top.expectKey = true;
      continue;
    }
    if (c === '{' || c === '[') {
      const isRow = c === '{' && stack.length === rowDepth && (lines || stack[0]?.object === false);
      if (isRow) {
        row++;
        rowLine = line;
      }
      key = null;
      stack.push({ object: c === '{', expectKey: c === '{', row: isRow });
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      key = null;
      continue;
    }
    // A string, a number or a literal.
    let end = i + 1;
    if (c === '"') {
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      end++;
    } else {
      while (end < text.length && /[\w.+-]/.test(text[end]!)) end++;
    }
    const token = text.slice(i, end);
    if (top?.object && top.expectKey && c === '"') {
      top.expectKey = false;
      try {
        key = JSON.parse(token) as string;
      } catch {
        key = null;
      }
    } else {
      if (top?.row && key === periodColumn && (c === '"' || /^-?\d+$/.test(token))) {
        let value: string | null = token;
        if (c === '"') {
          try {
            value = JSON.parse(token) as string;
          } catch {
            value = null;
          }
        }
        if (value !== null) cells.push({ row, line: rowLine, text: value, start: i, end, json: true });
      }
      key = null;
    }
    i = end - 1;
  }
  return cells;
}

/** A cell's readings: as a month, and as a quarter or year (its key and frequency). */
interface Reading {
  cell: PeriodCell;
  month?: Period;
  key?: string;
  frequency?: Frequency;
  /** parseReportingPeriod's message when it reads no quarter or year. */
  why?: string;
}

/** Why a cell is no period of `f`: parseReportingPeriod's own reason when it has one (`has no quarter 5`), else the forms to write. */
function notA(r: Reading, f: Frequency): string {
  if (r.why !== undefined && !r.why.includes('parseReportingPeriod')) return r.why;
  return `${JSON.stringify(r.cell.text)} is not ${A[f]}: write it as ${EXAMPLE[f]}`;
}

/** The non-month frequency of a key `parseReportingPeriod` returned. */
function keyFrequency(key: string): Frequency {
  return frequenciesOf(key).find((f) => f !== 'month') ?? 'calendar-year';
}

function readCell(cell: PeriodCell): Reading {
  const out: Reading = { cell };
  try {
    out.month = parsePeriod(cell.text);
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
  }
  try {
    out.key = parseReportingPeriod(cell.text);
    out.frequency = keyFrequency(out.key);
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    out.why = e.issues[0]!.message;
  }
  return out;
}

const ORDER: readonly Frequency[] = ['month', 'quarter', 'financial-year', 'calendar-year'];
const A: Record<Frequency, string> = { month: 'a month', quarter: 'a quarter', 'financial-year': 'a financial year', 'calendar-year': 'a calendar year' };
const PLURAL: Record<Frequency, string> = { month: 'months', quarter: 'quarters', 'financial-year': 'financial years', 'calendar-year': 'calendar years' };
const EXAMPLE: Record<Frequency, string> = { month: '2017-09', quarter: '2017-Q3 or Q2 2017-18 (July to September 2017)', 'financial-year': '2017-18 or 2017/18', 'calendar-year': '2017' };

/** The frequencies a reading allows. */
function readingsOf(r: Reading): Frequency[] {
  return ORDER.filter((f) => (f === 'month' ? r.month !== undefined : r.frequency === f));
}

/** What `quarterlyData` returns: the rows' keys by row, and the frequency; or null when the cells are not quarters or years. */
export interface PeriodKeys {
  frequency: Frequency;
  /** The key of each cell's row, and the month its cell is written over with. */
  cells: { cell: PeriodCell; key: string; month: Period }[];
  /** Problems with the period cells: unreadable, mixed frequencies, a period twice. */
  issues: IndicatorIssue[];
}

/**
 * Read a data file's period cells as quarters or years. Null when none of
 * them reads as a quarter or year, or when they all read as months (the
 * readers' own issues then stand). `preferred` is the frequency every spec
 * names, used for keys that are two (`2007-08`, a month and a financial
 * year).
 */
export function periodKeys(cells: readonly PeriodCell[], place: { file: string; column: string }, preferred?: Frequency): PeriodKeys | null {
  const readings = cells.map(readCell);
  if (!readings.some((r) => r.key !== undefined)) return null;
  const readable = readings.filter((r) => r.month !== undefined || r.key !== undefined);
  const shared = (f: Frequency): boolean => readable.every((r) => readingsOf(r).includes(f));
  let frequency: Frequency | undefined = preferred !== undefined && shared(preferred) ? preferred : ORDER.find(shared);
  if (frequency === 'month') return null;
  const issues: IndicatorIssue[] = [];
  const issue = (code: IndicatorIssue['code'], r: Reading, message: string): void => {
    issues.push({
      code,
      path: `rows[${r.cell.row}].${place.column}`,
      row: r.cell.row,
      field: place.column,
      line: r.cell.line,
      file: place.file,
      message: `${place.file} line ${r.cell.line}, column ${place.column}: ${message}`,
    });
  };
  if (frequency === undefined) {
    // Mixed: the frequency most cells have is the file's; every other cell is named.
    const counts = ORDER.map((f) => readable.filter((r) => readingsOf(r).includes(f)).length);
    frequency = ORDER[counts.indexOf(Math.max(...counts))]!;
    const f = frequency;
    const first = readable.find((r) => readingsOf(r).includes(f))!;
    for (const r of readable) {
      const own = readingsOf(r);
      if (own.includes(f)) continue;
      issue(
        'mixed-frequency',
        r,
        `${JSON.stringify(r.cell.text)} is ${A[own[0]!]}, and the file's other rows are ${PLURAL[f]} (the first: ${JSON.stringify(first.cell.text)}, line ${first.cell.line}): ` +
          `a data file holds rows of one frequency: put ${PLURAL[own[0]!]} and ${PLURAL[f]} in separate files${own[0] === 'month' ? ' (monthly rows can be reported quarterly or yearly with --every)' : ''}`,
      );
    }
  }
  const f = frequency;
  const out: PeriodKeys['cells'] = [];
  const seen = new Map<string, Reading>();
  for (const r of readings) {
    if (r.month === undefined && r.key === undefined) {
      if (r.cell.text.trim() === '') continue; // an empty cell: the reader's missing-period
      issue('bad-period', r, notA(r, f));
      continue;
    }
    const key = r.frequency === f ? r.key : undefined;
    if (key === undefined) continue; // another frequency: named above
    const before = seen.get(key);
    if (before !== undefined) {
      const noun = f === 'quarter' ? 'quarter' : 'year';
      const written = before.cell.text === key ? '' : ` (${JSON.stringify(before.cell.text)})`;
      issue('duplicate-period', r, `${r.cell.text === key ? key : `${JSON.stringify(r.cell.text)} (${key})`} is also the ${noun} of line ${before.cell.line}${written}: give each ${noun} one row`);
    } else seen.set(key, r);
    out.push({ cell: r.cell, key, month: reportingPeriodMonths(key, f).from });
  }
  return { frequency: f, cells: out, issues };
}

/** The text with the period cells written over with their first months, for `readTable`. */
export function withMonths(text: string, cells: PeriodKeys['cells']): string {
  const sorted = [...cells].sort((a, b) => a.cell.start - b.cell.start);
  let out = '';
  let at = 0;
  for (const { cell, month } of sorted) {
    out += text.slice(at, cell.start) + (cell.json === true ? `"${month}"` : month);
    at = cell.end;
  }
  return out + text.slice(at);
}

/**
 * The rows with their keys back: each row's period is the key of its cell,
 * found by the row's line (CSV: one record a line) or by its index (JSON,
 * where rows may share a line).
 */
export function withKeys(rows: readonly DataRow[], lines: readonly number[], cells: PeriodKeys['cells'], byLine: boolean): DataRow[] {
  const keys = new Map(cells.map((c) => [byLine ? c.cell.line : c.cell.row, c.key]));
  return rows.map((r, i) => {
    const key = keys.get(byLine ? lines[i]! : i);
    if (key === undefined) throw new Error(`internal: no period key for row ${i}`);
    return { ...r, period: key };
  });
}

/** The frequency of quarterly and yearly `every`, or undefined for none; anything else is an `--every` usage problem. */
export function everyFrequency(every: string | undefined): Frequency | undefined {
  if (every === undefined) return undefined;
  if (every === 'quarter' || every === 'financial-year' || every === 'calendar-year') return every;
  if (every === 'year') return 'financial-year';
  throw new InputProblem('INVALID_OPTIONS', [
    {
      code: 'bad-option',
      path: '--every',
      message: `${JSON.stringify(every)} is not a frequency to report at: write quarter, year (April to March, as financial-year) or calendar-year`,
    },
  ]);
}

/** The first month index (`year * 12 + month - 1`) of a key of `frequency`. */
export function monthIndex(key: string, frequency: Frequency): number {
  const month = frequency === 'month' ? key : reportingPeriodMonths(key, frequency).from;
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** A key of `frequency` as `--from`/`--to`/`--as-of` reads it. Months with `parsePeriod`; quarters and years with `parseReportingPeriod`. */
function periodAt(name: string, text: string, frequency: Frequency): { key: string } | { issue: IndicatorIssue } {
  const bad = (message: string): { issue: IndicatorIssue } => ({ issue: { code: 'bad-period', path: name, message } });
  const cell = readCell({ row: 0, line: 0, text, start: 0, end: 0 });
  if (frequency === 'month') {
    if (cell.month !== undefined) return { key: cell.month };
  } else {
    if (cell.key !== undefined && cell.frequency === frequency) return { key: cell.key };
  }
  const as = cell.frequency !== undefined ? A[cell.frequency] : cell.month !== undefined ? A.month : undefined;
  const want = `${A[frequency]}, e.g. ${EXAMPLE[frequency]}`;
  if (as === undefined) {
    if (frequency === 'month') {
      try {
        parsePeriod(text);
      } catch (e) {
        if (isIndicatorError(e)) return bad(e.issues[0]!.message);
        throw e;
      }
    }
    return bad(notA(cell, frequency));
  }
  let hint = '';
  if (cell.month !== undefined && frequency !== 'month') {
    const m = monthIndex(cell.month, 'month');
    hint = `; ${cell.month} falls in ${keyOfMonth(m, frequency)}`;
  }
  return bad(`${JSON.stringify(text)} is ${as}, and the periods reported are ${PLURAL[frequency]}: give ${want}${hint}`);
}

/** The key of `frequency` that month index `m` falls in. */
export function keyOfMonth(m: number, frequency: Frequency): string {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  if (frequency === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  if (frequency === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  if (frequency === 'calendar-year') return String(year);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * Periods given on the command line (`from`, `to`, `asOf`) read at
 * `frequency`: months as `parsePeriod` reads them, quarters and years as
 * `parseReportingPeriod` does (`Q2 2017-18`, `2017-Q3`, `2017/18`). A
 * period of another frequency says which to give. Every bad one is an
 * `INVALID_OPTIONS` issue at its option.
 */
export function readPeriods<K extends string>(given: Partial<Record<K, string>>, frequency: Frequency): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  const issues: IndicatorIssue[] = [];
  for (const [name, text] of Object.entries(given) as [K, string | undefined][]) {
    if (text === undefined) continue;
    const read = periodAt(name, text, frequency);
    if ('key' in read) out[name] = read.key;
    else issues.push(read.issue);
  }
  if (issues.length > 0) throw new InputProblem('INVALID_OPTIONS', issues);
  return out;
}

/** The longest step between consecutive rows that is not taken for a typo: 24 months. */
export const LONGEST_GAP_MONTHS = 24;

/** A jump of more than two years between consecutive rows (sorted), which a typo such as 2071-09 for 2017-09 makes. */
export interface PeriodJump {
  before: { period: string; line: number | undefined };
  after: { period: string; line: number | undefined };
  months: number;
  /** The side with fewer rows, the likelier typo; null when both have as many. */
  odd: 'before' | 'after' | null;
}

/**
 * The jumps of more than {@link LONGEST_GAP_MONTHS} months between
 * consecutive rows, by period, of the rows from `from` to `to` (month
 * indexes; either may be open).
 */
export function periodJumps(
  rows: readonly DataRow[],
  lines: readonly number[],
  frequency: Frequency,
  within: { from?: number; to?: number } = {},
): PeriodJump[] {
  const points = rows
    .map((r, i) => ({ period: String(r.period), line: lines[i], m: monthIndex(String(r.period), frequency) }))
    .filter((p) => (within.from === undefined || p.m >= within.from) && (within.to === undefined || p.m <= within.to))
    .sort((a, b) => a.m - b.m);
  const out: PeriodJump[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.m - a.m > LONGEST_GAP_MONTHS) {
      const after = points.length - i;
      out.push({ before: { period: a.period, line: a.line }, after: { period: b.period, line: b.line }, months: b.m - a.m, odd: after < i ? 'after' : after > i ? 'before' : null });
    }
  }
  return out;
}

/** A span of months in words: `54 years and 1 month`, `30 months`. */
export function monthsInWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = `${years} year${years === 1 ? '' : 's'}`;
  return rest === 0 ? y : `${y} and ${rest} month${rest === 1 ? '' : 's'}`;
}

/** A jump in words, with the fix: `the rows jump from 2017-08 (line 14) to 2071-09 (line 15), 54 years and 1 month: ...`. */
export function jumpMessage(jump: PeriodJump, fix: string): string {
  const at = (p: PeriodJump['before']): string => (p.line === undefined ? p.period : `${p.period} (line ${p.line})`);
  const suspect = jump.odd === null ? `${jump.before.period} or ${jump.after.period}` : jump[jump.odd].period;
  return `the rows jump from ${at(jump.before)} to ${at(jump.after)}, ${monthsInWords(jump.months)} later: if ${suspect} is a typo, fix it; ${fix}`;
}
