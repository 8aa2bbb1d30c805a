/**
 * Series summaries: what a report writer reads off a run of periods, the
 * highest and the lowest, how many periods met a condition, and how long
 * the latest run of periods meeting it has lasted.
 *
 * Every comparison is exact: by default on the value as displayed (the
 * digits of `formatted`, as RAG ratings are decided with `using:
 * 'rounded'`), or on the exact value (`exact`) with `using: 'exact'`;
 * never on a float.
 *
 * @module
 */
import type { PeriodResult } from '../compute.js';
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import { statusReason } from '../outputs/reason.js';
import { optionsOf } from '../periods/options.js';
import { shown } from '../periods/period.js';
import type { MeasureSpec, Polarity, Rating } from '../spec/types.js';

/**
 * What {@link summarize} and `describe` read: an `IndicatorResult` (or
 * anything shaped like one, such as a scorecard row's `series` with its
 * title and spec settings). Periods are in order, one per reporting period.
 */
export interface ResultSeries {
  title: string;
  /** The settings read: polarity, measure, decimals, and the rows' frequency when named (`2008-09` is a month unless it says `financial-year`). */
  spec: { polarity: Polarity; measure: { type: MeasureSpec['type'] }; decimals: number; frequency?: string };
  periods: readonly PeriodResult[];
}

/** Which value a summary compares: as displayed (`rounded`, the default) or exact. */
export type SummaryUsing = 'rounded' | 'exact';

/** Options of {@link summarize}. */
export interface SummaryOptions {
  /** Summarise the last `last` periods (ending at `to`); at most as many as the result has. */
  last?: number;
  /** Summarise from this period (one of the result's) to `to`. Not with `last`. */
  since?: string;
  /** The last period summarised (one of the result's); default the result's last. */
  to?: string;
  /** Compare displayed values (`'rounded'`, default) or exact ones (`'exact'`). */
  using?: SummaryUsing;
}

/** The highest or lowest value of a summary, and when it was reached. */
export interface Extreme {
  /** The period reached; the latest one on a tie. */
  period: string;
  /** The value compared, as a number: `rounded` (or `value` with `using: 'exact'`). */
  value: number;
  /** The value as displayed, e.g. `'702'` or `'93.0%'`. */
  formatted: string;
  /** The exact value, as the period result writes it. */
  exact: string;
}

/** A period a summary could not judge, and why. */
export interface SkippedPeriod {
  period: string;
  /** `statusReason`'s words for a period with no value, or what the condition lacks (`no target in force`). */
  reason: string;
}

/**
 * A condition a period meets or not, on the value the summary compares
 * (displayed by default), in the indicator's units (93 is 93% for a
 * percentage). Thresholds say their inclusivity by their word:
 * `atLeast` is `>=`, `above` is `>`, `atMost` is `<=`, `below` is `<`,
 * `equals` is `=`. `rating`: the period's RAG is one of these.
 * `target: 'met'`: the value is at or better than the target in force by
 * the polarity (higher-is-better `>=`, lower-is-better `<=`,
 * closer-to-target `=`; a neutral indicator has no better side and is
 * refused); `'missed'` is the opposite.
 */
export type Condition =
  | { atLeast: number }
  | { above: number }
  | { atMost: number }
  | { below: number }
  | { equals: number }
  | { rating: Rating | readonly Rating[] }
  | { target: 'met' | 'missed' };

/** How many periods of a summary met a condition. */
export interface ConditionCount {
  /** Periods that met it. */
  met: number;
  /** Periods judged: the summary's periods less `skipped`. */
  of: number;
  /** The summary's periods, judged or not. */
  periods: number;
  /** The periods that met it, in order. */
  metPeriods: string[];
  /** Periods with no value, or that the condition cannot judge (no target, no rating), in order. */
  skipped: SkippedPeriod[];
}

/** The latest run of periods meeting a condition, ending at the summary's last period. */
export interface Run {
  /** Periods in the run; 0 when the last period does not meet the condition. */
  length: number;
  /** The run's first period; null when its length is 0. */
  from: string | null;
  /** The summary's last period. */
  to: string;
  /**
   * What ended it: a period that did not meet the condition, a period that
   * could not be judged (no value, no target or no rating), or the start of
   * the summary.
   */
  endedBy: 'condition' | 'no-value' | 'start';
  /** The period that ended it and why; null when it reaches the start of the summary. */
  stoppedAt: SkippedPeriod | null;
}

