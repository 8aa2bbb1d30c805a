/**
 * The catalogue's entries: one ready indicator spec for every line of the
 * contents page of the reference report (Peterborough City Council,
 * children in care and care leavers performance report, September 2017),
 * written from each page's printed definition, target and RAG thresholds,
 * with its statistical-neighbour and England comparators, and the
 * record-level measures that produce its monthly rows.
 *
 * Readings shared by every entry:
 *
 * - Targets and RAG thresholds printed only for 2017-18 (the pages whose
 *   monthly rows are withheld, and the contents page's targets) apply from
 *   2017-04; earlier months have no target and no rating. Pages that print
 *   their monthly targets keep them month by month.
 * - Where printed bands leave a gap or overlap, the red edge is kept as
 *   printed, green starts at the target when the page prints "G = target",
 *   and amber takes whatever lies between; each spec's description says
 *   what that gives.
 * - A comparator printed for a reporting year applies from the April that
 *   year starts (`{ from: '2015-04', label: '2015-16' }`) until the next one.
 *   Blank cells add no step: the latest published value stays in force.
 *
 * @module
 */
import { defineIndicator } from '../index.js';
import type { Band, BenchmarkStep, IndicatorSpecInput } from '../index.js';
import type { RecordMeasure } from '../records/index.js';
import type { CatalogueEntry } from './types.js';

/** Population aged 0-17 printed on the per-10,000 pages. */
const POPULATION_0_17 = 47715;

/** Legal statuses read as "placed on remand" (youth justice: J1, J2, J3), as in docs/records.md. */
const REMAND_LEGAL_STATUSES = ['J1', 'J2', 'J3'];

/** SSDA903 reasons a period of care ended in adoption. */
const ADOPTED_REASONS = ['E11', 'E12'];

/** A comparator printed for a reporting year `YYYY-YY`, in force from that year's April. */
function year(label: string, value: number, printed?: string): BenchmarkStep {
  const start = label.slice(0, 4);
  return { from: `${start}-04`, value, label: printed === undefined ? label : `${label} (printed ${printed})` };
}

/** A target printed for 2017-18 only. */
const from201718 = (value: number) => [{ from: '2017-04', value }];

/** RAG thresholds printed for 2017-18 only, rating the value as displayed; earlier months are not rated. */
const ratedFrom201718 = (bands: Band[]) => [{ from: '2017-04', rag: { using: 'rounded' as const, bands } }];

// ---------------------------------------------------------------------------
// Record-level measures. One name, one definition: entries that read the same
// field (cic, ceased) share its measure.

const M = {
  cic: { type: 'in-care' },
  admissions: { type: 'started' },
  ceased: { type: 'ended' },
  placements3: { type: 'placements', atLeast: 3, withinMonths: 12 },
  ltsStable: { type: 'long-term-stability', part: 'stable' },
  ltsEligible: { type: 'long-term-stability', part: 'eligible' },
  adopted: { type: 'ended', reasons: ADOPTED_REASONS },
  a1Days: { type: 'days-between', part: 'total', from: 'period-start', to: 'placed-for-adoption' },
  a1Children: { type: 'days-between', part: 'count', from: 'period-start', to: 'placed-for-adoption' },
  a2Days: { type: 'days-between', part: 'total', from: 'placement-order', to: 'matched' },
  a2Children: { type: 'days-between', part: 'count', from: 'placement-order', to: 'matched' },
  missingIncidents: { type: 'events', event: 'missing' },
  missingChildren: { type: 'events', event: 'missing', distinctChildren: true },
  ihaEligible: {
    type: 'event-within',
    part: 'eligible',
    event: 'health-assessment-initial',
    days: 20,
    working: true,
    excludeLegalStatuses: REMAND_LEGAL_STATUSES,
  },
  ihaMet: {
    type: 'event-within',
    part: 'met',
    event: 'health-assessment-initial',
    days: 20,
    working: true,
    excludeLegalStatuses: REMAND_LEGAL_STATUSES,
  },
  ahaEligible: { type: 'in-care', filter: { inCareAtLeast: { months: 12 } } },
  ahaMet: { type: 'in-care', filter: { inCareAtLeast: { months: 12 }, hadEvent: { type: 'health-assessment', withinMonths: 12 } } },
  dentalEligible: { type: 'in-care', filter: { ageAtLeast: 3, ageBelow: 18 } },
  dentalMet: { type: 'in-care', filter: { ageAtLeast: 3, ageBelow: 18, hadEvent: { type: 'dental-check', withinMonths: 12 } } },
} as const satisfies Record<string, RecordMeasure>;

