/**
 * `deriveMonthly`: case records in, monthly rows out, ready for
 * `computeIndicator`. The records are checked and laid out as columns
 * (`columns.ts`); then each child is shown once to every measure's counter
 * (`counters.ts`), which works in spans of months: the cost follows the
 * records, never records times months.
 *
 * @module
 */
import { IndicatorError, periodRange, rangeOption, readOptions } from '../index.js';
import type { IndicatorIssue } from '../index.js';
import { tryParseDay } from './calendar.js';
import { encodeRecords, OPEN } from './columns.js';
import { counterFor, eventTypesRead } from './counters.js';
import type { ChildView, Context } from './view.js';
import { monthOfDay } from './dates.js';
import { ownData, zodIssues } from './input.js';
import { MEASURE_NAME, recordMeasuresSchema } from './schema.js';
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
  // from and to read as computeIndicator reads them: one parser, one set of messages.
  const given = readOptions(options, ['from', 'to', 'measures'], '{ from: "2017-04", to: "2018-03", measures: { inCare: { type: "in-care" } } }');
  rangeOption(given.from, given.to);
  const measuresByName = checkMeasures(given.measures);
  const names = Object.keys(measuresByName);
  const measures = names.map((name) => measuresByName[name]!);
  const cols = encodeRecords(records, eventTypesRead(measures));
  // The report's months as month indices (year * 12 + month - 1), from their first days.
  const first = monthOfDay(tryParseDay(`${options.from}-01`)!);
  const last = monthOfDay(tryParseDay(`${options.to}-01`)!);
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
  return periodRange(options.from, options.to).map((period, m) => {
    const row: DerivedRow = { period };
    names.forEach((name, i) => (row[name] = columns[i]![m]!));
    return row;
  });
}

/**
 * The measures, checked like a spec (`INVALID_SPEC`): read through their own
 * properties only, every name an identifier other than `period`, no
 * `__proto__` key anywhere, each definition as the schema says.
 */
function checkMeasures(input: unknown): Record<string, RecordMeasure> {
  const issues: IndicatorIssue[] = [];
  const measures = ownData(input, ['measures'], issues);
  if (typeof measures === 'object' && measures !== null && !Array.isArray(measures)) {
    for (const name of Object.keys(measures)) {
      if (!MEASURE_NAME.test(name)) {
        issues.push({ code: 'bad-id', path: `measures.${name}`, message: `measure name ${JSON.stringify(name)} must be an identifier, e.g. "admissions"` });
      }
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_SPEC', issues);
  const parsed = recordMeasuresSchema.safeParse(measures);
  if (!parsed.success) throw new IndicatorError('INVALID_SPEC', zodIssues(parsed.error.issues, ['measures']));
  if (Object.hasOwn(parsed.data, 'period')) {
    throw new IndicatorError('INVALID_SPEC', [
      { code: 'reserved-name', path: 'measures.period', message: '"period" names the month; give the measure another name' },
    ]);
  }
  return parsed.data as Record<string, RecordMeasure>;
}
