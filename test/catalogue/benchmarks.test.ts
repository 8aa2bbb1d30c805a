/**
 * Benchmarks: the statistical-neighbour, England and regional values of each
 * page's year table, as printed, each in force from the April its reporting
 * year starts. The report's oddities are named where they show.
 */
import { describe, expect, it } from 'vitest';
import { validateSpec } from 'council-indicators';
import type { BenchmarkStep, IndicatorSpec } from 'council-indicators';
import { catalogue, catalogueSpec, referenceSettings } from '../../src/catalogue/index.js';

/** An entry's definition with the reference council's settings, which carry its benchmarks. */
const reference = (id: string): IndicatorSpec => catalogueSpec(id, referenceSettings[id]);

/** A page's year table as printed: year label -> value, blank cells left out. */
type Table = Record<string, number>;

/** Transcribed from the year tables of the reference report, page by page. */
const PRINTED: Record<string, Record<string, Table>> = {
  'cic-rate-per-10k': {
    'statistical-neighbours': { '2013-14': 77.2, '2014-15': 79.4, '2015-16': 79.5 },
    england: { '2013-14': 60.0, '2014-15': 60.0, '2015-16': 60.0 },
  },
  'cic-admissions-rate': {
    'statistical-neighbours': { '2013-14': 29.7, '2014-15': 34.2, '2015-16': 31.1 },
    england: { '2013-14': 26.5, '2014-15': 26.8, '2015-16': 27.4 },
  },
  // The middle row is printed "2015-15" (between 2013-14 and 2015-16).
  'cic-ceased-rate': {
    'statistical-neighbours': { '2013-14': 30.1, '2015-15': 32.3, '2015-16': 32.3 },
    england: { '2013-14': 26.5, '2015-15': 26.8, '2015-16': 27.2 },
  },
  // 2014-15 prints the council's 8.5% only; 2015-16 is blank.
  'cic-three-or-more-placements': {
    'statistical-neighbours': { '2013-14': 11.3 },
    england: { '2013-14': 11.0 },
  },
  'cic-long-term-stability': {
    'statistical-neighbours': { '2013-14': 69.1 },
    england: { '2013-14': 67.0 },
  },
  'cic-adopted-ytd': {
    'statistical-neighbours': { '2013-14': 22.4, '2014-15': 24.0, '2015-16': 21.0 },
    england: { '2013-14': 17.0, '2014-15': 17.0, '2015-16': 15.0 },
  },
  // Header "Year | ER Result | ENG Result": no council column; 492.5 sits under ER.
  'cic-adoption-a1-days': { 'eastern-region': { '2014-15': 492.5 } },
  // Header "Year | PCC Result | ER Result | ENG Result": 304.0 is the council's, 220.0 the region's.
  'cic-adoption-a2-days': { 'eastern-region': { '2014-15': 220.0 } },
  'cic-annual-health-assessments': {
    'statistical-neighbours': { '2013-14': 89.1 },
    england: { '2013-14': 88.4 },
  },
};

/** What the printed year labels mean: "2015-15" is read as 2014-15. */
const YEAR_OF: Record<string, string> = { '2015-15': '2014-15' };

function inForce(steps: readonly BenchmarkStep[] | undefined, period: string): BenchmarkStep | null {
  let found: BenchmarkStep | null = null;
  for (const s of steps ?? []) if (s.from <= period) found = s;
  return found;
}

