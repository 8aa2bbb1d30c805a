/**
 * The catalogue as a whole: one valid, JSON-serialisable spec per line of
 * the reference report's contents page, in that page's order; lookup by id;
 * band readings that close every gap the printed bands leave.
 */
import { describe, expect, it } from 'vitest';
import { validateSpec } from 'council-indicators';
import type { Band, IndicatorSpec, IndicatorSpecInput, RagSpec, RagStep } from 'council-indicators';
import { catalogue, catalogueEntry, catalogueSpec, referenceSettings } from '../../src/catalogue/index.js';
import { indicatorErrorOf } from '../helpers.js';

/** The contents page, line by line: the entry for each line and the page it names. */
const CONTENTS: [id: string, page: number, line: string][] = [
  ['cic-rate-per-10k', 24, 'Number of Children in Care per 10,000'],
  ['cic-admissions-rate', 25, 'Admissions of Children in Care per 10,000'],
  ['cic-ceased-rate', 26, 'Number of Children who have ceased to be Children in Care per 10,000'],
  ['cic-number-in-care', 27, 'Number of Children in Care'],
  ['cic-three-or-more-placements', 28, 'Placement Stability: 3 or more placements during previous 12 months for CiC'],
  ['cic-long-term-stability', 29, 'Placement Stability: Length of Placement for Children in Care'],
  ['cic-reviews-in-time', 30, 'Children in Care Reviews held within timescales'],
  ['cic-statutory-visits-in-time', 31, 'Children in care statutory visits in time'],
  ['cic-adopted-ytd', 32, 'Percentage of children adopted'],
  ['cic-adoption-a1-days', 33, 'Average days between child entering care and moving in with a adoptive family'],
  ['cic-adoption-a2-days', 34, 'Average days between court agreeing adoption and LA approving a match'],
  ['cic-missing-incidents', 35, 'Children in care - Missing from care'],
  ['cic-missing-individuals', 35, 'Children in care - Missing from care'],
  ['cic-initial-health-assessments', 36, 'Initial health assessments completed within 20 working days of child entering care'],
  ['cic-annual-health-assessments', 37, 'Health of Children in Care - Annual Health Assessments'],
  ['cic-dental-checks', 38, 'Children in care (aged 3-17 years) with dental checks held within previous 12 months'],
  ['cic-personal-education-plans', 39, 'Personal Education Plans (PEPs)'],
  ['cic-pathway-plans', 40, 'Leaving care cases with a pathway plan'],
  ['care-leavers-19-plus-neet', 41, 'Care leavers (+19 years) - Not in Education, Employment and Training'],
  ['care-leavers-19-plus-unsuitable-accommodation', 42, 'Care leavers (+19 Years) - Not in Suitable Accommodation'],
];

/** Polarity as the contents page prints it ("-" is neutral); the number line's "Proximity to target" is closer-to-target. */
const POLARITY: Record<string, IndicatorSpec['polarity']> = {
  'cic-rate-per-10k': 'lower-is-better',
  'cic-admissions-rate': 'neutral',
  'cic-ceased-rate': 'neutral',
  'cic-number-in-care': 'closer-to-target',
  'cic-three-or-more-placements': 'lower-is-better',
  'cic-long-term-stability': 'higher-is-better',
  'cic-reviews-in-time': 'higher-is-better',
  'cic-statutory-visits-in-time': 'higher-is-better',
  'cic-adopted-ytd': 'higher-is-better',
  'cic-adoption-a1-days': 'lower-is-better',
  'cic-adoption-a2-days': 'lower-is-better',
  'cic-missing-incidents': 'neutral',
  'cic-missing-individuals': 'neutral',
  'cic-initial-health-assessments': 'higher-is-better',
  'cic-annual-health-assessments': 'higher-is-better',
  'cic-dental-checks': 'higher-is-better',
  'cic-personal-education-plans': 'higher-is-better',
  'cic-pathway-plans': 'higher-is-better',
  'care-leavers-19-plus-neet': 'lower-is-better',
  'care-leavers-19-plus-unsuitable-accommodation': 'lower-is-better',
};

