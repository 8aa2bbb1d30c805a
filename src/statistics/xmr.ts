/**
 * XmR statistical process control charts, as NHSRplotthedots (the NHS-R
 * community's R package for NHS England's "Making Data Count") draws them:
 * the mean, limits at 2.66 mean moving ranges, and the four rules that flag
 * special-cause variation, labelled improvement or concern by the
 * direction of improvement. Every comparison is exact (see docs/statistics.md).
 *
 * @module
 */
import { IndicatorError, addMonths, frequenciesOf, isPeriod, periodLabel, reportingPeriodLabel, statusReason } from '../index.js';
import type { Frequency, IndicatorIssue, IndicatorResult, Period, PeriodResult, Polarity, WindowSpec } from '../index.js';
import { decimalOf, ratioToNumber, scaled, signOf } from './xmr-exact.js';
import type { Decimal } from './xmr-exact.js';

/** Which way is better: `'neutral'` when neither is. */
export type XmrImprovement = 'increase' | 'decrease' | 'neutral';

/** The rule that decided a point's label, by precedence: outside the limits, then trend, then two of three, then run. */
export type XmrRule = 'outside-limits' | 'trend' | 'two-of-three' | 'run';

/** A point's variation: common cause, or special cause read by the direction of improvement. */
export type XmrVariation = 'common-cause' | 'improvement' | 'concern' | 'neutral-high' | 'neutral-low';

/** Whether the process, at its latest limits, meets the target: always, never, or sometimes. */
export type XmrAssurance = 'consistent-pass' | 'consistent-fail' | 'inconsistent';

/** One month of a series given to {@link xmr}; `value: null` is a month without a value (a gap). */
export interface XmrInputPoint {
  period: Period;
  value: number | null;
}

/** Options of {@link xmr}. */
export interface XmrOptions {
  /**
   * Which direction is improvement. Required for a plain series; for an
   * indicator's result it defaults from the spec's polarity
   * (`higher-is-better` increase, `lower-is-better` decrease, others neutral).
   */
  improvement?: XmrImprovement;
  /** Leave out moving ranges of 3.267 mean moving ranges or more before the limits are set; default true (false matches the Making Data Count Excel tool). */
  screenOutliers?: boolean;
  /** Fix each segment's mean and limits on its first N points (N at least 12); later points are judged against them. Default: every point. */
  fixAfter?: number;
  /** Months at which new limits start (a change to the process); every rule runs within its segment. */
  rebaseAt?: readonly Period[];
  /** The target, for the assurance icon: `null` or absent gives `assuranceIcon: null`. */
  target?: number | null;
  /** Points in a run or a trend: 7 (default, NHSRplotthedots) or 6 (allowed by the Making Data Count tool). */
  runLength?: 6 | 7;
  /**
   * Which points count towards "two of three beyond 2 sigma":
   * `'two-to-three-sigma'` (default, NHSRplotthedots 0.2.2: points between
   * 2 sigma and the limits) or `'beyond-two-sigma'` (the Making Data Count
   * tool from late 2023: points beyond 3 sigma count too).
   */
  twoOfThree?: 'two-to-three-sigma' | 'beyond-two-sigma';
  /**
   * A month without a value: `'error'` (default) throws INVALID_DATA naming
   * it; `'rebase'` starts new limits after it (months without a value
   * before the first or after the last value are left off), with a warning.
   */
  gaps?: 'error' | 'rebase';
}

/** A stretch of the chart with its own mean and limits. Limits are the nearest doubles to exact values. */
export interface XmrSegment {
  /** First month. */
  from: Period;
  /** Last month. */
  to: Period;
  /** Points in the segment. */
  count: number;
  /** Last month of the baseline the mean and limits come from (`to` unless `fixAfter` fixed them earlier). */
  baselineTo: Period;
  mean: number;
  /** The mean of the moving ranges kept after screening. */
  meanMovingRange: number;
  /** One sigma: 2.66 / 3 mean moving ranges. */
  sigma: number;
  /** Mean - 2.66 mean moving ranges (3 sigma). */
  lowerLimit: number;
  /** Mean + 2.66 mean moving ranges (3 sigma). */
  upperLimit: number;
  /** Mean - 2 sigma. */
  lowerNearLimit: number;
  /** Mean + 2 sigma. */
  upperNearLimit: number;
  /** Months whose moving range (from the month before) was screened out as an outlier. */
  screened: Period[];
}

