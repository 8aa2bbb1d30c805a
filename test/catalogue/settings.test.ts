/**
 * catalogueSpec: a catalogue definition made usable with a council's local
 * settings. The definitions carry no council's numbers; a rate needs the
 * council's own population, and fails loudly without it (the fixed 47,715
 * of the reference council once gave other councils a wrong rate with no
 * warning).
 */
import { describe, expect, it } from 'vitest';
import { addMonths, computeIndicator, validateSpec } from 'council-indicators';
import type { LocalSettings } from '../../src/catalogue/index.js';
import { catalogue, catalogueEntry, catalogueSpec, referenceSettings } from '../../src/catalogue/index.js';
import { indicatorErrorOf } from '../helpers.js';

/** The [code, path] of every issue `f` throws. */
const issuesOf = (f: () => unknown) => indicatorErrorOf(f).issues.map((i) => [i.code, i.path]);

/**
 * Another council's year: 230 admissions over the 12 months to September
 * 2017 (20 in each of the first two months, 19 in the rest), and its own
 * population aged 0-17, 48,117, in every row. Its rate is 230 / 48,117 x
 * 10,000 = 47.80; at the reference council's 47,715 it would be 48.20.
 */
const otherCouncil = Array.from({ length: 12 }, (_, i) => ({ period: addMonths('2016-10', i), admissions: i < 2 ? 20 : 19, population: 48117 }));

describe('catalogueSpec: the population of a rate', () => {
  it('throws INVALID_SPEC missing-setting, naming population, when a rate is given none', () => {
    for (const id of ['cic-rate-per-10k', 'cic-admissions-rate', 'cic-ceased-rate']) {
      const error = indicatorErrorOf(() => catalogueSpec(id));
      expect(error.code, id).toBe('INVALID_SPEC');
      expect(error.issues.map((i) => [i.code, i.path]), id).toEqual([['missing-setting', 'population']]);
      expect(error.issues[0]!.message, id).toMatch(new RegExp(`^${id} is a rate per 10,000 of the population aged 0-17, .*give population as a number`));
    }
    // Other settings do not stand in for it.
    expect(issuesOf(() => catalogueSpec('cic-admissions-rate', { target: 38, decimals: 1 }))).toEqual([['missing-setting', 'population']]);
  });

  it("reads the population from the rows with population: 'population', giving the council's own rate", () => {
    const spec = catalogueSpec('cic-admissions-rate', { population: 'population' });
    expect(spec.denominator).toEqual({ field: 'population', aggregate: 'last' });
    const [sep] = computeIndicator(spec, otherCouncil, { from: '2017-09', to: '2017-09' }).periods;
    expect([sep!.numerator, sep!.denominator, sep!.formatted]).toEqual([230, 48117, '47.8']);
  });

  it("the reference council's fixed population, fed another council's rows, gives the wrong rate of the issue (48.2 for 47.8)", () => {
    const [sep] = computeIndicator(catalogueSpec('cic-admissions-rate', referenceSettings['cic-admissions-rate']), otherCouncil, {
      from: '2017-09',
      to: '2017-09',
    }).periods;
    expect(sep!.formatted).toBe('48.2');
  });

  it('takes a fixed population as a number', () => {
    const spec = catalogueSpec('cic-admissions-rate', { population: 48117 });
    expect(spec.denominator).toEqual({ value: 48117 });
    expect(computeIndicator(spec, otherCouncil).periods.at(-1)!.formatted).toBe('47.8');
  });

  it('reads the population field at the last month of the window, and says so when a row lacks it', () => {
    const grown = otherCouncil.map((r, i) => (i === 11 ? { ...r, population: 50000 } : r));
    expect(computeIndicator(catalogueSpec('cic-admissions-rate', { population: 'population' }), grown).periods.at(-1)!.denominator).toBe(50000);
    const noPopulation = otherCouncil.map(({ period, admissions }) => ({ period, admissions }));
    expect(indicatorErrorOf(() => computeIndicator(catalogueSpec('cic-admissions-rate', { population: 'population' }), noPopulation)).code).toBe('INVALID_DATA');
  });

  it('refuses a population that is not a positive number or a field name, at path population', () => {
    const bad: [unknown, string][] = [
      [0, 'out-of-range'],
      [-47715, 'out-of-range'],
      [Number.NaN, 'out-of-range'],
      [Number.POSITIVE_INFINITY, 'out-of-range'],
      [null, 'wrong-type'],
      [true, 'wrong-type'],
      [{ field: 'population' }, 'wrong-type'],
      ['', 'out-of-range'],
      ['__proto__', 'forbidden-key'],
    ];
    for (const [population, code] of bad) {
      const issues = issuesOf(() => catalogueSpec('cic-rate-per-10k', { population } as unknown as LocalSettings));
      expect(issues, String(population)).toEqual([[code, 'population']]);
    }
  });

  it('refuses a population for an entry that is not a rate (unknown-key), saying why', () => {
    const error = indicatorErrorOf(() => catalogueSpec('cic-adopted-ytd', { population: 47715, target: 14 }));
    expect(error.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['unknown-key', 'population', 'cic-adopted-ytd is a percentage of the field ceased, not a rate per head of population: remove population'],
    ]);
    expect(issuesOf(() => catalogueSpec('cic-missing-incidents', { population: 'population' }))).toEqual([['unknown-key', 'population']]);
    expect(indicatorErrorOf(() => catalogueSpec('cic-missing-incidents', { population: 1 })).issues[0]!.message).toBe(
      'cic-missing-incidents is a count and has no denominator: remove population',
    );
  });
});

