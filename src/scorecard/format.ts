/**
 * Words as every scorecard output prints them, so Markdown, CSV and HTML
 * say the same thing. Numbers come from the core's formatters
 * (`formatted`, `formatReference`), reasons from its `statusReason`.
 *
 * @internal
 * @module
 */
import { statusReason } from '../index.js';
import type { Comparison, Direction, PeriodResult, Rating, Status, Trend } from '../index.js';

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

/**
 * Why a month has no value, in words: the core's `statusReason`, e.g.
 * `'incomplete window: no row for Feb-17'`. @internal
 */
export function reasonText(p: Pick<PeriodResult, 'status' | 'missingMonths' | 'missingFields'>): string {
  return statusReason(p) ?? statusWord(p.status);
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
