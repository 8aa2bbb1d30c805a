/**
 * council-indicators: exact, typed, validated performance indicators for UK
 * council reporting.
 *
 * @module
 */
export { IndicatorError, isIndicatorError } from './errors.js';
export type { IndicatorErrorCode, IndicatorIssue, IssueCode } from './errors.js';
export { defineIndicator, validateSpec } from './spec/validate.js';
export type { SpecValidation } from './spec/validate.js';
export { indicatorSpecJsonSchema } from './spec/json-schema.js';
export type {
  Aggregate,
  Band,
  BenchmarkStep,
  Compare,
  ComponentInput,
  ComponentSpec,
  DirectionSpec,
  IndicatorSpec,
  IndicatorSpecInput,
  MeasureSpec,
  Polarity,
  RagInput,
  RagOn,
  RagSpec,
  RagStep,
  RagUsing,
  Rating,
  RoundingMode,
  TargetStep,
  VarianceSpec,
  VarianceType,
  WindowInput,
  WindowSpec,
} from './spec/types.js';
export { computeIndicator } from './compute.js';
export { statusReason } from './outputs/reason.js';
export type { ComputeOptions, IndicatorResult, MissingField, PeriodResult, Status } from './compute.js';
export type { Direction, Trend } from './assessment/direction.js';
export type { DataRow } from './data/rows.js';
export { addMonths, isPeriod, periodLabel, periodRange } from './periods/period.js';
export type { Period } from './periods/period.js';
export { compareWithBenchmark, stepInForce } from './assessment/benchmark.js';
export type { Comparison } from './assessment/benchmark.js';
export { formatReference } from './outputs/reference.js';
export type { ReferenceFormat } from './outputs/reference.js';
export { csvCell, csvRow } from './outputs/csv.js';
export type { CsvValue } from './outputs/csv.js';
export { parsePeriod } from './periods/parse.js';
export { periodOption, periodOptionIssues, rangeOption, readOptions } from './periods/options.js';
export type { PeriodSpan } from './periods/options.js';
export type { Interval, IntervalLimits, IntervalRequest, StatisticsProvider } from './assessment/confidence.js';
export { compareSignificance } from './assessment/significance.js';
export type { Significance, SignificanceDirection, SignificanceResult } from './assessment/significance.js';
export type { Change, ChangeReason, ChangeReasons, Changes } from './assessment/changes.js';
export type { ChangesInput, ChangesSpec, VarianceSign } from './spec/types.js';
export { summarize } from './assessment/summarize.js';
export type { Condition, ConditionCount, Extreme, ResultSeries, Run, SeriesSummary, SkippedPeriod, SummaryOptions, SummaryUsing } from './assessment/summarize.js';
export { describe } from './outputs/describe.js';
export type { DescribeOptions } from './outputs/describe.js';
export {
  frequenciesOf,
  isCalendarYear,
  isFinancialYear,
  isQuarter,
  parseReportingPeriod,
  quarterLabel,
  reportingPeriodLabel,
  reportingPeriodMonths,
} from './periods/frequency.js';
export type { Frequency } from './periods/frequency.js';
export { closestName } from './data/fields.js';
