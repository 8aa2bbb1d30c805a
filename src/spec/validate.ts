/**
 * Validating specs: `validateSpec` (never throws) and `defineIndicator`
 * (throws one {@link IndicatorError}).
 *
 * @module
 */
import type * as z from 'zod/mini';
import { closestName } from '../data/fields.js';
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue, IssueCode } from '../errors.js';
import { normalizeSpec } from './normalize.js';
import { checkSpecShape } from './shape.js';
import type { ShapeIssue } from './shape.js';
import type { IndicatorSpec, IndicatorSpecInput } from './types.js';

/** The result of {@link validateSpec}. */
export type SpecValidation = { ok: true; spec: IndicatorSpec } | { ok: false; issues: IndicatorIssue[] };

const validated = new WeakSet<object>();

/** Whether this exact object came out of validation (so it need not be checked again). @internal */
export function isValidatedSpec(spec: unknown): spec is IndicatorSpec {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, WeakSet.has is false for anything not an object
  return typeof spec === 'object' && spec !== null && validated.has(spec);
}

/** `['rag', 'bands', 1, 'min']` to `rag.bands[1].min`. @internal */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

type ZodIssue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/** What a value is, for "received ..." (`Infinity`, `NaN`, `array`, `Date`). */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (proto !== Object.prototype && proto !== null && typeof name === 'string' && name !== '') return name;
  }
  return typeof value;
}

const quote = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));
const unrecognized = (keys: readonly string[]): string => `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map(quote).join(', ')}`;
const oneOf = (values: readonly unknown[]): string => `Invalid option: expected one of ${values.map(quote).join('|')}`;

/**
 * The messages of zod's shape issues, in English: the error map that
 * `shape.ts`'s issues get their messages from (a message a check sets
 * itself takes precedence), as the zod schema's do in the tests. `zod/mini`
 * loads no locale, and a library must not set zod's global config.
 *
 * @internal
 */
export function zodMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${quote(issue.values[0])}` : oneOf(issue.values);
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      const op = issue.inclusive ? (big ? '<=' : '>=') : big ? '<' : '>';
      const unit = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
      const verb = unit === '' ? 'to be' : 'to have';
      return `${big ? 'Too big' : 'Too small'}: expected ${issue.origin} ${verb} ${op}${String(limit)}${unit}`;
    }
    case 'unrecognized_keys':
      return unrecognized(issue.keys);
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      return Array.isArray(options) && options.length > 0 ? oneOf(options) : 'Invalid input';
    }
    // invalid_key and invalid_format: every such check of the schema sets its own message.
    default:
      return 'Invalid input';
  }
}

/** Our code for a zod issue. */
function issueCode(issue: ZodIssue, path: readonly PropertyKey[]): IssueCode {
  const missing = path.length > 0 && 'input' in issue && issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return missing ? 'missing-key' : 'wrong-type';
    case 'unrecognized_keys':
      return 'unknown-key';
    case 'too_big':
    case 'too_small':
    case 'custom':
      return 'out-of-range';
    case 'invalid_format':
      return path.length === 1 && path[0] === 'id' ? 'bad-id' : 'bad-format';
    case 'invalid_value':
      return missing ? 'missing-key' : 'bad-choice';
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      return missing ? 'missing-key' : Array.isArray(options) && options.length > 0 ? 'bad-choice' : 'wrong-type';
    }
    default:
      return 'bad-format';
  }
}

/**
 * Whether a union branch failed on the type of the whole value: the wrong
 * branch. A nested union whose branches all failed so counts too.
 */
const wrongType = (branch: readonly ZodIssue[]): boolean =>
  branch.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' || i.code === 'invalid_value' || (i.code === 'invalid_union' && i.errors.length > 0 && i.errors.every(wrongType))),
  );

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
    // A record key that failed its own check (a benchmark name): report that check's message.
    if (issue.code === 'invalid_key' && issue.issues[0] !== undefined) {
      out.push({ code: 'bad-id', path: formatPath(path), message: issue.issues[0].message });
      continue;
    }
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      // An own `__proto__` key is reported on its own, as forbidden. Each
      // other key gets its own issue, at its own path, with the key it
      // most likely meant (`polarty`: did you mean "polarity"?).
      const known = (issue as { known?: string[] }).known ?? [];
      for (const key of issue.keys) {
        if (key === FORBIDDEN) continue;
        const meant = closestName(key, known.filter((k) => !Object.hasOwn(issue.input as object, k)));
        // A required key this typo explains (`polarty` for `polarity`): one issue, here.
        const gap = meant === null ? -1 : out.findIndex((i) => i.code === 'missing-key' && i.path === formatPath([...path, meant]));
        const also = gap < 0 ? '' : ` ${out.splice(gap, 1)[0]!.message}`;
        // A key of another measure type (belowOnePercent on a rate): say which type takes it.
        const owner = path[0] === 'measure' && MEASURE_KEYS[key];
        out.push({ code: 'unknown-key', path: formatPath([...path, key]), message: `${unrecognized([key])}${owner ? `; ${key} is for a ${owner} only` : ''}${meant === null ? '' : `; did you mean ${JSON.stringify(meant)}?${also}`}` });
      }
      continue;
    }
    const at = formatPath(path);
    // A value of the wrong type also fails its checks (an empty-string check
    // on an array): report only the type.
    if (typeFailed.has(at)) continue;
    if (issue.code === 'invalid_type') typeFailed.add(at);
    const code = issueCode(issue, path);
    // A required field left out: say so first, then what it takes.
    if (code === 'missing-key') message = `${String(path[path.length - 1])} is required: ${message.replace(/^Invalid (input|option): /, '')}`;
    out.push({ code, path: at, message });
  }
  return out;
}

/** The measure keys that only one type takes. */
const MEASURE_KEYS: Readonly<Record<string, string>> = { belowOnePercent: 'percentage', partOfDenominator: 'rate' };

/** How deep the search for `__proto__` keys goes. */
const MAX_DEPTH = 10;

/** The key `JSON.parse` keeps as an own property and object code reads as the prototype. */
const FORBIDDEN = '__proto__';

/**
 * Own `__proto__` keys anywhere in the input (`JSON.parse` makes them). A
 * record would drop such a key without a word and a strict object would
 * call it unknown; name it instead.
 */
function forbiddenKeys(value: unknown, path: PropertyKey[], out: IndicatorIssue[], seen: Set<object>): void {
  // No valid spec nests deeper than `rag[0].rag.bands[0].min`; the schema rejects deeper input anyway.
  if (typeof value !== 'object' || value === null || seen.has(value) || path.length > MAX_DEPTH) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => forbiddenKeys(item, [...path, i], out, seen));
    return;
  }
  for (const key of Object.keys(value)) {
    if (key === FORBIDDEN) {
      out.push({
        code: 'forbidden-key',
        path: formatPath([...path, key]),
        message: `"${FORBIDDEN}" cannot be a key: JavaScript reads it as the object's prototype, so the entry would be lost; use another name`,
      });
    }
    forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out, seen);
  }
}

