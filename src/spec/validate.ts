/**
 * Validating specs: `validateSpec` (never throws) and `defineIndicator`
 * (throws one {@link IndicatorError}).
 *
 * @module
 */
import type * as z from 'zod';
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { normalizeSpec } from './normalize.js';
import { indicatorSpecSchema } from './schema.js';
import type { IndicatorSpec, IndicatorSpecInput } from './types.js';

/** The result of {@link validateSpec}. */
export type SpecValidation = { ok: true; spec: IndicatorSpec } | { ok: false; issues: IndicatorIssue[] };

const validated = new WeakSet<object>();

/** Whether this exact object came out of validation (so it need not be checked again). @internal */
export function isValidatedSpec(spec: unknown): spec is IndicatorSpec {
  return typeof spec === 'object' && spec !== null && validated.has(spec);
}

/** `['rag', 'bands', 1, 'min']` to `rag.bands[1].min`. @internal */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

type ZodIssue = z.core.$ZodIssue;

/** Whether a union branch failed on the type of the whole value: the wrong branch. */
const wrongType = (branch: readonly ZodIssue[]) =>
  branch.some((i) => (i.code === 'invalid_type' || i.code === 'invalid_value') && i.path.length === 0);

/**
 * Zod issues as ours. A union that failed reports the branch the input
 * meant (the one with the right type and fewest issues), so a typo deep in
 * a RAG is named at `rag.bands[0].rating`, not just at `rag`.
 */
function flatten(issues: readonly ZodIssue[], prefix: readonly PropertyKey[]): IndicatorIssue[] {
  const out: IndicatorIssue[] = [];
  const typeFailed = new Set<string>();
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branches = issue.errors.filter((b) => !wrongType(b));
      const best = branches.sort((a, b) => a.length - b.length)[0];
      if (best !== undefined && issue.errors.length > 1) {
        out.push(...flatten(best, path));
        continue;
      }
    }
    // A record key that failed its own check: report that check's message.
    if (issue.code === 'invalid_key' && issue.issues[0] !== undefined) {
      out.push({ path: formatPath(path), message: issue.issues[0].message });
      continue;
    }
    const at = formatPath(path);
    // A value of the wrong type also fails its checks (an empty-string check
    // on an array): report only the type.
    if (typeFailed.has(at)) continue;
    if (issue.code === 'invalid_type') typeFailed.add(at);
    out.push({ path: at, message: issue.message });
  }
  return out;
}

function zodIssues(error: z.ZodError): IndicatorIssue[] {
  return flatten(error.issues, []);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Check a spec without throwing. On success the spec comes back validated,
 * frozen and with every default filled in; on failure, every issue found,
 * each with its path.
 *
 * @example
 * ```ts
 * import { validateSpec } from 'council-indicators';
 *
 * const result = validateSpec({
 *   id: 'pathway-plans',
 *   title: 'Leaving care cases with a pathway plan',
 *   measure: { type: 'percentage' },
 *   numerator: 'withPlan',
 *   denominator: 'cases',
 *   polarity: 'higher-is-better',
 *   rag: {
 *     bands: [
 *       { rating: 'red', max: 84, maxInclusive: false },
 *       { rating: 'amber', min: 85, minInclusive: true, max: 97, maxInclusive: true },
 *       { rating: 'green', min: 98, minInclusive: true },
 *     ],
 *   },
 * });
 * result.ok; // false
 * if (!result.ok) {
 *   result.issues[0].message; // 'bands leave 84 <= x < 85 uncovered (displayed values 84.0 to 84.9 at 1 decimal place)'
 * }
 * ```
 */
export function validateSpec(input: unknown): SpecValidation {
  if (isValidatedSpec(input)) return { ok: true, spec: input };
  const parsed = indicatorSpecSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const { spec, issues } = normalizeSpec(parsed.data as IndicatorSpecInput);
  if (issues.length > 0) return { ok: false, issues };
  deepFreeze(spec);
  validated.add(spec);
  return { ok: true, spec };
}

/**
 * Validate a spec and return it with defaults filled in, or throw an
 * {@link IndicatorError} with code `INVALID_SPEC` listing every issue.
 *
 * @example
 * ```ts
 * import { defineIndicator } from 'council-indicators';
 *
 * const reviews = defineIndicator({
 *   id: 'cic-reviews-in-time',
 *   title: 'Children in care reviews held within timescales',
 *   measure: { type: 'percentage' },
 *   numerator: 'reviewsInTime',
 *   denominator: 'reviewsDue',
 *   polarity: 'higher-is-better',
 * });
 * reviews.decimals; // 1
 * reviews.window; // { type: 'period' }
 * reviews.numerator; // { field: 'reviewsInTime', aggregate: 'sum' }
 * ```
 */
export function defineIndicator(input: IndicatorSpecInput): IndicatorSpec {
  const result = validateSpec(input);
  if (!result.ok) throw new IndicatorError('INVALID_SPEC', result.issues);
  return result.spec;
}
