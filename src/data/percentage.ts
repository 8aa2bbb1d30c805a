/**
 * The percentage rule on window aggregates: a numerator over a window never
 * above its denominator over the same window. Checked for every month the
 * rows cover, whatever range is reported, and only for specs where the row
 * rule (in `indexRows`) does not already imply it: a `last` numerator over a
 * `sum` denominator, or a fixed value against a field over several months.
 *
 * @module
 */
import type { IndicatorIssue } from '../errors.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import { aggregate } from '../measures/aggregate.js';
import { periodFromIndex } from '../periods/period.js';
import { windowStart } from '../periods/window.js';
import type { IndicatorSpec } from '../spec/types.js';
import { overWhole } from './rows.js';
import type { RowIndex } from './rows.js';

/**
 * Every month of the rows whose window numerator exceeds its window
 * denominator, as `percentage-over-100` issues at that month's row.
 *
 * @internal
 */
export function windowPercentageIssues(
  spec: IndicatorSpec,
  index: RowIndex,
  numeratorFixed: Q | null,
  denominatorFixed: Q | null,
  // For quarterly or yearly rows, or rows reported every quarter or year: the window start of the period row unit m ends, or null when it ends none.
  startOf: (m: number) => number | null = (m) => windowStart(spec.window, m),
  keyOf: (m: number) => string = periodFromIndex,
): IndicatorIssue[] {
  const issues: IndicatorIssue[] = [];
  const d0 = spec.denominator;
  if (d0 === undefined) return issues;
  const field = 'field' in spec.numerator ? spec.numerator.field : 'field' in d0 ? d0.field : 'numerator';
  for (let m = index.first; m <= index.last; m++) {
    const at = index.position[m - index.first]!;
    if (at < 0) continue;
    const first = startOf(m);
    if (first === null) continue;
    const n = aggregate(spec.numerator, numeratorFixed, index, first, m);
    if (!n.ok) continue;
    const d = aggregate(d0, denominatorFixed, index, first, m);
    if (!d.ok || R.cmp(n.q, d.q) <= 0) continue;
    const period = keyOf(m);
    const per = spec.measure.type === 'rate' ? spec.measure.per : undefined;
    issues.push({
      code: per === undefined ? 'percentage-over-100' : 'numerator-over-denominator',
      path: `rows[${at}].${field}`,
      row: at,
      period,
      field,
      message: `numerator ${R.toDecimalString(n.q)} is larger than denominator ${R.toDecimalString(d.q)} over the window ending ${period}: ${overWhole(per)}`,
    });
  }
  return issues;
}
