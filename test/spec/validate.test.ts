/**
 * validateSpec (never throws, collects issues) and defineIndicator (throws
 * one IndicatorError): shape, defaults, the rules that span fields, freezing
 * and round trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineIndicator, indicatorSpecJsonSchema, validateSpec } from 'council-indicators';
import type { IndicatorSpec, IndicatorSpecInput } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';
import { base, full, issuesOf } from './fixtures.js';

/** The spec of an input that must pass validation. */
function specOf(input: unknown): IndicatorSpec {
  const result = validateSpec(input);
  if (!result.ok) throw new Error(`expected validation to pass: ${JSON.stringify(result.issues)}`);
  return result.spec;
}


describe('validateSpec never throws', () => {
  const odd: unknown[] = [
    null,
    undefined,
    0,
    42,
    NaN,
    'pathway-plans',
    true,
    Symbol('spec'),
    10n,
    () => base,
    [],
    [base],
    {},
    Object.create(null),
    new Date(0),
    { id: 1, title: [], measure: 'percentage', numerator: 5, polarity: true },
    { ...base, measure: null },
    { ...base, numerator: [] },
    { ...base, window: 'rolling' },
    { ...base, window: { type: 'rolling', months: 'twelve' } },
    { ...base, rag: 'green' },
    { ...base, rag: { bands: 'all' } },
    { ...base, rag: { bands: [null] } },
    { ...base, rag: [{ from: 201704, rag: {} }] },
    { ...base, target: [{ from: '2017-04' }] },
    { ...base, target: NaN },
    { ...base, decimals: Infinity },
    { ...base, directionOfTravel: null },
  ];

  it.each(odd.map((v) => [v]))('returns ok: false for %s', (input) => {
    let result: ReturnType<typeof validateSpec> | undefined;
    expect(() => (result = validateSpec(input))).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result !== undefined && !result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(typeof issue.path).toBe('string');
        expect(issue.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('returns a result for arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateSpec(input);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a result for specs with arbitrary values in every field', () => {
    const keys = ['id', 'title', 'measure', 'numerator', 'denominator', 'window', 'decimals', 'rounding', 'polarity', 'target', 'variance', 'rag', 'directionOfTravel'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const result = validateSpec({ ...base, [key]: value });
        if (result.ok) expect(Object.isFrozen(result.spec)).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a result for arbitrary band sets on every domain', () => {
    const rating = fc.constantFrom('red' as const, 'amber' as const, 'green' as const, 'blue' as const);
    const value = fc.integer({ min: -20, max: 220 }).map((n) => n / 2);
    // Mostly well-formed bands (each bound with its flag), so that the
    // coverage and message code is reached; sometimes loose flags.
    const edge = fc.option(fc.tuple(value, fc.boolean()), { nil: undefined });
    const wellFormed = fc.record({ rating, lo: edge, hi: edge }).map(({ rating, lo, hi }) => ({
      rating,
      ...(lo ? { min: lo[0], minInclusive: lo[1] } : {}),
      ...(hi ? { max: hi[0], maxInclusive: hi[1] } : {}),
    }));
    const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const loose = fc.record({ rating, min: maybe(value), minInclusive: maybe(fc.boolean()), max: maybe(value), maxInclusive: maybe(fc.boolean()) });
    const band = fc.oneof({ arbitrary: wellFormed, weight: 4 }, { arbitrary: loose, weight: 1 });
    const clean = (b: Record<string, unknown>) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
    fc.assert(
      fc.property(
        fc.array(band, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('value' as const, 'difference-from-target' as const, 'relative-difference-from-target' as const),
        fc.constantFrom('rounded' as const, 'exact' as const),
        fc.constantFrom('percentage', 'count'),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const, 'closer-to-target' as const, 'neutral' as const),
        (bands, on, using, measure, decimals, polarity) => {
          const input = {
            ...base,
            decimals,
            ...(measure === 'count' ? { measure: { type: 'count' }, denominator: undefined } : {}),
            polarity,
            target: 50,
            rag: { on, using, bands: bands.map(clean) },
          };
          expect(() => validateSpec(JSON.parse(JSON.stringify(input)))).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('shape', () => {
  it('accepts a minimal spec', () => {
    expect(validateSpec(base).ok).toBe(true);
  });

  it('rejects an unknown top-level key, naming it at its own path, with the key it likely meant', () => {
    expect(issuesOf({ ...base, decimls: 1 })).toEqual([{ code: 'unknown-key', path: 'decimls', message: 'Unrecognized key: "decimls"; did you mean "decimals"?' }]);
    // Nothing near: no suggestion; two unknown keys: two issues.
    expect(issuesOf({ ...base, colour: 1, size: 2 })).toEqual([
      { code: 'unknown-key', path: 'colour', message: 'Unrecognized key: "colour"' },
      { code: 'unknown-key', path: 'size', message: 'Unrecognized key: "size"' },
    ]);
  });

  // New-user trial B4: a typo in a key named only as unknown, and the required key it misspelt as missing.
  it('says which key a typo meant: by case, or within two edits, and never a key the object already has', () => {
    expect(issuesOf({ ...base, targt: 90 })).toEqual([{ code: 'unknown-key', path: 'targt', message: 'Unrecognized key: "targt"; did you mean "target"?' }]);
    const band = { rating: 'green', max: 345, maxinclusive: true };
    expect(issuesOf({ ...base, measure: { type: 'count' }, denominator: undefined, rag: { bands: [band] } })).toEqual([
      { code: 'unknown-key', path: 'rag.bands[0].maxinclusive', message: 'Unrecognized key: "maxinclusive"; did you mean "maxInclusive"?' },
    ]);
    // `target` is already given: `targte` is not taken for it.
    expect(issuesOf({ ...base, target: 90, targte: 80 })).toEqual([{ code: 'unknown-key', path: 'targte', message: 'Unrecognized key: "targte"' }]);
    // A one-letter key is suggested only a key that differs from it in case.
    expect(issuesOf({ ...base, d: 1 })).toEqual([{ code: 'unknown-key', path: 'd', message: 'Unrecognized key: "d"' }]);
  });

  it('a misspelt required key is one issue, at the typo, saying the key it meant is required', () => {
    const { polarity: _, ...rest } = base;
    expect(issuesOf({ ...rest, polarty: 'higher-is-better' })).toEqual([
      {
        code: 'unknown-key',
        path: 'polarty',
        message:
          'Unrecognized key: "polarty"; did you mean "polarity"? polarity is required: expected one of "higher-is-better"|"lower-is-better"|"closer-to-target"|"neutral"',
      },
    ]);
    // A required key missing with no typo near it is still its own issue.
    expect(issuesOf({ ...rest, colour: 1 }).map((i) => [i.code, i.path])).toEqual([
      ['missing-key', 'polarity'],
      ['unknown-key', 'colour'],
    ]);
    // Nested: rate's per.
    expect(issuesOf({ ...base, measure: { type: 'rate', pre: 10000 } })).toEqual([
      { code: 'unknown-key', path: 'measure.pre', message: 'Unrecognized key: "pre"; did you mean "per"? per is required: expected number, received undefined' },
    ]);
  });

  // New-user trial B6: bands written straight into rag gave six issues about steps.
  it('rag written as the list of bands is one issue saying to write { bands: [...] }', () => {
    const rag = [
      { rating: 'green', max: 345, maxInclusive: true },
      { rating: 'red', min: 345, minInclusive: false },
    ];
    expect(issuesOf({ ...base, measure: { type: 'count' }, denominator: undefined, rag })).toEqual([
      {
        code: 'wrong-type',
        path: 'rag',
        message:
          'rag is a list of bands, read as steps { from, rag }: write rag: { bands: [...] }',
      },
    ]);
    // Steps with a typo are still reported as steps.
    expect(issuesOf({ ...base, rag: [{ from: '2017-04', rag: null, extra: 1 }] }).map((i) => [i.code, i.path])).toEqual([['unknown-key', 'rag[0].extra']]);
  });

  it('rejects unknown keys inside nested objects, at their path', () => {
    expect(issuesOf({ ...base, measure: { type: 'percentage', per: 100 } })).toEqual([{ code: 'unknown-key', path: 'measure.per', message: 'Unrecognized key: "per"' }]);
    // A key of another measure type says which type takes it (new-user trial 3, B7).
    expect(issuesOf({ ...base, measure: { type: 'percentage', partOfDenominator: true } })).toEqual([
      { code: 'unknown-key', path: 'measure.partOfDenominator', message: 'Unrecognized key: "partOfDenominator"; partOfDenominator is for a rate only' },
    ]);
    expect(issuesOf({ ...base, measure: { type: 'rate', per: 1000, belowOnePercent: true } })).toEqual([
      { code: 'unknown-key', path: 'measure.belowOnePercent', message: 'Unrecognized key: "belowOnePercent"; belowOnePercent is for a percentage only' },
    ]);
    // Only in the measure: elsewhere the key is unknown like any other.
    expect(issuesOf({ ...base, belowOnePercent: true })).toEqual([{ code: 'unknown-key', path: 'belowOnePercent', message: 'Unrecognized key: "belowOnePercent"' }]);
    expect(issuesOf({ ...base, rag: { bands: [{ rating: 'green', colour: 'green' }] } })).toEqual([
      { code: 'unknown-key', path: 'rag.bands[0].colour', message: 'Unrecognized key: "colour"' },
    ]);
  });

  it.each(['Not Kebab', 'pathwayPlans', 'pathway_plans', 'Pathway-plans', '-plans', 'plans-', 'pathway--plans', ''])('rejects id %j', (id) => {
    expect(issuesOf({ ...base, id })).toEqual([{ code: 'bad-id', path: 'id', message: 'id must be kebab-case, e.g. "cic-admissions-rate"' }]);
  });

  it.each(['a', 'cic', 'cic-admissions-rate', 'ni-62', '2017-stability'])('accepts id %j', (id) => {
    expect(specOf({ ...base, id }).id).toBe(id);
  });

  it('requires a polarity, listing the choices', () => {
    const { polarity: _, ...rest } = base;
    expect(issuesOf(rest)).toEqual([
      { code: 'missing-key', path: 'polarity', message: 'polarity is required: expected one of "higher-is-better"|"lower-is-better"|"closer-to-target"|"neutral"' },
    ]);
    expect(issuesOf({ ...base, polarity: 'higher' }).map((i) => i.path)).toEqual(['polarity']);
  });

  it('requires id, title, measure and numerator', () => {
    expect(issuesOf({ polarity: 'neutral' }).map((i) => i.path)).toEqual(['id', 'title', 'measure', 'numerator']);
  });

  it('rejects an empty title and an empty field name with their own messages', () => {
    expect(issuesOf({ ...base, title: '' })).toEqual([{ code: 'out-of-range', path: 'title', message: 'title cannot be empty' }]);
    expect(issuesOf({ ...base, numerator: '' })).toEqual([{ code: 'out-of-range', path: 'numerator', message: 'a field name cannot be empty' }]);
  });

  it('reports a title of the wrong type once, as a type problem', () => {
    // An array is not an empty title: "title cannot be empty" would mislead.
    expect(issuesOf({ ...base, title: [] })).toEqual([{ code: 'wrong-type', path: 'title', message: 'Invalid input: expected string, received array' }]);
  });

  it('rejects a negative fixed value and a non-positive rate multiplier', () => {
    expect(issuesOf({ ...base, numerator: { value: -1 } })).toEqual([{ code: 'out-of-range', path: 'numerator.value', message: 'a fixed value cannot be negative' }]);
    expect(issuesOf({ ...base, measure: { type: 'rate', per: 0 } })).toEqual([{ code: 'out-of-range', path: 'measure.per', message: 'per must be positive' }]);
  });

  it('rejects a malformed step period at its path', () => {
    expect(issuesOf({ ...base, target: [{ from: '2017-4', value: 90 }] })).toEqual([
      { code: 'bad-format', path: 'target[0].from', message: 'expected a month in YYYY-MM form, e.g. "2017-04"' },
    ]);
  });

  it('names the offending field inside a RAG, not just "rag"', () => {
    // A typo in one band's rating should point at that rating.
    const issues = issuesOf({ ...base, rag: { bands: [{ rating: 'gren' }] } });
    expect(issues.map((i) => i.path)).toEqual(['rag.bands[0].rating']);
  });

  it('names the offending aggregate, not just "numerator"', () => {
    const issues = issuesOf({ ...base, numerator: { field: 'withPlan', aggregate: 'total' } });
    expect(issues.map((i) => i.path)).toEqual(['numerator.aggregate']);
  });
});

describe('defaults', () => {
  it('fills every default of a minimal spec', () => {
    const spec = specOf(base);
    expect(spec).toMatchObject({
      id: 'pathway-plans',
      title: 'Leaving care cases with a pathway plan',
      measure: { type: 'percentage' },
      numerator: { field: 'withPlan', aggregate: 'sum' },
      denominator: { field: 'cases', aggregate: 'sum' },
      window: { type: 'period' },
      decimals: 1,
      rounding: 'half-up',
      polarity: 'higher-is-better',
      directionOfTravel: { compare: 'previous-period', tolerance: 0 },
    });
    expect(spec.variance).toMatchObject({ type: 'difference', using: 'exact' });
    expect('description' in spec).toBe(false);
    expect('target' in spec).toBe(false);
    expect('rag' in spec).toBe(false);
  });

  it('gives a count 0 decimals and other measures 1', () => {
    expect(specOf({ ...base, measure: { type: 'count' }, denominator: undefined }).decimals).toBe(0);
    expect(specOf({ ...base, measure: { type: 'rate', per: 10000 } }).decimals).toBe(1);
    expect(specOf({ ...base, measure: { type: 'mean' } }).decimals).toBe(1);
    expect(specOf({ ...base, measure: { type: 'ratio' } }).decimals).toBe(1);
    expect(specOf({ ...base, measure: { type: 'count' }, denominator: undefined, decimals: 2 }).decimals).toBe(2);
  });

  it('starts a year-to-date window in April', () => {
    const ytd = { ...base, numerator: { field: 'withPlan', aggregate: 'sum' }, denominator: { field: 'cases', aggregate: 'sum' } };
    expect(specOf({ ...ytd, window: { type: 'year-to-date' } }).window).toEqual({ type: 'year-to-date', yearStartMonth: 4 });
    expect(specOf({ ...ytd, window: { type: 'year-to-date', yearStartMonth: 9 } }).window).toEqual({ type: 'year-to-date', yearStartMonth: 9 });
  });

  it('turns a variance type into { type, using: "exact" }', () => {
    expect(specOf({ ...base, variance: 'relative' }).variance).toMatchObject({ type: 'relative', using: 'exact' });
    expect(specOf({ ...base, variance: { type: 'difference' } }).variance).toMatchObject({ type: 'difference', using: 'exact' });
    expect(specOf({ ...base, variance: { type: 'difference', using: 'rounded' } }).variance).toMatchObject({ type: 'difference', using: 'rounded' });
  });

  it('rates the rounded value by default', () => {
    const spec = specOf({ ...base, rag: { bands: [{ rating: 'green' }] } });
    expect(spec.rag).toEqual({ on: 'value', using: 'rounded', bands: [{ rating: 'green' }] });
  });

  it('fills the defaults of each RAG step', () => {
    const spec = specOf({ ...base, rag: [{ from: '2017-04', rag: { bands: [{ rating: 'green' }] } }, { from: '2018-04', rag: null }] });
    expect(spec.rag).toEqual([
      { from: '2017-04', rag: { on: 'value', using: 'rounded', bands: [{ rating: 'green' }] } },
      { from: '2018-04', rag: null },
    ]);
  });

  it('fills a partial direction of travel', () => {
    expect(specOf({ ...base, directionOfTravel: { tolerance: 0.1 } }).directionOfTravel).toEqual({ compare: 'previous-period', tolerance: 0.1 });
    expect(specOf({ ...base, directionOfTravel: { compare: 'same-period-last-year' } }).directionOfTravel).toEqual({
      compare: 'same-period-last-year',
      tolerance: 0,
    });
  });

  it('turns bare field names into sum components and keeps explicit ones', () => {
    const spec = specOf({ ...base, numerator: { field: 'withPlan', aggregate: 'last' }, denominator: { value: 120 } });
    expect(spec.numerator).toEqual({ field: 'withPlan', aggregate: 'last' });
    expect(spec.denominator).toEqual({ value: 120 });
  });

  it('keeps every value that was given', () => {
    const spec = specOf(full);
    expect(spec).toEqual({
      ...full,
      variance: { ...(full.variance as object), decimals: (spec.variance as { decimals?: number }).decimals, sign: 'value-minus-target' },
      changes: { decimals: 1 },
    });
  });
});

describe('aggregates over windows longer than a month', () => {
  const sayHow = (field: string, window: string) =>
    `"${field}" is read over a ${window} window: say how its months combine, aggregate "sum" (a flow) or "last" (a snapshot)`;
  const writeIt = (field: string, window: string) =>
    `"${field}" is read over a ${window} window, and a bare field name would add up its months: ` +
    `write { field: "${field}", aggregate: "sum" } for a flow or { field: "${field}", aggregate: "last" } for a snapshot`;

  it('requires an aggregate over a rolling window of 2 months or more', () => {
    expect(
      issuesOf({ ...base, numerator: { field: 'withPlan' }, denominator: { field: 'cases' }, window: { type: 'rolling', months: 12 } }),
    ).toEqual([
      { code: 'window-needs-aggregate', path: 'numerator.aggregate', message: sayHow('withPlan', '12-month rolling') },
      { code: 'window-needs-aggregate', path: 'denominator.aggregate', message: sayHow('cases', '12-month rolling') },
    ]);
    expect(
      issuesOf({ ...base, numerator: { field: 'withPlan' }, denominator: { field: 'cases', aggregate: 'sum' }, window: { type: 'rolling', months: 2 } }),
    ).toEqual([{ code: 'window-needs-aggregate', path: 'numerator.aggregate', message: sayHow('withPlan', '2-month rolling') }]);
  });

  it('requires an aggregate over a year-to-date window', () => {
    expect(
      issuesOf({ ...base, numerator: { field: 'withPlan' }, denominator: { field: 'cases', aggregate: 'sum' }, window: { type: 'year-to-date' } }),
    ).toEqual([{ code: 'window-needs-aggregate', path: 'numerator.aggregate', message: sayHow('withPlan', 'year-to-date') }]);
  });

  // Issue 8: a bare name over 12 months summed 12 months of population, and
  // the rate came out twelve times too small with status ok.
  it('rejects a bare field name over a rolling window, naming the fix', () => {
    const issues = issuesOf({
      id: 'cic-admissions-rate',
      title: 'Admissions per 10,000',
      measure: { type: 'rate', per: 10000 },
      numerator: 'admissions',
      denominator: 'population',
      window: { type: 'rolling', months: 12 },
      polarity: 'neutral',
    });
    expect(issues).toEqual([
      { code: 'window-needs-aggregate', path: 'numerator', message: writeIt('admissions', '12-month rolling') },
      { code: 'window-needs-aggregate', path: 'denominator', message: writeIt('population', '12-month rolling') },
    ]);
    expect(issues[1]!.message).toContain('{ field: "population", aggregate: "last" }');
  });

  it('rejects a bare field name over a year-to-date window and a 2-month rolling window', () => {
    expect(issuesOf({ ...base, denominator: { field: 'cases', aggregate: 'sum' }, window: { type: 'year-to-date', yearStartMonth: 9 } })).toEqual([
      { code: 'window-needs-aggregate', path: 'numerator', message: writeIt('withPlan', 'year-to-date') },
    ]);
    expect(issuesOf({ ...base, numerator: { value: 1 }, window: { type: 'rolling', months: 2 } })).toEqual([
      { code: 'window-needs-aggregate', path: 'denominator', message: writeIt('cases', '2-month rolling') },
    ]);
  });

  it('needs none over a single month, where a bare name stays a sum', () => {
    for (const window of [{ type: 'rolling', months: 1 }, { type: 'period' }, undefined]) {
      const spec = specOf({ ...base, numerator: { field: 'withPlan' }, denominator: 'cases', window });
      expect(spec.numerator).toEqual({ field: 'withPlan', aggregate: 'sum' });
      expect(spec.denominator).toEqual({ field: 'cases', aggregate: 'sum' });
    }
  });

  it('accepts an explicit aggregate or a fixed value over a long window', () => {
    const spec = specOf({
      ...base,
      numerator: { field: 'withPlan', aggregate: 'sum' },
      denominator: { field: 'cases', aggregate: 'last' },
      window: { type: 'rolling', months: 12 },
    });
    expect(spec.numerator).toEqual({ field: 'withPlan', aggregate: 'sum' });
    expect(spec.denominator).toEqual({ field: 'cases', aggregate: 'last' });
    expect(specOf({ ...base, numerator: { field: 'withPlan', aggregate: 'mean' }, denominator: { value: 100 }, window: { type: 'year-to-date' } }).denominator).toEqual({
      value: 100,
    });
  });
});

describe('field names', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('rejects %j as a field name, bare or in an object', (name) => {
    expect(issuesOf({ ...base, numerator: name })).toEqual([
      expect.objectContaining({ code: 'forbidden-key', path: 'numerator', message: expect.stringContaining(`"${name}" cannot be a field name`) }),
    ]);
    expect(issuesOf({ ...base, denominator: { field: name, aggregate: 'last' } })).toEqual([
      expect.objectContaining({ code: 'forbidden-key', path: 'denominator.field' }),
    ]);
  });

  it('rejects __proto__ from JSON.parse', () => {
    const input: unknown = JSON.parse(JSON.stringify({ ...base, numerator: { field: '__proto__', aggregate: 'sum' } }));
    expect(issuesOf(input).map((i) => i.code)).toEqual(['forbidden-key']);
  });

  it('accepts names that only look like object methods', () => {
    expect(specOf({ ...base, numerator: 'toString', denominator: 'hasOwnProperty' }).numerator).toEqual({ field: 'toString', aggregate: 'sum' });
  });
});

describe('denominators', () => {
  it('rejects a denominator on a count', () => {
    expect(issuesOf({ ...base, measure: { type: 'count' } })).toEqual([
      { code: 'denominator-not-allowed', path: 'denominator', message: 'a count has no denominator: remove it, or use a percentage, rate, mean or ratio' },
    ]);
  });

  it.each([
    [{ type: 'percentage' }, 'a percentage needs a denominator'],
    [{ type: 'rate', per: 10000 }, 'a rate needs a denominator'],
    [{ type: 'mean' }, 'a mean needs a denominator'],
    [{ type: 'ratio' }, 'a ratio needs a denominator'],
  ])('requires one for %j', (measure, message) => {
    expect(issuesOf({ ...base, measure, denominator: undefined })).toEqual([{ code: 'denominator-required', path: 'denominator', message }]);
  });

  it('rejects a percentage of two fixed values above 100% as a spec error', () => {
    // No data row can fix this spec: every computeIndicator call would throw
    // INVALID_DATA at a path like "period 2017-09", so it belongs here.
    const issues = issuesOf({ ...base, numerator: { value: 11 }, denominator: { value: 10 } });
    expect(issues.map((i) => i.path)).toEqual([expect.stringMatching(/^numerator/)]);
    expect(validateSpec({ ...base, numerator: { value: 10 }, denominator: { value: 10 } }).ok).toBe(true);
  });
});

describe('steps, targets and what needs a target', () => {
  it('requires target steps in time order', () => {
    expect(
      issuesOf({
        ...base,
        target: [
          { from: '2017-04', value: 90 },
          { from: '2017-04', value: 92 },
          { from: '2016-04', value: 95 },
        ],
      }),
    ).toEqual([
      { code: 'steps-out-of-order', path: 'target[1].from', message: 'steps must be in time order: 2017-04 does not come after 2017-04' },
      { code: 'steps-out-of-order', path: 'target[2].from', message: 'steps must be in time order: 2016-04 does not come after 2017-04' },
    ]);
  });

  it('requires RAG steps in time order', () => {
    expect(
      issuesOf({
        ...base,
        rag: [
          { from: '2018-04', rag: null },
          { from: '2017-04', rag: { bands: [{ rating: 'green' }] } },
        ],
      }),
    ).toEqual([{ code: 'steps-out-of-order', path: 'rag[1].from', message: 'steps must be in time order: 2017-04 does not come after 2018-04' }]);
  });

  it('accepts steps in order across a year end', () => {
    const spec = specOf({ ...base, target: [{ from: '2017-12', value: 90 }, { from: '2018-01', value: null }] });
    expect(spec.target).toEqual([{ from: '2017-12', value: 90 }, { from: '2018-01', value: null }]);
  });

  it('requires a target for closer-to-target', () => {
    expect(issuesOf({ ...base, polarity: 'closer-to-target' })).toEqual([
      { code: 'needs-target', path: 'polarity', message: 'polarity "closer-to-target" needs a target, and the spec has none' },
    ]);
    expect(specOf({ ...base, polarity: 'closer-to-target', target: 345 }).target).toBe(345);
    expect(specOf({ ...base, polarity: 'closer-to-target', target: [{ from: '2017-04', value: 345 }] }).polarity).toBe('closer-to-target');
  });

  it('requires a target for a RAG on a difference from target', () => {
    expect(issuesOf({ ...base, rag: { on: 'difference-from-target', bands: [{ rating: 'green' }] } })).toEqual([
      { code: 'needs-target', path: 'rag.on', message: 'a RAG on "difference-from-target" needs a target, and the spec has none' },
    ]);
    expect(issuesOf({ ...base, rag: { on: 'relative-difference-from-target', bands: [{ rating: 'green' }] } })).toEqual([
      { code: 'needs-target', path: 'rag.on', message: 'a RAG on "relative-difference-from-target" needs a target, and the spec has none' },
    ]);
    expect(issuesOf({ ...base, rag: [{ from: '2017-04', rag: { on: 'difference-from-target', bands: [{ rating: 'green' }] } }] })).toEqual([
      { code: 'needs-target', path: 'rag[0].rag.on', message: 'a RAG on "difference-from-target" needs a target, and the spec has none' },
    ]);
    expect(specOf({ ...base, target: 90, rag: { on: 'difference-from-target', bands: [{ rating: 'green' }] } }).rag).toMatchObject({
      on: 'difference-from-target',
    });
  });
});

describe('the validated spec', () => {
  it('is deeply frozen', () => {
    const spec = specOf(full);
    expect(Object.isFrozen(spec)).toBe(true);
    expect(Object.isFrozen(spec.measure)).toBe(true);
    expect(Object.isFrozen(spec.numerator)).toBe(true);
    expect(Object.isFrozen(spec.window)).toBe(true);
    expect(Object.isFrozen(spec.variance)).toBe(true);
    expect(Object.isFrozen(spec.directionOfTravel)).toBe(true);
    expect(Object.isFrozen(spec.target)).toBe(true);
    const rag = spec.rag as readonly { rag: { bands: readonly object[] } | null }[];
    expect(Object.isFrozen(rag)).toBe(true);
    expect(Object.isFrozen(rag[0]!.rag!.bands)).toBe(true);
    expect(Object.isFrozen(rag[0]!.rag!.bands[0])).toBe(true);
    expect(() => {
      (spec as { decimals: number }).decimals = 3;
    }).toThrow(TypeError);
    expect(spec.decimals).toBe(2);
  });

  it('neither freezes nor shares the input', () => {
    const input = structuredClone(full);
    const spec = specOf(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.measure)).toBe(false);
    (input.rag as { rag: { bands: { max?: number }[] } }[])[0]!.rag.bands[0]!.max = 1;
    (input.target as { value: number | null }[])[0]!.value = 1;
    expect(specOf(full)).toEqual(spec);
  });

  it('comes back as itself from validateSpec and defineIndicator', () => {
    const spec = specOf(full);
    const again = validateSpec(spec);
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.spec).toBe(spec);
    expect(defineIndicator(spec)).toBe(spec);
  });

  it.each([
    ['minimal', base],
    ['full', full],
    ['count', { ...base, measure: { type: 'count' }, denominator: undefined, rag: { bands: [{ rating: 'green' }] } }],
    ['rolling', { ...base, numerator: { field: 'withPlan', aggregate: 'sum' }, denominator: { field: 'cases', aggregate: 'sum' }, window: { type: 'rolling', months: 12 }, target: 90, rag: { on: 'difference-from-target', bands: [{ rating: 'red', max: 0, maxInclusive: false }, { rating: 'green', min: 0, minInclusive: true }] } }],
  ])('is valid input after a JSON round trip (%s)', (_, input) => {
    const spec = specOf(input);
    const copy: unknown = JSON.parse(JSON.stringify(spec));
    const again = specOf(copy);
    expect(again).not.toBe(spec);
    expect(again).toEqual(spec);
    expect(specOf(structuredClone(spec))).toEqual(spec);
  });
});

describe('defineIndicator', () => {
  it('returns the validated spec', () => {
    const spec = defineIndicator(base);
    expect(spec.decimals).toBe(1);
    expect(spec.numerator).toEqual({ field: 'withPlan', aggregate: 'sum' });
    expect(Object.isFrozen(spec)).toBe(true);
  });

  it('throws one INVALID_SPEC error with every rule that spans fields', () => {
    const caught = indicatorErrorOf(() =>
      defineIndicator({
        ...base,
        measure: { type: 'count' },
        numerator: { field: 'withPlan' },
        window: { type: 'rolling', months: 12 },
        target: [
          { from: '2018-04', value: 1 },
          { from: '2017-04', value: 2 },
        ],
        rag: { bands: [{ rating: 'red', max: 10 }, { rating: 'green', min: 10, minInclusive: true }] },
      }),
    );
    expect(caught.code).toBe('INVALID_SPEC');
    expect(caught.issues.map((i) => i.path)).toEqual(['numerator.aggregate', 'denominator', 'target[1].from', 'rag.bands[0].maxInclusive']);
    expect(caught.message).toBe(
      'Invalid indicator spec: ' +
        'numerator.aggregate: "withPlan" is read over a 12-month rolling window: say how its months combine, aggregate "sum" (a flow) or "last" (a snapshot); ' +
        'denominator: a count has no denominator: remove it, or use a percentage, rate, mean or ratio; ' +
        'target[1].from: steps must be in time order: 2017-04 does not come after 2018-04; ' +
        'rag.bands[0].maxInclusive: say whether max 10 is in the band: maxInclusive true or false',
    );
  });

  it('throws one INVALID_SPEC error with every shape problem', () => {
    const caught = indicatorErrorOf(() => defineIndicator({ ...base, id: 'Pathway Plans', decimls: 2, rounding: 'up' } as unknown as IndicatorSpecInput));
    expect(caught.code).toBe('INVALID_SPEC');
    expect(caught.issues).toHaveLength(3);
    expect(caught.issues).toEqual(
      expect.arrayContaining([
        { code: 'bad-id', path: 'id', message: 'id must be kebab-case, e.g. "cic-admissions-rate"' },
        { code: 'unknown-key', path: 'decimls', message: 'Unrecognized key: "decimls"; did you mean "decimals"?' },
        expect.objectContaining({ path: 'rounding' }),
      ]),
    );
  });

  it('reports every band problem of every RAG step', () => {
    const issues = issuesOf({
      ...base,
      rag: [
        { from: '2016-04', rag: { bands: [{ rating: 'red', max: 50 }, { rating: 'green', min: 50, minInclusive: true }] } },
        { from: '2017-04', rag: { bands: [{ rating: 'red', max: 50, maxInclusive: false }, { rating: 'green', min: 51, minInclusive: true }] } },
      ],
    });
    expect(issues).toEqual([
      { code: 'band-inclusivity', path: 'rag[0].rag.bands[0].maxInclusive', message: 'say whether max 50 is in the band: maxInclusive true or false' },
      { code: 'band-gap', path: 'rag[1].rag.bands', message: 'bands leave 50 <= x < 51 uncovered (displayed values 50.0 to 50.9 at 1 decimal place)' },
    ]);
  });
});

describe('signed components, the difference measure, variance sign and changes (issue 11)', () => {
  const count = { id: 'net', title: 'Net', measure: { type: 'count' }, numerator: 'net', polarity: 'neutral' } as const;

  it('keeps signed only when true, and fills variance sign and changes', () => {
    const spec = specOf({ ...count, numerator: { field: 'net', signed: true } });
    expect(spec.numerator).toEqual({ field: 'net', aggregate: 'sum', signed: true });
    expect(specOf({ ...count, numerator: { field: 'net', signed: false } }).numerator).toEqual({ field: 'net', aggregate: 'sum' });
    expect(spec.variance.sign).toBe('value-minus-target');
    expect(spec.changes).toEqual({ decimals: 1 });
    expect(specOf({ ...count, variance: { type: 'relative', sign: 'target-minus-value' }, changes: { base: '2017-04', decimals: 0 } })).toMatchObject({
      variance: { type: 'relative', sign: 'target-minus-value' },
      changes: { base: '2017-04', decimals: 0 },
    });
  });

  it('refuses a signed component in a percentage or a rate, naming each', () => {
    expect(issuesOf({ ...base, numerator: { field: 'withPlan', signed: true }, denominator: { field: 'cases', signed: true } }).map((i) => [i.code, i.path])).toEqual([
      ['signed-not-allowed', 'numerator.signed'],
      ['signed-not-allowed', 'denominator.signed'],
    ]);
    expect(issuesOf({ ...count, measure: { type: 'rate', per: 10000 }, numerator: { field: 'net', signed: true }, denominator: { value: 47715 } })[0]).toMatchObject({
      code: 'signed-not-allowed',
      message: 'a rate counts things, and its numerator cannot be negative: remove signed, or use a count, mean, ratio or difference for a figure that can fall below zero',
    });
  });

  it('a difference needs a denominator, defaults to 1 decimal and has no confidence interval', () => {
    const difference = { ...count, measure: { type: 'difference' } };
    expect(issuesOf(difference).map((i) => i.code)).toEqual(['denominator-required']);
    expect(specOf({ ...difference, denominator: 'ceased' }).decimals).toBe(1);
    expect(issuesOf({ ...difference, denominator: 'ceased', confidence: 0.95 }).map((i) => [i.code, i.path])).toEqual([['no-interval', 'confidence']]);
    expect(issuesOf({ ...count, numerator: { field: 'net', signed: true }, confidence: 0.95 }).map((i) => [i.code, i.path])).toEqual([['no-interval', 'numerator.signed']]);
  });

  it('checks RAG bands of a difference or a signed value on the whole line, below zero included', () => {
    const fromZero = { bands: [{ rating: 'green', min: 0, minInclusive: true }] };
    expect(validateSpec({ ...count, rag: fromZero }).ok).toBe(true);
    expect(issuesOf({ ...count, numerator: { field: 'net', signed: true }, rag: fromZero }).map((i) => i.code)).toEqual(['band-gap']);
    expect(issuesOf({ ...count, measure: { type: 'difference' }, denominator: 'ceased', rag: fromZero }).map((i) => i.code)).toEqual(['band-gap']);
  });

  it('refuses a malformed changes base, unknown changes keys and a bad variance sign', () => {
    expect(issuesOf({ ...count, changes: { base: '2017-4' } }).map((i) => [i.code, i.path])).toEqual([['bad-format', 'changes.base']]);
    expect(issuesOf({ ...count, changes: { since: '2017-04' } }).map((i) => [i.code, i.path])).toEqual([['unknown-key', 'changes.since']]);
    expect(issuesOf({ ...count, changes: { decimals: 11 } }).map((i) => [i.code, i.path])).toEqual([['out-of-range', 'changes.decimals']]);
    expect(issuesOf({ ...count, variance: { type: 'difference', sign: 'minus' } }).map((i) => [i.code, i.path])).toEqual([['bad-choice', 'variance.sign']]);
  });
});

// Gaps found by mutation testing (`npm run test:mutation`, issue 8 point 14): how a value of the wrong type is
// named in "received ...", and a missing spec is the wrong type, not a missing key.
describe('what a value of the wrong type is called', () => {
  const received = (title: unknown): string => {
    const issues = issuesOf({ ...base, title });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['wrong-type', 'title']]);
    return issues[0]!.message;
  };

  it('a number, NaN and null by their kind', () => {
    expect(received(5)).toBe('Invalid input: expected string, received number');
    expect(received(NaN)).toBe('Invalid input: expected string, received NaN');
    expect(received(null)).toBe('Invalid input: expected string, received null');
  });

  it('an instance of a named class by its class; a plain object, one with no prototype and an anonymous class instance as object', () => {
    expect(received(new Date(0))).toBe('Invalid input: expected string, received Date');
    expect(received({})).toBe('Invalid input: expected string, received object');
    expect(received(Object.create(null))).toBe('Invalid input: expected string, received object');
    expect(received(new (class {})())).toBe('Invalid input: expected string, received object');
  });

  it('no spec at all is the wrong type at the top, not a missing key', () => {
    expect(issuesOf(undefined)).toEqual([{ code: 'wrong-type', path: '', message: 'Invalid input: expected object, received undefined' }]);
    expect(issuesOf('spec')).toEqual([{ code: 'wrong-type', path: '', message: 'Invalid input: expected object, received string' }]);
  });
});

describe('rules across fields, found by mutation testing', () => {
  it('a fixed numerator above a fixed denominator is a percentage over 100', () => {
    expect(issuesOf({ ...base, numerator: { value: 5 }, denominator: { value: 4 } })).toEqual([
      { code: 'percentage-over-100', path: 'numerator.value', message: 'a fixed numerator of 5 over a fixed denominator of 4 is a percentage above 100%' },
    ]);
    // Equal is 100%, allowed; a rate may exceed its denominator.
    expect(validateSpec({ ...base, numerator: { value: 4 }, denominator: { value: 4 } }).ok).toBe(true);
    expect(validateSpec({ ...base, measure: { type: 'rate', per: 1000 }, numerator: { value: 5 }, denominator: { value: 4 } }).ok).toBe(true);
  });

  it('benchmark steps out of order are named under the benchmark', () => {
    const benchmarks = { england: [{ from: '2017-04', value: 61 }, { from: '2017-01', value: 62 }] };
    expect(issuesOf({ ...base, benchmarks })).toEqual([
      { code: 'steps-out-of-order', path: 'benchmarks.england[1].from', message: 'steps must be in time order: 2017-01 does not come after 2017-04' },
    ]);
  });

  it('a validated spec keeps its own copy of the benchmark steps', () => {
    const steps = [{ from: '2017-04', value: 61, label: '2016-17' }];
    const spec = defineIndicator({ ...base, benchmarks: { england: steps } });
    expect(spec.benchmarks).toEqual({ england: [{ from: '2017-04', value: 61, label: '2016-17' }] });
    expect(spec.benchmarks!['england']![0]).not.toBe(steps[0]);
    expect(Object.isFrozen(steps[0])).toBe(false);
  });
});

// Found by mutation testing: the JSON Schema's help texts (what an editor shows on hover) must not go missing.
describe('indicatorSpecJsonSchema describes the fields people write', () => {
  it('has a description, in words, at each documented field', () => {
    const schema = indicatorSpecJsonSchema() as Record<string, unknown>;
    const at = (path: string): unknown => path.split('/').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], schema);
    const described = [
      'properties/$schema',
      'properties/measure',
      'properties/measure/oneOf/0/properties/belowOnePercent',
      'properties/measure/oneOf/1/properties/partOfDenominator',
      'properties/numerator',
      'properties/numerator/anyOf/1/anyOf/0/properties/aggregate',
      'properties/numerator/anyOf/1/anyOf/0/properties/signed',
      'properties/window',
      'properties/frequency',
      'properties/thresholdsPer',
      'properties/variance/anyOf/1/properties/sign',
      'properties/rag/anyOf/0/properties/bands/items/properties/label',
      'properties/confidence',
      'properties/changes',
      'properties/changes/properties/base',
      'properties/changes/properties/decimals',
      'properties/benchmarks',
      'properties/benchmarks/additionalProperties/items/properties/label',
    ];
    for (const path of described) expect((at(path) as { description?: unknown }).description, path).toMatch(/^\S.{20,}/);
    expect(schema['title']).toBe('council-indicators indicator spec');
  });
});

describe('number limits at their ends, found by mutation testing', () => {
  it('a spec number of exactly 10^-10 in size is accepted, a smaller one is not (docs/concepts.md, "Limits")', () => {
    // A percentage's threshold under 1% needs belowOnePercent (see "percentage thresholds written as fractions").
    const small = { ...base, measure: { type: 'percentage', belowOnePercent: true } } as const;
    expect(validateSpec({ ...small, target: 1e-10 }).ok).toBe(true);
    expect(validateSpec({ ...small, target: -1e-10 }).ok).toBe(true);
    expect(issuesOf({ ...base, target: 9e-11 })).toEqual([
      { code: 'out-of-range', path: 'target', message: 'numbers in a spec must be zero or at least 10^-10 in size' },
    ]);
  });

  it('a confidence level runs from 0.9 to 0.999, both ends included', () => {
    for (const confidence of [0.9, 0.999, [0.9, 0.999]]) expect(validateSpec({ ...base, confidence }).ok, JSON.stringify(confidence)).toBe(true);
    for (const confidence of [0.89, 0.9991, 1, 0]) {
      expect(issuesOf({ ...base, confidence }).map((i) => [i.code, i.path]), String(confidence)).toEqual([['out-of-range', 'confidence']]);
    }
  });
});

// New-user trial A1/A2: a percentage's target and bands written as fractions of 1 (0.9 for 90%) rated 10% green;
// a target of 0.8 beside bands at 80 and 90 gave a variance of +59.2. A positive threshold of at most 1 is refused
// unless the measure says belowOnePercent.
describe('percentage thresholds written as fractions', () => {
  const OPT_OUT = 'or if you mean under 1%, add belowOnePercent: true to the measure';
  const bands = (a: number, b: number) => ({
    bands: [
      { rating: 'red' as const, max: a, maxInclusive: false },
      { rating: 'amber' as const, min: a, minInclusive: true, max: b, maxInclusive: false },
      { rating: 'green' as const, min: b, minInclusive: true },
    ],
  });

  it('refuses a target and bands all at most 1, each with the percent to write', () => {
    expect(issuesOf({ ...base, target: 0.9, rag: bands(0.8, 0.9) })).toEqual([
      { code: 'percent-as-fraction', path: 'target', message: `target 0.9 is 0.9%, not 90%: a percentage's thresholds are in percent (0 to 100): write 90, ${OPT_OUT}` },
      {
        code: 'percent-as-fraction',
        path: 'rag.bands',
        message: `band edges 0.8 and 0.9 are 0.8% and 0.9%, not 80% and 90%: a percentage's thresholds are in percent (0 to 100): write 80 and 90, ${OPT_OUT}`,
      },
    ]);
  });

  it('refuses a target of 0.8 beside bands at 80 and 90', () => {
    expect(issuesOf({ ...base, target: 0.8, rag: bands(80, 90) })).toEqual([
      {
        code: 'percent-as-fraction',
        path: 'target',
        message: `target 0.8 is 0.8%, not 80%: a percentage's thresholds are in percent (0 to 100): write 80, ${OPT_OUT}`,
      },
    ]);
  });

  it('refuses it with a RAG on the difference from target, whose bands are points and are not read', () => {
    const rag = { on: 'difference-from-target' as const, bands: [{ rating: 'red' as const, max: 0, maxInclusive: false }, { rating: 'green' as const, min: 0, minInclusive: true }] };
    expect(issuesOf({ ...base, target: 0.8, rag }).map((i) => [i.code, i.path])).toEqual([['percent-as-fraction', 'target']]);
    expect(validateSpec({ ...base, target: 80, rag: { ...rag, bands: [{ rating: 'red', max: -0.5, maxInclusive: false }, { rating: 'green', min: -0.5, minInclusive: true }] } }).ok).toBe(true);
  });

  it('reads target steps, RAG steps and benchmarks, at their paths; exact percents (0.07 is 7, not 7.000000000000001)', () => {
    const issues = issuesOf({
      ...base,
      target: [{ from: '2017-04', value: 85 }, { from: '2018-04', value: 0.07 }, { from: '2019-04', value: null }],
      rag: [{ from: '2017-04', rag: bands(80, 90) }, { from: '2018-04', rag: bands(0.5, 1) }, { from: '2019-04', rag: null }],
      benchmarks: { england: [{ from: '2017-04', value: 0.62, label: '2016-17' }] },
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['percent-as-fraction', 'target[1].value'],
      ['percent-as-fraction', 'rag[1].rag.bands'],
      ['percent-as-fraction', 'benchmarks.england[0].value'],
    ]);
    expect(issues[0]!.message).toBe(
      `target 0.07 is 0.07%, not 7%: a percentage's thresholds are in percent (0 to 100): write 7, ${OPT_OUT}`,
    );
    expect(issues[1]!.message).toContain('band edges 0.5 and 1 are 0.5% and 1%, not 50% and 100%');
    expect(issues[2]!.message).toContain('benchmark 0.62 is 0.62%, not 62%');
  });

  it('accepts them with belowOnePercent, zero anywhere, and thresholds above 1; other measures are not read', () => {
    const measure = { type: 'percentage', belowOnePercent: true } as const;
    expect(specOf({ ...base, measure, target: 0.9, rag: bands(0.8, 0.9) }).measure).toEqual(measure);
    expect(validateSpec({ ...base, target: 0, rag: bands(50, 90) }).ok).toBe(true);
    expect(validateSpec({ ...base, target: 1.5, rag: bands(1.1, 2) }).ok).toBe(true);
    expect(validateSpec({ ...base, measure: { type: 'rate', per: 1000 }, target: 0.9, rag: bands(0.8, 0.9) }).ok).toBe(true);
    // belowOnePercent: false is the default, and says nothing.
    expect(issuesOf({ ...base, measure: { type: 'percentage', belowOnePercent: false }, target: 1 }).map((i) => i.path)).toEqual(['target']);
  });
});

describe('a rate whose numerator is part of its denominator, with fixed values', () => {
  it('refuses a fixed numerator above a fixed denominator, as a percentage above 100% is', () => {
    const spec = { ...base, measure: { type: 'rate', per: 1000, partOfDenominator: true }, numerator: { value: 5 }, denominator: { value: 4 } } as const;
    expect(issuesOf(spec)).toEqual([
      {
        code: 'numerator-over-denominator',
        path: 'numerator.value',
        message: 'a fixed numerator of 5 over a fixed denominator of 4 is more than the whole it is part of (partOfDenominator)',
      },
    ]);
    expect(specOf({ ...spec, numerator: { value: 4 } }).measure).toEqual({ type: 'rate', per: 1000, partOfDenominator: true });
  });
});

describe('thresholdsPer', () => {
  it('keeps the period a spec says its thresholds are written for, and refuses another word or a misspelt key', () => {
    expect(defineIndicator({ ...base, thresholdsPer: 'quarter' }).thresholdsPer).toBe('quarter');
    expect('thresholdsPer' in defineIndicator(base)).toBe(false);
    expect(issuesOf({ ...base, thresholdsPer: 'year' }).map((i) => [i.code, i.path])).toEqual([['bad-choice', 'thresholdsPer']]);
    expect(issuesOf({ ...base, thresholdPer: 'month' })[0]!.message).toBe('Unrecognized key: "thresholdPer"; did you mean "thresholdsPer"?');
  });
});
