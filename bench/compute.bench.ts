/**
 * Benchmark: `computeIndicator` (exact rationals) against a naive float loop
 * (`bench/naive.ts`) on 152 authorities x 20 indicators x 120 months.
 *
 * Run with `npm run bench` (or `npx tsx bench/compute.bench.ts`). Not a test:
 * it prints timings and always exits 0. Target from the issues: the exact
 * implementation costs at most 1.25x the naive one (issue 8; 2x before).
 *
 * Environment:
 * - `BENCH_ROUNDS`: timed rounds of each implementation (default: as many as
 *   fit in about 30 s, between 3 and 15).
 *
 * @module
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { computeIndicator } from '../src/index.js';
import type { IndicatorResult, PeriodResult, Status } from '../src/index.js';
import { generateAuthorities } from './data.js';
import { indicators } from './indicators.js';
import { naiveCompute } from './naive.js';
import type { NaiveResult } from './naive.js';

const TARGET_RATIO = 1.25;
const WARMUP_RUNS = 2;
const TIME_BUDGET_MS = 30_000;

// A full collection before each timed run, so no run pays for the garbage of
// the one before (the npm script cannot pass --expose-gc, so enable it here).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const authorities = generateAuthorities();
const months = new Set(authorities.flatMap((a) => a.rows.map((r) => r.period))).size;

/** One full run: every indicator for every authority over all its months. */
function runExact(): IndicatorResult[] {
  const out: IndicatorResult[] = [];
  for (const authority of authorities) for (const spec of indicators) out.push(computeIndicator(spec, authority.rows));
  return out;
}

function runNaive(): NaiveResult[] {
  const out: NaiveResult[] = [];
  for (const authority of authorities) for (const spec of indicators) out.push(naiveCompute(spec, authority.rows));
  return out;
}

interface Timed<T> {
  /** Wall-clock ms (`performance.now()`). */
  ms: number;
  /** CPU ms of this process (user + system): less disturbed when other processes share the machine. */
  cpuMs: number;
  result: T;
}