/** One point of the chart. */
export interface XmrPoint {
  period: Period;
  value: number;
  /** Index of its segment in `segments`. */
  segment: number;
  /** The rule that labels it, or null for common cause. */
  rule: XmrRule | null;
  variation: XmrVariation;
}

/** Something a reader of the chart should know. */
export interface XmrWarning {
  /** `'short-segment'`: fewer than 13 points (trial limits); `'gap'`: months without a value split or trimmed the series. */
  code: 'short-segment' | 'gap';
  message: string;
  /** The months concerned: a short segment's months, or the months without a value. */
  periods: Period[];
}

/** The result of {@link xmr}. */
export interface XmrResult {
  improvement: XmrImprovement;
  segments: XmrSegment[];
  points: XmrPoint[];
  /** The latest point's variation. */
  variationIcon: XmrVariation;
  /** The target against the latest segment's limits; null without a target or when improvement is neutral. */
  assuranceIcon: XmrAssurance | null;
  warnings: XmrWarning[];
}

/** Below this many points a segment's limits are trial limits (NHSRplotthedots' `ptd_spc.warning_threshold`). */
const SHORT = 13;

const KEYS = new Set(['improvement', 'screenOutliers', 'fixAfter', 'rebaseAt', 'target', 'runLength', 'twoOfThree', 'gaps']);

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

interface Month {
  period: Period;
  value: number | null;
  /** Where the month came from, for messages: `points[3]` or `periods[3]`. */
  path: string;
  index: number;
  /** Why a month of an indicator's result has no value. */
  reason?: string;
}

interface Checked {
  improvement: XmrImprovement;
  screenOutliers: boolean;
  fixAfter: number | null;
  rebaseAt: Period[];
  target: number | null;
  runLength: number;
  beyondTwoSigma: boolean;
  gaps: 'error' | 'rebase';
}

function isResult(input: unknown): input is IndicatorResult {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && Array.isArray((input as { periods?: unknown }).periods) && 'spec' in input;
}

function improvementOf(polarity: Polarity): XmrImprovement {
  return polarity === 'higher-is-better' ? 'increase' : polarity === 'lower-is-better' ? 'decrease' : 'neutral';
}

