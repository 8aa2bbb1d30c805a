/**
 * A fast-check arbitrary of inputs that make `computeIndicator` raise a
 * given data issue code.
 *
 * @module
 */
import fc from 'fast-check';
import type { IndicatorSpecInput, IssueCode } from '../../index.js';
import { rowsArbitrary, specArbitrary } from './spec.js';

/**
 * The issue codes of bad monthly rows, each of which
 * {@link invalidRowsArbitrary} can raise: every code `computeIndicator`
 * gives as `INVALID_DATA`.
 *
 * @example
 * ```ts
 * import { INVALID_ROWS_CODES } from 'council-indicators/testing';
 *
 * INVALID_ROWS_CODES.length; // 12
 * INVALID_ROWS_CODES.includes('percentage-over-100'); // true
 * ```
 */
export const INVALID_ROWS_CODES = [
  'not-an-array',
  'not-an-object',
  'missing-period',
  'bad-period',
  'duplicate-period',
  'not-a-number',
  'not-finite',
  'negative-value',
  'too-large',
  'too-small',
  'unknown-field',
  'percentage-over-100',
] as const satisfies readonly IssueCode[];

/** One of {@link INVALID_ROWS_CODES}. */
export type InvalidRowsCode = (typeof INVALID_ROWS_CODES)[number];

/**
 * A spec and rows for it that `computeIndicator(spec, rows)` refuses. `rows`
 * is `unknown` because for `not-an-array` it is not an array.
 */
export interface InvalidRows {
  spec: IndicatorSpecInput;
  rows: unknown;
}

type Rows = Record<string, unknown>[];

/** Valid spec and rows (at least one row, every row with every field the spec reads) to spoil. */
function validCase(measures: readonly ('percentage' | 'count' | 'rate' | 'mean' | 'ratio')[]): fc.Arbitrary<{ spec: IndicatorSpecInput; rows: Rows; field: string; at: number }> {
  return specArbitrary({ measures, fixedValues: false }).chain((spec) =>
    fc
      .record({ rows: rowsArbitrary(spec, { gaps: false, maxMonths: 12 }), pick: fc.nat(), other: fc.boolean() })
      .map(({ rows, pick, other }) => {
        const field = other && spec.denominator !== undefined ? (spec.denominator as { field: string }).field : (spec.numerator as { field: string }).field;
        return { spec, rows, field, at: pick % rows.length };
      }),
  );
}

/** The case with row `at`'s `field` set to one of `values`. */
function withValue(values: fc.Arbitrary<unknown>, measures: readonly ('percentage' | 'count' | 'rate' | 'mean' | 'ratio')[] = ['count', 'rate', 'mean', 'ratio', 'percentage']): fc.Arbitrary<InvalidRows> {
  return fc.tuple(validCase(measures), values).map(([c, v]) => {
    const rows = c.rows.map((r) => ({ ...r }));
    rows[c.at]![c.field] = v;
    return { spec: c.spec, rows };
  });
}

/** The case with row `at` changed by `change`. */
function withRow<T>(extra: fc.Arbitrary<T>, change: (rows: Rows, at: number, extra: T) => unknown): fc.Arbitrary<InvalidRows> {
  return fc.tuple(validCase(['count', 'rate', 'mean', 'ratio', 'percentage']), extra).map(([c, x]) => ({ spec: c.spec, rows: change(c.rows.map((r) => ({ ...r })), c.at, x) }));
}

