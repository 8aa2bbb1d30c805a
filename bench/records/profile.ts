/**
 * Profiling workload for `deriveMonthly` at 1,000,000 episodes: generate
 * the records, then run `deriveMonthly` with the standard measures, and
 * report where the time and memory go: `buildTimelines` alone, each measure
 * alone (its run minus `buildTimelines`), and the heap the timelines keep.
 *
 * ```sh
 * node --cpu-prof --cpu-prof-dir=/tmp/records-prof --import tsx bench/records/profile.ts
 * npx tsx bench/summarize-profile.ts /tmp/records-prof/*.cpuprofile
 * ```
 *
 * Environment: `PROFILE_EPISODES` (default 1000000), `PROFILE_RUNS` full
 * runs (default 2), `PROFILE_BREAKDOWN=0` skips the per-measure breakdown.
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { generateRecords } from '../../examples/synthetic/records.js';
import { deriveMonthly } from '../../src/records/index.js';
import type { RecordMeasure } from '../../src/records/index.js';
import { buildTimelines } from '../../src/records/timeline.js';
import { collectGarbage, heapAfterGc, MB } from './memory.js';
import { MEASURE_NAMES, measures } from './measures.js';

const episodes = Number(process.env.PROFILE_EPISODES ?? 1_000_000);
const runs = Math.max(1, Number(process.env.PROFILE_RUNS ?? 2) || 2);
const breakdown = process.env.PROFILE_BREAKDOWN !== '0';
const FROM = '2014-04';
const TO = '2024-03';
const mb = (x: number) => `${(x / MB).toFixed(0)} MB`;

const time = <T>(f: () => T): [T, number] => {
  collectGarbage();
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
};

const base = heapAfterGc();
const records = generateRecords({ episodes });
const recordsHeap = heapAfterGc() - base;
console.log(`${records.episodes.length.toLocaleString('en-GB')} episodes, ${(records.events ?? []).length.toLocaleString('en-GB')} events; records ${mb(recordsHeap)} of heap`);

for (let i = 0; i < runs; i++) {
  const [, t] = time(() => deriveMonthly(records, { from: FROM, to: TO, measures }));
  console.log(`deriveMonthly run ${i + 1}: ${t.toFixed(0)} ms`);
}

if (breakdown) {
  const before = heapAfterGc();
  const [timelines, build] = time(() => buildTimelines(records));
  const kept = heapAfterGc() - before;
  console.log(`buildTimelines: ${build.toFixed(0)} ms; the ${timelines.length.toLocaleString('en-GB')} timelines keep ${mb(kept)} of heap`);
  const measureTimes: [string, number][] = [];
  for (const name of MEASURE_NAMES) {
    const one: Record<string, RecordMeasure> = { [name]: measures[name] };
    const [, t] = time(() => deriveMonthly(records, { from: FROM, to: TO, measures: one }));
    measureTimes.push([name, t - build]);
  }
  measureTimes.sort((a, b) => b[1] - a[1]);
  console.log('each measure alone, less buildTimelines:');
  for (const [name, t] of measureTimes) console.log(`  ${name.padEnd(24)} ${t.toFixed(0).padStart(6)} ms`);
  console.log(`  ${'(sum)'.padEnd(24)} ${measureTimes.reduce((s, [, t]) => s + t, 0).toFixed(0).padStart(6)} ms`);
  void timelines.length;
}