const REPORTED: Readonly<Record<Exclude<Frequency, 'month'>, string>> = {
  quarter: 'quarterly',
  'financial-year': 'yearly (April to March)',
  'calendar-year': 'yearly (calendar years)',
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a figure over `window` cannot go on an XmR chart, or null when it
 * can: a rolling window of more than one month, or a year-to-date window,
 * makes each month's figure share most of its months with the next, so the
 * points are not independent (Making Data Count: do not chart rolling or
 * cumulative figures). `name` is how the message names the indicator.
 *
 * @internal
 */
export function windowUnfitForXmr(window: WindowSpec | undefined, name: string): string | null {
  if (window === undefined || window.type === 'period' || (window.type === 'rolling' && window.months <= 1)) return null;
  const fix = 'chart the monthly figure instead: the same spec with window { type: "period" }';
  if (window.type === 'rolling') {
    return (
      `${name} is a rolling ${window.months}-month figure: each month's figure shares ${window.months - 1} of its ${window.months} months with the next, ` +
      `so the points are not independent and their moving ranges are too small, and the chart would call that special cause; ${fix}`
    );
  }
  return (
    `${name} is a year-to-date figure: each month's figure is the one before plus a month, starting again each ${MONTH_NAMES[window.yearStartMonth - 1]}, ` +
    `so the points are not independent and the chart would call the climb and the restart special cause; ${fix}`
  );
}

/** A computed result that is not monthly, or whose window overlaps month to month: what an XmR chart cannot read. */
function checkResult(input: IndicatorResult): void {
  const name = typeof input.id === 'string' ? JSON.stringify(input.id) : 'the indicator';
  const periods = input.periods.map((p) => p.period);
  const odd = periods.findIndex((p) => !isPeriod(p));
  if (odd >= 0) {
    const given = (input as { frequency?: unknown }).frequency;
    const frequency = (typeof given === 'string' && given !== 'month' ? given : frequenciesOf(periods[odd])[0]) as Frequency | undefined;
    const label = (p: Period): string => (frequency === undefined || frequency === 'month' ? String(p) : reportingPeriodLabel(p, { frequency }));
    const span = periods.length === 0 ? '' : ` (${label(periods[0]!)} to ${label(periods[periods.length - 1]!)})`;
    const how = frequency === undefined || frequency === 'month' ? `has a period ${describe(periods[odd])} that is not a month${span}` : `is reported ${REPORTED[frequency]}${span}`;
    throw new IndicatorError('INVALID_DATA', [
      {
        code: 'bad-period',
        path: `periods[${odd}].period`,
        row: odd,
        message: `XmR charts are drawn from monthly series, and this result of ${name} ${how}: compute it monthly (without every) for its chart`,
      },
    ]);
  }
  const window = (input.spec as { window?: WindowSpec } | undefined)?.window;
  const why = windowUnfitForXmr(window, name);
  if (why !== null) throw new IndicatorError('INVALID_DATA', [{ code: 'bad-choice', path: 'spec.window', message: why }]);
}

function readMonths(input: unknown): { months: Month[]; polarity: Polarity | null } {
  if (isResult(input)) {
    checkResult(input);
    const months = input.periods.map((p: PeriodResult, index): Month => {
      const month: Month = { period: p.period, value: p.status === 'ok' ? p.value : null, path: `periods[${index}]`, index };
      if (p.status !== 'ok') month.reason = statusReason(p) ?? p.status;
      return month;
    });
    return { months, polarity: input.spec.polarity };
  }
  if (!Array.isArray(input)) {
    throw new IndicatorError('INVALID_DATA', [
      { code: 'not-an-array', path: 'points', message: `points must be an array of { period, value } or an indicator's result, received ${describe(input)}` },
    ]);
  }
  const issues: IndicatorIssue[] = [];
  const months: Month[] = [];
  const seen = new Map<string, number>();
  input.forEach((p: unknown, index) => {
    const path = `points[${index}]`;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      issues.push({ code: 'not-an-object', path, row: index, message: `each point must be an object { period, value }, received ${describe(p)}` });
      return;
    }
    const { period, value } = p as { period?: unknown; value?: unknown };
    if (period === undefined) {
      issues.push({ code: 'missing-period', path: `${path}.period`, row: index, field: 'period', message: 'the point has no period' });
      return;
    }
    if (!isPeriod(period)) {
      const other = frequenciesOf(period)[0];
      const message =
        other === undefined || other === 'month'
          ? `period ${describe(period)} is not a month in YYYY-MM form`
          : `period ${describe(period)} is ${other === 'quarter' ? 'a quarter' : 'a year'}, and an XmR chart reads a monthly series: give one point a month, each period in YYYY-MM form`;
      issues.push({ code: 'bad-period', path: `${path}.period`, row: index, field: 'period', message });
      return;
    }
    const before = seen.get(period);
    if (before !== undefined) {
      issues.push({ code: 'duplicate-period', path: `${path}.period`, row: index, period, field: 'period', message: `period ${period} appears twice, in points ${before} and ${index}` });
      return;
    }
    seen.set(period, index);
    if (value !== null && typeof value !== 'number') {
      issues.push({ code: 'not-a-number', path: `${path}.value`, row: index, period, field: 'value', message: `expected a number or null, received ${describe(value)}` });
      return;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      issues.push({ code: 'not-finite', path: `${path}.value`, row: index, period, field: 'value', message: `${String(value)} is not a finite number` });
      return;
    }
    months.push({ period, value, path, index });
  });
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  months.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { months, polarity: null };
}

