/**
 * The statistics against figures the anchors themselves published (issue 10):
 *
 * 1. PHEindicatormethods' vignette "Introduction to PHEindicatormethods", as
 *    rendered by the CRAN build: repository
 *    r-hub2/some-psychogenic-africanporcupine-PHEindicatormethods (a CRAN-build
 *    mirror of ukhsa-collaboration/PHEindicatormethods), path
 *    inst/doc/Introduction_to_PHEindicatormethods.html, commit
 *    9ba410965ea092796b11ebb9b8a71db6f09be697. It prints its input data frame
 *    `df` and the outputs of phe_proportion, phe_rate and phe_mean. Every
 *    printed limit is reproduced to half a unit in its last printed digit.
 * 2. PHEindicatormethods' funnel test data: ukhsa-collaboration/PHEindicatormethods,
 *    tests/testthat/testdata_funnel_rate_outputs.csv, commit
 *    39d5df1f793223db24173db8971ba3c2f834b8d8, copied unchanged to
 *    fixtures/phe-funnel-rate-outputs.csv (see fixtures/README.md). Its limits
 *    are exact Poisson limits found by bisection (R/Funnels.R, R/utils.R at
 *    that commit).
 * 3. Fingertips' own comparer tests: ukhsa-collaboration/fingertips-open,
 *    PholioVisualisationWS/AnalysisTest/SingleOverlappingCIsComparatorTest.cs
 *    (commit 286a466bfb4b158d748440d7f698f02edb3d9af5; the same cases are in
 *    SingleOverlappingCIsForOneCILevelComparatorTest.cs, commit
 *    bffd3f011c903f472f41cbb42a3eb622e95f4ac0) and
 *    SingleOverlappingCIsForTwoCILevelsComparerTest.cs (commit
 *    678089724a516138232d273c4c7f511ed3c5a338).
 *
 * Only numbers were copied from these sources, never their code. PHE's own
 * expected values for Wilson and Byar's (tests/testthat/testdata_Byars_Wilson.xlsx
 * and the other .xlsx workbooks) could not be read here: golden.test.ts checks
 * the formulas against SciPy instead.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeIndicator, isIndicatorError } from 'council-indicators';
import type { IndicatorIssue, IndicatorSpecInput, Polarity } from 'council-indicators';
import { byarInterval, compareSignificance, exactPoissonInterval, meanInterval, statistics, wilsonInterval } from 'council-indicators/statistics';
import type { Significance } from 'council-indicators/statistics';

/**
 * Half a unit in the last decimal place printed: '0.1813642' gives 5e-8,
 * '27850.' (a tibble's rounded whole number) gives 0.5.
 */
function halfUnit(printed: string): number {
  const m = /^-?\d+(?:\.(\d*))?$/.exec(printed);
  if (m === null) throw new Error(`not a printed decimal: ${printed}`);
  return 0.5 * 10 ** -(m[1]?.length ?? 0);
}

/**
 * |actual - printed| <= half a unit in the printed number's last decimal: R
 * rounded PHE's double to what it printed, so ours must round to the same
 * figure. The factor 1 + 1e-9 only absorbs the binary representation of the
 * printed decimal and of the half unit (both ~1e-16 relative); it is far
 * below the printed precision, so a figure one unit off in its last digit
 * still fails.
 */
function withinPrint(actual: number, printed: string, what: string): void {
  const tolerance = halfUnit(printed) * (1 + 1e-9);
  expect(Math.abs(actual - Number(printed)), `${what}: ${actual} vs printed ${printed} (tolerance ${tolerance})`).toBeLessThanOrEqual(tolerance);
}

