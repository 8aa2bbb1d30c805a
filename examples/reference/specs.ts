/**
 * Specs for the six Peterborough pages, written from their printed
 * definitions, targets and thresholds. Where the printed RAG bands leave
 * gaps, the spec closes them and says how.
 */
import { defineIndicator } from 'council-indicators';
import { catalogueSpec, referenceSettings } from 'council-indicators/catalogue';
import type { Band, IndicatorSpec } from 'council-indicators';

/** A catalogue definition with the reference council's local settings. */
const reference = (id: string): IndicatorSpec => catalogueSpec(id, referenceSettings[id]);


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

/** Admissions per 10,000, rolling 12 months: the catalogue's definition with the reference settings. */
export const admissionsPer10k = reference('cic-admissions-rate');

/** Ceased per 10,000, rolling 12 months: the catalogue's definition with the reference settings. */
export const ceasedPer10k = reference('cic-ceased-rate');

/** 3 or more placements in 12 months: the catalogue's definition with the reference settings (2017-18 bands as printed; complete at one decimal). */
export const threeOrMorePlacements = reference('cic-three-or-more-placements');

/** The reviews page's bands exactly as printed: "G = 100%, A > 98%, R < 98%" leaves 98.0% with no colour. */
export const reviewsBandsAsPrinted: Band[] = [
  { rating: 'red', max: 98, maxInclusive: false },
  { rating: 'amber', min: 98, minInclusive: false, max: 100, maxInclusive: false },
  { rating: 'green', min: 100, minInclusive: true, max: 100, maxInclusive: true },
];

/** Reviews in time: the catalogue's definition with the reference settings (98% read as amber). */
export const reviewsInTime = reference('cic-reviews-in-time');

/** The PEP page's bands exactly as printed: "G = >98%, A=95%-97%, R < 95%" leaves 97% < x <= 98% with no colour. */
export const pepBandsAsPrinted: Band[] = [
  { rating: 'red', max: 95, maxInclusive: false },
  { rating: 'amber', min: 95, minInclusive: true, max: 97, maxInclusive: true },
  { rating: 'green', min: 98, minInclusive: false },
];

/** PEPs: the catalogue's definition with the reference settings (green from 98%, amber 95% to below 98%). */
export const personalEducationPlans = reference('cic-personal-education-plans');
