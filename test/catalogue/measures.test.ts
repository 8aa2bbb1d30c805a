/**
 * The catalogue's record-level measures: accepted by deriveMonthly, named as
 * the specs read them, one definition per name, and producing rows that
 * every entry with measures computes on (synthetic SSDA903-shaped records).
 */
import { describe, expect, it } from 'vitest';
import { addMonths, computeIndicator } from 'council-indicators';
import type { IndicatorSpec } from 'council-indicators';
import { deriveMonthly } from 'council-indicators/records';
import { catalogue, catalogueMeasures, catalogueSpec, referenceSettings } from '../../src/catalogue/index.js';

/** A catalogue definition with the reference council's settings. */
const reference = (id: string) => catalogueSpec(id, referenceSettings[id]);
import { generateRecords } from '../../examples/synthetic/records.js';

/** The fields a spec reads (fixed values read none). */
function fieldsOf(spec: IndicatorSpec): string[] {
  return [spec.numerator, spec.denominator].flatMap((c) => (c !== undefined && 'field' in c ? [c.field] : []));
}

const withMeasures = catalogue.filter((e) => e.measures !== null);

/** Records with nothing in them, which say they can hold every event type the catalogue reads and cover 2017-04 to 2017-06. */
const empty = {
  children: [],
  episodes: [],
  eventTypes: ['missing', 'health-assessment-initial', 'health-assessment', 'dental-check', 'placed-for-adoption', 'placement-order', 'matched'],
  coverage: { from: '2017-04', to: '2017-06' },
};

describe('catalogue measures', () => {
  it('are accepted by deriveMonthly, one field per measure, in order', () => {
    for (const e of withMeasures) {
      const rows = deriveMonthly(empty, { from: '2017-04', to: '2017-06', measures: e.measures! });
      expect(rows.map((r) => r.period), e.id).toEqual(['2017-04', '2017-05', '2017-06']);
      for (const row of rows) expect(Object.keys(row), e.id).toEqual(['period', ...Object.keys(e.measures!)]);
      for (const row of rows) for (const name of Object.keys(e.measures!)) expect(row[name], e.id).toBe(0);
    }
  });

  it('name exactly the fields each spec reads', () => {
    for (const e of withMeasures) expect(Object.keys(e.measures!).sort(), e.id).toEqual(fieldsOf(reference(e.id)).sort());
  });

  it('name every field of the entries without measures in their explanation', () => {
    for (const e of catalogue.filter((x) => x.measures === null)) {
      for (const field of fieldsOf(reference(e.id))) expect(e.whyNoMeasures, `${e.id}: ${field}`).toContain(field);
    }
  });

  it('merge into catalogueMeasures with one definition per name', () => {
    const names = new Set(withMeasures.flatMap((e) => Object.keys(e.measures!)));
    expect(Object.keys(catalogueMeasures).sort()).toEqual([...names].sort());
    for (const e of withMeasures) {
      for (const [name, measure] of Object.entries(e.measures!)) expect(catalogueMeasures[name], `${e.id}: ${name}`).toEqual(measure);
    }
    // Shared names: the month-end count and the endings.
    expect(withMeasures.filter((e) => 'cic' in e.measures!).map((e) => e.id)).toEqual([
      'cic-rate-per-10k',
      'cic-number-in-care',
      'cic-three-or-more-placements',
    ]);
    expect(withMeasures.filter((e) => 'ceased' in e.measures!).map((e) => e.id)).toEqual(['cic-ceased-rate', 'cic-adopted-ytd']);
    expect(() => deriveMonthly(empty, { from: '2017-04', to: '2017-04', measures: catalogueMeasures })).not.toThrow();
  });

  it('never give a field to an entry that reads fields without measures', () => {
    const without = new Set(catalogue.filter((e) => e.measures === null).flatMap((e) => fieldsOf(reference(e.id))));
    for (const name of Object.keys(catalogueMeasures)) expect(without.has(name), name).toBe(false);
  });
});

