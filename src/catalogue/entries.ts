/**
 * The catalogue's entries: the national definition of every indicator of
 * the children in care and care leavers performance report, one for each
 * line of the contents page of the reference report (Peterborough City
 * Council, September 2017), with the record-level measures that produce
 * its monthly rows.
 *
 * A definition says what is counted, over what window, how it is rounded
 * and which way is better. It carries no council's numbers: a rate per
 * 10,000 has no denominator until a council gives its population, and no
 * entry has a target, RAG bands or benchmarks until given them (see
 * `catalogueSpec`, and `referenceSettings` for the reference council's).
 *
 * @module
 */
import { defineIndicator } from '../index.js';
import type { RecordMeasure } from '../records/index.js';
import type { CatalogueDefinition, CatalogueEntry, SettingName } from './types.js';

/** Legal statuses read as "placed on remand" (youth justice: J1, J2, J3), as in docs/records.md. */
const REMAND_LEGAL_STATUSES = ['J1', 'J2', 'J3'];

/** SSDA903 reasons a period of care ended in adoption. */
const ADOPTED_REASONS = ['E11', 'E12'];

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

/** The settings every entry takes. */
const COMMON: readonly SettingName[] = ['target', 'rag', 'benchmarks', 'decimals'];

/** Whether a definition is a rate whose denominator is the population, a local setting. */
export function takesPopulation(definition: CatalogueDefinition): boolean {
  return definition.measure.type === 'rate' && definition.denominator === undefined;
}

/**
 * An entry from its definition. The definition is checked when the module
 * loads, with stand-ins for the settings it requires (a population field, a
 * target of 0), so a catalogue bug throws at once and in its tests.
 */
function entry(definition: CatalogueDefinition, page: number, measures: Record<string, RecordMeasure> | string): CatalogueEntry {
  const population = takesPopulation(definition);
  const requires: SettingName[] = [];
  if (population) requires.push('population');
  if (definition.polarity === 'closer-to-target') requires.push('target');
  defineIndicator({
    ...definition,
    ...(population ? { denominator: { field: 'population', aggregate: 'last' as const } } : {}),
    ...(requires.includes('target') ? { target: 0 } : {}),
  });
  const takes = population ? ['population' as const, ...COMMON] : [...COMMON];
  const base = { id: definition.id, definition, requires, takes };
  return typeof measures === 'string' ? { ...base, measures: null, whyNoMeasures: measures, page } : { ...base, measures, page };
}

// ---------------------------------------------------------------------------
// The definitions, in the order of the contents page.

// ---------------------------------------------------------------------------
// Why some entries have no record-level measures.

/** cic-reviews-in-time: why case records cannot give its figures. */
const WHY_REVIEWS =
  'The numerator is a negative ("children who have not had a review ... recorded as outside of timescale"), and a record ' +
    'measure can only count children who had an event. Derive reviewsDue { type: "in-care", filter: { inCareAtLeast: { months: 1 } } } ' +
    'and reviewsLate { type: "in-care", filter: { inCareAtLeast: { months: 1 }, hadEvent: { type: "review-late", withinMonths: 12 } } } ' +
    '(late reviews recorded as "review-late" events), then set reviewsInTime = reviewsDue - reviewsLate on each row.';

/** cic-statutory-visits-in-time: why case records cannot give its figures. */
const WHY_VISITS =
  'The deadlines are in weeks ("within 6 weeks") and depend on whether the placement is deemed permanent (three months), ' +
    'but a record filter looks back in whole months (hadEvent.withinMonths) and episodes carry no permanence flag; ' +
    'supply visitsInTime and visitsDue from the case-management system.';

/** cic-personal-education-plans: why case records cannot give its figures. */
const WHY_PEPS =
  'A PEP is an education record, not an SSDA903 episode or event, and "of school age" follows the school year ' +
    '(compulsory school age starts the term after the fifth birthday and ends on the last Friday of June of the school ' +
    'year the child turns 16), which an age filter at the month end does not express; "have a PEP added to the system" ' +
    'has no look-back period to count events over. Supply pepsDone and pepsDue from the education system.';

/** cic-pathway-plans: why case records cannot give its figures. */
const WHY_PATHWAY =
  'Which children are "assigned to the leaving care service" is a case allocation, not part of the SSDA903 episodes ' +
    '(an age-16 filter would only approximate it), and pathway plans are not recorded as episodes or events. Supply ' +
    'pathwayPlansUpToDate and leavingCareCases from the case-management system.';

/** care-leavers-19-plus-neet: why case records cannot give its figures. */
const WHY_NEET =
  'Care leavers aged 19 to 21 are no longer in care, and their education, employment and training status is kept in ' +
    'the care leavers\' records (the SSDA903 care leavers table), not in episodes or events. Supply careLeaversNeet and ' +
    'careLeavers19to21 from those records.';

/** care-leavers-19-plus-unsuitable-accommodation: why case records cannot give its figures. */
const WHY_ACCOMMODATION =
  'Care leavers aged 19 to 21 are no longer in care, and their accommodation (suitable or not) is kept in the care ' +
    'leavers\' records (the SSDA903 care leavers table), not in episodes or events. Supply careLeaversUnsuitablyHoused ' +
    'and careLeavers19to21 from those records.';

