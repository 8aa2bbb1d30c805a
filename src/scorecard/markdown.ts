/**
 * A scorecard as a GitHub-flavoured Markdown table.
 *
 * @module
 */
import { periodLabel } from '../index.js';
import { benchmarkHeading, benchmarkText, directionArrow, ragWord, reasonText, trendWord } from './format.js';
import type { Scorecard } from './scorecard.js';

/** What an empty cell shows. */
const NONE = '–';

/**
 * Text made safe for a table cell: `|` and Markdown punctuation escaped
 * with a backslash, line breaks as spaces.
 */
function cell(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\\|<>*_`[\]]/g, (c) => `\\${c}`);
}

/**
 * The scorecard as a GitHub-flavoured Markdown table, one row per
 * indicator: Indicator, Period, Value, Target, Variance, RAG (a word, never
 * colour alone), Direction (arrow and word), Trend, and a column per
 * benchmark (value, its label, and whether ours is better or worse). A
 * value that could not be computed says why, in the words of the core's
 * `statusReason` (`– (incomplete window: no row for Feb-17)`). Ends with a
 * newline.
 *
 * @example
 * ```ts
 * import { computeScorecard, toMarkdown } from 'council-indicators/scorecard';
 *
 * const card = computeScorecard([{
 *   id: 'pathway-plans',
 *   title: 'Care leavers with a pathway plan',
 *   measure: { type: 'percentage' },
 *   numerator: 'withPlan',
 *   denominator: 'leavers',
 *   polarity: 'higher-is-better',
 *   target: 95,
 * }], [
 *   { period: '2017-08', withPlan: 90, leavers: 100 },
 *   { period: '2017-09', withPlan: 93, leavers: 100 },
 * ], { asOf: '2017-09' });
 * toMarkdown(card).split('\n')[2]; // '| Care leavers with a pathway plan | Sep-17 | 93.0% | 95.0% | -2.0 | – | ↑ up | improving |'
 * ```
 */
export function toMarkdown(scorecard: Scorecard): string {
  const names = scorecard.benchmarkNames;
  const header = ['Indicator', 'Period', 'Value', 'Target', 'Variance', 'RAG', 'Direction', 'Trend', ...names.map(benchmarkHeading)];
  const align = [':--', ':--', '--:', '--:', '--:', ':--', ':--', ':--', ...names.map(() => '--:')];
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const row of scorecard.rows) {
    const cells = [
      row.title,
      periodLabel(row.period),
      row.formatted ?? `${NONE} (${reasonText(row)})`,
      row.formattedTarget ?? NONE,
      row.formattedVariance ?? NONE,
      row.rag === null ? NONE : ragWord(row.rag),
      row.direction === null ? NONE : `${directionArrow(row.direction)} ${row.direction}`,
      row.trend === null ? NONE : trendWord(row.trend),
      ...names.map((name) => {
        const b = row.benchmarks.find((x) => x.name === name);
        return (b === undefined ? null : benchmarkText(b)) ?? NONE;
      }),
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
