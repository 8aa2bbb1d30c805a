/**
 * `checkCaseRecords`: the checks `deriveMonthly` makes of case records,
 * without deriving anything.
 *
 * @module
 */
import { encodeRecords } from './columns.js';
import type { CaseRecords } from './types.js';

/**
 * Check case records as `deriveMonthly` checks them, and throw what it would
 * throw: one `IndicatorError` (`INVALID_DATA`) listing every problem of
 * every row (a malformed date, an episode ending on or before its start or
 * before its child was born, overlapping episodes of a child, a new period
 * of care whose reasonNewEpisode is not S, a record for an unknown child, a
 * child listed twice, a malformed `eventTypes` or `coverage`). Returns
 * nothing when the records pass. A reader can run it to report problems
 * before any measure is asked for; `readSsda903` does, for overlaps.
 *
 * @example
 * ```ts
 * import { checkCaseRecords } from 'council-indicators/records';
 *
 * const children = [{ childId: 'A', dateOfBirth: '2010-06-15' }];
 * checkCaseRecords({ children, episodes: [{ childId: 'A', start: '2017-01-10' }] }); // undefined
 * let message = '';
 * try {
 *   checkCaseRecords({
 *     children,
 *     episodes: [
 *       { childId: 'A', start: '2017-01-10', end: '2017-06-01', source: { file: 'e.csv', line: 2 } },
 *       { childId: 'A', start: '2017-05-01' },
 *     ],
 *   });
 * } catch (e) {
 *   message = (e as Error & { issues: { message: string }[] }).issues[0]!.message;
 * }
 * message; // "episode 2017-05-01 to open overlaps the episode of e.csv line 2 (2017-01-10 to 2017-06-01) of child A: a child is in one episode at a time: correct this episode's start or the other episode's end"
 * ```
 */
export function checkCaseRecords(records: CaseRecords): void {
  encodeRecords(records, new Set());
}
