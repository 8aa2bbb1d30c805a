/**
 * The period cells of a table: months with `parsePeriod`, quarters and
 * years with `parseReportingPeriod` (the core's two parsers, no other),
 * read at one frequency, or the file's one frequency read from its cells
 * (`frequency: 'detect'`). Every refusal says why and what to write.
 *
 * @module
 */
import { frequenciesOf, IndicatorError, isIndicatorError, parsePeriod, parseReportingPeriod, reportingPeriodMonths } from '../index.js';
import type { Frequency } from '../index.js';

/** What the option `frequency` of `readTable` may be: a frequency, or `'detect'`. */
export type ReadFrequency = Frequency | 'detect';

/** Every frequency, shortest first. @internal */
export const FREQUENCIES: readonly Frequency[] = ['month', 'quarter', 'financial-year', 'calendar-year'];

/** `a quarter`, for messages. @internal */
export const A: Readonly<Record<Frequency, string>> = { month: 'a month', quarter: 'a quarter', 'financial-year': 'a financial year', 'calendar-year': 'a calendar year' };

/** `quarters`, for messages. @internal */
export const PLURAL: Readonly<Record<Frequency, string>> = { month: 'months', quarter: 'quarters', 'financial-year': 'financial years', 'calendar-year': 'calendar years' };

/** What a period of each frequency is written as, for messages. */
const EXAMPLE: Readonly<Record<Frequency, string>> = {
  month: '2017-09 or Sep-17',
  quarter: '2017-Q3 or Q2 2017-18 (July to September 2017)',
  'financial-year': '2017-18 or 2017/18',
  'calendar-year': '2017',
};

/**
 * How to write a period of each frequency when a cell reads as nothing:
 * forms with "e.g.", never one example that reads as the cell rewritten.
 */
const FORMS: Readonly<Record<Frequency, string>> = {
  month: 'write the month as YYYY-MM, e.g. 2017-09, or as Sep-17',
  quarter: 'write the quarter as its key, e.g. 2017-Q2 for April to June 2017, or as reports print it, e.g. Q1 2017-18',
  'financial-year': 'write the financial year as its key, e.g. 2017-18 for April 2017 to March 2018, or as 2017/18',
  'calendar-year': 'write the calendar year as its four digits, e.g. 2017',
};

/** What `'detect'` reads, for a cell that reads as nothing. @internal */
export const DETECT_FORMS =
  "the option frequency: 'detect' reads months (e.g. 2017-09 or Sep-17), quarters (as keys, e.g. 2017-Q2 for April to June 2017, or as reports print them, e.g. Q1 2017-18), " +
  'financial years (e.g. 2017-18 or 2017/18) and calendar years (e.g. 2017)';

/** `Q2 2017`, `Quarter 2 2017`, `q2, 2017`, `Quarter two 2017`: a quarter numbered in a bare year, which UK reports write for two different quarters. */
const BARE_QUARTER = /^(?:quarter\s+|q\s?)(\w+),?\s+(\d{4})$/i;

const QUARTER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, first: 1, second: 2, third: 3, fourth: 4 };

/** The calendar reading of `Q2 2017` (`2017-Q2`), or undefined when the text is not that form with a quarter from 1 to 4. */
function bareQuarterKey(text: string): string | undefined {
  const m = BARE_QUARTER.exec(text);
  if (m === null) return undefined;
  const q = /^\d+$/.test(m[1]!) ? Number(m[1]) : QUARTER_WORDS[m[1]!.toLowerCase()];
  const year = Number(m[2]);
  return q !== undefined && q >= 1 && q <= 4 && year >= 1000 ? `${year}-Q${q}` : undefined;
}