/**
 * A fast-check arbitrary of `{ spec, rows }` pairs that make
 * `computeIndicator(spec, rows)` throw an `INVALID_DATA` `IndicatorError`
 * with at least one issue of `code`, one of {@link INVALID_ROWS_CODES}:
 * valid specs and rows from {@link specArbitrary} and
 * {@link rowsArbitrary}, spoilt in one place (a row that is not an object,
 * a period missing, malformed or repeated, a figure that is a string, NaN
 * or Infinity, negative, above 2^53 - 1 or below 1e-20, a field in no row,
 * a numerator above its denominator). Use it to check that your own error
 * handling shows every code. Any other code is a `RangeError`: spec and
 * option codes are not about rows.
 *
 * @example
 * ```ts
 * import { invalidRowsArbitrary } from 'council-indicators/testing';
 * import { computeIndicator, isIndicatorError } from 'council-indicators';
 * import fc from 'fast-check';
 *
 * const codesRaised = (spec, rows) => {
 *   try {
 *     computeIndicator(spec, rows);
 *     return [];
 *   } catch (e) {
 *     return isIndicatorError(e) ? e.issues.map((i) => i.code) : [];
 *   }
 * };
 * const [{ spec, rows }] = fc.sample(invalidRowsArbitrary('negative-value'), { numRuns: 1, seed: 1 });
 * codesRaised(spec, rows).includes('negative-value'); // true
 * ```
 */
export function invalidRowsArbitrary(code: InvalidRowsCode): fc.Arbitrary<InvalidRows> {
  switch (code) {
    case 'not-an-array':
      return fc.tuple(validCase(['count', 'rate']), fc.constantFrom<unknown>('rows', 7, null, true)).chain(([c, v]) =>
        fc.constantFrom<unknown>(v, { ...c.rows[0] }, Object.fromEntries(c.rows.map((r, i) => [i, r]))).map((rows) => ({ spec: c.spec, rows })),
      );
    case 'not-an-object':
      return withRow(fc.constantFrom<unknown>(7, 'row', null, true, undefined), (rows, at, v) => [...rows.slice(0, at), v, ...rows.slice(at)]);
    case 'missing-period':
      return withRow(fc.constant(null), (rows, at) => {
        delete rows[at]!.period;
        return rows;
      });
    case 'bad-period':
      return withRow(fc.constantFrom<unknown>('2017-13', '2017-9', '2017-00', '17-09', '2017/09', 'Sep-17', '0999-12', 201709, '', ' 2017-09'), (rows, at, v) => {
        rows[at]!.period = v;
        return rows;
      });
    case 'duplicate-period':
      return withRow(fc.nat(), (rows, at, k) => [...rows.slice(0, at + 1), { ...rows[k % rows.length]!, period: rows[at]!.period }, ...rows.slice(at + 1)]);
    case 'not-a-number':
      return withValue(fc.constantFrom<unknown>('12', '', 'n/a', true, {}, [3], 10n));
    case 'not-finite':
      return withValue(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY));
    case 'negative-value':
      return withValue(fc.oneof(fc.integer({ min: -1_000_000, max: -1 }), fc.double({ min: -1e6, max: -1e-20, noNaN: true })));
    case 'too-large':
      return withValue(fc.oneof(fc.constant(2 ** 53), fc.double({ min: 2 ** 53 + 2, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true })), ['count', 'rate', 'mean', 'ratio']);
    case 'too-small':
      return withValue(fc.oneof(fc.constant(Number.MIN_VALUE), fc.double({ min: Number.MIN_VALUE, max: 9.9e-21, noNaN: true })), ['count', 'rate', 'mean', 'ratio']);
    case 'unknown-field':
      return withRow(fc.constantFrom('_renamed', 'Other'), (rows, _at, suffix) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k === 'period' ? k : `${k}${suffix}`, v]))));
    case 'percentage-over-100':
      return fc.tuple(validCase(['percentage']), fc.integer({ min: 1, max: 1000 })).map(([c, extra]) => {
        const rows = c.rows.map((r) => ({ ...r }));
        const n = (c.spec.numerator as { field: string }).field;
        const d = (c.spec.denominator as { field: string }).field;
        rows[c.at]![n] = (rows[c.at]![d] as number) + extra;
        return { spec: c.spec, rows };
      });
    default:
      throw new RangeError(`invalidRowsArbitrary: ${JSON.stringify(code)} is not a data issue code; use one of ${INVALID_ROWS_CODES.join(', ')}`);
  }
}
