/**
 * The core checks a spec's shape with src/spec/shape.ts, written out, and
 * not with the zod schema of src/spec/schema.ts, which the JSON Schema is
 * generated from. The two must agree: on valid specs and on specs varied
 * in every way (values of other types, numbers out of range, keys left out
 * or unknown, lists too long or empty), the same data, in the same key
 * order, or the same issues, with the same codes, paths, messages and
 * inputs, nested union issues included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorSpecSchema } from '../../src/spec/schema.js';
import { checkShape, zodMessage } from '../../src/spec/validate.js';
import { base, full } from './fixtures.js';

/** zod's answer, as validation asked for it before the core stopped bundling zod. */
function zodShape(input: unknown): { value: unknown; issues: unknown[] } {
  const parsed = indicatorSpecSchema.safeParse(input, { error: zodMessage, reportInput: true });
  return parsed.success ? { value: parsed.data, issues: [] } : { value: undefined, issues: parsed.error.issues };
}

/** An issue without what only one side records: zod's `received`, shape.ts's `continue` and `known` (the keys an object takes). */
function comparable(issue: unknown): unknown {
  const { continue: _c, received: _r, known: _k, ...rest } = issue as Record<string, unknown>;
  if (Array.isArray(rest.errors)) rest.errors = rest.errors.map((branch: unknown[]) => branch.map(comparable));
  return rest;
}

/** A value with its objects' keys in order (and keys holding undefined kept). */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => [k, layout(v)]);
  return value;
}

function expectSame(input: unknown): void {
  const ours = checkShape(input);
  const zods = zodShape(input);
  expect(ours.issues.map(comparable)).toEqual(zods.issues.map(comparable));
  if (zods.issues.length === 0) expect(layout(ours.value)).toStrictEqual(layout(zods.value));
}

/** Valid specs that between them use every part of the schema. */
const valid: unknown[] = [
  base,
  full,
  { ...base, measure: { type: 'percentage', belowOnePercent: true } },
  { ...full, measure: { type: 'rate', per: 10000, partOfDenominator: false } },
  {
    ...base,
    $schema: './spec.schema.json',
    measure: { type: 'count' },
    numerator: { field: 'n', signed: true },
    denominator: undefined,
    window: { type: 'rolling', months: 12 },
    frequency: 'month',
    thresholdsPer: 'quarter',
    target: 5,
    variance: { type: 'difference', decimals: 2, sign: 'target-minus-value' },
    rag: { bands: [{ rating: 'blue' }] },
    confidence: [0.95, 0.998],
    changes: { base: '2017-04', decimals: 2 },
    benchmarks: { england: [{ from: '2016-04', value: 60, label: '2015-16' }], 'statistical-neighbours': [{ from: '2016-04', value: null }] },
  },
  { ...base, window: { type: 'period' }, variance: 'relative', confidence: 0.9, directionOfTravel: {} },
  { ...base, measure: { type: 'mean' }, window: { type: 'year-to-date' }, numerator: { field: 'a', aggregate: 'mean' }, denominator: { value: 0 } },
];

/** Values of every kind, some near the limits of the spec's checks. */
const EDGES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  0.5,
  1.5,
  0.95,
  2,
  12,
  120,
  121,
  0.999,
  1e15,
  1e-11,
  1e16,
  -1e16,
  2 ** 60,
  -(2 ** 60),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'ab',
  'abc',
  '😀😀',
  'sum',
  'last',
  'rolling',
  'year-to-date',
  'percentage',
  'relative',
  '2017-04',
  '2017-13',
  'Not-Kebab',
  [],
  [0.95],
  [0.95, 0.95, 0.998],
  ['x', 1],
  {},
  { length: 0 },
  { length: 5 },
  { type: 'nope' },
  { value: -1 },
  { field: '' },
  { bands: [] },
  { rating: 'pink' },
  [{ from: '2017-04', value: 1 }],
  new Date(0),
  JSON.parse('{"__proto__": 1}') as unknown,
];

/** An edge value or any value at all. */
const other = fc.oneof(fc.constantFrom(...EDGES), fc.anything({ maxDepth: 2 }));

/** Every spec made from a valid one by one change: a value replaced by an edge value, a key dropped, a key added. */
function* oneChange(value: unknown): Generator<unknown> {
  for (const edge of EDGES) yield edge;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) for (const v of oneChange(value[i])) yield value.map((x, j) => (j === i ? v : x));
    yield [...value, value[0]];
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, x] of Object.entries(value)) {
      for (const v of oneChange(x)) yield { ...value, [key]: v };
      const { [key]: _, ...rest } = value as Record<string, unknown>;
      yield rest;
    }
    yield { ...value, extra: 1 };
  }
}

/** A valid value varied: left as it is, replaced, or, inside, with keys dropped or added and items varied. */
function variant(value: unknown, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(value);
  if (Array.isArray(value)) {
    const items = fc.tuple(...value.map((v) => variant(v, depth + 1)));
    const varied = fc.tuple(items, fc.option(other, { freq: 4 })).map(([xs, extra]) => (extra === null ? xs : [...xs, extra]));
    return fc.oneof({ weight: 4, arbitrary: varied }, { weight: 1, arbitrary: other });
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => [k, variant(v, depth + 1)] as const);
    const record = fc.record(Object.fromEntries(entries), { requiredKeys: [] });
    const key = fc.constantFrom('extra', 'type', 'value', 'field', 'from', 'bands', 'Bad Name', '__proto__');
    const varied = fc
      .tuple(record, fc.option(fc.tuple(key, other), { freq: 3 }))
      .map(([o, extra]) => {
        if (extra === null) return o;
        // Defined, not assigned: an own `__proto__` key, as JSON.parse makes one.
        return Object.defineProperty({ ...o }, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
      });
    return fc.oneof({ weight: 5, arbitrary: varied }, { weight: 1, arbitrary: other });
  }
  return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: other });
}

describe('the shape check written out agrees with the zod schema', () => {
  it('on valid specs: the same data, keys in the same order', () => {
    for (const spec of valid) {
      expect(checkShape(spec).issues).toEqual([]);
      expectSame(spec);
    }
  });

  it('on values that are no spec at all', () => {
    for (const input of [undefined, null, 1, 'spec', [], [base], new Map(), Object.create(base) as unknown]) expectSame(input);
  });

  it('on every spec one change away from a valid one', () => {
    let count = 0;
    for (const spec of valid) {
      for (const input of oneChange(spec)) {
        expectSame(input);
        count++;
      }
    }
    expect(count).toBeGreaterThan(5_000);
  });

  it('on specs varied in many ways at once', () => {
    fc.assert(
      fc.property(fc.oneof(...valid.map((spec) => variant(spec, 0))), (input) => {
        expectSame(input);
      }),
      { numRuns: 1000 },
    );
  });

  it('on own __proto__ keys, symbol keys and inherited keys', () => {
    expectSame(JSON.parse('{"id": "a", "__proto__": {"x": 1}}'));
    expectSame({ ...base, benchmarks: JSON.parse('{"__proto__": [], "england": []}') as unknown });
    expectSame({ ...base, benchmarks: { [Symbol('s')]: [], england: [{ from: '2017-04', value: 1 }] } });
    expectSame({ ...base, benchmarks: new Map() });
    expectSame({ ...base, benchmarks: Object.create(null) as unknown });
    expectSame(Object.assign(Object.create({ title: 'Inherited', extra: 1 }) as object, { ...base, title: undefined }));
  });
});
