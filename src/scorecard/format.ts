/**
 * Words and numbers as every scorecard output prints them, so Markdown,
 * CSV and HTML say the same thing.
 *
 * @internal
 * @module
 */
import type { Status } from '../compute.js';
import type { Direction, Trend } from '../assessment/direction.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { MeasureSpec, Rating } from '../spec/types.js';
import type { Comparison } from './scorecard.js';

/**
 * A target or benchmark as printed: at `decimals` places like the value it
 * is read against, or with every digit when it has more (so a benchmark of
 * 12.35 is never shown as 12.4 beside a value of 12.4 that is below it).
 *
 * @internal
 */
export function formatQuantity(measure: MeasureSpec['type'], q: Q, decimals: number): string {
  const units = R.roundToUnits(q, decimals, 'half-up');
  const s = R.cmp(R.fromUnits(units, decimals), q) === 0 ? R.unitsToFixed(units, decimals) : R.toDecimalString(q);
  return measure === 'percentage' ? `${s}%` : s;
}

/** {@link formatQuantity} of a JS number (as written in decimal). @internal */
export function formatNumber(measure: MeasureSpec['type'], x: number, decimals: number): string {
  return formatQuantity(measure, R.fromNumber(x), decimals);
}

const RAG_WORDS: Record<Rating, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue' };

/** `'Green'`. @internal */
export function ragWord(rag: Rating): string {
  return RAG_WORDS[rag];
}

/** `'G'`. @internal */
export function ragLetter(rag: Rating): string {
  return RAG_WORDS[rag].charAt(0);
}

const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };

/** `'↑'`. @internal */
export function directionArrow(direction: Direction): string {
  return ARROWS[direction];
}

/** `'no change'`. @internal */
export function trendWord(trend: Trend): string {
  return trend === 'no-change' ? 'no change' : trend;
}

const STATUS_WORDS: Record<Status, string> = {
  ok: 'ok',
  'missing-data': 'missing data',
  'incomplete-window': 'incomplete window',
  'zero-denominator': 'zero denominator',
};

/** `'missing data'`. @internal */
export function statusWord(status: Status): string {
  return STATUS_WORDS[status];
}

const COMPARISON_WORDS: Record<Comparison, string> = { better: 'ours better', worse: 'ours worse', same: 'ours the same' };

/** `'ours worse'`: how the indicator's value compares with a benchmark, unambiguously. @internal */
export function comparisonWords(comparison: Comparison): string {
  return COMPARISON_WORDS[comparison];
}

/** `'62.0 (2016-17), ours worse'`: a benchmark cell of a table. @internal */
export function benchmarkText(b: { formatted: string | null; label: string | null; comparison: Comparison | null }): string | null {
  if (b.formatted === null) return null;
  return `${b.formatted}${b.label === null ? '' : ` (${b.label})`}${b.comparison === null ? '' : `, ${comparisonWords(b.comparison)}`}`;
}

/** `'statistical-neighbours'` as a column heading: `'Statistical neighbours'`. @internal */
export function benchmarkHeading(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
