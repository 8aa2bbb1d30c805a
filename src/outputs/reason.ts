/**
 * Why a period has no value, in words: the one sentence every output
 * (Markdown, CSV, HTML, the command line) prints for a period that is not
 * `ok`.
 *
 * @module
 */
import type { PeriodResult } from '../compute.js';
import { frequenciesOf, keyIndex, reportingPeriodLabel } from '../periods/frequency.js';
import type { Frequency } from '../periods/frequency.js';

/** The frequency of a list of keys: months unless every key reads as one other frequency (quarters, years). */
function frequencyOfKeys(keys: readonly string[]): Frequency {
  // Keys no period helper reads (a window reaching before 1000-01 lists such months) do not decide.
  const readable = keys.filter((k) => frequenciesOf(k).length > 0);
  for (const f of ['month', 'quarter', 'financial-year', 'calendar-year'] as const) if (readable.every((k) => frequenciesOf(k).includes(f))) return f;
  return 'month';
}

/** Months as a report writes them, runs of three or more as a span: `Jan-17, Mar-17 to Jun-17`. */
function months(periods: readonly string[]): string {
  // Quarters and years (the missing rows of quarterly or yearly data) are labelled as reportingPeriodLabel labels them.
  const frequency = frequencyOfKeys(periods);
  // A month before 1000-01 (which a window starting at the first supported month reaches) is written as it is.
  const readable = (key: string): boolean => frequenciesOf(key).includes(frequency);
  const periodIndex = (key: string): number => (readable(key) ? keyIndex(key, frequency) : Number.NaN);
  const periodLabel = (key: string): string => (readable(key) ? reportingPeriodLabel(key, { frequency }) : key);
  const parts: string[] = [];
  let i = 0;
  while (i < periods.length) {
    let j = i;
    while (j + 1 < periods.length && periodIndex(periods[j + 1]!) === periodIndex(periods[j]!) + 1) j++;
    if (j - i >= 2) {
      parts.push(`${periodLabel(periods[i]!)} to ${periodLabel(periods[j]!)}`);
    } else {
      for (let k = i; k <= j; k++) parts.push(periodLabel(periods[k]!));
    }
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * Why a period has no value, in plain English, or null when it has one.
 * Names the months with no row and the fields with no figure, as the result
 * lists them in `missingMonths` and `missingFields`; three or more months in
 * a row are written as a span (`no row for Feb-16 to Dec-16`). Quarters
 * and years (what quarterly or yearly rows lack) are labelled as
 * `reportingPeriodLabel` labels them: `Q1 2017-18` (April year start),
 * `2017-18`, `2017`.
 *
 * - `missing-data`: the reported month itself has no row, or no figure for a
 *   field the indicator reads.
 * - `incomplete-window`: the reported month has its figures, but an earlier
 *   month of the window does not (a window is never summed in part).
 * - `zero-denominator`: every figure is there, and the denominator is 0.
 *
 * @example
 * ```ts
 * import { computeIndicator, defineIndicator, statusReason } from 'council-indicators';
 *
 * const admissions = defineIndicator({
 *   id: 'admissions-2m',
 *   title: 'Admissions in the last 2 months',
 *   measure: { type: 'count' },
 *   numerator: { field: 'admissions', aggregate: 'sum' },
 *   window: { type: 'rolling', months: 2 },
 *   polarity: 'neutral',
 * });
 * const result = computeIndicator(admissions, [
 *   { period: '2017-01', admissions: 12 },
 *   { period: '2017-03', admissions: 15 },
 *   { period: '2017-04', admissions: 16 },
 *   { period: '2017-05', admissions: null },
 * ]);
 * statusReason(result.periods[0]); // 'incomplete window: no row for Dec-16'
 * statusReason(result.periods[1]); // 'missing data: no row for Feb-17'
 * statusReason(result.periods[2]); // 'incomplete window: no row for Feb-17'
 * statusReason(result.periods[3]); // null
 * statusReason(result.periods[4]); // 'missing data: admissions has no figure for May-17'
 * ```
 */
export function statusReason(period: Pick<PeriodResult, 'status' | 'missingMonths' | 'missingFields'>): string | null {
  if (period.status === 'ok') return null;
  if (period.status === 'zero-denominator') return 'zero denominator: the denominator is 0, so there is no value';
  const parts: string[] = [];
  if (period.missingMonths.length > 0) parts.push(`no row for ${months(period.missingMonths)}`);
  for (const f of period.missingFields) parts.push(`${f.field} has no figure for ${months(f.periods)}`);
  const head = period.status === 'missing-data' ? 'missing data' : 'incomplete window';
  return parts.length === 0 ? head : `${head}: ${parts.join('; ')}`;
}
