/**
 * The shape check of an indicator spec, written out: the checks of the zod
 * schema in `schema.ts`, run in zod's order, giving zod's issues and zod's
 * result. The core validates specs with this file and so carries no zod (it
 * was 7 kB of the 25 kB gzipped core bundle); `schema.ts` stays the shape the
 * JSON Schema is generated from, and test/spec/shape.test.ts holds the two
 * to the same issues and results.
 *
 * What zod does, and so what this does:
 * - a value of the wrong type stops its checks, except the length checks,
 *   which run on anything with a `length` (so `""` where a list goes is also
 *   "too small") unless an issue stopped even them (a list too long);
 * - an object checks its keys in the schema's order, then names the keys it
 *   does not know; the result holds the known keys, in the schema's order;
 * - a union returns the first option that passes; else, if exactly one
 *   option failed only on checks (its type was right), that option's issues;
 *   else one `invalid_union` issue holding every option's issues.
 *
 * @module
 */
import { isObject, isPlainObject } from './objects.js';

/** A zod issue, as `validate.ts` reads it (`zodMessage`, `flatten`). */
export type ShapeIssue = {
  code: string;
  input: unknown;
  path: PropertyKey[];
  /** The message a check or union sets itself; `validate.ts` writes the others. */
  message?: string | undefined;
  /** True for an issue after which the checks go on (a value of the right type); false for one that stops even the length checks. */
  continue?: boolean;
  [field: string]: unknown;
};

/** The value a check returns (a new object or array for one) and its issues. */
export type Parsed = { value: unknown; issues: ShapeIssue[] };

type Shape = (input: unknown) => Parsed;

/** A check of a value, after its type: true, or the issue. `length` checks run as zod's do (see above). */
type Check = { test: (value: any) => boolean; issue: (value: any) => { code: string; [field: string]: unknown }; length?: true };

/** Whether issues stop the checks after them (zod's `aborted`). */
const aborted = (issues: readonly ShapeIssue[]): boolean => issues.some((i) => i.continue !== true);

const wrongType = (expected: string, input: unknown): Parsed => ({ value: input, issues: [{ code: 'invalid_type', expected, input, path: [] }] });

/** A type test, then checks. */
function typed(expected: string, test: (input: unknown) => boolean, ...checks: Check[]): Shape {
  return checked((input) => (test(input) ? { value: input, issues: [] } : wrongType(expected, input)), checks);
}

/** Run checks after a shape, in zod's way. */
function checked(shape: Shape, checks: readonly Check[]): Shape {
  if (checks.length === 0) return shape;
  return (input) => {
    const result = shape(input);
    const { value, issues } = result;
    let stopped = aborted(issues);
    for (const check of checks) {
      const run = check.length
        ? !issues.some((i) => i.continue === false) && value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined
        : !stopped;
      if (!run || check.test(value)) continue;
      const found: ShapeIssue = { ...check.issue(value), input: value, path: [] };
      issues.push(found);
      stopped ||= found.continue !== true;
    }
    return result;
  };
}

const string = (...checks: Check[]) => typed('string', (x) => typeof x === 'string', ...checks);
const number = (...checks: Check[]) => typed('number', (x) => typeof x === 'number' && Number.isFinite(x), ...checks);
const boolean = typed('boolean', (x) => typeof x === 'boolean');

/** One of these strings. */
function oneOf(...values: string[]): Shape {
  return (input) => ({ value: input, issues: values.includes(input as string) ? [] : [{ code: 'invalid_value', values, input, path: [] }] });
}

/** `>= limit` (`> limit` unless inclusive). */
function atLeast(limit: number, inclusive = true, message?: string): Check {
  return {
    test: (x: number) => (inclusive ? x >= limit : x > limit),
    issue: () => ({ code: 'too_small', origin: 'number', minimum: limit, inclusive, message, continue: true }),
  };
}

/** `<= limit`. */
function atMost(limit: number, message?: string): Check {
  return { test: (x: number) => x <= limit, issue: () => ({ code: 'too_big', origin: 'number', maximum: limit, inclusive: true, message, continue: true }) };
}

/** A test of the caller's, with its message (zod's `refine`). */
const refine = (test: (x: number) => boolean, message: string): Check => ({ test, issue: () => ({ code: 'custom', message, continue: true }) });

/** zod's `regex`. */
function pattern(re: RegExp, message: string): Check {
  return {
    test: (x: string) => re.test(x),
    issue: () => ({ code: 'invalid_format', origin: 'string', format: 'regex', pattern: String(re), message, continue: true }),
  };
}

/** A length in characters (code points) or items. */
const lengthOf = (x: { length: number }): number => (typeof x === 'string' ? [...x].length : x.length);
const lengthOrigin = (x: unknown): string => (Array.isArray(x) ? 'array' : typeof x === 'string' ? 'string' : 'unknown');

