/**
 * Monthly data rows: checked loudly and indexed by month. Every row given is
 * checked, whatever range is reported: its period, each field the indicator
 * reads, and for a percentage the numerator against the denominator.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import { isDate, periodAdvice, periodFromIndex } from '../periods/period.js';
import { isKeyOf, KEY_FORMS, keyIndex } from '../periods/frequency.js';
import type { Frequency } from '../periods/frequency.js';
import type { Period } from '../periods/period.js';
import { columnsOf, FORBIDDEN_FIELDS, unknownFieldMessage } from './fields.js';

/**
 * One month of data: a `period` (`YYYY-MM`) and any number of fields. The
 * fields an indicator reads must be non-negative finite numbers (any finite
 * number for a field the spec reads with `signed: true`), or `null` (or
 * absent) where the month has no figure. One table can feed many
 * indicators; fields an indicator does not read are not looked at. Only a
 * row's own properties are read, never inherited ones.
 */
export interface DataRow {
  period: string;
  [field: string]: unknown;
}

/** Rows indexed by month, with the fields an indicator reads as exact values. @internal */
export interface RowIndex {
  /** Month index of `rows[0]` of `byMonth`. */
  first: number;
  /** Month index of the last row. */
  last: number;
  /** Per month (from `first`), the row's position in the input, or -1. */
  position: Int32Array;
  /** Per field, per month (from `first`): the exact value, or null when missing. */
  values: Map<string, (Q | null)[]>;
}

/** A field an indicator reads, with the spec paths that read it (`numerator`, `denominator`). @internal */
export interface FieldRead {
  name: string;
  paths: string[];
  /** Whether its figures may be negative (every component reading it is `signed`). */
  signed?: boolean;
}

/**
 * The row rule of a percentage: in every row, the numerator is at most the
 * denominator. Each side is a field name or a fixed value. @internal
 */
export interface PercentageRowRule {
  numerator: string | number;
  denominator: string | number;
  /** For a rate whose numerator is part of its denominator (`partOfDenominator`): its `per`. Absent for a percentage. */
  per?: number;
}

/** What an indicator reads from its rows, and the row rules it brings. @internal */
export interface RowReads {
  /** The spec's id, for messages. */
  specId: string;
  fields: readonly FieldRead[];
  percentage: PercentageRowRule | null;
  /** Whether the measure could read a signed field (not a percentage or rate): a negative figure's message then says how. */
  signable?: boolean;
}

/**
 * The largest figure a row may hold: the largest integer a JS number holds
 * exactly. With the smallest non-zero figure below, every result (even a
 * rate of the largest sum over the smallest denominator) stays a finite
 * number.
 */
const MAX_FIGURE = Number.MAX_SAFE_INTEGER;
/** The smallest non-zero figure a row may hold. */
const MIN_FIGURE = 1e-20;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : isDate(value) ? 'a Date' : 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * Why a row's `key` is not read, when the row is not a plain object (a Map,
 * a class instance whose `key` is a getter) and does not have it as its
 * own property: and what to pass. Null otherwise.
 */
function notPlain(row: unknown, i: number, key: string): string | null {
  const kind = (row as { constructor?: { name?: string } } | null)?.constructor?.name;
  return typeof row !== 'object' || Array.isArray(row) || !kind || kind === 'Object' || Object.hasOwn(row!, key) || (kind !== 'Map' && !(key in row!))
    ? null
    : `rows[${i}] is a ${kind}, and only a plain object's own properties are read: pass ${kind === 'Map' ? 'Object.fromEntries(map)' : `plain objects, e.g. { ...row, ${key}: row.${key} }`}`;
}

/** A row's own property: inherited ones (`toString`, a prototype's fields) are not data. */
function own(row: object, key: string): unknown {
  return Object.hasOwn(row, key) ? (row as Record<string, unknown>)[key] : undefined;
}

/**
 * What is wrong with a figure, or null when it is a number the library
 * accepts. A signed field's figure may be negative, within the same limits
 * of size.
 */
function figureProblem(v: unknown, signed: boolean, signable: boolean): { code: IndicatorIssue['code']; message: string } | null {
  if (typeof v !== 'number') return { code: 'not-a-number', message: `expected a number or null, received ${describe(v)}` };
  if (!Number.isFinite(v)) return { code: 'not-finite', message: `${v} is not a finite number` };
  if (v < 0 && !signed) {
    const hint = signable ? ' (a figure that can fall below zero, such as a net change, is read with { field, aggregate, signed: true })' : '';
    return { code: 'negative-value', message: `${v} is negative; the figures an indicator reads must be zero or more${hint}` };
  }
  const size = Math.abs(v);
  if (size > MAX_FIGURE) return { code: 'too-large', message: `${v} is larger${v < 0 ? ' in size' : ''} than the largest figure accepted, ${MAX_FIGURE}` };
  if (v !== 0 && size < MIN_FIGURE) return { code: 'too-small', message: `${v} is smaller${v < 0 ? ' in size' : ''} than the smallest non-zero figure accepted, ${MIN_FIGURE}` };
  return null;
}

