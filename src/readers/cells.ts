/**
 * One cell of text to a number, or `null` when it is empty: read exactly,
 * or refused with the reason and the fix. No exponents, no `Infinity`, no
 * hexadecimal, no digits beyond what a JavaScript number holds exactly.
 *
 * @module
 */
import type { IssueCode } from '../index.js';

/** How a cell's text is read as a number. @internal */
export interface NumberReading {
  /** Accept `1,234` (commas between groups of three digits). */
  thousands: boolean;
  /** Accept `12%` as 12. */
  percent: boolean;
}

/** A cell read: its value, or why it could not be. @internal */
export type CellResult = { value: number | null } | { code: IssueCode; problem: string };

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A decimal as `digits e exponent` with no leading or trailing zeros in the
 * digits (`0` for zero), so that two spellings of one number compare equal:
 * `12.50` and `1.25e+1` are both `125e-1`. Reads what `String(number)` writes.
 */
function canonical(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text)!;
  const fraction = m[3] ?? '';
  let digits = (m[2]! + fraction).replace(/^0+/, '');
  let exponent = Number(m[4] ?? '0') - fraction.length;
  while (digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  return digits === '' ? '0' : `${m[1]}${digits}e${exponent}`;
}

function hint(t: string): string {
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(t)) return ': write the number out in full, without an exponent';
  if (/^[+-]?(?:infinity|inf|nan)$/i.test(t)) return ': write a figure, or leave the cell empty for a missing figure';
  if (/^-?0x/i.test(t)) return ': write numbers in decimal';
  if (/^\+\d/.test(t)) return ': write it without the + sign';
  if (/^-?\.\d/.test(t)) return `: write it with a 0 before the point (${t.replace('.', '0.')})`;
  if (/^-?\d+\.$/.test(t)) return `: write it without the point (${t.slice(0, -1)})`;
  return '';
}

/**
 * Read a cell: surrounding spaces ignored, empty is `null`, a decimal
 * (`12`, `12.5`, `-3`) is the number it writes, provided a JavaScript number
 * holds it exactly (its shortest form is the same decimal). @internal
 */
export function readNumberCell(text: string, reading: NumberReading): CellResult {
  let t = text.trim();
  if (t === '') return { value: null };
  const shown = JSON.stringify(text);
  if (t.endsWith('%')) {
    if (!reading.percent) {
      return { code: 'not-a-number', problem: `${shown} has a percent sign: remove it, or read 12% as the number 12 with the option percent: 'number'` };
    }
    t = t.slice(0, -1).trim();
  }
  if (t.includes(',')) {
    if (!reading.thousands) {
      return GROUPED.test(t)
        ? { code: 'not-a-number', problem: `${shown} has a comma: if it separates thousands, read it with the option thousands: true; or write the number without commas` }
        : { code: 'not-a-number', problem: `${shown} is not a number: a decimal point is written "." and a comma is not read` };
    }
    if (!GROUPED.test(t)) {
      return { code: 'not-a-number', problem: `${shown} is not a number: commas separate thousands in groups of three digits, e.g. 1,234,567` };
    }
    t = t.replace(/,/g, '');
  }
  if (!DECIMAL.test(t)) return { code: 'not-a-number', problem: `${shown} is not a number${hint(t)}` };
  const n = Number(t);
  if (canonical(t) !== canonical(String(n))) {
    return {
      code: 'inexact-number',
      problem: `${shown} has more significant digits than a JavaScript number holds exactly (it would be read as ${String(n)}): round it to at most 15 significant digits`,
    };
  }
  return { value: n === 0 ? 0 : n }; // never -0
}
