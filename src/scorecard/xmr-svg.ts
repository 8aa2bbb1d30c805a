/**
 * An indicator's recent months as an accessible XmR (statistical process
 * control) chart, with its variation and assurance in words.
 *
 * @module
 */
import { IndicatorError, periodLabel } from '../index.js';
import type { IndicatorResult, Period, Polarity } from '../index.js';
import { xmr } from '../statistics/xmr.js';
import type { XmrAssurance, XmrOptions, XmrPoint, XmrResult, XmrRule, XmrVariation } from '../statistics/xmr.js';
import { decimalOf } from '../statistics/xmr-exact.js';
import { AXIS_Y, chartHead, circle, columns, diamond, GRID, INK, labelEvery, LEFT, legendRow, monthAxisLine, monthLabel, MUTED, n, PLOT_H, PLOT_W, square, TOP, triangleUp } from './chart-frame.js';
import { escapeHtml } from './escape.js';
import { REPORTED, shortLabel } from './periods.js';
import type { ScorecardRow } from './scorecard.js';

/** Options of {@link toSpcSvg} (and of `toHtml`'s `spc`): the {@link xmr} options a scorecard passes on. */
export interface SpcOptions extends Pick<XmrOptions, 'screenOutliers' | 'fixAfter' | 'runLength' | 'twoOfThree' | 'gaps'> {
  /** Months at which new limits start, by indicator id: `{ 'cic-rate': ['2017-04'] }`. */
  rebaseAt?: Readonly<Record<string, readonly Period[]>>;
  /** Prefix of the ids of the chart's `<title>` and `<desc>`; default `spc-` and the indicator's id. */
  id?: string;
}

/** A row's XmR chart and its drawing. */
export interface SpcChart {
  /** The chart's data, as {@link xmr} returns it. */
  chart: XmrResult;
  /** The chart as inline SVG. */
  svg: string;
}

/** Making Data Count's colours: grey common cause, blue improvement, orange concern, purple neutral; each has its own shape too. */
const PAINT: Record<XmrVariation, string> = {
  'common-cause': '#7b7d7d',
  improvement: '#0072c6',
  concern: '#e46c0a',
  'neutral-high': '#490092',
  'neutral-low': '#490092',
};

/** `x` rounded half-up at `decimals`, from the decimal JavaScript prints for it (never a float artefact). */
function fixed(x: number, decimals: number): string {
  const d = decimalOf(x);
  const negative = d.digits < 0n;
  let digits = negative ? -d.digits : d.digits;
  const drop = -d.exponent - decimals;
  if (drop > 0) digits = (digits + 5n * 10n ** BigInt(drop - 1)) / 10n ** BigInt(drop);
  else digits *= 10n ** BigInt(-drop);
  const text = digits.toString().padStart(decimals + 1, '0');
  const body = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  return negative && digits !== 0n ? `-${body}` : body;
}

/**
 * Decimals of the mean and process limits in words and on the axis: one
 * more than the values' (as Making Data Count's tool prints them), more
 * (up to three more) while a limit would print the same as a point of its
 * segment at those decimals, so that a point called outside is never shown
 * equal to the limit it is outside ("34 is outside 0 to 34" when the limit
 * is 33.68).
 */
function limitDecimals(row: Pick<ScorecardRow, 'decimals'>, chart: XmrResult): number {
  for (let places = row.decimals + 1; places < row.decimals + 3; places++) {
    const clash = chart.segments.some((seg, k) => {
      const limits = new Set([fixed(seg.lowerLimit, places), fixed(seg.upperLimit, places)]);
      return chart.points.some((p) => p.segment === k && p.rule === 'outside-limits' && limits.has(fixed(p.value, places)));
    });
    if (!clash) return places;
  }
  return row.decimals + 3;
}

/** The improvement direction of a polarity: closer-to-target and neutral have none. @internal */
function improvementOfPolarity(polarity: Polarity): XmrOptions['improvement'] {
  return polarity === 'higher-is-better' ? 'increase' : polarity === 'lower-is-better' ? 'decrease' : 'neutral';
}