type MeasureName = keyof typeof M;

function pick(...names: MeasureName[]): Record<string, RecordMeasure> {
  return Object.fromEntries(names.map((n) => [n, M[n] as RecordMeasure]));
}

/** An entry whose numerator and denominator come from case records. */
function entry(spec: IndicatorSpecInput, page: number, measures: Record<string, RecordMeasure>): CatalogueEntry {
  return { spec: defineIndicator(spec), measures, page };
}

/** An entry whose figures case records cannot give, and why. */
function entryWithoutMeasures(spec: IndicatorSpecInput, page: number, why: string): CatalogueEntry {
  return { spec: defineIndicator(spec), measures: null, whyNoMeasures: why, page };
}

// ---------------------------------------------------------------------------
// The entries, in the order of the contents page.

/** Page 24. */
const cicRatePer10k = entry(
  {
    id: 'cic-rate-per-10k',
    title: 'Number of Children in Care per 10,000',
    description:
      'Children in care at the end of the month (a snapshot) / population aged 0-17 (47,715, as printed) x 10,000. ' +
      'Target 84.4 in April 2016 (as printed), then 74.0. ' +
      'Bands: the printed thresholds (G <=350, A >351-365, R >365) are numbers of children, not rates; at the printed ' +
      'population they are rates of 73.5 and 76.6 per 10,000, which fall between whole children (350 is 73.35, 351 is ' +
      '73.56, 365 is 76.50, 366 is 76.71), so rating the exact rate against them rates the count: green up to 350 ' +
      'children, amber 351 to 365 ("A >351" read as 351 and over, since 351 would otherwise have no colour), red from ' +
      '366. Every printed 2016-17 and 2017-18 cell agrees, so the bands apply from April 2016.',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'cic', aggregate: 'last' },
    denominator: { value: POPULATION_0_17 },
    polarity: 'lower-is-better',
    target: [
      { from: '2016-04', value: 84.4 },
      { from: '2016-05', value: 74 },
    ],
    variance: 'relative',
    rag: [
      {
        from: '2016-04',
        rag: {
          using: 'exact',
          bands: [
            { rating: 'green', max: 73.5, maxInclusive: true, label: 'G <=350' },
            { rating: 'amber', min: 73.5, minInclusive: false, max: 76.6, maxInclusive: true, label: 'A >351-365' },
            { rating: 'red', min: 76.6, minInclusive: false, label: 'R >365' },
          ],
        },
      },
    ],
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 77.2), year('2014-15', 79.4), year('2015-16', 79.5)],
      england: [year('2013-14', 60), year('2014-15', 60), year('2015-16', 60)],
    },
  },
  24,
  pick('cic'),
);

/** Page 25. */
const cicAdmissionsRate = entry(
  {
    id: 'cic-admissions-rate',
    title: 'Admissions of Children in Care per 10,000 (rolling 12 months)',
    description:
      'Children who came into care in the 12 months ending with the month / population aged 0-17 (47,715) x 10,000. ' +
      'If a child is admitted to care on more than one occasion then each time is counted. Target 38.0. ' +
      'Bands: none; the page prints "G = A > R <" with no thresholds, so the contents page\'s A cannot be reproduced and the spec does not rate.',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'admissions', aggregate: 'sum' },
    denominator: { value: POPULATION_0_17 },
    window: { type: 'rolling', months: 12 },
    polarity: 'neutral',
    target: 38,
    variance: 'relative',
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 29.7), year('2014-15', 34.2), year('2015-16', 31.1)],
      england: [year('2013-14', 26.5), year('2014-15', 26.8), year('2015-16', 27.4)],
    },
  },
  25,
  pick('admissions'),
);