/** The contents page's target for each line (September 2017), where it prints one. */
const CONTENTS_TARGET: Record<string, number> = {
  'cic-rate-per-10k': 74,
  'cic-admissions-rate': 38,
  'cic-ceased-rate': 38,
  'cic-number-in-care': 345,
  'cic-three-or-more-placements': 8.5,
  'cic-long-term-stability': 71,
  'cic-reviews-in-time': 100,
  'cic-statutory-visits-in-time': 98,
  'cic-adopted-ytd': 14,
  'cic-adoption-a1-days': 487,
  'cic-adoption-a2-days': 120,
  'cic-initial-health-assessments': 95,
  'cic-annual-health-assessments': 95,
  'cic-dental-checks': 95,
  'cic-personal-education-plans': 98,
  'cic-pathway-plans': 98,
  'care-leavers-19-plus-neet': 30,
  'care-leavers-19-plus-unsuitable-accommodation': 5,
};

/** An entry's definition with the reference council's settings. */
const reference = (id: string): IndicatorSpec => catalogueSpec(id, referenceSettings[id]);

function targetAt(spec: IndicatorSpec, period: string): number | null {
  if (spec.target === undefined) return null;
  if (typeof spec.target === 'number') return spec.target;
  let value: number | null = null;
  for (const step of spec.target) if (step.from <= period) value = step.value;
  return value;
}

function ragAt(spec: IndicatorSpec, period: string): RagSpec | null {
  if (spec.rag === undefined) return null;
  if (!Array.isArray(spec.rag)) return spec.rag as RagSpec;
  let rag: RagSpec | null = null;
  for (const step of spec.rag as RagStep[]) if (step.from <= period) rag = step.rag;
  return rag;
}

describe('catalogue', () => {
  it('has one entry per line of the contents page, in its order, with the page it names', () => {
    expect(catalogue.map((e) => [e.id, e.page])).toEqual(CONTENTS.map(([id, page]) => [id, page]));
  });

  it('has unique kebab-case ids', () => {
    const ids = catalogue.map((e) => e.id);
    for (const e of catalogue) expect(e.definition.id).toBe(e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('holds definitions that, with the reference settings, make specs that validate again after a JSON round trip (plain data)', () => {
    for (const spec of catalogue.map((e) => reference(e.id))) {
      expect(validateSpec(spec).ok, spec.id).toBe(true);
      const copy = JSON.parse(JSON.stringify(spec)) as IndicatorSpecInput;
      const again = validateSpec(copy);
      expect(again.ok ? [] : again.issues, spec.id).toEqual([]);
      if (again.ok) expect(JSON.parse(JSON.stringify(again.spec)), spec.id).toEqual(copy);
    }
  });

  it('carries the contents page polarity and, in the reference settings, the September 2017 target of every line', () => {
    for (const spec of catalogue.map((e) => reference(e.id))) {
      expect(spec.polarity, spec.id).toBe(POLARITY[spec.id]);
      expect(targetAt(spec, '2017-09'), spec.id).toBe(CONTENTS_TARGET[spec.id] ?? null);
    }
  });

  it('rates 2017-18 wherever the page prints thresholds, and nowhere it does not', () => {
    const unrated = catalogue.filter((e) => ragAt(reference(e.id), '2017-09') === null).map((e) => e.id);
    expect(unrated).toEqual([
      'cic-admissions-rate', // "G = A > R <": no thresholds
      'cic-ceased-rate', // "G = A > R <": no thresholds
      'cic-missing-incidents', // no target, no thresholds
      'cic-missing-individuals',
      'care-leavers-19-plus-neet', // page 41 is not in the reference text
    ]);
  });

  it("carries no council's numbers: no target, bands, benchmarks or population in any definition or its description", () => {
    for (const { id, definition } of catalogue) {
      expect(Object.keys(definition).filter((k) => ['target', 'rag', 'benchmarks', 'confidence'].includes(k)), id).toEqual([]);
      if (definition.measure.type === 'rate') expect(definition.denominator, id).toBeUndefined();
      expect(JSON.stringify(definition), id).not.toMatch(/47,?715|Peterborough|Target \d|Bands|printed/);
    }
  });

  it('says which settings each entry requires and takes', () => {
    const requires = Object.fromEntries(catalogue.filter((e) => e.requires.length > 0).map((e) => [e.id, e.requires]));
    expect(requires).toEqual({
      'cic-rate-per-10k': ['population'],
      'cic-admissions-rate': ['population'],
      'cic-ceased-rate': ['population'],
      'cic-number-in-care': ['target'],
    });
    for (const e of catalogue) {
      const rate = e.definition.measure.type === 'rate';
      expect(e.takes, e.id).toEqual(rate ? ['population', 'target', 'rag', 'benchmarks', 'decimals'] : ['target', 'rag', 'benchmarks', 'decimals']);
    }
  });

  it('gives measures or says why not, never both', () => {
    for (const e of catalogue) {
      if (e.measures === null) {
        expect(e.whyNoMeasures, e.id).toEqual(expect.any(String));
        expect(e.whyNoMeasures!.length, e.id).toBeGreaterThan(80);
      } else {
        expect(e.whyNoMeasures, e.id).toBeUndefined();
      }
    }
    expect(catalogue.filter((e) => e.measures === null).map((e) => e.id)).toEqual([
      'cic-reviews-in-time',
      'cic-statutory-visits-in-time',
      'cic-personal-education-plans',
      'cic-pathway-plans',
      'care-leavers-19-plus-neet',
      'care-leavers-19-plus-unsuitable-accommodation',
    ]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(catalogue)).toBe(true);
    for (const e of catalogue) {
      expect(Object.isFrozen(e)).toBe(true);
      expect(Object.isFrozen(e.definition)).toBe(true);
      expect(Object.isFrozen(e.requires)).toBe(true);
      if (e.measures !== null) for (const m of Object.values(e.measures)) expect(Object.isFrozen(m)).toBe(true);
    }
  });
});

describe('catalogueEntry', () => {
  it('finds every entry by its id', () => {
    for (const e of catalogue) expect(catalogueEntry(e.id)).toBe(e);
  });

  it('throws INVALID_OPTIONS for an unknown id, naming the ids it has', () => {
    const caught = indicatorErrorOf(() => catalogueEntry('cic-rate'));
    expect(caught.code).toBe('INVALID_OPTIONS');
    expect(caught.issues).toHaveLength(1);
    expect(caught.issues[0]!.path).toBe('id');
    expect(caught.issues[0]!.code).toBe('unknown-id');
    expect(caught.issues[0]!.message).toMatch(/^the catalogue has no indicator "cic-rate"; its ids are cic-rate-per-10k, cic-admissions-rate, /);
  });

  it('throws INVALID_OPTIONS wrong-type for an id that is not a string, inherited names included', () => {
    for (const id of [null, 24, undefined]) {
      const caught = indicatorErrorOf(() => catalogueEntry(id as never));
      expect([caught.code, caught.issues[0]!.code, caught.issues[0]!.path]).toEqual(['INVALID_OPTIONS', 'wrong-type', 'id']);
    }
    for (const id of ['__proto__', 'toString', 'constructor']) expect(indicatorErrorOf(() => catalogueEntry(id)).issues[0]!.code).toBe('unknown-id');
  });
});

describe('the catalogue uses only the public API', () => {
  it('imports nothing from the core but its public entry points', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../src/catalogue/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...text.matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((p) => p !== '../index.js' && p !== '../records/index.js'), file).toEqual([]);
    }
  });
});

