/**
 * Deterministic synthetic data for the benchmark: monthly rows for a number
 * of authorities (152 by default, like the English upper-tier councils) over
 * a number of months (120 by default, April 2015 onwards).
 *
 * Everything comes from a seeded PRNG (mulberry32), so every run sees the
 * same rows and the disagreement counts in the report are reproducible.
 *
 * @module
 */

/** One month of one authority's children's services return. `null` is a figure the month does not have. */
export type MonthRow = {
  period: string;
  /** Children aged 0-17 (mid-year estimate); constant per authority. */
  population: number | null;
  /** Children in care at the month end (snapshot). */
  cic: number | null;
  /** Children who started to be looked after in the month (flow). */
  admissions: number | null;
  /** Children who ceased to be looked after in the month (flow). */
  ceased: number | null;
  /** Children in care at the month end with 3+ placements in the last 12 months (snapshot, <= cic). */
  placements3plus: number | null;
  reviewsDue: number | null;
  reviewsInTime: number | null;
  pepsDue: number | null;
  pepsDone: number | null;
  healthDue: number | null;
  healthDone: number | null;
  visitsDue: number | null;
  visitsInTime: number | null;
  /** Sum over the month's adoptions of days from entering care to placement (for a mean). */
  adoptionDays: number | null;
  adoptions: number | null;
  missingIncidents: number | null;
  /** Children on a child protection plan at the month end (snapshot). */
  cpPlans: number | null;
  cpStarts: number | null;
  /** Plans started in the month that were a second or later plan (<= cpStarts). */
  cpRepeatStarts: number | null;
  referrals: number | null;
  /** Referrals within 12 months of a previous one (<= referrals). */
  rereferrals: number | null;
  assessments: number | null;
  /** Assessments completed within 45 working days (<= assessments). */
  assessmentsIn45: number | null;
};

/** The numeric fields of a {@link MonthRow}. */
export type Field = Exclude<keyof MonthRow, 'period'>;

/** One authority's rows, in month order (a month may be absent: a missing return). */
export interface Authority {
  code: string;
  rows: MonthRow[];
}

export interface GenerateOptions {
  authorities?: number;
  months?: number;
  /** First month, `YYYY-MM`. */
  start?: string;
  seed?: number;
  /** Probability that a month's row is absent altogether (never the first or last month). */
  missingRow?: number;
  /** Probability that a row has a group of fields null. */
  nullFields?: number;
}

/** mulberry32: a tiny, fast, seedable 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** Fields that are nulled together when a return is partly missing (a numerator goes with its denominator). */
const NULL_GROUPS: readonly (readonly Field[])[] = [
  ['cic', 'placements3plus'],
  ['admissions'],
  ['ceased'],
  ['reviewsDue', 'reviewsInTime'],
  ['reviewsInTime'],
  ['pepsDue', 'pepsDone'],
  ['healthDue', 'healthDone'],
  ['visitsInTime'],
  ['adoptionDays', 'adoptions'],
  ['missingIncidents'],
  ['cpPlans'],
  ['cpStarts', 'cpRepeatStarts'],
  ['referrals', 'rereferrals'],
  ['assessments', 'assessmentsIn45'],
];