function checkOptions(options: unknown, polarity: Polarity | null): Checked {
  const fail = (issue: IndicatorIssue): never => {
    throw new IndicatorError('INVALID_OPTIONS', [issue]);
  };
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return fail({ code: 'bad-option', path: 'options', message: `options must be an object such as { improvement: "increase" }; received ${describe(options)}` });
  }
  const issues: IndicatorIssue[] = [];
  for (const key of Object.keys(options)) {
    if (!KEYS.has(key)) issues.push({ code: 'unknown-key', path: key, message: `xmr has no option "${key}"; its options are ${[...KEYS].join(', ')}` });
  }
  const o = options as Record<string, unknown>;
  const choice = <T extends string>(key: string, allowed: readonly T[], fallback: T | undefined): T | undefined => {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    issues.push({ code: 'bad-choice', path: key, message: `${key} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; received ${describe(v)}` });
    return fallback;
  };
  const improvement = choice<XmrImprovement>('improvement', ['increase', 'decrease', 'neutral'], polarity === null ? undefined : improvementOf(polarity));
  if (o.improvement === undefined && polarity === null) {
    issues.push({
      code: 'missing-key',
      path: 'improvement',
      message: 'improvement is required for a series of points: say which way is better with improvement: "increase", "decrease" or "neutral"',
    });
  }
  if (o.screenOutliers !== undefined && typeof o.screenOutliers !== 'boolean') {
    issues.push({ code: 'wrong-type', path: 'screenOutliers', message: `screenOutliers must be true or false; received ${describe(o.screenOutliers)}` });
  }
  let fixAfter: number | null = null;
  if (o.fixAfter !== undefined) {
    if (typeof o.fixAfter !== 'number' || !Number.isInteger(o.fixAfter) || o.fixAfter < 12) {
      issues.push({ code: 'out-of-range', path: 'fixAfter', message: `fixAfter must be a whole number of points, 12 or more; received ${describe(o.fixAfter)}` });
    } else fixAfter = o.fixAfter;
  }
  const rebaseAt: Period[] = [];
  if (o.rebaseAt !== undefined) {
    if (!Array.isArray(o.rebaseAt)) issues.push({ code: 'wrong-type', path: 'rebaseAt', message: `rebaseAt must be an array of months such as ["2017-04"]; received ${describe(o.rebaseAt)}` });
    else
      (o.rebaseAt as unknown[]).forEach((p, i) => {
        if (!isPeriod(p)) issues.push({ code: 'bad-period', path: `rebaseAt[${i}]`, message: `rebaseAt[${i}] ${describe(p)} is not a month in YYYY-MM form` });
        else if (rebaseAt.includes(p)) issues.push({ code: 'bad-option', path: `rebaseAt[${i}]`, message: `rebaseAt names ${p} twice` });
        else rebaseAt.push(p);
      });
  }
  let target: number | null = null;
  if (o.target !== undefined && o.target !== null) {
    if (typeof o.target !== 'number' || !Number.isFinite(o.target)) {
      issues.push({ code: 'wrong-type', path: 'target', message: `target must be a finite number or null; received ${describe(o.target)}` });
    } else target = o.target;
  }
  const runLength = o.runLength === undefined ? 7 : o.runLength;
  if (runLength !== 6 && runLength !== 7) issues.push({ code: 'bad-choice', path: 'runLength', message: `runLength must be 6 or 7; received ${describe(runLength)}` });
  const twoOfThree = choice('twoOfThree', ['two-to-three-sigma', 'beyond-two-sigma'] as const, 'two-to-three-sigma');
  const gaps = choice('gaps', ['error', 'rebase'] as const, 'error');
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return {
    improvement: improvement!,
    screenOutliers: o.screenOutliers !== false,
    fixAfter,
    rebaseAt: rebaseAt.sort(),
    target,
    runLength: runLength as number,
    beyondTwoSigma: twoOfThree === 'beyond-two-sigma',
    gaps: gaps!,
  };
}

/** A month as a message names it: `Mar-17 (2017-03)`. */
function named(p: Period): string {
  return `${periodLabel(p)} (${p})`;
}