function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, Object.isFrozen is true for anything not an object
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Issues given zod's messages where their check set none, as zod's error map does. */
function withMessages(issues: ShapeIssue[]): ZodIssue[] {
  for (const issue of issues) {
    issue.message ??= zodMessage(issue as RawIssue);
    if (issue.code === 'invalid_union') (issue.errors as ShapeIssue[][]).forEach(withMessages);
  }
  return issues as ZodIssue[];
}

/**
 * The shape check of a spec as written (`shape.ts`): what
 * `indicatorSpecSchema.safeParse(input, { error: zodMessage, reportInput: true })`
 * gives, as its data (`value`) or its issues.
 *
 * @internal
 */
export function checkShape(input: unknown): { value: unknown; issues: ZodIssue[] } {
  const { value, issues } = checkSpecShape(input);
  return { value, issues: withMessages(issues) };
}

/**
 * Check a spec without throwing. On success the spec comes back validated,
 * frozen and with every default filled in; on failure, every issue found,
 * each with its path and a stable `code` (`'band-gap'`, `'unknown-key'`,
 * `'forbidden-key'` for a `__proto__` key from `JSON.parse`, ...).
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
 *   result.issues[0].code; // 'band-gap'
 *   result.issues[0].path; // 'rag.bands'
 *   result.issues[0].message; // 'bands leave 84 <= x < 85 uncovered (displayed values 84.0 to 84.9 at 1 decimal place)'
 * }
 * ```
 */
export function validateSpec(input: unknown): SpecValidation {
  if (isValidatedSpec(input)) return { ok: true, spec: input };
  const forbidden: IndicatorIssue[] = [];
  forbiddenKeys(input, [], forbidden, new Set());
  const parsed = checkShape(input);
  if (parsed.issues.length > 0) {
    const issues = flatten(parsed.issues, []);
    // rag written as the list of bands (new-user trial B6): one issue saying what to write, not one per band about steps.
    const rag = (input as { rag?: unknown } | null)?.rag;
    const bands = Array.isArray(rag) && rag.some((b) => b?.rating) && !rag.some((b) => b?.from);
    return {
      ok: false,
      issues: [
        ...forbidden,
        ...(bands ? [{ code: 'wrong-type', path: 'rag', message: 'rag is a list of bands, read as steps { from, rag }: write rag: { bands: [...] }' } as const] : []),
        ...issues.filter((i) => !bands || !i.path.startsWith('rag')),
      ],
    };
  }
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  const { spec, issues } = normalizeSpec(parsed.value as IndicatorSpecInput);
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
