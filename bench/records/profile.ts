/**
 * Profiling workload for `deriveMonthly` at 1,000,000 episodes: generate
 * the records, measure what `encodeRecords` (the first step of
 * `deriveMonthly`) costs in time and keeps in memory, then run
 * `deriveMonthly` with the standard measures.
 *
 * ```sh
 * node --cpu-prof --cpu-prof-dir=/tmp/records-prof --import tsx bench/records/profile.ts
 * npx tsx bench/summarize-profile.ts /tmp/records-prof/*.cpuprofile
 * ```
 *
 * Under tsx every function of a file reports line 1. For line numbers (to
 * tell the per-measure closures of `derive` apart), profile a plain bundle:
 *
 * ```sh
 * npx esbuild bench/records/profile.ts --bundle --platform=node --format=esm --outfile=/tmp/records-prof/profile.mjs
 * node --cpu-prof --cpu-prof-dir=/tmp/records-prof /tmp/records-prof/profile.mjs
 * ```
 *
 * Environment: `PROFILE_EPISODES` (default 1000000), `PROFILE_RUNS` runs of
 * `deriveMonthly` (default 2).
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { generateRecords } from '../../examples/synthetic/records.js';
import { deriveMonthly } from '../../src/records/index.js';
import { encodeRecords } from '../../src/records/columns.js';
import { eventTypesRead } from '../../src/records/counters.js';
import { collectGarbage, heapAfterGc, MB } from './memory.js';
import { measures } from './measures.js';

const episodes = Number(process.env.PROFILE_EPISODES ?? 1_000_000);
const runs = Math.max(1, Number(process.env.PROFILE_RUNS ?? 2) || 2);
const mb = (x: number) => `${(x / MB).toFixed(0)} MB`;

const base = heapAfterGc();
let t0 = performance.now();
const records = generateRecords({ episodes });
console.log(
  `${records.episodes.length.toLocaleString('en-GB')} episodes, ${(records.events ?? []).length.toLocaleString('en-GB')} events ` +
    `generated in ${(performance.now() - t0).toFixed(0)} ms; they take ${mb(heapAfterGc() - base)} of memory`,
);

{
  // encodeRecords alone, in a fresh heap: its time and what the columns keep.
  const before = heapAfterGc();
  t0 = performance.now();
  const columns = encodeRecords(records, eventTypesRead(Object.values(measures)));
  const ms = performance.now() - t0;
  console.log(`encodeRecords: ${ms.toFixed(0)} ms; the columns of ${columns.children.length.toLocaleString('en-GB')} children keep ${mb(heapAfterGc() - before)} of memory`);
}

for (let i = 0; i < runs; i++) {
  collectGarbage();
  t0 = performance.now();
  deriveMonthly(records, { from: '2014-04', to: '2024-03', measures });
  console.log(`deriveMonthly run ${i + 1}: ${(performance.now() - t0).toFixed(0)} ms`);
}