describe('catalogue measures on synthetic records', () => {
  const records = generateRecords();
  // The synthetic events start on 2012-04-01, so a match early in 2012 has
  // its placement order before the events table: derive from April 2013,
  // a year in, as a real extract would reach back for its look-backs.
  const rows = deriveMonthly(records, { from: '2013-04', to: '2024-03', measures: catalogueMeasures });

  it('derive a finite, non-negative whole number for every field of every month', () => {
    expect(rows).toHaveLength(132);
    for (const row of rows) {
      for (const name of Object.keys(catalogueMeasures)) {
        const v = row[name];
        expect(typeof v, `${row.period} ${name}`).toBe('number');
        expect(Number.isInteger(v) && (v as number) >= 0, `${row.period} ${name} = ${String(v)}`).toBe(true);
      }
    }
  });

  it('derive plausible figures: children in care near the generator steady state, and no component above its whole', () => {
    for (const row of rows) {
      const r = row as Record<string, number>;
      expect(r.cic, row.period).toBeGreaterThan(200);
      expect(r.placements3, row.period).toBeLessThanOrEqual(r.cic!);
      expect(r.ltsStable, row.period).toBeLessThanOrEqual(r.ltsEligible!);
      expect(r.adopted, row.period).toBeLessThanOrEqual(r.ceased!);
      expect(r.ihaMet, row.period).toBeLessThanOrEqual(r.ihaEligible!);
      expect(r.ahaMet, row.period).toBeLessThanOrEqual(r.ahaEligible!);
      expect(r.dentalMet, row.period).toBeLessThanOrEqual(r.dentalEligible!);
      expect(r.missingChildren, row.period).toBeLessThanOrEqual(r.missingIncidents!);
      expect(r.a1Children === 0 ? r.a1Days === 0 : true, row.period).toBe(true);
    }
  });

  it.each(withMeasures.map((e) => [e.id]))('%s computes on the derived rows', (id) => {
    const spec = reference(id);
    const result = computeIndicator(spec, rows);
    expect(result.periods).toHaveLength(rows.length);
    for (const p of result.periods) {
      expect(['ok', 'incomplete-window', 'zero-denominator'], `${p.period}`).toContain(p.status);
      if (p.status === 'ok') {
        expect(Number.isFinite(p.value!), p.period).toBe(true);
        expect(p.value!, p.period).toBeGreaterThanOrEqual(0);
        expect(p.formatted, p.period).not.toBeNull();
      }
    }
    // Only a rolling 12-month window can be incomplete, in its first 11 months.
    const incomplete = result.periods.filter((p) => p.status === 'incomplete-window').length;
    expect(incomplete).toBe(spec.window.type === 'rolling' ? 11 : 0);
    // Every month of 2017-18 on has a figure, except where a year-to-date
    // average has had no adoption yet (the synthetic authority is small).
    const last = result.periods.at(-1)!;
    expect(last.status === 'ok' || (spec.measure.type === 'mean' && last.status === 'zero-denominator')).toBe(true);
    // A rated spec rates every ok month from 2017-04.
    if (spec.rag !== undefined) {
      for (const p of result.periods.filter((x) => x.period >= '2017-04' && x.status === 'ok')) expect(p.rag, p.period).not.toBeNull();
    }
  });

  it('report initial health assessments one month in arrears by moving the rows a month later', () => {
    const spec = reference('cic-initial-health-assessments');
    const inArrears = rows.map((r) => ({ ...r, period: addMonths(r.period, 1) }));
    const result = computeIndicator(spec, inArrears, { from: '2017-04', to: '2018-03' });
    // September 2017's year to date counts the admissions of March to August 2017.
    const sep = result.periods.find((p) => p.period === '2017-09')!;
    const admitted = rows.filter((r) => r.period >= '2017-03' && r.period <= '2017-08');
    expect(sep.denominator).toBe(admitted.reduce((s, r) => s + (r.ihaEligible as number), 0));
    expect(sep.numerator).toBe(admitted.reduce((s, r) => s + (r.ihaMet as number), 0));
  });
});
