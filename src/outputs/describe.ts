/**
 * Commentary: the plain-English sentences a report writer writes every
 * month beside an indicator, each a template filled with the result's own
 * exact, formatted figures. Every word that makes a claim (rose, fell,
 * improved, the highest since, above the target, for the last 12 months)
 * is decided by an exact comparison of displayed values, so no sentence
 * says what the numbers do not.
 *
 * @module
 */
import type { PeriodResult } from '../compute.js';
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import type { Int } from '../exact/int.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import { compared, decimalOf, judgeOf, summarize } from '../assessment/summarize.js';
import type { Condition, ResultSeries, SeriesSummary } from '../assessment/summarize.js';
import { FREQUENCIES, isKeyOf, keyIndex, reportingPeriodLabel } from '../periods/frequency.js';
import type { Frequency } from '../periods/frequency.js';
import { optionsOf } from '../periods/options.js';
import { isPeriod, periodLabel, shown } from '../periods/period.js';
import { statusReason } from './reason.js';

/** Options of {@link describe}. */
export interface DescribeOptions {
  /** The period described, one of the result's; default its last. */
  period?: string;
  /** Periods the range, the height and low, the counts and the runs look over, ending at `period`; default 12 (fewer when the result has fewer). */
  last?: number;
  /** Instead of `last`: the first period they look over. */
  since?: string;
  /** A noun written after counts in the range, height and low sentences, e.g. `'children'`. */
  unit?: string;
  /** A sentence per condition: in how many of the periods it was met (`{ equals: 100 }`: `It was at 100% in six of the last nine months.`). */
  counts?: Condition[];
  /** A sentence per condition: how long the current run meeting it has lasted (`{ atLeast: 93 }`: `It has not dropped below 93% for the last 12 months.`). */
  runs?: Condition[];
}

