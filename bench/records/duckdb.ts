/**
 * The measures of `bench/records/measures.ts` written in SQL for DuckDB
 * (`@duckdb/node-api`), with the exact semantics of
 * `src/records/derive.ts` and the modules it reads (columns, counters, dates):
 *
 * - a child is in care on day d of an episode when `start <= d < end`
 *   (`end` null while open); episodes of a child are ordered by start, then
 *   by row, and one starting the day the previous one ended continues the
 *   same period of care;
 * - a month's measures are taken on its last day; the 12 months up to a
 *   month end are 12 whole months (after the last day of the month 12
 *   months before); "N months after" a day is the same date N months later,
 *   clamped to the month's last day, as DuckDB's `date + INTERVAL n MONTH`
 *   also clamps;
 * - a birthday of someone born on 29 February falls on 1 March in a common
 *   year;
 * - working days skip weekends and the England and Wales bank holidays of
 *   the library (`bankHolidays(year)`), loaded into a table: the deadline 20
 *   working days after a day is the 20th working day strictly after it.
 *
 * Loading (`loadRecords`) and querying (`queryMonthly`) are separate so the
 * benchmark can time them apart.
 *
 * @module
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { bankHolidays } from '../../src/records/index.js';
import type { CaseRecords, DerivedRow } from '../../src/records/index.js';
import { ADOPTED_REASONS, IHA_EXCLUDED_LEGAL_STATUSES, MEASURE_NAMES } from './measures.js';

export interface DuckDb {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

/** An in-memory database; `threads` caps DuckDB's worker threads (default: all cores). */
export async function openDuckDb(threads?: number): Promise<DuckDb> {
  const instance = await DuckDBInstance.create(':memory:', threads === undefined ? {} : { threads: String(threads) });
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

const str = (v: unknown): string | null => (v === undefined || v === null ? null : String(v));

/**
 * Create and fill the tables `children`, `episodes`, `events` (row by row
 * through the appender: faster here than data chunks) and `holidays` (the
 * England and Wales bank holidays of `years`). Dates go in as `YYYY-MM-DD`
 * strings and DuckDB parses them into DATE columns.
 */
export async function loadRecords(db: DuckDb, records: CaseRecords, years: { first: number; last: number }): Promise<void> {
  const c = db.connection;
  await c.run(`
    CREATE OR REPLACE TABLE children (child_id VARCHAR NOT NULL, dob DATE NOT NULL);
    CREATE OR REPLACE TABLE episodes (
      row_no INTEGER NOT NULL, child_id VARCHAR NOT NULL, start DATE NOT NULL, "end" DATE,
      rne VARCHAR, legal_status VARCHAR, placement_type VARCHAR, reason_ended VARCHAR);
    CREATE OR REPLACE TABLE events (row_no INTEGER NOT NULL, child_id VARCHAR NOT NULL, type VARCHAR NOT NULL, date DATE NOT NULL);
    CREATE OR REPLACE TABLE holidays (day DATE NOT NULL);
  `);

  const nullable = (a: { appendVarchar(v: string): void; appendNull(): void }, v: string | null) => (v === null ? a.appendNull() : a.appendVarchar(v));

  let a = await c.createAppender('children');
  for (const child of records.children) {
    a.appendVarchar(child.childId);
    a.appendVarchar(child.dateOfBirth);
    a.endRow();
  }
  a.closeSync();

  a = await c.createAppender('episodes');
  const episodes = records.episodes;
  for (let i = 0; i < episodes.length; i++) {
    const e = episodes[i]!;
    a.appendInteger(i);
    a.appendVarchar(e.childId);
    a.appendVarchar(e.start);
    nullable(a, str(e.end));
    nullable(a, str(e.reasonNewEpisode));
    nullable(a, str(e.legalStatus));
    nullable(a, str(e.placementType));
    nullable(a, str(e.reasonEnded));
    a.endRow();
  }
  a.closeSync();

  a = await c.createAppender('events');
  const events = records.events ?? [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    a.appendInteger(i);
    a.appendVarchar(e.childId);
    a.appendVarchar(e.type);
    a.appendVarchar(e.date);
    a.endRow();
  }
  a.closeSync();

  a = await c.createAppender('holidays');
  for (let y = years.first; y <= years.last; y++) {
    for (const day of bankHolidays(y)) {
      a.appendVarchar(day);
      a.endRow();
    }
  }
  a.closeSync();
}

const list = (codes: readonly string[]) => codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
const monthIndex = (period: string) => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;

/**
 * The SQL deriving every measure for the months `from..to` (`YYYY-MM`), one
 * row per month, columns named as in `measures.ts`. `calendar` is the span
 * of the working-day calendar (whole years; holidays must be loaded for it).
 */
export function monthlySql(from: string, to: string, calendar: { first: number; last: number }): string {
  const F = monthIndex(from);
  const L = monthIndex(to);
  const placementReasons = list(['S', 'P', 'T', 'U', 'B']); // DEFAULT_PLACEMENT_CHANGE_REASONS
  const adoptionTypes = list(['A3', 'A4', 'A5', 'A6']); // DEFAULT_ADOPTION_PLACEMENT_TYPES
  return `
WITH
-- The reporting months, their last days, and the last day of the month 12
-- months before: a 12-month window ending at a month end is 12 whole months.
months AS MATERIALIZED (
  SELECT m, month_end(m) AS me, month_end(m - 12) AS me_12m_ago FROM range(${F}, ${L + 1}) t(m)
),
-- Children with a small integer key and the birthdays the filters use.
kids AS MATERIALIZED (
  SELECT row_number() OVER () AS cid, child_id, dob, bday(dob, 3) AS b3, bday(dob, 16) AS b16, bday(dob, 18) AS b18 FROM children
),
-- Episodes in date order (start, then row), each flagged when it
-- opens a period of care (it does not start the day the one before ended)
-- and when it starts a placement.
ordered AS (
  SELECT k.cid, e.start, e."end", e.rne, e.legal_status, e.placement_type, e.reason_ended,
         row_number() OVER w AS ep_no,
         coalesce(lag(e."end") OVER w <> e.start, true) AS opens_period
  FROM episodes e JOIN kids k USING (child_id)
  WINDOW w AS (PARTITION BY k.cid ORDER BY e.start, e.row_no)
),
numbered AS MATERIALIZED (
  SELECT *,
         (sum(opens_period::INTEGER) OVER w)::INTEGER AS period_no,
         (sum((opens_period OR coalesce(rne IN (${placementReasons}), false))::INTEGER) OVER w)::INTEGER AS n
  FROM ordered
  WINDOW w AS (PARTITION BY cid ORDER BY ep_no ROWS UNBOUNDED PRECEDING)
),
periods AS MATERIALIZED (
  SELECT cid, period_no,
         min(start) AS p_start,
         arg_max_null("end", ep_no) AS p_end,
         arg_max_null(reason_ended, ep_no) AS last_reason_ended,
         arg_min_null(legal_status, ep_no) AS first_legal_status
  FROM numbered GROUP BY cid, period_no
),
-- Placement starts, one row per start: the n-th start s of the child, the
-- one before it, and the day its placement stops (the next start in the
-- same period, or the period's end; null while open). An episode's n (see
-- numbered) is the number of starts up to it, so the first episode of each
-- n is the start itself.
starts_all AS MATERIALIZED (
  SELECT cid, n, start AS s, lag(start) OVER w AS prev_s,
         CASE WHEN lead(period_no) OVER w = period_no THEN lead(start) OVER w ELSE p_end END AS stops
  FROM (SELECT DISTINCT ON (cid, n) cid, n, start, period_no FROM numbered ORDER BY cid, n, ep_no) JOIN periods USING (cid, period_no)
  WINDOW w AS (PARTITION BY cid ORDER BY n)
),
-- The same, one row per day (the last of equal days, whose n is then how
-- many starts fall on or before it), for ASOF lookups.
starts AS MATERIALIZED (
  SELECT cid, s, max(n) AS n, arg_max_null(stops, n) AS stops FROM starts_all GROUP BY cid, s
),
-- Every month end on which a child is in care, with the episode open that
-- day (the months from the episode's start to the one before its end's).
-- Per episode: the number of placement starts so far (n), and the days
-- from which the tests at a month end hold: in care 12 months (dental), 30
-- months (stability), in the current placement 24 months, or in the
-- placement before an adoption placement 24 months.
cm AS (
  SELECT c.*, mo.me, mo.me_12m_ago, k.b3, k.b16, k.b18
  FROM (
    SELECT e.cid, e.legal_status, e.n,
           (p.p_start + INTERVAL 12 MONTH)::DATE AS in_care_12m,
           (p.p_start + INTERVAL 30 MONTH)::DATE AS in_care_30m,
           (st.s + INTERVAL 24 MONTH)::DATE AS placed_24m,
           CASE WHEN e.placement_type IN (${adoptionTypes}) AND e.n > 1 AND st.prev_s >= p.p_start
                THEN (st.prev_s + INTERVAL 24 MONTH)::DATE END AS placed_before_adoption_24m,
           unnest(generate_series(greatest(${F}, month_idx(e.start)), coalesce(month_idx(e."end") - 1, ${L}))) AS m
    FROM numbered e JOIN periods p USING (cid, period_no) JOIN starts_all st USING (cid, n)
  ) c
  JOIN months mo USING (m) JOIN kids k USING (cid)
),
-- What each child-month needs, narrowed to flags before the ASOF joins.
flags AS MATERIALIZED (
  SELECT cid, m, me, me_12m_ago, n,
         me < b18 AS under18,
         legal_status = 'C2' AS care_order,
         me >= b3 AND me < b18 AND in_care_12m <= me AS dental_eligible,
         me < b16 AND in_care_30m <= me AS stability_eligible,
         placed_24m <= me OR coalesce(placed_before_adoption_24m <= me, false) AS stable
  FROM cm
),
month_end AS (
  SELECT m,
         count(*) AS inCare,
         count(*) FILTER (WHERE under18) AS inCareUnder18,
         count(*) FILTER (WHERE care_order) AS inCareOnCareOrder,
         count(*) FILTER (WHERE dental_eligible) AS dentalEligible,
         count(*) FILTER (WHERE stability_eligible) AS stabilityEligible,
         count(*) FILTER (WHERE stability_eligible AND stable) AS stabilityStable
  FROM flags GROUP BY m
),
-- Dental checks: the last one on or before the month end, in the 12 whole months up to it.
dental AS (
  SELECT m, count(*) FILTER (WHERE d.date > me_12m_ago) AS dentalMet
  FROM (SELECT cid, m, me, me_12m_ago FROM flags WHERE dental_eligible) w
  ASOF JOIN (SELECT cid, date FROM events JOIN kids USING (child_id) WHERE type = 'dental-check') d ON d.cid = w.cid AND w.me >= d.date
  GROUP BY m
),
-- Placements during the 12 whole months up to the month end: the one under
-- way on the window's first day, and those that started after it.
placements AS (
  SELECT m,
         count(*) FILTER (WHERE w.n - coalesce(f.n, 0) + CASE WHEN f.s IS NOT NULL AND (f.stops IS NULL OR first < f.stops) THEN 1 ELSE 0 END >= 3) AS placements3
  FROM (SELECT cid, m, n, me_12m_ago + 1 AS first FROM flags WHERE under18) w
  ASOF LEFT JOIN starts f ON f.cid = w.cid AND w.first >= f.s
  GROUP BY m
),
started AS (
  SELECT month_idx(p.p_start) AS m, count(*) AS admissions, count(*) FILTER (WHERE p.p_start < k.b18) AS admissionsUnder18
  FROM periods p JOIN kids k USING (cid)
  WHERE month_idx(p.p_start) BETWEEN ${F} AND ${L}
  GROUP BY ALL
),
ended AS (
  SELECT month_idx(p_end) AS m, count(*) AS ceased, count(*) FILTER (WHERE last_reason_ended IN (${list(ADOPTED_REASONS)})) AS adopted
  FROM periods
  WHERE p_end IS NOT NULL AND month_idx(p_end) BETWEEN ${F} AND ${L}
  GROUP BY ALL
),
-- Working days: w counts them up to and including each day.
calendar AS MATERIALIZED (
  SELECT day, working, sum(working::INTEGER) OVER (ORDER BY day ROWS UNBOUNDED PRECEDING) AS w
  FROM (
    SELECT t.d::DATE AS day, (isodow(t.d) <= 5 AND h.day IS NULL) AS working
    FROM range(DATE '${calendar.first}-01-01', DATE '${calendar.last + 1}-01-01', INTERVAL 1 DAY) t(d)
    LEFT JOIN holidays h ON h.day = t.d::DATE
  )
),
-- Periods started in the month, not on an excluded legal status, with
-- their deadline: the 20th working day after the start. Those that closed
-- by then are left out.
iha_periods AS (
  SELECT p.cid, month_idx(p.p_start) AS m, p.p_start, p.p_end, d.day AS deadline
  FROM periods p
  JOIN calendar s ON s.day = p.p_start
  JOIN calendar d ON d.w = s.w + 20 AND d.working
  WHERE month_idx(p.p_start) BETWEEN ${F} AND ${L}
    AND coalesce(p.first_legal_status, '') NOT IN (${list(IHA_EXCLUDED_LEGAL_STATUSES)})
),
iha AS (
  SELECT m, count(*) AS ihaEligible, count(*) FILTER (WHERE h.date <= deadline) AS ihaMet
  FROM (SELECT * FROM iha_periods WHERE p_end IS NULL OR p_end > deadline) i
  ASOF LEFT JOIN (SELECT cid, date FROM events JOIN kids USING (child_id) WHERE type = 'health-assessment-initial') h
    ON h.cid = i.cid AND i.p_start <= h.date
  GROUP BY m
),
missing AS (
  SELECT month_idx(date) AS m, count(*) AS missingIncidents, count(DISTINCT child_id) AS missingChildren
  FROM events WHERE type = 'missing' AND month_idx(date) BETWEEN ${F} AND ${L}
  GROUP BY ALL
),
-- Days from the start of the period of care the event falls in (its end day included).
adoption AS (
  SELECT month_idx(e.date) AS m,
         sum(e.date - p.p_start) AS daysToPlacedForAdoption,
         count(*) AS placedForAdoption,
         count(*) FILTER (WHERE p.p_start IS NULL OR (p.p_end IS NOT NULL AND e.date > p.p_end)) AS unmatched
  FROM (SELECT cid, date FROM events JOIN kids USING (child_id) WHERE type = 'placed-for-adoption' AND month_idx(date) BETWEEN ${F} AND ${L}) e
  ASOF LEFT JOIN periods p ON p.cid = e.cid AND e.date >= p.p_start
  GROUP BY ALL
)
SELECT strftime(month_end(m), '%Y-%m') AS period,
  ${MEASURE_NAMES.map((name) => `coalesce(${name}, 0)::BIGINT AS ${name}`).join(',\n  ')},
  coalesce(unmatched, 0)::BIGINT AS _unmatched
FROM months
LEFT JOIN month_end USING (m)
LEFT JOIN dental USING (m)
LEFT JOIN placements USING (m)
LEFT JOIN started USING (m)
LEFT JOIN ended USING (m)
LEFT JOIN iha USING (m)
LEFT JOIN missing USING (m)
LEFT JOIN adoption USING (m)
ORDER BY m
`;
}

/** Macros the query uses; created once per database. */
export const MACROS_SQL = `
CREATE OR REPLACE MACRO month_idx(d) AS year(d) * 12 + month(d) - 1;
CREATE OR REPLACE MACRO month_end(m) AS last_day(make_date((m // 12)::INTEGER, (m % 12 + 1)::INTEGER, 1));
CREATE OR REPLACE MACRO is_leap(y) AS (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0));
-- The day someone born on b turns n: 29 February comes of age on 1 March in a common year.
CREATE OR REPLACE MACRO bday(b, n) AS CASE
  WHEN month(b) = 2 AND day(b) = 29 AND NOT is_leap(year(b) + n) THEN make_date((year(b) + n)::BIGINT, 3, 1)
  ELSE (b + to_years(n::INTEGER))::DATE END;
`;

/** Run the derivation; rows in the shape of `deriveMonthly`'s (plus `_unmatched`: placed-for-adoption events outside any period of care, which `deriveMonthly` rejects). */
export async function queryMonthly(db: DuckDb, sql: string): Promise<DerivedRow[]> {
  const reader = await db.connection.runAndReadAll(sql);
  const columns = reader.columnNames();
  return reader.getRows().map((values) => {
    const row: DerivedRow = { period: String(values[0]) };
    for (let i = 1; i < columns.length; i++) row[columns[i]!] = Number(values[i] as bigint);
    return row;
  });
}
