/**
 * A small scorecard whose every figure is worked out by hand in the
 * comments: three indicators over January to March 2017.
 */
import type { IndicatorSpecInput } from 'council-indicators';

/** Percentage, higher is better, target 80%, RAG bands, one benchmark. */
export const reviews: IndicatorSpecInput = {
  id: 'reviews',
  title: 'Reviews | in time',
  measure: { type: 'percentage' },
  numerator: 'a',
  denominator: 'b',
  polarity: 'higher-is-better',
  target: 80,
  rag: {
    bands: [
      { rating: 'red', max: 70, maxInclusive: false },
      { rating: 'amber', min: 70, minInclusive: true, max: 80, maxInclusive: false },
      { rating: 'green', min: 80, minInclusive: true },
    ],
  },
  benchmarks: { england: [{ from: '2017-01', value: 75, label: '2016' }] },
};

/** Rate per 10,000 of a fixed 50,000, lower is better, a target that changes in March, benchmarks that change or have not started. */
export const cicRate: IndicatorSpecInput = {
  id: 'cic-rate',
  title: 'Children in care per 10,000',
  measure: { type: 'rate', per: 10000 },
  numerator: { field: 'cic', aggregate: 'last' },
  denominator: { value: 50000 },
  polarity: 'lower-is-better',
  target: [
    { from: '2017-01', value: 70 },
    { from: '2017-03', value: 65 },
  ],
  variance: 'relative',
  benchmarks: {
    'statistical-neighbours': [
      { from: '2016-01', value: 66, label: '2015' },
      { from: '2017-03', value: 68, label: '2016' },
    ],
    england: [{ from: '2017-04', value: 60 }],
  },
};

/** A count with no target, neutral, a benchmark, and February missing. */
export const admissions: IndicatorSpecInput = {
  id: 'admissions',
  title: 'Admissions',
  measure: { type: 'count' },
  numerator: 'admitted',
  polarity: 'neutral',
  benchmarks: { england: [{ from: '2017-01', value: 5 }] },
};

/** Admissions over a rolling 3 months, read from `admitted`: for windows that miss months. */
export const admissionsRolling: IndicatorSpecInput = {
  ...admissions,
  id: 'admissions-3m',
  title: 'Admissions, rolling 3 months',
  numerator: { field: 'admitted', aggregate: 'sum' },
  window: { type: 'rolling', months: 3 },
  benchmarks: {},
};

export const rows = [
  // reviews 15/20 = 75.0%; cic 340/50000 x 10000 = 68.0; admitted 4
  { period: '2017-01', a: 15, b: 20, cic: 340, admitted: 4 },
  // reviews 16/20 = 80.0%; cic 67.0; admitted missing
  { period: '2017-02', a: 16, b: 20, cic: 335, admitted: null },
  // reviews 13/16 = 81.25% -> 81.3%; cic 68.0; admitted 6
  { period: '2017-03', a: 13, b: 16, cic: 340, admitted: 6 },
];
