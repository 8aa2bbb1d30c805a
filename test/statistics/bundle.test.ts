/**
 * What the statistics subpath costs in a browser bundle, and that the core
 * stays free of it. Bundled from source with esbuild, minified, as
 * test/bundle.test.ts bundles the core; the sizes measured are in
 * docs/statistics.md.
 */
import { describe, expect, it } from 'vitest';
import { bundle, BUNDLE_TIMEOUT } from '../bundle-helpers.js';

describe('the statistics bundle', () => {
  it('the core with confidence in its results leaves the quantiles out', async () => {
    const core = await bundle('src/index.ts', ['computeIndicator', 'defineIndicator', 'validateSpec', 'isIndicatorError']);
    expect(core.modules.filter((p) => /@stdlib|src\/statistics\//.test(p))).toEqual([]);
    // The core's own ceiling is in test/bundle.test.ts; this checks only that confidence adds no quantiles.
    expect(core.gzipped).toBeLessThan(25_000);
  }, BUNDLE_TIMEOUT);

  it('the intervals, with their quantiles, build for a browser under a ceiling', async () => {
    // The quantile packages are CommonJS, so a bundler keeps each package it
    // reaches whole. Measured (esbuild, minified, gzipped): `statistics` alone
    // (Wilson, exact Poisson, Byar's: jStat for the chi-square quantile,
    // @stdlib for the normal) 28.8 kB; with meanInterval too (@stdlib's t
    // quantile, an incomplete beta inverse) 75.0 kB. Until @stdlib's
    // chi-square quantile was dropped for being wrong above ~1000 events
    // (src/statistics/chisquare.ts) they were 41.3 kB and 57.0 kB: the t
    // quantile shared @stdlib's gamma functions with it. Our own code is
    // under 3 kB of it. Ceilings leave a little room.
    const provider = await bundle('src/statistics/index.ts', ['statistics']);
    expect(provider.modules.some((p) => /node_modules\/jstat\//.test(p))).toBe(true);
    expect(provider.modules.some((p) => /@stdlib\/stats-base-dists-(chisquare|t)-quantile/.test(p))).toBe(false);
    expect(provider.modules.filter((p) => p.startsWith('node:'))).toEqual([]);
    expect(provider.gzipped).toBeLessThan(31_000);
    const all = await bundle('src/statistics/index.ts', ['statistics', 'wilsonInterval', 'poissonInterval', 'meanInterval', 'compareSignificance']);
    expect(all.modules.some((p) => /@stdlib\/stats-base-dists-t-quantile/.test(p))).toBe(true);
    expect(all.gzipped).toBeLessThan(78_000);
  }, BUNDLE_TIMEOUT);

  it('the significance rule alone carries no quantile code', async () => {
    const rule = await bundle('src/statistics/index.ts', ['compareSignificance']);
    expect(rule.modules.filter((p) => /@stdlib/.test(p))).toEqual([]);
    expect(rule.gzipped).toBeLessThan(3_000);
    expect(rule.modules.filter((p) => p.includes('src/')).map((p) => p.replace(/^.*src\//, 'src/')).sort()).toEqual(['src/assessment/significance.ts', 'src/errors.ts']);
  }, BUNDLE_TIMEOUT);
});
