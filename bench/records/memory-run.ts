/**
 * One `deriveMonthly` call in a process of its own, for the records
 * benchmark's memory figure: generate the synthetic records
 * (`MEMORY_RUN_EPISODES` episodes, or the generator's default size when
 * unset; with `MEMORY_RUN_EVENTS_BY_DATE=1`, the events in date order),
 * collect garbage, reset the kernel's peak-RSS mark, call
 * `deriveMonthly` once with the standard measures, and print, as one line
 * of JSON, the process's peak RSS during the call and its RSS before it.
 *
 * The benchmark's own process has DuckDB's native library loaded and a
 * sampling thread running; this one holds only Node, the records and
 * `deriveMonthly`, as a caller's process would. Linux only (it reads and
 * resets `VmHWM` in `/proc/self/status`); elsewhere it prints `null`.
 *
 * ```sh
 * MEMORY_RUN_EPISODES=1000000 node --expose-gc --import tsx bench/records/memory-run.ts
 * ```
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateRecords } from '../../examples/synthetic/records.js';
import { deriveMonthly } from '../../src/records/index.js';
import type { CaseRecords } from '../../src/records/index.js';
import { heapAfterGc } from './memory.js';
import { measures } from './measures.js';
import { withEventsByDate } from './orders.js';

const STATUS = '/proc/self/status';
const status = (field: string): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(STATUS, 'utf8'));
  if (match === null) throw new Error(`${field} not in ${STATUS}`);
  return Number(match[1]) * 1024;
};

function load(): CaseRecords {
  const episodes = process.env.MEMORY_RUN_EPISODES;
  const generated = generateRecords(episodes === undefined ? {} : { episodes: Number(episodes) });
  // Reordered, the generated events are garbage by the time of the call.
  return process.env.MEMORY_RUN_EVENTS_BY_DATE === '1' ? withEventsByDate(generated) : generated;
}
const records = load();
heapAfterGc();
if (!existsSync(STATUS)) {
  console.log('null');
} else {
  const before = status('VmRSS');
  writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM, the peak RSS, to the current RSS
  deriveMonthly(records, { from: '2014-04', to: '2024-03', measures });
  console.log(JSON.stringify({ before, peak: status('VmHWM') }));
}
