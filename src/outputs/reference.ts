/**
 * Targets and benchmarks as printed beside the value they are read against.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import type { MeasureSpec } from '../spec/types.js';
import { formatValue } from './format.js';

const MEASURES: readonly MeasureSpec['type'][] = ['percentage', 'rate', 'count', 'mean', 'ratio'];

/** The most decimals a spec displays. */
const MAX_DECIMALS = 10;

/** Options of {@link formatReference}: how the indicator's own value is displayed. */
export interface ReferenceFormat {
  /** The indicator's measure type: `'percentage'` adds `%`. */
  measure: MeasureSpec['type'];
  /** The decimals the indicator's value is displayed at, 0 to 10. */
  decimals: number;
}

/**
 * A reference value (a target or a benchmark) as printed beside an
 * indicator's value: at the value's `decimals`, or with every digit it has
 * when it has more, and with `%` for a percentage. It is never rounded, so
 * a benchmark of 12.35 is not shown as 12.4 beside a value of 12.4 that is
 * below it. The value is read as written in decimal (`0.1` is one tenth);
 * the digits come from the same formatter as every value this package
 * prints.
 *
 * A value that is not a finite number, an unknown measure or decimals
 * outside 0 to 10 throw an `IndicatorError` (`INVALID_OPTIONS`).
 *
 * @example
 * ```ts
 * import { formatReference } from 'council-indicators';
 *
 * formatReference(74, { measure: 'rate', decimals: 1 }); // '74.0'
 * formatReference(95, { measure: 'percentage', decimals: 1 }); // '95.0%'
 * formatReference(12.35, { measure: 'percentage', decimals: 1 }); // '12.35%'
 * formatReference(492.5, { measure: 'mean', decimals: 0 }); // '492.5'
 * formatReference(-8, { measure: 'count', decimals: 0 }); // '-8'
 * ```
 */
export function formatReference(value: number, format: ReferenceFormat): string {
  const issues: IndicatorIssue[] = [];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push({ code: 'not-finite', path: 'value', message: `value ${String(value)} must be a finite number` });
  }
  const { measure, decimals } = (typeof format === 'object' && format !== null ? format : {}) as Partial<ReferenceFormat>;
  if (!MEASURES.includes(measure as MeasureSpec['type'])) {
    issues.push({ code: 'bad-choice', path: 'measure', message: `measure ${JSON.stringify(measure)} must be one of ${MEASURES.join(', ')}` });
  }
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    issues.push({ code: 'out-of-range', path: 'decimals', message: `decimals ${String(decimals)} must be a whole number from 0 to ${MAX_DECIMALS}` });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  const q = R.fromNumber(value);
  // The fewest places, at least `decimals`, that hold every digit (q's denominator is a power of ten).
  let places = decimals!;
  let units = R.roundToUnits(q, places, 'half-up');
  while (R.cmp(R.fromUnits(units, places), q) !== 0) {
    places += 1;
    units = R.roundToUnits(q, places, 'half-up');
  }
  // formatValue reads only the measure's type.
  return formatValue({ type: measure } as MeasureSpec, units, places);
}