/** zod's `minLength`. */
function minLength(limit: number, message?: string): Check {
  return {
    test: (x) => lengthOf(x) >= limit,
    issue: (x) => ({ code: 'too_small', origin: lengthOrigin(x), minimum: limit, inclusive: true, message, continue: true }),
    length: true,
  };
}

/** zod's `maxLength`. */
function maxLength(limit: number): Check {
  return {
    test: (x) => lengthOf(x) <= limit,
    issue: (x) => ({ code: 'too_big', origin: lengthOrigin(x), maximum: limit, inclusive: true, continue: true }),
    length: true,
  };
}

/** Prefix the paths of issues with a key or index, as zod does when it passes them up. */
function under(key: PropertyKey, issues: ShapeIssue[]): ShapeIssue[] {
  for (const issue of issues) issue.path.unshift(key);
  return issues;
}

/**
 * A list of items, at least `min` of them; a list longer than `max` is
 * only reported as too long, its items unchecked (zod's size cap).
 */
function array(item: Shape, min: number, message?: string, max?: number): Shape {
  const list: Shape = (input) => {
    if (!Array.isArray(input)) return wrongType('array', input);
    if (max !== undefined && input.length > max) {
      return { value: input, issues: [{ ...maxLength(max).issue(input), continue: false, input, path: [] }] };
    }
    const issues: ShapeIssue[] = [];
    const value = input.map((x, i) => {
      const result = item(x);
      issues.push(...under(i, result.issues));
      return result.value;
    });
    return { value, issues };
  };
  return checked(list, max === undefined ? [minLength(min, message)] : [minLength(min), maxLength(max)]);
}

/** Possibly undefined. */
const optional = (shape: Shape): Shape => (input) => (input === undefined ? { value: input, issues: [] } : shape(input));
const nullable = (shape: Shape): Shape => (input) => (input === null ? { value: input, issues: [] } : shape(input));

/** An object with these keys and no others, its result holding them in this order. */
function strictObject(shape: Record<string, Shape>): Shape {
  return (input) => {
    if (!isObject(input)) return wrongType('object', input);
    const value: Record<string, unknown> = {};
    const issues: ShapeIssue[] = [];
    for (const key of Object.keys(shape)) {
      const result = shape[key]!((input as Record<string, unknown>)[key]);
      issues.push(...under(key, result.issues));
      if (key in input) value[key] = result.value;
    }
    const keys: string[] = [];
    for (const key in input) if (!Object.hasOwn(shape, key)) keys.push(key);
    // `known` (not zod's) lets `validate.ts` suggest the key a typo meant.
    if (keys.length > 0) issues.push({ code: 'unrecognized_keys', keys, known: Object.keys(shape), input, path: [], continue: true });
    return { value, issues };
  };
}

/**
 * The first of the options that passes (see the module's notes). `message`
 * is the union's own, for when no option is near.
 */
function union(options: Shape[], message?: string): Shape {
  return (input) => {
    const results: Parsed[] = [];
    for (const option of options) {
      const result = option(input);
      if (result.issues.length === 0) return result;
      results.push(result);
    }
    const near = results.filter((r) => !aborted(r.issues));
    if (near.length === 1) return near[0]!;
    return { value: input, issues: [{ code: 'invalid_union', input, errors: results.map((r) => r.issues), message, path: [] }] };
  };
}

/**
 * `z.discriminatedUnion('type', options)`: the object option its `type`
 * names, or one issue at `type` listing the types.
 */
function byType(options: Record<string, Record<string, Shape>>): Shape {
  const types = Object.keys(options);
  const shapes = types.map((type) => strictObject({ type: oneOf(type), ...options[type] }));
  return (input) => {
    if (!isObject(input)) return wrongType('object', input);
    const i = types.indexOf((input as { type?: unknown }).type as string);
    if (i < 0) return { value: input, issues: [{ code: 'invalid_union', errors: [], options: types, input, path: ['type'] }] };
    return shapes[i]!(input);
  };
}

/** The kebab-case rule of ids and benchmark names. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BENCHMARK_NAME = 'benchmark names must be kebab-case, e.g. "statistical-neighbours"';

/** `z.record(benchmarkName, steps)`: kebab-case keys, each with its steps. */
function benchmarkRecord(steps: Shape): Shape {
  return (input) => {
    if (!isPlainObject(input)) return wrongType('record', input);
    const value: Record<PropertyKey, unknown> = {};
    const issues: ShapeIssue[] = [];
    for (const key of Reflect.ownKeys(input as object)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (typeof key !== 'string' || !KEBAB.test(key)) {
        // What zod's record reports, its key issue already given its message.
        const message = typeof key === 'string' ? BENCHMARK_NAME : 'Invalid input: expected string, received symbol';
        issues.push({ code: 'invalid_key', issues: [{ message }], input: key, path: [key] });
        continue;
      }
      const result = steps((input as Record<PropertyKey, unknown>)[key]);
      issues.push(...under(key, result.issues));
      value[key] = result.value;
    }
    return { value, issues };
  };
}

const SPEC_NUMBER_RANGE = 'numbers in a spec must be between -10^15 and 10^15';

