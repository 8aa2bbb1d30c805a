/**
 * A sample scorecard: four children's services indicators over April 2016
 * to September 2017, with a changing target, benchmarks, RAG bands of each
 * kind and a month without data. Used by the HTML and browser tests.
 */
import type { IndicatorSpecInput } from 'council-indicators';
import { periodRange } from 'council-indicators';

export const sampleSpecs: IndicatorSpecInput[] = [
  {
    id: 'cic-rate',
    title: 'Children in care per 10,000',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'cic', aggregate: 'last' },
    denominator: { field: 'population', aggregate: 'last' },
    polarity: 'lower-is-better',
    target: [
      { from: '2016-04', value: 74 },
      { from: '2017-04', value: 72 },
    ],
    variance: 'relative',
    rag: {
      on: 'relative-difference-from-target',
      bands: [
        { rating: 'green', max: 0, maxInclusive: true },
        { rating: 'amber', min: 0, minInclusive: false, max: 5, maxInclusive: true },
        { rating: 'red', min: 5, minInclusive: false },
      ],
    },
    benchmarks: {
      'statistical-neighbours': [
        { from: '2016-04', value: 68.2, label: '2015-16' },
        { from: '2017-04', value: 69.5, label: '2016-17' },
      ],
      england: [
        { from: '2016-04', value: 60, label: '2015-16' },
        { from: '2017-04', value: 62, label: '2016-17' },
      ],
    },
  },
  {
    id: 'pathway-plans',
    title: 'Care leavers with an up-to-date pathway plan',
    measure: { type: 'percentage' },
    numerator: 'withPlan',
    denominator: 'leavers',
    polarity: 'higher-is-better',
    target: 95,
    rag: {
      bands: [
        { rating: 'red', max: 85, maxInclusive: false },
        { rating: 'amber', min: 85, minInclusive: true, max: 95, maxInclusive: false },
        { rating: 'green', min: 95, minInclusive: true },
      ],
    },
    benchmarks: { england: [{ from: '2016-04', value: 88, label: '2016-17' }] },
  },
  {
    id: 'placement-stability',
    title: 'Children in care with 3 or more placements in the year',
    measure: { type: 'percentage' },
    numerator: { field: 'moved3', aggregate: 'last' },
    denominator: { field: 'cic', aggregate: 'last' },
    polarity: 'lower-is-better',
    target: 10,
    rag: {
      bands: [
        { rating: 'green', max: 10, maxInclusive: true },
        { rating: 'amber', min: 10, minInclusive: false, max: 12, maxInclusive: true },
        { rating: 'red', min: 12, minInclusive: false },
      ],
    },
    benchmarks: {
      'statistical-neighbours': [{ from: '2016-04', value: 10.5, label: '2016-17' }],
      england: [{ from: '2016-04', value: 10, label: '2016-17' }],
    },
  },
  {
    id: 'admissions',
    title: 'Admissions to care in the month',
    measure: { type: 'count' },
    numerator: 'admitted',
    polarity: 'neutral',
  },
];

const CIC = [353, 356, 349, 344, 348, 351, 355, 352, 358, 361, 360, 357, 362, 366, 369, 370, 371, 373];
const LEAVERS = [120, 122, 121, 124, 125, 123, 126, 128, 127, 129, 130, 131, 130, 132, 133, 131, 134, 135];
const WITH_PLAN = [100, 104, 107, 110, 112, 113, 117, 119, 121, 121, 124, 126, 125, 127, 128, 126, 130, 127];
const MOVED3 = [30, 32, 33, 35, 36, 38, 39, 41, 40, 42, 41, 43, 38, 37, 38, 37, 36, 36];
const ADMITTED = [11, 9, 14, 7, 10, 12, 8, 13, 15, 9, 11, 10, 12, 14, 9, 11, 10, 13];

/** April 2016 to September 2017; August 2017's pathway plan figures are missing. */
export const sampleRows: object[] = periodRange('2016-04', '2017-09').map((period, i) => ({
  period,
  cic: CIC[i],
  population: 47715,
  leavers: LEAVERS[i],
  withPlan: period === '2017-08' ? null : WITH_PLAN[i],
  moved3: MOVED3[i],
  admitted: ADMITTED[i],
}));