/** Page 24. */
const cicRatePer10k = entry(
  {
    id: 'cic-rate-per-10k',
    title: 'Number of Children in Care per 10,000',
    description:
      'Children in care at the end of the month (a snapshot) / population aged 0-17 x 10,000. The population is the ' +
      "council's (a local setting): a fixed figure, such as the ONS mid-year estimate, or a field of the monthly rows. " +
      'Children in care are part of that population, so the rate cannot exceed 10,000 per 10,000.',
    // Each child in care is one of the population aged 0-17: more children in care than the population is a population in the wrong unit.
    measure: { type: 'rate', per: 10000, partOfDenominator: true },
    numerator: { field: 'cic', aggregate: 'last' },
    polarity: 'lower-is-better',
    variance: 'relative',
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
      'Children who came into care in the 12 months ending with the month / population aged 0-17 x 10,000 (the population ' +
      "is a local setting). If a child is admitted to care on more than one occasion then each time is counted.",
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'admissions', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    polarity: 'neutral',
    variance: 'relative',
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
      'Children who ceased to be in care in the 12 months ending with the month / population aged 0-17 x 10,000 (the ' +
      'population is a local setting). If a child ceased to be in care on more than one occasion then each time is counted.',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'ceased', aggregate: 'sum' },
    window: { type: 'rolling', months: 12 },
    polarity: 'neutral',
    variance: 'relative',
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
      'Children in care at the end of the month (a snapshot; the "balance" of the net change page). Closer to the target ' +
      "is better, so the council's target is a required setting.",
    measure: { type: 'count' },
    numerator: { field: 'cic', aggregate: 'last' },
    polarity: 'closer-to-target',
    variance: 'difference',
  },
  27,
  pick('cic'),
);