/** Page 26. */
const cicCeasedRate = entry(
  {
    id: 'cic-ceased-rate',
    title: 'Children who have ceased to be in care per 10,000 (rolling 12 months)',
    description:
      'Children who ceased to be in care in the 12 months ending with the month / population aged 0-17 (47,715) x 10,000. ' +
      'If a child ceased to be in care on more than one occasion then each time is counted. Target 38.0. ' +
      'Bands: none; the page prints "G = A > R <" with no thresholds, so the spec does not rate. ' +
      'Benchmarks: the year table prints its middle row as "2015-15"; it lies between 2013-14 and 2015-16 and is read as 2014-15.',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'ceased', aggregate: 'sum' },
    denominator: { value: POPULATION_0_17 },
    window: { type: 'rolling', months: 12 },
    polarity: 'neutral',
    target: 38,
    variance: 'relative',
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 30.1), year('2014-15', 32.3, '2015-15'), year('2015-16', 32.3)],
      england: [year('2013-14', 26.5), year('2014-15', 26.8, '2015-15'), year('2015-16', 27.2)],
    },
  },
  26,
  pick('ceased'),
);

/** Page 27. */
const cicNumberInCare = entry(
  {
    id: 'cic-number-in-care',
    title: 'Number of Children in Care',
    description:
      'Children in care at the end of the month (a snapshot; the "balance" of the net change page), against a target of 345, ' +
      'closer to target is better. ' +
      'Bands: printed "G = 345, A = +/-20, R = +/-30". Read as the difference d from 345 at which each colour starts: green ' +
      'while |d| < 20, amber from |d| = 20 up to |d| < 30, red from |d| = 30 (326 to 364 children green, 316 to 325 and ' +
      '365 to 374 amber, 315 or fewer and 375 or more red). This is the reading under ' +
      'which the contents page\'s A for 373 (d = 28) holds; reading A as "within 20" and R as "within 30" would make 373 red, ' +
      'and "G = 345" as exactly 345 would leave the 20 unused. ' +
      'Benchmarks: none; the page\'s year table (55.7, 64.7, 52.1 for 2013-14) is not a number of children and disagrees ' +
      'with the per-10,000 page, so it is not carried.',
    measure: { type: 'count' },
    numerator: { field: 'cic', aggregate: 'last' },
    polarity: 'closer-to-target',
    target: from201718(345),
    variance: 'difference',
    rag: [
      {
        from: '2017-04',
        rag: {
          on: 'difference-from-target',
          using: 'rounded',
          bands: [
            { rating: 'red', max: -30, maxInclusive: true, label: 'R = -30' },
            { rating: 'amber', min: -30, minInclusive: false, max: -20, maxInclusive: true, label: 'A = -20' },
            { rating: 'green', min: -20, minInclusive: false, max: 20, maxInclusive: false, label: 'G = 345' },
            { rating: 'amber', min: 20, minInclusive: true, max: 30, maxInclusive: false, label: 'A = +20' },
            { rating: 'red', min: 30, minInclusive: true, label: 'R = +30' },
          ],
        },
      },
    ],
  },
  27,
  pick('cic'),
);

/** Page 28. */
const cicThreeOrMorePlacements = entry(
  {
    id: 'cic-three-or-more-placements',
    title: 'Placement stability: 3 or more placements during the previous 12 months',
    description:
      'The percentage of children in care at the month end with three or more placements during the last 12 months. ' +
      'Targets as printed: 10.1% (April 2016), 9.5% (May 2016 on), 8.5% (2017-18). ' +
      'Bands (2017-18): printed "G <= 8.5%, A > 8.6-10%, R > 10"; at one decimal these leave no gap: green up to 8.5%, ' +
      'amber 8.6% to 10.0%, red from 10.1%. The printed 2016-17 RAG cells follow no stated thresholds, so 2016-17 is not rated.',
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
    rag: ratedFrom201718([
      { rating: 'green', max: 8.5, maxInclusive: true, label: 'G <= 8.5%' },
      { rating: 'amber', min: 8.6, minInclusive: true, max: 10, maxInclusive: true, label: 'A > 8.6-10%' },
      { rating: 'red', min: 10, minInclusive: false, label: 'R > 10' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 11.3)],
      england: [year('2013-14', 11)],
    },
  },
  28,
  pick('placements3', 'cic'),
);