describe('catalogueSpec: targets, bands, benchmarks and decimals', () => {
  it('gives a spec with no target, bands or benchmarks when none are set, and the definition unchanged', () => {
    const spec = catalogueSpec('cic-adopted-ytd');
    expect([spec.target, spec.rag, spec.benchmarks]).toEqual([undefined, undefined, undefined]);
    expect(validateSpec(spec).ok).toBe(true);
    const rows = [{ period: '2017-04', adopted: 1, ceased: 8 }];
    expect(computeIndicator(spec, rows).periods[0]).toMatchObject({ formatted: '12.5%', target: null, variance: null, rag: null });
    expect(catalogueSpec('cic-adopted-ytd', {})).toEqual(spec);
  });

  it('adds the settings as the spec fields of those names', () => {
    const settings: LocalSettings = {
      target: [{ from: '2017-04', value: 15 }],
      rag: {
        bands: [
          { rating: 'red', max: 10, maxInclusive: false },
          { rating: 'amber', min: 10, minInclusive: true, max: 15, maxInclusive: false },
          { rating: 'green', min: 15, minInclusive: true },
        ],
      },
      benchmarks: { england: [{ from: '2016-04', value: 14, label: '2016-17' }] },
    };
    const spec = catalogueSpec('cic-adopted-ytd', settings);
    expect(spec.target).toEqual(settings.target);
    expect(spec.benchmarks).toEqual(settings.benchmarks);
    const [p] = computeIndicator(spec, [{ period: '2017-04', adopted: 1, ceased: 8 }]).periods;
    expect([p!.formatted, p!.target, p!.formattedVariance, p!.rag]).toEqual(['12.5%', 15, '-2.5', 'amber']);
    // The catalogue's definition is untouched.
    expect(catalogueEntry('cic-adopted-ytd').definition).not.toHaveProperty('target');
  });

  it('takes decimals where a council prints differently; the variance follows them', () => {
    const spec = catalogueSpec('cic-adopted-ytd', { decimals: 2, target: 14 });
    expect([spec.decimals, spec.variance.decimals]).toEqual([2, 2]);
    const [p] = computeIndicator(spec, [{ period: '2017-04', adopted: 1, ceased: 3 }]).periods;
    expect([p!.formatted, p!.formattedVariance]).toEqual(['33.33%', '19.33']);
  });

  it('needs a target for cic-number-in-care, judged by closeness to it (missing-setting target)', () => {
    const error = indicatorErrorOf(() => catalogueSpec('cic-number-in-care'));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['missing-setting', 'target']]);
    expect(error.issues[0]!.message).toMatch(/judged by closeness to a target.*give target as a number/);
    const [p] = computeIndicator(catalogueSpec('cic-number-in-care', { target: 300 }), [{ period: '2017-09', cic: 310 }]).periods;
    expect([p!.formatted, p!.formattedVariance, p!.rag]).toEqual(['310', '10', null]);
  });

  it('checks the settings as any spec, at the settings path: bands with a gap, steps out of order, bad decimals', () => {
    const gap = indicatorErrorOf(() =>
      catalogueSpec('cic-pathway-plans', {
        rag: {
          bands: [
            { rating: 'red', max: 84, maxInclusive: false },
            { rating: 'green', min: 85, minInclusive: true },
          ],
        },
      }),
    );
    expect(gap.code).toBe('INVALID_SPEC');
    expect(gap.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['band-gap', 'rag.bands', 'bands leave 84 <= x < 85 uncovered (displayed values 84.0 to 84.9 at 1 decimal place)'],
    ]);
    expect(issuesOf(() => catalogueSpec('cic-dental-checks', { target: [{ from: '2018-04', value: 95 }, { from: '2017-04', value: 90 }] }))).toEqual([
      ['steps-out-of-order', 'target[1].from'],
    ]);
    expect(issuesOf(() => catalogueSpec('cic-dental-checks', { decimals: 11 }))).toEqual([['out-of-range', 'decimals']]);
    // Bands that rate better values worse, for the definition's polarity (higher is better).
    expect(
      issuesOf(() =>
        catalogueSpec('cic-dental-checks', {
          rag: { bands: [{ rating: 'green', max: 90, maxInclusive: false }, { rating: 'red', min: 90, minInclusive: true }] },
        }),
      ),
    ).toEqual([['band-polarity', 'rag.bands']]);
  });

  it('names every problem at once: unknown keys, a missing setting, a bad band', () => {
    const issues = issuesOf(() =>
      catalogueSpec('cic-rate-per-10k', { taget: 74, polarity: 'neutral', rag: { bands: [] } } as unknown as LocalSettings),
    );
    expect(issues).toEqual([
      ['unknown-key', 'taget'],
      ['unknown-key', 'polarity'],
      ['missing-setting', 'population'],
      ['out-of-range', 'rag.bands'],
    ]);
    expect(indicatorErrorOf(() => catalogueSpec('cic-adopted-ytd', { taget: 14 } as never)).issues[0]!.message).toBe(
      '"taget" is not a local setting: the settings are population, target, rag, benchmarks, decimals',
    );
  });

  it('refuses settings that are not an object, and an unknown id', () => {
    for (const settings of [null, [], 'target', 47715]) {
      const error = indicatorErrorOf(() => catalogueSpec('cic-adopted-ytd', settings as never));
      expect([error.code, error.issues[0]!.code], JSON.stringify(settings)).toEqual(['INVALID_SPEC', 'wrong-type']);
    }
    expect(indicatorErrorOf(() => catalogueSpec('cic-adopted', {})).issues[0]!.code).toBe('unknown-id');
  });
});

