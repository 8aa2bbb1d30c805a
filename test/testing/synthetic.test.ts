/**
 * `syntheticRecords` is stable per seed: a hash of its whole output for
 * fixed options is pinned here, so any change to what a seed gives shows
 * (and must be a minor version with a CHANGELOG line, not a patch). The
 * generator's own rules are tested in test/examples/synthetic.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from 'council-indicators/testing';
import type { SyntheticOptions } from 'council-indicators/testing';

const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex');
const sha256 = (options: SyntheticOptions): string => hash(syntheticRecords(options));
/** The records alone: pinned before eventTypes and coverage were added to the output, and unchanged by them. */
const recordsSha256 = (options: SyntheticOptions): string => {
  const { children, episodes, events } = syntheticRecords(options);
  return hash({ children, episodes, events });
};

describe('syntheticRecords output is pinned per seed', () => {
  it('the defaults with seed 1 (what the demo and the benchmarks use)', () => {
    const records = syntheticRecords({ seed: 1 });
    expect([records.children.length, records.episodes.length, records.events.length]).toEqual([2443, 7746, 73705]);
    expect(recordsSha256({ seed: 1 })).toBe('a53f2eab62280ab6451c9611590ac11df7887fbb57042a2e596e500eeed7e299');
    expect(sha256({ seed: 1 })).toBe('97cd67be520246643456c1d1c1c62dbc63da07c25fd6afbccd9cd054094faabf');
    expect([records.coverage, records.eventTypes.length]).toEqual([{ from: '2012-04', to: '2024-03' }, 11]);
  });

  it('covers the whole months of the range only', () => {
    const at = (from: string, to: string) => syntheticRecords({ seed: 7, from, to, children: 10, admissionsPerYear: 5 }).coverage;
    expect(at('2019-04-15', '2020-03-30')).toEqual({ from: '2019-05', to: '2020-02' });
    expect(at('2019-01-31', '2019-02-28')).toEqual({ from: '2019-02', to: '2019-02' });
    expect(at('2019-02-10', '2019-02-20')).toBeUndefined();
  });

  it('a small year with seed 42', () => {
    const options = { seed: 42, from: '2019-04-01', to: '2020-03-31', children: 60, admissionsPerYear: 30 };
    expect(recordsSha256(options)).toBe('e2d67d468b6025ac3163631d74d9a8ee5bab9c98f7447267d78869d5bea1f964');
    expect(sha256(options)).toBe('7db4161d517d6ea515097541aebb447e233bdb8cd3a3b16cf0ea20b662348a25');
    expect(sha256({ ...options, seed: 43 })).not.toBe(sha256(options));
  });
});