/** Page 29. */
const cicLongTermStability = entry(
  {
    id: 'cic-long-term-stability',
    title: 'Placement stability: length of placement',
    description:
      'The percentage of children in care aged under 16 who had been in care continuously for at least 2.5 years who were ' +
      'living in the same placement for at least 2 years, or are placed for adoption and their adoptive placement together ' +
      'with their previous placement last for at least 2 years (a month-end snapshot). Target 71% (2017-18). ' +
      'Bands: printed "G =71%, A 69%-71%, R < 69%" overlap at 71% and leave everything above 71% without a colour; read as ' +
      'green from 71% (the target) up, amber 69% to below 71%, red below 69%.',
    measure: { type: 'percentage' },
    numerator: { field: 'ltsStable', aggregate: 'last' },
    denominator: { field: 'ltsEligible', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: from201718(71),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 69, maxInclusive: false, label: 'R < 69%' },
      { rating: 'amber', min: 69, minInclusive: true, max: 71, maxInclusive: false, label: 'A 69%-71%' },
      { rating: 'green', min: 71, minInclusive: true, label: 'G =71%' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 69.1)],
      england: [year('2013-14', 67)],
    },
  },
  29,
  pick('ltsStable', 'ltsEligible'),
);

/** Page 30. */
const cicReviewsInTime = entryWithoutMeasures(
  {
    id: 'cic-reviews-in-time',
    title: 'Children in care reviews held within timescales',
    description:
      'Children looked after for at least one month at the month end who have not had a review in the last 12 months ' +
      'recorded as outside of timescale / children looked after for at least one month at the month end. ' +
      'Targets as printed: 98% (April 2016), then 100%. ' +
      'Bands (2017-18): printed "G = 100%, A > 98%, R < 98%" leave exactly 98% without a colour; 98% is amber here ' +
      '(amber is 98% and over, below 100%), the reading under which every printed 2017-18 rating holds.',
    measure: { type: 'percentage' },
    numerator: { field: 'reviewsInTime', aggregate: 'last' },
    denominator: { field: 'reviewsDue', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: [
      { from: '2016-04', value: 98 },
      { from: '2016-05', value: 100 },
    ],
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 98, maxInclusive: false, label: 'R < 98%' },
      { rating: 'amber', min: 98, minInclusive: true, max: 100, maxInclusive: false, label: 'A > 98%' },
      { rating: 'green', min: 100, minInclusive: true, label: 'G = 100%' },
    ]),
  },
  30,
  'The numerator is a negative ("children who have not had a review ... recorded as outside of timescale"), and a record ' +
    'measure can only count children who had an event. Derive reviewsDue { type: "in-care", filter: { inCareAtLeast: { months: 1 } } } ' +
    'and reviewsLate { type: "in-care", filter: { inCareAtLeast: { months: 1 }, hadEvent: { type: "review-late", withinMonths: 12 } } } ' +
    '(late reviews recorded as "review-late" events), then set reviewsInTime = reviewsDue - reviewsLate on each row.',
);

/** Page 31. */
const cicStatutoryVisits = entryWithoutMeasures(
  {
    id: 'cic-statutory-visits-in-time',
    title: 'Children in care statutory visits in time',
    description:
      'Of all children in care looked after for more than 6 weeks, the percentage whose visits were completed within the ' +
      '6-week deadline (three months for children looked after for more than 12 months whose placement is deemed permanent); ' +
      'a month-end snapshot. Target 98% (2017-18). ' +
      'Bands: printed "G = 98%, A > 97%-90, R < 90%" leave 97% to 98% without a colour and give none above 98%; read as ' +
      'green from 98% (the target) up, amber 90% to below 98%, red below 90%.',
    measure: { type: 'percentage' },
    numerator: { field: 'visitsInTime', aggregate: 'last' },
    denominator: { field: 'visitsDue', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: from201718(98),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 90, maxInclusive: false, label: 'R < 90%' },
      { rating: 'amber', min: 90, minInclusive: true, max: 98, maxInclusive: false, label: 'A > 97%-90' },
      { rating: 'green', min: 98, minInclusive: true, label: 'G = 98%' },
    ]),
  },
  31,
  'The deadlines are in weeks ("within 6 weeks") and depend on whether the placement is deemed permanent (three months), ' +
    'but a record filter looks back in whole months (hadEvent.withinMonths) and episodes carry no permanence flag; ' +
    'supply visitsInTime and visitsDue from the case-management system.',
);

