/**
 * Record-level measure definitions: what `deriveMonthly` counts each month.
 * Plain, JSON-serialisable data, checked with zod like indicator specs.
 *
 * @module
 */
import * as z from 'zod';
import type { IndicatorIssue } from '../index.js';
import { UK_REGIONS } from './bank-holidays.js';
import { closest, didYouMean } from './suggest.js';

const name = z.string().min(1);
const codes = z.array(z.string()).min(1);

/** Attribute filters: the attribute's value must be one of the listed codes. */
const attributes = z.record(z.string(), codes);

const duration = z
  .strictObject({
    days: z.int().min(0).optional(),
    months: z.int().min(0).optional(),
    years: z.int().min(0).optional(),
  })
  .refine((d) => d.days !== undefined || d.months !== undefined || d.years !== undefined, {
    error: 'give days, months or years',
    params: { code: 'missing-key' },
  });

/** Conditions on a child in care at a month end. */
const childFilterSchema = z.strictObject({
  ageAtLeast: z.int().min(0).max(30).optional().meta({ description: 'Age in whole years at the date, at least this.' }),
  ageBelow: z.int().min(1).max(30).optional().meta({ description: 'Age in whole years at the date, below this (under 16: 16).' }),
  inCareAtLeast: duration.optional().meta({ description: 'Continuously in care (this period of care) for at least this long at the date.' }),
  episode: attributes.optional().meta({ description: 'Attributes of the episode open at the date, e.g. { legalStatus: ["C2"] }.' }),
  child: attributes.optional().meta({ description: 'Attributes of the child, e.g. { gender: ["1"] }.' }),
  hadEvent: z
    .strictObject({ type: name, withinMonths: z.int().min(1).max(120) })
    .optional()
    .meta({ description: 'An event of this type in the months up to and including the date (after the same date that many months earlier).' }),
});

const changeReasons = codes.optional().meta({
  description: 'reasonNewEpisode codes that start a new placement; default S, P, T, U, B (not L, a change of legal status only).',
});

const recordMeasureSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('in-care'), filter: childFilterSchema.optional() }),
  z.strictObject({ type: z.literal('started'), filter: childFilterSchema.optional() }),
  z.strictObject({ type: z.literal('ended'), reasons: codes.optional() }),
  z.strictObject({
    type: z.literal('placements'),
    atLeast: z.int().min(1),
    withinMonths: z.int().min(1).max(120).optional(),
    changeReasons,
    filter: childFilterSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('long-term-stability'),
    part: z.enum(['eligible', 'stable']),
    adoptionPlacementTypes: codes.optional(),
    changeReasons,
    filter: childFilterSchema.optional(),
  }),
  z
    .strictObject({
      type: z.literal('event-within'),
      part: z.enum(['eligible', 'met']),
      event: name,
      days: z.int().min(0).max(3650),
      working: z.boolean().optional(),
      region: z.enum(UK_REGIONS as unknown as [string, ...string[]]).optional(),
      excludeLegalStatuses: codes.optional(),
    })
    .refine((m) => m.region === undefined || m.working === true, {
      path: ['region'],
      error: 'region picks the bank holidays of working days; it needs working: true (calendar days have no region)',
      params: { code: 'region-needs-working' },
    }),
  z.strictObject({
    type: z.literal('days-between'),
    part: z.enum(['total', 'count']),
    from: name.meta({ description: 'An event type, or "period-start" for the start of the period of care.' }),
    to: name.meta({ description: 'The event type that closes the interval; counted in its month.' }),
  }),
  z.strictObject({ type: z.literal('events'), event: name, distinctChildren: z.boolean().optional() }),
]);

/** What a measure may be named: an identifier, so that it can name a field of a spec. */
export const MEASURE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The measures of a `deriveMonthly` call: output field name to definition. */
export const recordMeasuresSchema = z.record(
  z.string().regex(MEASURE_NAME, { error: 'measure names must be identifiers, e.g. "admissions"' }),
  recordMeasureSchema,
);

