/**
 * council-indicators/scorecard: many indicators at one month, quarter or
 * year, with benchmarks and recent periods, written as Markdown, CSV or a
 * self-contained HTML page with charts.
 *
 * @module
 */
export { computeScorecard } from './scorecard.js';
export type { BenchmarkResult, Comparison, Frequency, Scorecard, ScorecardFrequency, ScorecardOptions, ScorecardRow, WindowSpec } from './scorecard.js';
export { toMarkdown } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { toCsv } from './csv.js';
export { toHtml } from './html.js';
export type { HtmlOptions } from './html.js';
export { toSvg } from './svg.js';
export type { SvgOptions } from './svg.js';
export { toSpcSvg } from './xmr-svg.js';
export type { SpcChart, SpcOptions } from './xmr-svg.js';
