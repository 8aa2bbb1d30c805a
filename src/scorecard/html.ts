/**
 * A scorecard as one self-contained HTML page: no script, no network, CSS
 * inline, a chart per indicator.
 *
 * @module
 */
import { formatReference, periodLabel } from '../index.js';
import type { PeriodResult, Rating } from '../index.js';
import { escapeHtml as e } from './escape.js';
import { benchmarkHeading, comparisonWords, directionArrow, ragLetter, ragWord, reasonText, trendWord } from './format.js';
import type { BenchmarkResult, Scorecard, ScorecardRow } from './scorecard.js';
import { toSvg } from './svg.js';

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** The page's title and heading; default `Scorecard, <month year>`. */
  title?: string;
}

const NONE = '<span class="none" aria-label="none">–</span>';

const CSS = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--head:#f0f3f6}
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1160px;margin:0 auto;padding:28px 36px 48px;background:#fff;min-height:100vh}
h1{font-size:1.7rem;line-height:1.25;margin:0 0 4px}
h2{font-size:1.25rem;line-height:1.3;margin:0 0 6px}
p{margin:0 0 10px}
.lede{color:var(--muted);margin-bottom:20px}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
.scorecard{width:100%;margin-bottom:10px}
caption{text-align:left;color:var(--muted);padding-bottom:6px}
th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
thead th{background:var(--head);border-bottom:2px solid #8c959f;font-weight:600;vertical-align:bottom}
tbody tr:nth-child(even){background:#fafbfc}
.num{text-align:right;white-space:nowrap}
.scorecard th[scope=row]{min-width:15em;font-weight:600}
.scorecard a{color:#0b4f8a;font-weight:600;text-decoration:none}
.scorecard a:hover{text-decoration:underline}
.rag{font-weight:600;white-space:nowrap}
.rag-red{background:#fde2e2;color:#86181d}
.rag-amber{background:#fff1c7;color:#6b4500}
.rag-green{background:#dcf3e2;color:#145c2a}
.rag-blue{background:#dde9fb;color:#0a3f7e}
tbody tr:nth-child(even) .rag-red{background:#fde2e2}
.letter{display:inline-block;min-width:1.5em;margin-right:.35em;padding:0 .2em;border-radius:3px;text-align:center;color:#fff;font-weight:700}
.rag-red .letter{background:#b42318}
.rag-amber .letter{background:#8a5a00}
.rag-green .letter{background:#1a7f37}
.rag-blue .letter{background:#0b5cad}
.badge{display:inline-block;padding:1px 8px;border-radius:4px}
.improving{color:#145c2a}
.worsening{color:#a4161a}
.none{color:var(--muted)}
.status{color:var(--muted);font-style:italic}
.scorecard .bench{white-space:normal;min-width:6.5em}
.bench small{display:block;color:var(--muted);font-size:.8rem;white-space:nowrap}
.nowrap{white-space:nowrap}
.notes{color:var(--muted);font-size:.9rem;margin-top:4px}
.indicator{border-top:1px solid var(--line);margin-top:30px;padding-top:18px;break-inside:avoid}
.headline{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:baseline;margin-bottom:8px}
.headline .big{font-size:1.5rem;font-weight:700}
figure{margin:8px 0 6px}
svg.chart{display:block;width:100%;max-width:760px;height:auto}
details{margin-top:6px}
summary{cursor:pointer;color:#0b4f8a}
details table{margin-top:8px;font-size:.9rem}
details th,details td{padding:4px 10px}
@media (max-width:640px){main{padding:16px 14px 32px}.scorecard th[scope=row]{min-width:10em}}
@media print{body{background:#fff}main{padding:0;max-width:none}details{display:none}}
`.trim();

function ragCell(rag: Rating | null): string {
  if (rag === null) return `<td>${NONE}</td>`;
  return `<td class="rag rag-${rag}"><span class="letter" aria-hidden="true">${ragLetter(rag)}</span>${ragWord(rag)}</td>`;
}

function ragBadge(rag: Rating): string {
  return `<span class="badge rag rag-${rag}"><span class="letter" aria-hidden="true">${ragLetter(rag)}</span>${ragWord(rag)}</span>`;
}

function directionText(row: { direction: ScorecardRow['direction'] }): string {
  return row.direction === null ? NONE : `<span aria-hidden="true">${directionArrow(row.direction)}</span> ${row.direction}`;
}

function trendText(row: { trend: ScorecardRow['trend'] }): string {
  return row.trend === null ? NONE : `<span class="${row.trend}">${trendWord(row.trend)}</span>`;
}

/** The value as printed, or why there is none (`incomplete window: no row for Feb-17`). */
function valueText(row: Pick<PeriodResult, 'formatted' | 'status' | 'missingMonths' | 'missingFields'>): string {
  return row.formatted === null ? `<span class="status">${e(reasonText(row))}</span>` : e(row.formatted);
}

function benchmarkCell(b: BenchmarkResult | undefined): string {
  if (b === undefined || b.formatted === null) return `<td class="num">${NONE}</td>`;
  const notes = [...(b.label === null ? [] : [e(b.label)]), ...(b.comparison === null ? [] : [comparisonWords(b.comparison)])];
  return `<td class="num bench">${e(b.formatted)}${notes.map((n) => `<small>${n}</small>`).join('')}</td>`;
}

function summaryTable(card: Scorecard): string {
  const names = card.benchmarkNames;
  const head = ['Indicator', 'Period', 'Value', 'Target', 'Variance', 'RAG', 'Direction', 'Trend', ...names.map(benchmarkHeading)];
  const numeric = new Set([2, 3, 4]);
  const rows = card.rows.map((row) => {
    const cells = [
      `<th scope="row"><a href="#ind-${e(row.id)}">${e(row.title)}</a></th>`,
      `<td>${e(periodLabel(row.period))}</td>`,
      `<td class="num">${valueText(row)}</td>`,
      `<td class="num">${row.formattedTarget === null ? NONE : e(row.formattedTarget)}</td>`,
      `<td class="num">${row.formattedVariance === null ? NONE : e(row.formattedVariance)}</td>`,
      ragCell(row.rag),
      `<td class="nowrap">${directionText(row)}</td>`,
      `<td class="nowrap">${trendText(row)}</td>`,
      ...names.map((name) => benchmarkCell(row.benchmarks.find((b) => b.name === name))),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    '<div class="table-wrap"><table class="scorecard">',
    `<caption>${card.rows.length} ${card.rows.length === 1 ? 'indicator' : 'indicators'} at ${e(periodLabel(card.asOf, 'MMMM yyyy'))}</caption>`,
    `<thead><tr>${head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : i >= 8 ? ' class="num bench"' : ''}>${e(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table></div>',
  ].join('');
}

function dataTable(row: ScorecardRow): string {
  const body = row.series.map(
    (p) =>
      `<tr><th scope="row">${e(periodLabel(p.period))}</th><td class="num">${valueText(p)}</td><td class="num">${
        p.target === null ? NONE : e(formatReference(p.target, row))
      }</td>${ragCell(p.rag)}<td>${directionText(p)}</td></tr>`,
  );
  return [
    `<details><summary>Data for this chart (${row.series.length} ${row.series.length === 1 ? 'month' : 'months'})</summary>`,
    `<table><caption>${e(row.title)}, by month</caption>`,
    '<thead><tr><th scope="col">Month</th><th scope="col" class="num">Value</th><th scope="col" class="num">Target</th><th scope="col">RAG</th><th scope="col">Direction</th></tr></thead>',
    `<tbody>${body.join('')}</tbody></table></details>`,
  ].join('');
}

function section(row: ScorecardRow): string {
  const facts = [`<span class="big">${valueText(row)}</span>`, `<span>${e(periodLabel(row.period, 'MMMM yyyy'))}</span>`];
  if (row.formattedTarget !== null) facts.push(`<span>Target ${e(row.formattedTarget)}</span>`);
  if (row.formattedVariance !== null) facts.push(`<span>Variance ${e(row.formattedVariance)}</span>`);
  if (row.rag !== null) facts.push(ragBadge(row.rag));
  if (row.direction !== null) facts.push(`<span>${directionText(row)}${row.trend === null ? '' : `, ${trendText(row)}`}</span>`);
  for (const b of row.benchmarks) {
    if (b.formatted === null) continue;
    const label = b.label === null ? '' : ` (${e(b.label)})`;
    facts.push(`<span>${e(benchmarkHeading(b.name))}${label}: ${e(b.formatted)}${b.comparison === null ? '' : `, ${comparisonWords(b.comparison)}`}</span>`);
  }
  return [
    `<section class="indicator" id="ind-${e(row.id)}" aria-labelledby="ind-${e(row.id)}-h">`,
    `<h2 id="ind-${e(row.id)}-h">${e(row.title)}</h2>`,
    `<p class="headline">${facts.join('')}</p>`,
    `<figure>${toSvg(row)}</figure>`,
    dataTable(row),
    '</section>',
  ].join('\n');
}

/**
 * The scorecard as one self-contained HTML5 page, for a committee pack or
 * an email: the summary table (RAG cells coloured and written as a letter
 * and a word, direction as an arrow and a word, benchmarks with whether
 * ours is better or worse), then per indicator its latest figures, a line
 * chart of its `series` (see {@link toSvg}) and a table of the charted
 * values. A value that could not be computed says why, in the words of
 * the core's `statusReason`, in the table, the headline, the chart's text
 * alternative and the data table. No script, no fonts, images or styles
 * fetched: CSS is inline and charts are inline SVG. Every text from specs
 * is escaped.
 *
 * @example
 * ```ts
 * import { computeScorecard, toHtml } from 'council-indicators/scorecard';
 *
 * const card = computeScorecard([{
 *   id: 'placement-moves',
 *   title: 'Children with 3 or more placements',
 *   measure: { type: 'percentage' },
 *   numerator: 'moved3',
 *   denominator: 'cic',
 *   polarity: 'lower-is-better',
 *   target: 10,
 *   rag: { bands: [{ rating: 'green', max: 10, maxInclusive: true }, { rating: 'red', min: 10, minInclusive: false }] },
 * }], [{ period: '2017-09', moved3: 40, cic: 373 }], { asOf: '2017-09' });
 * const html = toHtml(card, { title: 'September scorecard' });
 * html.startsWith('<!DOCTYPE html>'); // true
 * html.includes('<title>September scorecard</title>'); // true
 * html.includes('<script'); // false
 * html.includes('Red</td>'); // true
 * ```
 */
export function toHtml(scorecard: Scorecard, options: HtmlOptions = {}): string {
  const month = periodLabel(scorecard.asOf, 'MMMM yyyy');
  const title = options.title ?? `Scorecard, ${month}`;
  const names = scorecard.benchmarkNames;
  const notes = [
    `RAG ratings follow each indicator’s own bands: ${(['green', 'amber', 'red', 'blue'] as const).map(ragBadge).join(' ')} (blue: exceeding, where used). Every rating is written as a word and a letter as well as a colour.`,
    'Direction compares the displayed value with the comparison period (↑ up, ↓ down, → same); trend says whether that is improving or worsening.',
  ];
  if (names.length > 0) notes.push('Benchmarks: “ours better” means our latest value is better than the benchmark, given whether higher or lower is better.');
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(title)}</h1>`,
    `<p class="lede">Figures for ${e(month)}. Charts show the ${scorecard.months} ${scorecard.months === 1 ? 'month' : 'months'} to ${e(periodLabel(scorecard.asOf))}.</p>`,
    `<section aria-label="Summary">${summaryTable(scorecard)}${notes.map((n) => `<p class="notes">${n}</p>`).join('')}</section>`,
    ...scorecard.rows.map(section),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
