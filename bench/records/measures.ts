/**
 * The standard monthly measures of a children-in-care report, as
 * `deriveMonthly` record measures. `bench/records/duckdb.ts` derives the
 * same columns in SQL; keep the two in step.
 *
 * @module
 */
import type { RecordMeasure } from '../../src/records/index.js';

/** Legal statuses excluded from the initial health assessment measure (remand and police protection on remand). */
export const IHA_EXCLUDED_LEGAL_STATUSES = ['J1', 'J2', 'J3'];
/** reasonEnded codes of an adoption. */
export const ADOPTED_REASONS = ['E11', 'E12'];

export const measures = {
  /** Children in care at the month end. */
  inCare: { type: 'in-care' },
  /** ... of them aged under 18. */
  inCareUnder18: { type: 'in-care', filter: { ageBelow: 18 } },
  /** ... of them on a full care order (an episode attribute filter). */
  inCareOnCareOrder: { type: 'in-care', filter: { episode: { legalStatus: ['C2'] } } },
  /** Periods of care that started in the month (admissions). */
  admissions: { type: 'started' },
  /** ... of children aged under 18 when they started. */
  admissionsUnder18: { type: 'started', filter: { ageBelow: 18 } },
  /** Periods of care that ended in the month. */
  ceased: { type: 'ended' },
  /** ... by adoption. */
  adopted: { type: 'ended', reasons: ADOPTED_REASONS },
  /** Children in care (under 18) at the month end with 3 or more placements in the last 12 months. */
  placements3: { type: 'placements', atLeast: 3, withinMonths: 12, filter: { ageBelow: 18 } },
  /** Long-term stability: under 16 and in care 2.5 years ... */
  stabilityEligible: { type: 'long-term-stability', part: 'eligible' },
  /** ... and of those, in the same placement for 2 years (or placed for adoption). */
  stabilityStable: { type: 'long-term-stability', part: 'stable' },
  /** Periods of care started in the month, not on remand, that lasted 20 working days ... */
  ihaEligible: {
    type: 'event-within',
    part: 'eligible',
    event: 'health-assessment-initial',
    days: 20,
    working: true,
    excludeLegalStatuses: IHA_EXCLUDED_LEGAL_STATUSES,
  },
  /** ... and of those, the ones with an initial health assessment within 20 working days. */
  ihaMet: {
    type: 'event-within',
    part: 'met',
    event: 'health-assessment-initial',
    days: 20,
    working: true,
    excludeLegalStatuses: IHA_EXCLUDED_LEGAL_STATUSES,
  },
  /** Children aged 3 to 17 in care for at least 12 months at the month end ... */
  dentalEligible: { type: 'in-care', filter: { ageAtLeast: 3, ageBelow: 18, inCareAtLeast: { months: 12 } } },
  /** ... and of those, the ones with a dental check in the last 12 months. */
  dentalMet: {
    type: 'in-care',
    filter: { ageAtLeast: 3, ageBelow: 18, inCareAtLeast: { months: 12 }, hadEvent: { type: 'dental-check', withinMonths: 12 } },
  },
  /** Missing incidents in the month ... */
  missingIncidents: { type: 'events', event: 'missing' },
  /** ... and the children who went missing. */
  missingChildren: { type: 'events', event: 'missing', distinctChildren: true },
  /** Days from the start of the period of care to placement for adoption, for placements in the month: total ... */
  daysToPlacedForAdoption: { type: 'days-between', part: 'total', from: 'period-start', to: 'placed-for-adoption' },
  /** ... and how many. */
  placedForAdoption: { type: 'days-between', part: 'count', from: 'period-start', to: 'placed-for-adoption' },
} satisfies Record<string, RecordMeasure>;

export type MeasureName = keyof typeof measures;
export const MEASURE_NAMES = Object.keys(measures) as MeasureName[];
