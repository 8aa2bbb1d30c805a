/**
 * A scorecard as a GitHub-flavoured Markdown table.
 *
 * @module
 */
import { describe, IndicatorError, readOptions } from '../index.js';
import type { ResultSeries } from '../index.js';
import { benchmarkHeading, benchmarkText, directionArrow, ragWord, reasonText, trendWord } from './format.js';
import { frequencyOf, shortLabel } from './periods.js';
import type { BenchmarkResult, Scorecard, ScorecardRow } from './scorecard.js';
import { intervalLevels, intervalText, levelText, significanceText } from './significance-words.js';

/** What an empty cell shows. */
const NONE = '–';

/**
 * Text made safe for a table cell: `|` and Markdown punctuation escaped
 * with a backslash, line breaks as spaces.
 */
function cell(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\\|<>*_`[\]]/g, (c) => `\\${c}`);
}

/** A row's interval at a level, as printed; null when it has none. */
function intervalCell(row: ScorecardRow, level: number): string | null {
  const interval = row.intervals?.find((i) => i.level === level);
  return interval === undefined ? null : intervalText(interval);
}

/** A benchmark cell: the plain comparison, or the Fingertips judgement when the spec has confidence. */
function benchmarkCell(b: BenchmarkResult): string | null {
  if (b.rule !== 'confidence-interval') return benchmarkText(b);
  if (b.formatted === null) return null;
  const base = benchmarkText({ ...b, comparison: null });
  return b.significance === null || b.significance === undefined ? base : `${base}, ours ${significanceText(b.significance)}`;
}

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Follow the table with each indicator's commentary (the core's `describe`), a paragraph each. Default false. */
  commentary?: boolean;
}

/** A row's figures as `describe` reads them: its title, settings (and frequency, when not months) and series, ending at the scorecard's period. @internal */
export function rowSeries(row: ScorecardRow): ResultSeries {
  const spec: ResultSeries['spec'] = { polarity: row.polarity, measure: { type: row.measure }, decimals: row.decimals };
  if (row.frequency !== 'month') spec.frequency = row.frequency;
  return { title: row.title, spec, periods: row.series };
}

/**
 * The scorecard as a GitHub-flavoured Markdown table, one row per
 * indicator: Indicator, Period, Value, Target, Variance, RAG (a word, never
 * colour alone), Direction (arrow and word), Trend, and a column per
 * benchmark (value, its label, and whether ours is better or worse). A
 * value that could not be computed says why, in the words of the core's
 * `statusReason` (`– (incomplete window: no row for Feb-17)`). When a
 * spec has `confidence`, a column per level follows Value (`95% CI`:
 * `55.3% to 73.6%`), and its benchmark cells give the Fingertips judgement
 * instead of the plain comparison (`60.0%, ours similar (95% CI)`,
 * `80.0%, ours much worse (99.8% CI)`). With `{ commentary: true }`, the
 * table is followed by a paragraph per indicator: its title in bold and the
 * sentences of the core's `describe` for the scorecard's month (see
 * docs/commentary.md). A quarterly or yearly scorecard labels its period
 * as `reportingPeriodLabel` does (`Q1 2017-18`, `2017-18`), in the table
 * and the commentary. Ends with a newline.
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
 * toMarkdown(card, { commentary: true }).split('\n')[4]; // '**Care leavers with a pathway plan.** Care leavers with a pathway plan improved, rising from 90.0% to 93.0% in September 2017 (up 3.0 percentage points), 2.0 percentage points below the target of 95.0%. Over the last 12 months it has been ranging from 90.0% to 93.0%; 10 of them have no figure (October 2016 to July 2017).'
 * ```
 */
export function toMarkdown(scorecard: Scorecard, options?: MarkdownOptions): string {
  const { commentary = false } = options === undefined ? {} : (readOptions(options, ['commentary'], '{ commentary: true }') as { commentary?: unknown });
  if (typeof commentary !== 'boolean') {
    throw new IndicatorError('INVALID_OPTIONS', [{ code: 'bad-option', path: 'commentary', message: `commentary must be true or false; received ${JSON.stringify(commentary) ?? typeof commentary}` }]);
  }
  const names = scorecard.benchmarkNames;
  const levels = intervalLevels(scorecard.rows);
  const header = ['Indicator', 'Period', 'Value', ...levels.map((l) => `${levelText(l)} CI`), 'Target', 'Variance', 'RAG', 'Direction', 'Trend', ...names.map(benchmarkHeading)];
  const align = [':--', ':--', '--:', ...levels.map(() => '--:'), '--:', '--:', ':--', ':--', ':--', ...names.map(() => '--:')];
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (const row of scorecard.rows) {
    const cells = [
      row.title,
      shortLabel(row.period, frequencyOf(row)),
      row.formatted ?? `${NONE} (${reasonText(row)})`,
      ...levels.map((level) => intervalCell(row, level) ?? NONE),
      row.formattedTarget ?? NONE,
      row.formattedVariance ?? NONE,
      row.rag === null ? NONE : ragWord(row.rag),
      row.direction === null ? NONE : `${directionArrow(row.direction)} ${row.direction}`,
      row.trend === null ? NONE : trendWord(row.trend),
      ...names.map((name) => {
        const b = row.benchmarks.find((x) => x.name === name);
        return (b === undefined ? null : benchmarkCell(b)) ?? NONE;
      }),
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  if (commentary) {
    for (const row of scorecard.rows) lines.push('', `**${cell(row.title)}.** ${describe(rowSeries(row)).map(cell).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
