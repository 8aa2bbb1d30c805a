/**
 * Summarise a V8 `.cpuprofile` (from `node --cpu-prof`): self and total time
 * per function, heaviest first.
 *
 * ```sh
 * npx tsx bench/summarize-profile.ts /tmp/ci-prof/<file>.cpuprofile [top=30]
 * ```
 *
 * @module
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// Arguments: profile files (node writes one per thread, e.g. tsx's loader
// thread too: pass them all, the busiest is summarised) and an optional count.
const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.cpuprofile'));
const topArg = args.find((a) => /^\d+$/.test(a));
if (files.length === 0) {
  console.error('usage: summarize-profile.ts <file.cpuprofile>... [top]');
  process.exit(2);
}
const top = topArg === undefined ? 30 : Number(topArg);

const sampled = (p: CpuProfile): number => p.timeDeltas.reduce((a, b) => a + b, 0);
const profiles = files.map((f) => ({ file: f, profile: JSON.parse(readFileSync(f, 'utf8')) as CpuProfile }));
profiles.sort((a, b) => sampled(b.profile) - sampled(a.profile));
const { file, profile } = profiles[0]!;
console.log(`${file}`);

const byId = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (f: CallFrame): string => {
  const where = f.url === '' ? '' : ` ${f.url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '')}:${f.lineNumber + 1}`;
  return `${f.functionName === '' ? '(anonymous)' : f.functionName}${where}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  let id: number | undefined = profile.samples[i]!;
  const leaf = label(byId.get(id)!.callFrame);
  self.set(leaf, (self.get(leaf) ?? 0) + dt);
  // Count each function once per sample for inclusive time, even when recursive.
  const seen = new Set<string>();
  while (id !== undefined) {
    const l = label(byId.get(id)!.callFrame);
    if (!seen.has(l)) {
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
    id = parent.get(id);
  }
}

const show = (title: string, m: Map<string, number>): void => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms sampled)`);
  for (const [l, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${l}`);
  }
};
show('self time', self);
show('total time', total);