/**
 * The printed bands, taken literally, for the pages whose rows are
 * withheld. Each fails validation: that is why the catalogue's specs read
 * them (see each description). The readings themselves are checked against
 * the contents page's ratings in hand-worked.test.ts.
 */
describe('printed bands taken literally leave gaps or overlaps, which the catalogue closes', () => {
  const literal: [id: string, printed: string, bands: Band[], issues: string[]][] = [
    [
      'cic-long-term-stability',
      'G =71% | A 69%-71% | R < 69%',
      [
        { rating: 'red', max: 69, maxInclusive: false },
        { rating: 'amber', min: 69, minInclusive: true, max: 71, maxInclusive: true },
        { rating: 'green', min: 71, minInclusive: true, max: 71, maxInclusive: true },
      ],
      [
        'bands[1] (amber, 69 <= x <= 71) and bands[2] (green, x = 71) overlap on x = 71 (the displayed value 71.0)',
        'bands leave 71 < x <= 100 uncovered (displayed values 71.1 to 100.0 at 1 decimal place)',
      ],
    ],
    [
      'cic-statutory-visits-in-time',
      'G = 98% | A > 97%-90 | R < 90%',
      [
        { rating: 'red', max: 90, maxInclusive: false },
        { rating: 'amber', min: 90, minInclusive: true, max: 97, maxInclusive: true },
        { rating: 'green', min: 98, minInclusive: true, max: 98, maxInclusive: true },
      ],
      [
        'bands leave 97 < x < 98 uncovered (displayed values 97.1 to 97.9 at 1 decimal place)',
        'bands leave 98 < x <= 100 uncovered (displayed values 98.1 to 100.0 at 1 decimal place)',
      ],
    ],
    [
      'cic-adopted-ytd',
      'G =14% | A 9-13% | R < 8%',
      [
        { rating: 'red', max: 8, maxInclusive: false },
        { rating: 'amber', min: 9, minInclusive: true, max: 13, maxInclusive: true },
        { rating: 'green', min: 14, minInclusive: true, max: 14, maxInclusive: true },
      ],
      [
        'bands leave 8 <= x < 9 uncovered (displayed values 8.0 to 8.9 at 1 decimal place)',
        'bands leave 13 < x < 14 uncovered (displayed values 13.1 to 13.9 at 1 decimal place)',
        'bands leave 14 < x <= 100 uncovered (displayed values 14.1 to 100.0 at 1 decimal place)',
      ],
    ],
    [
      'cic-initial-health-assessments',
      'G >= 95% | A > 85 -95% | R < 85%',
      [
        { rating: 'red', max: 85, maxInclusive: false },
        { rating: 'amber', min: 85, minInclusive: false, max: 95, maxInclusive: true },
        { rating: 'green', min: 95, minInclusive: true },
      ],
      [
        'bands leave x = 85 uncovered (the displayed value 85.0 at 1 decimal place)',
        'bands[1] (amber, 85 < x <= 95) and bands[2] (green, x >= 95) overlap on x = 95 (the displayed value 95.0)',
      ],
    ],
    [
      'cic-annual-health-assessments',
      'G >= 95% | A > 85% | R < 85%',
      [
        { rating: 'red', max: 85, maxInclusive: false },
        { rating: 'amber', min: 85, minInclusive: false },
        { rating: 'green', min: 95, minInclusive: true },
      ],
      [
        'bands leave x = 85 uncovered (the displayed value 85.0 at 1 decimal place)',
        'bands[1] (amber, x > 85) and bands[2] (green, x >= 95) overlap on x >= 95 (displayed values 95.0 to 100.0)',
      ],
    ],
    [
      'cic-dental-checks',
      'G >= 95% | A > 90% | R < 90%',
      [
        { rating: 'red', max: 90, maxInclusive: false },
        { rating: 'amber', min: 90, minInclusive: false },
        { rating: 'green', min: 95, minInclusive: true },
      ],
      [
        'bands leave x = 90 uncovered (the displayed value 90.0 at 1 decimal place)',
        'bands[1] (amber, x > 90) and bands[2] (green, x >= 95) overlap on x >= 95 (displayed values 95.0 to 100.0)',
      ],
    ],
    [
      'cic-pathway-plans',
      'G =98% | A =85-97% | R<84%',
      [
        { rating: 'red', max: 84, maxInclusive: false },
        { rating: 'amber', min: 85, minInclusive: true, max: 97, maxInclusive: true },
        { rating: 'green', min: 98, minInclusive: true, max: 98, maxInclusive: true },
      ],
      [
        'bands leave 84 <= x < 85 uncovered (displayed values 84.0 to 84.9 at 1 decimal place)',
        'bands leave 97 < x < 98 uncovered (displayed values 97.1 to 97.9 at 1 decimal place)',
        'bands leave 98 < x <= 100 uncovered (displayed values 98.1 to 100.0 at 1 decimal place)',
      ],
    ],
    [
      'care-leavers-19-plus-unsuitable-accommodation',
      'G = 0-5% | A = 6-7% | R > 7%',
      [
        { rating: 'green', min: 0, minInclusive: true, max: 5, maxInclusive: true },
        { rating: 'amber', min: 6, minInclusive: true, max: 7, maxInclusive: true },
        { rating: 'red', min: 7, minInclusive: false },
      ],
      ['bands leave 5 < x < 6 uncovered (displayed values 5.1 to 5.9 at 1 decimal place)'],
    ],
  ];

  it.each(literal)('%s: "%s" is rejected as printed, and the catalogue reading is accepted', (id, _printed, bands, issues) => {
    const spec = reference(id);
    const asPrinted = validateSpec({ ...spec, rag: [{ from: '2017-04', rag: { using: 'rounded', bands } }] });
    expect(asPrinted.ok).toBe(false);
    if (!asPrinted.ok) expect(asPrinted.issues.map((i) => i.message)).toEqual(issues);
    expect(validateSpec(spec).ok).toBe(true);
  });
});