/** The result of {@link summarize}. */
export interface SeriesSummary {
  /** The first and last period summarised. */
  from: string;
  to: string;
  /** Periods summarised, with a value or not. */
  periods: number;
  using: SummaryUsing;
  /** The highest value; null when no period has one. The latest period wins a tie. */
  highest: Extreme | null;
  /** The lowest value; null when no period has one. The latest period wins a tie. */
  lowest: Extreme | null;
  /** Periods with no value (not `ok`), in order, with `statusReason`'s words: left out of `highest` and `lowest`, never silently. */
  skipped: SkippedPeriod[];
  /** How many periods met a condition; a function is called with each period that has a value. */
  count(condition: Condition | ((period: PeriodResult) => boolean)): ConditionCount;
  /** The run of periods meeting a condition that ends at the last period. */
  run(condition: Condition | ((period: PeriodResult) => boolean)): Run;
}

function fail(issues: IndicatorIssue[]): never {
  throw new IndicatorError('INVALID_OPTIONS', issues);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A decimal string (`'93.5'`, `'-7'`, `'6.2%'`) as an exact rational; null
 * when it is not one.
 *
 * @internal
 */
export function decimalOf(text: string | null | undefined): Q | null {
  if (typeof text !== 'string') return null;
  const s = text.endsWith('%') ? text.slice(0, -1) : text;
  if (!DECIMAL.test(s)) return null;
  const negative = s.startsWith('-');
  const [whole, fraction = ''] = (negative ? s.slice(1) : s).split('.') as [string, string?];
  const digits = BigInt(whole + fraction);
  const n = negative ? -digits : digits;
  const d = 10n ** BigInt(fraction.length);
  const small = (x: bigint): number | bigint => (x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x);
  return { n: small(n), d: small(d) };
}

/**
 * The value a period is compared on, exactly: the displayed one (the digits
 * of `formatted`, else `rounded`) or the exact one (`exact`); null when the
 * period has no value.
 *
 * @internal
 */
export function compared(period: PeriodResult, using: SummaryUsing): Q | null {
  if (period.status !== 'ok') return null;
  if (using === 'exact') {
    return decimalOf(period.exact) ?? (period.value === null ? null : R.fromNumber(period.value));
  }
  return decimalOf(period.formatted) ?? (period.rounded === null ? null : R.fromNumber(period.rounded));
}

/** A reason for a period with no value. */
function noValue(period: PeriodResult): SkippedPeriod {
  return { period: period.period, reason: statusReason(period) ?? 'no value' };
}

const THRESHOLDS = ['atLeast', 'above', 'atMost', 'below', 'equals'] as const;
const RATINGS: readonly Rating[] = ['red', 'amber', 'green', 'blue'];

/** A condition checked once: a judge of one period, `true`/`false`, or a reason it cannot judge it. */
type Judge = (period: PeriodResult, value: Q) => boolean | string;

/** Check a condition and make its judge; `INVALID_OPTIONS` naming what is wrong. @internal */
export function judgeOf(condition: unknown, polarity: Polarity): Judge {
  if (typeof condition === 'function') {
    const f = condition as (p: PeriodResult) => unknown;
    return (p) => f(p) === true;
  }
  const example = '{ atLeast: 93 }, { equals: 100 }, { rating: "green" } or { target: "met" }';
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
    fail([{ code: 'bad-option', path: 'condition', message: `a condition must be an object such as ${example}, or a function of a period; received ${shown(condition)}` }]);
  }
  const keys = Object.keys(condition);
  if (keys.length !== 1) {
    fail([{ code: 'bad-option', path: 'condition', message: `a condition has exactly one key, such as ${example}; received ${keys.length === 0 ? 'none' : keys.join(', ')}` }]);
  }
  const key = keys[0]!;
  const given = (condition as Record<string, unknown>)[key];
  if ((THRESHOLDS as readonly string[]).includes(key)) {
    if (typeof given !== 'number' || !Number.isFinite(given)) {
      fail([{ code: 'bad-option', path: `condition.${key}`, message: `condition.${key} must be a finite number in the indicator's units (93 for 93%); received ${shown(given)}` }]);
    }
    const t = R.fromNumber(given);
    const test: Record<(typeof THRESHOLDS)[number], (c: number) => boolean> = {
      atLeast: (c) => c >= 0,
      above: (c) => c > 0,
      atMost: (c) => c <= 0,
      below: (c) => c < 0,
      equals: (c) => c === 0,
    };
    const ok = test[key as (typeof THRESHOLDS)[number]];
    return (_, v) => ok(R.cmp(v, t));
  }
  if (key === 'rating') {
    const list = Array.isArray(given) ? (given as unknown[]) : [given];
    const bad = list.filter((r) => !RATINGS.includes(r as Rating));
    if (list.length === 0 || bad.length > 0) {
      fail([{ code: 'bad-choice', path: 'condition.rating', message: `condition.rating must be one of red, amber, green and blue, or a list of them; received ${shown(given)}` }]);
    }
    return (p) => (p.rag === null ? 'no RAG bands in force' : list.includes(p.rag));
  }
  if (key === 'target') {
    if (given !== 'met' && given !== 'missed') {
      fail([{ code: 'bad-choice', path: 'condition.target', message: `condition.target must be "met" or "missed"; received ${shown(given)}` }]);
    }
    if (polarity === 'neutral') {
      fail([{ code: 'bad-option', path: 'condition.target', message: 'a neutral indicator has no better side, so no target is met or missed: count a threshold instead, e.g. { atLeast: 95 }' }]);
    }
    return (p, v) => {
      if (p.target === null) return 'no target in force';
      const c = R.cmp(v, R.fromNumber(p.target));
      const met = polarity === 'higher-is-better' ? c >= 0 : polarity === 'lower-is-better' ? c <= 0 : c === 0;
      return given === 'met' ? met : !met;
    };
  }
  return fail([{ code: 'bad-option', path: `condition.${key}`, message: `unknown condition ${JSON.stringify(key)}: give one of atLeast, above, atMost, below, equals, rating and target, e.g. ${example}` }]);
}

