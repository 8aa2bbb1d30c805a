/**
 * Specs for the six Peterborough pages, written from their printed
 * definitions, targets and thresholds. Where the printed RAG bands leave
 * gaps, the spec closes them and says how.
 */
import { defineIndicator } from 'council-indicators';
import type { Band } from 'council-indicators';

const POPULATION_0_17 = 47715;

/** "Number of children in care divided by the population of 0-17 year olds ... multiplied by 10,000; a snapshot count at the end of each month." */
export const childrenInCarePer10k = defineIndicator({
  id: 'cic-rate-per-10k',
  title: 'Number of Children in Care per 10,000',
  description:
    'Children in care at month end (snapshot) / population aged 0-17 (47,715) x 10,000. The page rates the count of children, not the rate: see childrenInCareCount.',
  measure: { type: 'rate', per: 10000 },
  numerator: { field: 'cic', aggregate: 'last' },
  denominator: { field: 'population', aggregate: 'last' },
  polarity: 'lower-is-better',
  target: [
    { from: '2016-04', value: 84.4 },
    { from: '2016-05', value: 74 },
  ],
  variance: 'relative',
});

/**
 * The thresholds printed on the per-10,000 page ("G <=350, A >351-365,
 * R >365") are counts of children. Read on whole children: green up to 350,
 * amber 351 to 365, red from 366 ("A >351" taken as 351 and over, since 351
 * would otherwise have no colour).
 */
export const childrenInCareCount = defineIndicator({
  id: 'cic-count',
  title: 'Number of Children in Care (rated on the per-10,000 page thresholds)',
  measure: { type: 'count' },
  numerator: { field: 'cic', aggregate: 'last' },
  polarity: 'lower-is-better',
  rag: {
    bands: [
      { rating: 'green', max: 350, maxInclusive: true, label: 'G <=350' },
      { rating: 'amber', min: 351, minInclusive: true, max: 365, maxInclusive: true, label: 'A >351-365' },
      { rating: 'red', min: 365, minInclusive: false, label: 'R >365' },
    ],
  },
});

/** "Children who came into care (rolling 12 months) divided by the population of 0-17 year olds ... multiplied by 10,000." */
export const admissionsPer10k = defineIndicator({
  id: 'cic-admissions-rate',
  title: 'Admissions of Children in Care per 10,000 (rolling 12 months)',
  description: 'Children who came into care in the last 12 months / population 0-17 x 10,000. Each admission counts.',
  measure: { type: 'rate', per: 10000 },
  numerator: { field: 'admissions', aggregate: 'sum' },
  denominator: { value: POPULATION_0_17 },
  window: { type: 'rolling', months: 12 },
  polarity: 'neutral',
  target: 38,
  variance: 'relative',
});

/** "Number of children who ceased to be in care (rolling 12 months) divided by the population of 0-17 year olds ... multiplied by 10,000." */
export const ceasedPer10k = defineIndicator({
  id: 'cic-ceased-rate',
  title: 'Children who have ceased to be in care per 10,000 (rolling 12 months)',
  description: 'Children who ceased to be in care in the last 12 months / population 0-17 x 10,000. Each ending counts.',
  measure: { type: 'rate', per: 10000 },
  numerator: { field: 'ceased', aggregate: 'sum' },
  denominator: { value: POPULATION_0_17 },
  window: { type: 'rolling', months: 12 },
  polarity: 'neutral',
  target: 38,
  variance: 'relative',
});

/**
 * Printed 2017-18 thresholds: "G <= 8.5%, A > 8.6-10%, R > 10". At one
 * decimal these are complete: green up to 8.5, amber 8.6 to 10.0, red from
 * 10.1. The 2016-17 thresholds are not printed, so 2016-17 is not rated.
 */
