/**
 * council-indicators/statistics: confidence intervals (Wilson, exact
 * Poisson and Byar's, Student's t), significance against benchmarks by the
 * Fingertips rule, and statistical process control (XmR). Kept out of the
 * core: pass `statistics` to `computeIndicator` or `computeScorecard` for
 * specs with `confidence`. See docs/statistics.md.
 *
 * @module
 */
export { BYAR_FROM, byarInterval, exactPoissonInterval, poissonInterval, wilsonInterval } from './intervals.js';
export type { PoissonInterval, PoissonMethod } from './intervals.js';
export { meanInterval } from './mean.js';
export type { SampleSummary } from './mean.js';
export { intervalsFor, statistics } from './provider.js';
export { compareSignificance } from '../index.js';
export type { Significance, SignificanceDirection, SignificanceResult } from '../index.js';
export type { Interval, IntervalLimits, IntervalRequest, StatisticsProvider } from '../index.js';
export { xmr } from './xmr.js';
export type { XmrAssurance, XmrImprovement, XmrInputPoint, XmrOptions, XmrPoint, XmrResult, XmrRule, XmrSegment, XmrVariation, XmrWarning } from './xmr.js';
