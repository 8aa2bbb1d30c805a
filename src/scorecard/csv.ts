/**
 * A scorecard as CSV (RFC 4180).
 *
 * @module
 */
import { csvRow, statusReason } from '../index.js';
import { benchmarkHeading, ragWord, statusWord, trendWord } from './format.js';
import { shortLabel } from './periods.js';
import type { Scorecard } from './scorecard.js';
import { intervalLevels, levelText, significanceText } from './significance-words.js';

/**
 * The scorecard as RFC 4180 CSV: a header line, then one line per
 * indicator, every line ending CRLF. Columns: id, Indicator, Period
 * (`YYYY-MM`; on a quarterly or yearly scorecard its key, `2017-Q2`,
 * `2017-18` or `2017`, followed by a Period label column as reports print
 * it, `Q1 2017-18`), Status, Reason (why there is no value, in the words of the
 * core's `statusReason`, e.g. `incomplete window: no row for Feb-17`),
 * Value (as printed), Exact value, Target, Variance, RAG, Direction, Trend,
 * then for each benchmark its value, label and comparison (`better`,
 * `worse` or `same`: ours against it). Empty fields where there is nothing
 * to say. When a spec has `confidence`, `Lower 95%` and `Upper 95%` (one
 * pair per level, as printed) follow Exact value, and each benchmark has a
 * fourth column, its significance by the Fingertips rule
 * (`worse (95% CI)`, `much better (99.8% CI)`, `similar (95% CI)`,
 * `higher, not compared (95% CI)`); they are empty for indicators without
 * confidence. Cells are written by the core's `csvCell`: text a spreadsheet
 * would run as a formula (a title beginning with `=`, `+`, `-`, `@`, a tab
 * or a carriage return) is prefixed with `'` and quoted; numbers as printed
 * (`-8`, `5.6%`) are left as they are.
 *
 * @example
 * ```ts
 * import { computeScorecard, toCsv } from 'council-indicators/scorecard';
 *
 * const card = computeScorecard([{
 *   id: 'admissions',
 *   title: 'Admissions to care, in month',
 *   measure: { type: 'count' },
 *   numerator: 'admitted',
 *   polarity: 'neutral',
 * }], [
 *   { period: '2017-08', admitted: 12 },
 *   { period: '2017-09', admitted: 9 },
 * ], { asOf: '2017-09' });
 * toCsv(card).split('\r\n')[1]; // 'admissions,"Admissions to care, in month",2017-09,ok,,9,9,,,,down,'
 * ```
 */
export function toCsv(scorecard: Scorecard): string {
  const names = scorecard.benchmarkNames;
  const levels = intervalLevels(scorecard.rows);
  const significance = levels.length > 0;
  // A quarter's key (2017-Q2, a calendar quarter) and its label (Q1 2017-18) differ: a quarterly or yearly scorecard gives both.
  const frequency = scorecard.frequency;
  const header = [
    'id',
    'Indicator',
    'Period',
    ...(frequency === 'month' ? [] : ['Period label']),
    'Status',
    'Reason',
    'Value',
    'Exact value',
    ...levels.flatMap((l) => [`Lower ${levelText(l)}`, `Upper ${levelText(l)}`]),
    'Target',
    'Variance',
    'RAG',
    'Direction',
    'Trend',
    ...names.flatMap((n) => {
      const h = benchmarkHeading(n);
      return significance ? [h, `${h} label`, `${h} comparison`, `${h} significance`] : [h, `${h} label`, `${h} comparison`];
    }),
  ];
  const lines = [csvRow(header)];
  for (const row of scorecard.rows) {
    const fields = [
      row.id,
      row.title,
      row.period,
      ...(frequency === 'month' ? [] : [shortLabel(row.period, frequency)]),
      statusWord(row.status),
      statusReason(row),
      row.formatted,
      row.exact,
      ...levels.flatMap((level) => {
        const interval = row.intervals?.find((i) => i.level === level);
        return interval === undefined ? [null, null] : [interval.formattedLower, interval.formattedUpper];
      }),
      row.formattedTarget,
      row.formattedVariance,
      row.rag === null ? null : ragWord(row.rag),
      row.direction,
      row.trend === null ? null : trendWord(row.trend),
      ...names.flatMap((name) => {
        const b = row.benchmarks.find((x) => x.name === name);
        // A step whose value is null means no benchmark: leave its label out too, as Markdown and HTML do.
        const plain = b === undefined || b.value === null ? [null, null, null] : [b.formatted, b.label, b.comparison];
        if (!significance) return plain;
        return [...plain, b?.significance === undefined || b.significance === null ? null : significanceText(b.significance)];
      }),
    ];
    lines.push(csvRow(fields));
  }
  return lines.join('');
}
