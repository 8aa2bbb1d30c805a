/**
 * Input orders for the records benchmark. The generator lists each child's
 * records together, as SSDA903 returns are (sorted by child); an events
 * table exported from a case-management system may instead come in date
 * order across all children.
 *
 * @module
 */
import type { CaseRecords, EventRecord } from '../../src/records/index.js';

/**
 * The same records with the events in date order (ties in their old
 * order), as new objects allocated in that order, as a reader of a
 * date-sorted file would make them.
 */
export function withEventsByDate(records: CaseRecords): CaseRecords {
  const byDate = new Map<string, EventRecord[]>();
  for (const event of records.events ?? []) {
    let list = byDate.get(event.date);
    if (list === undefined) byDate.set(event.date, (list = []));
    list.push(event);
  }
  const events: EventRecord[] = [];
  for (const date of [...byDate.keys()].sort()) for (const event of byDate.get(date)!) events.push({ ...event });
  return { ...records, events };
}
