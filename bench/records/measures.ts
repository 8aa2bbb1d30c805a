/**
 * The standard monthly measures of a children-in-care report, as
 * `deriveMonthly` record measures. `bench/records/duckdb.ts` derives the
 * same columns in SQL; keep the two in step.
 *
 * @module
 */
import { catalogueMeasures } from '../../src/catalogue/index.js';
import type { RecordMeasure } from '../../src/records/index.js';

/** The catalogue's measure `name`, which must be of `type`. */
function catalogued<T extends RecordMeasure['type']>(name: string, type: T): Extract<RecordMeasure, { type: T }> {
  const measure = catalogueMeasures[name];
  if (measure?.type !== type) throw new Error(`the catalogue has no ${type} measure ${name}`);
  return measure as Extract<RecordMeasure, { type: T }>;
}

const ihaEligible = catalogued('ihaEligible', 'event-within');
const adopted = catalogued('adopted', 'ended');

/** Legal statuses excluded from the initial health assessment measure (remand), as the catalogue has them. */
export const IHA_EXCLUDED_LEGAL_STATUSES: readonly string[] = ihaEligible.excludeLegalStatuses ?? [];
/** reasonEnded codes of an adoption, as the catalogue has them. */
export const ADOPTED_REASONS: readonly string[] = adopted.reasons ?? [];

/**
 * The catalogue's measures where the report has them (so the benchmark
 * checks the definitions councils use against the SQL), and variants with
 * more filters.
 */
export const measures = {
  /** Children in care at the month end. */
  inCare: catalogued('cic', 'in-care'),
  /** ... of them aged under 18. */
  inCareUnder18: { type: 'in-care', filter: { ageBelow: 18 } },
  /** ... of them on a full care order (an episode attribute filter). */
  inCareOnCareOrder: { type: 'in-care', filter: { episode: { legalStatus: ['C2'] } } },
  /** Periods of care that started in the month (admissions). */
  admissions: catalogued('admissions', 'started'),
  /** ... of children aged under 18 when they started. */
  admissionsUnder18: { type: 'started', filter: { ageBelow: 18 } },
  /** Periods of care that ended in the month. */
  ceased: catalogued('ceased', 'ended'),
  /** ... by adoption. */
  adopted,
  /** Children in care (under 18) at the month end with 3 or more placements in the last 12 months. */
  placements3: { type: 'placements', atLeast: 3, withinMonths: 12, filter: { ageBelow: 18 } },
  /** Long-term stability: under 16 and in care 2.5 years ... */
  stabilityEligible: catalogued('ltsEligible', 'long-term-stability'),
  /** ... and of those, in the same placement for 2 years (or placed for adoption). */
  stabilityStable: catalogued('ltsStable', 'long-term-stability'),
  /** Periods of care started in the month, not on remand, that lasted 20 working days ... */
  ihaEligible,
  /** ... and of those, the ones with an initial health assessment within 20 working days. */
  ihaMet: catalogued('ihaMet', 'event-within'),
  /** Children aged 3 to 17 in care for at least 12 months at the month end ... */
  dentalEligible: { type: 'in-care', filter: { ageAtLeast: 3, ageBelow: 18, inCareAtLeast: { months: 12 } } },
  /** ... and of those, the ones with a dental check in the last 12 months. */
  dentalMet: {
    type: 'in-care',
    filter: { ageAtLeast: 3, ageBelow: 18, inCareAtLeast: { months: 12 }, hadEvent: { type: 'dental-check', withinMonths: 12 } },
  },
  /** Missing incidents in the month ... */
  missingIncidents: catalogued('missingIncidents', 'events'),
  /** ... and the children who went missing. */
  missingChildren: catalogued('missingChildren', 'events'),
  /** Days from the start of the period of care to placement for adoption, for placements in the month: total ... */
  daysToPlacedForAdoption: catalogued('a1Days', 'days-between'),
  /** ... and how many. */
  placedForAdoption: catalogued('a1Children', 'days-between'),
} satisfies Record<string, RecordMeasure>;

export type MeasureName = keyof typeof measures;
export const MEASURE_NAMES = Object.keys(measures) as MeasureName[];
