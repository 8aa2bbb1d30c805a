/**
 * An indicator's recent months as an accessible inline SVG line chart.
 *
 * @module
 */
import { formatReference } from '../index.js';
import type { Frequency, Interval, MissingField, PeriodResult, Rating } from '../index.js';
import { AXIS_Y, chartHead, circle, columns, diamond, GRID, INK, labelEvery, LEFT, legendRow, monthAxisLine, monthLabel, MUTED, n, PLOT_H, PLOT_W, square, TOP, triangleUp } from './chart-frame.js';
import { escapeHtml } from './escape.js';
import { ragWord, reasonText } from './format.js';
import type { ScorecardRow } from './scorecard.js';
import { frequencyOf, periodAdverb, periodNoun, shortLabel } from './periods.js';
import { intervalText, levelText } from './significance-words.js';

/** Options of {@link toSvg}. */
export interface SvgOptions {
  /** Prefix of the ids of the chart's `<title>` and `<desc>`; default `chart-` and the indicator's id. Must be unique in the page. */
  id?: string;
}

const LINE = '#24527a';

/** Point colours; every rating also has its own shape, so colour is never the only cue. */
const FILL: Record<Rating, string> = { red: '#cf222e', amber: '#f0a202', green: '#1a7f37', blue: '#0969da' };