const VARIATION_WORDS: Record<XmrVariation, string> = {
  'common-cause': 'common cause variation',
  improvement: 'special cause: improvement',
  concern: 'special cause: concern',
  'neutral-high': 'special cause: higher (neither better nor worse)',
  'neutral-low': 'special cause: lower (neither better nor worse)',
};

const RULE_WORDS: Record<XmrRule, string> = {
  'outside-limits': 'outside the process limits',
  trend: 'a trend',
  'two-of-three': 'two of three points near a limit',
  run: 'a run on one side of the mean',
};

/** The variation in words: `'special cause: concern'`. @internal */
export function variationWords(v: XmrVariation): string {
  return VARIATION_WORDS[v];
}

/** The assurance in words: `'consistently fails the target'`. @internal */
export function assuranceWords(a: XmrAssurance): string {
  return a === 'consistent-pass'
    ? 'consistently passes the target (the target is beyond the process limits, on the good side)'
    : a === 'consistent-fail'
      ? 'consistently fails the target (the target is beyond the process limits, on the bad side)'
      : 'hit and miss: the target is within the process limits';
}

/** A point's marker: circle (common cause), diamond (improvement), square (concern), triangle up or down (neutral high or low). */
function marker(v: XmrVariation, x: number, y: number): string {
  const paint = `fill="${PAINT[v]}" stroke="${INK}" stroke-width="1"`;
  switch (v) {
    case 'common-cause':
      return circle(x, y, 4, `fill="${PAINT[v]}"`);
    case 'improvement':
      return diamond(x, y, paint);
    case 'concern':
      return square(x, y, paint);
    case 'neutral-high':
      return triangleUp(x, y, paint);
    case 'neutral-low':
      return `<path d="M${n(x)} ${n(y + 7)}L${n(x + 6.5)} ${n(y - 5)}L${n(x - 6.5)} ${n(y - 5)}Z" ${paint}/>`;
  }
}

/** Runs of consecutive points with the same label, in words: `'concern in Mar-17 to Sep-17 (a run on one side of the mean)'`. */
function specialRuns(points: readonly XmrPoint[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < points.length) {
    const p = points[i]!;
    let j = i;
    while (j + 1 < points.length && points[j + 1]!.variation === p.variation && points[j + 1]!.rule === p.rule && points[j + 1]!.segment === p.segment) j++;
    if (p.rule !== null) {
      const months = i === j ? periodLabel(p.period) : `${periodLabel(p.period)} to ${periodLabel(points[j]!.period)}`;
      out.push(`${VARIATION_WORDS[p.variation].replace('special cause: ', '')} in ${months} (${RULE_WORDS[p.rule]})`);
    }
    i = j + 1;
  }
  return out;
}

/**
 * A text alternative of an XmR chart: mean and limits of each segment,
 * the special-cause points, the latest point's variation and the
 * assurance against the target.
 *
 * @internal
 */
function describeSpc(row: ScorecardRow, chart: XmrResult): string {
  const unit = row.measure === 'percentage' ? '%' : '';
  const f = (x: number) => `${fixed(x, row.decimals)}${unit}`;
  const places = limitDecimals(row, chart);
  const g = (x: number) => `${fixed(x, places)}${unit}`;
  const segs = chart.segments.map(
    (s) =>
      `${chart.segments.length > 1 ? `${periodLabel(s.from)} to ${periodLabel(s.to)}: ` : ''}mean ${g(s.mean)}, process limits ${g(s.lowerLimit)} to ${g(s.upperLimit)}`,
  );
  const first = chart.points[0]!;
  const last = chart.points[chart.points.length - 1]!;
  const parts = [`XmR chart of ${row.title}, ${periodLabel(first.period)} to ${periodLabel(last.period)}: ${segs.join('; ')}`];
  const special = specialRuns(chart.points);
  parts.push(special.length === 0 ? 'every point is common cause variation' : `special cause: ${special.join('; ')}`);
  parts.push(`latest, ${periodLabel(last.period)}: ${VARIATION_WORDS[chart.variationIcon]}`);
  if (chart.assuranceIcon !== null && row.target !== null) parts.push(`against the target ${f(row.target)}, the process ${assuranceWords(chart.assuranceIcon)}`);
  for (const w of chart.warnings) parts.push(w.message);
  return `${parts.join('; ')}.`;
}

