/**
 * Exact Poisson limits against SciPy's chi-square quantiles, from 0 to
 * 2,000,000 events at five levels (test/statistics/fixtures/scipy-poisson.py
 * made the fixture with SciPy 1.17.1). The counts include 903 to 939, where
 * @stdlib's chi-square quantile 0.2.3, used in 0.2.0, started to give upper
 * limits too high by up to 2e-4 (PHEindicatormethods' funnel data showed it:
 * published.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIndicatorError } from 'council-indicators';
import { exactPoissonInterval } from 'council-indicators/statistics';

const { rows } = JSON.parse(readFileSync(new URL('./fixtures/scipy-poisson.json', import.meta.url), 'utf8')) as {
  rows: [number, number, number, number][];
};

/** Measured: 6e-12 at worst. */
const REL = 1e-10;

describe('exactPoissonInterval agrees with SciPy', () => {
  it(`on all ${rows.length} counts and levels of the fixture, to ${REL} relative`, () => {
    expect(rows.length).toBe(49 * 5);
    for (const [x, level, lower, upper] of rows) {
      const ci = exactPoissonInterval(x, level);
      const what = `${x} events at ${level}: ${ci.lower} to ${ci.upper}, SciPy ${lower} to ${upper}`;
      if (x === 0) expect(ci.lower, what).toBe(0);
      else expect(Math.abs(ci.lower - lower) / lower, what).toBeLessThan(REL);
      expect(Math.abs(ci.upper - upper) / upper, what).toBeLessThan(REL);
    }
  }, 20_000); // 250 pairs of quantiles, up to 2,000,000 events: about 1 s on an idle core.

  it('refuses counts above 2,000,000, the largest checked, and says what to use', () => {
    let error: unknown;
    try {
      exactPoissonInterval(2_000_001, 0.95);
    } catch (e) {
      error = e;
    }
    expect(isIndicatorError(error) && error.code).toBe('INVALID_OPTIONS');
    expect(isIndicatorError(error) && error.issues).toEqual([
      expect.objectContaining({ code: 'out-of-range', path: 'x', message: expect.stringContaining('use byarInterval') }),
    ]);
  });
});