describe('every definition, with and without settings', () => {
  it('makes a spec from no settings unless it requires some, and then names exactly those', () => {
    for (const e of catalogue) {
      if (e.requires.length === 0) {
        const spec = catalogueSpec(e.id);
        expect([spec.id, spec.title, spec.target, spec.rag, spec.benchmarks], e.id).toEqual([e.id, e.definition.title, undefined, undefined, undefined]);
      } else {
        expect(issuesOf(() => catalogueSpec(e.id)), e.id).toEqual(e.requires.map((name) => ['missing-setting', name]));
      }
    }
  });

  it('has reference settings for exactly the catalogue ids, each of which makes a valid spec', () => {
    expect(Object.keys(referenceSettings)).toEqual(catalogue.map((e) => e.id));
    expect(Object.isFrozen(referenceSettings)).toBe(true);
    expect(Object.isFrozen(referenceSettings['cic-rate-per-10k']!.rag)).toBe(true);
    for (const e of catalogue) {
      const spec = catalogueSpec(e.id, referenceSettings[e.id]);
      expect(validateSpec(JSON.parse(JSON.stringify(spec))).ok, e.id).toBe(true);
    }
    // The rates are per the reference council's printed population.
    for (const id of ['cic-rate-per-10k', 'cic-admissions-rate', 'cic-ceased-rate']) expect(referenceSettings[id]!.population, id).toBe(47715);
  });
});

// New-user trial A5: settings `cic-rate-per-10k: { population: 0.48117 }` (the population in the wrong unit)
// printed 7,751,938 children in care per 10,000. Children in care are part of the population aged 0-17, so the
// entry says partOfDenominator, and a rate above 10,000 per 10,000 is refused.
describe('a catalogue rate of a part of its population', () => {
  it('cic-rate-per-10k refuses a population smaller than the children in care, fixed or as a field', () => {
    const fixed = indicatorErrorOf(() => computeIndicator(catalogueSpec('cic-rate-per-10k', { population: 0.48117, target: 70 }), [{ period: '2017-09', cic: 373 }]));
    expect(fixed.code).toBe('INVALID_DATA');
    expect(fixed.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'numerator-over-denominator',
        'denominator.value',
        'cic 373 is larger than the fixed denominator 0.48117 in 2017-09: a rate of a part of its denominator (partOfDenominator) cannot exceed 10000 per 10000: is the denominator in the wrong unit?',
      ],
    ]);
    const field = catalogueSpec('cic-rate-per-10k', { population: 'population', target: 70 });
    expect(issuesOf(() => computeIndicator(field, [{ period: '2017-09', cic: 373, population: 48.117 }]))).toEqual([['numerator-over-denominator', 'rows[0].cic']]);
    // The right unit: 373 / 48,117 x 10,000 = 77.52 per 10,000.
    expect(computeIndicator(catalogueSpec('cic-rate-per-10k', { population: 48117, target: 70 }), [{ period: '2017-09', cic: 373 }]).periods[0]!.formatted).toBe('77.5');
  });

  it('only the rate of children in care says so: admissions and endings are counted each time, and can repeat', () => {
    const flagged = catalogue.filter((e) => e.definition.measure.type === 'rate' && e.definition.measure.partOfDenominator === true).map((e) => e.id);
    expect(flagged).toEqual(['cic-rate-per-10k']);
  });
});