/** What one period cell reads as. @internal */
export interface CellReadings {
  /** The cell as messages show it (`"Q1 2017-18"`, or `2017` for a JSON number). */
  shown: string;
  /** The cell's text, trimmed (`String(n)` for a JSON number). */
  text: string;
  /** Its key at each frequency it reads as: at most two (`2007-08`, a month and a financial year). */
  keys: Partial<Record<Frequency, string>>;
  /** Why it reads as nothing at all: the parsers' own reasons, or the ambiguity of `Q2 2017`. */
  monthWhy?: string;
  otherWhy?: string;
  ambiguous?: string;
}

/** What `read` returns, or undefined when it refuses (an `IndicatorError`). */
function quietly(read: () => string): string | undefined {
  try {
    return read();
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    return undefined;
  }
}

/** The frequencies a cell reads as, shortest first. @internal */
export function frequenciesRead(r: CellReadings): Frequency[] {
  return FREQUENCIES.filter((f) => r.keys[f] !== undefined);
}

/**
 * Read one period cell every way it can be read: as a month
 * (`parsePeriod`) and as a quarter or year (`parseReportingPeriod`); a
 * JSON whole number from 1000 to 9999 as a calendar year. `Q2 2017` is
 * read as nothing: `parseReportingPeriod` refuses it as ambiguous. With `only`, a cell that reads
 * as that frequency may be read as that alone (the readings that matter). @internal
 */
