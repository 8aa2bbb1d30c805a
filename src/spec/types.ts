/**
 * The types of an indicator spec: as written ({@link IndicatorSpecInput})
 * and as validated, with every default filled in ({@link IndicatorSpec}).
 *
 * @module
 */
import type { WindowSpec } from '../periods/window.js';
import type { RoundingMode } from '../exact/rational.js';
import type { Frequency } from '../periods/frequency.js';

export type { WindowSpec, RoundingMode, Frequency };

/**
 * How a value is computed from its numerator and denominator.
 *
 * A percentage's thresholds (target, RAG bands on the value, benchmarks)
 * are in percent, 0 to 100: one from 0 to 1 (`0.9`) is refused as a
 * fraction written for a percentage (`percent-as-fraction`) unless
 * `belowOnePercent: true` says the percentage's thresholds really are
 * under 1%.
 *
 * A rate with `partOfDenominator: true` counts members of its
 * denominator's population (children in care of the children aged 0-17),
 * so its numerator can never exceed its denominator: a row or window where
 * it does is `numerator-over-denominator` (a population in the wrong unit,
 * 0.48117 for 48,117), as a percentage above 100% is. A population is
 * counted at a moment: its denominator is not summed over more than one
 * month (`aggregate: "last"` or `"mean"` over a longer window or a
 * reported quarter; `window-needs-aggregate`).
 */
export type MeasureSpec =
  | { type: 'percentage'; belowOnePercent?: boolean }
  | { type: 'rate'; per: number; partOfDenominator?: boolean }
  | { type: 'count' }
  | { type: 'mean' }
  | { type: 'ratio' }
  | { type: 'difference' };

/** How monthly values combine over a window: `sum` for flows, `last` for snapshots, `mean` for an average of monthly values. */
export type Aggregate = 'sum' | 'last' | 'mean';

/**
 * A numerator or denominator as written: a field name (aggregate `sum`,
 * allowed only over a one-month window), a field with its aggregate (which
 * a window longer than a month requires), or a fixed value. A field name
 * cannot be `__proto__`, `constructor` or `prototype`. `signed: true` lets
 * the field's figures be negative (a net change, a difference of two
 * counts); not allowed in a percentage or a rate.
 */
export type ComponentInput = string | { field: string; aggregate?: Aggregate; signed?: boolean } | { value: number };

/**
 * A numerator or denominator after validation. `signed` is present only
 * when true: a field whose figures may be negative.
 */
export type ComponentSpec = { field: string; aggregate: Aggregate; signed?: true } | { value: number };

/** A window as written; `yearStartMonth` defaults to 4 (April). */
export type WindowInput = { type: 'period' } | { type: 'rolling'; months: number } | { type: 'year-to-date'; yearStartMonth?: number };

/** Whether higher values are better, lower ones, closeness to the target, or none. */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'closer-to-target' | 'neutral';

/** A rating. `blue` is for councils that rate "exceeding" above green. */
export type Rating = 'red' | 'amber' | 'green' | 'blue';

/**
 * One RAG band: the values `x` with `min < x` (or `<=` when `minInclusive`)
 * and `x < max` (or `<=` when `maxInclusive`). A missing `min` or `max` is
 * unbounded; a given one must say whether it is inclusive.
 */
export interface Band {
  rating: Rating;
  min?: number;
  minInclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
  /** The band as the report prints it, kept for display. */
  label?: string;
}

/** What a RAG rates: the value, or its difference from the target (absolute or relative, in %). */
export type RagOn = 'value' | 'difference-from-target' | 'relative-difference-from-target';

/** Rate the value as displayed at the spec's decimals (`rounded`), or the exact value. */
export type RagUsing = 'rounded' | 'exact';

/** A RAG as written. */
export interface RagInput {
  on?: RagOn;
  using?: RagUsing;
  bands: Band[];
}

/** A RAG after validation. */
export interface RagSpec {
  on: RagOn;
  using: RagUsing;
  bands: Band[];
}

/** RAG bands that apply from a period on (until the next step); `rag: null` means no rating. */
export interface RagStep<R = RagSpec> {
  from: string;
  rag: R | null;
}

/** A target that applies from a period on (until the next step); `value: null` means no target. */
export interface TargetStep {
  from: string;
  value: number | null;
}

/** A comparator value (statistical neighbours, England) that applies from a period on; `label` is what it is, e.g. `'2015-16'`. */
export interface BenchmarkStep {
  from: string;
  value: number | null;
  label?: string;
}

/**
 * `difference`: value - target. `relative`: (value - target) / |target| x
 * 100. With sign `target-minus-value`, both are negated.
 */
export type VarianceType = 'difference' | 'relative';

/**
 * Which way round a variance is taken: `value-minus-target` (the default:
 * positive above target) or `target-minus-value` (positive below target, as
 * some reports print it).
 */
export type VarianceSign = 'value-minus-target' | 'target-minus-value';