/** The marker of a point: circle (green), diamond (amber), square (red), triangle (blue), hollow circle (no rating). */
function marker(rag: Rating | null, x: number, y: number): string {
  const paint = rag === null ? `fill="#ffffff" stroke="${LINE}" stroke-width="2"` : `fill="${FILL[rag]}" stroke="${INK}" stroke-width="1"`;
  switch (rag) {
    case 'green':
      return circle(x, y, 5.5, paint);
    case 'amber':
      return diamond(x, y, paint);
    case 'red':
      return square(x, y, paint);
    case 'blue':
      return triangleUp(x, y, paint);
    case null:
      return circle(x, y, 4.5, paint);
  }
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

interface Axis {
  lo: number;
  hi: number;
  ticks: number[];
  decimals: number;
}

/** A value axis with round ticks covering every value and target, a little padded; ticks no finer than the values' decimals. */
function valueAxis(values: readonly number[], percentage: boolean, valueDecimals: number): Axis {
  let lo = values.length === 0 ? 0 : Math.min(...values);
  let hi = values.length === 0 ? 1 : Math.max(...values);
  const span = hi - lo === 0 ? Math.max(Math.abs(hi) * 0.1, 1) : hi - lo;
  const floor = lo >= 0 ? 0 : -Infinity;
  const ceiling = percentage && hi <= 100 ? 100 : Infinity;
  lo = Math.max(floor, lo - span * 0.15);
  hi = Math.min(ceiling, hi + span * 0.15);
  const step = Math.max(niceStep((hi - lo) / 5), 10 ** -valueDecimals);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(k * step);
  const decimals = step >= 1 ? 0 : Math.ceil(-Math.log10(step) - 1e-9);
  return { lo: first * step, hi: last * step, ticks, decimals };
}

/** A period's confidence intervals (`intervals` of a spec with `confidence`), widest first; none when absent. */
function intervalsOf(p: PeriodResult): Interval[] {
  return p.rounded === null ? [] : [...(p.intervals ?? [])].sort((a, b) => b.level - a.level);
}

/** `'; 95% interval 55.3% to 73.6%'`, for tooltips and descriptions. */
function intervalWords(p: PeriodResult): string {
  return intervalsOf(p)
    .reverse()
    .map((i) => `, ${levelText(i.level)} interval ${intervalText(i)}`)
    .join('');
}

/** The confidence levels drawn as whiskers, narrowest first. */
function whiskerLevels(s: readonly PeriodResult[]): number[] {
  return [...new Set(s.flatMap((p) => intervalsOf(p).map((i) => i.level)))].sort((a, b) => a - b);
}

/** Months, in order, with no duplicates. */
function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/**
 * One period standing for a run of months with the same status: every
 * month and field they lack, so one `statusReason` says why for all.
 */
function merged(run: readonly PeriodResult[]): Pick<PeriodResult, 'status' | 'missingMonths' | 'missingFields'> {
  const fields = new Map<string, (readonly string[])[]>();
  for (const p of run) for (const f of p.missingFields) fields.set(f.field, [...(fields.get(f.field) ?? []), f.periods]);
  const missingFields: MissingField[] = [...fields].map(([field, lists]) => ({ field, periods: union(lists) }));
  return { status: run[0]!.status, missingMonths: union(run.map((p) => p.missingMonths)), missingFields };
}

/**
 * Why periods before the latest have no value: each run of consecutive
 * periods with the same status, e.g. `'no value in Mar-17 to Jan-18
 * (incomplete window: no row for Feb-17)'`.
 */
function gaps(earlier: readonly PeriodResult[], frequency: Frequency): string[] {
  const out: string[] = [];
  let run: PeriodResult[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = shortLabel(run[0]!.period, frequency);
    const months = run.length === 1 ? first : `${first} to ${shortLabel(run[run.length - 1]!.period, frequency)}`;
    out.push(`no value in ${months} (${reasonText(merged(run))})`);
    run = [];
  };
  for (const p of earlier) {
    if (p.rounded !== null || (run.length > 0 && run[0]!.status !== p.status)) flush();
    if (p.rounded === null) run.push(p);
  }
  flush();
  return out;
}

/**
 * A text alternative of the chart, e.g. `'Children in care per 10,000,
 * monthly from Apr-16 to Sep-17: 74.2 in Apr-16 to 78.2 in Sep-17 (lowest
 * ..., highest ...); latest 78.2 (red) against target 74.0.'` (`quarterly
 * from Q3 2015-16 to Q2 2017-18`, `yearly from 2013-14 to 2017-18`).
 * Periods without a value say why, in the words of the core's
 * `statusReason`.
 *
 * @internal
 */
function describeSeries(row: ScorecardRow): string {
  const s = row.series;
  const frequency = frequencyOf(row);
  const firstPeriod = s[0];
  const lastPeriod = s[s.length - 1];
  if (firstPeriod === undefined || lastPeriod === undefined) return `${row.title}: no ${periodNoun(frequency, 2)} to show.`;
  const label = (p: PeriodResult) => shortLabel(p.period, frequency);
  const parts = [`${row.title}, ${periodAdverb(frequency)} from ${label(firstPeriod)} to ${label(lastPeriod)}`];
  const known = s.filter((p) => p.rounded !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) {
    parts[0] += `: no ${periodNoun(frequency, 1)} has a value`;
  } else {
    let low = first;
    let high = first;
    for (const p of known) {
      if (p.rounded! < low.rounded!) low = p;
      if (p.rounded! > high.rounded!) high = p;
    }
    parts[0] +=
      known.length === 1
        ? `: one value, ${first.formatted} in ${label(first)}`
        : `: ${first.formatted} in ${label(first)} to ${last.formatted} in ${label(last)} (lowest ${low.formatted} in ${label(low)}, highest ${high.formatted} in ${label(high)})`;
  }
  const rag = lastPeriod.rag === null ? '' : ` (${lastPeriod.rag})`;
  const target = lastPeriod.target === null ? '' : ` against target ${formatReference(lastPeriod.target, row)}`;
  parts.push(
    lastPeriod.formatted === null
      ? `latest, ${label(lastPeriod)}: no value (${reasonText(lastPeriod)})${target}`
      : `latest ${lastPeriod.formatted}${rag}${intervalWords(lastPeriod)}${target}`,
  );
  parts.push(...gaps(s.slice(0, -1), frequency));
  const levels = whiskerLevels(s);
  if (levels.length > 0) parts.push(`whiskers show ${levels.map(levelText).join(' and ')} confidence intervals`);
  return `${parts.join('; ')}.`;
}

/**
 * The `series` of a scorecard row as an accessible SVG line chart: the
 * values as a line with a point per month (coloured by RAG and shaped by it
 * too: circle green, diamond amber, square red, triangle blue, hollow
 * circle unrated), the target as a dashed line that steps where it
 * changes, months along the bottom and values up the side, a key, and
 * `role="img"` with a `<title>` and a `<desc>` that says in words what the
 * chart shows, including why months have no value. Months without a value
 * are gaps marked "n/a", with a tooltip that says why. A month with
 * confidence `intervals` (a spec with `confidence`) has a whisker per
 * level, the narrowest thickest, in the key, tooltips and description too.
 * Draws no script and fetches nothing.
 *
 * @example
 * ```ts
 * import { computeScorecard, toSvg } from 'council-indicators/scorecard';
 *
 * const card = computeScorecard([{
 *   id: 'visits-in-time',
 *   title: 'Visits in time',
 *   measure: { type: 'percentage' },
 *   numerator: 'inTime',
 *   denominator: 'due',
 *   polarity: 'higher-is-better',
 *   target: 90,
 * }], [
 *   { period: '2017-08', inTime: 85, due: 100 },
 *   { period: '2017-09', inTime: 92, due: 100 },
 * ], { asOf: '2017-09', months: 2 });
 * const svg = toSvg(card.rows[0]);
 * svg.startsWith('<svg'); // true
 * svg.includes('role="img"'); // true
 * svg.includes('<desc id="chart-visits-in-time-desc">Visits in time, monthly from Aug-17 to Sep-17: 85.0% in Aug-17 to 92.0% in Sep-17 (lowest 85.0% in Aug-17, highest 92.0% in Sep-17); latest 92.0% against target 90.0%.</desc>'); // true
 * ```
 */
export function toSvg(row: ScorecardRow, options: SvgOptions = {}): string {
  const id = escapeHtml(options.id ?? `chart-${row.id}`);
  const s = row.series;
  const frequency = frequencyOf(row);
  const label = (p: PeriodResult) => shortLabel(p.period, frequency);
  const { count, band, cx } = columns(s.length);
  const plotted: number[] = [];
  for (const p of s) {
    if (p.rounded !== null) plotted.push(p.rounded);
    if (p.target !== null) plotted.push(p.target);
    for (const i of intervalsOf(p)) plotted.push(i.lower, i.upper);
  }
  const axis = valueAxis(plotted, row.measure === 'percentage', row.decimals);
  const y = (v: number) => TOP + PLOT_H * (1 - (v - axis.lo) / (axis.hi - axis.lo));
  const unit = row.measure === 'percentage' ? '%' : '';
  const out: string[] = [];

  out.push(...chartHead(id, 'chart', '', `${row.title}: the ${s.length} ${periodNoun(frequency, s.length)} to ${shortLabel(row.period, frequency)}`, describeSeries(row)));

  // Grid and value labels.
  out.push('<g aria-hidden="true">');
  for (const t of axis.ticks) {
    const ty = n(y(t));
    out.push(
      `<line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${ty}" y2="${ty}" stroke="${GRID}"/>`,
      `<text x="${LEFT - 8}" y="${ty}" dy="0.32em" text-anchor="end" fill="${MUTED}">${t.toFixed(axis.decimals)}${unit}</text>`,
    );
  }
  // Period axis: a tick per period, a label every `every` periods ending at the last.
  const bottom = AXIS_Y;
  const every = labelEvery(count, frequency);
  out.push(monthAxisLine());
  s.forEach((p, i) => {
    const x = n(cx(i));
    out.push(`<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 5}" stroke="${MUTED}"/>`);
    if ((s.length - 1 - i) % every === 0) out.push(monthLabel(x, p.period, frequency));
    if (p.rounded === null) {
      // A tooltip says why, as the description does.
      const why = escapeHtml(`${label(p)}: no value (${reasonText(p)})`);
      out.push(`<g><title>${why}</title><text x="${x}" y="${bottom - 6}" text-anchor="middle" fill="${MUTED}" font-size="10">n/a</text></g>`);
    }
  });

  // Target: a dashed step line, each month's target across its band,
  // vertical where it changes, broken where there is none.
  let target = '';
  let level: string | null = null;
  s.forEach((p, i) => {
    if (p.target === null) {
      if (level !== null) target += `H${n(LEFT + i * band)}`;
      level = null;
      return;
    }
    const ty = n(y(p.target));
    if (level === null) target += `M${n(LEFT + i * band)} ${ty}`;
    else if (ty !== level) target += `H${n(LEFT + i * band)}V${ty}`;
    level = ty;
  });
  if (level !== null) target += `H${n(LEFT + s.length * band)}`;
  if (target !== '') out.push(`<path d="${target}" fill="none" stroke="${INK}" stroke-width="1.5" stroke-dasharray="6 4"/>`);

  // Confidence intervals: a whisker per level, the narrowest the thickest.
  const levels = whiskerLevels(s);
  s.forEach((p, i) => {
    for (const w of intervalsOf(p)) out.push(whisker(cx(i), y(w.lower), y(w.upper), levels.indexOf(w.level), levels.length));
  });

  // Values: a line through consecutive months with a value.
  let line = '';
  let pen = false;
  s.forEach((p, i) => {
    if (p.rounded === null) {
      pen = false;
      return;
    }
    line += `${pen ? 'L' : 'M'}${n(cx(i))} ${n(y(p.rounded))}`;
    pen = true;
  });
  if (line !== '') out.push(`<path d="${line}" fill="none" stroke="${LINE}" stroke-width="2.5" stroke-linejoin="round"/>`);
  out.push('</g>');

  // Points, each with a tooltip.
  out.push('<g>');
  s.forEach((p, i) => {
    if (p.rounded === null) return;
    const tip = `${label(p)}: ${p.formatted}${p.rag === null ? '' : `, ${ragWord(p.rag)}`}${intervalWords(p)}${p.target === null ? '' : `, target ${formatReference(p.target, row)}`}`;
    out.push(`<g><title>${escapeHtml(tip)}</title>${marker(p.rag, cx(i), y(p.rounded))}</g>`);
  });
  out.push('</g>');

  // The latest value, written beside its point.
  const latest = s[s.length - 1];
  if (latest !== undefined && latest.rounded !== null && latest.formatted !== null) {
    out.push(
      `<text x="${n(cx(s.length - 1))}" y="${n(y(latest.rounded) - 12)}" text-anchor="end" font-weight="700" fill="${INK}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke" aria-hidden="true">${escapeHtml(latest.formatted)}</text>`,
    );
  }

  out.push(legend(s));
  out.push('</svg>');
  return out.join('');
}

/** A vertical whisker with caps from `y1` to `y2`: level `rank` of `count`, narrowest (rank 0) thickest. */
function whisker(x: number, y1: number, y2: number, rank: number, count: number): string {
  const width = count > 1 && rank === 0 ? 2.5 : 1.25;
  const cap = count > 1 && rank === 0 ? 4 : 6;
  return `<path d="M${n(x)} ${n(y1)}V${n(y2)}M${n(x - cap)} ${n(y1)}H${n(x + cap)}M${n(x - cap)} ${n(y2)}H${n(x + cap)}" fill="none" stroke="${MUTED}" stroke-width="${width}"/>`;
}

/** The key along the bottom: the value line, the target (when there is one), the intervals drawn and each rating drawn. */
function legend(s: readonly PeriodResult[]): string {
  const ratings = (['green', 'amber', 'red', 'blue'] as const).filter((r) => s.some((p) => p.rag === r && p.rounded !== null));
  const items: [string, string][] = [[`<path d="M0 0H24" stroke="${LINE}" stroke-width="2.5"/>`, 'Value']];
  if (s.some((p) => p.target !== null)) items.push([`<path d="M0 0H24" stroke="${INK}" stroke-width="1.5" stroke-dasharray="6 4"/>`, 'Target']);
  const levels = whiskerLevels(s);
  levels.forEach((level, rank) => items.push([`<g transform="translate(12 0) rotate(90)">${whisker(0, -7, 7, rank, levels.length)}</g>`, `${levelText(level)} interval`]));
  for (const r of ratings) items.push([marker(r, 12, 0), ragWord(r)]);
  if (s.some((p) => p.rag === null && p.rounded !== null)) items.push([marker(null, 12, 0), 'No rating']);
  return legendRow(items);
}
