/**
 * The spec's JSON Schema, for editor checking of specs kept as JSON files.
 *
 * @module
 */
import * as z from 'zod/mini';
import { indicatorSpecSchema } from './schema.js';

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
  return z.toJSONSchema(indicatorSpecSchema, { io: 'input' }) as Record<string, unknown>;
}