function side(rule: string | number, names: readonly string[]): number {
  return typeof rule === 'string' ? names.indexOf(rule) : -1;
}

/**
 * Check every row and index the fields an indicator reads. Throws one
 * `INVALID_DATA` error listing every problem: a row that is not an object,
 * a period missing, malformed or repeated, a figure that is not a
 * non-negative finite number or null (negative allowed in a signed field), a field that is in no row at all, and
 * for a percentage a row whose numerator exceeds its denominator.
 *
 * @internal
 */
export function indexRows(rows: readonly unknown[], reads: RowReads | readonly string[], frequency: Frequency = 'month'): RowIndex {
  const spec: RowReads = isFieldList(reads) ? { specId: '', fields: reads.map((name) => ({ name, paths: [] })), percentage: null } : reads;
  if (!Array.isArray(rows)) {
    throw new IndicatorError('INVALID_DATA', [{ code: 'not-an-array', path: 'rows', message: `rows must be an array, received ${describe(rows)}` }]);
  }
  const fields = spec.fields.map((f) => f.name);
  const signed = spec.fields.map((f) => f.signed === true);
  const signable = spec.signable === true;
  const issues: IndicatorIssue[] = [];
  for (const f of spec.fields) {
    if (FORBIDDEN_FIELDS.has(f.name)) {
      issues.push({
        code: 'forbidden-key',
        path: f.paths.length > 0 ? `${f.paths[0]}.field` : 'rows',
        field: f.name,
        message: `${JSON.stringify(f.name)} cannot be a field name: rows are plain data, and this name reaches into the object's prototype`,
      });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);

  const rule = spec.percentage;
  const ruleN = rule === null ? -1 : side(rule.numerator, fields);
  const ruleD = rule === null ? -1 : side(rule.denominator, fields);
  const figures = new Array<number | null>(fields.length).fill(null);
  const present = new Array<boolean>(fields.length).fill(false);
  let objects = 0;
  let fixedOver = 0;
  let fixedAt = 0;
  const months = new Int32Array(rows.length);
  let first = Infinity;
  let last = -Infinity;
  const seen = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({ code: 'not-an-object', path: `rows[${i}]`, row: i, message: `each row must be an object with a period, received ${describe(row)}` });
      months[i] = -1;
      continue;
    }
    objects++;
    const raw = own(row, 'period');
    const period = isKeyOf(raw, frequency) ? raw : undefined;
    if (period === undefined) {
      issues.push({
        code: raw === undefined ? 'missing-period' : 'bad-period',
        path: `rows[${i}].period`,
        row: i,
        field: 'period',
        message:
          raw === undefined
            ? (notPlain(row, i, 'period') ?? 'the row has no period')
            : `period ${typeof raw === 'string' ? JSON.stringify(raw) : describe(raw)} is not ${frequency === 'month' ? 'a month in YYYY-MM form' : `${KEY_FORMS[frequency]}: this call reads rows by ${frequency.replace('-', ' ')}`}${frequency === 'month' ? periodAdvice(raw) : ''}`,
      });
      months[i] = -1;
    } else {
      const m = keyIndex(period, frequency);
      months[i] = m;
      const before = seen.get(m);
      if (before !== undefined) {
        issues.push({
          code: 'duplicate-period',
          path: `rows[${i}].period`,
          row: i,
          period,
          field: 'period',
          message: `period ${period} appears twice, in rows ${before} and ${i}`,
        });
      } else {
        seen.set(m, i);
      }
      if (m < first) first = m;
      if (m > last) last = m;
    }
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      figures[f] = null;
      if (!Object.hasOwn(row, field)) continue;
      present[f] = true;
      const v = (row as Record<string, unknown>)[field];
      if (v === null || v === undefined) continue;
      const problem = figureProblem(v, signed[f]!, signable);
      if (problem === null) figures[f] = v as number;
      else issues.push({ code: problem.code, path: `rows[${i}].${field}`, row: i, ...(period !== undefined ? { period } : {}), field, message: problem.message });
    }
    if (rule !== null) {
      const n = ruleN >= 0 ? figures[ruleN]! : (rule.numerator as number);
      const d = ruleD >= 0 ? figures[ruleD]! : (rule.denominator as number);
      // Two finite doubles compare exactly: no float artefact here.
      if (n !== null && d !== null && n > d) {
        // A fixed denominator exceeded: one issue, the first row's, at the spec's figure.
        if (ruleD >= 0) issues.push(overHundred(rule, i, period, n, d));
        else if (fixedOver++ === 0) fixedAt = issues.push(overHundred(rule, i, period, n, d)) - 1;
      }
    }
  }
  // Moved to the spec's figure, the likely error (a population in the wrong unit).
  const fixed = issues[fixedAt]!;
  if (fixedOver > 0) issues[fixedAt] = { ...fixed, path: 'denominator.value', message: `${fixedOver > 1 ? `${fixedOver} rows exceed the fixed denominator; the first: ` : ''}${fixed.message}` };
  if (objects > 0) {
    let columns: string[] | null = null;
    for (let f = 0; f < fields.length; f++) {
      if (present[f]) continue;
      columns ??= columnsOf(rows);
      const read = spec.fields[f]!;
      // A class instance whose field is a getter: say why it is not read.
      let why: string | null = null;
      for (let i = 0; i < rows.length && why === null; i++) why = notPlain(rows[i], i, read.name);
      issues.push({
        code: 'unknown-field',
        path: 'rows',
        field: read.name,
        message: `${unknownFieldMessage(read.name, read.paths, spec.specId, columns)}${why === null ? '' : `; ${why}`}`,
      });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);

  const size = rows.length === 0 ? 0 : last - first + 1;
  const position = new Int32Array(size).fill(-1);
  const values = new Map<string, (Q | null)[]>();
  for (const field of fields) values.set(field, new Array<Q | null>(size).fill(null));
  const series = fields.map((f) => values.get(f)!);
  for (let i = 0; i < rows.length; i++) {
    const at = months[i]! - first;
    position[at] = i;
    const row = rows[i] as Record<string, unknown>;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const v = Object.hasOwn(row, field) ? row[field] : undefined;
      if (typeof v === 'number') {
        series[f]![at] = v >= 0 && v < SMALL && Number.isInteger(v) ? SMALL_INTS[v]! : Number.isSafeInteger(v) ? { n: v, d: 1 } : R.fromNumber(v);
      }
    }
  }
  return { first: rows.length === 0 ? 0 : first, last: rows.length === 0 ? -1 : last, position, values };
}