/**
 * The XmR chart of a scorecard row's `series` (see {@link xmr} in
 * `council-indicators/statistics`), as an accessible inline SVG: the
 * values as a line with a point per month, each marked by its variation
 * in colour and in shape (grey circle common cause, blue diamond
 * improvement, orange square concern, purple triangle neutral), the mean
 * as a solid line and the process limits dashed, each segment with its
 * own, the target dotted; `role="img"` with a `<title>` and a `<desc>` that
 * says in words what the chart shows. Improvement comes from the row's
 * polarity (closer-to-target and neutral: neutral), the target for
 * assurance from the row's latest target. Throws the `IndicatorError` of
 * {@link xmr} when the series cannot make a chart (a month without a value,
 * unless `gaps: "rebase"`; fewer than two months), and `INVALID_DATA`
 * (`bad-period` at `series`) for a row of a quarterly or yearly scorecard:
 * XmR charts are drawn from monthly series; and (`bad-choice` at
 * `spec.window`) for a row whose `window` is rolling over more than one
 * month or year-to-date: those figures share most of their months with
 * the next, and nearly every point would be called special cause. The
 * mean and limits are written with one more decimal than the values (more
 * if a point outside a limit would print equal to it).
 *
 * @example
 * ```ts
 * import { computeScorecard, toSpcSvg } from 'council-indicators/scorecard';
 *
 * const months = ['2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02'];
 * const counts = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 25];
 * const rows = months.map((period, i) => ({ period, n: counts[i] }));
 * const card = computeScorecard([{
 *   id: 'missing-episodes', title: 'Missing episodes', measure: { type: 'count' }, numerator: 'n', polarity: 'lower-is-better',
 * }], rows, { asOf: '2018-02', months: 14 });
 * const { chart, svg } = toSpcSvg(card.rows[0]);
 * chart.variationIcon; // 'concern'
 * svg.startsWith('<svg'); // true
 * svg.includes('latest, Feb-18: special cause: concern'); // true
 * ```
 */
