/**
 * From a spec as written to a validated spec: defaults filled in, and the
 * rules that span fields checked (aggregates over long windows, a
 * denominator where the measure needs one, steps in order, RAG bands that
 * cover their domain exactly once and agree with the polarity).
 *
 * @module
 */
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import { periodIndex } from '../periods/period.js';
import { windowMisfit } from '../periods/frequency.js';
import { listed } from '../periods/options.js';
import type { WindowSpec } from '../periods/window.js';
import { FORBIDDEN_FIELDS } from '../data/fields.js';
import { checkBands } from './bands.js';
import type { Domain } from './bands.js';
import type * as T from './types.js';

/** Default number of decimals for a measure: 0 for counts, 1 otherwise (a difference too: state `decimals: 0` for one of whole counts). */
function defaultDecimals(measure: T.MeasureSpec): number {
  return measure.type === 'count' ? 0 : 1;
}

function normalizeWindow(w: T.WindowInput | undefined): WindowSpec {
  if (w === undefined || w.type === 'period') return { type: 'period' };
  if (w.type === 'rolling') return { type: 'rolling', months: w.months };
  return { type: 'year-to-date', yearStartMonth: w.yearStartMonth ?? 4 };
}

function spansMonths(w: WindowSpec): boolean {
  return w.type === 'year-to-date' || (w.type === 'rolling' && w.months > 1);
}

function windowName(window: WindowSpec): string {
  return window.type === 'rolling' ? `${window.months}-month rolling` : 'year-to-date';
}

/** Components written without an aggregate (`sum` by default): summed over a quarter or year only if the spec says so. */
const BARE = new WeakSet<object>();

function bare<C extends object>(component: C): C {
  BARE.add(component);
  return component;
}

/**
 * Whether a validated component was written without an aggregate (a bare
 * field name): reporting it over a quarter or year of months needs one.
 *
 * @internal
 */
export function isBareComponent(component: T.ComponentSpec): boolean {
  return BARE.has(component);
}

function normalizeComponent(
  c: T.ComponentInput,
  window: WindowSpec,
  path: string,
  issues: IndicatorIssue[],
): T.ComponentSpec {
  if (typeof c !== 'string' && 'value' in c) return { value: c.value };
  const field = typeof c === 'string' ? c : c.field;
  if (FORBIDDEN_FIELDS.has(field)) {
    issues.push({
      code: 'forbidden-key',
      path: typeof c === 'string' ? path : `${path}.field`,
      message: `${JSON.stringify(field)} cannot be a field name: it names part of every object's prototype, not a column of data; rename the column`,
    });
  }
  const aggregate = typeof c === 'string' ? undefined : c.aggregate;
  const signed = typeof c !== 'string' && c.signed === true ? ({ signed: true } as const) : {};
  if (aggregate !== undefined) return { field, aggregate, ...signed };
  // Over one month every aggregate gives the same figure; over more, a
  // silent sum of a snapshot is a plausible wrong number.
  if (spansMonths(window)) {
    const f = JSON.stringify(field);
    issues.push(
      typeof c === 'string'
        ? {
            code: 'window-needs-aggregate',
            path,
            message: `${f} is read over a ${windowName(window)} window, and a bare field name would add up its months: write { field: ${f}, aggregate: "sum" } for a flow or { field: ${f}, aggregate: "last" } for a snapshot`,
          }
        : {
            code: 'window-needs-aggregate',
            path: `${path}.aggregate`,
            message: `${f} is read over a ${windowName(window)} window: say how its months combine, aggregate "sum" (a flow) or "last" (a snapshot)`,
          },
    );
  }
  return bare({ field, aggregate: 'sum', ...signed });
}

/**
 * The issue of a rate whose numerator counts members of its denominator
 * (`partOfDenominator`), a population, when the denominator is summed over
 * `times` months or quarters (`over`: the window, or the reported period): a
 * population is counted at a moment, and a sum of 3 months of it is 3
 * populations, a rate 3 times too small. Null when it is not summed.
 *
 * @internal
 */
export function summedPopulation(spec: Pick<T.IndicatorSpec, 'measure' | 'denominator'>, over: string, times: string | number): IndicatorIssue | null {
  const d = spec.denominator;
  if (spec.measure.type !== 'rate' || !spec.measure.partOfDenominator || d === undefined || !('field' in d) || d.aggregate !== 'sum') return null;
  return {
    code: 'window-needs-aggregate',
    path: 'denominator.aggregate',
    message: `${JSON.stringify(d.field)} is a population (partOfDenominator), counted at a moment: summed ${over} it counts ${times} times; write aggregate "last" or "mean"`,
  };
}