function periodOf(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/**
 * Generate the rows. Deterministic for given options; the defaults are the
 * benchmark's 152 authorities x 120 months from 2015-04, seed 20150401.
 */
export function generateAuthorities(options: GenerateOptions = {}): Authority[] {
  const count = options.authorities ?? 152;
  const months = options.months ?? 120;
  const [startYear, startMonth] = (options.start ?? '2015-04').split('-').map(Number) as [number, number];
  const rand = mulberry32(options.seed ?? 20150401);
  const missingRow = options.missingRow ?? 0.0025;
  const nullFields = options.nullFields ?? 0.0025;

  const between = (lo: number, hi: number): number => lo + (hi - lo) * rand();
  const int = (lo: number, hi: number): number => Math.floor(between(lo, hi + 1));
  /** About `n * p` of `n`, never more than `n`: a numerator of a percentage. */
  const share = (n: number, p: number, spread: number): number => clamp(Math.round(n * clamp(p + (rand() - 0.5) * spread, 0, 1)), 0, n);
  /** A count with mean `mean` and some noise (never negative). */
  const flow = (mean: number): number => Math.max(0, Math.round(mean * between(0.75, 1.25) + (rand() - 0.5) * 4));

  const authorities: Authority[] = [];
  for (let a = 0; a < count; a++) {
    const population = int(30_000, 300_000);
    const baseRate = between(40, 110); // children in care per 10,000
    const home = clamp(Math.round((population * baseRate) / 10_000), 200, 1500);
    let cic = home;
    const cpBase = Math.max(20, Math.round((population * between(30, 55)) / 10_000));
    let cpPlans = cpBase;
    const referralsBase = (population * between(450, 650)) / 10_000 / 12;
    const unstable = between(0.06, 0.13);
    const reviews = between(0.86, 0.97);
    const peps = between(0.75, 0.97);
    const health = between(0.8, 0.96);
    const visits = between(0.86, 0.98);
    const repeat = between(0.15, 0.25);
    const rereferral = between(0.15, 0.28);
    const timely = between(0.78, 0.94);
    const adoptionSpeed = between(380, 560);

    const rows: MonthRow[] = [];
    for (let i = 0; i < months; i++) {
      const mi = startMonth - 1 + i;
      const period = periodOf(startYear + Math.floor(mi / 12), (mi % 12) + 1);
      // Flows around cic / 25 a month, pulled back towards the authority's usual level.
      const admissions = clamp(flow(cic / 25 + (home - cic) / 40), 5, 60);
      const ceased = clamp(flow(cic / 25 - (home - cic) / 40), 5, 60);
      cic = clamp(cic + admissions - ceased, 200, 1500);
      cpPlans = Math.max(10, cpPlans + int(-6, 6) + Math.round((cpBase - cpPlans) / 10));
      const cpStarts = flow(cpPlans / 9);
      const referrals = flow(referralsBase);
      const assessments = share(referrals, 0.85, 0.2);
      const adoptions = rand() < 0.15 ? 0 : int(0, Math.max(1, Math.round(cic / 180)));
      let adoptionDays = 0;
      for (let k = 0; k < adoptions; k++) adoptionDays += Math.round(adoptionSpeed * between(0.5, 1.6));
      const reviewsDue = flow(cic / 6);
      const pepsDue = flow(cic / 8);
      const healthDue = flow(cic / 12);
      const visitsDue = flow(cic * 0.8);
      const row: MonthRow = {
        period,
        population,
        cic,
        admissions,
        ceased,
        placements3plus: share(cic, unstable, 0.03),
        reviewsDue,
        reviewsInTime: share(reviewsDue, reviews, 0.1),
        pepsDue,
        pepsDone: share(pepsDue, peps, 0.12),
        healthDue,
        healthDone: share(healthDue, health, 0.12),
        visitsDue,
        visitsInTime: share(visitsDue, visits, 0.06),
        adoptionDays,
        adoptions,
        missingIncidents: flow(cic * 0.03),
        cpPlans,
        cpStarts,
        cpRepeatStarts: share(cpStarts, repeat, 0.15),
        referrals,
        rereferrals: share(referrals, rereferral, 0.1),
        assessments,
        assessmentsIn45: share(assessments, timely, 0.15),
      };
      // Gaps: a month with no return at all, or a return with some figures missing.
      const interior = i > 0 && i < months - 1;
      if (interior && rand() < missingRow) continue;
      if (rand() < nullFields) {
        for (const field of NULL_GROUPS[int(0, NULL_GROUPS.length - 1)]!) row[field] = null;
      }
      rows.push(row);
    }
    authorities.push({ code: `E${String(10_000_001 + a).padStart(8, '0')}`, rows });
  }
  return authorities;
}
