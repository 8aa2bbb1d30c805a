/**
 * `compareTables`: a downstream table (a dashboard's CSV export, a report's
 * rows) against the table it should be, cell by cell. No test runner is
 * imported: the result is data, for any runner's `expect` or `assert`.
 *
 * @module
 */
import * as F from './fraction.js';
import type { Fraction } from './fraction.js';

/** A cell: what a parsed CSV or a computed row holds. */
export type TableCell = string | number | boolean | null | undefined;

/** A row of a table: cells by column name. */
export type TableRow = Readonly<Record<string, TableCell>>;

/** Options of {@link compareTables}. */
export interface CompareTablesOptions {
  /** The column that names a row in both tables (each value once per table). Default `'period'`. */
  key?: string;
  /**
   * Compare only these columns (the key is always compared). Default: every
   * column of either table, so a column in one table only is a difference.
   */
  columns?: readonly string[];
  /**
   * Compare numbers rounded half away from zero to this many decimals (0 to
   * 20), as a report prints them: 78.17, `'78.2'` and `'78.20'` agree at 1
   * decimal. Applies to numbers and numeric strings alike (see
   * {@link compareTables} for which strings are numeric). Default: numbers
   * must be equal exactly (`'6.10'` and `'6.1'` are equal).
   */
  decimals?: number;
  /**
   * Numbers agree when they differ by at most this much (a finite number, 0
   * or more, read as the decimal it is written as), after `decimals`
   * rounding if both are given; exactly, so 1.05 and 1 agree within 0.05.
   * Applies to numeric strings too. Default 0.
   */
  tolerance?: number;
}

/** One cell that differs; a missing row or column is reported with `undefined` on the side that lacks it. */
export interface TableDifference {
  /** The key of the row (`actual`'s value of the key column), e.g. `'2017-09'`. */
  row: string;
  /** The column, or `'*'` for a whole row that one table lacks. */
  column: string;
  /** The cell in `actual` (`undefined`: no such row or column). */
  actual: TableCell;
  /** The cell in `expected` (`undefined`: no such row or column). */
  expected: TableCell;
}

/** The result of {@link compareTables}. */
export interface TableComparison {
  /** Whether there are no differences. */
  equal: boolean;
  /** Every differing cell, in `expected`'s row order (rows only in `actual` last), columns in order. */
  differences: TableDifference[];
}

/** Strings as printed: a number in its shortest form (`String(x)`), null and undefined as empty. */
function printed(cell: TableCell): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/** A cell read as a number: its exact decimal value, and whether it was written with a trailing `%`. */
interface Reading {
  value: Fraction;
  percent: boolean;
}

/**
 * A plain decimal as a report or a CSV export prints it: an optional sign,
 * digits with no superfluous leading zero, an optional point and decimals,
 * an optional exponent (as `String(x)` writes large and small numbers), an
 * optional `%`, and spaces around. Not `'1,234'`, `'007'`, `'£5'` or `'N/A'`.
 */
const DECIMAL = /^\s*([+-]?)(0|[1-9]\d*)?(?:\.(\d*))?(?:e([+-]?\d{1,4}))?\s*(%?)\s*$/i;

/** A finite number (as its shortest decimal, `String(x)`), or a numeric string as written; else null. */
function reading(cell: TableCell): Reading | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: F.fromNumber(cell), percent: false } : null;
  if (typeof cell !== 'string') return null;
  const m = DECIMAL.exec(cell);
  if (m === null) return null;
  const whole = m[2] ?? '';
  const decimals = m[3] ?? '';
  if (whole === '' && decimals === '') return null;
  const exponent = Number(m[4] ?? '0') - decimals.length;
  const digits = BigInt(whole + decimals) * (m[1] === '-' ? -1n : 1n);
  const value = exponent >= 0 ? F.frac(digits * F.pow10(exponent)) : F.frac(digits, F.pow10(-exponent));
  return { value, percent: m[5] === '%' };
}

/** `x` rounded half away from zero to `decimals` places, exactly. */
function rounded(x: Fraction, decimals: number): Fraction {
  return F.frac(F.roundUnits(x, decimals, 'half-up'), F.pow10(decimals));
}

/**
 * Whether two cells agree. Two numbers, a number and a numeric string (its
 * `%` ignored), or two numeric strings both with or both without a `%`
 * compare as exact decimals, after `decimals` rounding, within `tolerance`.
 * A number against anything else differs; other cells compare as printed.
 */
function agree(a: TableCell, b: TableCell, o: { decimals?: number; tolerance: Fraction }): boolean {
  const x = reading(a);
  const y = reading(b);
  const numbers = typeof a === 'number' || typeof b === 'number';
  if (x === null || y === null || (!numbers && x.percent !== y.percent)) return !numbers && printed(a) === printed(b);
  const [p, q] = o.decimals === undefined ? [x.value, y.value] : [rounded(x.value, o.decimals), rounded(y.value, o.decimals)];
  return F.compare(F.absolute(F.sub(p, q)), o.tolerance) <= 0;
}

function checkOptions(options: CompareTablesOptions | undefined): { key: string; columns?: readonly string[]; decimals?: number; tolerance: Fraction } {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null) throw new TypeError('compareTables: options must be an object such as { key: "period", decimals: 1 }');
  const key = o.key ?? 'period';
  if (typeof key !== 'string' || key === '') throw new TypeError('compareTables: options.key must be a column name such as "period"');
  if (o.decimals !== undefined && !(Number.isInteger(o.decimals) && o.decimals >= 0 && o.decimals <= 20)) {
    throw new RangeError(`compareTables: options.decimals must be a whole number from 0 to 20, received ${String(o.decimals)}`);
  }
  const tolerance = o.tolerance ?? 0;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`compareTables: options.tolerance must be a finite number, 0 or more, received ${String(tolerance)}`);
  }
  if (o.columns !== undefined && !(Array.isArray(o.columns) && o.columns.every((c) => typeof c === 'string'))) {
    throw new TypeError('compareTables: options.columns must be an array of column names');
  }
  return { key, ...(o.columns !== undefined ? { columns: o.columns } : {}), ...(o.decimals !== undefined ? { decimals: o.decimals } : {}), tolerance: F.fromNumber(tolerance) };
}

