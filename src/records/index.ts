/**
 * council-indicators/records: from case records (the SSDA903 shape) to the
 * monthly rows `computeIndicator` reads, and UK working days.
 *
 * @module
 */
export { addWorkingDays, bankHolidays, isBankHoliday, isWorkingDay, SUPPORTED_YEARS, UK_REGIONS, workingDaysBetween } from './working-days.js';
export type { UkRegion, WorkingDayOptions } from './working-days.js';
export { deriveMonthly, DEFAULT_ADOPTION_PLACEMENT_TYPES, DEFAULT_PLACEMENT_CHANGE_REASONS } from './derive.js';
export type {
  CaseRecords,
  ChildFilter,
  ChildRecord,
  DeriveOptions,
  DerivedRow,
  Duration,
  EpisodeRecord,
  EventRecord,
  RecordCoverage,
  RecordMeasure,
  RecordSource,
  RecordSourceOf,
} from './types.js';
export { checkCaseRecords } from './validate.js';