function time<T>(run: () => T): Timed<T> {
  collectGarbage();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, result };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmtMs = (ms: number): string => ms.toFixed(1);
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(3)}%`;

// --- Warm up (JIT, inline caches, spec plans), then time interleaved rounds.

let exactWarm = 0;
let naiveWarm = 0;
let exactResults: IndicatorResult[] = [];
let naiveResults: NaiveResult[] = [];
for (let i = 0; i < WARMUP_RUNS; i++) {
  exactResults = [];
  const e = time(runExact);
  naiveResults = [];
  const n = time(runNaive);
  exactWarm = e.ms;
  naiveWarm = n.ms;
  exactResults = e.result;
  naiveResults = n.result;
}

const requested = Number(process.env.BENCH_ROUNDS);
const rounds =
  Number.isInteger(requested) && requested > 0
    ? requested
    : Math.max(3, Math.min(15, Math.floor(TIME_BUDGET_MS / (exactWarm + naiveWarm))));

const exactTimes: number[] = [];
const naiveTimes: number[] = [];
const exactCpu: number[] = [];
const naiveCpu: number[] = [];
for (let i = 0; i < rounds; i++) {
  // Alternate which goes first so neither always runs right after the other's garbage.
  const order = i % 2 === 0 ? (['exact', 'naive'] as const) : (['naive', 'exact'] as const);
  for (const which of order) {
    if (which === 'exact') {
      exactResults = [];
      const e = time(runExact);
      exactTimes.push(e.ms);
      exactCpu.push(e.cpuMs);
      exactResults = e.result;
    } else {
      naiveResults = [];
      const n = time(runNaive);
      naiveTimes.push(n.ms);
      naiveCpu.push(n.cpuMs);
      naiveResults = n.result;
    }
  }
}

// --- Compare the last run's outputs field by field.

type Compared = 'status' | 'formatted' | 'rag' | 'rounded' | 'formattedVariance' | 'direction' | 'trend';
const COMPARED: readonly Compared[] = ['status', 'formatted', 'rag', 'rounded', 'formattedVariance', 'direction', 'trend'];

const mismatches: Record<Compared, number> = { status: 0, formatted: 0, rag: 0, rounded: 0, formattedVariance: 0, direction: 0, trend: 0 };
const statuses: Record<Status, number> = { ok: 0, 'missing-data': 0, 'incomplete-window': 0, 'zero-denominator': 0 };
const byIndicator = new Map<string, number>();
const examples: string[] = [];
let formattedOrRag = 0;
let anyField = 0;
let periodResults = 0;

for (let i = 0; i < exactResults.length; i++) {
  const exact = exactResults[i]!;
  const naive = naiveResults[i]!;
  if (exact.periods.length !== naive.periods.length) {
    throw new Error(`${exact.id}: ${exact.periods.length} exact periods but ${naive.periods.length} naive ones`);
  }
  const authority = authorities[Math.floor(i / indicators.length)]!.code;
  for (let p = 0; p < exact.periods.length; p++) {
    const e: PeriodResult = exact.periods[p]!;
    const n: PeriodResult = naive.periods[p]!;
    periodResults++;
    statuses[e.status]++;
    let differs = false;
    for (const field of COMPARED) {
      if (e[field] !== n[field]) {
        mismatches[field]++;
        differs = true;
      }
    }
    if (differs) anyField++;
    if (e.formatted !== n.formatted || e.rag !== n.rag) {
      formattedOrRag++;
      byIndicator.set(exact.id, (byIndicator.get(exact.id) ?? 0) + 1);
      if (examples.length < 8) {
        examples.push(
          `${exact.id} ${authority} ${e.period}: exact ${e.exact} -> ${e.formatted} ${e.rag ?? '-'}; ` +
            `naive ${n.exact} -> ${n.formatted} ${n.rag ?? '-'}`,
        );
      }
    }
  }
}

// --- Report.

const exactMs = median(exactTimes);
const naiveMs = median(naiveTimes);
const ratio = exactMs / naiveMs;
const calls = authorities.length * indicators.length;

const exactCpuMs = median(exactCpu);
const naiveCpuMs = median(naiveCpu);

const rows: string[][] = [
  ['implementation', 'median ms/run', 'min ms/run', 'median cpu ms/run', 'period results/s', 'calls/s'],
  [
    'exact (computeIndicator)',
    fmtMs(exactMs),
    fmtMs(Math.min(...exactTimes)),
    fmtMs(exactCpuMs),
    fmtInt((periodResults / exactMs) * 1000),
    fmtInt((calls / exactMs) * 1000),
  ],
  [
    'naive float loop',
    fmtMs(naiveMs),
    fmtMs(Math.min(...naiveTimes)),
    fmtMs(naiveCpuMs),
    fmtInt((periodResults / naiveMs) * 1000),
    fmtInt((calls / naiveMs) * 1000),
  ],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
const line = (r: readonly string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');

console.log(`council-indicators benchmark (node ${process.version})`);
console.log(
  `${authorities.length} authorities x ${indicators.length} indicators x ${months} months: ` +
    `${fmtInt(calls)} computeIndicator calls, ${fmtInt(periodResults)} period results per run`,
);
console.log(`${WARMUP_RUNS} warm-up runs, then ${rounds} timed rounds of each (interleaved)`);
console.log('');
console.log(line(rows[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
console.log('');
console.log(
  `ratio exact / naive: ${ratio.toFixed(2)}x wall, ${(exactCpuMs / naiveCpuMs).toFixed(2)}x cpu ` +
    `(target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
);
console.log('');
console.log(
  `statuses (exact): ${Object.entries(statuses)
    .map(([s, c]) => `${s} ${fmtInt(c)}`)
    .join(', ')}`,
);
console.log(`naive results disagreeing with exact on formatted or rag: ${fmtInt(formattedOrRag)} of ${fmtInt(periodResults)} (${pct(formattedOrRag, periodResults)})`);
console.log(
  `  by field: ${COMPARED.map((f) => `${f} ${fmtInt(mismatches[f])}`).join(', ')} ` +
    `(any of these: ${fmtInt(anyField)}, ${pct(anyField, periodResults)})`,
);
if (byIndicator.size > 0) {
  console.log(
    `  by indicator: ${[...byIndicator]
      .sort((a, b) => b[1] - a[1])
      .map(([id, c]) => `${id} ${fmtInt(c)}`)
      .join(', ')}`,
  );
}
if (examples.length > 0) {
  console.log('  examples:');
  for (const ex of examples) console.log(`    ${ex}`);
}