describe('benchmarks of the reference settings', () => {
  it('are carried by exactly the pages that print comparators', () => {
    const withBenchmarks = catalogue.filter((e) => reference(e.id).benchmarks !== undefined).map((e) => e.id);
    // The definitions themselves carry none: benchmarks are a council's.
    expect(catalogue.filter((e) => 'benchmarks' in e.definition)).toEqual([]);
    expect(withBenchmarks).toEqual(Object.keys(PRINTED));
  });

  it.each(Object.entries(PRINTED))('%s carries its printed year table', (id, tables) => {
    const spec = reference(id);
    expect(Object.keys(spec.benchmarks!)).toEqual(Object.keys(tables));
    for (const [name, table] of Object.entries(tables)) {
      const expected = Object.entries(table).map(([printed, value]) => {
        const year = YEAR_OF[printed] ?? printed;
        return { from: `${year.slice(0, 4)}-04`, value, label: year === printed ? year : `${year} (printed ${printed})` };
      });
      expect(spec.benchmarks![name], `${id} ${name}`).toEqual(expected);
    }
  });

  it('parse: every benchmark name is kebab-case, steps are in order, and a spec with a step out of order is rejected', () => {
    for (const spec of catalogue.map((e) => reference(e.id))) {
      for (const [name, steps] of Object.entries(spec.benchmarks ?? {})) {
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(steps.map((s) => s.from)).toEqual([...steps.map((s) => s.from)].sort());
      }
    }
    const spec = reference('cic-admissions-rate');
    const reversed = validateSpec({ ...spec, benchmarks: { england: [...spec.benchmarks!.england!].reverse() } });
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(reversed.issues[0]!.path).toBe('benchmarks.england[1].from');
  });

  it('apply from the April their year starts until the next year', () => {
    const sn = reference('cic-rate-per-10k').benchmarks!['statistical-neighbours'];
    expect(inForce(sn, '2014-03')).toMatchObject({ value: 77.2, label: '2013-14' });
    expect(inForce(sn, '2014-04')).toMatchObject({ value: 79.4, label: '2014-15' });
    expect(inForce(sn, '2017-09')).toMatchObject({ value: 79.5, label: '2015-16' });
    expect(inForce(sn, '2013-03')).toBeNull();
  });

  it("show that the contents page quotes comparators from different years, some newer ones printed on the page unused", () => {
    // SN and ENG columns of the contents page, September 2017.
    const contents: Record<string, { sn: number; eng: number }> = {
      'cic-rate-per-10k': { sn: 79.4, eng: 60.0 },
      'cic-admissions-rate': { sn: 29.7, eng: 26.5 },
      'cic-ceased-rate': { sn: 30.1, eng: 26.5 },
      'cic-three-or-more-placements': { sn: 11.3, eng: 11.0 },
      'cic-long-term-stability': { sn: 69.1, eng: 67.0 },
      'cic-adopted-ytd': { sn: 24.0, eng: 17.0 },
      'cic-annual-health-assessments': { sn: 89.1, eng: 88.4 },
    };
    const latestPrinted = Object.entries(contents).map(([id, c]) => {
      const b = reference(id).benchmarks!;
      const sn = inForce(b['statistical-neighbours'], '2017-09')!;
      const eng = inForce(b.england, '2017-09')!;
      const quoted = b['statistical-neighbours']!.find((s) => s.value === c.sn)!;
      return { id, contents: [c.sn, c.eng], latest: [sn.value, eng.value], contentsYear: quoted.label };
    });
    expect(latestPrinted).toEqual([
      // 2014-15's 79.4 quoted; the page prints 79.5 for 2015-16.
      { id: 'cic-rate-per-10k', contents: [79.4, 60.0], latest: [79.5, 60.0], contentsYear: '2014-15' },
      // 2013-14 quoted; the page prints 2014-15 and 2015-16 too.
      { id: 'cic-admissions-rate', contents: [29.7, 26.5], latest: [31.1, 27.4], contentsYear: '2013-14' },
      { id: 'cic-ceased-rate', contents: [30.1, 26.5], latest: [32.3, 27.2], contentsYear: '2013-14' },
      { id: 'cic-three-or-more-placements', contents: [11.3, 11.0], latest: [11.3, 11.0], contentsYear: '2013-14' },
      { id: 'cic-long-term-stability', contents: [69.1, 67.0], latest: [69.1, 67.0], contentsYear: '2013-14' },
      // 2014-15 quoted; the page prints 21.0 and 15.0 for 2015-16.
      { id: 'cic-adopted-ytd', contents: [24.0, 17.0], latest: [21.0, 15.0], contentsYear: '2014-15' },
      { id: 'cic-annual-health-assessments', contents: [89.1, 88.4], latest: [89.1, 88.4], contentsYear: '2013-14' },
    ]);
  });

  it('leave out what the page tables do not print by year: the adoption lines\' contents comparators, page 27\'s rates, page 42\'s dashes', () => {
    // A1: contents SN 616, ENG 628; A2: SN 211, ENG 217. Not in the tables, no year.
    for (const id of ['cic-adoption-a1-days', 'cic-adoption-a2-days']) {
      const values = Object.values(reference(id).benchmarks!).flat().map((s) => s.value);
      for (const v of [616, 628, 211, 217]) expect(values, id).not.toContain(v);
    }
    // Page 27's table (55.7, 64.7, 52.1 for 2013-14) is not a number of children.
    expect(reference('cic-number-in-care').benchmarks).toBeUndefined();
    // Page 42 prints "-" for the statistical neighbours and England.
    expect(reference('care-leavers-19-plus-unsuitable-accommodation').benchmarks).toBeUndefined();
  });
});
