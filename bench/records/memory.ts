/**
 * Memory measurement for the records benchmark.
 *
 * - Peak RSS: a worker thread samples `process.memoryUsage.rss()` (the
 *   whole process: JS heap, native memory, DuckDB's buffers) every few
 *   milliseconds, so the peak is seen even while the main thread is busy in
 *   a synchronous `deriveMonthly`.
 * - Peak heap: `v8.GCProfiler` reports the heap before and after every
 *   collection during a phase; the peak is the largest heap seen, or the
 *   heap at the end if larger.
 * - Memory after GC: a full collection (`--expose-gc` is switched on from
 *   inside, so a plain `tsx` run works), then `heapUsed` plus
 *   `arrayBuffers` (typed arrays live outside the heap).
 *
 * @module
 */
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

setFlagsFromString('--expose-gc');
export const collectGarbage = runInNewContext('gc') as () => void;

export const MB = 2 ** 20;

/**
 * JS memory in use after a full collection: the heap, plus the array
 * buffers outside it (where `deriveMonthly` keeps its columns).
 */
export function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
const sample = () => {
  const kb = Math.ceil(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(peak, 0)) Atomics.store(peak, 0, kb);
};
setInterval(sample, 2);
`;

/** Samples the process RSS on a worker thread; `reset()` starts a phase, `peak()` reads its highest RSS. */
export class RssSampler {
  private readonly shared = new SharedArrayBuffer(4);
  private readonly peakKb = new Int32Array(this.shared);
  private readonly worker = new Worker(SAMPLER, { eval: true, workerData: this.shared });

  constructor() {
    this.worker.unref();
  }

  reset(): void {
    Atomics.store(this.peakKb, 0, Math.ceil(process.memoryUsage.rss() / 1024));
  }

  /** Highest RSS since `reset()`, in bytes (the current RSS counted too). */
  peak(): number {
    return Math.max(Atomics.load(this.peakKb, 0) * 1024, process.memoryUsage.rss());
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Track the JS heap's peak over a phase with `v8.GCProfiler`. */
export class HeapPeak {
  private profiler: GCProfiler | null = null;

  start(): void {
    this.profiler = new GCProfiler();
    this.profiler.start();
  }

  /** The largest heap in use seen before or after a collection during the phase, or now (uncollected garbage included). */
  stop(): { peak: number } {
    const result = this.profiler?.stop();
    this.profiler = null;
    let peak = process.memoryUsage().heapUsed;
    for (const s of result?.statistics ?? []) {
      peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize, s.afterGC.heapStatistics.usedHeapSize);
    }
    return { peak };
  }
}