/** Whether a component reads a field whose figures may be negative. */
const isSigned = (c: T.ComponentSpec | undefined): boolean => c !== undefined && 'field' in c && c.signed === true;

/** A signed component where the measure cannot take one: a percentage or rate of a negative figure means nothing. */
function signedIssues(measure: T.MeasureSpec, components: readonly [string, T.ComponentSpec | undefined][]): IndicatorIssue[] {
  if (measure.type !== 'percentage' && measure.type !== 'rate') return [];
  const issues: IndicatorIssue[] = [];
  for (const [name, c] of components) {
    if (!isSigned(c)) continue;
    issues.push({
      code: 'signed-not-allowed',
      path: `${name}.signed`,
      message: `a ${measure.type} counts things, and its ${name} cannot be negative: remove signed, or use a count, mean, ratio or difference for a figure that can fall below zero`,
    });
  }
  return issues;
}

function checkSteps(steps: readonly { from: string }[], path: string, issues: IndicatorIssue[]): void {
  for (let i = 1; i < steps.length; i++) {
    if (periodIndex(steps[i]!.from) <= periodIndex(steps[i - 1]!.from)) {
      issues.push({
        code: 'steps-out-of-order',
        path: `${path}[${i}].from`,
        message: `steps must be in time order: ${steps[i]!.from} does not come after ${steps[i - 1]!.from}`,
      });
    }
  }
}

function ragDomain(measure: T.MeasureSpec, on: T.RagOn, signed: boolean): Domain {
  // A difference, or a value read from a signed field, can be any number.
  if (on !== 'value' || measure.type === 'difference' || signed) return { lo: null, hi: null };
  if (measure.type === 'percentage') return { lo: R.ZERO, hi: R.int(100) };
  return { lo: R.ZERO, hi: null };
}

function normalizeRag(
  rag: T.RagInput,
  spec: { measure: T.MeasureSpec; signed: boolean; decimals: number; differenceDecimals: number; polarity: T.Polarity; hasTarget: boolean },
  path: string,
  issues: IndicatorIssue[],
): T.RagSpec {
  const on = rag.on ?? 'value';
  const using = rag.using ?? 'rounded';
  if (on !== 'value' && !spec.hasTarget) {
    issues.push({ code: 'needs-target', path: `${path}.on`, message: `a RAG on "${on}" needs a target, and the spec has none` });
  }
  // A rounded rating is judged on the values as displayed: the value at the
  // spec's decimals, a difference from target at the variance's.
  const grid = using === 'exact' ? null : on === 'value' ? spec.decimals : spec.differenceDecimals;
  issues.push(...checkBands(rag.bands, ragDomain(spec.measure, on, spec.signed), grid, spec.polarity, `${path}.bands`));
  return { on, using, bands: rag.bands.map((b) => ({ ...b })) };
}

/**
 * What stops a spec's `confidence`: two equal levels, a measure no interval
 * method fits (a mean or ratio of two figures), or a component averaged over
 * its window (an average of monthly counts is not a count).
 */
function confidenceIssues(
  levels: readonly number[],
  measure: T.MeasureSpec,
  numerator: T.ComponentSpec,
  denominator: T.ComponentSpec | undefined,
): IndicatorIssue[] {
  const issues: IndicatorIssue[] = [];
  if (levels.length === 2 && levels[0] === levels[1]) {
    issues.push({ code: 'bad-choice', path: 'confidence[1]', message: `the two confidence levels are both ${levels[0]}: give one level, or two different ones such as [0.95, 0.998]` });
  }
  if (measure.type === 'mean' || measure.type === 'ratio' || measure.type === 'difference') {
    issues.push({
      code: 'no-interval',
      path: 'confidence',
      message:
        measure.type === 'mean'
          ? "a mean's confidence interval needs the standard deviation of the values it averages, and a spec's numerator and denominator do not carry it: remove confidence, and compute the interval from the values with meanInterval in council-indicators/statistics"
          : `a ${measure.type} of two figures has no standard confidence interval: remove confidence, or use a percentage, rate or count`,
    });
    return issues;
  }
  if (isSigned(numerator)) {
    issues.push({
      code: 'no-interval',
      path: 'numerator.signed',
      message: 'a signed figure (one that can be negative) is not a count of events, so it has no Poisson interval: remove confidence, or remove signed',
    });
  }
  // A rate's denominator (a population) may be an average; its numerator, and both figures of a percentage, are counts.
  const counts = measure.type === 'percentage' ? ([['numerator', numerator], ['denominator', denominator]] as const) : ([['numerator', numerator]] as const);
  for (const [name, c] of counts) {
    if (c !== undefined && 'field' in c && c.aggregate === 'mean') {
      issues.push({
        code: 'no-interval',
        path: `${name}.aggregate`,
        message: `${name} ${JSON.stringify(c.field)} is an average of monthly figures, not a count, so it has no Wilson or Poisson interval: remove confidence, or read it with aggregate "sum" or "last"`,
      });
    }
  }
  return issues;
}

