/**
 * The one error type of council-indicators, its codes and its guard.
 *
 * @module
 */

/** What kind of input was wrong. */
export type IndicatorErrorCode = 'INVALID_SPEC' | 'INVALID_DATA' | 'INVALID_OPTIONS';

/**
 * A stable, machine-readable name for one kind of problem, so callers and
 * tools can act on an issue without reading its English. Every code is
 * listed, with an example, in docs/errors.md.
 */
export type IssueCode =
  // The shape of an input (spec, options, rows, records) as a schema reads it.
  | 'wrong-type'
  | 'unknown-key'
  | 'forbidden-key'
  | 'missing-key'
  | 'out-of-range'
  | 'bad-format'
  | 'bad-choice'
  | 'bad-id'
  | 'duplicate-id'
  | 'unknown-id'
  | 'missing-setting'
  // Specs: cross-field rules.
  | 'window-needs-aggregate'
  | 'denominator-not-allowed'
  | 'denominator-required'
  | 'needs-target'
  | 'steps-out-of-order'
  | 'band-gap'
  | 'band-overlap'
  | 'band-empty'
  | 'band-inclusivity'
  | 'band-polarity'
  | 'percentage-over-100'
  | 'numerator-over-denominator'
  | 'percent-as-fraction'
  | 'reserved-name'
  | 'no-interval'
  | 'signed-not-allowed'
  // Periods and options.
  | 'bad-period'
  | 'mixed-frequency'
  | 'window-not-whole-periods'
  | 'thresholds-period'
  | 'inside-reported-period'
  | 'range-reversed'
  | 'range-open'
  | 'bad-option'
  // Monthly data rows.
  | 'not-an-array'
  | 'not-an-object'
  | 'missing-period'
  | 'duplicate-period'
  | 'not-a-number'
  | 'not-finite'
  | 'negative-value'
  | 'too-large'
  | 'too-small'
  | 'unknown-field'
  | 'series-gap'
  // Case records.
  | 'bad-date'
  | 'date-out-of-range'
  | 'unknown-child'
  | 'duplicate-child'
  | 'episode-order'
  | 'episode-overlap'
  | 'episode-before-birth'
  | 'episode-gap'
  | 'event-without-start'
  | 'unknown-event-type'
  | 'outside-records'
  | 'region-needs-working'
  | 'bad-region'
  // Text input (council-indicators/readers).
  | 'bad-csv'
  | 'bad-json'
  | 'column-count'
  | 'duplicate-column'
  | 'inexact-number'
  | 'contradiction';

/**
 * One thing wrong with a spec, a data row or an option.
 *
 * `path` names where, in the form `rag.bands[1].min` (spec) or
 * `rows[3].admissions` (data). Data issues also carry the `row` index, the
 * `period` when the row has a readable one, and the `field`.
 */
export interface IndicatorIssue {
  /** What kind of problem, for programs: e.g. `'band-gap'`, `'unknown-field'`. */
  code: IssueCode;
  /** Where the problem is, e.g. `rag.bands[1].min` or `rows[3].admissions`. */
  path: string;
  /** Plain-English description of the problem. */
  message: string;
  /** Index of the offending data row, for data issues. */
  row?: number;
  /** The row's period, when it has a well-formed one. */
  period?: string;
  /** The offending field of a data row (for text input, the column). */
  field?: string;
  /** For input read from text (CSV, JSON Lines), the 1-based line the problem is on. */
  line?: number;
  /** For input read from a file, the file's name as the caller gave it. */
  file?: string;
}

const BRAND = '__councilIndicatorsError';

/**
 * Thrown by `defineIndicator`, `computeIndicator` and the other throwing APIs.
 * Check for it with {@link isIndicatorError}, not `instanceof`: a program that
 * loads both the ESM and the CJS copy of this package has two classes.
 *
 * @example
 * ```ts
 * import { IndicatorError } from 'council-indicators';
 *
 * const error = new IndicatorError('INVALID_DATA', [
 *   { code: 'bad-period', path: 'rows[0].period', message: 'period "2017-13" is not a month in YYYY-MM form', row: 0, field: 'period' },
 * ]);
 * error.code; // 'INVALID_DATA'
 * error.message; // 'Invalid data: rows[0].period: period "2017-13" is not a month in YYYY-MM form'
 * ```
 */
export class IndicatorError extends Error {
  /** Which kind of input was wrong. */
  readonly code: IndicatorErrorCode;
  /** Everything that was wrong, not just the first thing. */
  readonly issues: readonly IndicatorIssue[];

  constructor(code: IndicatorErrorCode, issues: readonly IndicatorIssue[]) {
    super(summarise(code, issues));
    this.name = 'IndicatorError';
    this.code = code;
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

const LABELS: Record<IndicatorErrorCode, string> = {
  INVALID_SPEC: 'Invalid indicator spec',
  INVALID_DATA: 'Invalid data',
  INVALID_OPTIONS: 'Invalid options',
};

function summarise(code: IndicatorErrorCode, issues: readonly IndicatorIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return `${LABELS[code]}: ${shown.join('; ')}${more}`;
}

/**
 * Whether `value` is an {@link IndicatorError} from any copy of this package
 * (ESM or CJS), judged by a brand rather than `instanceof`.
 *
 * @example
 * ```ts
 * import { defineIndicator, isIndicatorError } from 'council-indicators';
 *
 * try {
 *   defineIndicator({ id: 'Not Kebab' } as never);
 * } catch (e) {
 *   if (isIndicatorError(e)) {
 *     e.code; // 'INVALID_SPEC'
 *   }
 * }
 * isIndicatorError(new Error('other')); // false
 * ```
 */
export function isIndicatorError(value: unknown): value is IndicatorError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)[BRAND] === true &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}
