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
  /** `','`: `12,5` is 12.5 and `1.234` is 1234 (dots group thousands). `'.'` (or undefined): the point is the decimal point. */
  decimal: '.' | ',' | undefined;
  /** Refuse `1.234` and `12.345.678` as ambiguous (a `;`-separated file, where `.` often groups thousands, with neither `decimal` nor `thousands` given). */
  dotsAmbiguous: boolean;
}

/** A cell read: its value, or why it could not be. @internal */
export type CellResult = { value: number | null } | { code: IssueCode; problem: string };

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** Dots between groups of three digits: thousands in much of Europe, a decimal point in the UK. */
const DOT_GROUPED = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;
/** Dots grouping thousands and an optional decimal comma, as `decimal: ','` reads them. */
const DOT_GROUPED_COMMA = /^-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;

const MISSING = /^(?:n\/?a|n\.a\.?|not available|-+|\u2013|\u2014|null|none|nil|missing|blank|\?+)$/i;
const SUPPRESSED = /^(?:\*+|\[[a-z]+\]|\.\.|~|<\s*\d+)$/i;
const SPREADSHEET_ERROR = /^#(?:div\/0!|n\/a|value!|ref!|name\?|num!|null!|spill!|calc!|field!|blocked!|connect!|busy!|unknown!|getting_data)$/i;

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
  if (SPREADSHEET_ERROR.test(t)) return ': it is a spreadsheet error, not a figure: correct the formula, or leave the cell blank (empty) for a missing figure';
  if (MISSING.test(t)) return ': a missing figure is an empty cell: leave it blank';
  if (SUPPRESSED.test(t)) return ': a suppressed or unavailable figure must be an empty cell (leave it blank: it is then a missing figure), or the real figure';
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
  if (reading.decimal === ',') {
    if (t.includes('.')) {
      if (!DOT_GROUPED_COMMA.test(t)) {
        return { code: 'not-a-number', problem: `${shown} is not a number as the option decimal: ',' reads them: "," is the decimal point (12,5) and "." groups thousands in threes (1.234.567)` };
      }
      t = t.replace(/\./g, '');
    }
    if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  } else if (t.includes(',')) {
    if (!reading.thousands) {
      return GROUPED.test(t)
        ? { code: 'not-a-number', problem: `${shown} has a comma: if it separates thousands, read it with the option thousands: true; or write the number without commas` }
        : /^-?\d+,\d+$/.test(t)
          ? { code: 'not-a-number', problem: `${shown} is not a number: a decimal point is written "."; if the file writes decimals with a comma (12,5), read it with the option decimal: ','` }
          : { code: 'not-a-number', problem: `${shown} is not a number: a decimal point is written "." and a comma is not read` };
    }
    if (!GROUPED.test(t)) {
      return { code: 'not-a-number', problem: `${shown} is not a number: commas separate thousands in groups of three digits, e.g. 1,234,567` };
    }
    t = t.replace(/,/g, '');
  }
  if (reading.dotsAmbiguous && DOT_GROUPED.test(t)) {
    const grouped = t.replace(/\./g, '');
    return {
      code: 'not-a-number',
      problem:
        `${shown} is ambiguous in a file separated by ";": it is ${t} if "." is the decimal point, and ${grouped} if "." groups thousands (as in much of Europe): ` +
        `say which with the option decimal: '.' (${t}) or the option decimal: ',' (${grouped}; "," is then the decimal point)`,
    };
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