/** The index of `period` in the result, or an issue naming the result's periods. */
function positionOf(periods: readonly PeriodResult[], period: unknown, name: string): number | IndicatorIssue {
  const first = periods[0]!.period;
  const last = periods[periods.length - 1]!.period;
  const at = typeof period === 'string' ? periods.findIndex((p) => p.period === period) : -1;
  if (at >= 0) return at;
  return typeof period === 'string'
    ? { code: 'out-of-range', path: name, message: `${name} ${shown(period)} is not a period of the result, which runs from ${first} to ${last}: give one of its periods, or compute a longer range` }
    : { code: 'bad-period', path: name, message: `${name} must be a period of the result such as ${JSON.stringify(last)}; received ${shown(period)}` };
}

function better(a: Q, b: Q, kind: 'highest' | 'lowest'): boolean {
  const c = R.cmp(a, b);
  // The latest period wins a tie: periods are visited in order, so >= keeps the later one.
  return kind === 'highest' ? c >= 0 : c <= 0;
}

/**
 * Summarise the periods of a result: the highest and the lowest value with
 * the period each was reached, how many periods met a condition
 * (`count`), and the current run of periods meeting one (`run`).
 *
 * Which periods: the last `last` periods, or those `since` a period, up to
 * `to` (default the result's last period); with neither, all of them.
 * Values are compared exactly, on the displayed value by default (the
 * digits of `formatted`, as RAG ratings use `'rounded'`), or on the exact
 * value with `using: 'exact'`. Ties go to the latest period. Periods with no
 * value are left out of every figure and listed in `skipped` with
 * `statusReason`'s words; a run stops at them. `last` larger than the
 * periods available, a period that is not one of the result's, `last` and
 * `since` together, or an unknown option is `INVALID_OPTIONS`.
 *
 * @example
 * ```ts
 * import { computeIndicator, summarize } from 'council-indicators';
 *
 * const result = computeIndicator({
 *   id: 'pep', title: 'Children with a PEP', measure: { type: 'percentage' },
 *   numerator: 'withPep', denominator: 'children', polarity: 'higher-is-better',
 * }, [
 *   { period: '2021-09', withPep: 93, children: 100 },
 *   { period: '2021-10', withPep: 99, children: 100 },
 *   { period: '2021-11', withPep: 95, children: 100 },
 *   { period: '2021-12', withPep: 99, children: 100 },
 * ]);
 * const summary = summarize(result, { last: 3 });
 * summary.highest; // { period: '2021-12', value: 99, formatted: '99.0%', exact: '99' }
 * summary.lowest?.formatted; // '95.0%'
 * summary.count({ atLeast: 99 }).met; // 2
 * summarize(result).run({ atLeast: 93 }).length; // 4
 * summarize(result).run({ above: 93 }); // { length: 3, from: '2021-10', to: '2021-12', endedBy: 'condition', stoppedAt: { period: '2021-09', reason: 'did not meet the condition (93.0%)' } }
 * ```
 */
