/**
 * Day arithmetic for the reference oracle of `deriveMonthly`: day numbers
 * (days since 1970-01-01) through `Date.UTC` only, independent of
 * src/records' calendar (which this checks). Exported for this package's own
 * tests of that calendar.
 *
 * @module
 * @internal
 */
import type { Duration } from '../records/index.js';

const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------
// Dates: day numbers (days since 1970-01-01) through Date.UTC only.

export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function civil(day: number): [number, number, number] {
  const t = new Date(day * MS_PER_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function lengthOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same date `n` months later (earlier when negative), clamped to the month's length. */
export function shiftMonths(day: number, n: number): number {
  const [y, m, d] = civil(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return Date.UTC(ny, nm - 1, Math.min(d, lengthOfMonth(ny, nm))) / MS_PER_DAY;
}

/**
 * The day `n` months before `day`: from a month's last day, the last day of
 * the month `n` months earlier (so a window ending at a month end is `n`
 * whole months); otherwise the same date, clamped to the month's length.
 */
export function monthsBefore(day: number, n: number): number {
  const [y, m] = civil(day);
  if (civil(day + 1)[1] !== m) {
    const total = y * 12 + (m - 1) - n;
    const ny = Math.floor(total / 12);
    const nm = total - ny * 12 + 1;
    return Date.UTC(ny, nm - 1, lengthOfMonth(ny, nm)) / MS_PER_DAY;
  }
  return shiftMonths(day, -n);
}

/** Start + a duration: years and months together (one clamp), then days. */
export function plusDuration(day: number, d: Duration): number {
  return shiftMonths(day, (d.years ?? 0) * 12 + (d.months ?? 0)) + (d.days ?? 0);
}

/** The day someone born on `birth` turns `n`: a 29 February birthday falls on 1 March in common years. */
export function birthdayOf(birth: number, n: number): number {
  const [y, m, d] = civil(birth);
  if (m === 2 && d === 29 && lengthOfMonth(y + n, 2) === 28) return Date.UTC(y + n, 2, 1) / MS_PER_DAY;
  return Date.UTC(y + n, m - 1, d) / MS_PER_DAY;
}

/** Age in whole years on `day`. */
export function ageOn(birth: number, day: number): number {
  const years = civil(day)[0] - civil(birth)[0];
  return day < birthdayOf(birth, years) ? years - 1 : years;
}

/** First and last day of a `YYYY-MM` month. */
export function monthDays(period: string): [number, number] {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return [Date.UTC(y, m - 1, 1) / MS_PER_DAY, Date.UTC(y, m, 0) / MS_PER_DAY];
}

export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to;
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p === last) return out;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}