export function toSpcSvg(row: ScorecardRow, options: SpcOptions = {}): SpcChart {
  const { rebaseAt, id: idOption, ...rest } = options;
  if (row.frequency !== 'month') {
    const s = row.series;
    const span = s.length === 0 ? '' : ` (${shortLabel(s[0]!.period, row.frequency)} to ${shortLabel(s[s.length - 1]!.period, row.frequency)})`;
    throw new IndicatorError('INVALID_DATA', [
      {
        code: 'bad-period',
        path: 'series',
        message: `XmR charts are drawn from monthly series, and ${JSON.stringify(row.id)} is reported ${REPORTED[row.frequency]}${span}: compute a monthly scorecard for its SPC chart`,
      },
    ]);
  }
  // As an indicator's result, so that a month without a value says why (statusReason).
  // Its window too: xmr refuses a rolling or year-to-date figure, saying why.
  const result = { id: row.id, title: row.title, spec: { polarity: row.polarity, window: row.window }, periods: row.series } as unknown as IndicatorResult;
  const chart = xmr(result, {
    ...rest,
    improvement: improvementOfPolarity(row.polarity),
    target: row.target,
    ...(rebaseAt?.[row.id] === undefined ? {} : { rebaseAt: rebaseAt[row.id] }),
  });
  const id = escapeHtml(idOption ?? `spc-${row.id}`);
  const s = row.series;
  const { count, band, cx } = columns(s.length);
  const column = new Map(s.map((p, i) => [p.period, i]));
  const plotted = chart.points.map((p) => p.value);
  for (const seg of chart.segments) plotted.push(seg.lowerLimit, seg.upperLimit);
  if (row.target !== null) plotted.push(row.target);
  let lo = Math.min(...plotted);
  let hi = Math.max(...plotted);
  const pad = hi - lo === 0 ? Math.max(Math.abs(hi) * 0.1, 1) : (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const y = (v: number) => TOP + PLOT_H * (1 - (v - lo) / (hi - lo));
  const unit = row.measure === 'percentage' ? '%' : '';
  const label = (v: number) => `${fixed(v, row.decimals)}${unit}`;
  const places = limitDecimals(row, chart);
  const limitLabel = (v: number) => `${fixed(v, places)}${unit}`;
  const icons = ` data-variation="${chart.variationIcon}"${chart.assuranceIcon === null ? '' : ` data-assurance="${chart.assuranceIcon}"`}`;
  const out: string[] = [
    ...chartHead(id, 'chart spc-chart', icons, `${row.title}: statistical process control (XmR) chart`, describeSpc(row, chart)),
    '<g aria-hidden="true">',
  ];
  const bottom = AXIS_Y;
  out.push(monthAxisLine());
  const every = labelEvery(count);
  s.forEach((p, i) => {
    if ((s.length - 1 - i) % every === 0) out.push(monthLabel(n(cx(i)), p.period));
  });
  // Each segment: mean solid, limits dashed, labelled at the left of the first segment and the right of the last.
  chart.segments.forEach((seg, k) => {
    const x1 = n(LEFT + column.get(seg.from)! * band);
    const x2 = n(LEFT + (column.get(seg.to)! + 1) * band);
    for (const [value, dash, name] of [
      [seg.upperLimit, ' stroke-dasharray="6 4"', 'upper'],
      [seg.mean, '', 'mean'],
      [seg.lowerLimit, ' stroke-dasharray="6 4"', 'lower'],
    ] as const) {
      out.push(`<path d="M${x1} ${n(y(value))}H${x2}" fill="none" stroke="${name === 'mean' ? INK : MUTED}" stroke-width="1.25"${dash}/>`);
      if (k === chart.segments.length - 1) out.push(`<text x="${LEFT - 8}" y="${n(y(value))}" dy="0.32em" text-anchor="end" fill="${MUTED}">${limitLabel(value)}</text>`);
    }
    if (k > 0) out.push(`<line x1="${x1}" x2="${x1}" y1="${TOP}" y2="${bottom}" stroke="${GRID}"/>`);
  });
  if (row.target !== null) {
    out.push(`<path d="M${LEFT} ${n(y(row.target))}H${LEFT + PLOT_W}" fill="none" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="2 3"/>`);
  }
  // The values, broken at segments (a gap under gaps: "rebase").
  let line = '';
  let prev = -1;
  for (const p of chart.points) {
    const i = column.get(p.period)!;
    line += `${prev === i - 1 && line !== '' ? 'L' : 'M'}${n(cx(i))} ${n(y(p.value))}`;
    prev = i;
  }
  out.push(`<path d="${line}" fill="none" stroke="#8c959f" stroke-width="1.5" stroke-linejoin="round"/>`, '</g>', '<g>');
  for (const p of chart.points) {
    const i = column.get(p.period)!;
    const shown = s[i]!.formatted ?? label(p.value);
    const tip = `${periodLabel(p.period)}: ${shown}, ${VARIATION_WORDS[p.variation]}${p.rule === null ? '' : ` (${RULE_WORDS[p.rule]})`}`;
    out.push(`<g><title>${escapeHtml(tip)}</title>${marker(p.variation, cx(i), y(p.value))}</g>`);
  }
  out.push('</g>', legend(chart, row.target !== null), '</svg>');
  return { chart, svg: out.join('') };
}

/** The key: mean, limits, target, and each variation drawn. */
function legend(chart: XmrResult, target: boolean): string {
  const items: [string, string][] = [
    [`<path d="M0 0H24" stroke="${INK}" stroke-width="1.25"/>`, 'Mean'],
    [`<path d="M0 0H24" stroke="${MUTED}" stroke-width="1.25" stroke-dasharray="6 4"/>`, 'Process limits'],
  ];
  if (target) items.push([`<path d="M0 0H24" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="2 3"/>`, 'Target']);
  const names: Record<XmrVariation, string> = {
    'common-cause': 'Common cause',
    improvement: 'Improvement',
    concern: 'Concern',
    'neutral-high': 'Higher',
    'neutral-low': 'Lower',
  };
  for (const v of Object.keys(names) as XmrVariation[]) if (chart.points.some((p) => p.variation === v)) items.push([marker(v, 12, 0), names[v]]);
  return legendRow(items);
}
