/**
 * Case records (the SSDA903 shape) and the record-level measures derived
 * from them.
 *
 * @module
 */
import type { UkRegion } from './bank-holidays.js';

/** A child, with any other attributes (gender, ethnicity, ...). */
export interface ChildRecord {
  childId: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string;
  [attribute: string]: unknown;
}

/**
 * An episode of care: one row of the SSDA903 episodes table. The child is
 * in care from `start` up to the day before `end` (the day it ceased); an
 * episode starting the day the last ended continues the same period of care.
 */
export interface EpisodeRecord {
  childId: string;
  /** `YYYY-MM-DD`, the day the episode started. */
  start: string;
  /** `YYYY-MM-DD`, the day it ceased; absent or null while open. */
  end?: string | null;
  /** Why the episode started: S (started care), L (legal status only), P (placement), T, U, B. */
  reasonNewEpisode?: string;
  legalStatus?: string;
  placementType?: string;
  /** Why the episode ended, e.g. E11 or E12 (adopted); on the last episode of a period of care. */
  reasonEnded?: string | null;
  /**
   * Where the episode was read, for messages that name it from another
   * episode's row (an overlap): a file and line, the lines of every file
   * that repeats it (a return each year), or a label in words (`"case
   * 4471 in the LCS extract"`). Without it, the episode is named by its
   * index, `episodes[3]`. Not an attribute: no measure reads it.
   */
  source?: RecordSourceOf;
  [attribute: string]: unknown;
}

/** A file and its 1-based line: where a record was read. */
export interface RecordSource {
  file: string;
  line: number;
}

/** Where a record came from (see {@link EpisodeRecord}): a file and line, a non-empty list of them, or a non-empty label. */
export type RecordSourceOf = string | RecordSource | readonly RecordSource[];

/** A dated event for a child: a health assessment, a review, a visit, a missing incident, an adoption milestone. */
export interface EventRecord {
  childId: string;
  type: string;
  /** `YYYY-MM-DD`. */
  date: string;
  [attribute: string]: unknown;
}

/** Everything `deriveMonthly` reads. */
export interface CaseRecords {
  children: readonly ChildRecord[];
  episodes: readonly EpisodeRecord[];
  events?: readonly EventRecord[];
  /**
   * The event types these records can hold, whether or not any event of a
   * type is in them: a measure may then name a type with no events (nobody
   * went missing this year) and count 0, and an event of a type not listed
   * is an error. Without it, a measure naming a type that no event has is
   * an error (a misspelt type would otherwise count 0 every month).
   */
  eventTypes?: readonly string[];
  /**
   * The first and last months (`YYYY-MM`) the records are complete for:
   * every episode and event of those months is in them. Months outside it
   * cannot be derived. Without it, the records cover the months from their
   * earliest date to their latest (an episode's start or end, an event).
   */
  coverage?: RecordCoverage;
}

/** The months case records are complete for, `YYYY-MM`: see {@link CaseRecords}. */
export interface RecordCoverage {
  from: string;
  to: string;
}

/** A length of time: days, months and years add up. */
export interface Duration {
  days?: number;
  months?: number;
  years?: number;
}

/** Conditions on a child in care at a month end (or at the start of a period, for `started`). */
export interface ChildFilter {
  /** Age in whole years at the date is at least this. */
  ageAtLeast?: number;
  /** Age in whole years at the date is below this ("under 16" is 16). */
  ageBelow?: number;
  /** In care continuously (this period of care) for at least this long at the date. */
  inCareAtLeast?: Duration;
  /** The open episode's attribute is one of the codes, e.g. `{ legalStatus: ['C2'] }`. */
  episode?: Record<string, string[]>;
  /** The child's attribute is one of the codes. */
  child?: Record<string, string[]>;
  /** An event of this type in the `withinMonths` months up to and including the date. */
  hadEvent?: { type: string; withinMonths: number };
}

/** A record-level measure: what is counted each month. */
export type RecordMeasure =
  /** Children in care at the month end. */
  | { type: 'in-care'; filter?: ChildFilter }
  /** Periods of care that started in the month (each admission counts). */
  | { type: 'started'; filter?: ChildFilter }
  /** Periods of care that ended in the month, optionally only with these reasons. */
  | { type: 'ended'; reasons?: string[] }
  /** Children in care at the month end with at least `atLeast` placements in the last `withinMonths` (default 12) months. */
  | { type: 'placements'; atLeast: number; withinMonths?: number; changeReasons?: string[]; filter?: ChildFilter }
  /** Long-term stability at the month end: `eligible` are under 16 and in care 2.5 years (and meet the filter); `stable` of those in one placement 2 years (or placed for adoption, with the placement before). */
  | { type: 'long-term-stability'; part: 'eligible' | 'stable'; adoptionPlacementTypes?: string[]; changeReasons?: string[]; filter?: ChildFilter }
  /** Periods of care started in the month (`eligible`) and of those, the ones with an `event` within `days` (`met`). */
  | {
      type: 'event-within';
      part: 'eligible' | 'met';
      event: string;
      days: number;
      working?: boolean;
      /** Whose bank holidays (with `working: true` only). */
      region?: UkRegion;
      excludeLegalStatuses?: string[];
    }
  /** Days from a `from` event (or the start of the period of care) to each `to` event in the month: their `total`, or their `count`. */
  | { type: 'days-between'; part: 'total' | 'count'; from: string; to: string }
  /** Events of a type in the month, or the children they happened to. */
  | { type: 'events'; event: string; distinctChildren?: boolean };

/** Options of `deriveMonthly`. */
export interface DeriveOptions {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, `YYYY-MM`. */
  to: string;
  /** Output field name to measure. */
  measures: Record<string, RecordMeasure>;
}

/** One derived month: its period and one number per measure. */
export interface DerivedRow {
  period: string;
  [measure: string]: number | string;
}
