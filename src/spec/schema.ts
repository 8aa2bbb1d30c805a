/**
 * The shape of an indicator spec, as a zod schema. Cross-field rules
 * (aggregates over long windows, band coverage, polarity) live in
 * `normalize.ts`; this file is only the shape, so that it converts cleanly
 * to JSON Schema.
 *
 * Built with `zod/mini` (the same zod package, a functional API that
 * tree-shakes), which `z.toJSONSchema` reads as it reads classic schemas.
 * The core does not parse with it: `shape.ts` writes the same checks out,
 * with the same issues and results, so that the core bundle carries no zod
 * (test/spec/shape.test.ts holds the two together). This schema is what
 * `json-schema.ts` generates the JSON Schema from, with the descriptions it
 * attaches then. A change to the shape is made in both files.
 *
 * The int check, the discriminated unions and the record below were written
 * out when the core parsed with this schema, to save its bundle zod's own;
 * they define the issues `shape.ts` gives, and `json-schema.ts` puts zod's
 * constructs back for the JSON Schema.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isObject, isPlainObject } from './objects.js';

/** The kebab-case rule of ids and benchmark names. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const period = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month in YYYY-MM form, e.g. "2017-04"' }));

const SPEC_NUMBER_RANGE = 'numbers in a spec must be between -10^15 and 10^15';

/**
 * A number in a spec (a target, a band edge, per, a fixed value): at most
 * 10^15 in size and, unless zero, at least 10^-10, so that every result
 * computed with it is a finite number. `extra` checks run after these.
 */
function specNumber(...extra: z.core.$ZodCheck<number>[]) {
  return z.number().check(
    z.minimum(-1e15, { error: SPEC_NUMBER_RANGE }),
    z.maximum(1e15, { error: SPEC_NUMBER_RANGE }),
    z.refine((x: number) => x === 0 || Math.abs(x) >= 1e-10, { error: 'numbers in a spec must be zero or at least 10^-10 in size' }),
    ...extra,
  );
}

/**
 * The check of `z.int()`, with the same issues, written out: zod's number
 * formats cost the core bundle 1 kB for this one use. `json-schema.ts` gives
 * the numbers it checks their JSON Schema type, "integer".
 */
export const intCheck = z.check<number>((payload) => {
  const input = payload.value;
  if (!Number.isInteger(input)) payload.issues.push({ code: 'invalid_type', expected: 'int', continue: false, input } as never);
  else if (!Number.isSafeInteger(input)) {
    payload.issues.push(
      (input > 0
        ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, origin: 'int', inclusive: true, continue: true, input }
        : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, continue: true, input }) as never,
    );
  }
});

/** A whole number from `min` to `max`. */
const int = (min: number, max: number) => z.number().check(intCheck, z.minimum(min), z.maximum(max));

const fieldName = z.string().check(z.minLength(1, { error: 'a field name cannot be empty' }));

export const aggregateSchema = z.enum(['sum', 'last', 'mean']);

/** `{ field, aggregate, signed }`. */
export const fieldComponentSchema = z.strictObject({
  field: fieldName,
  aggregate: z.optional(aggregateSchema),
  signed: z.optional(z.boolean()),
});

const componentObject = z.union([
  fieldComponentSchema,
  z.strictObject({ value: specNumber(z.nonnegative({ error: 'a fixed value cannot be negative' })) }),
]);

export const componentSchema = z.union([fieldName, componentObject], {
  error: 'expected a field name, { field, aggregate } or { value }',
});

/**
 * `z.discriminatedUnion('type', options)`, with the same checks, issues and
 * result, written out: zod's discriminated union cost the core bundle
 * 1.5 kB. `json-schema.ts` puts the real one back for the JSON Schema (its
 * `oneOf`), from the same options.
 */
function byType<const O extends readonly z.ZodMiniObject<{ type: z.ZodMiniLiteral<string> }>[]>(options: O) {
  const types = options.map((o) => o.shape.type.def.values[0]!);
  return z.unknown().check(
    z.check((payload) => {
      const input = payload.value;
      if (!isObject(input)) {
        payload.issues.push({ code: 'invalid_type', expected: 'object', input });
        return;
      }
      const option = options[types.indexOf((input as { type?: unknown }).type as string)];
      if (option === undefined) {
        payload.issues.push({ code: 'invalid_union', errors: [], options: types, input, path: ['type'] } as never);
        return;
      }
      option._zod.run(payload, { async: false });
    }),
  ) as unknown as z.ZodMiniDiscriminatedUnion<O, 'type'>;
}

/** The measures, as `{ type, ... }` objects. */
export const measureOptions = [
  z.strictObject({ type: z.literal('percentage'), belowOnePercent: z.optional(z.boolean()) }),
  z.strictObject({
    type: z.literal('rate'),
    per: specNumber(z.positive({ error: 'per must be positive' })),
    partOfDenominator: z.optional(z.boolean()),
  }),
  z.strictObject({ type: z.literal('count') }),
  z.strictObject({ type: z.literal('mean') }),
  z.strictObject({ type: z.literal('ratio') }),
  z.strictObject({ type: z.literal('difference') }),
] as const;

export const measureSchema = byType(measureOptions);

/** The windows, as `{ type, ... }` objects. */
export const windowOptions = [
  z.strictObject({ type: z.literal('period') }),
  z.strictObject({ type: z.literal('rolling'), months: int(1, 120) }),
  z.strictObject({ type: z.literal('year-to-date'), yearStartMonth: z.optional(int(1, 12)) }),
] as const;

export const windowSchema = byType(windowOptions);

const ratingSchema = z.enum(['red', 'amber', 'green', 'blue']);