/** Page 32. */
const cicAdoptedYtd = entry(
  {
    id: 'cic-adopted-ytd',
    title: 'Percentage of children adopted (year to date)',
    description:
      'The number of children adopted as a percentage of the number of children who ceased to be in care, from April to the ' +
      'month (the page prints a monthly and a year-to-date column; this is the year to date). Adopted: care ended with ' +
      'reason E11 or E12. Target 14% (2017-18). ' +
      'Bands: printed "G =14%, A 9-13%, R < 8%" leave 13% to 14% and 8% to 9% without a colour and give none above 14%; read ' +
      'as green from 14% (the target) up, amber 8% to below 14%, red below 8% (as printed).',
    measure: { type: 'percentage' },
    numerator: { field: 'adopted', aggregate: 'sum' },
    denominator: { field: 'ceased', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'higher-is-better',
    target: from201718(14),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 8, maxInclusive: false, label: 'R < 8%' },
      { rating: 'amber', min: 8, minInclusive: true, max: 14, maxInclusive: false, label: 'A 9-13%' },
      { rating: 'green', min: 14, minInclusive: true, label: 'G =14%' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 22.4), year('2014-15', 24), year('2015-16', 21)],
      england: [year('2013-14', 17), year('2014-15', 17), year('2015-16', 15)],
    },
  },
  32,
  pick('adopted', 'ceased'),
);

/** Page 33. */
const cicAdoptionA1 = entry(
  {
    id: 'cic-adoption-a1-days',
    title: 'Average days between a child entering care and moving in with an adoptive family (A1)',
    description:
      'The average number of days between a child entering care and moving in with its adoptive family, over the children ' +
      'who moved in from April to the month (the monthly figures represent the cumulative total for the year to date): ' +
      'total days / children, in whole days. Target 487 days (2017-18). ' +
      'Bands: printed "G <=487, A >, R" with the amber and red thresholds blank; read as green up to 487 days and red above, ' +
      'with no amber band. ' +
      'Benchmarks: the year table\'s header has no council column ("ER Result, ENG Result"); its one figure, 492.5 for ' +
      '2014-15, is printed under "ER Result" and carried as eastern-region. The contents page\'s comparators (SN 616, ' +
      'England 628) are not in the table and have no year, so they are not carried.',
    measure: { type: 'mean' },
    numerator: { field: 'a1Days', aggregate: 'sum' },
    denominator: { field: 'a1Children', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    decimals: 0,
    polarity: 'lower-is-better',
    target: from201718(487),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'green', max: 487, maxInclusive: true, label: 'G <=487' },
      { rating: 'red', min: 487, minInclusive: false, label: 'R (blank)' },
    ]),
    benchmarks: {
      'eastern-region': [year('2014-15', 492.5)],
    },
  },
  33,
  pick('a1Days', 'a1Children'),
);

/** Page 34. */
const cicAdoptionA2 = entry(
  {
    id: 'cic-adoption-a2-days',
    title: 'Average days between the court agreeing adoption and the local authority approving a match (A2)',
    description:
      'The average number of days between the court agreeing adoption (the placement order) and the local authority ' +
      'approving a match, over the children matched from April to the month (cumulative for the year to date): total days / ' +
      'children, in whole days. Target 120 days (2017-18). ' +
      'Bands: printed "G <=120, A >, R <" with the amber and red thresholds blank; read as green up to 120 days and red ' +
      'above, with no amber band (the contents page rates 197 days R). ' +
      'Benchmarks: the year table prints 304.0 (the council) and 220.0 ("ER Result") for 2014-15; 220.0 is carried as ' +
      'eastern-region. The contents page\'s comparators (SN 211, England 217) are not in the table, so they are not carried.',
    measure: { type: 'mean' },
    numerator: { field: 'a2Days', aggregate: 'sum' },
    denominator: { field: 'a2Children', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    decimals: 0,
    polarity: 'lower-is-better',
    target: from201718(120),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'green', max: 120, maxInclusive: true, label: 'G <=120' },
      { rating: 'red', min: 120, minInclusive: false, label: 'R < (blank)' },
    ]),
    benchmarks: {
      'eastern-region': [year('2014-15', 220)],
    },
  },
  34,
  pick('a2Days', 'a2Children'),
);