export function summarize(result: ResultSeries, options?: SummaryOptions): SeriesSummary {
  const periods = result?.periods;
  if (!Array.isArray(periods)) {
    fail([{ code: 'bad-option', path: 'result', message: `summarize reads the result of computeIndicator (an object with periods); received ${shown(result)}` }]);
  }
  if (periods.length === 0) {
    fail([{ code: 'out-of-range', path: 'result', message: 'the result has no periods to summarise: compute a range of at least one period' }]);
  }
  const { values, issues } = options === undefined ? { values: {}, issues: [] } : optionsOf(options, ['last', 'since', 'to', 'using'], '{ last: 12 }', 'or left out');
  const given = values as { last?: unknown; since?: unknown; to?: unknown; using?: unknown };
  const using = given.using ?? 'rounded';
  if (using !== 'rounded' && using !== 'exact') issues.push({ code: 'bad-choice', path: 'using', message: `using must be "rounded" (displayed values) or "exact"; received ${shown(using)}` });
  let end = periods.length - 1;
  if (given.to !== undefined) {
    const at = positionOf(periods, given.to, 'to');
    if (typeof at === 'number') end = at;
    else issues.push(at);
  }
  let start = 0;
  if (given.last !== undefined && given.since !== undefined) {
    issues.push({ code: 'bad-option', path: 'since', message: 'give last or since, not both: last counts periods back from to, since names the first period' });
  } else if (given.last !== undefined) {
    const n = given.last;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
      issues.push({ code: 'bad-option', path: 'last', message: `last must be a whole number of periods, 1 or more; received ${shown(n)}` });
    } else if (n > end + 1) {
      issues.push({
        code: 'out-of-range',
        path: 'last',
        message: `last ${n} asks for more periods than the result has up to ${periods[end]!.period} (${end + 1}, from ${periods[0]!.period}): compute a longer range, or ask for fewer`,
      });
    } else start = end - n + 1;
  } else if (given.since !== undefined) {
    const at = positionOf(periods, given.since, 'since');
    if (typeof at !== 'number') issues.push(at);
    else if (at > end) issues.push({ code: 'range-reversed', path: 'since', message: `since ${periods[at]!.period} is after to ${periods[end]!.period}` });
    else start = at;
  }
  if (issues.length > 0) fail(issues);

  const span = periods.slice(start, end + 1) as PeriodResult[];
  const use = using as SummaryUsing;
  const valuesOf: (Q | null)[] = span.map((p) => compared(p, use));
  const skipped: SkippedPeriod[] = [];
  let highest: number | null = null;
  let lowest: number | null = null;
  span.forEach((p, i) => {
    const v = valuesOf[i]!;
    if (v === null) {
      skipped.push(noValue(p));
      return;
    }
    if (highest === null || better(v, valuesOf[highest]!, 'highest')) highest = i;
    if (lowest === null || better(v, valuesOf[lowest]!, 'lowest')) lowest = i;
  });
  const extreme = (i: number | null): Extreme | null => {
    if (i === null) return null;
    const p = span[i]!;
    return { period: p.period, value: use === 'exact' ? p.value! : p.rounded!, formatted: p.formatted!, exact: p.exact! };
  };
  const polarity = result.spec?.polarity ?? 'neutral';

  /** Judge period i: true/false, or why it cannot be judged. */
  const verdict = (judge: Judge, i: number): boolean | SkippedPeriod => {
    const p = span[i]!;
    const v = valuesOf[i]!;
    if (v === null) return noValue(p);
    const j = judge(p, v);
    return typeof j === 'string' ? { period: p.period, reason: j } : j;
  };

  return {
    from: span[0]!.period,
    to: span[span.length - 1]!.period,
    periods: span.length,
    using: use,
    highest: extreme(highest),
    lowest: extreme(lowest),
    skipped,
    count(condition) {
      const judge = judgeOf(condition, polarity);
      const out: ConditionCount = { met: 0, of: 0, periods: span.length, metPeriods: [], skipped: [] };
      for (let i = 0; i < span.length; i++) {
        const v = verdict(judge, i);
        if (typeof v === 'object') out.skipped.push(v);
        else {
          out.of += 1;
          if (v) {
            out.met += 1;
            out.metPeriods.push(span[i]!.period);
          }
        }
      }
      return out;
    },
    run(condition) {
      const judge = judgeOf(condition, polarity);
      let i = span.length - 1;
      let stoppedAt: SkippedPeriod | null = null;
      let endedBy: Run['endedBy'] = 'start';
      for (; i >= 0; i--) {
        const v = verdict(judge, i);
        if (v === true) continue;
        if (v === false) {
          endedBy = 'condition';
          stoppedAt = { period: span[i]!.period, reason: `did not meet the condition (${span[i]!.formatted!})` };
        } else {
          endedBy = 'no-value';
          stoppedAt = v;
        }
        break;
      }
      const length = span.length - 1 - i;
      return { length, from: length === 0 ? null : span[i + 1]!.period, to: span[span.length - 1]!.period, endedBy, stoppedAt };
    },
  };
}