export const bandSchema = z.strictObject({
  rating: ratingSchema,
  min: z.optional(specNumber()),
  minInclusive: z.optional(z.boolean()),
  max: z.optional(specNumber()),
  maxInclusive: z.optional(z.boolean()),
  label: z.optional(z.string()),
});

const ragSchema = z.strictObject({
  on: z.optional(z.enum(['value', 'difference-from-target', 'relative-difference-from-target'])),
  using: z.optional(z.enum(['rounded', 'exact'])),
  bands: z.array(bandSchema).check(z.minLength(1, { error: 'a RAG needs at least one band' })),
});

const ragStepSchema = z.strictObject({ from: period, rag: z.nullable(ragSchema) });

const targetStepSchema = z.strictObject({ from: period, value: z.nullable(specNumber()) });

export const benchmarkStepSchema = z.strictObject({
  from: period,
  value: z.nullable(specNumber()),
  label: z.optional(z.string()),
});

const varianceType = z.enum(['difference', 'relative']);

/** `{ type, using, decimals, sign }`. */
export const varianceObjectSchema = z.strictObject({
  type: varianceType,
  using: z.optional(z.enum(['exact', 'rounded'])),
  decimals: z.optional(int(0, 10)),
  sign: z.optional(z.enum(['value-minus-target', 'target-minus-value'])),
});

const varianceSchema = z.union([varianceType, varianceObjectSchema], {
  error: 'expected "difference", "relative" or { type, using, decimals, sign }',
});

export const changesSchema = z.strictObject({
  base: z.optional(period),
  decimals: z.optional(int(0, 10)),
});

const directionSchema = z.strictObject({
  compare: z.optional(z.enum(['previous-period', 'same-period-last-year'])),
  tolerance: z.optional(specNumber(z.nonnegative())),
});

/** A confidence level: 0.9 to 0.999 (95% is 0.95). */
const confidenceLevel = z
  .number()
  .check(
    z.refine((x: number) => x >= 0.9 && x <= 0.999, {
      error: 'a confidence level is a fraction from 0.9 to 0.999, e.g. 0.95 (95%) or 0.998 (99.8%)',
    }),
  );

export const confidenceSchema = z.union([confidenceLevel, z.array(confidenceLevel).check(z.minLength(1), z.maxLength(2))], {
  error: 'expected a confidence level such as 0.95, or two such as [0.95, 0.998]',
});

/** Steps need at least one entry. */
const steps = <T extends z.core.SomeType>(step: T) => z.array(step).check(z.minLength(1));

const BENCHMARK_NAME = 'benchmark names must be kebab-case, e.g. "statistical-neighbours"';

/** A benchmark's name: kebab-case. */
export const benchmarkName = z.string().check(z.regex(KEBAB, { error: BENCHMARK_NAME }));

/** The steps of one benchmark. */
export const benchmarkSteps = () => steps(benchmarkStepSchema);

const benchmarkValues = benchmarkSteps();

/**
 * `z.record(benchmarkName, benchmarkSteps())`, with the same checks, issues
 * and result, written out: zod's record cost the core bundle 1.8 kB
 * for this one use. `json-schema.ts` puts the record back for the JSON Schema.
 */
function benchmarkRecord(payload: z.core.ParsePayload): void {
  const input = payload.value as Record<PropertyKey, unknown>;
  if (!isPlainObject(input)) {
    payload.issues.push({ expected: 'record', code: 'invalid_type', input });
    return;
  }
  const out: Record<PropertyKey, unknown> = {};
  for (const key of Reflect.ownKeys(input)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    if (typeof key !== 'string' || !KEBAB.test(key)) {
      // What zod's record reports, its key issue already given its message.
      const message = typeof key === 'string' ? BENCHMARK_NAME : 'Invalid input: expected string, received symbol';
      payload.issues.push({ code: 'invalid_key', issues: [{ message }], input: key, path: [key] } as never);
      continue;
    }
    const result = benchmarkValues._zod.run({ value: input[key], issues: [] }, { async: false }) as z.core.ParsePayload;
    for (const issue of result.issues) ((issue as { path?: PropertyKey[] }).path ??= []).unshift(key);
    payload.issues.push(...result.issues);
    out[key] = result.value;
  }
  payload.value = out;
}

/** The schema of an indicator spec as written (before defaults). */
export const indicatorSpecSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(KEBAB, { error: 'id must be kebab-case, e.g. "cic-admissions-rate"' })),
  title: z.string().check(z.minLength(1, { error: 'title cannot be empty' })),
  description: z.optional(z.string()),
  measure: measureSchema,
  numerator: componentSchema,
  denominator: z.optional(componentSchema),
  window: z.optional(windowSchema),
  frequency: z.optional(z.enum(['month', 'quarter', 'financial-year', 'calendar-year'])),
  thresholdsPer: z.optional(z.enum(['month', 'quarter', 'financial-year', 'calendar-year'])),
  decimals: z.optional(int(0, 10)),
  rounding: z.optional(z.enum(['half-up', 'half-even'])),
  polarity: z.enum(['higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral']),
  target: z.optional(
    z.union([specNumber(), steps(targetStepSchema)], {
      error: 'expected a number or a list of { from, value } steps',
    }),
  ),
  variance: z.optional(varianceSchema),
  rag: z.optional(
    z.union([ragSchema, steps(ragStepSchema)], { error: 'expected { on, using, bands } or a list of { from, rag } steps' }),
  ),
  directionOfTravel: z.optional(directionSchema),
  confidence: z.optional(confidenceSchema),
  changes: z.optional(changesSchema),
  benchmarks: z.optional(
    z.unknown().check(z.check(benchmarkRecord)) as unknown as z.ZodMiniRecord<typeof benchmarkName, ReturnType<typeof benchmarkSteps>>,
  ),
});