/**
 * A percentage's thresholds written as fractions of 1: the target, the
 * edges of RAG bands on the value, the benchmarks, each in percent (0 to
 * 100). A positive threshold of at most 1 is refused unless the measure
 * says `belowOnePercent: true`: 0.9 for 90% rated 10% green (new-user trial
 * A1), and a target of 0.8 beside bands at 80 and 90 gave a variance of
 * +59.2 (A2). Zero is the same on both scales; bands on a difference from
 * target are in points or percent of the target, and are not read.
 */
function fractionIssues(input: T.IndicatorSpecInput): IndicatorIssue[] {
  if (input.measure.type !== 'percentage' || input.measure.belowOnePercent) return [];
  // What each threshold is, where, and its values (null and undefined are none).
  const found: [string, string, (number | null | undefined)[]][] = [];
  const t = input.target;
  if (typeof t === 'number') found.push(['target', 'target', [t]]);
  else t?.forEach((step, i) => found.push(['target', `target[${i}].value`, [step.value]]));
  const rag = (r: T.RagInput | null | undefined, at: string): unknown =>
    r && (r.on ?? 'value') === 'value' && found.push(['band edge', `${at}.bands`, r.bands.flatMap((b) => [b.min, b.max])]);
  if (Array.isArray(input.rag)) input.rag.forEach((step, i) => rag(step.rag, `rag[${i}].rag`));
  else rag(input.rag, 'rag');
  for (const [name, list] of Object.entries(input.benchmarks ?? {})) list.forEach((step, i) => found.push(['benchmark', `benchmarks.${name}[${i}].value`, [step.value]]));
  return found.flatMap(([what, path, values]) => {
    const small = [...new Set(values)].filter((v): v is number => v! > 0 && v! <= 1);
    const many = small.length > 1;
    const percent = small.map((v) => R.toDecimalString(R.mul(R.fromNumber(v), R.int(100))));
    return small.length === 0
      ? []
      : {
          code: 'percent-as-fraction' as const,
          path,
          message: `${what}${many ? 's' : ''} ${listed(small)} ${many ? 'are' : 'is'} ${listed(small.map((v) => `${v}%`))}, not ${listed(percent.map((v) => `${v}%`))}: a percentage's thresholds are in percent (0 to 100): write ${listed(percent)}, or if you mean under 1%, add belowOnePercent: true to the measure`,
        };
  });
}

/**
 * Fill in defaults and check the rules that span fields. The input has
 * already passed the shape check (`shape.ts`).
 *
 * @internal
 */