function fail(issues: IndicatorIssue[]): never {
  throw new IndicatorError('INVALID_OPTIONS', issues);
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as British style writes it in prose: one to nine in words, 10 and more in figures. */
function counted(n: number): string {
  return n < WORDS.length ? WORDS[n]! : String(n);
}

/** What a period of the frequency is called. */
function noun(style: Style, n: number): string {
  const base = style.frequency === 'month' ? 'month' : style.frequency === 'quarter' ? 'quarter' : 'year';
  return n === 1 ? base : `${base}s`;
}

/** A period as prose writes it: `September 2017`; quarters and years as `reportingPeriodLabel` labels them (`Q1 2017-18`, `2017-18`). */
function when(style: Style, period: string): string {
  if (style.frequency === 'month' && isPeriod(period)) return periodLabel(period, 'MMMM yyyy');
  try {
    return reportingPeriodLabel(period, { frequency: style.frequency });
  } catch {
    return period;
  }
}

/**
 * The frequency of a result's periods: the result's or the spec's when it
 * names one other than months, else the one its keys read as. A key such as
 * `2008-09` reads as a month and as a financial year: two or more periods
 * decide it (a result's periods follow each other).
 */
function frequencyOf(series: ResultSeries): Frequency {
  const named = (series as { frequency?: unknown }).frequency ?? (series.spec as { frequency?: unknown }).frequency;
  if (typeof named === 'string' && named !== 'month' && (FREQUENCIES as readonly string[]).includes(named)) return named as Frequency;
  const keys = series.periods.map((p) => p.period);
  const fits = FREQUENCIES.filter((f) => keys.every((k) => isKeyOf(k, f)));
  if (fits.length > 1 && fits.includes('month') && keys.length >= 2) {
    return keyIndex(keys[1]!, 'month') - keyIndex(keys[0]!, 'month') === 1 ? 'month' : fits.find((f) => f !== 'month')!;
  }
  return fits[0] ?? 'month';
}

/** `q` at `decimals` places, or with every digit when it has more. */
function fixed(q: Q, decimals: number): string {
  const units = R.roundToUnits(q, decimals, 'half-up');
  return R.cmp(R.fromUnits(units, decimals), q) === 0 ? R.unitsToFixed(units, decimals) : R.toDecimalString(q);
}

/** The places a decimal string is written with. */
function placesOf(q: Q): number {
  const s = R.toDecimalString(q);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

interface Style {
  frequency: Frequency;
  percentage: boolean;
  decimals: number;
  unit: string;
}

/** A figure in the indicator's units, as printed: `'93%'`, `'345'`. */
function figure(q: Q, decimals: number, style: Style): string {
  const s = fixed(q, decimals);
  return style.percentage ? `${s}%` : s;
}

/** A change between two displayed values, for brackets: `0.8%` relative, or `3.0 percentage points` for percentages. Null when there is no relative change (from 0). */
function changeSize(from: Q, to: Q, style: Style): string | null {
  const diff = R.abs(R.sub(to, from));
  if (style.percentage) {
    const d = fixed(diff, style.decimals);
    return `${d} percentage ${d === '1' ? 'point' : 'points'}`;
  }
  if (R.isZero(from)) return null;
  const relative = R.mul(R.div(diff, R.abs(from)), R.int(100));
  const units: Int = R.roundToUnits(relative, 1, 'half-up');
  // A change too small to show at one decimal is not written as 0.0%.
  if (R.isZero(R.fromUnits(units, 1))) return 'less than 0.1%';
  return `${R.unitsToFixed(units, 1)}%`;
}

/** A change a result carries (`changes.previous`, `.yearAgo`, `.base`), read defensively: null unless it has its parts. */
interface Carried {
  from: string;
  difference: Q;
  formattedRelative: string | null;
}

function carried(period: PeriodResult, which: 'previous' | 'yearAgo' | 'base'): Carried | null {
  const changes = (period as unknown as { changes?: Record<string, unknown> | null }).changes;
  const c = changes?.[which] as { from?: unknown; formattedDifference?: unknown; formattedRelative?: unknown } | null | undefined;
  if (c === null || c === undefined || typeof c.from !== 'string' || typeof c.formattedDifference !== 'string') return null;
  const difference = decimalOf(c.formattedDifference.replace(/^\+/, ''));
  if (difference === null) return null;
  return { from: c.from, difference, formattedRelative: typeof c.formattedRelative === 'string' ? c.formattedRelative : null };
}

/** The period the carried previous change is from. */
function carriedPeriod(period: PeriodResult): string | null {
  return carried(period, 'previous')?.from ?? null;
}

/** A carried relative change without its sign (`'2.6%'`), used only when its sign agrees with `up` and it is not zero; otherwise null. */
function carriedRelative(change: Carried | null, up: boolean): string | null {
  const m = change?.formattedRelative === null || change === null ? null : /^([+-]?)(\d+(?:\.\d+)?)%$/.exec(change.formattedRelative);
  if (m === null || /^0(?:\.0*)?$/.test(m[2]!)) return null;
  return (m[1] === '-') === !up ? `${m[2]!}%` : null;
}

/** The size of a change for prose, without its sign: carried when the result has it and it agrees, else worked out from the displayed values. */
function sizeOf(change: Carried | null, from: Q, now: Q, style: Style): string {
  const up = R.cmp(now, from) > 0;
  if (!style.percentage) {
    const size = carriedRelative(change, up) ?? changeSize(from, now, style);
    if (size !== null) return size;
  } else return changeSize(from, now, style)!;
  // From zero: no relative change, so the difference itself.
  return fixed(R.abs(R.sub(now, from)), style.decimals);
}

/** `It is up 6.6% on a year earlier (350 in September 2016).`, `It is up 2.6% since April 2017 (from 684).` */
function changeSentences(period: PeriodResult, previous: string | null, now: Q, style: Style): string[] {
  const out: string[] = [];
  for (const which of ['yearAgo', 'base'] as const) {
    const change = carried(period, which);
    // Not again what the headline says (yearly rows: the period before is a year earlier).
    if (change === null || change.from === period.period || change.from === previous) continue;
    const from = R.sub(now, change.difference);
    const was = figure(from, style.decimals, style);
    const month = when(style, change.from);
    const c = R.cmp(now, from);
    if (c === 0) {
      out.push(which === 'yearAgo' ? `It is the same as a year earlier (${was} in ${month}).` : `It is the same as in ${month} (${was}).`);
      continue;
    }
    const size = sizeOf(change, from, now, style);
    const up = c > 0 ? 'up' : 'down';
    out.push(which === 'yearAgo' ? `It is ${up} ${size} on a year earlier (${was} in ${month}).` : `It is ${up} ${size} since ${month} (from ${was}).`);
  }
  return out;
}

/** Whether `now` is better than `before` by the polarity; null when neither (or no better side). */
function improved(series: ResultSeries, period: PeriodResult, now: Q, before: Q): boolean | null {
  const c = R.cmp(now, before);
  if (c === 0) return null;
  switch (series.spec.polarity) {
    case 'higher-is-better':
      return c > 0;
    case 'lower-is-better':
      return c < 0;
    case 'closer-to-target': {
      if (period.target === null) return null;
      const t = R.fromNumber(period.target);
      const d = R.cmp(R.abs(R.sub(now, t)), R.abs(R.sub(before, t)));
      return d === 0 ? null : d < 0;
    }
    default:
      return null;
  }
}

/** `; the highest since March 2016`, `; the joint lowest of the 7 months from ...`, or '' (fewer than 3 periods before it). */
function sinceClause(periods: readonly PeriodResult[], at: number, now: Q, style: Style): string {
  for (const kind of ['highest', 'lowest'] as const) {
    let j = at - 1;
    let n = 0;
    let joint = false;
    let different = false;
    for (; j >= 0; j--) {
      const q = compared(periods[j]!, 'rounded');
      if (q === null) break;
      const c = R.cmp(q, now);
      if (kind === 'highest' ? c > 0 : c < 0) break;
      if (c === 0) joint = true;
      else different = true;
      n += 1;
    }
    if (n < 3 || !different) continue;
    const stoppedByValue = j >= 0 && compared(periods[j]!, 'rounded') !== null;
    const word = `${joint ? 'joint ' : ''}${kind}`;
    return stoppedByValue
      ? `; the ${word} since ${when(style, periods[j]!.period)}`
      : `; the ${word} of the ${counted(n + 1)} ${noun(style, n + 1)} from ${when(style, periods[j + 1]!.period)}`;
  }
  return '';
}

/** `the last nine months`, `the last 12 months`, `the last month`. */
function lastPeriods(n: number, style: Style): string {
  return n === 1 ? `the last ${noun(style, 1)}` : `the last ${counted(n)} ${noun(style, n)}`;
}

/** The words of a condition: `at 100%`, `at or above 93%`, `rated green`, `meeting the target`. */
function conditionWords(condition: Condition, style: Style): { met: string; run: string; not: string } {
  const key = Object.keys(condition)[0]!;
  const given = (condition as Record<string, unknown>)[key];
  if (key === 'rating') {
    const list = (Array.isArray(given) ? given : [given]) as string[];
    const r = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]!}`;
    return { met: `rated ${r}`, run: `has been rated ${r}`, not: `is not rated ${r}` };
  }
  if (key === 'target') {
    return given === 'met'
      ? { met: 'meeting its target', run: 'has met its target', not: 'is not meeting its target' }
      : { met: 'missing its target', run: 'has missed its target', not: 'is meeting its target' };
  }
  const t = R.fromNumber(given as number);
  const x = figure(t, placesOf(t), style);
  switch (key) {
    case 'atLeast':
      return { met: `at or above ${x}`, run: `has not dropped below ${x}`, not: `is below ${x}` };
    case 'above':
      return { met: `above ${x}`, run: `has stayed above ${x}`, not: `is not above ${x}` };
    case 'atMost':
      return { met: `at or below ${x}`, run: `has not risen above ${x}`, not: `is above ${x}` };
    case 'below':
      return { met: `below ${x}`, run: `has stayed below ${x}`, not: `is not below ${x}` };
    default:
      return { met: `at ${x}`, run: `has stayed at ${x}`, not: `is not at ${x}` };
  }
}

/** Periods as prose lists them, in order, three or more in a row as a span: `October 2016 to July 2017`, `May 2017 and July 2017`. */
function periodList(keys: readonly string[], all: readonly PeriodResult[], style: Style): string {
  const at = keys.map((k) => all.findIndex((p) => p.period === k));
  const parts: string[] = [];
  for (let i = 0; i < keys.length; ) {
    let j = i;
    while (j + 1 < keys.length && at[j + 1] === at[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${when(style, keys[i]!)} to ${when(style, keys[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(when(style, keys[k]!));
    i = j + 1;
  }
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/**
 * `; 10 of them have no figure (October 2016 to July 2017)`, `; one of them
 * has no target in force (April 2017)`, or '' when nothing was skipped. The
 * reasons in full are in the summary's `skipped`.
 */
function skippedNote(skipped: readonly { period: string; reason: string }[], all: readonly PeriodResult[], style: Style): string {
  const groups = new Map<string, string[]>();
  for (const s of skipped) {
    const what = s.reason === 'no target in force' || s.reason === 'no RAG bands in force' ? s.reason : 'no figure';
    groups.set(what, [...(groups.get(what) ?? []), s.period]);
  }
  return [...groups]
    .map(([what, keys]) => `; ${counted(keys.length)} of them ${keys.length === 1 ? 'has' : 'have'} ${what} (${periodList(keys, all, style)})`)
    .join('');
}

/** The headline: change from the period before, target, and highest/lowest since. */
function headline(series: ResultSeries, at: number, now: Q, style: Style): string[] {
  const periods = series.periods;
  const p = periods[at]!;
  const title = series.title;
  const month = when(style, p.period);
  const shownNow = p.formatted!;
  const extra: string[] = [];
  // The period before: the result's, or (for its first period) the one its changes were taken from.
  const carriedPrevious = carried(p, 'previous');
  let before: { period: string; q: Q; formatted: string } | null = null;
  if (at > 0) {
    const b = periods[at - 1]!;
    const q = compared(b, 'rounded');
    if (q !== null) before = { period: b.period, q, formatted: b.formatted! };
    else extra.push(`There is no figure for ${when(style, b.period)} to compare with (${statusReason(b) ?? 'no value'}).`);
  } else if (carriedPrevious !== null) {
    const q = R.sub(now, carriedPrevious.difference);
    before = { period: carriedPrevious.from, q, formatted: figure(q, style.decimals, style) };
  }
  let text: string;
  if (before === null) text = `${title} was ${shownNow} in ${month}`;
  else {
    const c = R.cmp(now, before.q);
    if (c === 0) text = `${title} was ${shownNow} in ${month}, unchanged from ${when(style, before.period)}`;
    else {
      const up = c > 0;
      const same = carriedPrevious !== null && carriedPrevious.from === before.period ? carriedPrevious : null;
      const size = sizeOf(same, before.q, now, style);
      const better = improved(series, p, now, before.q);
      text =
        better === null
          ? `${title} ${up ? 'rose' : 'fell'} from ${before.formatted} to ${shownNow} in ${month}`
          : `${title} ${better ? 'improved' : 'worsened'}, ${up ? 'rising' : 'falling'} from ${before.formatted} to ${shownNow} in ${month}`;
      text += ` (${up ? 'up' : 'down'} ${size})`;
    }
  }
  if (p.target !== null) {
    const t = R.fromNumber(p.target);
    const d = Math.max(style.decimals, placesOf(t));
    const target = figure(t, d, style);
    const c = R.cmp(now, t);
    if (c === 0) text += `, exactly on the target of ${target}`;
    else {
      const diff = fixed(R.abs(R.sub(now, t)), d);
      const size = style.percentage ? `${diff} percentage ${diff === '1' ? 'point' : 'points'}` : diff;
      text += `, ${size} ${c > 0 ? 'above' : 'below'} the target of ${target}`;
    }
  }
  text += `${sinceClause(periods, at, now, style)}.`;
  return [text, ...extra];
}

/** `It is rated green, as in August 2017.` */
function ratingSentence(periods: readonly PeriodResult[], at: number, style: Style): string[] {
  const p = periods[at]!;
  if (p.rag === null) return [];
  const before = at > 0 ? periods[at - 1]! : null;
  if (before === null || before.rag === null) return [`It is rated ${p.rag}.`];
  return [before.rag === p.rag ? `It is rated ${p.rag}, as in ${when(style, before.period)}.` : `It is rated ${p.rag}, from ${before.rag} in ${when(style, before.period)}.`];
}

/** A displayed figure with the unit after it (not for a percentage). */
function withUnit(formatted: string, style: Style): string {
  return style.percentage || style.unit === '' ? formatted : `${formatted} ${style.unit}`;
}

/** The range, the height and the low over the summary's periods (the height and low only when two or more periods back). */
function rangeSentences(summary: SeriesSummary, all: readonly PeriodResult[], now: Q, at: string, previous: string | null, style: Style): string[] {
  const out: string[] = [];
  const { highest, lowest } = summary;
  if (highest === null || lowest === null || summary.periods < 3) return out;
  const over = lastPeriods(summary.periods, style);
  const hi = decimalOf(highest.formatted)!;
  const lo = decimalOf(lowest.formatted)!;
  if (R.cmp(hi, lo) === 0) {
    if (summary.skipped.length === 0) out.push(`Over ${over} it has stayed at ${withUnit(highest.formatted, style)}.`);
    return out;
  }
  out.push(`Over ${over} it has been ranging from ${lowest.formatted} to ${withUnit(highest.formatted, style)}${skippedNote(summary.skipped, all, style)}.`);
  for (const [e, q, word] of [[highest, hi, 'height'], [lowest, lo, 'low']] as const) {
    if (R.cmp(q, now) === 0 || e.period === at || e.period === previous) continue;
    const size = changeSize(q, now, style);
    const up = R.cmp(now, q) > 0;
    const text = `since the ${word} of ${withUnit(e.formatted, style)} in ${when(style, e.period)}`;
    out.push(size === null ? `It is ${up ? 'up' : 'down'} ${text}.` : `It is ${up ? 'up' : 'down'} ${size} ${text}.`);
  }
  return out;
}

/**
 * The commentary on one period of a result, as plain-English sentences in
 * British English, each filled with the result's own figures:
 *
 * 1. the value and its change from the period before (`rose`/`fell`, or
 *    `improved`/`worsened` with the direction when the polarity has a
 *    better side; the change relative in %, or in percentage points for a
 *    percentage), its distance from the target, and, when it is the
 *    highest or lowest of at least the four latest periods, since when;
 * 2. its RAG rating, against the period before's;
 * 3. over the last 12 periods (`last`, `since`): the range, and how far it
 *    is from the height and the low when they are not the latest period;
 * 4. one sentence per condition of `counts` (how many periods met it) and
 *    of `runs` (the current run meeting it).
 *
 * Every claim is an exact comparison of displayed values (the digits of
 * `formatted`), never a float: "rose" only when the displayed value went
 * up, "the highest since X" only when no period after X was higher and X
 * was. A change is taken from `changes.previous` when the result carries
 * it and agrees, else worked out from the displayed values. Periods with no
 * value are named, never passed over. A period with no value gets one
 * sentence with `statusReason`'s words. Options as in `summarize`
 * (`INVALID_OPTIONS` for a period that is not the result's, an unknown
 * key, a bad condition).
 *
 * @example
 * ```ts
 * import { computeIndicator, describe } from 'council-indicators';
 *
 * const result = computeIndicator({
 *   id: 'cic', title: 'Number of children in care', measure: { type: 'count' },
 *   numerator: { field: 'cic', aggregate: 'last' }, polarity: 'neutral', target: 345,
 * }, [
 *   { period: '2017-05', cic: 360 }, { period: '2017-06', cic: 365 },
 *   { period: '2017-07', cic: 368 }, { period: '2017-08', cic: 370 },
 *   { period: '2017-09', cic: 373 },
 * ]);
 * describe(result)[0]; // 'Number of children in care rose from 370 to 373 in September 2017 (up 0.8%), 28 above the target of 345; the highest of the five months from May 2017.'
 * describe(result, { period: '2017-06', unit: 'children' }); // ['Number of children in care rose from 360 to 365 in June 2017 (up 1.4%), 20 above the target of 345.']
 * ```
 */
export function describe(result: ResultSeries, options?: DescribeOptions): string[] {
  const periods = result?.periods;
  if (!Array.isArray(periods) || periods.length === 0) {
    fail([{ code: 'bad-option', path: 'result', message: `describe reads the result of computeIndicator, with at least one period; received ${shown(result)}` }]);
  }
  const { values, issues } =
    options === undefined ? { values: {}, issues: [] } : optionsOf(options, ['period', 'last', 'since', 'unit', 'counts', 'runs'], '{ period: "2017-09" }', 'or left out');
  const given = values as { period?: unknown; last?: unknown; since?: unknown; unit?: unknown; counts?: unknown; runs?: unknown };
  let at = periods.length - 1;
  if (given.period !== undefined) {
    at = typeof given.period === 'string' ? periods.findIndex((p) => p.period === given.period) : -1;
    if (at < 0) {
      issues.push({
        code: typeof given.period === 'string' ? 'out-of-range' : 'bad-period',
        path: 'period',
        message: `period ${shown(given.period)} is not a period of the result, which runs from ${periods[0]!.period} to ${periods[periods.length - 1]!.period}`,
      });
    }
  }
  if (given.unit !== undefined && typeof given.unit !== 'string') issues.push({ code: 'bad-option', path: 'unit', message: `unit must be a noun such as "children"; received ${shown(given.unit)}` });
  for (const key of ['counts', 'runs'] as const) {
    const list = given[key];
    if (list !== undefined && !Array.isArray(list)) issues.push({ code: 'bad-option', path: key, message: `${key} must be a list of conditions such as [{ atLeast: 93 }]; received ${shown(list)}` });
  }
  if (issues.length > 0) fail(issues);
  const style: Style = { frequency: frequencyOf(result), percentage: result.spec.measure.type === 'percentage', decimals: result.spec.decimals, unit: (given.unit as string | undefined) ?? '' };
  const p = periods[at]!;
  const counts = (given.counts ?? []) as Condition[];
  const runs = (given.runs ?? []) as Condition[];
  // Conditions are checked even for a period with no value: a mistake is loud every month.
  [...counts, ...runs].forEach((c) => judgeOf(c, result.spec.polarity));
  const span = summarize(
    result,
    given.since !== undefined
      ? { since: given.since as string, to: p.period }
      : { last: (given.last as number | undefined) ?? Math.min(12, at + 1), to: p.period },
  );
  const now = compared(p, 'rounded');
  if (now === null) return [`${result.title} has no figure for ${when(style, p.period)}: ${statusReason(p) ?? 'no value'}.`];

  const out = [...headline(result, at, now, style), ...ratingSentence(periods, at, style), ...changeSentences(p, at > 0 ? periods[at - 1]!.period : (carriedPeriod(p) ?? null), now, style), ...rangeSentences(span, periods, now, p.period, at > 0 ? periods[at - 1]!.period : null, style)];
  const over = lastPeriods(span.periods, style);
  for (const condition of counts) {
    const words = conditionWords(condition, style);
    const c = span.count(condition);
    out.push(`It was ${words.met} in ${counted(c.met)} of ${over}${skippedNote(c.skipped, periods, style)}.`);
  }
  for (const condition of runs) {
    const words = conditionWords(condition, style);
    const r = span.run(condition);
    const gap = r.endedBy === 'no-value' ? r.stoppedAt : null;
    const stop =
      gap === null
        ? ''
        : gap.reason === 'no target in force' || gap.reason === 'no RAG bands in force'
          ? ` (${gap.reason} in ${when(style, gap.period)})`
          : ` (there is no figure for ${when(style, gap.period)}: ${gap.reason})`;
    if (r.length === 0) out.push(`It ${words.not} in ${when(style, p.period)}${stop}.`);
    else if (r.length === 1) out.push(`It is ${words.met} in ${when(style, p.period)}${r.endedBy === 'condition' ? `, but was not in ${when(style, r.stoppedAt!.period)}` : ''}${stop}.`);
    else out.push(`It ${words.run} for ${lastPeriods(r.length, style)}${stop}.`);
  }
  return out;
}
