/**
 * `compareTables`: a downstream table (a dashboard's CSV export, a report's
 * rows) against the table it should be, cell by cell. No test runner is
 * imported: the result is data, for any runner's `expect` or `assert`.
 *
 * @module
 */

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
   * 20), as a report prints them: 78.17 and 78.2 agree at 1 decimal. A
   * numeric string such as `'78.2'` or `'6.2%'` counts as its number when the
   * other cell is a number. Default: numbers must be equal exactly.
   */
  decimals?: number;
  /**
   * Numbers agree when they differ by at most this much (a finite number, 0
   * or more), after `decimals` rounding if both are given. Default 0.
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

/** A number, or a plain numeric string (with an optional trailing `%`), as a number; else null. */
function numeric(cell: TableCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const m = /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*%?\s*$/i.exec(cell);
  return m === null ? null : Number(m[1]);
}

/** `x` rounded half away from zero to `decimals` places, computed on its shortest decimal string. */
function roundHalfUp(x: number, decimals: number): number {
  return Number(`${Math.round(Number(`${Math.abs(x)}e${decimals}`))}e-${decimals}`) * Math.sign(x) || 0;
}

function agree(a: TableCell, b: TableCell, o: { decimals?: number; tolerance: number }): boolean {
  if (typeof a !== 'number' && typeof b !== 'number') return printed(a) === printed(b);
  let x = numeric(a);
  let y = numeric(b);
  if (x === null || y === null) return false;
  if (o.decimals !== undefined) {
    x = roundHalfUp(x, o.decimals);
    y = roundHalfUp(y, o.decimals);
  }
  return x === y || Math.abs(x - y) <= o.tolerance;
}

function checkOptions(options: CompareTablesOptions | undefined): { key: string; columns?: readonly string[]; decimals?: number; tolerance: number } {
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
  return { key, ...(o.columns !== undefined ? { columns: o.columns } : {}), ...(o.decimals !== undefined ? { decimals: o.decimals } : {}), tolerance };
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
 * only, and cells that disagree. Numbers compare exactly unless `decimals`
 * or `tolerance` is given; other cells compare as printed (`'42.3'` and
 * `42.3` are the same; `null`, `undefined` and `''` are all empty). Works
 * with any test runner: assert on `equal`, or show `differences`.
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
