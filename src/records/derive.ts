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
import { formatDay, tryParseDay } from './calendar.js';
import { encodeRecords, OPEN } from './columns.js';
import { eventTypesIn } from './check.js';
import type { CaseColumns } from './columns.js';
import { counterFor, eventTypeReads, eventTypesRead } from './counters.js';
import { closest } from './suggest.js';
import type { ChildView, Context } from './view.js';
import { monthOfDay } from './dates.js';
import { ownData, zodIssues } from './input.js';
import { explainMeasureIssue, MEASURE_NAME, recordMeasuresSchema } from './schema.js';
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
  checkEventTypes(records, cols, names, measures);
  // The report's months as month indices (year * 12 + month - 1), from their first days.
  const first = monthOfDay(tryParseDay(`${options.from}-01`)!);
  const last = monthOfDay(tryParseDay(`${options.to}-01`)!);
  checkCoverage(cols, first, last);
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
  if (!parsed.success) {
    throw new IndicatorError(
      'INVALID_SPEC',
      parsed.error.issues.flatMap((issue) => explainMeasureIssue(issue, measures, 'measures') ?? zodIssues([issue], ['measures'])),
    );
  }
  if (Object.hasOwn(parsed.data, 'period')) {
    throw new IndicatorError('INVALID_SPEC', [
      { code: 'reserved-name', path: 'measures.period', message: '"period" names the month; give the measure another name' },
    ]);
  }
  return parsed.data as Record<string, RecordMeasure>;
}

const SHOWN_TYPES = 20;

/**
 * A measure naming an event type that no event of the records has would
 * count 0 every month, which a misspelt type (`mising`) or events the source
 * never holds (health assessments in an SSDA903 return) would give as
 * readily as a quiet year: an `unknown-event-type` issue each, unless
 * `records.eventTypes` says the records can hold the type. A type with
 * events outside the months asked for is fine: it is known, and counts 0.
 */
function checkEventTypes(records: CaseRecords, cols: CaseColumns, names: readonly string[], measures: readonly RecordMeasure[]): void {
  const declared = cols.declared.eventTypes;
  const issues: IndicatorIssue[] = [];
  let present: string[] | null = null;
  measures.forEach((measure, i) => {
    for (const { path, type } of eventTypeReads(measure)) {
      if ((cols.eventCounts.get(type) ?? 0) > 0 || declared?.has(type)) continue;
      present ??= eventTypesIn(records);
      const known = declared === null ? present : [...new Set([...declared, ...present])];
      const list = known.length <= SHOWN_TYPES ? known.join(', ') : `${known.slice(0, SHOWN_TYPES).join(', ')} and ${known.length - SHOWN_TYPES} more`;
      const what = `measure ${names[i]} reads ${JSON.stringify(type)} events`;
      const meant = closest(type, known);
      // A close match is most likely what was meant: the fix shown is that type, never the unknown one added to eventTypes (which would count 0).
      const typo = meant === null ? '' : `; did you mean ${JSON.stringify(meant)}? If so, write ${path.split('.').pop()}: ${JSON.stringify(meant)} in the measure.`;
      const declare = (list: readonly string[]) =>
        meant === null
          ? `If the records can hold ${JSON.stringify(type)} events and simply have none, say so: list the types they can hold in records.eventTypes, e.g. eventTypes: [${[...list, type].map((t) => JSON.stringify(t)).join(', ')}]`
          : `Only if ${JSON.stringify(type)} is a type of its own, which the records can hold and simply have none of, list it in records.eventTypes`;
      const message =
        declared !== null
          ? `${what}, which these records cannot hold (records.eventTypes says they can hold ${list})${typo || '.'} ${meant === null ? 'Correct the type, or, if the records can hold such events, add it to records.eventTypes' : declare([])}`
          : known.length === 0
            ? `${what}, and the records have no events at all, so it would count 0 every month. ${declare([])}`
            : `${what}, and no event of the records has that type, so it would count 0 every month; their event types are ${list}${typo || '.'} ${declare(known.slice(0, 3))}`;
      issues.push({ code: 'unknown-event-type', path: `measures.${names[i]}.${path}`, message });
    }
  });
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
}

/** A month index (year * 12 + month - 1) as `YYYY-MM`. */
function monthText(m: number): string {
  return `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
}

/**
 * Months the records do not cover are not derived: before them every
 * figure would be 0, after them frozen at the last month's, and neither is
 * known. The cover is `records.coverage` when given, else the months from
 * the records' earliest date to their latest. An `outside-records` issue
 * (`INVALID_OPTIONS`) for `from` or `to` beyond it.
 */
function checkCoverage(cols: CaseColumns, first: number, last: number): void {
  const { coverage } = cols.declared;
  const { span } = cols;
  // Never the months asked for as the example: coverage is what the records are complete for, which only their user knows.
  const extend =
    'if the records are complete for more months than their dates show (an extract taken later, a return whose year runs on), say so with records.coverage: ' +
    'coverage: { from: "YYYY-MM", to: "YYYY-MM" }, the first and last months they are complete for (to is the last whole month before the extract was taken), not the months you want derived';
  if (coverage === null && span.first > span.last) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'outside-records',
        path: 'from',
        message: `the records have no episodes or events, so they cover no month: ${extend}`,
      },
    ]);
  }
  const coverFirst = coverage === null ? monthOfDay(span.first) : monthOfDay(tryParseDay(`${coverage.from}-01`)!);
  const coverLast = coverage === null ? monthOfDay(span.last) : monthOfDay(tryParseDay(`${coverage.to}-01`)!);
  const cover =
    coverage === null
      ? `${monthText(coverFirst)} to ${monthText(coverLast)} (their earliest date is ${formatDay(span.first)}, their latest ${formatDay(span.last)})`
      : `${coverage.from} to ${coverage.to} (records.coverage)`;
  const issues: IndicatorIssue[] = [];
  // A range wholly outside the cover: name the cover, not one end of it.
  const apart = first > coverLast || last < coverFirst;
  const within = `Derive months within ${monthText(coverFirst)} to ${monthText(coverLast)}`;
  const wider = () =>
    `or, ${coverage === null ? extend : 'if the records are complete for those months (not merely wanted), widen records.coverage to the months they are complete for'}`;
  if (first < coverFirst) {
    issues.push({
      code: 'outside-records',
      path: 'from',
      message: `from ${monthText(first)} is before the months the records cover, ${cover}: months before ${monthText(coverFirst)} would be counted as if nothing happened in them. ${apart ? within : `Derive from ${monthText(coverFirst)}`}, ${wider()}`,
    });
  }
  if (last > coverLast) {
    issues.push({
      code: 'outside-records',
      path: 'to',
      message: `to ${monthText(last)} is after the months the records cover, ${cover}: months after ${monthText(coverLast)} would be counted as if nothing happened in them. ${apart ? within : `Derive up to ${monthText(coverLast)}`}, ${wider()}`,
    });
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
}
