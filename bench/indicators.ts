/**
 * The benchmark's 20 indicators: a children's services scorecard mixing
 * measures (rate per 10,000, percentage, count, mean, ratio), windows
 * (period, rolling 12, year-to-date from April), targets (single and steps),
 * variance (difference and relative, from the exact or the rounded value),
 * RAG (on the value and on the difference from target, rounded and exact,
 * single and in steps), polarity and direction of travel.
 *
 * @module
 */
import { defineIndicator } from '../src/index.js';
import type { Band, IndicatorSpec } from '../src/index.js';

/** Green up to `green`, amber above it up to `amber`, red above that. */
function lowerIsBetter(green: number, amber: number): Band[] {
  return [
    { rating: 'green', max: green, maxInclusive: true },
    { rating: 'amber', min: green, minInclusive: false, max: amber, maxInclusive: true },
    { rating: 'red', min: amber, minInclusive: false },
  ];
}

/** Red below `red`, amber from it to below `green`, green from `green` up. */
function higherIsBetter(red: number, green: number): Band[] {
  return [
    { rating: 'red', max: red, maxInclusive: false },
    { rating: 'amber', min: red, minInclusive: true, max: green, maxInclusive: false },
    { rating: 'green', min: green, minInclusive: true },
  ];
}

export const indicators: readonly IndicatorSpec[] = [
  defineIndicator({
    id: 'cic-rate',
    title: 'Children in care per 10,000 children',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'cic', aggregate: 'last' },
    denominator: { field: 'population', aggregate: 'last' },
    polarity: 'lower-is-better',
    target: [
      { from: '2015-04', value: 70 },
      { from: '2018-04', value: 68 },
      { from: '2021-04', value: 65 },
    ],
    variance: { type: 'relative', decimals: 0 },
    rag: {
      on: 'relative-difference-from-target',
      bands: lowerIsBetter(0, 5),
    },
    directionOfTravel: { tolerance: 0.1 },
  }),
  defineIndicator({
    id: 'cic-admissions-rate-12m',
    title: 'Children starting to be looked after per 10,000, rolling 12 months',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'admissions', aggregate: 'sum' },
    denominator: { field: 'population', aggregate: 'last' },
    window: { type: 'rolling', months: 12 },
    polarity: 'neutral',
    directionOfTravel: { compare: 'same-period-last-year' },
  }),
  defineIndicator({
    id: 'cic-ceased-ytd',
    title: 'Children ceasing to be looked after, year to date',
    measure: { type: 'count' },
    numerator: { field: 'ceased', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'neutral',
  }),
  defineIndicator({
    id: 'placement-stability-3plus',
    title: 'Children in care with 3 or more placements in the last 12 months',
    measure: { type: 'percentage' },
    numerator: { field: 'placements3plus', aggregate: 'last' },
    denominator: { field: 'cic', aggregate: 'last' },
    polarity: 'lower-is-better',
    target: 10,
    rag: {
      using: 'exact',
      bands: lowerIsBetter(8.5, 10),
    },
  }),
  defineIndicator({
    id: 'cic-reviews-in-time-ytd',
    title: 'Children in care reviews held within timescales, year to date',
    measure: { type: 'percentage' },
    numerator: { field: 'reviewsInTime', aggregate: 'sum' },
    denominator: { field: 'reviewsDue', aggregate: 'sum' },
    window: { type: 'year-to-date', yearStartMonth: 4 },
    polarity: 'higher-is-better',
    target: 90,
    rag: {
      bands: higherIsBetter(85, 90),
    },
  }),
  defineIndicator({
    id: 'cic-reviews-in-time',
    title: 'Children in care reviews held within timescales, in month',
    measure: { type: 'percentage' },
    numerator: 'reviewsInTime',
    denominator: 'reviewsDue',
    polarity: 'higher-is-better',
    target: 90,
    variance: 'difference',
    rag: {
      on: 'difference-from-target',
      bands: higherIsBetter(-5, 0),
    },
    directionOfTravel: { tolerance: 0.5 },
  }),
  defineIndicator({
    id: 'pep-completed-12m',
    title: 'Personal education plans completed on time, rolling 12 months',
    measure: { type: 'percentage' },
    numerator: { field: 'pepsDone', aggregate: 'sum' },
    denominator: { field: 'pepsDue', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    polarity: 'higher-is-better',
    target: 95,
    rag: {
      using: 'exact',
      bands: [
        { rating: 'red', max: 80, maxInclusive: false },
        { rating: 'amber', min: 80, minInclusive: true, max: 95, maxInclusive: false },
        { rating: 'green', min: 95, minInclusive: true, max: 99, maxInclusive: false },
        { rating: 'blue', min: 99, minInclusive: true },
      ],
    },
  }),
  defineIndicator({
    id: 'health-assessments-ytd',
    title: 'Health assessments completed on time, year to date',
    measure: { type: 'percentage' },
    numerator: { field: 'healthDone', aggregate: 'sum' },
    denominator: { field: 'healthDue', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'higher-is-better',
    target: [
      { from: '2015-04', value: 85 },
      { from: '2019-04', value: 90 },
    ],
    variance: { type: 'difference', using: 'rounded' },
    rag: [
      {
        from: '2015-04',
        rag: {
          bands: higherIsBetter(80, 85),
        },
      },
      {
        from: '2019-04',
        rag: {
          bands: higherIsBetter(85, 90),
        },
      },
    ],
  }),
  defineIndicator({
    id: 'statutory-visits-in-time',
    title: 'Statutory visits to children in care within timescales',
    measure: { type: 'percentage' },
    numerator: 'visitsInTime',
    denominator: 'visitsDue',
    decimals: 2,
    polarity: 'higher-is-better',
    target: 95,
    rag: {
      bands: higherIsBetter(90, 95),
    },
  }),
  defineIndicator({
    id: 'adoption-days-12m',
    title: 'Average days between entering care and placement for adoption, rolling 12 months',
    measure: { type: 'mean' },
    numerator: { field: 'adoptionDays', aggregate: 'sum' },
    denominator: { field: 'adoptions', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    decimals: 0,
    polarity: 'lower-is-better',
    target: 426,
    rag: {
      using: 'exact',
      bands: lowerIsBetter(426, 487),
    },
  }),
  defineIndicator({
    id: 'adoption-days-ytd',
    title: 'Average days between entering care and placement for adoption, year to date',
    measure: { type: 'mean' },
    numerator: { field: 'adoptionDays', aggregate: 'sum' },
    denominator: { field: 'adoptions', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'lower-is-better',
    target: [
      { from: '2015-04', value: 500 },
      { from: '2018-04', value: 450 },
      { from: '2022-04', value: null },
    ],
    rag: {
      on: 'difference-from-target',
      bands: lowerIsBetter(0, 30),
    },
  }),
  defineIndicator({
    id: 'missing-incidents',
    title: 'Missing from care incidents',
    measure: { type: 'count' },
    numerator: 'missingIncidents',
    polarity: 'neutral',
  }),
  defineIndicator({
    id: 'missing-incidents-ytd',
    title: 'Missing from care incidents, year to date',
    measure: { type: 'count' },
    numerator: { field: 'missingIncidents', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'lower-is-better',
    target: [
      { from: '2015-04', value: 300 },
      { from: '2020-04', value: 250 },
    ],
    variance: 'relative',
    rag: {
      on: 'relative-difference-from-target',
      bands: lowerIsBetter(0, 10),
    },
    directionOfTravel: { compare: 'same-period-last-year' },
  }),
  defineIndicator({
    id: 'cic-admissions-12m',
    title: 'Children starting to be looked after, rolling 12 months',
    measure: { type: 'count' },
    numerator: { field: 'admissions', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    polarity: 'neutral',
    directionOfTravel: { compare: 'same-period-last-year', tolerance: 5 },
  }),
  defineIndicator({
    id: 'cp-rate',
    title: 'Children on a child protection plan per 10,000 children',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'cpPlans', aggregate: 'last' },
    denominator: { field: 'population', aggregate: 'last' },
    polarity: 'closer-to-target',
    target: 42,
    rag: {
      on: 'difference-from-target',
      using: 'exact',
      bands: [
        { rating: 'red', max: -10, maxInclusive: false },
        { rating: 'amber', min: -10, minInclusive: true, max: -5, maxInclusive: false },
        { rating: 'green', min: -5, minInclusive: true, max: 5, maxInclusive: true },
        { rating: 'amber', min: 5, minInclusive: false, max: 10, maxInclusive: true },
        { rating: 'red', min: 10, minInclusive: false },
      ],
    },
    directionOfTravel: { tolerance: 0.2 },
  }),
  defineIndicator({
    id: 'cp-repeat-12m',
    title: 'Child protection plans started that were a second or later plan, rolling 12 months',
    measure: { type: 'percentage' },
    numerator: { field: 'cpRepeatStarts', aggregate: 'sum' },
    denominator: { field: 'cpStarts', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    polarity: 'lower-is-better',
    target: 20,
    variance: 'relative',
    rag: {
      on: 'relative-difference-from-target',
      bands: lowerIsBetter(0, 10),
    },
  }),
  defineIndicator({
    id: 'rereferrals-ytd',
    title: 'Re-referrals within 12 months, year to date',
    measure: { type: 'percentage' },
    numerator: { field: 'rereferrals', aggregate: 'sum' },
    denominator: { field: 'referrals', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'lower-is-better',
    target: 22,
    rag: {
      bands: lowerIsBetter(22, 25),
    },
  }),
  defineIndicator({
    id: 'assessments-in-45-days-12m',
    title: 'Assessments completed within 45 working days, rolling 12 months',
    measure: { type: 'percentage' },
    numerator: { field: 'assessmentsIn45', aggregate: 'sum' },
    denominator: { field: 'assessments', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    rounding: 'half-even',
    polarity: 'higher-is-better',
    target: 85,
    rag: {
      using: 'exact',
      bands: higherIsBetter(80, 85),
    },
  }),
  defineIndicator({
    id: 'admissions-to-ceased-12m',
    title: 'Children starting to be looked after per child ceasing, rolling 12 months',
    measure: { type: 'ratio' },
    numerator: { field: 'admissions', aggregate: 'sum' },
    denominator: { field: 'ceased', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    decimals: 2,
    polarity: 'neutral',
    directionOfTravel: { tolerance: 0.05 },
  }),
  defineIndicator({
    id: 'cic-average-rate-12m',
    title: 'Average children in care per 10,000 children, rolling 12 months',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'cic', aggregate: 'mean' },
    denominator: { field: 'population', aggregate: 'last' },
    window: { type: 'rolling', months: 12 },
    polarity: 'lower-is-better',
    target: 70,
    variance: { type: 'difference', using: 'rounded' },
    rag: {
      using: 'exact',
      bands: lowerIsBetter(60, 75),
    },
    directionOfTravel: { compare: 'same-period-last-year' },
  }),
];