/** A variance after validation: its type, and whether it is taken from the exact or the rounded value. */
export interface VarianceSpec {
  type: VarianceType;
  using: 'exact' | 'rounded';
  /** Decimals the variance is rounded to; by default the spec's. */
  decimals: number;
  /** Which way round; default `value-minus-target`. */
  sign: VarianceSign;
}

/** Changes as written: a fixed base period to compare with, and the decimals of relative changes (default 1). */
export interface ChangesInput {
  /** The base period, `YYYY-MM`: each period from it on reports its change since the base. */
  base?: string;
  /** Decimals of relative changes (in %); default 1. Differences use the spec's `decimals`. */
  decimals?: number;
}

/** Changes after validation. */
export interface ChangesSpec {
  /** The base period, when one is given. */
  base?: string;
  /** Decimals of relative changes (in %). */
  decimals: number;
}

/** Which period direction of travel compares with. */
export type Compare = 'previous-period' | 'same-period-last-year';

/** Direction of travel after validation. */
export interface DirectionSpec {
  compare: Compare;
  /** Changes of at most this much (in displayed units) count as `same`. */
  tolerance: number;
}

/** An indicator spec as written: JSON-serialisable data. */
export interface IndicatorSpecInput {
  /** The JSON Schema a spec file points its editor at; ignored. */
  $schema?: string;
  /** kebab-case identifier. */
  id: string;
  title: string;
  description?: string;
  measure: MeasureSpec;
  numerator: ComponentInput;
  /** Required for every measure but `count`. */
  denominator?: ComponentInput;
  /** Default `{ type: 'period' }`. */
  window?: WindowInput;
  /**
   * How often the rows come: `month` (`2017-09`), `quarter` (`2017-Q2`),
   * `financial-year` (`2017-18`) or `calendar-year` (`2017`). Left out, it
   * is read from the rows' keys (months first: name `financial-year` for
   * the years 2000-01 to 2011-12, whose keys are months too). The window
   * must be a whole number of these periods.
   */
  frequency?: Frequency;
  /**
   * The period a count's target, value bands and benchmarks are written for
   * (`month`, `quarter`, `financial-year`, `calendar-year`): default the
   * spec's `frequency`, else a month, never whatever rows arrive (a monthly
   * spec's 20 is not a quarterly extract's target). Read only when the value grows with the period's length
   * (window `period`, a summed numerator not divided by a summed
   * denominator: a count, a difference, a rate per population): reported at
   * a frequency of another length, such a spec with thresholds is
   * `thresholds-period` (docs/concepts.md, "Quarters and years").
   */
  thresholdsPer?: Frequency;
  /** Default 1 (0 for `count`). */
  decimals?: number;
  /** Default `half-up`. */
  rounding?: RoundingMode;
  polarity: Polarity;
  target?: number | TargetStep[];
  /** Default `difference`, from the exact value, at the spec's decimals, value minus target. */
  variance?: VarianceType | { type: VarianceType; using?: 'exact' | 'rounded'; decimals?: number; sign?: VarianceSign };
  rag?: RagInput | RagStep<RagInput>[];
  /** Default: compare with the previous period, tolerance 0. */
  directionOfTravel?: { compare?: Compare; tolerance?: number };
  /** Comparator values by name (`statistical-neighbours`, `england`, ...), each a step function by period. */
  benchmarks?: Record<string, BenchmarkStep[]>;
  /**
   * Confidence intervals at one level (`0.95`) or two (`[0.95, 0.998]`),
   * each from 0.9 to 0.999: percentages (Wilson), rates and counts
   * (exact Poisson below 10, Byar's from 10). Computing needs
   * `{ statistics }` from `council-indicators/statistics`.
   */
  confidence?: number | number[];
  /**
   * How changes are reported: a base period (`{ base: '2017-04' }`) for the
   * change since it, and the decimals of relative changes (default 1).
   */
  changes?: ChangesInput;
}

/** A validated indicator spec with every default filled in. It is itself a valid {@link IndicatorSpecInput}. */
export interface IndicatorSpec {
  id: string;
  title: string;
  description?: string;
  measure: MeasureSpec;
  numerator: ComponentSpec;
  denominator?: ComponentSpec;
  window: WindowSpec;
  /** The rows' frequency, when the spec names it; left out, it is read from the rows. */
  frequency?: Frequency;
  /** The period the thresholds of a value that grows with the period's length are written for, when the spec names it; left out, the spec's `frequency`, else a month. */
  thresholdsPer?: Frequency;
  decimals: number;
  rounding: RoundingMode;
  polarity: Polarity;
  target?: number | TargetStep[];
  variance: VarianceSpec;
  rag?: RagSpec | RagStep[];
  directionOfTravel: DirectionSpec;
  benchmarks?: Record<string, BenchmarkStep[]>;
  /** Confidence levels, in the order given (one or two, different). */
  confidence?: number[];
  /** How changes are reported (always filled: `{ decimals: 1 }` by default). */
  changes: ChangesSpec;
}
