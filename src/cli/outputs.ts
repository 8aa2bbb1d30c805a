/**
 * Writing the command line's results: CSV (through the core's `csvRow`,
 * which neutralises spreadsheet formulas), JSON, Markdown and a
 * self-contained HTML page.
 *
 * @module
 */
import { csvRow, formatReference, periodLabel, reportingPeriodLabel, statusReason } from 'council-indicators';
import type { CsvValue, Frequency, IndicatorResult } from 'council-indicators';

/** The output formats, as `--format` names them. */
export const FORMATS = ['csv', 'json', 'md', 'html'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** The format a file name asks for by its extension (`.md`, `.markdown`, `.html`, `.htm`, `.csv`, `.json`), or undefined. */
export function formatOfFile(file: string): Format | undefined {
  const m = /\.([a-z]+)$/i.exec(file);
  const ext = m?.[1]?.toLowerCase();
  return ext === 'markdown' ? 'md' : ext === 'htm' ? 'html' : (FORMATS as readonly string[]).includes(ext ?? '') ? (ext as Format) : undefined;
}

/** One table of a Markdown or HTML page. */
export interface Section {
  heading: string;
  /** A line under the heading. */
  note?: string;
  headers: string[];
  rows: CsvValue[][];
}

/** A table as CSV: a header line, then one line per row. */
export function toCsvTable(headers: readonly string[], rows: readonly CsvValue[][]): string {
  return [headers, ...rows].map(csvRow).join('');
}

function mdCell(value: CsvValue): string {
  return value === null ? '' : String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

/** Sections as a Markdown page: a title, then each section's heading, note and table. */
export function toMarkdownPage(title: string, sections: readonly Section[]): string {
  const out = [`# ${mdCell(title)}`, ''];
  for (const s of sections) {
    out.push(`## ${mdCell(s.heading)}`, '');
    if (s.note !== undefined) out.push(mdCell(s.note), '');
    out.push(`| ${s.headers.map(mdCell).join(' | ')} |`, `| ${s.headers.map(() => '---').join(' | ')} |`);
    for (const row of s.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const CSS =
  'body{margin:0;background:#eef1f4;color:#1f2328;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}' +
  'main{max-width:1160px;margin:0 auto;padding:28px 36px 48px;background:#fff;min-height:100vh}' +
  'h1{font-size:1.6rem;margin:0 0 16px}h2{font-size:1.2rem;margin:28px 0 6px}p{margin:0 0 10px;color:#57606a}' +
  '.wrap{overflow-x:auto}table{border-collapse:collapse;font-variant-numeric:tabular-nums}' +
  'th,td{padding:6px 10px;border-bottom:1px solid #d0d7de;text-align:left}th{background:#f0f3f6}';

/** Sections as one self-contained HTML page (no scripts, no outside resources). */
export function toHtmlPage(title: string, sections: readonly Section[]): string {
  const cell = (v: CsvValue, tag: 'td' | 'th'): string => `<${tag}>${v === null ? '' : escapeHtml(String(v))}</${tag}>`;
  const body = sections
    .map((s) =>
      [
        `<section><h2>${escapeHtml(s.heading)}</h2>`,
        s.note === undefined ? '' : `<p>${escapeHtml(s.note)}</p>`,
        `<div class="wrap"><table><thead><tr>${s.headers.map((h) => cell(h, 'th')).join('')}</tr></thead><tbody>`,
        ...s.rows.map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`),
        '</tbody></table></div></section>',
      ].join('\n'),
    )
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>`,
    `<body><main><h1>${escapeHtml(title)}</h1>`,
    body,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

/** The columns of `compute --format csv`, one line per indicator and month. */
const COMPUTE_CSV_HEADERS = [
  'id',
  'title',
  'period',
  'status',
  'numerator',
  'denominator',
  'exact',
  'value',
  'target',
  'variance',
  'rag',
  'direction',
  'trend',
  'reason',
];

/**
 * Results as `compute --format csv` writes them: `value` and `variance` as
 * printed (`'6.2%'`), `exact` in full, `reason` when not `ok`. Quarters and
 * years add a `period_label` column after `period` (`2017-Q3` is labelled
 * `Q2 2017-18`: the key is a calendar quarter, the label numbers it from
 * April); monthly results keep their columns.
 */
export function resultsToCsv(results: readonly IndicatorResult[]): string {
  const rows: CsvValue[][] = [];
  const labelled = results.some((r) => r.frequency !== 'month');
  const levels = confidenceLevels(results);
  for (const r of results) {
    for (const p of r.periods) {
      rows.push([
        r.id,
        r.title,
        p.period,
        ...(labelled ? [periodName(p.period, r.frequency)] : []),
        p.status,
        p.numerator,
        p.denominator,
        p.exact,
        p.formatted,
        ...levels.flatMap((level) => {
          const i = p.intervals?.find((x) => x.level === level);
          return i === undefined ? [null, null] : [i.formattedLower, i.formattedUpper];
        }),
        p.target,
        p.formattedVariance,
        p.rag,
        p.direction,
        p.trend,
        statusReason(p),
      ]);
    }
  }
  const ci = levels.flatMap((l) => [`ci${levelName(l)}_lower`, `ci${levelName(l)}_upper`]);
  const headers = [...COMPUTE_CSV_HEADERS.slice(0, 8), ...ci, ...COMPUTE_CSV_HEADERS.slice(8)];
  return toCsvTable(labelled ? [...headers.slice(0, 3), 'period_label', ...headers.slice(3)] : headers, rows);
}

/** Every confidence level of the results' specs, in order of first appearance: the interval columns. */
function confidenceLevels(results: readonly IndicatorResult[]): number[] {
  const levels: number[] = [];
  for (const r of results) for (const level of r.spec.confidence ?? []) if (!levels.includes(level)) levels.push(level);
  return levels;
}

/** `0.95` as `95`, `0.998` as `99.8`. */
function levelName(level: number): string {
  return String(Number((level * 100).toPrecision(12)));
}

const RAG = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue' } as const;
const ARROW = { up: '↑ up', down: '↓ down', same: '→ same' } as const;

/** Whether a result's variance is a difference of percentages: percentage points, which a bare `0.7` beside `10.7%` does not say. */
function variancePoints(r: IndicatorResult): boolean {
  return r.spec.measure.type === 'percentage' && r.spec.variance.type === 'difference';
}

/** A period as a report prints it: `Sep-17`, `Q2 2017-18` (quarters numbered from April), `2017-18`, `2017`. */
export function periodName(period: string, frequency: Frequency | undefined): string {
  return frequency === undefined || frequency === 'month' ? periodLabel(period) : reportingPeriodLabel(period, { frequency });
}

/** The head of a results table's first column: `Month`, `Quarter`, `Year`, or `Period` for a frequency not known here. */
export function periodHeading(frequency: Frequency | undefined): string {
  return frequency === undefined || frequency === 'month' ? 'Month' : frequency === 'quarter' ? 'Quarter' : frequency === 'financial-year' || frequency === 'calendar-year' ? 'Year' : 'Period';
}

/** Results as the sections of a Markdown or HTML page: one table per indicator, one row per month, quarter or year. */
export function resultSections(results: readonly IndicatorResult[]): Section[] {
  return results.map((r) => ({
    heading: `${r.title} (${r.id})`,
    ...(r.spec.description === undefined ? {} : { note: r.spec.description }),
    headers: [periodHeading(r.frequency), 'Numerator', 'Denominator', 'Value', ...(r.spec.confidence ?? []).map((l) => `${levelName(l)}% CI`), 'Target', variancePoints(r) ? 'Variance (points)' : 'Variance', 'RAG', 'Direction', 'Trend', 'Why no value'],
    rows: r.periods.map((p) => [
      periodName(p.period, r.frequency),
      p.numerator,
      p.denominator,
      p.formatted,
      ...(r.spec.confidence ?? []).map((level) => {
        const i = p.intervals?.find((x) => x.level === level);
        return i === undefined ? null : `${i.formattedLower} to ${i.formattedUpper}`;
      }),
      // Printed as the value is (`10.0%`), as the scorecard prints it: never a bare `10` beside `10.7%`.
      p.target === null ? null : formatReference(p.target, { measure: r.spec.measure.type, decimals: r.spec.decimals }),
      p.formattedVariance,
      p.rag === null ? null : RAG[p.rag],
      p.direction === null ? null : ARROW[p.direction],
      p.trend === null ? null : p.trend === 'no-change' ? 'no change' : p.trend,
      statusReason(p),
    ]),
  }));
}