/** Page 35 (incidents). */
const cicMissingIncidents = entry(
  {
    id: 'cic-missing-incidents',
    title: 'Children in care missing from care: incidents',
    description:
      'All missing incidents (including incidents occurring to children in care placed outside Peterborough) for children in ' +
      'care recorded in the month. No target is printed (polarity "-"). Bands: none; the page prints no thresholds, so the spec does not rate.',
    measure: { type: 'count' },
    numerator: { field: 'missingIncidents', aggregate: 'sum' },
    polarity: 'neutral',
  },
  35,
  pick('missingIncidents'),
);

/** Page 35 (individuals). */
const cicMissingIndividuals = entry(
  {
    id: 'cic-missing-individuals',
    title: 'Children in care missing from care: individuals',
    description:
      'The number of children in care with at least one missing incident recorded in the month (some children go missing ' +
      'more than once). No target is printed. Bands: none; the page prints no thresholds, so the spec does not rate.',
    measure: { type: 'count' },
    numerator: { field: 'missingChildren', aggregate: 'sum' },
    polarity: 'neutral',
  },
  35,
  pick('missingChildren'),
);

/** Page 36. */
const cicInitialHealthAssessments = entry(
  {
    id: 'cic-initial-health-assessments',
    title: 'Initial health assessments completed within 20 working days of a child entering care (year to date)',
    description:
      'Children becoming looked after who have an initial health assessment recorded within 20 working days of entering care, ' +
      'as a percentage of those children, from April to the month (the "% YTD" column). Excludes periods of care closed ' +
      'within the 20 working days and children entering care on remand (legal status J1, J2 or J3). The report measures ' +
      'one month in arrears; the measures count admissions by the month they started, so move the derived rows one month ' +
      'later (addMonths(period, 1)) to report as the report does. Target 95% (2017-18). ' +
      'Bands: printed "G >= 95%, A > 85 -95%, R < 85%" overlap at 95% and leave exactly 85% without a colour; read as green ' +
      'from 95% up, amber 85% to below 95%, red below 85%.',
    measure: { type: 'percentage' },
    numerator: { field: 'ihaMet', aggregate: 'sum' },
    denominator: { field: 'ihaEligible', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'higher-is-better',
    target: from201718(95),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 85, maxInclusive: false, label: 'R < 85%' },
      { rating: 'amber', min: 85, minInclusive: true, max: 95, maxInclusive: false, label: 'A > 85 -95%' },
      { rating: 'green', min: 95, minInclusive: true, label: 'G >= 95%' },
    ]),
  },
  36,
  pick('ihaMet', 'ihaEligible'),
);

/** Page 37. */
const cicAnnualHealthAssessments = entry(
  {
    id: 'cic-annual-health-assessments',
    title: 'Health of children in care: annual health assessments',
    description:
      'Of the children who had been in care for at least 12 months at the month end, the proportion who had an annual health ' +
      'assessment during the previous 12 months. The column is headed "% YTD", but the definition is a month-end snapshot. ' +
      'Target 95% (2017-18). ' +
      'Bands: printed "G >= 95%, A > 85%, R < 85%" overlap above 95% and leave exactly 85% without a colour; read as green ' +
      'from 95% up, amber 85% to below 95%, red below 85%.',
    measure: { type: 'percentage' },
    numerator: { field: 'ahaMet', aggregate: 'last' },
    denominator: { field: 'ahaEligible', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: from201718(95),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 85, maxInclusive: false, label: 'R < 85%' },
      { rating: 'amber', min: 85, minInclusive: true, max: 95, maxInclusive: false, label: 'A > 85%' },
      { rating: 'green', min: 95, minInclusive: true, label: 'G >= 95%' },
    ]),
    benchmarks: {
      'statistical-neighbours': [year('2013-14', 89.1)],
      england: [year('2013-14', 88.4)],
    },
  },
  37,
  pick('ahaMet', 'ahaEligible'),
);

