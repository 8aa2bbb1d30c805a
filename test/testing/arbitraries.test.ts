/**
 * The kit's arbitraries produce what they promise: specs that validate,
 * with band sets that cover their domain; rows computeIndicator accepts;
 * records deriveMonthly accepts (and the oracle agrees on); and, for each
 * data issue code, inputs that raise it.
 *
 * Budget: samples of 40-200 values per test, each well under a second.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, defineIndicator, isIndicatorError, validateSpec } from 'council-indicators';
import { deriveMonthly } from 'council-indicators/records';
import type { RecordMeasure } from 'council-indicators/records';
import { referenceDerive } from 'council-indicators/testing';
import { INVALID_ROWS_CODES, RECORD_CODES, invalidRowsArbitrary, recordsArbitrary, rowsArbitrary, specArbitrary } from 'council-indicators/testing';
import type { InvalidRowsCode } from 'council-indicators/testing';

/** How many months from \`a\` to \`b\`, both included. */
const monthsBetween = (a: string, b: string): number => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5)) - Number(a.slice(5)) + 1;

describe('specArbitrary', () => {
  it('gives specs that validate, covering every measure, window, target form and RAG form', () => {
    const seen = new Set<string>();
    for (const spec of fc.sample(specArbitrary(), { numRuns: 300, seed: 7 })) {
      const v = validateSpec(spec);
      expect(v.ok, JSON.stringify(v.ok ? null : v.issues)).toBe(true);
      seen.add(`measure:${spec.measure.type}`);
      seen.add(`window:${spec.window?.type}`);
      seen.add(`target:${spec.target === undefined ? 'none' : Array.isArray(spec.target) ? 'steps' : 'number'}`);
      seen.add(`rag:${spec.rag === undefined ? 'none' : Array.isArray(spec.rag) ? 'steps' : (spec.rag.on ?? 'value')}`);
      seen.add(`polarity:${spec.polarity}`);
    }
    for (const m of ['percentage', 'rate', 'count', 'mean', 'ratio']) expect(seen).toContain(`measure:${m}`);
    for (const w of ['period', 'rolling', 'year-to-date']) expect(seen).toContain(`window:${w}`);
    for (const t of ['none', 'number', 'steps']) expect(seen).toContain(`target:${t}`);
    for (const r of ['none', 'steps', 'value', 'difference-from-target', 'relative-difference-from-target']) expect(seen).toContain(`rag:${r}`);
    for (const p of ['higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral']) expect(seen).toContain(`polarity:${p}`);
  });

  it('keeps to the measures and field names asked for', () => {
    for (const spec of fc.sample(specArbitrary({ measures: ['rate'], numeratorField: 'admissions', denominatorField: 'population', fixedValues: false }), { numRuns: 40, seed: 1 })) {
      expect(spec.measure.type).toBe('rate');
      expect(spec.numerator).toMatchObject({ field: 'admissions' });
      expect(spec.denominator).toMatchObject({ field: 'population' });
    }
    expect(() => specArbitrary({ measures: [] })).toThrow(/at least one measure type/);
  });
});