/** A number in a spec: see `specNumber` in `schema.ts`. */
const specNumber = (...extra: Check[]) =>
  number(
    atLeast(-1e15, true, SPEC_NUMBER_RANGE),
    atMost(1e15, SPEC_NUMBER_RANGE),
    refine((x) => x === 0 || Math.abs(x) >= 1e-10, 'numbers in a spec must be zero or at least 10^-10 in size'),
    ...extra,
  );

/** A whole number from `min` to `max`: `intCheck` in `schema.ts`, then the range. */
const int = (min: number, max: number) =>
  number(
    {
      test: (x: number) => Number.isSafeInteger(x),
      issue: (x: number) =>
        !Number.isInteger(x)
          ? { code: 'invalid_type', expected: 'int', continue: false }
          : x > 0
            ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, origin: 'int', inclusive: true, continue: true }
            : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, continue: true },
    },
    atLeast(min),
    atMost(max),
  );

/**
 * The shape check of a spec as written: the issues and result of
 * `indicatorSpecSchema.safeParse`, each issue without its message unless a
 * check sets one (`validate.ts` writes the rest, as zod's error map).
 */
function specShape(): Shape {
  const period = string(pattern(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month in YYYY-MM form, e.g. "2017-04"'));
  const fieldName = string(minLength(1, 'a field name cannot be empty'));
  const text = optional(string());
  const flag = optional(boolean);
  const decimals = optional(int(0, 10));
  const component = union(
    [
      fieldName,
      union([
        strictObject({ field: fieldName, aggregate: optional(oneOf('sum', 'last', 'mean')), signed: flag }),
        strictObject({ value: specNumber(atLeast(0, true, 'a fixed value cannot be negative')) }),
      ]),
    ],
    'expected a field name, { field, aggregate } or { value }',
  );
  const steps = (step: Record<string, Shape>) => array(strictObject({ from: period, ...step }), 1);
  const rag = strictObject({
    on: optional(oneOf('value', 'difference-from-target', 'relative-difference-from-target')),
    using: optional(oneOf('rounded', 'exact')),
    bands: array(
      strictObject({
        rating: oneOf('red', 'amber', 'green', 'blue'),
        min: optional(specNumber()),
        minInclusive: flag,
        max: optional(specNumber()),
        maxInclusive: flag,
        label: text,
      }),
      1,
      'a RAG needs at least one band',
    ),
  });
  const varianceType = oneOf('difference', 'relative');
  const confidenceLevel = number(
    refine((x) => x >= 0.9 && x <= 0.999, 'a confidence level is a fraction from 0.9 to 0.999, e.g. 0.95 (95%) or 0.998 (99.8%)'),
  );
  return strictObject({
    $schema: text,
    id: string(pattern(KEBAB, 'id must be kebab-case, e.g. "cic-admissions-rate"')),
    title: string(minLength(1, 'title cannot be empty')),
    description: text,
    measure: byType({
      percentage: { belowOnePercent: flag },
      rate: { per: specNumber(atLeast(0, false, 'per must be positive')), partOfDenominator: flag },
      count: {},
      mean: {},
      ratio: {},
      difference: {},
    }),
    numerator: component,
    denominator: optional(component),
    window: optional(byType({ period: {}, rolling: { months: int(1, 120) }, 'year-to-date': { yearStartMonth: optional(int(1, 12)) } })),
    frequency: optional(oneOf('month', 'quarter', 'financial-year', 'calendar-year')),
    thresholdsPer: optional(oneOf('month', 'quarter', 'financial-year', 'calendar-year')),
    decimals,
    rounding: optional(oneOf('half-up', 'half-even')),
    polarity: oneOf('higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral'),
    target: optional(union([specNumber(), steps({ value: nullable(specNumber()) })], 'expected a number or a list of { from, value } steps')),
    variance: optional(
      union(
        [
          varianceType,
          strictObject({
            type: varianceType,
            using: optional(oneOf('exact', 'rounded')),
            decimals,
            sign: optional(oneOf('value-minus-target', 'target-minus-value')),
          }),
        ],
        'expected "difference", "relative" or { type, using, decimals, sign }',
      ),
    ),
    rag: optional(union([rag, steps({ rag: nullable(rag) })], 'expected { on, using, bands } or a list of { from, rag } steps')),
    directionOfTravel: optional(
      strictObject({
        compare: optional(oneOf('previous-period', 'same-period-last-year')),
        tolerance: optional(specNumber(atLeast(0))),
      }),
    ),
    confidence: optional(
      union(
        [confidenceLevel, array(confidenceLevel, 1, undefined, 2)],
        'expected a confidence level such as 0.95, or two such as [0.95, 0.998]',
      ),
    ),
    changes: optional(strictObject({ base: optional(period), decimals })),
    benchmarks: optional(benchmarkRecord(steps({ value: nullable(specNumber()), label: text }))),
  });
}

/** {@link specShape}'s check. @internal */
export const checkSpecShape: Shape = /* @__PURE__ */ specShape();
