/**
 * council-indicators: exact, typed, validated performance indicators for UK
 * council reporting.
 *
 * @module
 */
export { IndicatorError, isIndicatorError } from './errors.js';
export type { IndicatorErrorCode, IndicatorIssue } from './errors.js';
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
export type { ComputeOptions, IndicatorResult, PeriodResult, Status } from './compute.js';
export type { Direction, Trend } from './assessment/direction.js';
export type { DataRow } from './data/rows.js';
export { addMonths, isPeriod, periodLabel, periodRange } from './periods/period.js';
export type { Period } from './periods/period.js';