/** Page 28. */
const cicThreeOrMorePlacements = entry(
  {
    id: 'cic-three-or-more-placements',
    title: 'Placement stability: 3 or more placements during the previous 12 months',
    description: 'The percentage of children in care at the month end with three or more placements during the last 12 months.',
    measure: { type: 'percentage' },
    numerator: { field: 'placements3', aggregate: 'last' },
    denominator: { field: 'cic', aggregate: 'last' },
    polarity: 'lower-is-better',
    variance: 'difference',
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
      'with their previous placement last for at least 2 years (a month-end snapshot).',
    measure: { type: 'percentage' },
    numerator: { field: 'ltsStable', aggregate: 'last' },
    denominator: { field: 'ltsEligible', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
  },
  29,
  pick('ltsStable', 'ltsEligible'),
);

/** Page 30. */
const cicReviewsInTime = entry(
  {
    id: 'cic-reviews-in-time',
    title: 'Children in care reviews held within timescales',
    description:
      'Children looked after for at least one month at the month end who have not had a review in the last 12 months ' +
      'recorded as outside of timescale / children looked after for at least one month at the month end.',
    measure: { type: 'percentage' },
    numerator: { field: 'reviewsInTime', aggregate: 'last' },
    denominator: { field: 'reviewsDue', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
  },
  30,
  WHY_REVIEWS,
);

/** Page 31. */
const cicStatutoryVisits = entry(
  {
    id: 'cic-statutory-visits-in-time',
    title: 'Children in care statutory visits in time',
    description:
      'Of all children in care looked after for more than 6 weeks, the percentage whose visits were completed within the ' +
      '6-week deadline (three months for children looked after for more than 12 months whose placement is deemed permanent); ' +
      'a month-end snapshot.',
    measure: { type: 'percentage' },
    numerator: { field: 'visitsInTime', aggregate: 'last' },
    denominator: { field: 'visitsDue', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
  },
  31,
  WHY_VISITS,
);

/** Page 32. */
const cicAdoptedYtd = entry(
  {
    id: 'cic-adopted-ytd',
    title: 'Percentage of children adopted (year to date)',
    description:
      'The number of children adopted as a percentage of the number of children who ceased to be in care, from April to the ' +
      'month (the year to date). Adopted: care ended with reason E11 or E12.',
    measure: { type: 'percentage' },
    numerator: { field: 'adopted', aggregate: 'sum' },
    denominator: { field: 'ceased', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'higher-is-better',
    variance: 'difference',
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
      'who moved in from April to the month (cumulative for the year to date): total days / children, in whole days.',
    measure: { type: 'mean' },
    numerator: { field: 'a1Days', aggregate: 'sum' },
    denominator: { field: 'a1Children', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    decimals: 0,
    polarity: 'lower-is-better',
    variance: 'difference',
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
      'children, in whole days.',
    measure: { type: 'mean' },
    numerator: { field: 'a2Days', aggregate: 'sum' },
    denominator: { field: 'a2Children', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    decimals: 0,
    polarity: 'lower-is-better',
    variance: 'difference',
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
      "All missing incidents (including incidents occurring to children in care placed outside the council's area) for " +
      'children in care recorded in the month.',
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
      'more than once).',
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
      'as a percentage of those children, from April to the month. Excludes periods of care closed within the 20 working ' +
      'days and children entering care on remand (legal status J1, J2 or J3). Reported one month in arrears; the measures ' +
      'count admissions by the month they started, so move the derived rows one month later (addMonths(period, 1)) to ' +
      'report in arrears.',
    measure: { type: 'percentage' },
    numerator: { field: 'ihaMet', aggregate: 'sum' },
    denominator: { field: 'ihaEligible', aggregate: 'sum' },
    window: { type: 'year-to-date' },
    polarity: 'higher-is-better',
    variance: 'difference',
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
      'assessment during the previous 12 months (a month-end snapshot).',
    measure: { type: 'percentage' },
    numerator: { field: 'ahaMet', aggregate: 'last' },
    denominator: { field: 'ahaEligible', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
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
      'children looked after aged 3 to 17 at the month end (a month-end snapshot).',
    measure: { type: 'percentage' },
    numerator: { field: 'dentalMet', aggregate: 'last' },
    denominator: { field: 'dentalEligible', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
  },
  38,
  pick('dentalMet', 'dentalEligible'),
);

/** Page 39. */
const cicPersonalEducationPlans = entry(
  {
    id: 'cic-personal-education-plans',
    title: 'Personal Education Plans (PEPs)',
    description: 'Children in care of school age with a PEP added to the system / children in care of school age (a month-end snapshot).',
    measure: { type: 'percentage' },
    numerator: { field: 'pepsDone', aggregate: 'last' },
    denominator: { field: 'pepsDue', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
  },
  39,
  WHY_PEPS,
);

/** Page 40. */
const cicPathwayPlans = entry(
  {
    id: 'cic-pathway-plans',
    title: 'Leaving care cases with a pathway plan',
    description:
      'Children looked after assigned to the leaving care service at the month end with a pathway plan updated and recorded ' +
      'within the previous 6 months / children looked after assigned to the leaving care service at the month end.',
    measure: { type: 'percentage' },
    numerator: { field: 'pathwayPlansUpToDate', aggregate: 'last' },
    denominator: { field: 'leavingCareCases', aggregate: 'last' },
    polarity: 'higher-is-better',
    variance: 'difference',
  },
  40,
  WHY_PATHWAY,
);

/** Page 41. */
const careLeaversNeet = entry(
  {
    id: 'care-leavers-19-plus-neet',
    title: 'Care leavers aged 19 to 21 not in education, employment or training',
    description:
      'Former relevant care leavers open to the service aged 19, 20 or 21, and the percentage of them not in education, ' +
      'employment or training (page 41 is not in the reference text: the definition follows its companion page 42). ' +
      'Smaller is better.',
    measure: { type: 'percentage' },
    numerator: { field: 'careLeaversNeet', aggregate: 'last' },
    denominator: { field: 'careLeavers19to21', aggregate: 'last' },
    polarity: 'lower-is-better',
    variance: 'difference',
  },
  41,
  WHY_NEET,
);

/** Page 42. */
const careLeaversAccommodation = entry(
  {
    id: 'care-leavers-19-plus-unsuitable-accommodation',
    title: 'Care leavers aged 19 to 21 not in suitable accommodation',
    description:
      'Former relevant care leavers open to the service aged 19, 20 or 21, and the proportion of those who declared ' +
      'themselves to be not in suitable accommodation. Smaller is better.',
    measure: { type: 'percentage' },
    numerator: { field: 'careLeaversUnsuitablyHoused', aggregate: 'last' },
    denominator: { field: 'careLeavers19to21', aggregate: 'last' },
    polarity: 'lower-is-better',
    variance: 'difference',
  },
  42,
  WHY_ACCOMMODATION,
);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The catalogue: the national definition of every line of the reference
 * report's contents page, in the order of that page (the missing-from-care
 * line has two entries, incidents and individuals). Each entry says which
 * local settings it requires and takes, and carries the record-level
 * measures of its numerator and denominator, or `measures: null` and
 * `whyNoMeasures` where case records cannot give them. No entry carries a
 * council's population, target, bands or benchmarks: `catalogueSpec` adds
 * them.
 *
 * Entries, definitions and measures are frozen.
 *
 * @example
 * ```ts
 * import { catalogue } from 'council-indicators/catalogue';
 *
 * catalogue.length; // 20
 * catalogue[0].id; // 'cic-rate-per-10k'
 * catalogue[0].page; // 24
 * catalogue[0].requires; // ['population']
 * catalogue[0].definition.denominator; // undefined
 * catalogue[0].measures; // { cic: { type: 'in-care' } }
 * catalogue.filter((e) => e.requires.length > 0).map((e) => e.id); // ['cic-rate-per-10k', 'cic-admissions-rate', 'cic-ceased-rate', 'cic-number-in-care']
 * catalogue.filter((e) => e.measures === null).map((e) => e.id); // ['cic-reviews-in-time', 'cic-statutory-visits-in-time', 'cic-personal-education-plans', 'cic-pathway-plans', 'care-leavers-19-plus-neet', 'care-leavers-19-plus-unsuitable-accommodation']
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
