/**
 * `syntheticRecords`: seeded synthetic children-in-care case records in the shape of England's
 * SSDA903 return (children, episodes of care, dated events), for demos,
 * tests and benchmarks. Nothing here describes a real child.
 *
 * How it works. First admissions arrive as a Poisson process; each child
 * gets an age at admission, a route out of care (adoption, special
 * guardianship, home, other, remand, or staying to 18) and a length of stay
 * drawn for that route; some return to care later. The process starts 18
 * years before `from` (a warm-up, nobody stays longer), so the number in
 * care is already steady on `from`. Each child's timeline is generated
 * forward in jumps (change of legal status, change of placement, next
 * review, ...), never day by day, so the cost is proportional to the
 * records produced.
 *
 * Window. The output holds every period of care still open on or after
 * `from` and started on or before `to`, whole: a period open on `from` keeps
 * its episodes that started before `from` (as an SSDA903 return carries an
 * episode open at the start of the year). Periods that ended before `from`
 * are left out. Episodes still open on `to` have no `end`. Events are dated
 * from `from` to `to`.
 *
 * Dates are whole day numbers (days since 1970-01-01) turned into
 * `YYYY-MM-DD` by integer arithmetic, and years are added with `Date.UTC`:
 * the output does not depend on the time zone.
 *
 * Stability: the same options give the same records in every patch version
 * of this package (test/testing/synthetic.test.ts pins a hash of the output
 * for a fixed seed); a change of output is a minor version at least, and the
 * CHANGELOG says so. The distributions use `Math.log`, `Math.exp` and
 * `Math.cos`, which V8 computes the same on every platform; another engine
 * may differ in the last bit of a draw, and so, rarely, in a date.
 *
 * @module
 */

// ---------------------------------------------------------------------------
// Public types

/** Options of {@link syntheticRecords}. Every field is optional. */
export interface SyntheticOptions {
  /** Seed of the pseudo-random generator (any number; taken as a 32-bit integer). Default 1. */
  seed?: number;
  /** First day simulated, `YYYY-MM-DD`. Default `'2012-04-01'`. */
  from?: string;
  /** Last day simulated, `YYYY-MM-DD`. Default `'2024-03-31'`. */
  to?: string;
  /**
   * Target number of children in care on any day (the steady state). Default
   * 370. With `admissionsPerYear` it fixes the mean length of a period of
   * care (children / admissions years, by Little's law); the lengths of stay
   * are scaled to match, within what stays that end by the 18th birthday
   * allow (a scale from 0.02 to 20 times the defaults' distributions).
   */
  children?: number;
  /** Target number of admissions (periods of care starting, readmissions included) per year. Default 200. */
  admissionsPerYear?: number;
  /**
   * When given, `children` and `admissionsPerYear` are scaled by one factor so
   * that the output holds about this many episodes (within a few percent).
   */
  episodes?: number;
}

/**
 * A child: one row of the SSDA903 header table. (The record types are type
 * aliases, not interfaces, so that they are assignable to the library's
 * `ChildRecord`, `EpisodeRecord` and `EventRecord`, which have index
 * signatures.)
 */
export type SyntheticChild = {
  /** Unique, `'C000001'` upwards in order of first admission. */
  childId: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string;
  /** SSDA903 gender: `'1'` male, `'2'` female. */
  gender: '1' | '2';
  /** SSDA903 ethnicity code, such as `'WBRI'` or `'MWBC'`. */
  ethnicity: string;
};

/**
 * An episode of care: one row of the SSDA903 episodes table. The child is in
 * care from `start` to the day before `end`; the next episode of the same
 * period of care starts on `end`.
 */
export type SyntheticEpisode = {
  childId: string;
  /** `YYYY-MM-DD`. */
  start: string;
  /** `YYYY-MM-DD`, the day it ceased; absent while the episode is open on `to`. */
  end?: string;
  /**
   * S started care; P change of placement; L change of legal status only
   * (same placement type); B, U and T change of both.
   */
  reasonNewEpisode: 'S' | 'L' | 'P' | 'T' | 'U' | 'B';
  /** C1, C2, E1, V2, J1, J2 or L1. */
  legalStatus: string;
  /** U1 to U6, R1, K2, A3 to A6, P1 or H5. */
  placementType: string;
  /** Only on the last episode of a period of care that ended: E11, E12, E13, E17, E41, E45 to E48 or E8. */
  reasonEnded?: string;
};