export function normalizeSpec(input: T.IndicatorSpecInput): { spec: T.IndicatorSpec; issues: IndicatorIssue[] } {
  const issues: IndicatorIssue[] = [];
  const window = normalizeWindow(input.window);
  if (input.frequency !== undefined) {
    const misfit = windowMisfit(window, input.frequency);
    if (misfit !== null) issues.push({ code: 'window-not-whole-periods', path: 'window', message: `with frequency "${input.frequency}", ${misfit}` });
  }
  const decimals = input.decimals ?? defaultDecimals(input.measure);
  const numerator = normalizeComponent(input.numerator, window, 'numerator', issues);
  let denominator: T.ComponentSpec | undefined;
  if (input.measure.type === 'count') {
    if (input.denominator !== undefined) {
      issues.push({ code: 'denominator-not-allowed', path: 'denominator', message: 'a count has no denominator: remove it, or use a percentage, rate, mean or ratio' });
    }
  } else if (input.denominator === undefined) {
    issues.push({ code: 'denominator-required', path: 'denominator', message: `a ${input.measure.type} needs a denominator` });
  } else {
    denominator = normalizeComponent(input.denominator, window, 'denominator', issues);
  }

  const partOf = input.measure.type === 'rate' && input.measure.partOfDenominator === true;
  if (
    (input.measure.type === 'percentage' || partOf) &&
    numerator !== undefined &&
    'value' in numerator &&
    denominator !== undefined &&
    'value' in denominator &&
    numerator.value > denominator.value
  ) {
    issues.push({
      code: partOf ? 'numerator-over-denominator' : 'percentage-over-100',
      path: 'numerator.value',
      message: `a fixed numerator of ${numerator.value} over a fixed denominator of ${denominator.value} is ${partOf ? 'more than the whole it is part of (partOfDenominator)' : 'a percentage above 100%'}`,
    });
  }

  const summed = spansMonths(window) ? summedPopulation({ measure: input.measure, denominator }, `over a ${windowName(window)} window`, window.type === 'rolling' ? window.months : 'up to 12') : null;
  // A bare name is already told to choose its aggregate (window-needs-aggregate).
  if (summed !== null && !isBareComponent(denominator!)) issues.push(summed);
  issues.push(...fractionIssues(input));
  if (Array.isArray(input.target)) checkSteps(input.target, 'target', issues);
  for (const [name, steps] of Object.entries(input.benchmarks ?? {})) checkSteps(steps, `benchmarks.${name}`, issues);
  const hasTarget = input.target !== undefined;
  if (input.polarity === 'closer-to-target' && !hasTarget) {
    issues.push({ code: 'needs-target', path: 'polarity', message: 'polarity "closer-to-target" needs a target, and the spec has none' });
  }

  const sign: T.VarianceSign = 'value-minus-target';
  const variance: T.VarianceSpec =
    input.variance === undefined
      ? { type: 'difference', using: 'exact', decimals, sign }
      : typeof input.variance === 'string'
        ? { type: input.variance, using: 'exact', decimals, sign }
        : { type: input.variance.type, using: input.variance.using ?? 'exact', decimals: input.variance.decimals ?? decimals, sign: input.variance.sign ?? sign };

  issues.push(...signedIssues(input.measure, [['numerator', numerator], ['denominator', denominator]]));
  const signed = isSigned(numerator) || isSigned(denominator);
  const changes: T.ChangesSpec = {
    ...(input.changes?.base !== undefined ? { base: input.changes.base } : {}),
    decimals: input.changes?.decimals ?? 1,
  };

  const context = { measure: input.measure, signed, decimals, differenceDecimals: variance.decimals, polarity: input.polarity, hasTarget };
  let rag: T.RagSpec | T.RagStep[] | undefined;
  if (Array.isArray(input.rag)) {
    checkSteps(input.rag, 'rag', issues);
    rag = input.rag.map((step, i) => ({
      from: step.from,
      rag: step.rag === null ? null : normalizeRag(step.rag, context, `rag[${i}].rag`, issues),
    }));
  } else if (input.rag !== undefined) {
    rag = normalizeRag(input.rag, context, 'rag', issues);
  }

  const confidence = input.confidence === undefined ? undefined : typeof input.confidence === 'number' ? [input.confidence] : [...input.confidence];
  if (confidence !== undefined) issues.push(...confidenceIssues(confidence, input.measure, numerator, denominator));

  const spec: T.IndicatorSpec = {
    id: input.id,
    title: input.title,
    ...(input.description !== undefined ? { description: input.description } : {}),
    measure: { ...input.measure },
    numerator,
    ...(denominator !== undefined ? { denominator } : {}),
    window,
    ...(input.frequency !== undefined ? { frequency: input.frequency } : {}),
    ...(input.thresholdsPer !== undefined ? { thresholdsPer: input.thresholdsPer } : {}),
    decimals,
    rounding: input.rounding ?? 'half-up',
    polarity: input.polarity,
    ...(input.target !== undefined
      ? { target: Array.isArray(input.target) ? input.target.map((t) => ({ ...t })) : input.target }
      : {}),
    variance,
    ...(rag !== undefined ? { rag } : {}),
    directionOfTravel: {
      compare: input.directionOfTravel?.compare ?? 'previous-period',
      tolerance: input.directionOfTravel?.tolerance ?? 0,
    },
    ...(input.benchmarks !== undefined
      ? { benchmarks: Object.fromEntries(Object.entries(input.benchmarks).map(([k, v]) => [k, v.map((s) => ({ ...s }))])) }
      : {}),
    ...(confidence !== undefined ? { confidence } : {}),
    changes,
  };
  return { spec, issues };
}
