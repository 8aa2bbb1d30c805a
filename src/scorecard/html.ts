/**
 * A scorecard as one self-contained HTML page: no script, no network, CSS
 * inline, a chart per indicator.
 *
 * @module
 */
import { describe, formatReference, isIndicatorError } from '../index.js';
import { rowSeries } from './markdown.js';
import type { PeriodResult, Rating } from '../index.js';
import { escapeHtml as e } from './escape.js';
import { benchmarkHeading, comparisonWords, directionArrow, ragLetter, ragWord, reasonText, trendWord } from './format.js';
import { frequencyOf, longLabel, periodNoun, shortLabel } from './periods.js';
import type { BenchmarkResult, Scorecard, ScorecardRow } from './scorecard.js';
import { intervalLevels, intervalText, levelText, significanceText } from './significance-words.js';
import { toSvg } from './svg.js';
import { assuranceWords, toSpcSvg, variationWords } from './xmr-svg.js';
import type { SpcOptions } from './xmr-svg.js';

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** The page's title and heading; default `Scorecard, <month year>` (`Scorecard, Q1 2017-18`, `Scorecard, 2017-18` for a quarter or a year). */
  title?: string;
  /**
   * Also draw an XmR (statistical process control) chart per indicator,
   * with its variation and assurance icons in words: `true`, or the
   * options of `toSpcSvg`. Default false. Monthly figures only: a row
   * reported quarterly or yearly, or over a rolling or year-to-date
   * window, says why it has no chart.
   */
  spc?: boolean | Omit<SpcOptions, 'id'>;
  /** Add each indicator's commentary (the core's `describe`) to its section, after its headline. Default false. */
  commentary?: boolean;
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
.spc-icons{display:flex;flex-wrap:wrap;gap:6px 14px;margin:4px 0 8px}
.spc-common-cause{background:#eceeef;color:#3d3f40}.spc-common-cause .letter{background:#6b6d6d}
.spc-improvement,.spc-consistent-pass{background:#dde9fb;color:#0a3f7e}.spc-improvement .letter,.spc-consistent-pass .letter{background:#0b5cad}
.spc-concern,.spc-consistent-fail{background:#fde7d4;color:#7a3500}.spc-concern .letter,.spc-consistent-fail .letter{background:#b35200}
.spc-neutral-high,.spc-neutral-low{background:#ece2f7;color:#3b0a75}.spc-neutral-high .letter,.spc-neutral-low .letter{background:#490092}
.spc-inconsistent{background:#eceeef;color:#3d3f40}.spc-inconsistent .letter{background:#6b6d6d}
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

/** How ours compares with a benchmark: the Fingertips judgement when the spec has confidence, else the plain comparison. */
function benchmarkWords(b: BenchmarkResult): string | null {
  if (b.rule === 'confidence-interval') return b.significance === null || b.significance === undefined ? null : `ours ${e(significanceText(b.significance))}`;
  return b.comparison === null ? null : comparisonWords(b.comparison);
}

/** `'95% interval 55.3% to 73.6%'` for each interval of a period; none when it has none. */
function intervalFacts(p: Pick<PeriodResult, 'intervals'>): string[] {
  return (p.intervals ?? []).map((i) => `${levelText(i.level)} interval ${e(intervalText(i))}`);
}

function intervalCell(p: Pick<PeriodResult, 'intervals'>, level: number): string {
  const i = p.intervals?.find((x) => x.level === level);
  return `<td class="num">${i === undefined ? NONE : e(intervalText(i))}</td>`;
}

function benchmarkCell(b: BenchmarkResult | undefined): string {
  if (b === undefined || b.formatted === null) return `<td class="num">${NONE}</td>`;
  const words = benchmarkWords(b);
  const notes = [...(b.label === null ? [] : [e(b.label)]), ...(words === null ? [] : [words])];
  return `<td class="num bench">${e(b.formatted)}${notes.map((n) => `<small>${n}</small>`).join('')}</td>`;
}

function summaryTable(card: Scorecard): string {
  const names = card.benchmarkNames;
  const levels = intervalLevels(card.rows);
  const head = ['Indicator', 'Period', 'Value', ...levels.map((l) => `${levelText(l)} CI`), 'Target', 'Variance', 'RAG', 'Direction', 'Trend', ...names.map(benchmarkHeading)];
  const numeric = new Set([2, ...levels.map((_, i) => 3 + i), 3 + levels.length, 4 + levels.length]);
  const benchFrom = 8 + levels.length;
  const rows = card.rows.map((row) => {
    const cells = [
      `<th scope="row"><a href="#ind-${e(row.id)}">${e(row.title)}</a></th>`,
      `<td>${e(shortLabel(row.period, frequencyOf(row)))}</td>`,
      `<td class="num">${valueText(row)}</td>`,
      ...levels.map((level) => intervalCell(row, level)),
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
    `<caption>${card.rows.length} ${card.rows.length === 1 ? 'indicator' : 'indicators'} at ${e(longLabel(card.asOf, frequencyOf(card)))}</caption>`,
    `<thead><tr>${head.map((h, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : i >= benchFrom ? ' class="num bench"' : ''}>${e(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table></div>',
  ].join('');
}

function dataTable(row: ScorecardRow): string {
  const frequency = frequencyOf(row);
  const noun = periodNoun(frequency, 1);
  const levels = [...new Set(row.series.flatMap((p) => (p.intervals ?? []).map((i) => i.level)))];
  const body = row.series.map(
    (p) =>
      `<tr><th scope="row">${e(shortLabel(p.period, frequency))}</th><td class="num">${valueText(p)}</td>${levels.map((l) => intervalCell(p, l)).join('')}<td class="num">${
        p.target === null ? NONE : e(formatReference(p.target, row))
      }</td>${ragCell(p.rag)}<td>${directionText(p)}</td></tr>`,
  );
  const intervalHeads = levels.map((l) => `<th scope="col" class="num">${levelText(l)} interval</th>`).join('');
  return [
    `<details><summary>Data for this chart (${row.series.length} ${periodNoun(frequency, row.series.length)})</summary>`,
    `<table><caption>${e(row.title)}, by ${noun}</caption>`,
    `<thead><tr><th scope="col">${noun.charAt(0).toUpperCase()}${noun.slice(1)}</th><th scope="col" class="num">Value</th>${intervalHeads}<th scope="col" class="num">Target</th><th scope="col">RAG</th><th scope="col">Direction</th></tr></thead>`,
    `<tbody>${body.join('')}</tbody></table></details>`,
  ].join('');
}

/** The letter of a variation icon: H or L for a high or low special cause, C for common cause. */
function variationLetter(v: string, improvement: string): string {
  if (v === 'common-cause') return 'C';
  if (v === 'neutral-high') return 'H';
  if (v === 'neutral-low') return 'L';
  return (v === 'improvement') === (improvement === 'increase') ? 'H' : 'L';
}

/** The SPC chart of a row, its icons in words (`drawn`), or why there is none. */
function spcPart(row: ScorecardRow, options: Omit<SpcOptions, 'id'>): { html: string; drawn: boolean } {
  let drawn: ReturnType<typeof toSpcSvg>;
  try {
    drawn = toSpcSvg(row, { ...options, id: `spc-${row.id}` });
  } catch (error) {
    if (!isIndicatorError(error)) throw error;
    return { html: `<p class="notes spc-none">No SPC chart: ${e(error.issues.map((i) => i.message).join('; '))}.</p>`, drawn: false };
  }
  const { chart, svg } = drawn;
  const v = chart.variationIcon;
  const icons = [
    `<span class="badge spc-${v}"><span class="letter" aria-hidden="true">${variationLetter(v, chart.improvement)}</span>Variation: ${e(variationWords(v))}</span>`,
  ];
  if (chart.assuranceIcon !== null) {
    const a = chart.assuranceIcon;
    const letter = a === 'consistent-pass' ? 'P' : a === 'consistent-fail' ? 'F' : '?';
    icons.push(`<span class="badge spc-${a}"><span class="letter" aria-hidden="true">${letter}</span>Assurance: ${e(assuranceWords(a))}</span>`);
  }
  return {
    html: [
      `<p class="spc-icons" data-variation="${v}"${chart.assuranceIcon === null ? '' : ` data-assurance="${chart.assuranceIcon}"`}>${icons.join('')}</p>`,
      `<figure class="spc">${svg}</figure>`,
    ].join('\n'),
    drawn: true,
  };
}

function section(row: ScorecardRow, spc: string | null, commentary = false): string {
  const facts = [`<span class="big">${valueText(row)}</span>`, `<span>${e(longLabel(row.period, frequencyOf(row)))}</span>`];
  for (const i of intervalFacts(row)) facts.push(`<span>${i}</span>`);
  if (row.formattedTarget !== null) facts.push(`<span>Target ${e(row.formattedTarget)}</span>`);
  if (row.formattedVariance !== null) facts.push(`<span>Variance ${e(row.formattedVariance)}</span>`);
  if (row.rag !== null) facts.push(ragBadge(row.rag));
  if (row.direction !== null) facts.push(`<span>${directionText(row)}${row.trend === null ? '' : `, ${trendText(row)}`}</span>`);
  for (const b of row.benchmarks) {
    if (b.formatted === null) continue;
    const label = b.label === null ? '' : ` (${e(b.label)})`;
    const words = benchmarkWords(b);
    facts.push(`<span>${e(benchmarkHeading(b.name))}${label}: ${e(b.formatted)}${words === null ? '' : `, ${words}`}</span>`);
  }
  return [
    `<section class="indicator" id="ind-${e(row.id)}" aria-labelledby="ind-${e(row.id)}-h">`,
    `<h2 id="ind-${e(row.id)}-h">${e(row.title)}</h2>`,
    `<p class="headline">${facts.join('')}</p>`,
    ...(commentary ? [`<p class="commentary">${describe(rowSeries(row)).map(e).join(' ')}</p>`] : []),
    `<figure>${toSvg(row)}</figure>`,
    ...(spc === null ? [] : [spc]),
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
 * values (with `{ commentary: true }`, the sentences of the core's
 * `describe` after its figures). A value that could not be computed says why, in the words of
 * the core's `statusReason`, in the table, the headline, the chart's text
 * alternative and the data table. No script, no fonts, images or styles
 * fetched: CSS is inline and charts are inline SVG. Every text from specs
 * is escaped. A quarterly or yearly scorecard labels its periods as
 * `reportingPeriodLabel` does (`Q1 2017-18`, `2017-18`) in the headings,
 * tables, charts and their text alternatives. With `spc`, a row with no
 * SPC chart says why where the chart would be: a quarterly or yearly
 * scorecard (XmR reads monthly series), a rolling or year-to-date figure
 * (its months overlap, see `toSpcSvg`), a month without a value; the
 * page's note on reading SPC charts appears only when one is drawn.
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
 * toHtml(card, { commentary: true }).includes('<p class="commentary">Children with 3 or more placements was 10.7% in September 2017, 0.7 percentage points above the target of 10.0%. There is no figure for August 2017 to compare with (missing data: no row for Aug-17). It is rated red.</p>'); // true
 * ```
 */
export function toHtml(scorecard: Scorecard, options: HtmlOptions = {}): string {
  const frequency = frequencyOf(scorecard);
  const month = longLabel(scorecard.asOf, frequency);
  const count = scorecard.periods ?? scorecard.months;
  const title = options.title ?? `Scorecard, ${month}`;
  const names = scorecard.benchmarkNames;
  const notes = [
    `RAG ratings follow each indicator’s own bands: ${(['green', 'amber', 'red', 'blue'] as const).map(ragBadge).join(' ')} (blue: exceeding, where used). Every rating is written as a word and a letter as well as a colour.`,
    'Direction compares the displayed value with the comparison period (↑ up, ↓ down, → same); trend says whether that is improving or worsening.',
  ];
  if (names.length > 0) notes.push('Benchmarks: “ours better” means our latest value is better than the benchmark, given whether higher or lower is better.');
  if (scorecard.rows.some((r) => r.benchmarks.some((b) => b.rule === 'confidence-interval'))) {
    notes.push('Where an indicator has confidence intervals, its benchmarks are judged by the Fingertips rule: “similar” when the benchmark is inside our interval, otherwise better or worse (“much” outside the 99.8% interval).');
  }
  const spc = options.spc === undefined || options.spc === false ? null : options.spc === true ? {} : options.spc;
  const spcParts = spc === null ? null : scorecard.rows.map((row) => spcPart(row, spc));
  // The note on reading SPC charts only when one is drawn: each row without one says why.
  if (spcParts !== null && spcParts.some((p) => p.drawn)) {
    notes.push(
      'SPC charts (XmR, as NHS “Making Data Count”): the mean and process limits of recent months; a point outside the limits, a trend or a run on one side of the mean (7 points unless set to 6), or two of three points near a limit is special cause, read as improvement or concern. Assurance says whether the target is beyond the limits (consistently passed or failed) or within them (hit and miss).',
    );
  }
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
    `<p class="lede">Figures for ${e(month)}. Charts show the ${count} ${periodNoun(frequency, count)} to ${e(shortLabel(scorecard.asOf, frequency))}.</p>`,
    `<section aria-label="Summary">${summaryTable(scorecard)}${notes.map((n) => `<p class="notes">${n}</p>`).join('')}</section>`,
    ...scorecard.rows.map((row, i) => section(row, spcParts === null ? null : spcParts[i]!.html, options.commentary === true)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
