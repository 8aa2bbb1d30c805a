/**
 * The core bundles for a browser (no Node built-ins), leaves the records,
 * catalogue and scorecard code out when only the core is imported, and stays
 * under a size ceiling. Bundled from source with esbuild, minified.
 */
import { describe, expect, it } from 'vitest';
import { bundle, BUNDLE_TIMEOUT } from './bundle-helpers.js';

describe('bundles', () => {
  it('the core builds for a browser and leaves the subpaths out', async () => {
    const core = await bundle('src/index.ts', ['computeIndicator', 'defineIndicator', 'validateSpec', 'isIndicatorError']);
    expect(core.sources.some((p) => /src\/(records|catalogue|scorecard)\//.test(p))).toBe(false);
    // The spec schema is built with zod/mini, the JSON Schema generator stays
    // out unless imported, and JS numbers are read and written with BigInts
    // rather than decimal.js. Measured: 65.5 kB minified, 22.1 kB gzipped (was
    // 157 kB and 51 kB with classic zod and decimal.js); zod/mini is 29 kB of
    // the minified size, the spec checks 15 kB. Quarters, years, `every`,
    // changes and confidence took it to 80.2 kB, 26.9 kB gzipped; the JSON
    // Schema descriptions then moved out of the core (attached in
    // json-schema.ts when the schema is generated, which also drops zod's
    // metadata registry), and the frequency arithmetic lost its switches:
    // 77.3 kB minified, 25.9 kB gzipped (zod/mini 28.7 kB minified, ours
    // 49.6 kB, 17.2 kB gzipped alone). Issue 8's goal, at most 25 kB
    // gzipped, was met (22.1 kB) and then overrun by issue 11's features in
    // the compute path (26.0 kB); the spec schema then dropped zod's record,
    // discriminated union and integer format for short checks of its own in
    // schema.ts (the JSON Schema unchanged: json-schema.ts puts zod's back):
    // 73.3 kB minified, 24.9 kB gzipped, zod 7.1 kB of that. The core then
    // stopped parsing specs with zod: src/spec/shape.ts writes the schema's
    // checks out, with zod's issues and results (test/spec/shape.test.ts
    // holds it to the zod schema, which json-schema.ts still generates the
    // JSON Schema from): 52.4 kB minified, 18.2 kB gzipped, no zod at all.
    // The checks of the new-user trial then came in (a percentage's
    // thresholds written as fractions, rates of a part of their denominator,
    // "did you mean" for spec keys, rag written as its bands, rows that are
    // Maps or class instances, Dates and quarters where a month goes):
    // 55.1 kB minified, 19.38 kB gzipped (1.1 kB more, squeezed from 2.8 kB:
    // parsePeriod's day-first and Excel-serial messages stay out of the
    // core). The ceilings sit about 1 kB and 120 B above that, the gzipped
    // one at the 19.5 kB the project set, to guard the room left: a feature
    // that needs more raises them on purpose, in sight of issue 8's goal of
    // at most 25 kB gzipped. The checks of quarterly and yearly reports then
    // came in (thresholds of a count written for a month refused on a
    // quarter's total, thresholdsPer; steps and bases inside a reported
    // quarter or year refused; report forms such as "Q1 2017-18" given their
    // key, without parseReportingPeriod, whose messages pull in date-fns):
    // 57.4 kB minified, 20.20 kB gzipped. The ceilings were raised on
    // purpose to about 1 kB and 300 B above that. New-user trial 3 then
    // brought a population summed over a window or reported quarter refused,
    // thresholds a month's unless a spec says otherwise, the thresholds'
    // figures named in thresholds-period, measure keys of another type named,
    // and one issue for a fixed denominator the rows exceed: 58.67 kB
    // minified, 20.70 kB gzipped (0.5 kB, squeezed from 0.8 kB). The
    // gzipped ceiling is now at 21,000 B, the most the project allows: the
    // next feature of the core has to pay for itself.
    expect(core.modules.filter((p) => /node_modules\/zod\//.test(p))).toEqual([]);
    expect(core.modules.filter((p) => /node_modules\/date-fns\//.test(p))).toEqual([]);
    expect(core.bytes).toBeLessThan(59_700);
    expect(core.gzipped).toBeLessThan(21_000);
  }, BUNDLE_TIMEOUT);

  it('the core leaves the JSON Schema generator out unless it is imported', async () => {
    const core = await bundle('src/index.ts', ['computeIndicator', 'defineIndicator', 'validateSpec', 'isIndicatorError']);
    expect(core.sources.filter((p) => /json-schema/.test(p))).toEqual([]);
    expect(core.modules.filter((p) => /zod\/v4\/classic|to-json-schema|json-schema-processors/.test(p))).toEqual([]);
    const schema = await bundle('src/index.ts', ['indicatorSpecJsonSchema']);
    expect(schema.modules.some((p) => /to-json-schema/.test(p))).toBe(true);
  }, BUNDLE_TIMEOUT);

  it('importing one period helper does not pull in the engine', async () => {
    const helper = await bundle('src/index.ts', ['periodRange']);
    // The helpers check their arguments and throw the one error class, so errors.ts comes too (2.2 kB in all,
    // with the advice for a quarter where a month goes: "2017-Q2", and "Q1 2017-18" with its key).
    expect(helper.sources.map((p) => p.replace(/^.*src\//, 'src/'))).toEqual(['src/errors.ts', 'src/periods/period.ts']);
    expect(helper.bytes).toBeLessThan(2_300);
  }, BUNDLE_TIMEOUT);

  it('records build for a browser too', async () => {
    const records = await bundle('src/records/index.ts', ['deriveMonthly', 'addWorkingDays']);
    expect(records.sources.some((p) => /src\/(catalogue|scorecard)\//.test(p))).toBe(false);
    expect(records.bytes).toBeLessThan(150_000);
  }, BUNDLE_TIMEOUT);
});