export const threeOrMorePlacements = defineIndicator({
  id: 'cic-three-or-more-placements',
  title: 'Placement stability: 3 or more placements during the previous 12 months',
  description: 'Children in care at month end with three or more placements in the last 12 months, as a percentage of children in care.',
  measure: { type: 'percentage' },
  numerator: { field: 'placements3', aggregate: 'last' },
  denominator: { field: 'cic', aggregate: 'last' },
  polarity: 'lower-is-better',
  target: [
    { from: '2016-04', value: 10.1 },
    { from: '2016-05', value: 9.5 },
    { from: '2017-04', value: 8.5 },
  ],
  variance: 'difference',
  rag: [
    {
      from: '2017-04',
      rag: {
        using: 'rounded',
        bands: [
          { rating: 'green', max: 8.5, maxInclusive: true, label: 'G <= 8.5%' },
          { rating: 'amber', min: 8.6, minInclusive: true, max: 10, maxInclusive: true, label: 'A > 8.6-10%' },
          { rating: 'red', min: 10, minInclusive: false, label: 'R > 10' },
        ],
      },
    },
  ],
});

/** The reviews page's bands exactly as printed: "G = 100%, A > 98%, R < 98%" leaves 98.0% with no colour. */
export const reviewsBandsAsPrinted: Band[] = [
  { rating: 'red', max: 98, maxInclusive: false },
  { rating: 'amber', min: 98, minInclusive: false, max: 100, maxInclusive: false },
  { rating: 'green', min: 100, minInclusive: true, max: 100, maxInclusive: true },
];

/**
 * "The percentage of looked after children for at least one month whose
 * case was reviewed within the required timescales." Printed bands leave
 * exactly 98% uncovered; this spec puts 98% in amber (the amber band is
 * "98% and over, below 100%"), the reading under which every printed
 * 2017-18 rating holds.
 */
export const reviewsInTime = defineIndicator({
  id: 'cic-reviews-in-time',
  title: 'Children in care reviews held within timescales',
  description: 'Children looked after for at least one month whose reviews were all in time / those children. Printed bands leave 98% uncovered; 98% is amber here.',
  measure: { type: 'percentage' },
  numerator: { field: 'reviewsInTime', aggregate: 'last' },
  denominator: { field: 'reviewsDue', aggregate: 'last' },
  polarity: 'higher-is-better',
  target: [
    { from: '2016-04', value: 98 },
    { from: '2016-05', value: 100 },
  ],
  variance: 'difference',
  rag: [
    {
      from: '2017-04',
      rag: {
        using: 'rounded',
        bands: [
          { rating: 'red', max: 98, maxInclusive: false, label: 'R < 98%' },
          { rating: 'amber', min: 98, minInclusive: true, max: 100, maxInclusive: false, label: 'A > 98%' },
          { rating: 'green', min: 100, minInclusive: true, label: 'G = 100%' },
        ],
      },
    },
  ],
});

/** The PEP page's bands exactly as printed: "G = >98%, A=95%-97%, R < 95%" leaves 97% < x <= 98% with no colour. */
export const pepBandsAsPrinted: Band[] = [
  { rating: 'red', max: 95, maxInclusive: false },
  { rating: 'amber', min: 95, minInclusive: true, max: 97, maxInclusive: true },
  { rating: 'green', min: 98, minInclusive: false },
];

/**
 * "The denominator is the number of children in care who are of school age.
 * The numerator is of those children, the number that have a PEP." Printed
 * bands leave 97.1% to 98.0% uncovered; this spec reads green as 98% and
 * over (the target) and amber as 95% up to 98%, under which May 2017's
 * 97.2% is amber, as printed.
 */
export const personalEducationPlans = defineIndicator({
  id: 'cic-personal-education-plans',
  title: 'Personal Education Plans (PEPs)',
  description: 'School-age children in care with a PEP / school-age children in care. Printed bands leave 97% < x <= 98% uncovered; here green is >= 98% and amber 95% to below 98%.',
  measure: { type: 'percentage' },
  numerator: { field: 'pepsDone', aggregate: 'last' },
  denominator: { field: 'pepsDue', aggregate: 'last' },
  polarity: 'higher-is-better',
  target: [
    { from: '2016-04', value: 95 },
    { from: '2017-04', value: 98 },
  ],
  variance: 'difference',
  rag: [
    {
      from: '2017-04',
      rag: {
        using: 'rounded',
        bands: [
          { rating: 'red', max: 95, maxInclusive: false, label: 'R < 95%' },
          { rating: 'amber', min: 95, minInclusive: true, max: 98, maxInclusive: false, label: 'A=95%-97%' },
          { rating: 'green', min: 98, minInclusive: true, label: 'G = >98%' },
        ],
      },
    },
  ],
});
