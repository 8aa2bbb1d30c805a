/**
 * Confidence intervals and significance in words, as every scorecard output
 * prints them (Markdown, CSV, HTML).
 *
 * @internal
 * @module
 */
import type { Interval, SignificanceResult } from '../index.js';
import type { ScorecardRow } from './scorecard.js';

/** `0.95` as `'95%'`, `0.998` as `'99.8%'`. @internal */
export function levelText(level: number): string {
  return `${Number((level * 100).toPrecision(12))}%`;
}

/** `'55.3% to 73.6%'`: an interval as printed. @internal */
export function intervalText(interval: Pick<Interval, 'formattedLower' | 'formattedUpper'>): string {
  return `${interval.formattedLower} to ${interval.formattedUpper}`;
}

const WORDS = { similar: 'similar', better: 'better', worse: 'worse', 'much-better': 'much better', 'much-worse': 'much worse' } as const;

/**
 * `'worse (95% CI)'`, `'much better (99.8% CI)'`, `'similar (95% CI)'`,
 * `'higher, not compared (95% CI)'`: a significance judgement and the
 * level of the interval that decided it. @internal
 */
export function significanceText(s: SignificanceResult): string {
  const word = s.significance === 'not-compared' ? `${s.direction}, not compared` : WORDS[s.significance];
  return `${word} (${levelText(s.level)} CI)`;
}

/** Every confidence level of the rows, in order of first appearance: the interval columns of a table. @internal */
export function intervalLevels(rows: readonly ScorecardRow[]): number[] {
  const levels: number[] = [];
  for (const row of rows) for (const level of row.confidence ?? []) if (!levels.includes(level)) levels.push(level);
  return levels;
}