/** The measure types, in the order the schema lists them. */
export const MEASURE_TYPES: readonly string[] = recordMeasureSchema.options.map((o) => (o.shape.type as z.ZodLiteral<string>).value);

type Schema = z.core.$ZodType;

/** An optional schema's inner one. */
function unwrap(schema: Schema | undefined): Schema | undefined {
  let s = schema;
  while (s !== undefined && s._zod.def.type === 'optional') s = (s._zod.def as z.core.$ZodOptionalDef).innerType;
  return s;
}

function shapeOf(schema: Schema | undefined): Record<string, Schema> | undefined {
  const s = unwrap(schema);
  return s !== undefined && s._zod.def.type === 'object' ? (s._zod.def as z.core.$ZodObjectDef).shape : undefined;
}

/** What the object at `path` under a measure of `type` is, in words, and its keys. */
function objectAt(type: string, path: readonly PropertyKey[]): { what: string; keys: string[] } | null {
  const option = recordMeasureSchema.options.find((o) => (o.shape.type as z.ZodLiteral<string>).value === type);
  if (option === undefined) return null;
  let shape: Record<string, Schema> | undefined = option.shape as Record<string, Schema>;
  for (const key of path) {
    shape = shape === undefined ? undefined : shapeOf(shape[String(key)]);
  }
  if (shape === undefined) return null;
  const last = path.at(-1);
  const what =
    last === undefined ? `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${JSON.stringify(type)} measure` : last === 'filter' ? 'a filter' : last === 'inCareAtLeast' ? 'a duration' : String(last);
  return { what, keys: Object.keys(shape) };
}

const own = (value: unknown, key: PropertyKey): unknown =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;

/**
 * Zod's issues for the measures, with its two most common in plain English
 * and a "did you mean": a type that is not a measure type (`incare`), and a
 * key that is not an option (`distinctchildren`), one issue per key. Null
 * for an issue this leaves as zod words it.
 */
export function explainMeasureIssue(issue: z.core.$ZodIssue, measures: unknown, prefix: string): IndicatorIssue[] | null {
  const [name, ...rest] = issue.path;
  if (name === undefined) return null;
  const measure = own(measures, name);
  const at = (p: readonly PropertyKey[]) => [prefix, String(name), ...p.map(String)].join('.');
  if (issue.code === 'invalid_union' && rest.length === 1 && rest[0] === 'type') {
    const type = own(measure, 'type');
    const types = MEASURE_TYPES.join(', ');
    if (type === undefined) {
      return [{ code: 'missing-key', path: at(rest), message: `the measure has no type: give one of ${types}, e.g. type: "in-care"` }];
    }
    if (typeof type !== 'string') {
      return [{ code: 'wrong-type', path: at(rest), message: `type must be text, one of ${types}; received ${JSON.stringify(type) ?? String(type)}` }];
    }
    return [{ code: 'bad-choice', path: at(rest), message: `measure type ${JSON.stringify(type)} is not one of ${types}${didYouMean(type, MEASURE_TYPES)}` }];
  }
  if (issue.code === 'unrecognized_keys') {
    const type = own(measure, 'type');
    const object = typeof type === 'string' ? objectAt(type, rest) : null;
    if (object === null) return null;
    let input: unknown = measure;
    for (const key of rest) input = own(input, key);
    return issue.keys.map((key) => {
      const unused = object.keys.filter((k) => own(input, k) === undefined);
      const meant = closest(key, unused);
      return {
        code: 'unknown-key' as const,
        path: at([...rest, key]),
        message: `${JSON.stringify(key)} is not an option of ${object.what}${meant === null ? '.' : `; did you mean ${JSON.stringify(meant)}?`} Its options are ${object.keys.join(', ')}`,
      };
    });
  }
  return null;
}
