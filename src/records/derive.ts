/**
 * `deriveMonthly`: case records in, monthly rows out, ready for
 * `computeIndicator`. Each measure walks every child's own timeline once
 * (the months it was in care, its periods, its events), never every episode
 * against every month.
 *
 * @module
 */
import { IndicatorError, isIndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { isPeriod, periodFromIndex, periodIndex } from '../periods/period.js';
import { formatPath } from '../spec/validate.js';
import { formatDay, tryParseDay } from './bank-holidays.js';
import { addMonthsToDay, birthday, monthEndDay, monthOfDay, monthsBefore } from './dates.js';
import { recordMeasuresSchema } from './schema.js';
import { buildTimelines } from './timeline.js';
import type { Episode, PeriodOfCare, Timeline } from './timeline.js';
import type { CaseRecords, ChildFilter, DeriveOptions, DerivedRow, Duration, RecordMeasure } from './types.js';
import { addWorkingDays } from './working-days.js';

/**
 * reasonNewEpisode codes that start a new placement by default: every
 * SSDA903 reason but L (a change of legal status only). The first episode
 * of a period of care always starts a placement.
 *
 * @example
 * ```ts
 * import { DEFAULT_PLACEMENT_CHANGE_REASONS } from 'council-indicators/records';
 *
 * DEFAULT_PLACEMENT_CHANGE_REASONS.includes('L'); // false
 * DEFAULT_PLACEMENT_CHANGE_REASONS.includes('P'); // true
 * ```
 */
export const DEFAULT_PLACEMENT_CHANGE_REASONS: readonly string[] = ['S', 'P', 'T', 'U', 'B'];
/**
 * placementType codes of a placement for adoption (SSDA903 A3 to A6), used
 * by long-term stability.
 *
 * @example
 * ```ts
 * import { DEFAULT_ADOPTION_PLACEMENT_TYPES } from 'council-indicators/records';
 *
 * DEFAULT_ADOPTION_PLACEMENT_TYPES; // ['A3', 'A4', 'A5', 'A6']
 * ```
 */
export const DEFAULT_ADOPTION_PLACEMENT_TYPES: readonly string[] = ['A3', 'A4', 'A5', 'A6'];

/** Months `first..last` (indices) and their last days. */
interface Range {
  first: number;
  last: number;
  ends: number[];
}

function addDuration(day: number, d: Duration): number {
  return addMonthsToDay(day, (d.years ?? 0) * 12 + (d.months ?? 0)) + (d.days ?? 0);
}

/** Index of the first element greater than `x` in a sorted array. */
function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A record's code as a string, or null when it has none. */
function code(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

function hasCode(list: readonly string[] | undefined, value: unknown): boolean {
  const c = code(value);
  return list !== undefined && c !== null && list.includes(c);
}

function attributeMatches(record: Record<string, unknown>, wanted: Record<string, string[]> | undefined): boolean {
  if (wanted === undefined) return true;
  for (const key in wanted) {
    if (!hasCode(wanted[key], record[key])) return false;
  }
  return true;
}

const birthdays = new WeakMap<Timeline, Map<number, number>>();

/** The day the child turns `age`, worked out once per child and age. */
function birthdayOf(t: Timeline, age: number): number {
  let known = birthdays.get(t);
  if (known === undefined) birthdays.set(t, (known = new Map()));
  let day = known.get(age);
  if (day === undefined) known.set(age, (day = birthday(t.birth, age)));
  return day;
}

const sinceDays = new WeakMap<PeriodOfCare, Map<Duration, number>>();

/** The day a period of care has lasted `d`, worked out once per period and duration. */
function lastedUntil(period: PeriodOfCare, d: Duration): number {
  let known = sinceDays.get(period);
  if (known === undefined) sinceDays.set(period, (known = new Map()));
  let day = known.get(d);
  if (day === undefined) known.set(d, (day = addDuration(period.start, d)));
  return day;
}

/**
 * Whether a child meets a filter on `day`, in `period`, during `episode`.
 * `month` is the month index when `day` is its last day (a month end).
 */
function meets(f: ChildFilter | undefined, t: Timeline, period: PeriodOfCare, episode: Episode, day: number, month: number | null): boolean {
  if (f === undefined) return true;
  if (f.ageAtLeast !== undefined && day < birthdayOf(t, f.ageAtLeast)) return false;
  if (f.ageBelow !== undefined && day >= birthdayOf(t, f.ageBelow)) return false;
  if (f.inCareAtLeast !== undefined && lastedUntil(period, f.inCareAtLeast) > day) return false;
  if (!attributeMatches(episode.record, f.episode)) return false;
  if (!attributeMatches(t.record, f.child)) return false;
  if (f.hadEvent !== undefined) {
    const days = t.events.get(f.hadEvent.type)?.days;
    if (days === undefined) return false;
    const i = upperBound(days, day) - 1; // the last event on or before the day
    const after = month === null ? monthsBefore(day, f.hadEvent.withinMonths) : monthEndDay(month - f.hadEvent.withinMonths);
    if (i < 0 || days[i]! <= after) return false;
  }
  return true;
}

/**
 * Call `visit` for every month end in range on which the child is in care,
 * with the period and episode open that day.
 */
function eachMonthInCare(t: Timeline, range: Range, visit: (month: number, day: number, period: PeriodOfCare, episode: Episode) => void): void {
  for (const period of t.periods) {
    const from = Math.max(range.first, monthOfDay(period.start));
    let to = range.last;
    if (period.end !== null) {
      const lastDay = period.end - 1; // the last day in care
      const m = monthOfDay(lastDay);
      to = Math.min(to, monthEndDay(m) === lastDay ? m : m - 1);
    }
    let k = 0;
    for (let month = from; month <= to; month++) {
      const day = range.ends[month - range.first]!;
      while (period.episodes[k]!.end !== null && period.episodes[k]!.end! <= day) k++;
      visit(month, day, period, period.episodes[k]!);
    }
  }
}

function placementStarts(t: Timeline, reasons: readonly string[]): number[] {
  const starts: number[] = [];
  for (const period of t.periods) {
    period.episodes.forEach((e, i) => {
      if (i === 0 || hasCode(reasons, e.record.reasonNewEpisode)) starts.push(e.start);
    });
  }
  return starts;
}

function inCareOn(t: Timeline, day: number): boolean {
  return t.periods.some((p) => p.start <= day && (p.end === null || day < p.end));
}

/** Count one measure for every month of the range. */
function derive(measure: RecordMeasure, timelines: readonly Timeline[], range: Range, issues: IndicatorIssue[], name: string): number[] {
  const counts = new Array<number>(range.last - range.first + 1).fill(0);
  const inRange = (day: number) => {
    const m = monthOfDay(day);
    return m >= range.first && m <= range.last ? m - range.first : -1;
  };
  switch (measure.type) {
    case 'in-care':
      for (const t of timelines) eachMonthInCare(t, range, (m, day, p, e) => {
        if (meets(measure.filter, t, p, e, day, m)) counts[m - range.first]! += 1;
      });
      break;
    case 'started':
      for (const t of timelines) for (const p of t.periods) {
        const at = inRange(p.start);
        if (at >= 0 && meets(measure.filter, t, p, p.episodes[0]!, p.start, null)) counts[at]! += 1;
      }
      break;
    case 'ended':
      for (const t of timelines) for (const p of t.periods) {
        if (p.end === null) continue;
        const at = inRange(p.end);
        const reason = p.episodes[p.episodes.length - 1]!.record.reasonEnded;
        if (at >= 0 && (measure.reasons === undefined || hasCode(measure.reasons, reason))) counts[at]! += 1;
      }
      break;
    case 'placements': {
      const reasons = measure.changeReasons ?? DEFAULT_PLACEMENT_CHANGE_REASONS;
      const within = measure.withinMonths ?? 12;
      for (const t of timelines) {
        const starts = placementStarts(t, reasons);
        eachMonthInCare(t, range, (m, day, p, e) => {
          if (!meets(measure.filter, t, p, e, day, m)) return;
          // Placements during the `within` whole months ending at the month
          // end: those under way on the window's first day, and those that
          // started after it.
          const first = monthEndDay(m - within) + 1; // day is month m's last day
          const placements = upperBound(starts, day) - upperBound(starts, first) + (inCareOn(t, first) ? 1 : 0);
          if (placements >= measure.atLeast) counts[m - range.first]! += 1;
        });
      }
      break;
    }
    case 'long-term-stability': {
      const reasons = measure.changeReasons ?? DEFAULT_PLACEMENT_CHANGE_REASONS;
      const adoption = measure.adoptionPlacementTypes ?? DEFAULT_ADOPTION_PLACEMENT_TYPES;
      for (const t of timelines) {
        const starts = placementStarts(t, reasons);
        const sixteen = birthday(t.birth, 16);
        eachMonthInCare(t, range, (m, day, p, e) => {
          if (day >= sixteen || addMonthsToDay(p.start, 30) > day) return;
          if (measure.part === 'eligible') {
            counts[m - range.first]! += 1;
            return;
          }
          const current = upperBound(starts, day) - 1;
          const twoYears = (start: number) => addMonthsToDay(start, 24) <= day;
          let stable = twoYears(starts[current]!);
          if (!stable && hasCode(adoption, e.record.placementType) && current > 0 && starts[current - 1]! >= p.start) {
            stable = twoYears(starts[current - 1]!);
          }
          if (stable) counts[m - range.first]! += 1;
        });
      }
      break;
    }
    case 'event-within':
      for (const t of timelines) {
        const days = t.events.get(measure.event)?.days ?? [];
        for (const p of t.periods) {
          const at = inRange(p.start);
          if (at < 0) continue;
          const first = p.episodes[0]!;
          if (hasCode(measure.excludeLegalStatuses, first.record.legalStatus)) continue;
          let deadline: number;
          if (!measure.working) deadline = p.start + measure.days;
          else {
            try {
              const region = measure.region === undefined ? {} : { region: measure.region };
              deadline = tryParseDay(addWorkingDays(formatDay(p.start), measure.days, region))!; // a date addWorkingDays wrote
            } catch (e) {
              if (!isIndicatorError(e)) throw e;
              issues.push({ path: `episodes[${first.row}].start`, row: first.row, field: 'start', message: `measure ${name} counts working days from this date: ${e.issues[0]?.message ?? e.message}` });
              continue;
            }
          }
          // Periods of care that closed within the time allowed are excluded.
          if (p.end !== null && p.end <= deadline) continue;
          if (measure.part === 'eligible') counts[at]! += 1;
          else {
            const first = upperBound(days, p.start - 1);
            if (first < days.length && days[first]! <= deadline) counts[at]! += 1;
          }
        }
      }
      break;
    case 'days-between':
      for (const t of timelines) {
        const ends = t.events.get(measure.to);
        if (ends === undefined) continue;
        const starts = measure.from === 'period-start' ? null : (t.events.get(measure.from)?.days ?? []);
        ends.days.forEach((day, k) => {
          const at = inRange(day);
          if (at < 0) return;
          let start: number | undefined;
          if (starts === null) {
            // The period of care the event falls in (its last day included: an adoption ends care that day).
            start = t.periods.find((p) => p.start <= day && (p.end === null || day <= p.end))?.start;
          } else {
            const i = upperBound(starts, day) - 1;
            start = i >= 0 ? starts[i] : undefined;
          }
          if (start === undefined) {
            issues.push({
              path: `events[${ends.rows[k]}]`,
              row: ends.rows[k]!,
              message:
                measure.from === 'period-start'
                  ? `measure ${name} needs a period of care containing this "${measure.to}" event of child ${t.childId} on ${formatDay(day)}, and there is none`
                  : `measure ${name} needs a "${measure.from}" event on or before this "${measure.to}" event of child ${t.childId} on ${formatDay(day)}, and there is none`,
            });
            return;
          }
          counts[at]! += measure.part === 'total' ? day - start : 1;
        });
      }
      break;
    case 'events':
      for (const t of timelines) {
        const list = t.events.get(measure.event);
        if (list === undefined) continue;
        let lastAt = -1;
        for (const day of list.days) {
          const at = inRange(day);
          if (at < 0 || (measure.distinctChildren && at === lastAt)) continue;
          counts[at]! += 1;
          lastAt = at;
        }
      }
      break;
  }
  return counts;
}

/** The event types a set of measures reads. */
function eventTypesRead(measures: readonly RecordMeasure[]): Set<string> {
  const types = new Set<string>();
  const filter = (f: ChildFilter | undefined) => f?.hadEvent !== undefined && types.add(f.hadEvent.type);
  for (const m of measures) {
    if (m.type === 'in-care' || m.type === 'started' || m.type === 'placements') filter(m.filter);
    else if (m.type === 'event-within' || m.type === 'events') types.add(m.event);
    else if (m.type === 'days-between') {
      types.add(m.to);
      types.add(m.from);
    }
  }
  return types;
}


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

  const timelines = buildTimelines(records, eventTypesRead(Object.values(parsed.data) as RecordMeasure[]));
  const first = periodIndex(options.from);
  const last = periodIndex(options.to);
  const range: Range = { first, last, ends: [] };
  for (let m = first; m <= last; m++) range.ends.push(monthEndDay(m));

  const issues: IndicatorIssue[] = [];
  const columns = names.map((name) => derive(parsed.data[name] as RecordMeasure, timelines, range, issues, name));
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  const rows: DerivedRow[] = [];
  for (let m = first; m <= last; m++) {
    const row: DerivedRow = { period: periodFromIndex(m) };
    names.forEach((name, i) => (row[name] = columns[i]![m - first]!));
    rows.push(row);
  }
  return rows;
}