/** The series split at rebases and gaps: runs of consecutive months with values. */
function split(months: Month[], opts: Checked): { runs: Month[][]; warnings: XmrWarning[] } {
  // Every month from the first to the last, with the missing ones as gaps.
  const full: Month[] = [];
  for (const m of months) {
    const prev = full[full.length - 1];
    if (prev !== undefined) {
      for (let p = addMonths(prev.period, 1); p < m.period; p = addMonths(p, 1)) {
        full.push({ period: p, value: null, path: 'points', index: -1, reason: 'not in the series' });
      }
    }
    full.push(m);
  }
  const gaps = full.filter((m) => m.value === null);
  const warnings: XmrWarning[] = [];
  if (gaps.length > 0 && opts.gaps === 'error') {
    throw new IndicatorError(
      'INVALID_DATA',
      gaps.map((g) => ({
        code: 'series-gap' as const,
        path: g.index < 0 ? 'points' : g.path,
        ...(g.index >= 0 ? { row: g.index } : {}),
        period: g.period,
        message: `${named(g.period)} has no value (${g.reason ?? 'value is null'}): an XmR chart needs every month; give its value, or pass gaps: "rebase" to start new limits after it`,
      })),
    );
  }
  if (gaps.length > 0) {
    warnings.push({
      code: 'gap',
      message: `${gaps.length === 1 ? 'one month has' : `${gaps.length} months have`} no value (${gaps.map((g) => periodLabel(g.period)).join(', ')}): limits start again after each gap`,
      periods: gaps.map((g) => g.period),
    });
  }
  const rebase = new Set(opts.rebaseAt);
  const present = new Set(full.filter((m) => m.value !== null).map((m) => m.period));
  const stray = opts.rebaseAt.filter((p) => !present.has(p));
  if (stray.length > 0) {
    throw new IndicatorError(
      'INVALID_OPTIONS',
      stray.map((p) => ({
        code: 'bad-option' as const,
        path: `rebaseAt[${opts.rebaseAt.indexOf(p)}]`,
        message: `rebaseAt ${named(p)} is not a month of the series with a value: rebase at the first month of the new process`,
      })),
    );
  }
  const runs: Month[][] = [];
  let run: Month[] = [];
  for (const m of full) {
    if (m.value === null || rebase.has(m.period)) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (m.value !== null) run.push(m);
  }
  if (run.length > 0) runs.push(run);
  if (runs.length === 0) {
    throw new IndicatorError('INVALID_DATA', [{ code: 'series-gap', path: 'points', message: 'the series has no month with a value: an XmR chart needs at least 2' }]);
  }
  const lonely = runs.filter((r) => r.length === 1);
  if (lonely.length > 0) {
    const m = lonely[0]![0]!;
    if (rebase.has(m.period) || rebase.has(addMonths(m.period, 1))) {
      throw new IndicatorError('INVALID_OPTIONS', [
        { code: 'bad-option', path: 'rebaseAt', message: `the segment at ${named(m.period)} has one point: limits need at least 2; move or remove the rebase` },
      ]);
    }
    throw new IndicatorError('INVALID_DATA', [
      {
        code: 'series-gap',
        path: m.path,
        ...(m.index >= 0 ? { row: m.index } : {}),
        period: m.period,
        message: `${named(m.period)} is the only month with a value ${runs.length === 1 ? 'in the series' : 'between gaps'}: limits need at least 2 consecutive months`,
      },
    ]);
  }
  return { runs, warnings };
}

interface Judged {
  segment: XmrSegment;
  /** Per point: sign of (value - mean). */
  side: (-1 | 0 | 1)[];
  outside: boolean[];
  near: boolean[];
  /** The exact test of the target against the limits: above the upper, below the lower, or within. */
  targetSide: (t: bigint) => -1 | 0 | 1;
}

