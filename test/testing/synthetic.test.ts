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

const sha256 = (options: SyntheticOptions): string => createHash('sha256').update(JSON.stringify(syntheticRecords(options))).digest('hex');

describe('syntheticRecords output is pinned per seed', () => {
  it('the defaults with seed 1 (what the demo and the benchmarks use)', () => {
    const records = syntheticRecords({ seed: 1 });
    expect([records.children.length, records.episodes.length, records.events.length]).toEqual([2443, 7746, 73705]);
    expect(sha256({ seed: 1 })).toBe('a53f2eab62280ab6451c9611590ac11df7887fbb57042a2e596e500eeed7e299');
  });

  it('a small year with seed 42', () => {
    const options = { seed: 42, from: '2019-04-01', to: '2020-03-31', children: 60, admissionsPerYear: 30 };
    expect(sha256(options)).toBe('e2d67d468b6025ac3163631d74d9a8ee5bab9c98f7447267d78869d5bea1f964');
    expect(sha256({ ...options, seed: 43 })).not.toBe(sha256(options));
  });
});
