/**
 * Profiling workload: the benchmark's exact runs only, without the naive
 * baseline or the comparison, so a CPU profile shows `computeIndicator` alone.
 *
 * ```sh
 * node --cpu-prof --cpu-prof-dir=/tmp/ci-prof --import tsx bench/profile.ts
 * npx tsx bench/summarize-profile.ts /tmp/ci-prof/<file>.cpuprofile
 * ```
 *
 * `PROFILE_RUNS` sets the number of full runs (default 6).
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { computeIndicator } from '../src/index.js';
import { generateAuthorities } from './data.js';
import { indicators } from './indicators.js';

const authorities = generateAuthorities();
const requested = Number(process.env.PROFILE_RUNS);
const runs = Number.isInteger(requested) && requested > 0 ? requested : 6;

let periods = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  for (const authority of authorities) {
    for (const spec of indicators) periods += computeIndicator(spec, authority.rows).periods.length;
  }
  console.log(`run ${i + 1}: ${(performance.now() - t0).toFixed(1)} ms`);
}
console.log(`${periods.toLocaleString('en-GB')} period results`);