describe('rowsArbitrary', () => {
  it('gives rows computeIndicator accepts, with gaps, zeros, huge and tiny figures when asked', () => {
    let huge = 0;
    let tiny = 0;
    let gaps = 0;
    const cases = specArbitrary().chain((spec) => fc.tuple(fc.constant(spec), rowsArbitrary(spec, { huge: true, tiny: true, maxMonths: 14 })));
    for (const [spec, rows] of fc.sample(cases, { numRuns: 200, seed: 3 })) {
      expect(() => computeIndicator(spec, rows)).not.toThrow();
      expect(rows[0]!.period).toBe('2016-01');
      for (const r of rows) {
        for (const [k, v] of Object.entries(r)) {
          if (k === 'period' || v === null) continue;
          if ((v as number) >= 2 ** 40) huge++;
          if ((v as number) > 0 && (v as number) < 1e-10) tiny++;
        }
      }
      const months = rows.map((r) => String(r.period));
      if (new Set(months).size < monthsBetween(months[0]!, months.at(-1)!)) gaps++;
    }
    expect(huge).toBeGreaterThan(0);
    expect(tiny).toBeGreaterThan(0);
    expect(gaps).toBeGreaterThan(0);
  });

  it('keeps percentages within 100% over any window when the aggregates differ or a side is fixed', () => {
    const specs = [
      { id: 'p', title: 'P', measure: { type: 'percentage' }, numerator: { field: 'n', aggregate: 'sum' }, denominator: { field: 'd', aggregate: 'last' }, window: { type: 'rolling', months: 12 }, polarity: 'neutral' },
      { id: 'p', title: 'P', measure: { type: 'percentage' }, numerator: { field: 'n', aggregate: 'sum' }, denominator: { value: 50 }, window: { type: 'year-to-date' }, polarity: 'neutral' },
      { id: 'p', title: 'P', measure: { type: 'percentage' }, numerator: { value: 30 }, denominator: { field: 'd', aggregate: 'mean' }, window: { type: 'rolling', months: 3 }, polarity: 'neutral' },
    ] as const;
    for (const spec of specs) {
      for (const rows of fc.sample(rowsArbitrary(spec), { numRuns: 60, seed: 5 })) expect(() => computeIndicator(spec, rows)).not.toThrow();
    }
  });
});

describe('invalidRowsArbitrary', () => {
  const raised = (spec: unknown, rows: unknown): string[] => {
    try {
      computeIndicator(spec as never, rows as never);
    } catch (e) {
      if (isIndicatorError(e) && e.code === 'INVALID_DATA') return e.issues.map((i) => i.code);
      throw e;
    }
    return [];
  };
  for (const code of INVALID_ROWS_CODES) {
    it(`raises ${code}`, () => {
      for (const { spec, rows } of fc.sample(invalidRowsArbitrary(code), { numRuns: 40, seed: 11 })) {
        expect(defineIndicator(spec).id).toBe('generated');
        expect(raised(spec, rows), JSON.stringify(rows, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))).toContain(code);
      }
    });
  }

  it('covers every INVALID_DATA code of monthly rows in docs/errors.md', () => {
    expect([...INVALID_ROWS_CODES].sort()).toEqual(
      ['not-an-array', 'not-an-object', 'missing-period', 'bad-period', 'duplicate-period', 'not-a-number', 'not-finite', 'negative-value', 'too-large', 'too-small', 'unknown-field', 'percentage-over-100'].sort(),
    );
  });

  it('refuses a code that is not about rows', () => {
    expect(() => invalidRowsArbitrary('band-gap' as InvalidRowsCode)).toThrow(/"band-gap" is not a data issue code/);
  });
});

describe('recordsArbitrary', () => {
  const measures: Record<string, RecordMeasure> = {
    inCare: { type: 'in-care' },
    started: { type: 'started' },
    ended: { type: 'ended' },
    placements: { type: 'placements', atLeast: 2 },
    missing: { type: 'events', event: RECORD_CODES.eventTypes[2] },
  };

  it('gives records deriveMonthly accepts, on which referenceDerive agrees', () => {
    let nonZero = 0;
    for (const drawn of fc.sample(recordsArbitrary({ around: '2017-04-01' }), { numRuns: 60, seed: 2 })) {
      // Random records may hold no event of a type, or end before the range: they say what they can hold and cover.
      const records = { ...drawn, eventTypes: [...RECORD_CODES.eventTypes], coverage: { from: '2017-04', to: '2018-03' } };
      const options = { from: '2017-04', to: '2018-03', measures };
      const rows = deriveMonthly(records, options);
      expect(referenceDerive(records, options)).toEqual(rows);
      if (rows.some((r) => (r.inCare as number) > 0)) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(10);
  });

  it('keeps to maxChildren and checks its options', () => {
    for (const records of fc.sample(recordsArbitrary({ maxChildren: 2 }), { numRuns: 30, seed: 4 })) expect(records.children.length).toBeLessThanOrEqual(2);
    expect(() => recordsArbitrary({ around: '2017-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => recordsArbitrary({ maxChildren: 0 })).toThrow(/maxChildren/);
  });
});
