/**
 * Golden values for the interval methods, on the inputs of
 * PHEindicatormethods' own tests and by its formulas:
 *
 * - inputs: ukhsa-collaboration/PHEindicatormethods tests/testthat/testWilson.R
 *   (x = 65, 1045, 0.445 over n = 100, 5000, 1 at 95% and 99.8%) and
 *   tests/testthat/testByars.R (x = 65, 1045, 1 at 95%; 65, 1045, 10 at 99.8%);
 * - formulas: R/Wilson.R (wilson_lower, wilson_upper), R/Byars.R (byars_lower,
 *   byars_upper: z = qnorm(confidence + (1 - confidence)/2)), R/Rates.R
 *   (phe_rate: qchisq((1 - conf)/2, 2x)/2 and qchisq(conf + (1 - conf)/2, 2x + 2)/2
 *   below 10 events, Byar's from 10), R/Means.R (phe_mean: t interval).
 *
 * Those tests' expected values are in Excel workbooks
 * (tests/testthat/testdata_Byars_Wilson.xlsx), which could not be read here,
 * so the expected values below were computed from the same formulas with an
 * independent numerical library, SciPy 1.17 (scipy.stats.norm.ppf, chi2.ppf,
 * t.ppf), printed with repr(). Our @stdlib quantiles must agree to 1e-9
 * relative, the precision the issue asks of PHEindicatormethods' data.
 */
import { describe, expect, it } from 'vitest';
import { byarInterval, exactPoissonInterval, meanInterval, poissonInterval, wilsonInterval } from 'council-indicators/statistics';

const REL = 1e-9;

function close(actual: number, expected: number): void {
  if (expected === 0) expect(actual).toBe(0);
  else expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThan(REL);
}

describe('Wilson score interval (PHEindicatormethods testWilson.R inputs)', () => {
  // [x, n, level, lower, upper] as proportions (PHE's multiplier 1).
  const cases: [number, number, number, number, number][] = [
    [65, 100, 0.95, 0.5525444329688797, 0.7363575175690247],
    [1045, 5000, 0.95, 0.19795549880013297, 0.22049130373189027],
    [0.445, 1, 0.95, 0.04381744772058821, 0.9334621276979156],
    [65, 100, 0.998, 0.49549465740704474, 0.7783540614089685],
    [1045, 5000, 0.998, 0.19179381799015258, 0.22731562902525795],
    [0.445, 1, 0.998, 0.019347006132901353, 0.9702259947019535],
  ];
  it.each(cases)('%s of %s at %s', (x, n, level, lower, upper) => {
    const ci = wilsonInterval(x, n, level);
    expect(ci.level).toBe(level);
    close(ci.lower, lower);
    close(ci.upper, upper);
  });
});

describe("Byar's interval (PHEindicatormethods testByars.R inputs)", () => {
  const cases: [number, number, number, number][] = [
    [65, 0.95, 50.16318771045943, 82.84913854593984],
    [1045, 0.95, 982.5932018073325, 1110.33121298565],
    [1, 0.95, 0.013072132901504331, 5.5637555824752605],
    [65, 0.998, 42.8802614714802, 94.000290844318],
    [1045, 0.998, 947.9407035610374, 1148.806160988033],
    [10, 0.998, 2.916318374695686, 24.19372492788055],
  ];
  it.each(cases)('%s events at %s', (x, level, lower, upper) => {
    const ci = byarInterval(x, level);
    close(ci.lower, lower);
    close(ci.upper, upper);
  });
});

describe('exact Poisson interval (phe_rate below 10 events, R/Rates.R)', () => {
  const cases: [number, number, number, number][] = [
    [0, 0.95, 0, 3.6888794541139354],
    [1, 0.95, 0.025317807984289897, 5.571643390938898],
    [2, 0.95, 0.24220927854396507, 7.22468766772396],
    [3, 0.95, 0.6186721228956015, 8.767273069742323],
    [4, 0.95, 1.089865373626325, 10.241588675403694],
    [5, 0.95, 1.623486390118421, 11.66833207932267],
    [6, 0.95, 2.201894253490851, 13.059474022518685],
    [7, 0.95, 2.814363051519867, 14.422675361702376],
    [8, 0.95, 3.4538321767485023, 15.763189220193313],
    [9, 0.95, 4.115373097378334, 17.084803451419166],
    [0, 0.998, 0, 6.907755278982137],
    [1, 0.998, 0.0010005003335835346, 9.233413476451585],
    [2, 0.998, 0.045402017769489565, 11.228872242412661],
    [3, 0.998, 0.19053337756840327, 13.06224077918807],
    [4, 0.998, 0.42855241362842295, 14.79414922253721],
    [5, 0.998, 0.7393717319178327, 16.454745203680105],
    [6, 0.998, 1.1071046602556396, 18.061636840199064],
    [7, 0.998, 1.5203362603988093, 19.626177395384232],
    [8, 0.998, 1.9708139217403662, 21.15619816583998],
    [9, 0.998, 2.452424404363775, 22.65737330906293],
  ];
  it.each(cases)('%s events at %s', (x, level, lower, upper) => {
    const ci = exactPoissonInterval(x, level);
    close(ci.lower, lower);
    close(ci.upper, upper);
    expect(poissonInterval(x, level)).toEqual({ ...ci, method: 'exact' });
  });
});

describe("Student's t interval of a mean (phe_mean, R/Means.R)", () => {
  // The 19 values are the reference_events of a PHE test fixture; mean and sd (n - 1) computed from them.
  const values = [60, 65, 65, 65, 70, 70, 75, 80, 80, 80, 80, 75, 70, 65, 60, 50, 35, 25, 20];
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  it.each([
    [0.95, 53.92880871947504, 71.33434917526179],
    [0.998, 47.67565970711431, 77.58749818762251],
  ])('at %s', (level, lower, upper) => {
    close(mean, 62.63157894736842);
    close(sd, 18.05611784999382);
    const ci = meanInterval({ mean, sd, n: values.length }, level);
    close(ci.lower, lower);
    close(ci.upper, upper);
  });
});
