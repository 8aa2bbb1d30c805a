/**
 * The kit's oracle against the library: `referenceCompute` (BigInt
 * fractions, src/testing) and `computeIndicator` (src/exact) agree on every
 * field of every period, for specs and rows from the kit's arbitraries.
 *
 * Budget: 150 council-sized runs (up to 30 months; KIT_RUNS=1200 for a deeper search) and 60 with huge and tiny
 * figures (up to 8 months), each test about a second or less on an idle core.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, defineIndicator } from 'council-indicators';
import { referenceCompute } from 'council-indicators/testing';
import { rowsArbitrary, specArbitrary } from 'council-indicators/testing';

describe('referenceCompute agrees with computeIndicator', () => {
  it('on generated specs and rows (council-sized figures, gaps, zeros)', () => {
    const cases = specArbitrary().chain((spec) => fc.record({ spec: fc.constant(spec), rows: rowsArbitrary(spec), before: fc.nat(3), after: fc.nat(3) }));
    fc.assert(
      fc.property(cases, ({ spec, rows, before, after }) => {
        const s = defineIndicator(spec);
        expect(referenceCompute(s, rows)).toEqual(computeIndicator(s, rows));
        const first = rows[0]!.period as string;
        const y = Number(first.slice(0, 4));
        const options = { from: `${y - 1}-${String(12 - before).padStart(2, '0')}`, to: `${y + 3}-${String(1 + after).padStart(2, '0')}` };
        expect(referenceCompute(s, rows, options)).toEqual(computeIndicator(s, rows, options));
      }),
      { numRuns: Number(process.env.KIT_RUNS ?? 150) },
    );
  });

  it('on huge and tiny figures', () => {
    const cases = specArbitrary().chain((spec) => fc.record({ spec: fc.constant(spec), rows: rowsArbitrary(spec, { huge: true, tiny: true, maxMonths: 8 }) }));
    fc.assert(
      fc.property(cases, ({ spec, rows }) => {
        expect(referenceCompute(spec, rows)).toEqual(computeIndicator(spec, rows));
      }),
      { numRuns: 60 },
    );
  });

  it('the README quickstart figures (hand-checked there)', () => {
    const spec = defineIndicator({
      id: 'cic-admissions-rate',
      title: 'Admissions per 10,000',
      measure: { type: 'rate', per: 10000 },
      numerator: { field: 'admissions', aggregate: 'sum' },
      denominator: { value: 47715 },
      window: { type: 'rolling', months: 12 },
      polarity: 'lower-is-better',
      target: 38,
      variance: 'relative',
    });
    const monthly = [9, 15, 34, 9, 14, 18, 17, 24, 16, 10, 18, 15, 17, 23, 29, 15, 10, 8];
    const rows = monthly.map((admissions, i) => ({ period: `${2016 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`, admissions }));
    const sep = referenceCompute(spec, rows).periods.at(-1)!;
    expect(sep).toMatchObject({ period: '2017-09', numerator: 202, exact: '42.33469558838939536833280938908100178141', formatted: '42.3', variance: 11.4, formattedVariance: '11.4%', direction: 'down', trend: 'improving' });
  });

  it('refuses input computeIndicator would refuse, with a plain Error saying so', () => {
    const spec = { id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'x', polarity: 'neutral' } as const;
    expect(() => referenceCompute(spec, [{ period: '2017-13', x: 1 }])).toThrow(/rows\[0\]\.period is not a YYYY-MM month/);
    expect(() => referenceCompute(spec, [{ period: '2017-01', x: -1 }])).toThrow(/rows\[0\]\.x/);
    expect(() => referenceCompute(spec, [], { from: '2017-01' })).toThrow(/give both from and to/);
    expect(() => referenceCompute({ ...spec, id: 'Not Kebab' }, [])).toThrow(/invalid spec/);
  });
});
