/**
 * Monthly data rows: checked loudly and indexed by month.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import { isPeriod, periodIndex } from '../periods/period.js';

/**
 * One month of data: a `period` (`YYYY-MM`) and any number of fields. The
 * fields an indicator reads must be non-negative finite numbers, or `null`
 * (or absent) where the month has no figure. One table can feed many
 * indicators; fields an indicator does not read are not looked at.
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

/**
 * The largest figure a row may hold: the largest integer a JS number holds
 * exactly. With the smallest non-zero figure below, every result (even a
 * rate of the largest sum over the smallest denominator) stays a finite
 * number.
 */
export const MAX_FIGURE = Number.MAX_SAFE_INTEGER;
/** The smallest non-zero figure a row may hold. */
export const MIN_FIGURE = 1e-20;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * Check every row and index the fields an indicator reads. Throws one
 * `INVALID_DATA` error listing every problem.
 *
 * @internal
 */
export function indexRows(rows: readonly unknown[], fields: readonly string[]): RowIndex {
  if (!Array.isArray(rows)) {
    throw new IndicatorError('INVALID_DATA', [{ path: 'rows', message: `rows must be an array, received ${describe(rows)}` }]);
  }
  const issues: IndicatorIssue[] = [];
  const months = new Int32Array(rows.length);
  let first = Infinity;
  let last = -Infinity;
  const seen = new Map<number, number>();
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({ path: `rows[${i}]`, row: i, message: `each row must be an object with a period, received ${describe(row)}` });
      months[i] = -1;
      continue;
    }
    const raw = (row as DataRow).period;
    const period = isPeriod(raw) ? raw : undefined;
    if (period === undefined) {
      issues.push({
        path: `rows[${i}].period`,
        row: i,
        field: 'period',
        message:
          raw === undefined
            ? 'the row has no period'
            : `period ${typeof raw === 'string' ? JSON.stringify(raw) : describe(raw)} is not a month in YYYY-MM form`,
      });
      months[i] = -1;
    } else {
      const m = periodIndex(period);
      months[i] = m;
      const before = seen.get(m);
      if (before !== undefined) {
        issues.push({ path: `rows[${i}].period`, row: i, period, field: 'period', message: `period ${period} appears twice, in rows ${before} and ${i}` });
      } else {
        seen.set(m, i);
      }
      if (m < first) first = m;
      if (m > last) last = m;
    }
    for (const field of fields) {
      const v = (row as DataRow)[field];
      if (v === null || v === undefined) continue;
      let problem: string | null = null;
      if (typeof v !== 'number') problem = `expected a number or null, received ${describe(v)}`;
      else if (!Number.isFinite(v)) problem = `${v} is not a finite number`;
      else if (v < 0) problem = `${v} is negative; the figures an indicator reads must be zero or more`;
      else if (v > MAX_FIGURE) problem = `${v} is larger than the largest figure accepted, ${MAX_FIGURE}`;
      else if (v !== 0 && v < MIN_FIGURE) problem = `${v} is smaller than the smallest non-zero figure accepted, ${MIN_FIGURE}`;
      if (problem !== null) issues.push({ path: `rows[${i}].${field}`, row: i, ...(period !== undefined ? { period } : {}), field, message: problem });
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
    const row = rows[i] as DataRow;
    for (let f = 0; f < fields.length; f++) {
      const v = row[fields[f]!];
      if (typeof v === 'number') {
        series[f]![at] = v >= 0 && v < SMALL && Number.isInteger(v) ? SMALL_INTS[v]! : Number.isSafeInteger(v) ? { n: v, d: 1 } : R.fromNumber(v);
      }
    }
  }
  return { first: rows.length === 0 ? 0 : first, last: rows.length === 0 ? -1 : last, position, values };
}

/** Values are immutable, so small whole figures share one object each. */
const SMALL = 4096;
const SMALL_INTS: readonly Q[] = Array.from({ length: SMALL }, (_, n) => Object.freeze({ n, d: 1 }));
