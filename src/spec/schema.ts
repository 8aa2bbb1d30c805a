/**
 * The shape of an indicator spec, as a zod schema. Cross-field rules
 * (aggregates over long windows, band coverage, polarity) live in
 * `normalize.ts`; this file is only the shape, so that it converts cleanly
 * to JSON Schema.
 *
 * @module
 */
import * as z from 'zod';

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month in YYYY-MM form, e.g. "2017-04"' });

/**
 * A number in a spec (a target, a band edge, per, a fixed value): at most
 * 10^15 in size and, unless zero, at least 10^-10, so that every result
 * computed with it is a finite number.
 */
function specNumber() {
  return z
    .number()
    .min(-1e15, { error: 'numbers in a spec must be between -10^15 and 10^15' })
    .max(1e15, { error: 'numbers in a spec must be between -10^15 and 10^15' })
    .refine((x) => x === 0 || Math.abs(x) >= 1e-10, { error: 'numbers in a spec must be zero or at least 10^-10 in size' });
}

const fieldName = z.string().min(1, { error: 'a field name cannot be empty' });

const aggregate = z.enum(['sum', 'last', 'mean']).meta({
  description: 'How monthly values combine over the window: sum for flows, last for snapshots, mean for averages of monthly values.',
});

const componentObject = z.union([
  z.strictObject({ field: fieldName, aggregate: aggregate.optional() }),
  z.strictObject({ value: specNumber().nonnegative({ error: 'a fixed value cannot be negative' }) }),
]);

export const componentSchema = z
  .union([fieldName, componentObject], {
    error: 'expected a field name, { field, aggregate } or { value }',
  })
  .meta({ description: 'A field of the data rows (a bare name means aggregate: "sum"), or a fixed value.' });

export const measureSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('percentage') }),
    z.strictObject({ type: z.literal('rate'), per: specNumber().positive({ error: 'per must be positive' }) }),
    z.strictObject({ type: z.literal('count') }),
    z.strictObject({ type: z.literal('mean') }),
    z.strictObject({ type: z.literal('ratio') }),
  ])
  .meta({ description: 'percentage: n/d x 100; rate: n/d x per; count: n; mean and ratio: n/d.' });

export const windowSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('period') }),
    z.strictObject({ type: z.literal('rolling'), months: z.int().min(1).max(120) }),
    z.strictObject({ type: z.literal('year-to-date'), yearStartMonth: z.int().min(1).max(12).optional() }),
  ])
  .meta({ description: 'The months a figure covers, ending with the reported month. Default { type: "period" }.' });

export const ratingSchema = z.enum(['red', 'amber', 'green', 'blue']);

export const bandSchema = z.strictObject({
  rating: ratingSchema,
  min: specNumber().optional(),
  minInclusive: z.boolean().optional(),
  max: specNumber().optional(),
  maxInclusive: z.boolean().optional(),
  label: z.string().optional().meta({ description: 'The band as the report prints it, e.g. "A > 8.6-10%".' }),
});

export const ragSchema = z.strictObject({
  on: z.enum(['value', 'difference-from-target', 'relative-difference-from-target']).optional(),
  using: z.enum(['rounded', 'exact']).optional(),
  bands: z.array(bandSchema).min(1, { error: 'a RAG needs at least one band' }),
});

export const ragStepSchema = z.strictObject({ from: period, rag: ragSchema.nullable() });

export const targetStepSchema = z.strictObject({ from: period, value: specNumber().nullable() });

export const benchmarkStepSchema = z.strictObject({
  from: period,
  value: specNumber().nullable(),
  label: z.string().optional().meta({ description: 'What the value is, as a report prints it, e.g. "2015-16".' }),
});

export const varianceSchema = z.union(
  [
    z.enum(['difference', 'relative']),
    z.strictObject({
      type: z.enum(['difference', 'relative']),
      using: z.enum(['exact', 'rounded']).optional(),
      decimals: z.int().min(0).max(10).optional(),
    }),
  ],
  { error: 'expected "difference", "relative" or { type, using }' },
);

export const directionSchema = z.strictObject({
  compare: z.enum(['previous-period', 'same-period-last-year']).optional(),
  tolerance: specNumber().nonnegative().optional(),
});

/** The schema of an indicator spec as written (before defaults). */
export const indicatorSpecSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Where the JSON Schema of this file is; ignored by validation.' }),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id must be kebab-case, e.g. "cic-admissions-rate"' }),
    title: z.string().min(1, { error: 'title cannot be empty' }),
    description: z.string().optional(),
    measure: measureSchema,
    numerator: componentSchema,
    denominator: componentSchema.optional(),
    window: windowSchema.optional(),
    decimals: z.int().min(0).max(10).optional(),
    rounding: z.enum(['half-up', 'half-even']).optional(),
    polarity: z.enum(['higher-is-better', 'lower-is-better', 'closer-to-target', 'neutral']),
    target: z
      .union([specNumber(), z.array(targetStepSchema).min(1)], {
        error: 'expected a number or a list of { from, value } steps',
      })
      .optional(),
    variance: varianceSchema.optional(),
    rag: z
      .union([ragSchema, z.array(ragStepSchema).min(1)], { error: 'expected { on, using, bands } or a list of { from, rag } steps' })
      .optional(),
    directionOfTravel: directionSchema.optional(),
    benchmarks: z
      .record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'benchmark names must be kebab-case, e.g. "statistical-neighbours"' }), z.array(benchmarkStepSchema).min(1))
      .optional()
      .meta({ description: 'Comparator values by period, e.g. { england: [{ from: "2016-04", value: 60, label: "2015-16" }] }.' }),
  })
  .meta({ title: 'council-indicators indicator spec' });