function isFieldList(reads: RowReads | readonly string[]): reads is readonly string[] {
  return Array.isArray(reads);
}

function overHundred(rule: PercentageRowRule, row: number, period: string | undefined, n: number, d: number): IndicatorIssue {
  const field = typeof rule.numerator === 'string' ? rule.numerator : (rule.denominator as string);
  const top = typeof rule.numerator === 'string' ? `${rule.numerator} ${n}` : `the fixed numerator ${n}`;
  const bottom = typeof rule.denominator === 'string' ? `${rule.denominator} ${d}` : `the fixed denominator ${d}`;
  return {
    code: rule.per === undefined ? 'percentage-over-100' : 'numerator-over-denominator',
    path: `rows[${row}].${field}`,
    row,
    ...(period !== undefined ? { period } : {}),
    field,
    message: `${top} is larger than ${bottom}${period !== undefined ? ` in ${period}` : ''}: ${overWhole(rule.per)}`,
  };
}

/**
 * Why a numerator above its denominator cannot be: a percentage above
 * 100%, or a rate of a part of its denominator above its `per`.
 *
 * @internal
 */
export const overWhole = (per: number | undefined): string =>
  per === undefined
    ? 'a percentage cannot exceed 100%'
    : `a rate of a part of its denominator (partOfDenominator) cannot exceed ${per} per ${per}: is the denominator in the wrong unit?`;

/** Values are immutable, so small whole figures share one object each. */
const SMALL = 4096;
const SMALL_INTS: readonly Q[] = Array.from({ length: SMALL }, (_, n) => Object.freeze({ n, d: 1 }));

/** What a period that is not `ok` lacks. @internal */
export interface Missing {
  missingMonths: readonly Period[];
  missingFields: readonly { field: string; periods: readonly Period[] }[];
}

/**
 * The months of `start..end` (month indices) with no row, and for each field
 * the months that have a row but no figure for it. @internal
 */
export function missingIn(index: RowIndex, fields: readonly string[], start: number, end: number, keyOf: (i: number) => Period = periodFromIndex): Missing {
  const missingMonths: Period[] = [];
  const byField: Period[][] = fields.map(() => []);
  const series = fields.map((f) => index.values.get(f)!);
  for (let m = start; m <= end; m++) {
    const at = m - index.first;
    if (at < 0 || at >= index.position.length || index.position[at]! < 0) {
      missingMonths.push(keyOf(m));
      continue;
    }
    for (let f = 0; f < fields.length; f++) {
      if (series[f]![at] === null) byField[f]!.push(keyOf(m));
    }
  }
  const missingFields: { field: string; periods: readonly Period[] }[] = [];
  for (let f = 0; f < fields.length; f++) if (byField[f]!.length > 0) missingFields.push({ field: fields[f]!, periods: byField[f]! });
  return { missingMonths, missingFields };
}