/** Mean, limits and each point's place against them, exactly, for one segment. */
function judge(run: Month[], values: bigint[], scale: number, opts: Checked): Judged {
  const b = Math.min(run.length, opts.fixAfter ?? run.length);
  const B = BigInt(b);
  let S = 0n;
  for (let i = 0; i < b; i++) S += values[i]!;
  const ranges: bigint[] = [];
  for (let i = 1; i < b; i++) {
    const d = values[i]! - values[i - 1]!;
    ranges.push(d < 0n ? -d : d);
  }
  const M0 = ranges.reduce((a, x) => a + x, 0n);
  const m0 = BigInt(ranges.length);
  // Screening: keep a range when range < 3.267 x mean range, i.e. 1000 m0 range < 3267 M0.
  // With a mean range of 0 every range is 0 and none is an outlier.
  const kept = opts.screenOutliers && M0 > 0n ? ranges.map((r) => 1000n * m0 * r < 3267n * M0) : ranges.map(() => true);
  let M = 0n;
  let m = 0n;
  const screened: Period[] = [];
  kept.forEach((k, j) => {
    if (k) {
      M += ranges[j]!;
      m += 1n;
    } else screened.push(run[j + 1]!.period);
  });
  // P = 300 B m (value - mean) = 300 m (B value - S); the limits at 2.66 and
  // 2 x 2.66 / 3 mean ranges are then 798 B M and 532 B M, all integers.
  const place = (v: bigint) => 300n * m * (B * v - S);
  const three = 798n * B * M;
  const two = 532n * B * M;
  const unit = 10n ** BigInt(scale);
  const at = (num: bigint, den: bigint) => ratioToNumber(num, den * unit);
  const side: (-1 | 0 | 1)[] = [];
  const outside: boolean[] = [];
  const near: boolean[] = [];
  for (const v of values) {
    const p = place(v);
    const out = p > three || p < -three;
    side.push(signOf(p));
    outside.push(out);
    near.push(opts.beyondTwoSigma ? p > two || p < -two : !out && (p > two || p < -two));
  }
  const segment: XmrSegment = {
    from: run[0]!.period,
    to: run[run.length - 1]!.period,
    count: run.length,
    baselineTo: run[b - 1]!.period,
    mean: at(S, B),
    meanMovingRange: at(M, m),
    sigma: at(266n * M, 300n * m),
    lowerLimit: at(100n * m * S - 266n * B * M, 100n * B * m),
    upperLimit: at(100n * m * S + 266n * B * M, 100n * B * m),
    lowerNearLimit: at(300n * m * S - 532n * B * M, 300n * B * m),
    upperNearLimit: at(300n * m * S + 532n * B * M, 300n * B * m),
    screened,
  };
  return { segment, side, outside, near, targetSide: (t) => (place(t) > three ? 1 : place(t) < -three ? -1 : 0) };
}

/** Each point's rule and direction (+1 high, -1 low) within one segment. */
function rules(values: bigint[], j: Judged, runLength: number): { rule: XmrRule | null; dir: -1 | 0 | 1 }[] {
  const n = values.length;
  const L = runLength;
  // Trends: L points, each strictly above (or below) the one before. A point
  // in two trends takes the direction of the later one.
  const trendDir: (-1 | 0 | 1)[] = new Array<-1 | 0 | 1>(n).fill(0);
  for (let end = L - 1; end < n; end++) {
    let up = true;
    let down = true;
    for (let i = end - L + 2; i <= end; i++) {
      if (!(values[i]! > values[i - 1]!)) up = false;
      if (!(values[i]! < values[i - 1]!)) down = false;
    }
    if (up || down) for (let i = end - L + 1; i <= end; i++) trendDir[i] = up ? 1 : -1;
  }
  // Runs: L points on one side of the mean; a point on the mean is on neither side.
  const inRun: boolean[] = new Array<boolean>(n).fill(false);
  for (let end = L - 1; end < n; end++) {
    const s = j.side[end]!;
    if (s === 0) continue;
    let all = true;
    for (let i = end - L + 1; i < end; i++) if (j.side[i] !== s) all = false;
    if (all) for (let i = end - L + 1; i <= end; i++) inRun[i] = true;
  }
  // Two of three: three consecutive points on one side of the mean, at least
  // two of them near the limits; the near ones are flagged.
  const inTwo: boolean[] = new Array<boolean>(n).fill(false);
  for (let start = 0; start + 2 < n; start++) {
    const s = j.side[start]!;
    if (s === 0 || j.side[start + 1] !== s || j.side[start + 2] !== s) continue;
    const idx = [start, start + 1, start + 2];
    if (idx.filter((i) => j.near[i]).length < 2) continue;
    for (const i of idx) if (j.near[i]) inTwo[i] = true;
  }
  return values.map((_, i) => {
    if (j.outside[i]) return { rule: 'outside-limits', dir: j.side[i]! };
    if (trendDir[i] !== 0) return { rule: 'trend', dir: trendDir[i]! };
    if (inTwo[i]) return { rule: 'two-of-three', dir: j.side[i]! };
    if (inRun[i]) return { rule: 'run', dir: j.side[i]! };
    return { rule: null, dir: 0 };
  });
}

function variationOf(dir: -1 | 0 | 1, improvement: XmrImprovement): XmrVariation {
  if (dir === 0) return 'common-cause';
  if (improvement === 'neutral') return dir > 0 ? 'neutral-high' : 'neutral-low';
  return (dir > 0) === (improvement === 'increase') ? 'improvement' : 'concern';
}