/** The types of {@link SyntheticEvent}. */
export type SyntheticEventType =
  | 'health-assessment-initial'
  | 'health-assessment'
  | 'dental-check'
  | 'review'
  | 'visit'
  | 'pep'
  | 'missing'
  | 'placement-order'
  | 'matched'
  | 'placed-for-adoption'
  | 'adopted';

/** A dated event for a child, within one of its periods of care (an `adopted` event falls on the day the period ends). */
export type SyntheticEvent = {
  childId: string;
  type: SyntheticEventType;
  /** `YYYY-MM-DD`. */
  date: string;
};

/**
 * Output of {@link syntheticRecords}: children sorted by `childId`, episodes
 * grouped by child in date order, events grouped by child in date order.
 */
export interface SyntheticRecords {
  children: SyntheticChild[];
  episodes: SyntheticEpisode[];
  events: SyntheticEvent[];
  /** Every event type the generator makes, so `deriveMonthly` counts 0 for a type with no event in a small run. */
  eventTypes: SyntheticEventType[];
  /**
   * The months the records are complete for: every whole month from `from`
   * to `to` (absent when the range holds no whole month), so `deriveMonthly`
   * derives them even where nothing happened near the ends.
   */
  coverage?: { from: string; to: string };
}

// ---------------------------------------------------------------------------
// Pseudo-random numbers

type Rng = () => number;

/** mulberry32: a small, fast 32-bit generator; returns floats in [0, 1). */
function mulberry32(seed: number): Rng {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whole number from `lo` to `hi` inclusive. */
function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** Standard normal (Box-Muller; V8's Math.log and Math.cos are the same on every platform). */
function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal with the given median and log-scale spread. */
function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/** Exponential with the given mean. */
function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng()) * mean;
}

/** A weighted choice, prepared once: cumulative weights normalised to 1. */
interface Table<T> {
  values: T[];
  cumulative: number[];
}

function table<T>(entries: [T, number][]): Table<T> {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  return {
    values: entries.map(([v]) => v),
    cumulative: entries.map(([, w]) => (acc += w / total)),
  };
}

function pick<T>(rng: Rng, t: Table<T>): T {
  const u = rng();
  const c = t.cumulative;
  for (let i = 0; i < c.length - 1; i++) if (u < c[i]!) return t.values[i]!;
  return t.values[c.length - 1]!;
}

// ---------------------------------------------------------------------------
// Calendar (day numbers, no local time)

const DAY_MS = 86_400_000;
const YEAR = 365.25;

