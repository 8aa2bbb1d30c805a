/**
 * Reading input that may be hostile: records, filters and measure maps are
 * read through their own properties only (never what they inherit, from
 * `Object.create({...})` or from `Object.prototype`), and a `__proto__` key,
 * which `JSON.parse` makes an own property and most code then drops without
 * a word, is an error naming it. Also zod's issues as ours, each with a code.
 *
 * @internal
 * @module
 */
import type { z } from 'zod';
import type { IndicatorIssue, IssueCode } from '../index.js';

/** The fields of children, episodes and events that the records code reads by name. */
const RECORD_FIELDS = ['childId', 'dateOfBirth', 'start', 'end', 'reasonNewEpisode', 'legalStatus', 'placementType', 'reasonEnded', 'type', 'date'];

/**
 * Whether a record field read straight off a plain object (prototype
 * `Object.prototype` or null) reads only its own property: true unless some
 * code has added one of those fields to `Object.prototype`. Asked once per
 * call, so that the common case costs one prototype look-up a record.
 */
export function plainReadsAreOwn(): boolean {
  for (const field of RECORD_FIELDS) if (field in Object.prototype) return false;
  return true;
}

/** Whether `record`'s fields can be read straight off it (see {@link plainReadsAreOwn}). */
export function readsOwn(record: object, plainOk: boolean): boolean {
  if (!plainOk) return false;
  const proto: unknown = Object.getPrototypeOf(record);
  return proto === Object.prototype || proto === null;
}

/** A copy of `record`'s own enumerable properties, on a null prototype: it inherits nothing. */
export function ownCopy(record: object): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(record)) out[key] = (record as Record<string, unknown>)[key];
  return out;
}

/** `record[key]` when it is the record's own property, else undefined. */
export function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/**
 * A record's code (a reason, a legal status, an attribute) as text: a
 * string as it is, a number or boolean as it prints; null when there is
 * none, and for an object or function, which is no code.
 */
export function codeText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

/** `['measures', 'a', 'filter']` as `measures.a.filter`; numbers as `[1]`. */
function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Plain data (measure definitions) copied through own enumerable properties
 * only, so that what an object inherits is not read as a setting. Every own
 * `__proto__` key is reported as a `forbidden-key` issue (the copy leaves it
 * out).
 */
export function ownData(value: unknown, path: readonly PropertyKey[], issues: IndicatorIssue[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item, i) => ownData(item, [...path, i], issues));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') {
      issues.push({
        code: 'forbidden-key',
        path: pathOf([...path, key]),
        message: 'the key "__proto__" is not allowed (JavaScript would drop it or read it as the object\'s prototype): use another name',
      });
      continue;
    }
    out[key] = ownData((value as Record<string, unknown>)[key], [...path, key], issues);
  }
  return out;
}

type ZodIssue = z.core.$ZodIssue;

/** The code of a zod issue: our own from a refinement's `params.code`, else by zod's. */
function codeOf(issue: ZodIssue): IssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return 'wrong-type';
    case 'unrecognized_keys':
      return 'unknown-key';
    case 'too_big':
    case 'too_small':
      return 'out-of-range';
    case 'invalid_value':
    case 'invalid_union':
      return 'bad-choice';
    case 'invalid_format':
      return 'bad-format';
    case 'invalid_key':
      return 'bad-id';
    case 'custom': {
      const code = (issue.params as { code?: IssueCode } | undefined)?.code;
      return code ?? 'bad-choice';
    }
    default:
      return 'bad-choice';
  }
}

/** Zod's issues as ours, under `prefix`, each with a code. */
export function zodIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[]): IndicatorIssue[] {
  return issues.map((issue) => ({ code: codeOf(issue), path: pathOf([...prefix, ...issue.path]), message: issue.message }));
}
