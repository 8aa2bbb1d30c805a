/**
 * The seeded synthetic case records, now a supported function of the
 * `council-indicators/testing` subpath (`syntheticRecords`, in
 * src/testing/synthetic.ts). This file keeps the old name for the demo and
 * the benchmarks, and the command line.
 *
 * Run `npx tsx examples/synthetic/records.ts [episodes] [seed]` to time a
 * run and print a summary.
 *
 * @module
 */

import { pathToFileURL } from 'node:url';
import { syntheticRecords } from 'council-indicators/testing';

export type { SyntheticChild, SyntheticEpisode, SyntheticEvent, SyntheticEventType, SyntheticOptions, SyntheticRecords } from 'council-indicators/testing';

/** The generator under its old name: `syntheticRecords` of `council-indicators/testing`. */
export const generateRecords = syntheticRecords;

// ---------------------------------------------------------------------------
// Command line: time a run and summarise it.

function main(): void {
  const episodes = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const seed = process.argv[3] === undefined ? 1 : Number(process.argv[3]);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const records = generateRecords(episodes === undefined ? { seed } : { seed, episodes });
  const ms = performance.now() - t0;
  gc?.();
  const after = process.memoryUsage();
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
  const periods = records.episodes.filter((e) => e.reasonNewEpisode === 'S').length;
  console.log(
    [
      `children ${records.children.length}, episodes ${records.episodes.length}, events ${records.events.length}`,
      `periods of care ${periods}, episodes per period ${(records.episodes.length / periods).toFixed(2)}`,
      `time ${ms.toFixed(0)} ms`,
      `heap used by the records ${mb(after.heapUsed - before.heapUsed)}${gc ? '' : ' (run with --expose-gc for a clean figure)'}, rss ${mb(after.rss)}`,
    ].join('\n'),
  );
}

if (typeof process !== 'undefined' && process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