/** Page 38. */
const cicDentalChecks = entry(
  {
    id: 'cic-dental-checks',
    title: 'Children in care (aged 3-17) with a dental check within the previous 12 months',
    description:
      'Children looked after aged 3 to 17 at the month end with a dental check completed within the previous 12 months / ' +
      'children looked after aged 3 to 17 at the month end. The column is headed "% YTD", but the definition is a month-end ' +
      'snapshot. Target 95% (2017-18). ' +
      'Bands: printed "G >= 95%, A > 90%, R < 90%" overlap above 95% and leave exactly 90% without a colour; read as green ' +
      'from 95% up, amber 90% to below 95%, red below 90%.',
    measure: { type: 'percentage' },
    numerator: { field: 'dentalMet', aggregate: 'last' },
    denominator: { field: 'dentalEligible', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: from201718(95),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 90, maxInclusive: false, label: 'R < 90%' },
      { rating: 'amber', min: 90, minInclusive: true, max: 95, maxInclusive: false, label: 'A > 90%' },
      { rating: 'green', min: 95, minInclusive: true, label: 'G >= 95%' },
    ]),
  },
  38,
  pick('dentalMet', 'dentalEligible'),
);

/** Page 39. */
const cicPersonalEducationPlans = entryWithoutMeasures(
  {
    id: 'cic-personal-education-plans',
    title: 'Personal Education Plans (PEPs)',
    description:
      'Children in care of school age with a PEP added to the system / children in care of school age (a month-end snapshot). ' +
      'Targets as printed: 95% (2016-17), 98% (2017-18). ' +
      'Bands (2017-18): printed "G = >98%, A=95%-97%, R < 95%" leave 97% to 98% without a colour; read as green from 98% ' +
      '(the target) up and amber 95% to below 98%, under which May 2017\'s 97.2% is amber, as printed.',
    measure: { type: 'percentage' },
    numerator: { field: 'pepsDone', aggregate: 'last' },
    denominator: { field: 'pepsDue', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: [
      { from: '2016-04', value: 95 },
      { from: '2017-04', value: 98 },
    ],
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 95, maxInclusive: false, label: 'R < 95%' },
      { rating: 'amber', min: 95, minInclusive: true, max: 98, maxInclusive: false, label: 'A=95%-97%' },
      { rating: 'green', min: 98, minInclusive: true, label: 'G = >98%' },
    ]),
  },
  39,
  'A PEP is an education record, not an SSDA903 episode or event, and "of school age" follows the school year ' +
    '(compulsory school age starts the term after the fifth birthday and ends on the last Friday of June of the school ' +
    'year the child turns 16), which an age filter at the month end does not express; "have a PEP added to the system" ' +
    'has no look-back period to count events over. Supply pepsDone and pepsDue from the education system.',
);

/** Page 40. */
const cicPathwayPlans = entryWithoutMeasures(
  {
    id: 'cic-pathway-plans',
    title: 'Leaving care cases with a pathway plan',
    description:
      'Children looked after assigned to the leaving care service at the month end with a pathway plan updated and recorded ' +
      'within the previous 6 months / children looked after assigned to the leaving care service at the month end. ' +
      'Target 98% (2017-18). ' +
      'Bands: printed "G =98%, A =85-97%, R<84%" leave 84% to 85% and 97% to 98% without a colour and give none above 98%; ' +
      'read as green from 98% (the target) up, amber 84% to below 98%, red below 84% (as printed), so 84.3% and 97.8% are amber.',
    measure: { type: 'percentage' },
    numerator: { field: 'pathwayPlansUpToDate', aggregate: 'last' },
    denominator: { field: 'leavingCareCases', aggregate: 'last' },
    polarity: 'higher-is-better',
    target: from201718(98),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'red', max: 84, maxInclusive: false, label: 'R<84%' },
      { rating: 'amber', min: 84, minInclusive: true, max: 98, maxInclusive: false, label: 'A =85-97%' },
      { rating: 'green', min: 98, minInclusive: true, label: 'G =98%' },
    ]),
  },
  40,
  'Which children are "assigned to the leaving care service" is a case allocation, not part of the SSDA903 episodes ' +
    '(an age-16 filter would only approximate it), and pathway plans are not recorded as episodes or events. Supply ' +
    'pathwayPlansUpToDate and leavingCareCases from the case-management system.',
);