/**
 * An XmR (individuals and moving range) chart of a monthly series, with
 * NHSRplotthedots' rules: the mean; moving ranges, those of 3.267 mean
 * moving ranges or more screened out (`screenOutliers`, default true);
 * process limits at the mean +/- 2.66 mean moving ranges (3 sigma) and near
 * limits at 2 sigma; optionally fixed on each segment's first `fixAfter`
 * points, and started afresh at `rebaseAt` months. Each point gets one
 * label, by precedence: outside the limits (a point on a limit is inside);
 * part of a trend of 7 (`runLength`) points each strictly above, or below,
 * the one before (an equal pair breaks it); two of three points on one side
 * of the mean beyond 2 sigma (`twoOfThree`); part of a run of 7 points on
 * one side of the mean (a point on the mean breaks it). Rules run within a
 * segment. A high or low label is improvement or concern by `improvement`.
 *
 * `points` is `{ period, value }[]` (months in any order; a missing month or
 * a `null` value is a gap) or a computed indicator's result (its `ok`
 * months' `value`s; any other month is a gap, and `improvement` defaults
 * from its polarity). A gap throws INVALID_DATA naming the month unless
 * `gaps: "rebase"`. A result that XmR cannot read is refused with
 * INVALID_DATA: one reported quarterly or yearly (`bad-period`: XmR reads
 * monthly series), and one whose spec's window is rolling over more than
 * one month or year-to-date (`bad-choice` at `spec.window`): such figures
 * share most of their months with the next, so their moving ranges are too
 * small and nearly every point would be called special cause (Making Data
 * Count advises against charting rolling or cumulative figures); chart the
 * monthly figure, window `{ type: "period" }`, instead. A plain series of
 * points is charted as given. Values are read as the decimals JavaScript prints for
 * them and compared with the limits exactly; the returned mean and limits
 * are the nearest doubles to their exact values.
 *
 * @example
 * ```ts
 * import { xmr } from 'council-indicators/statistics';
 *
 * const months = ['2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02'];
 * const values = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 25];
 * const chart = xmr(months.map((period, i) => ({ period, value: values[i] })), { improvement: 'decrease', target: 15 });
 * chart.segments[0].mean; // 12.357142857142858
 * chart.points[13].rule; // 'outside-limits'
 * chart.variationIcon; // 'concern'
 * chart.assuranceIcon; // 'inconsistent'
 * chart.warnings; // []
 * ```
 */
export function xmr(points: readonly XmrInputPoint[] | IndicatorResult, options?: XmrOptions): XmrResult {
  const { months, polarity } = readMonths(points);
  const opts = checkOptions(options, polarity);
  const { runs, warnings } = split(months, opts);
  const decimals: Decimal[][] = runs.map((r) => r.map((m) => decimalOf(m.value!)));
  const target = opts.target === null ? null : decimalOf(opts.target);
  const scale = Math.max(0, ...decimals.flat().map((d) => -d.exponent), target === null ? 0 : -target.exponent);

  const segments: XmrSegment[] = [];
  const out: XmrPoint[] = [];
  let last: Judged | null = null;
  runs.forEach((run, k) => {
    const values = decimals[k]!.map((d) => scaled(d, scale));
    const judged = judge(run, values, scale, opts);
    segments.push(judged.segment);
    rules(values, judged, opts.runLength).forEach(({ rule, dir }, i) => {
      out.push({ period: run[i]!.period, value: run[i]!.value!, segment: k, rule, variation: variationOf(dir, opts.improvement) });
    });
    if (run.length < SHORT) {
      warnings.push({
        code: 'short-segment',
        message: `the segment ${periodLabel(run[0]!.period)} to ${periodLabel(run[run.length - 1]!.period)} has ${run.length} points, fewer than 13: its limits are trial limits, to be revised as points are added`,
        periods: run.map((m) => m.period),
      });
    }
    last = judged;
  });
  let assuranceIcon: XmrAssurance | null = null;
  if (target !== null && opts.improvement !== 'neutral' && last !== null) {
    const s = (last as Judged).targetSide(scaled(target, scale));
    const up = opts.improvement === 'increase';
    assuranceIcon = s === 0 ? 'inconsistent' : (s > 0) === up ? 'consistent-fail' : 'consistent-pass';
  }
  return { improvement: opts.improvement, segments, points: out, variationIcon: out[out.length - 1]!.variation, assuranceIcon, warnings };
}