export function readPeriodCell(value: string | number, only?: Frequency): CellReadings {
  if (typeof value === 'string') {
    // The common cells, read without a parser's refusal: a key as the core writes it, or a period of the one frequency asked for.
    const text = value.trim();
    const keys = frequenciesOf(text);
    if (keys.length > 0) return { shown: JSON.stringify(value), text, keys: Object.fromEntries(keys.map((f) => [f, text])) };
    if (only === 'month') {
      const month = quietly(() => parsePeriod(value));
      if (month !== undefined) return { shown: JSON.stringify(value), text, keys: { month } };
    } else if (only !== undefined && !BARE_QUARTER.test(text)) {
      const key = quietly(() => parseReportingPeriod(value));
      if (key !== undefined && frequenciesOf(key).includes(only)) return { shown: JSON.stringify(value), text, keys: { [only]: key } };
    }
  }
  if (typeof value === 'number') {
    const keys: CellReadings['keys'] = Number.isInteger(value) && value >= 1000 && value <= 9999 ? { 'calendar-year': String(value) } : {};
    return { shown: String(value), text: String(value), keys, monthWhy: `${value} is a number, not text: write the month as text, e.g. "2017-09"` };
  }
  const out: CellReadings = { shown: JSON.stringify(value), text: value.trim(), keys: {} };
  try {
    out.keys.month = parsePeriod(value);
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    out.monthWhy = e.issues[0]!.message;
  }
  // Decided here, whatever parseReportingPeriod reads it as.
  if (bareQuarterKey(out.text) !== undefined) {
    // parseReportingPeriod refuses it, saying both readings.
    try {
      parseReportingPeriod(value);
    } catch (e) {
      if (!isIndicatorError(e)) throw e;
      out.ambiguous = e.issues[0]!.message;
      return out;
    }
  }
  let key: string | undefined;
  try {
    key = parseReportingPeriod(value);
  } catch (e) {
    if (!isIndicatorError(e)) throw e;
    const why = e.issues[0]!.message;
    // Its own reason ("has no quarter 5"), not its list of the forms it reads.
    if (!why.includes('parseReportingPeriod')) out.otherWhy = why;
  }
  if (key !== undefined) out.keys[frequenciesOf(key).filter((g) => g !== 'month').at(-1) ?? 'calendar-year'] = key;
  return out;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(period: string): string {
  return MONTH_NAMES[Number(period.slice(5, 7)) - 1]!;
}

/** The key of `frequency` that month `period` (`YYYY-MM`) falls in. @internal */
export function keyOfMonth(period: string, frequency: Frequency): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  if (frequency === 'month') return period;
  if (frequency === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  if (frequency === 'calendar-year') return String(year);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** `a month or a financial year`: what a cell reads as. @internal */
export function whatItIs(r: CellReadings): string {
  return frequenciesRead(r)
    .map((f) => A[f])
    .join(' or ');
}

/**
 * Why a cell is no period of `frequency`, with what to write. `asked`
 * says why `frequency` is read (`the option frequency: 'quarter' reads
 * quarters`); left out, months are read by default, and the message says
 * which option reads the cell's frequency. @internal
 */
export function notOf(r: CellReadings, frequency: Frequency, asked?: string): string {
  if (r.ambiguous !== undefined) return r.ambiguous;
  const read = frequenciesRead(r);
  if (read.length > 0) {
    const other = read[0]!;
    const month = r.keys.month;
    const falls = month !== undefined && frequency !== 'month' ? `; ${month} falls in ${keyOfMonth(month, frequency)}` : '';
    if (asked === undefined) {
      return `${r.shown} is ${whatItIs(r)}, and the periods are read as months (the default): read ${PLURAL[other]} with the option frequency: '${other}', or frequency: 'detect'`;
    }
    return `${r.shown} is ${whatItIs(r)}, and ${asked}: write ${A[frequency]}, e.g. ${EXAMPLE[frequency]}${falls}`;
  }
  if (frequency === 'month') return r.monthWhy ?? `${r.shown} is not a month: ${FORMS.month}`;
  return r.otherWhy ?? `${r.shown} is not ${A[frequency]}: ${FORMS[frequency]}`;
}

/**
 * Read one period, written as a data file's period cell may be, as a key of
 * `frequency`: a month as `parsePeriod` reads it (`Sep-17`, `2017-09-01`)
 * and written `2017-09`; a quarter or year as `parseReportingPeriod` reads
 * it (`Q1 2017-18`, `2017Q2`, `2017/18`, `2017`), or as council packs
 * print it (`2017/18 Q1`, `Q1 17/18`, `Apr-Jun 2017`, `FY2017/18`,
 * `CY2017`), and written as the core's key (`2017-Q2`, `2017-18`, `2017`). `Q2 2017` is refused as ambiguous:
 * it is April to June 2017 as a calendar quarter, and July to September
 * 2017 to the many UK councils that number quarters from April. This is
 * the reading `readTable` gives period cells with its option `frequency`;
 * use it for a period typed beside the data (a report's first period).
 *
 * Throws `INVALID_OPTIONS` with one issue, code `bad-period`, that says why
 * and what to write: a period of another frequency (`"2017-09" is a month,
 * and a quarter is asked for: ...; 2017-09 falls in 2017-Q3`), a flawed one
 * (`"2017-Q5" has no quarter 5`) or an ambiguous one.
 *
 * @example
 * ```ts
 * import { readPeriod } from 'council-indicators/readers';
 *
 * readPeriod('Q1 2017-18', 'quarter'); // '2017-Q2'
 * readPeriod('2017/18 Q1', 'quarter'); // '2017-Q2'
 * readPeriod('Q3 20/21', 'quarter'); // '2020-Q4'
 * readPeriod('Apr-Jun 2017', 'quarter'); // '2017-Q2'
 * readPeriod('FY2017/18', 'financial-year'); // '2017-18'
 * readPeriod('2017/18', 'financial-year'); // '2017-18'
 * readPeriod('2007-08', 'financial-year'); // '2007-08'
 * readPeriod('2007-08', 'month'); // '2007-08'
 * readPeriod('Sep-17', 'month'); // '2017-09'
 * ```
 */
export function readPeriod(text: string, frequency: Frequency): string {
  if (!FREQUENCIES.includes(frequency)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'bad-choice', path: 'frequency', message: `frequency must be "month", "quarter", "financial-year" or "calendar-year", received ${JSON.stringify(frequency)}` },
    ]);
  }
  if (typeof text !== 'string') {
    throw new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-period', path: 'text', message: `${JSON.stringify(text) ?? String(text)} is not text: write the period as text, e.g. "2017-09"` }]);
  }
  const r = readPeriodCell(text);
  const key = r.keys[frequency];
  if (key !== undefined) return key;
  throw new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-period', path: 'text', message: notOf(r, frequency, `${A[frequency]} is asked for`) }]);
}