/** Page 41. */
const careLeaversNeet = entryWithoutMeasures(
  {
    id: 'care-leavers-19-plus-neet',
    title: 'Care leavers aged 19 to 21 not in education, employment or training',
    description:
      'Former relevant care leavers open to the service aged 19, 20 or 21, and the percentage of them not in education, ' +
      'employment or training (page 41 is not in the reference text: the definition follows its companion page 42). ' +
      'Target 30% (2017-18), smaller is better. ' +
      'Bands: none; no thresholds are available for this page, so the spec does not rate, and the contents page\'s R for ' +
      '37.1% cannot be reproduced.',
    measure: { type: 'percentage' },
    numerator: { field: 'careLeaversNeet', aggregate: 'last' },
    denominator: { field: 'careLeavers19to21', aggregate: 'last' },
    polarity: 'lower-is-better',
    target: from201718(30),
    variance: 'difference',
  },
  41,
  'Care leavers aged 19 to 21 are no longer in care, and their education, employment and training status is kept in ' +
    'the care leavers\' records (the SSDA903 care leavers table), not in episodes or events. Supply careLeaversNeet and ' +
    'careLeavers19to21 from those records.',
);

/** Page 42. */
const careLeaversAccommodation = entryWithoutMeasures(
  {
    id: 'care-leavers-19-plus-unsuitable-accommodation',
    title: 'Care leavers aged 19 to 21 not in suitable accommodation',
    description:
      'Former relevant care leavers open to the service aged 19, 20 or 21, and the proportion of those who declared ' +
      'themselves to be not in suitable accommodation. Target 5% (2017-18), smaller is better. ' +
      'Bands: printed "G = 0-5%, A = 6-7%, R > 7%" leave 5% to 6% without a colour; read as green up to 5% (the target), ' +
      'amber above 5% up to 7%, red above 7% (as printed). ' +
      'Benchmarks: none; the year table prints "-" for the statistical neighbours and England.',
    measure: { type: 'percentage' },
    numerator: { field: 'careLeaversUnsuitablyHoused', aggregate: 'last' },
    denominator: { field: 'careLeavers19to21', aggregate: 'last' },
    polarity: 'lower-is-better',
    target: from201718(5),
    variance: 'difference',
    rag: ratedFrom201718([
      { rating: 'green', max: 5, maxInclusive: true, label: 'G = 0-5%' },
      { rating: 'amber', min: 5, minInclusive: false, max: 7, maxInclusive: true, label: 'A = 6-7%' },
      { rating: 'red', min: 7, minInclusive: false, label: 'R > 7%' },
    ]),
  },
  42,
  'Care leavers aged 19 to 21 are no longer in care, and their accommodation (suitable or not) is kept in the care ' +
    'leavers\' records (the SSDA903 care leavers table), not in episodes or events. Supply careLeaversUnsuitablyHoused ' +
    'and careLeavers19to21 from those records.',
);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The catalogue: a ready spec for every line of the reference report's
 * contents page, in the order of that page (the missing-from-care line has
 * two entries, incidents and individuals). Each entry carries the
 * record-level measures of its numerator and denominator, or `measures: null`
 * and `whyNoMeasures` where case records cannot give them.
 *
 * Entries and their measures are frozen.
 *
 * @example
 * ```ts
 * import { catalogue } from 'council-indicators/catalogue';
 *
 * catalogue.length; // 20
 * catalogue[0].spec.id; // 'cic-rate-per-10k'
 * catalogue[0].page; // 24
 * catalogue[0].measures; // { cic: { type: 'in-care' } }
 * catalogue.filter((e) => e.measures === null).map((e) => e.spec.id); // ['cic-reviews-in-time', 'cic-statutory-visits-in-time', 'cic-personal-education-plans', 'cic-pathway-plans', 'care-leavers-19-plus-neet', 'care-leavers-19-plus-unsuitable-accommodation']
 * ```
 */
export const catalogue: readonly CatalogueEntry[] = deepFreeze([
  cicRatePer10k,
  cicAdmissionsRate,
  cicCeasedRate,
  cicNumberInCare,
  cicThreeOrMorePlacements,
  cicLongTermStability,
  cicReviewsInTime,
  cicStatutoryVisits,
  cicAdoptedYtd,
  cicAdoptionA1,
  cicAdoptionA2,
  cicMissingIncidents,
  cicMissingIndividuals,
  cicInitialHealthAssessments,
  cicAnnualHealthAssessments,
  cicDentalChecks,
  cicPersonalEducationPlans,
  cicPathwayPlans,
  careLeaversNeet,
  careLeaversAccommodation,
]);
