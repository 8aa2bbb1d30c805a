/**
 * CSV as every output of this package writes it (the scorecard, the
 * command-line tool): RFC 4180 quoting, CRLF line ends, and no cell a
 * spreadsheet would run as a formula.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';

/** What a CSV cell holds: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null;

/**
 * A number as this package prints one: an optional sign, digits, an
 * optional fraction and an optional `%` (`'-2.3'`, `'78.2'`, `'5.6%'`,
 * `'+2.6%'`). A spreadsheet reads such a cell as a number, never as a
 * formula, so it is written as it is.
 */
const PRINTED_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP,
 * "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage return, and, as a
 * precaution, their full-width forms `＝`, `＋`, `－`, `＠`.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet.
 *
 * - `null` is an empty cell; a number is written as JavaScript prints it.
 * - Text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
 *   (or a full-width `＝`, `＋`, `－`, `＠`) is neutralised as OWASP advises:
 *   a single quote `'` goes before it and the cell is quoted, so Excel,
 *   LibreOffice and Google Sheets show it as text instead of running it.
 *   Text that is a number as this package prints one (`'-2.3'`, `'5.6%'`,
 *   `'+2.6%'`: sign, digits, optional fraction, optional `%`, nothing else)
 *   is left alone, so figures stay figures.
 * - A cell holding a comma, a double quote, a carriage return or a line
 *   feed is quoted, its double quotes doubled.
 *
 * A number that is not finite throws an `IndicatorError` (`INVALID_OPTIONS`,
 * issue code `not-finite`): this package never writes NaN or Infinity.
 *
 * @example
 * ```ts
 * import { csvCell } from 'council-indicators';
 *
 * csvCell('Children in care per 10,000'); // '"Children in care per 10,000"'
 * csvCell('=HYPERLINK("http://evil","Click")'); // '"\'=HYPERLINK(""http://evil"",""Click"")"'
 * csvCell('-2.3'); // '-2.3'
 * csvCell('-1+2'); // '"\'-1+2"'
 * csvCell(-5); // '-5'
 * csvCell(null); // ''
 * ```
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new IndicatorError('INVALID_OPTIONS', [
        { code: 'not-finite', path: 'value', message: `${value} is not a finite number: a CSV cell holds a finite number, text or null` },
      ]);
    }
    return String(value);
  }
  if (typeof value !== 'string') {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'wrong-type', path: 'value', message: `a CSV cell holds a string, a number or null, received ${typeof value}` },
    ]);
  }
  if (FORMULA_START.test(value) && !PRINTED_NUMBER.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One CSV line: every cell written by {@link csvCell}, separated by commas,
 * ending with CRLF as RFC 4180 says. A table is its lines joined with
 * nothing between them.
 *
 * @example
 * ```ts
 * import { csvRow } from 'council-indicators';
 *
 * csvRow(['cic-rate', 'Children in care, per 10,000', '78.2', null, -5]); // 'cic-rate,"Children in care, per 10,000",78.2,,-5\r\n'
 * [['id', 'Value'], ['x', '@SUM(A1)']].map(csvRow).join(''); // 'id,Value\r\nx,"\'@SUM(A1)"\r\n'
 * ```
 */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
