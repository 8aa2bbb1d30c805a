/**
 * Record-level measure definitions: what `deriveMonthly` counts each month.
 * Plain, JSON-serialisable data, checked with zod like indicator specs.
 *
 * @module
 */
import * as z from 'zod';
import { UK_REGIONS } from './bank-holidays.js';

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