/** A cell's place, for the decision of `'detect'`. @internal */
export interface PlacedCell {
  readings: CellReadings;
  line: number;
}

/** What `'detect'` decides from the period cells. @internal */
export type Detected =
  /** The one frequency every readable cell shares (months when no cell reads at all). */
  | { frequency: Frequency }
  /** Every readable cell is two frequencies and none decides: why, at the first. */
  | { frequency: Frequency; ambiguous: { line: number; message: string } }
  /** Cells of two frequencies: the most cells' frequency, and the first cell of it. */
  | { frequency: Frequency; mixed: PlacedCell };

/** What `2007-08` means as a key of `f`: `August 2007`, `the financial year 2007-08 (April 2007 to March 2008)`. */
function meaning(key: string, f: Frequency): string {
  const { from, to } = reportingPeriodMonths(key, f);
  if (f === 'month') return `${monthName(from)} ${from.slice(0, 4)}`;
  return `the ${A[f].slice(2)} ${key} (${monthName(from)} ${from.slice(0, 4)} to ${monthName(to)} ${to.slice(0, 4)})`;
}

/**
 * The file's one frequency, from its period cells: the one every readable
 * cell reads as. Never a guess: when every readable cell reads two ways
 * (`2007-08`), it is an issue naming the option that decides. @internal
 */
export function detectFrequency(cells: readonly PlacedCell[]): Detected {
  const readable = cells.filter((c) => frequenciesRead(c.readings).length > 0);
  if (readable.length === 0) return { frequency: 'month' };
  const shared = FREQUENCIES.filter((f) => readable.every((c) => c.readings.keys[f] !== undefined));
  if (shared.length === 1) return { frequency: shared[0]! };
  if (shared.length > 1) {
    const first = readable[0]!;
    const r = first.readings;
    const ways = shared.map((f) => meaning(r.keys[f]!, f)).join(' or ');
    const last = readable[readable.length - 1]!;
    const others = readable.length === 1 ? 'no other period cell decides' : `so do all ${readable.length} period cells (lines ${first.line} to ${last.line}), so none decides`;
    return {
      frequency: 'month',
      ambiguous: {
        line: first.line,
        message: `${r.shown} reads two ways, ${ways}, and ${others}: say which with the option frequency (${shared.map((f) => `'${f}'`).join(' or ')})`,
      },
    };
  }
  // Mixed: the frequency the most cells read as; ties go to the shorter.
  const counts = FREQUENCIES.map((f) => readable.filter((c) => c.readings.keys[f] !== undefined).length);
  const frequency = FREQUENCIES[counts.indexOf(Math.max(...counts))]!;
  return { frequency, mixed: readable.find((c) => c.readings.keys[frequency] !== undefined)! };
}

/** A `mixed-frequency` message for a cell not of the file's frequency. @internal */
export function mixedMessage(r: CellReadings, frequency: Frequency, first: PlacedCell, at: string): string {
  const own = frequenciesRead(r)[0]!;
  return (
    `${r.shown} is ${whatItIs(r)}, and the other rows are ${PLURAL[frequency]} (the first: ${first.readings.shown}, ${at}): ` +
    `a table holds rows of one frequency: put ${PLURAL[own]} and ${PLURAL[frequency]} in separate files` +
    (own === 'month' ? "; monthly rows can be reported quarterly or yearly with computeIndicator's option every" : '')
  );
}

/** `the quarter`, `the year`: what a duplicate key is. @internal */
export function noun(frequency: Frequency): string {
  return frequency === 'month' ? 'month' : frequency === 'quarter' ? 'quarter' : 'year';
}
