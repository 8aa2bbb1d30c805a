/**
 * `deriveMonthly`: case records in, monthly rows out, ready for
 * `computeIndicator`. The records are checked and laid out as columns
 * (`columns.ts`); then each child is shown once to every measure's counter
 * (`counters.ts`), which works in spans of months: the cost follows the
 * records, never records times months.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { isPeriod, periodFromIndex, periodIndex } from '../periods/period.js';
import { formatPath } from '../spec/validate.js';
import { encodeRecords, OPEN } from './columns.js';
import { counterFor, eventTypesRead } from './counters.js';
import type { ChildView, Context } from './view.js';
import { monthOfDay } from './dates.js';
import { recordMeasuresSchema } from './schema.js';
import { FOREVER } from './spans.js';
import type { CaseRecords, DeriveOptions, DerivedRow, RecordMeasure } from './types.js';

export { DEFAULT_ADOPTION_PLACEMENT_TYPES, DEFAULT_PLACEMENT_CHANGE_REASONS } from './month-ends.js';

/**
 * Derive monthly rows from case records: one row per month from `from` to
 * `to`, with one number per measure, ready for `computeIndicator`.
 *
 * Records are checked first: a malformed date, an episode that ends before
 * it starts or overlaps another of the same child, a record for an unknown
 * child, a child listed twice, each is an `INVALID_DATA` issue naming the
 * row; nothing is dropped. Measures are checked like specs (`INVALID_SPEC`).
 *
 * @example
 * ```ts
 * import { deriveMonthly } from 'council-indicators/records';
 *
 * const rows = deriveMonthly(
 *   {
 *     children: [{ childId: 'A', dateOfBirth: '2010-06-15' }],
 *     episodes: [
 *       { childId: 'A', start: '2017-01-10', end: '2017-03-01', reasonNewEpisode: 'S' },
 *       { childId: 'A', start: '2017-03-01', reasonNewEpisode: 'P' },
 *     ],
 *   },
 *   {
 *     from: '2017-01',
 *     to: '2017-03',
 *     measures: {
 *       inCare: { type: 'in-care' },
 *       admissions: { type: 'started' },
 *     },
 *   },
 * );
 * rows; // [{ period: '2017-01', inCare: 1, admissions: 1 }, { period: '2017-02', inCare: 1, admissions: 0 }, { period: '2017-03', inCare: 1, admissions: 0 }]
 * ```
 */
export function deriveMonthly(records: CaseRecords, options: DeriveOptions): DerivedRow[] {
  const optionIssues: IndicatorIssue[] = [];
  if (!isPeriod(options?.from)) optionIssues.push({ path: 'from', message: `from ${JSON.stringify(options?.from)} is not a month in YYYY-MM form` });
  if (!isPeriod(options?.to)) optionIssues.push({ path: 'to', message: `to ${JSON.stringify(options?.to)} is not a month in YYYY-MM form` });
  if (optionIssues.length === 0 && periodIndex(options.from) > periodIndex(options.to)) {
    optionIssues.push({ path: 'from', message: `from ${options.from} is after to ${options.to}` });
  }
  if (optionIssues.length > 0) throw new IndicatorError('INVALID_OPTIONS', optionIssues);
  const badNames = Object.keys(options.measures ?? {}).filter((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
  if (badNames.length > 0) {
    throw new IndicatorError(
      'INVALID_SPEC',
      badNames.map((n) => ({ path: `measures.${n}`, message: `measure name ${JSON.stringify(n)} must be an identifier, e.g. "admissions"` })),
    );
  }
  const parsed = recordMeasuresSchema.safeParse(options.measures);
  if (!parsed.success) {
    throw new IndicatorError(
      'INVALID_SPEC',
      parsed.error.issues.map((i) => ({ path: formatPath(['measures', ...i.path]), message: i.message })),
    );
  }
  const names = Object.keys(parsed.data);
  if (names.includes('period')) throw new IndicatorError('INVALID_SPEC', [{ path: 'measures.period', message: '"period" names the month; give the measure another name' }]);

  const measures = names.map((name) => parsed.data[name] as RecordMeasure);
  const cols = encodeRecords(records, eventTypesRead(measures));
  const first = periodIndex(options.from);
  const last = periodIndex(options.to);
  const episodes = cols.start.length;
  const ctx: Context = { cols, startMonth: new Int32Array(episodes), lastMonth: new Int32Array(episodes), first, last };
  for (let k = 0; k < episodes; k++) {
    ctx.startMonth[k] = monthOfDay(cols.start[k]!);
    // In care on a month end up to the day before the episode ends: the month ends before the end's month.
    ctx.lastMonth[k] = cols.end[k] === OPEN ? FOREVER : monthOfDay(cols.end[k]!) - 1;
  }

  // Problems found while counting, measure by measure.
  const issues = names.map((): IndicatorIssue[] => []);
  const counters = measures.map((m, i) => counterFor(m, ctx, issues[i]!, names[i]!));
  const child: ChildView = { c: 0, record: cols.children[0]!, birth: 0, periods: 0, periodStart: [] };
  for (let c = 0; c < cols.children.length; c++) {
    const e0 = cols.episodeOffsets[c]!;
    const e1 = cols.episodeOffsets[c + 1]!;
    child.c = c;
    child.record = cols.children[c]!;
    child.birth = cols.birth[c]!;
    // Periods of care: an episode starting the day the last one ended continues it.
    let periods = 0;
    for (let k = e0; k < e1; k++) if (k === e0 || cols.start[k] !== cols.end[k - 1]) child.periodStart[periods++] = k;
    child.periodStart[periods] = e1;
    child.periods = periods;
    for (const counter of counters) counter.count(child);
  }
  const all = issues.flat();
  if (all.length > 0) throw new IndicatorError('INVALID_DATA', all);
  const columns = counters.map((counter) => counter.totals());
  const rows: DerivedRow[] = [];
  for (let m = first; m <= last; m++) {
    const row: DerivedRow = { period: periodFromIndex(m) };
    names.forEach((name, i) => (row[name] = columns[i]![m - first]!));
    rows.push(row);
  }
  return rows;
}
