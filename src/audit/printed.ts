/**
 * Reading a published table's text: printed numbers (`'6.2%'`, `'-1.1'`,
 * `'1,234'`), spreadsheet errors (`'#DIV/0!'`), blanks, RAG letters or
 * words, and direction arrows or words.
 *
 * @module
 */
import type { Direction, Rating } from '../index.js';
import { parseDec } from './decimal.js';
import type { Dec } from './decimal.js';

/** A printed numeric cell, read. @internal */
export type PrintedNumber =
  | { kind: 'blank' }
  | { kind: 'spreadsheet-error'; text: string }
  | { kind: 'number'; q: Dec; places: number };

const SPREADSHEET_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A printed figure, or null when the text is not one. Reads a sign (`-`,
 * `+`, or the typographic minus `−`), thousands separators in groups of
 * three (`1,234`), decimals, and a trailing `%` (not compared: a percentage
 * is read as its number). Blank (only spaces) is `blank`; `#DIV/0!`, `#N/A`,
 * `#VALUE!` and the other spreadsheet error values are `spreadsheet-error`.
 *
 * @internal
 */
export function readPrintedNumber(raw: string): PrintedNumber | null {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  if (SPREADSHEET_ERROR.test(text)) return { kind: 'spreadsheet-error', text };
  let t = text.replace(/^\u2212/, '-').replace(/\s*%$/, '');
  if (GROUPED.test(t)) t = t.replace(/,/g, '');
  if (!PLAIN.test(t)) return null;
  const q = parseDec(t);
  if (q === null) return null;
  const dot = t.indexOf('.');
  return { kind: 'number', q, places: dot < 0 ? 0 : t.length - dot - 1 };
}

const RATINGS: Record<string, Rating> = {
  g: 'green', green: 'green',
  a: 'amber', amber: 'amber',
  r: 'red', red: 'red',
  b: 'blue', blue: 'blue',
};

/** A printed rating (`G`, `A`, `R`, `B` or the word, any case); `''` for blank; null when unreadable. @internal */
export function readPrintedRating(raw: string): Rating | '' | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return '';
  return Object.hasOwn(RATINGS, text) ? RATINGS[text]! : null;
}

const DIRECTIONS: Record<string, Direction> = {
  '↑': 'up', '⬆': 'up', '▲': 'up', up: 'up', rising: 'up', increase: 'up',
  '↓': 'down', '⬇': 'down', '▼': 'down', down: 'down', falling: 'down', decrease: 'down',
  '→': 'same', '↔': 'same', '=': 'same', same: 'same', unchanged: 'same', 'no change': 'same',
};

/** A printed direction arrow or word; `''` for blank; null when unreadable. @internal */
export function readPrintedDirection(raw: string): Direction | '' | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return '';
  return Object.hasOwn(DIRECTIONS, text) ? DIRECTIONS[text]! : null;
}

/** How the audit writes a rating and a direction in `computed`. @internal */
export const RATING_LETTER: Record<Rating, string> = { green: 'G', amber: 'A', red: 'R', blue: 'B' };

/** @internal */
export const ARROW: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };

/**
 * An input figure given as text, as printed: blank is a missing figure
 * (null), never 0; `12`, `12.5`, `1,234` are numbers; anything else is
 * null-with-error (returned as `undefined`).
 *
 * @internal
 */
export function readInputText(raw: string): number | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  let t = text.replace(/^\u2212/, '-');
  if (GROUPED.test(t)) t = t.replace(/,/g, '');
  if (!PLAIN.test(t)) return undefined;
  return Number(t);
}