function index(table: readonly TableRow[], key: string, name: 'actual' | 'expected'): Map<string, TableRow> {
  if (!Array.isArray(table)) throw new TypeError(`compareTables: ${name} must be an array of rows`);
  const byKey = new Map<string, TableRow>();
  table.forEach((row, i) => {
    if (typeof row !== 'object' || row === null) throw new TypeError(`compareTables: ${name}[${i}] is not an object`);
    const k = printed(row[key]);
    if (k === '') throw new TypeError(`compareTables: ${name}[${i}] has no ${key}: every row needs a value in the key column`);
    if (byKey.has(k)) throw new TypeError(`compareTables: ${name}[${i}].${key} "${k}" appears twice: the key column must name each row once`);
    byKey.set(k, row);
  });
  return byKey;
}

/**
 * Compare two tables cell by cell, rows matched by a key column (default
 * `period`), and report every differing cell: rows or columns in one table
 * only, and cells that disagree. Works with any test runner: assert on
 * `equal`, or show `differences`.
 *
 * Numbers and numeric strings compare as exact decimals (a number as its
 * shortest decimal, `String(x)`; no floating-point arithmetic), after
 * `decimals` rounding and within `tolerance` when given. A numeric string is
 * a plain decimal as a report prints it: an optional sign, digits with no
 * superfluous leading zero, optional decimals and exponent, an optional
 * `%`, spaces around (`'6.10'`, `' -0.0'`, `'+0.7'`, `'6.2%'`, `'1e+21'`; not
 * `'1,234'`, `'007'` or `'N/A'`). Which pairs compare as numbers:
 * - a number and a number, or a number and a numeric string (its `%`
 *   ignored: `'6.2%'` is 6.2, as `value` is for a percentage);
 * - two numeric strings both with `%` or both without (`'6.10%'` and
 *   `'6.1%'` agree; `'6.2%'` and `'6.2'` differ, whatever the options).
 * A number against any other cell, or a number that is not finite (`NaN`,
 * `Infinity`, which agree with nothing), differs. Other cells compare as
 * printed text: `true` and `'true'` agree; `null`, `undefined` and `''` are
 * all empty; `'N/A'` and `'n/a'` differ.
 *
 * Throws a `TypeError` or `RangeError` for tables that are not arrays of
 * objects, a row with no key or a key twice, and bad options.
 *
 * @example
 * ```ts
 * import { compareTables } from 'council-indicators/testing';
 *
 * const dashboard = [
 *   { period: '2017-08', rate: '78.2', rag: 'amber' },
 *   { period: '2017-09', rate: '78.0', rag: 'amber' },
 * ];
 * const library = [
 *   { period: '2017-08', rate: 78.17, rag: 'amber' },
 *   { period: '2017-09', rate: 78.17, rag: 'amber' },
 * ];
 * const result = compareTables(dashboard, library, { decimals: 1 });
 * result.equal; // false
 * result.differences; // [{ row: '2017-09', column: 'rate', actual: '78.0', expected: 78.17 }]
 * compareTables([{ period: '2017-09', n: 1 }], [{ period: '2017-09', n: 1 }]).equal; // true
 * const exported = [{ period: '2017-09', value: '6.10%', variance: '-0.0' }];
 * const formatted = [{ period: '2017-09', value: '6.1%', variance: '0.0' }];
 * compareTables(exported, formatted).equal; // true
 * compareTables([{ period: '2017-09', v: '6.14%' }], [{ period: '2017-09', v: '6.1%' }], { tolerance: 0.05 }).equal; // true
 * compareTables([{ period: '2017-09', v: '6.2%' }], [{ period: '2017-09', v: '6.2' }]).equal; // false
 * ```
 */
export function compareTables(actual: readonly TableRow[], expected: readonly TableRow[], options?: CompareTablesOptions): TableComparison {
  const o = checkOptions(options);
  const got = index(actual, o.key, 'actual');
  const want = index(expected, o.key, 'expected');
  const columns: string[] = [];
  const addColumns = (names: Iterable<string>) => {
    for (const c of names) if (c !== o.key && !columns.includes(c)) columns.push(c);
  };
  if (o.columns !== undefined) addColumns(o.columns);
  else for (const row of [...want.values(), ...got.values()]) addColumns(Object.keys(row));
  const differences: TableDifference[] = [];
  for (const [k, e] of want) {
    const a = got.get(k);
    if (a === undefined) {
      differences.push({ row: k, column: '*', actual: undefined, expected: k });
      continue;
    }
    for (const c of columns) {
      const inA = Object.prototype.hasOwnProperty.call(a, c);
      const inE = Object.prototype.hasOwnProperty.call(e, c);
      if (!inA && !inE) continue;
      if (!agree(a[c], e[c], o) || inA !== inE) differences.push({ row: k, column: c, actual: inA ? a[c] : undefined, expected: inE ? e[c] : undefined });
    }
  }
  for (const k of got.keys()) if (!want.has(k)) differences.push({ row: k, column: '*', actual: k, expected: undefined });
  return { equal: differences.length === 0, differences };
}