function issuesOf(f: () => unknown): readonly IndicatorIssue[] {
  try {
    f();
  } catch (e) {
    if (isIndicatorError(e)) return e.issues;
    throw e;
  }
  throw new Error('expected an IndicatorError');
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The vignette
// ---------------------------------------------------------------------------------------------------------------

/** The vignette's `df`, as printed (area, year, obs, pop). */
const DF = [
  { area: 'Area1', year: 2015, obs: 27, pop: 106 },
  { area: 'Area2', year: 2015, obs: 22, pop: 113 },
  { area: 'Area3', year: 2015, obs: 80, pop: 150 },
  { area: 'Area4', year: 2015, obs: 53, pop: 193 },
  { area: 'Area1', year: 2016, obs: 37, pop: 159 },
  { area: 'Area2', year: 2016, obs: 84, pop: 122 },
  { area: 'Area3', year: 2016, obs: 89, pop: 101 },
  { area: 'Area4', year: 2016, obs: 85, pop: 196 },
] as const;

/** A printed row: value, lowercl, uppercl, as strings, in the order of DF. */
type Printed = readonly [value: string, lower: string, upper: string];

/** phe_proportion(df, obs, pop): 95%, proportion of 1, Wilson. */
const PROPORTION_95: readonly Printed[] = [
  ['0.2547170', '0.1813642', '0.3452262'],
  ['0.1946903', '0.1322333', '0.2772229'],
  ['0.5333333', '0.4536625', '0.6113395'],
  ['0.2746114', '0.2165053', '0.3415146'],
  ['0.2327044', '0.1738037', '0.3042162'],
  ['0.6885246', '0.6016542', '0.7638851'],
  ['0.8811881', '0.8037295', '0.9307128'],
  ['0.4336735', '0.3662266', '0.5036703'],
];

/** phe_proportion(df, obs, pop, confidence = 99.8): proportion of 1. */
const PROPORTION_998: readonly Printed[] = [
  ['0.2547170', '0.1481031', '0.4018735'],
  ['0.1946903', '0.1054176', '0.3315448'],
  ['0.5333333', '0.4092696', '0.6534069'],
  ['0.2746114', '0.1877465', '0.3827289'],
  ['0.2327044', '0.1461350', '0.3495622'],
  ['0.6885246', '0.5493185', '0.8003596'],
  ['0.8811881', '0.7476217', '0.9488987'],
  ['0.4336735', '0.3298917', '0.5436182'],
];

/** phe_proportion(df, obs, pop, multiplier = 100): 95%, percentage. */
const PERCENTAGE_95: readonly Printed[] = [
  ['25.47170', '18.13642', '34.52262'],
  ['19.46903', '13.22333', '27.72229'],
  ['53.33333', '45.36625', '61.13395'],
  ['27.46114', '21.65053', '34.15146'],
  ['23.27044', '17.38037', '30.42162'],
  ['68.85246', '60.16542', '76.38851'],
  ['88.11881', '80.37295', '93.07128'],
  ['43.36735', '36.62266', '50.36703'],
];

/** phe_proportion(df, obs, pop, confidence = 99.8, multiplier = 100, type = "standard"). */
const PERCENTAGE_998: readonly Printed[] = [
  ['25.47170', '14.81031', '40.18735'],
  ['19.46903', '10.54176', '33.15448'],
  ['53.33333', '40.92696', '65.34069'],
  ['27.46114', '18.77465', '38.27289'],
  ['23.27044', '14.61350', '34.95622'],
  ['68.85246', '54.93185', '80.03596'],
  ['88.11881', '74.76217', '94.88987'],
  ['43.36735', '32.98917', '54.36182'],
];

/** phe_rate(df, obs, pop): 95%, rate per 100000, Byars (every obs is 10 or more). */
const RATE_100000_95: readonly Printed[] = [
  ['25471.70', '16782.04', '37061.41'],
  ['19469.03', '12196.90', '29477.68'],
  ['53333.33', '42288.58', '66378.77'],
  ['27461.14', '20568.85', '35920.56'],
  ['23270.44', '16382.37', '32076.16'],
  ['68852.46', '54917.70', '85245.02'],
  ['88118.81', '70764.64', '108438.96'],
  ['43367.35', '34639.24', '53625.01'],
];

/** phe_rate(df, obs, pop, confidence = 99.8, multiplier = 100), also printed with type = "standard": Byars. */
const RATE_100_998: readonly Printed[] = [
  ['25.47170', '12.926737', '44.59202'],
  ['19.46903', '9.074329', '36.05431'],
  ['53.33333', '36.773690', '74.46881'],
  ['27.46114', '17.249087', '41.24758'],
  ['23.27044', '13.193195', '37.70884'],
  ['68.85246', '47.933814', '95.39407'],
  ['88.11881', '62.029689', '120.99575'],
  ['43.36735', '30.260955', '59.97329'],
];

describe('PHEindicatormethods vignette: phe_proportion (Wilson)', () => {
  const tables = [
    ['95%, proportion of 1', 0.95, 1, PROPORTION_95],
    ['99.8%, proportion of 1', 0.998, 1, PROPORTION_998],
    ['95%, multiplier 100', 0.95, 100, PERCENTAGE_95],
    ['99.8%, multiplier 100', 0.998, 100, PERCENTAGE_998],
  ] as const;
  it.each(tables)('%s: every printed value and limit', (_name, level, multiplier, printed) => {
    DF.forEach(({ area, year, obs, pop }, i) => {
      const [value, lower, upper] = printed[i]!;
      const ci = wilsonInterval(obs, pop, level);
      withinPrint((obs / pop) * multiplier, value, `${area} ${year} value`);
      withinPrint(ci.lower * multiplier, lower, `${area} ${year} lowercl`);
      withinPrint(ci.upper * multiplier, upper, `${area} ${year} uppercl`);
    });
  });

  it('grouped by year (obs and pop summed): 0.286 to 0.364 and 0.470 to 0.551', () => {
    // tibble prints three significant digits: 2015 182/562 0.324 0.286 0.364; 2016 295/578 0.510 0.470 0.551.
    const grouped = [
      [182, 562, '0.324', '0.286', '0.364'],
      [295, 578, '0.510', '0.470', '0.551'],
    ] as const;
    for (const [obs, pop, value, lower, upper] of grouped) {
      const ci = wilsonInterval(obs, pop, 0.95);
      withinPrint(obs / pop, value, `${obs}/${pop} value`);
      withinPrint(ci.lower, lower, `${obs}/${pop} lowercl`);
      withinPrint(ci.upper, upper, `${obs}/${pop} uppercl`);
    }
  });
});

describe("PHEindicatormethods vignette: phe_rate (Byar's from 10 events)", () => {
  it('95%, per 100000: every printed value and limit', () => {
    DF.forEach(({ area, year, obs, pop }, i) => {
      const [value, lower, upper] = RATE_100000_95[i]!;
      const ci = byarInterval(obs, 0.95);
      withinPrint((obs / pop) * 100000, value, `${area} ${year} value`);
      withinPrint((ci.lower / pop) * 100000, lower, `${area} ${year} lowercl`);
      withinPrint((ci.upper / pop) * 100000, upper, `${area} ${year} uppercl`);
    });
  });

  it('99.8%, per 100: every printed value and limit', () => {
    DF.forEach(({ area, year, obs, pop }, i) => {
      const [value, lower, upper] = RATE_100_998[i]!;
      const ci = byarInterval(obs, 0.998);
      withinPrint((obs / pop) * 100, value, `${area} ${year} value`);
      withinPrint((ci.lower / pop) * 100, lower, `${area} ${year} lowercl`);
      withinPrint((ci.upper / pop) * 100, upper, `${area} ${year} uppercl`);
    });
  });

  it('grouped by year, 95% per 100000: 27850. to 37446. and 45379. to 57207.', () => {
    const grouped = [
      [182, 562, '32384.', '27850.', '37446.'],
      [295, 578, '51038.', '45379.', '57207.'],
    ] as const;
    for (const [obs, pop, value, lower, upper] of grouped) {
      const ci = byarInterval(obs, 0.95);
      withinPrint((obs / pop) * 100000, value, `${obs}/${pop} value`);
      withinPrint((ci.lower / pop) * 100000, lower, `${obs}/${pop} lowercl`);
      withinPrint((ci.upper / pop) * 100000, upper, `${obs}/${pop} uppercl`);
    }
  });
});

describe("PHEindicatormethods vignette: phe_mean (Student's t)", () => {
  function summary(values: readonly number[]): { mean: number; sd: number; n: number } {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    return { mean, sd, n: values.length };
  }

  it('phe_mean(df, obs): 477 over 8, stdev 28.16248, 59.625, 36.08058 to 83.16942', () => {
    const s = summary(DF.map((r) => r.obs));
    expect(s.n).toBe(8);
    expect(s.mean * s.n).toBe(477);
    withinPrint(s.sd, '28.16248', 'stdev');
    withinPrint(s.mean, '59.625', 'value');
    const ci = meanInterval(s, 0.95);
    withinPrint(ci.lower, '36.08058', 'lowercl');
    withinPrint(ci.upper, '83.16942', 'uppercl');
  });

  it('grouped by year at 99.8%: -90.9 to 182. and -51.9 to 199.', () => {
    const grouped = [
      [2015, 182, '26.7', '45.5', '-90.9', '182.'],
      [2016, 295, '24.6', '73.8', '-51.9', '199.'],
    ] as const;
    for (const [year, sum, sd, mean, lower, upper] of grouped) {
      const s = summary(DF.filter((r) => r.year === year).map((r) => r.obs));
      expect(s.mean * s.n).toBe(sum);
      withinPrint(s.sd, sd, `${year} stdev`);
      withinPrint(s.mean, mean, `${year} value`);
      const ci = meanInterval(s, 0.998);
      withinPrint(ci.lower, lower, `${year} lowercl`);
      withinPrint(ci.upper, upper, `${year} uppercl`);
    }
  });
});

describe('PHEindicatormethods vignette through computeIndicator with confidence: [0.95, 0.998]', () => {
  /** Each area's two years as calendar-year rows, so each period is one row of the vignette's df. */
  const areas = ['Area1', 'Area2', 'Area3', 'Area4'] as const;
  const rowsOf = (area: string) => DF.filter((r) => r.area === area).map((r) => ({ period: String(r.year), obs: r.obs, pop: r.pop }));
  const spec = (measure: IndicatorSpecInput['measure']): IndicatorSpecInput => ({
    id: 'vignette',
    title: 'PHEindicatormethods vignette df',
    measure,
    numerator: 'obs',
    denominator: 'pop',
    polarity: 'neutral',
    confidence: [0.95, 0.998],
  });

  /** Run every area, and check each period's value and both intervals against the printed tables. */
  function check(measure: IndicatorSpecInput['measure'], printed95: readonly Printed[], printed998: readonly Printed[], scale998: number): void {
    for (const area of areas) {
      const periods = computeIndicator(spec(measure), rowsOf(area), { statistics }).periods;
      expect(periods.map((p) => [p.period, p.status])).toEqual([
        ['2015', 'ok'],
        ['2016', 'ok'],
      ]);
      for (const p of periods) {
        const i = DF.findIndex((r) => r.area === area && String(r.year) === p.period);
        const [value, lower95, upper95] = printed95[i]!;
        const [, lower998, upper998] = printed998[i]!;
        const what = `${area} ${p.period}`;
        withinPrint(p.value!, value, `${what} value`);
        expect(p.intervals!.map((ci) => ci.level)).toEqual([0.95, 0.998]);
        const [ci95, ci998] = p.intervals!;
        withinPrint(ci95!.lower, lower95, `${what} 95% lower`);
        withinPrint(ci95!.upper, upper95, `${what} 95% upper`);
        withinPrint(ci998!.lower * scale998, lower998, `${what} 99.8% lower`);
        withinPrint(ci998!.upper * scale998, upper998, `${what} 99.8% upper`);
      }
    }
  }

  it('a percentage: the multiplier-100 tables at 95% and 99.8%', () => {
    check({ type: 'percentage' }, PERCENTAGE_95, PERCENTAGE_998, 1);
  });

  it('a rate per 100,000: the default table at 95%, and the per-100 table at 99.8% (our limits / 1000)', () => {
    // halfUnit of the per-100 figure, applied to our per-100000 limit divided by 1000: the same test at 1000x the scale.
    check({ type: 'rate', per: 100000 }, RATE_100000_95, RATE_100_998, 1 / 1000);
  });

  it('a rate per 100: the per-100 table at 99.8%', () => {
    for (const area of areas) {
      const periods = computeIndicator(spec({ type: 'rate', per: 100 }), rowsOf(area), { statistics }).periods;
      for (const p of periods) {
        const i = DF.findIndex((r) => r.area === area && String(r.year) === p.period);
        const [value, lower, upper] = RATE_100_998[i]!;
        withinPrint(p.value!, value, `${area} ${p.period} value`);
        withinPrint(p.intervals![1]!.lower, lower, `${area} ${p.period} 99.8% lower`);
        withinPrint(p.intervals![1]!.upper, upper, `${area} ${p.period} 99.8% upper`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. The funnel test data: exact Poisson limits
// ---------------------------------------------------------------------------------------------------------------

/**
 * How testdata_funnel_rate_outputs.csv was made (R/Funnels.R, phe_funnels with
 * statistic = "rate", at commit 39d5df1f): with `av` the average rate and
 * `baseline = av * multiplier`,
 *   lower_2s_limit = Events / (poisson_funnel(Events, 0.025, "high") / av) * multiplier
 *                  = Events * baseline / poisson_funnel(Events, 0.025, "high"),
 * and likewise upper_2s_limit with side "low", and the 3s columns with
 * p = 0.001. poisson_funnel (R/utils.R) solves for the Poisson mean mu with
 * P(X <= Events; mu) = p on side "high" (the exact upper limit at level
 * 1 - 2p) and P(X >= Events; mu) = p on side "low" (the exact lower limit).
 * So, for level 0.95 (p = 0.025) and 0.998 (p = 0.001):
 *   upper(Events) = Events * baseline / lower_Ns_limit,
 *   lower(Events) = Events * baseline / upper_Ns_limit.
 * (The population columns are the same limits over av and years_of_data, 3
 * here: every row gives Events * 100000 / (limit * population) = 3 to 2e-9,
 * which checked the copy.)
 */
interface FunnelRow {
  events: number;
  upper95: number;
  lower95: number;
  upper998: number;
  lower998: number;
}

const FUNNEL: FunnelRow[] = (
  parse(readFileSync(new URL('./fixtures/phe-funnel-rate-outputs.csv', import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[]
).map((r) => {
  const events = Number(r['Events']);
  const baseline = Number(r['baseline']);
  return {
    events,
    upper95: (events * baseline) / Number(r['lower_2s_limit']),
    lower95: (events * baseline) / Number(r['upper_2s_limit']),
    upper998: (events * baseline) / Number(r['lower_3s_limit']),
    lower998: (events * baseline) / Number(r['upper_3s_limit']),
  };
});

/**
 * The tolerance. poisson_funnel bisects on v = mu / (1 + Events + mu) in
 * (0, 1): v starts at 0.5 with step dv = 0.5, and while dv > 1e-7 it halves dv
 * and moves v by it. Every step keeps the root within dv of v, and the last
 * step is 0.5 / 2^23 = 2^-24 (5.96e-8), so PHE's v is within 2^-24 of the
 * root. The CSV prints 10 significant digits (limits and baseline), which
 * moves v by at most v(1 - v) x 1e-9 < 2.5e-10, and poisson_cis stops its sum
 * at 1e-10 of the total, which moves the root by less still: 1e-9 covers
 * both. So we compare v, not mu, within 2^-24 + 1e-9. In mu this is a
 * relative tolerance of (2^-24 + 1e-9) / (v (1 - v)): about 2.4e-7 for
 * large counts (v near 0.5), but 1.2e-4 for 1 event's 99.8% lower limit
 * (mu = 0.001, v = 0.0005), where the bisection is coarse.
 */
const V_TOLERANCE = 2 ** -24 + 1e-9;
const vOf = (mu: number, events: number): number => mu / (1 + events + mu);

/**
 * P(X <= k; mu) for a Poisson X, summed in log space from the terms'
 * largest: an independent check of a limit (no quantile function involved).
 * Relative error ~1e-13 for the counts here.
 */
function poissonCdf(k: number, mu: number): number {
  const logs: number[] = [-mu];
  for (let j = 1; j <= k; j++) logs.push(logs[j - 1]! + Math.log(mu / j));
  const top = Math.max(...logs);
  return Math.exp(top + Math.log(logs.reduce((sum, l) => sum + Math.exp(l - top), 0)));
}

/**
 * These data found a bug: until this release exactPoissonInterval took its
 * chi-square quantile from @stdlib/stats-base-dists-chisquare-quantile 0.2.3,
 * whose UPPER limits are too high (by ~1.6e-4 relative at 95%, ~7e-5 at
 * 99.8%; the tail probability off by ~1%) once the limit passes about 1000:
 * from 938 events at 95% and 904 at 99.8%, 15 of the 400 limits here. PHE's
 * limits were the right ones (their tail probability is 0.025 or 0.001 to
 * 2e-5, within the bisection). The quantile now comes from jStat
 * (src/statistics/chisquare.ts), and every limit agrees.
 */
describe('PHEindicatormethods funnel test data (testdata_funnel_rate_outputs.csv): exact Poisson limits', () => {
  it('the fixture holds all 100 published rows, 1 to 1360 events', () => {
    expect(FUNNEL).toHaveLength(100);
    expect(FUNNEL[0]!.events).toBe(1);
    expect(FUNNEL[99]!.events).toBe(1360);
  });

  const cases = FUNNEL.flatMap((r) =>
    ([0.95, 0.998] as const).flatMap((level) => [
      { events: r.events, level, side: 'lower' as const, phe: level === 0.95 ? r.lower95 : r.lower998 },
      { events: r.events, level, side: 'upper' as const, phe: level === 0.95 ? r.upper95 : r.upper998 },
    ]),
  );

  it("all 400 limits agree within PHE's bisection (v within 2^-24 + 1e-9), including those of 10 events and more", () => {
    expect(cases).toHaveLength(400);
    for (const { events, level, side, phe } of cases) {
      const ours = exactPoissonInterval(events, level)[side];
      expect(Math.abs(vOf(ours, events) - vOf(phe, events)), `${events} events, ${level} ${side}: ours ${ours}, PHE ${phe}`).toBeLessThanOrEqual(V_TOLERANCE);
    }
  });

  it('the limits from 900 events, where the old quantile failed, have the tail probability they should (summed, no quantile)', () => {
    const large = cases.filter((c) => c.events >= 900);
    expect(large).toHaveLength(8 * 4); // 900 events and more: 8 rows, two levels, two sides
    for (const { events, level, side, phe } of large) {
      const tail = (1 - level) / 2;
      const ours = exactPoissonInterval(events, level)[side];
      // Upper: P(X <= E; upper) = tail. Lower: P(X >= E; lower) = tail.
      const tailOf = (mu: number) => (side === 'upper' ? poissonCdf(events, mu) : 1 - poissonCdf(events - 1, mu));
      expect(Math.abs(tailOf(ours) - tail) / tail, `${events} events at ${level}, ${side} ${ours}`).toBeLessThan(1e-8);
      expect(Math.abs(tailOf(phe) - tail) / tail, `PHE: ${events} events at ${level}, ${side} ${phe}`).toBeLessThan(1e-4);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Fingertips' comparer tests
// ---------------------------------------------------------------------------------------------------------------

/** Fingertips' PolarityId: 0 = RAG, low is good; 1 = RAG, high is good. */
const POLARITY: Record<0 | 1, Polarity> = { 0: 'lower-is-better', 1: 'higher-is-better' };

/** Fingertips' Significance names, in our words. */
const WORD: Record<'Same' | 'Better' | 'Worse' | 'Best' | 'Worst', Significance> = {
  Same: 'similar',
  Better: 'better',
  Worse: 'worse',
  Best: 'much-better',
  Worst: 'much-worse',
};

describe('Fingertips SingleOverlappingCIsComparatorTest (one interval)', () => {
  // The data's value plays no part in either rule: only its limits and the parent's (benchmark's) value.
  // Fingertips' test data do not say the level; one interval is compared the same at any level, 0.95 here.
  const cases = [
    ['TestSameExactly', 10, 12, 11, 0, 'Same'],
    ['TestSameExactly', 10, 12, 11, 1, 'Same'],
    ['TestSame', 2.7, 3.1, 3.0, 0, 'Same'],
    ['TestHigher', 3.2, 3.5, 3.0, 0, 'Worse'],
    ['TestHigher', 3.2, 3.5, 3.0, 1, 'Better'],
    ['TestLower', 2.2, 2.8, 3.0, 0, 'Better'],
    ['TestLower', 2.2, 2.8, 3.0, 1, 'Worse'],
  ] as const;
  it.each(cases)('%s: %s to %s against %s, polarity %s: %s', (_test, lower, upper, benchmark, polarity, fingertips) => {
    const result = compareSignificance([{ level: 0.95, lower, upper }], benchmark, POLARITY[polarity]);
    expect(result.significance).toBe(WORD[fingertips]);
    expect(result.level).toBe(0.95);
  });

  it("missing figures: Fingertips' None is an INVALID_OPTIONS error here, and -1 is not a missing marker", () => {
    // Fingertips marks a missing value or limit with CoreDataSet.NullValue (-1) and returns Significance.None
    // (TestMinusOneData, TestMinusOneParent, TestMinusOneBoth, TestNoCIsOnLocalDataReturnNoneSignificance).
    // Here a missing figure cannot reach compareSignificance: the scorecard gives `significance: null` when the value
    // or the benchmark is missing, and the function refuses a missing (NaN) limit or benchmark, naming it.
    const ci = (lower: number, upper: number) => [{ level: 0.95, lower, upper }];
    expect(issuesOf(() => compareSignificance(ci(Number.NaN, Number.NaN), 3.0, 'lower-is-better')).map((i) => [i.code, i.path])).toEqual([['not-finite', 'intervals[0]']]);
    expect(issuesOf(() => compareSignificance(ci(2.2, 2.8), Number.NaN, 'higher-is-better')).map((i) => [i.code, i.path])).toEqual([['not-finite', 'benchmark']]);
    expect(issuesOf(() => compareSignificance(ci(Number.NaN, Number.NaN), Number.NaN, 'lower-is-better')).map((i) => [i.code, i.path])).toEqual([
      ['not-finite', 'intervals[0]'],
      ['not-finite', 'benchmark'],
    ]);
    // No lower limit, no upper limit, neither (TestNoCIsOnLocalDataReturnNoneSignificance).
    for (const [lower, upper] of [[Number.NaN, 4.1], [4.0, Number.NaN], [Number.NaN, Number.NaN]] as const) {
      expect(issuesOf(() => compareSignificance(ci(lower, upper), 3.0, 'lower-is-better')).map((i) => i.code)).toEqual(['not-finite']);
    }
    // -1 is an ordinary number here (a limit can be negative: the vignette's mean interval from -90.9), so Fingertips'
    // TestMinusOneData compares as a real interval of -1 to -1: the benchmark 3.0 is above it.
    expect(compareSignificance(ci(-1, -1), 3.0, 'lower-is-better')).toMatchObject({ direction: 'lower', significance: 'better' });
  });
});

describe('Fingertips SingleOverlappingCIsForTwoCILevelsComparerTest (95% and 99.8%)', () => {
  // GetData(): LowerCI99_8 = 2.3, LowerCI95 = 2.5, Value = 2.6, UpperCI95 = 2.7, UpperCI99_8 = 2.9.
  const intervals = [
    { level: 0.95, lower: 2.5, upper: 2.7 },
    { level: 0.998, lower: 2.3, upper: 2.9 },
  ];
  const cases = [
    ['Test_Benchmark_Value_Higher_Than_Upper_99_8', 3.0, 0, 'Best', 0.998],
    ['Test_Benchmark_Value_Higher_Than_Upper_99_8', 3.0, 1, 'Worst', 0.998],
    ['Test_Benchmark_Value_Between_Upper_CIs', 2.8, 0, 'Better', 0.95],
    ['Test_Benchmark_Value_Between_Upper_CIs', 2.8, 1, 'Worse', 0.95],
    ['TestSame', 2.6, 0, 'Same', 0.95],
    ['TestSame', 2.6, 1, 'Same', 0.95],
    ['Test_Benchmark_Value_Between_Lower_CIs', 2.4, 0, 'Worse', 0.95],
    ['Test_Benchmark_Value_Between_Lower_CIs', 2.4, 1, 'Better', 0.95],
    ['Test_Benchmark_Value_Lower_Than_Upper_99_8', 2.2, 0, 'Worst', 0.998],
    ['Test_Benchmark_Value_Lower_Than_Upper_99_8', 2.2, 1, 'Best', 0.998],
  ] as const;
  it.each(cases)('%s: benchmark %s, polarity %s: %s', (_test, benchmark, polarity, fingertips, level) => {
    const result = compareSignificance(intervals, benchmark, POLARITY[polarity]);
    expect(result.significance).toBe(WORD[fingertips]);
    expect(result.level).toBe(level);
    // Given in either order.
    expect(compareSignificance([...intervals].reverse(), benchmark, POLARITY[polarity])).toEqual(result);
  });
});