/** [year, month 1-12, day 1-31] of a day number (H. Hinnant's civil_from_days). */
function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function format(day: number): string {
  const [y, m, d] = civil(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function parse(value: unknown, name: string): number {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (m !== null) {
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    if (Number.isInteger(day) && format(day) === value) return day;
  }
  throw new RangeError(`${name} must be a real calendar date in YYYY-MM-DD form, got ${JSON.stringify(value)}`);
}

/** The day someone born on the civil date turns `years` (29 February comes of age on 1 March in a common year). */
function birthday([y, m, d]: [number, number, number], years: number): number {
  return Date.UTC(y + years, m - 1, d) / DAY_MS;
}

// ---------------------------------------------------------------------------
// Distributions

/** Routes out of care: how a period of care ends, which fixes its length and codes. */
const enum Route {
  Adopted,
  Guardianship,
  Home,
  Other,
  Remand,
  Eighteen,
}

/** Age groups at the start of a period: under 1, 1-4, 5-9, 10-15, 16-17. */
const AGE_AT_ADMISSION = table<[number, number]>([
  [[0, 0], 0.19],
  [[1, 4], 0.15],
  [[5, 9], 0.17],
  [[10, 15], 0.34],
  [[16, 17], 0.15],
]);

/** Route by age group at the start of a period (before remand and the scale adjustment). */
const ROUTES: Table<Route>[] = [
  table([[Route.Adopted, 0.4], [Route.Guardianship, 0.2], [Route.Home, 0.27], [Route.Other, 0.06], [Route.Eighteen, 0.07]]),
  table([[Route.Adopted, 0.22], [Route.Guardianship, 0.2], [Route.Home, 0.38], [Route.Other, 0.08], [Route.Eighteen, 0.12]]),
  table([[Route.Adopted, 0.03], [Route.Guardianship, 0.17], [Route.Home, 0.48], [Route.Other, 0.1], [Route.Eighteen, 0.22]]),
  table([[Route.Guardianship, 0.06], [Route.Home, 0.53], [Route.Other, 0.14], [Route.Eighteen, 0.27]]),
  table([[Route.Guardianship, 0.01], [Route.Home, 0.38], [Route.Other, 0.16], [Route.Eighteen, 0.45]]),
];

/** Share of admissions aged 10 and over that are remands (J1/J2). */
const REMAND_SHARE = 0.08;

/** Length of stay by route, in days at scale 1: log-normal median, spread, minimum. */
const STAY: Record<Exclude<Route, Route.Eighteen>, [number, number, number]> = {
  [Route.Adopted]: [600, 0.3, 300],
  [Route.Guardianship]: [380, 0.55, 45],
  [Route.Home]: [95, 1.3, 1],
  [Route.Other]: [120, 1.2, 1],
  [Route.Remand]: [30, 0.9, 1],
};

/** Chance of coming back into care after a period ends by each route. */
const RETURN: Record<Route, number> = {
  [Route.Adopted]: 0,
  [Route.Guardianship]: 0.04,
  [Route.Home]: 0.28,
  [Route.Other]: 0.2,
  [Route.Remand]: 0.15,
  [Route.Eighteen]: 0,
};

const ADOPTED_REASONS = table([['E11', 0.7], ['E12', 0.3]]);
const GUARDIANSHIP_REASONS = table([['E41', 0.2], ['E45', 0.3], ['E46', 0.1], ['E47', 0.3], ['E48', 0.1]]);
const ADOPTION_PLACEMENTS = table([['A5', 0.25], ['A6', 0.65], ['A3', 0.03], ['A4', 0.07]]);
const BOTH_CHANGED = table<'B' | 'U' | 'T'>([['B', 0.6], ['U', 0.28], ['T', 0.12]]);

/** Each placement move of a period of care comes this many times later, on average, than the one before. */
const MOVE_SLOWDOWN = 4;

/** Placement types by age: under 5, 5-12, 13-15, 16-17. */
const PLACEMENTS: Table<string>[] = [
  table([['U6', 0.6], ['U4', 0.15], ['U1', 0.13], ['U3', 0.06], ['U5', 0.06]]),
  table([['U6', 0.5], ['U4', 0.25], ['U1', 0.14], ['U2', 0.05], ['K2', 0.06]]),
  table([['U6', 0.4], ['U4', 0.2], ['U1', 0.1], ['K2', 0.2], ['R1', 0.05], ['P1', 0.05]]),
  table([['U6', 0.25], ['K2', 0.2], ['H5', 0.4], ['U4', 0.1], ['R1', 0.05]]),
];
const REMAND_PLACEMENTS = table([['K2', 0.4], ['U6', 0.4], ['R1', 0.2]]);

const ETHNICITY = table([
  ['WBRI', 0.72], ['WIRI', 0.005], ['WIRT', 0.005], ['WOTH', 0.04], ['WROM', 0.01],
  ['MWBC', 0.03], ['MWBA', 0.01], ['MWAS', 0.01], ['MOTH', 0.03],
  ['AIND', 0.01], ['APKN', 0.015], ['ABAN', 0.005], ['AOTH', 0.015],
  ['BCRB', 0.015], ['BAFR', 0.03], ['BOTH', 0.01],
  ['CHNE', 0.002], ['OOTH', 0.02], ['REFU', 0.005], ['NOBT', 0.003],
]);

function ageGroup(ageDays: number): number {
  return ageDays < YEAR ? 0 : ageDays < 5 * YEAR ? 1 : ageDays < 10 * YEAR ? 2 : ageDays < 16 * YEAR ? 3 : 4;
}

function placementTable(ageDays: number): Table<string> {
  return PLACEMENTS[ageDays < 5 * YEAR ? 0 : ageDays < 13 * YEAR ? 1 : ageDays < 16 * YEAR ? 2 : 3]!;
}

// ---------------------------------------------------------------------------
// Periods of care of one child

/** Periods of the current child, in reused arrays. */
const P = {
  count: 0,
  start: [] as number[],
  end: [] as number[],
  route: [] as Route[],
};

/**
 * Fill `P` with the periods of care of a child first admitted on `first`:
 * route and length by age, capped at the 18th birthday, then maybe a
 * return to care after a gap. Stops at `horizon`. `stay` scales the lengths.
 */
function periodsOf(rng: Rng, first: number, birth: number, eighteen: number, stay: number, horizon: number): void {
  P.count = 0;
  let start = first;
  while (start <= horizon) {
    const age = start - birth;
    const group = ageGroup(age);
    let route = group >= 3 && rng() < REMAND_SHARE ? Route.Remand : pick(rng, ROUTES[group]!);
    // Shorter stays than the tables give: fewer stay to 18.
    if (route === Route.Eighteen && stay < 1 && rng() >= stay) route = Route.Home;
    let end: number;
    if (route === Route.Eighteen) end = eighteen;
    else {
      const [median, sigma, min] = STAY[route];
      end = start + Math.max(min, Math.round(lognormal(rng, median * stay, sigma)));
    }
    if (end >= eighteen) {
      end = eighteen;
      if (route !== Route.Remand) route = Route.Eighteen;
    }
    const k = P.count++;
    P.start[k] = start;
    P.end[k] = end;
    P.route[k] = route;
    if (end >= eighteen || rng() >= RETURN[route]) break;
    start = end + 7 + Math.round(lognormal(rng, 240, 1));
    if (start >= eighteen - 30) break;
  }
}

/** Days from birth to the first admission. */
function ageAtAdmission(rng: Rng): number {
  const [lo, hi] = pick(rng, AGE_AT_ADMISSION);
  if (hi === 0) return rng() < 0.45 ? int(rng, 0, 7) : int(rng, 8, 364);
  const top = hi === 17 ? Math.floor(17.8 * YEAR) : Math.floor((hi + 1) * YEAR) - 1;
  return int(rng, Math.ceil(lo * YEAR), top);
}

// ---------------------------------------------------------------------------
// Calibration: the length-of-stay scale that gives the steady state asked for

interface Calibration {
  /** Multiplier of the lengths of stay. */
  stay: number;
  /** Mean number of periods of care per child. */
  periodsPerChild: number;
}

const calibrations = new Map<number, Calibration>();
const CALIBRATION_CHILDREN = 4000;

/** Mean days per period and periods per child at a scale, over a fixed sample (common random numbers). */
function sample(stay: number): { daysPerPeriod: number; periodsPerChild: number } {
  const rng = mulberry32(0x903);
  let days = 0;
  let periods = 0;
  for (let i = 0; i < CALIBRATION_CHILDREN; i++) {
    const birth = -ageAtAdmission(rng);
    const eighteen = birthday(civil(birth), 18);
    periodsOf(rng, 0, birth, eighteen, stay, Infinity);
    for (let k = 0; k < P.count; k++) days += P.end[k]! - P.start[k]!;
    periods += P.count;
  }
  return { daysPerPeriod: days / periods, periodsPerChild: periods / CALIBRATION_CHILDREN };
}

/**
 * By Little's law, children in care = admissions per day x mean days per
 * period. Find the scale of the lengths of stay that gives the ratio asked
 * for, by bisection on a log scale (cached per ratio).
 */
function calibrate(children: number, admissionsPerYear: number): Calibration {
  const target = (children / admissionsPerYear) * YEAR;
  const key = Math.round(target * 1000);
  const cached = calibrations.get(key);
  if (cached !== undefined) return cached;
  let lo = Math.log(0.02);
  let hi = Math.log(20);
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (sample(Math.exp(mid)).daysPerPeriod < target) lo = mid;
    else hi = mid;
  }
  const stay = Math.exp((lo + hi) / 2);
  const result = { stay, periodsPerChild: sample(stay).periodsPerChild };
  calibrations.set(key, result);
  return result;
}

// ---------------------------------------------------------------------------
// Simulation

const EVENT_TYPES: SyntheticEventType[] = [
  'health-assessment-initial',
  'health-assessment',
  'dental-check',
  'review',
  'visit',
  'pep',
  'missing',
  'placement-order',
  'matched',
  'placed-for-adoption',
  'adopted',
];
const enum Ev {
  InitialHealth,
  Health,
  Dental,
  Review,
  Visit,
  Pep,
  Missing,
  PlacementOrder,
  Matched,
  PlacedForAdoption,
  Adopted,
}

interface Settings {
  seed: number;
  from: number;
  to: number;
  children: number;
  admissionsPerYear: number;
}

/** A change inside a period: its offset in days, a new legal status and/or a new placement ('' for none, '*' to draw one). */
interface Change {
  at: number;
  legal: string;
  placement: string;
}

/**
 * Run the simulation. With `emit` false only episodes are counted (no
 * records built), which is how the `episodes` option sizes a run.
 */
function simulate(s: Settings, emit: boolean): { records: Pick<SyntheticRecords, 'children' | 'episodes' | 'events'>; episodeCount: number } {
  const records: Pick<SyntheticRecords, 'children' | 'episodes' | 'events'> = { children: [], episodes: [], events: [] };
  let episodeCount = 0;
  if (!(s.admissionsPerYear > 0) || !(s.children > 0)) return { records, episodeCount };

  const { stay, periodsPerChild } = calibrate(s.children, s.admissionsPerYear);
  const meanGap = YEAR / (s.admissionsPerYear / periodsPerChild); // days between first admissions
  const rng = mulberry32(s.seed);
  const { from, to } = s;
  const warmUp = birthday(civil(from), -18) - 1;

  // Date strings, made once per day and shared (births go back 18 years before the warm-up).
  const dateBase = warmUp - 19 * 366;
  const dates: string[] = [];
  if (emit) for (let day = dateBase; day <= to; day++) dates.push(format(day));
  const date = (day: number): string => dates[day - dateBase]!;

  // Events of the current child as day * 16 + type, sorted before output.
  let evBuf = new Int32Array(1024);
  let evCount = 0;
  let windowLo = from;
  let windowHi = to;
  const event = (day: number, type: Ev): void => {
    if (day < windowLo || day > windowHi) return;
    if (evCount === evBuf.length) {
      const bigger = new Int32Array(evBuf.length * 2);
      bigger.set(evBuf);
      evBuf = bigger;
    }
    evBuf[evCount++] = day * 16 + type;
  };

  const changes: Change[] = [];
  const addChange = (at: number, legal: string, placement: string): void => {
    changes.push({ at, legal, placement });
  };

  let nextId = 1;
  let t = warmUp;
  for (;;) {
    t += exponential(rng, meanGap);
    const first = Math.floor(t);
    if (first > to) break;
    const ageDays = ageAtAdmission(rng);
    const birth = first - ageDays;
    const born = civil(birth);
    const eighteen = birthday(born, 18);
    periodsOf(rng, first, birth, eighteen, stay, to);

    // Keep the child only if a period of care reaches the window.
    let firstKept = -1;
    for (let k = 0; k < P.count; k++) {
      if (P.end[k]! >= from) {
        firstKept = k;
        break;
      }
    }
    if (firstKept < 0) continue;

    const childId = emit ? `C${String(nextId++).padStart(6, '0')}` : '';
    const gender: '1' | '2' = rng() < 0.56 ? '1' : '2';
    const ethnicity = pick(rng, ETHNICITY);
    if (emit) records.children.push({ childId, dateOfBirth: date(birth), gender, ethnicity });
    const three = birthday(born, 3);
    const five = birthday(born, 5);
    const sixteen = birthday(born, 16);
    const seventeen = birthday(born, 17);
    evCount = 0;

    for (let k = firstKept; k < P.count; k++) {
      const ps = P.start[k]!;
      const pe = P.end[k]!;
      const route = P.route[k]!;
      const d = pe - ps;
      const visible = Math.min(d, to - ps + 1); // offsets beyond this are after `to`
      const teen = ps - birth >= 10 * YEAR;
      changes.length = 0;

      // --- Legal status plan
      let legal: string;
      let placementOrder = -1;
      let matched = -1;
      let adoptionPlacement = -1;
      if (route === Route.Remand) legal = rng() < 0.7 ? 'J2' : 'J1';
      else {
        if (route === Route.Adopted) {
          // Work back from the adoption order (the end of the period).
          const placedFor = Math.min(Math.max(70, Math.round(lognormal(rng, 180, 0.4))), d - 150);
          adoptionPlacement = d - placedFor;
          matched = adoptionPlacement - int(rng, 14, 60);
          placementOrder = Math.min(Math.max(60, Math.round(lognormal(rng, 290, 0.3))), matched - 30);
        }
        const careChance =
          route === Route.Adopted ? 1
          : route === Route.Guardianship ? 0.7
          : route === Route.Eighteen ? (teen ? 0.4 : 0.85)
          : route === Route.Home ? 0.35
          : 0.3;
        let main: string;
        if (rng() < careChance) {
          // Care proceedings: maybe section 20 first, an interim order, then the final hearing.
          const hearing = placementOrder >= 0 ? placementOrder : Math.max(90, Math.round(lognormal(rng, 250, 0.3)));
          const voluntaryFirst = rng() < 0.25 ? int(rng, 20, 120) : -1;
          if (voluntaryFirst > 0 && voluntaryFirst < hearing - 10) {
            main = 'V2';
            addChange(voluntaryFirst, 'C1', rng() < 0.15 ? '*' : '');
          } else main = 'C1';
          // Sometimes the final order comes with a move (B, U or T).
          addChange(hearing, route === Route.Adopted ? 'E1' : 'C2', route !== Route.Adopted && rng() < 0.2 ? '*' : '');
        } else main = 'V2';
        if (rng() < 0.06) {
          // Police protection for up to 72 hours, then accommodation or an interim order.
          legal = 'L1';
          addChange(int(rng, 1, 3), main, rng() < 0.5 ? '*' : '');
        } else legal = main;
      }

      // --- Placement plan
      let placement = route === Route.Remand ? pick(rng, REMAND_PLACEMENTS) : pick(rng, placementTable(ps - birth));
      let movesUntil = route === Route.Adopted ? adoptionPlacement : visible;
      if (route === Route.Adopted) addChange(adoptionPlacement, '', pick(rng, ADOPTION_PLACEMENTS));
      else if (route === Route.Home && legal !== 'V2' && d > 240 && rng() < 0.3) {
        // Placed with parents under the order before discharge.
        const home = d - int(rng, 40, 180);
        addChange(home, '', 'P1');
        movesUntil = Math.min(movesUntil, home);
      } else if (route === Route.Eighteen && seventeen > ps && rng() < 0.45) {
        addChange(seventeen - ps + int(rng, 0, 180), '', 'H5');
      }
      {
        // Moves come early: the first often within months (out of an
        // emergency placement), each later one four times as long in coming
        // on average, so most children who stay settle (long-term stability
        // near England's 67-71%, three or more placements in a year near 10%).
        let at = rng() < 0.3 ? int(rng, 2, 40) : 0;
        for (let moves = 0; ; moves++) {
          const firstMoveMean = ps + at - birth >= 13 * YEAR ? 100 : 150;
          at += Math.max(1, Math.round(exponential(rng, route === Route.Remand ? 900 : firstMoveMean * MOVE_SLOWDOWN ** moves)));
          if (at >= movesUntil) break;
          addChange(at, '', '*');
        }
      }
      changes.sort((a, b) => a.at - b.at);

      // --- Episodes
      let epStart = ps;
      let reason: SyntheticEpisode['reasonNewEpisode'] = 'S';
      let open = false;
      for (let i = 0; i < changes.length; ) {
        const at = changes[i]!.at;
        if (at <= 0 || at >= d) {
          i++;
          continue;
        }
        let newLegal = legal;
        let newPlacement = placement;
        for (; i < changes.length && changes[i]!.at === at; i++) {
          const c = changes[i]!;
          if (c.legal !== '') newLegal = c.legal;
          if (c.placement === '*') {
            const ageNow = ps + at - birth;
            const tbl = route === Route.Remand ? REMAND_PLACEMENTS : placementTable(ageNow);
            let next = pick(rng, tbl);
            for (let tries = 0; next === placement && tries < 4; tries++) next = pick(rng, tbl);
            if (next === placement) next = placement === 'U6' ? 'U4' : 'U6';
            newPlacement = next;
          } else if (c.placement !== '') newPlacement = c.placement;
        }
        const legalChanged = newLegal !== legal;
        const placementChanged = newPlacement !== placement;
        if (!legalChanged && !placementChanged) continue;
        const day = ps + at;
        episodeCount++;
        if (day > to) {
          if (emit) records.episodes.push({ childId, start: date(epStart), reasonNewEpisode: reason, legalStatus: legal, placementType: placement });
          open = true;
          break;
        }
        if (emit) {
          records.episodes.push({ childId, start: date(epStart), end: date(day), reasonNewEpisode: reason, legalStatus: legal, placementType: placement });
        }
        reason = legalChanged && placementChanged ? pick(rng, BOTH_CHANGED) : legalChanged ? 'L' : 'P';
        epStart = day;
        legal = newLegal;
        placement = newPlacement;
      }
      if (!open) {
        episodeCount++;
        if (emit) {
          if (pe > to) records.episodes.push({ childId, start: date(epStart), reasonNewEpisode: reason, legalStatus: legal, placementType: placement });
          else {
            const reasonEnded =
              pe === eighteen ? 'E17'
              : route === Route.Adopted ? pick(rng, ADOPTED_REASONS)
              : route === Route.Guardianship ? pick(rng, GUARDIANSHIP_REASONS)
              : route === Route.Home ? 'E13'
              : route === Route.Eighteen ? 'E17'
              : 'E8';
            records.episodes.push({ childId, start: date(epStart), end: date(pe), reasonNewEpisode: reason, legalStatus: legal, placementType: placement, reasonEnded });
          }
        }
      }
      if (!emit) continue;

      // --- Events, each series stepped forward from the start of the period
      const last = pe > to ? to : pe - 1; // last day in care seen
      windowLo = Math.max(from, ps);
      windowHi = last;

      // Initial health assessment: most within 20 working days, some late, some never.
      const h = rng();
      let health = h < 0.08 ? -1 : h < 0.2 ? ps + int(rng, 35, 120) : ps + int(rng, 3, 24);
      if (health >= 0) event(health, Ev.InitialHealth);
      for (let day = (health >= 0 ? health : ps + 28) + (rng() < 0.9 ? int(rng, 300, 365) : int(rng, 366, 430)); day <= last; ) {
        event(day, Ev.Health);
        day += rng() < 0.9 ? int(rng, 300, 365) : int(rng, 366, 430);
      }
      // Dental checks from age 3.
      for (let day = Math.max(ps, three) + int(rng, 20, 180); day <= last; day += int(rng, 280, 400)) {
        if (rng() < 0.9) event(day, Ev.Dental);
      }
      // Reviews: within 20 days, 3 months later, then every 6 months.
      {
        let day = ps + (rng() < 0.93 ? int(rng, 2, 20) : int(rng, 21, 45));
        let n = 0;
        while (day <= last) {
          event(day, Ev.Review);
          n++;
          day += n === 1 ? (rng() < 0.9 ? int(rng, 60, 91) : int(rng, 92, 130)) : rng() < 0.9 ? int(rng, 140, 182) : int(rng, 183, 240);
        }
      }
      // Social worker visits: within a week, then every 5 to 6 weeks, sometimes late (mean 6 weeks).
      for (let day = ps + int(rng, 1, 7); day <= last; day += rng() < 0.85 ? int(rng, 35, 42) : int(rng, 43, 75)) event(day, Ev.Visit);
      // Personal education plans, termly, at school age (5 to 16).
      for (let day = Math.max(ps, five) + int(rng, 7, 28); day <= last && day < sixteen; day += int(rng, 90, 130)) event(day, Ev.Pep);
      // Missing from care: a minority, teenagers mostly, often more than once.
      if (rng() < (ps - birth >= 11 * YEAR ? 0.25 : 0.03)) {
        const span = Math.min(last, pe - 1) - ps + 1;
        let n = 1;
        while (rng() < 0.65 && n < 30) n++;
        for (let j = 0; j < n; j++) event(ps + Math.floor(rng() * span), Ev.Missing);
      }
      // Adoption milestones.
      if (route === Route.Adopted) {
        event(ps + placementOrder, Ev.PlacementOrder);
        event(ps + matched, Ev.Matched);
        event(ps + adoptionPlacement, Ev.PlacedForAdoption);
        if (pe <= to) {
          windowHi = pe;
          event(pe, Ev.Adopted);
        }
      }
    }

    if (emit && evCount > 0) {
      const sorted = evBuf.subarray(0, evCount).sort();
      for (let i = 0; i < evCount; i++) {
        const v = sorted[i]!;
        const type = v & 15;
        records.events.push({ childId, type: EVENT_TYPES[type]!, date: date((v - type) / 16) });
      }
    }
  }
  return { records, episodeCount };
}

function number(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number, zero or more, got ${String(value)}`);
  }
  return value;
}

/**
 * Generate seeded synthetic children-in-care records (children, episodes,
 * events) in the SSDA903 shape. The same options give the same records, in
 * any time zone.
 *
 * With the defaults: about 370 children in care on any day and 200
 * admissions a year from April 2012 to March 2024, about 2.8 episodes per
 * period of care (placement moves come early, then settle: about 10% of
 * children have 3 or more placements in a year, about 70% are stable in the
 * long term); about 2,400 children, 7,700 episodes and 74,000 events.
 * `episodes: 1_000_000` scales the population up about 130 times (about
 * 320,000 children and 9.4 million events, roughly 600 MB of heap).
 *
 * @param options - see {@link SyntheticOptions}; all optional.
 * @returns children sorted by id, their episodes and events in date order.
 * @throws RangeError on a malformed date, `from` after `to`, or a negative
 *   or non-finite number.
 *
 * @example
 * ```ts
 * import { syntheticRecords } from 'council-indicators/testing';
 *
 * const { children, episodes, events } = syntheticRecords({ seed: 7, from: '2019-04-01', to: '2020-03-31', children: 40, admissionsPerYear: 20 });
 * children[0].childId; // 'C000001'
 * episodes[0].reasonNewEpisode; // 'S'
 * syntheticRecords({ seed: 7, from: '2019-04-01', to: '2020-03-31', children: 40, admissionsPerYear: 20 }).events.length === events.length; // true
 * ```
 */
export function syntheticRecords(options: SyntheticOptions = {}): SyntheticRecords {
  const from = parse(options.from ?? '2012-04-01', 'from');
  const to = parse(options.to ?? '2024-03-31', 'to');
  if (from > to) throw new RangeError(`from ${options.from} is after to ${options.to}`);
  const seed = options.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${String(seed)}`);
  const settings: Settings = {
    seed: Math.floor(seed) | 0,
    from,
    to,
    children: number(options.children, 'children', 370),
    admissionsPerYear: number(options.admissionsPerYear, 'admissionsPerYear', 200),
  };
  if (options.episodes !== undefined) {
    const wanted = number(options.episodes, 'episodes', 0);
    // A count-only pilot run at 4 times the base size, then scale linearly.
    const pilot = simulate({ ...settings, children: settings.children * 4, admissionsPerYear: settings.admissionsPerYear * 4 }, false).episodeCount;
    const factor = pilot > 0 ? (wanted * 4) / pilot : 0;
    settings.children *= factor;
    settings.admissionsPerYear *= factor;
  }
  const { records } = simulate(settings, true);
  // The whole months of the range: from's month if it starts on the 1st, to's if it ends on its last day.
  const month = (day: number): string => format(day).slice(0, 7);
  const firstOfMonth = (day: number): boolean => format(day).endsWith('-01');
  const first = firstOfMonth(from) ? month(from) : month(from - Number(format(from).slice(8)) + 32); // a day of the next month
  const last = firstOfMonth(to + 1) ? month(to) : month(to - Number(format(to).slice(8))); // the last day of the month before
  return { ...records, eventTypes: [...EVENT_TYPES], ...(first <= last ? { coverage: { from: first, to: last } } : {}) };
}
