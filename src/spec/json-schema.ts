/**
 * The spec's JSON Schema, for editor checking of specs kept as JSON files.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  aggregateSchema,
  bandSchema,
  benchmarkName,
  benchmarkStepSchema,
  benchmarkSteps,
  changesSchema,
  componentSchema,
  confidenceSchema,
  fieldComponentSchema,
  indicatorSpecSchema,
  intCheck,
  measureOptions,
  varianceObjectSchema,
  windowOptions,
} from './schema.js';

/**
 * The spec's schema with the measure and window as the discriminated unions
 * and the benchmarks as the `z.record` they are: the core checks them by
 * hand (see `schema.ts`), which JSON Schema cannot read.
 */
const specSchema = z.extend(indicatorSpecSchema, {
  measure: z.discriminatedUnion('type', measureOptions),
  window: z.optional(z.discriminatedUnion('type', windowOptions)),
  benchmarks: z.optional(z.record(benchmarkName, benchmarkSteps())),
});

/**
 * The titles and descriptions of the schema, registered with zod's metadata
 * registry when the JSON Schema is first generated rather than in
 * `schema.ts`, so that the core bundle (which validates specs but never
 * writes their JSON Schema) carries neither these texts nor the registry.
 */
function annotate(): void {
  const spec = specSchema.shape;
  const notes: [z.core.$ZodType, Record<string, string>][] = [
    [aggregateSchema, { description: 'How monthly values combine over the window: sum for flows, last for snapshots, mean for averages of monthly values.' }],
    [fieldComponentSchema.shape.signed, { description: 'Whether the figures may be negative (a net change); not in a percentage or a rate. Default false.' }],
    [componentSchema, { description: 'A field of the data rows (a bare name means aggregate: "sum"), or a fixed value.' }],
    [spec.measure, { description: 'percentage: n/d x 100; rate: n/d x per; count: n; mean and ratio: n/d; difference: n - d.' }],
    [measureOptions[0].shape.belowOnePercent, { description: "A percentage's thresholds (target, RAG bands on the value, benchmarks) are in percent, and one from 0 to 1 is refused as a fraction of 1 (0.9 for 90%) unless this says thresholds under 1% are meant. Default false." }],
    [measureOptions[1].shape.partOfDenominator, { description: 'The numerator counts members of the denominator (children in care of the population aged 0-17), so a numerator above its denominator is refused (a population in the wrong unit), and a denominator summed over more than one month too (a population is counted at a moment: aggregate last or mean). Default false.' }],
    [spec.window.def.innerType, { description: 'The months a figure covers, ending with the reported month. Default { type: "period" }.' }],
    [bandSchema.shape.label, { description: 'The band as the report prints it, e.g. "A > 8.6-10%".' }],
    [benchmarkStepSchema.shape.label, { description: 'What the value is, as a report prints it, e.g. "2015-16".' }],
    [varianceObjectSchema.shape.sign, { description: 'Which way round: value-minus-target (default, positive above target) or target-minus-value.' }],
    [changesSchema.shape.base, { description: 'The base period, YYYY-MM: each period from it on reports its change since the base.' }],
    [changesSchema.shape.decimals, { description: 'Decimals of relative changes (in %). Default 1.' }],
    [changesSchema, { description: 'Changes against the previous period, a year before and a base period.' }],
    [confidenceSchema, { description: 'Confidence intervals at one or two levels (0.9 to 0.999), e.g. 0.95 or [0.95, 0.998]; computed with the statistics of council-indicators/statistics.' }],
    [spec.$schema, { description: 'Where the JSON Schema of this file is; ignored by validation.' }],
    [spec.frequency, { description: 'How often the rows come: month (2017-09), quarter (2017-Q2), financial-year (2017-18) or calendar-year (2017). Default: read from the rows.' }],
    [spec.thresholdsPer, { description: 'The period the target, value bands and benchmarks of a count (a value summed over the period) are written for: month, quarter, financial-year or calendar-year. Default: the spec\'s frequency, else month (never the rows\' frequency). Reported at another length, such a spec is refused: say it when the rows are not monthly.' }],
    [spec.benchmarks, { description: 'Comparator values by period, e.g. { england: [{ from: "2016-04", value: 60, label: "2015-16" }] }.' }],
    [specSchema, { title: 'council-indicators indicator spec' }],
  ];
  for (const [schema, meta] of notes) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), ...meta });
}

/**
 * The JSON Schema (draft 2020-12) of an indicator spec as written. Save it
 * beside your spec files and point `$schema` at it for completion and checks
 * in your editor. It checks the shape; `validateSpec` also checks the rules
 * that span fields (band coverage, aggregates over long windows).
 *
 * @example
 * ```ts
 * import { indicatorSpecJsonSchema } from 'council-indicators';
 *
 * const schema = indicatorSpecJsonSchema();
 * schema.type; // 'object'
 * (schema.required as string[]).includes('measure'); // true
 * ```
 */
export function indicatorSpecJsonSchema(): Record<string, unknown> {
  annotate();
  return z.toJSONSchema(specSchema, {
    io: 'input',
    // The core checks whole numbers with its own `intCheck` (see `schema.ts`).
    override: (ctx) => {
      if ((ctx.zodSchema._zod.def.checks as unknown[] | undefined)?.includes(intCheck)) ctx.jsonSchema.type = 'integer';
    },
  }) as Record<string, unknown>;
}
