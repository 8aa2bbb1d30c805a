/**
 * Hand-worked cases for the catalogue specs whose pages withhold their
 * monthly rows. Each starts from the contents page's latest figure for
 * September 2017, with small rows that produce it (worked by hand in the
 * comments), and checks value, target, variance and rating under the band
 * reading the spec's description gives; then the edges of that reading.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { PeriodResult } from 'council-indicators';
import { catalogueSpec, referenceSettings } from '../../src/catalogue/index.js';

/** A catalogue definition with the reference council's settings. */
const reference = (id: string) => catalogueSpec(id, referenceSettings[id]);

type Row = { period: string; [field: string]: number | string };

/** The figures of the last month of `rows` under the catalogue spec `id`. */
function latest(id: string, rows: Row[]): PeriodResult {
  return computeIndicator(reference(id), rows).periods.at(-1)!;
}

/** The shape a committee reads: value, target, variance, RAG. */
function cells(p: PeriodResult) {
  return { formatted: p.formatted, target: p.target, variance: p.formattedVariance, rag: p.rag };
}

/**
 * The rating of `numerator` over `denominator` of the spec's fields in one
 * row for April 2017: the first month of the 2017-18 thresholds, and a
 * complete year-to-date window on its own.
 */
function ragOf(id: string, numerator: number, denominator: number): PeriodResult['rag'] {
  const spec = reference(id);
  const n = 'field' in spec.numerator ? spec.numerator.field : 'n';
  const d = spec.denominator !== undefined && 'field' in spec.denominator ? spec.denominator.field : 'd';
  return latest(id, [{ period: '2017-04', [n]: numerator, [d]: denominator }]).rag;
}

const YTD_MONTHS = ['2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09'];

/** Rows April to September 2017 from columns of monthly figures. */
function ytdRows(columns: Record<string, number[]>): Row[] {
  return YTD_MONTHS.map((period, i) => ({ period, ...Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v[i]!])) }));
}

describe('cic-number-in-care (page 27): target 345, closer to target', () => {
  it('the contents page: 373 children, 28 above 345, A', () => {
    // d = 373 - 345 = 28; 20 <= |28| < 30: amber.
    expect(cells(latest('cic-number-in-care', [{ period: '2017-09', cic: 373 }]))).toEqual({ formatted: '373', target: 345, variance: '28', rag: 'amber' });
  });

  it('rates the difference from 345 on both sides: green while |d| < 20, amber from 20, red from 30', () => {
    const rag = (cic: number) => latest('cic-number-in-care', [{ period: '2017-09', cic }]).rag;
    expect([315, 316, 325, 326, 345, 364, 365, 374, 375].map(rag)).toEqual([
      'red', // d = -30
      'amber', // d = -29
      'amber', // d = -20
      'green', // d = -19
      'green', // d = 0
      'green', // d = 19
      'amber', // d = 20
      'amber', // d = 29
      'red', // d = 30
    ]);
  });

  it('has no target or rating before 2017-18, whose target and thresholds are the only ones printed', () => {
    expect(cells(latest('cic-number-in-care', [{ period: '2017-03', cic: 363 }]))).toEqual({ formatted: '363', target: null, variance: null, rag: null });
  });
});

describe('cic-long-term-stability (page 29): G >= 71%, A 69% to below 71%, R < 69%', () => {
  it('the contents page: 66.4%, R', () => {
    // 71 / 107 = 66.355...% -> 66.4%; 66.355 - 71 = -4.645 -> -4.6; below 69: red.
    expect(cells(latest('cic-long-term-stability', [{ period: '2017-09', ltsStable: 71, ltsEligible: 107 }]))).toEqual({
      formatted: '66.4%',
      target: 71,
      variance: '-4.6',
      rag: 'red',
    });
  });

  it('rates the edges of the reading', () => {
    const rag = (n: number) => ragOf('cic-long-term-stability', n, 1000);
    // 68.9% red; 69.0% amber; 70.9% amber; 71.0% (the printed "G =71%") green; 85.0% green.
    expect([689, 690, 709, 710, 850].map(rag)).toEqual(['red', 'amber', 'amber', 'green', 'green']);
  });
});

describe('cic-statutory-visits-in-time (page 31): G >= 98%, A 90% to below 98%, R < 90%', () => {
  it('the contents page: 95.9%, A', () => {
    // The commentary: 15 children were not seen on time. 351 / 366 = 95.902% -> 95.9%;
    // 95.902 - 98 = -2.098 -> -2.1 (the commentary's "decreased by 2.1%"); 90 <= 95.9 < 98: amber.
    expect(cells(latest('cic-statutory-visits-in-time', [{ period: '2017-09', visitsInTime: 351, visitsDue: 366 }]))).toEqual({
      formatted: '95.9%',
      target: 98,
      variance: '-2.1',
      rag: 'amber',
    });
  });

  it('rates the edges of the reading, 97.8% (no colour as printed) included', () => {
    const rag = (n: number) => ragOf('cic-statutory-visits-in-time', n, 1000);
    expect([899, 900, 970, 978, 979, 980, 1000].map(rag)).toEqual(['red', 'amber', 'amber', 'amber', 'amber', 'green', 'green']);
  });
});

describe('cic-adopted-ytd (page 32): G >= 14%, A 8% to below 14%, R < 8%', () => {
  // April to September 2017: endings as printed on page 26 (15, 24, 11, 11,
  // 10, 8 = 79); adoptions 5 to 30 September with none in September (the
  // commentary), spread 1, 2, 0, 1, 1, 0.
  const rows = ytdRows({ ceased: [15, 24, 11, 11, 10, 8], adopted: [1, 2, 0, 1, 1, 0] });

  it('the year to date to September: 5 / 79 = 6.3%, R', () => {
    // 5 / 79 = 6.329% -> 6.3%; 6.329 - 14 = -7.671 -> -7.7; below 8: red.
    expect(cells(latest('cic-adopted-ytd', rows))).toEqual({ formatted: '6.3%', target: 14, variance: '-7.7', rag: 'red' });
    const ytd = computeIndicator(reference('cic-adopted-ytd'), rows).periods.map((p) => [p.numerator, p.denominator, p.formatted]);
    // April 1/15, May 3/39, June 3/50, July 4/61, August 5/71, September 5/79.
    expect(ytd).toEqual([
      [1, 15, '6.7%'],
      [3, 39, '7.7%'],
      [3, 50, '6.0%'],
      [4, 61, '6.6%'],
      [5, 71, '7.0%'],
      [5, 79, '6.3%'],
    ]);
  });

  it("the contents page's 0.0% R is September's own month (0 adoptions of 8 endings), not the year to date", () => {
    // 0 / 8 = 0.0%; 0 - 14 = -14.0; red.
    const monthly = defineIndicator({ ...reference('cic-adopted-ytd'), id: 'cic-adopted-monthly', window: { type: 'period' } });
    expect(cells(computeIndicator(monthly, rows).periods.at(-1)!)).toEqual({ formatted: '0.0%', target: 14, variance: '-14.0', rag: 'red' });
  });

  it("the commentary's figure (\"1.5% lower than the target of 14%\", 12.5% = 5 / 40) would be amber, but page 26 prints 79 endings to September, not 40", () => {
    expect(ragOf('cic-adopted-ytd', 5, 40)).toBe('amber');
    expect(rows.reduce((s, r) => s + (r.ceased as number), 0)).toBe(79);
  });

  it('rates the edges of the reading', () => {
    const rag = (n: number) => ragOf('cic-adopted-ytd', n, 1000);
    // 7.9% red; 8.0% and 8.9% (no colour as printed) amber; 13.9% amber; 14.0% green; 30.0% green.
    expect([79, 80, 89, 139, 140, 300].map(rag)).toEqual(['red', 'amber', 'amber', 'amber', 'green', 'green']);
  });
});

describe('cic-adoption-a1-days (page 33): G <= 487 days, red above', () => {
  // Children placed for adoption April to September 2017: one in April after
  // 400 days, two in June after 700 days between them, two in August after
  // 785: 1885 days over 5 children.
  const rows = ytdRows({ a1Days: [400, 0, 700, 0, 785, 0], a1Children: [1, 0, 2, 0, 2, 0] });

  it('the contents page: 377 days, G', () => {
    // 1885 / 5 = 377; 377 - 487 = -110; at most 487: green.
    expect(cells(latest('cic-adoption-a1-days', rows))).toEqual({ formatted: '377', target: 487, variance: '-110', rag: 'green' });
    // June: 1100 / 3 = 366.67 -> 367.
    expect(computeIndicator(reference('cic-adoption-a1-days'), rows).periods[2]!.formatted).toBe('367');
  });

  it('rates the whole days displayed: 487 green, 487.5 (shown 488) red', () => {
    const at = (days: number, children: number) => latest('cic-adoption-a1-days', [{ period: '2017-04', a1Days: days, a1Children: children }]);
    expect(cells(at(487, 1))).toEqual({ formatted: '487', target: 487, variance: '0', rag: 'green' });
    expect(cells(at(975, 2))).toEqual({ formatted: '488', target: 487, variance: '1', rag: 'red' });
  });
});

describe('cic-adoption-a2-days (page 34): G <= 120 days, red above', () => {
  const rows = ytdRows({ a2Days: [150, 0, 300, 0, 535, 0], a2Children: [1, 0, 2, 0, 2, 0] });

  it('the contents page: 197 days, R', () => {
    // 985 / 5 = 197; 197 - 120 = 77; above 120: red.
    expect(cells(latest('cic-adoption-a2-days', rows))).toEqual({ formatted: '197', target: 120, variance: '77', rag: 'red' });
  });

  it('rates the whole days displayed: 120 green, 120.5 (shown 121) red', () => {
    const rag = (days: number, children: number) => latest('cic-adoption-a2-days', [{ period: '2017-04', a2Days: days, a2Children: children }]).rag;
    expect([rag(120, 1), rag(241, 2)]).toEqual(['green', 'red']);
  });
});

describe('cic-missing-incidents and cic-missing-individuals (page 35)', () => {
  it('the contents page: 15, with no target and no rating', () => {
    // 15 incidents involving 9 children (the contents page does not say
    // which of the two its 15 is; the page counts both).
    const rows = [{ period: '2017-09', missingIncidents: 15, missingChildren: 9 }];
    expect(cells(latest('cic-missing-incidents', rows))).toEqual({ formatted: '15', target: null, variance: null, rag: null });
    expect(cells(latest('cic-missing-individuals', rows))).toEqual({ formatted: '9', target: null, variance: null, rag: null });
  });

  it('counts the month only', () => {
    const rows = [
      { period: '2017-08', missingIncidents: 11, missingChildren: 7 },
      { period: '2017-09', missingIncidents: 15, missingChildren: 9 },
    ];
    expect(latest('cic-missing-incidents', rows)).toMatchObject({ formatted: '15', direction: 'up', trend: null });
  });
});

describe('cic-initial-health-assessments (page 36): G >= 95%, A 85% to below 95%, R < 85%', () => {
  it('the contents page: 40.0% year to date, R', () => {
    // Admissions (by the month reported, one in arrears) April to September:
    // 2, 1, 2, 2, 1, 2 = 10 children; assessed within 20 working days:
    // 1, 0, 1, 1, 0, 1 = 4. 4 / 10 = 40.0%; 40 - 95 = -55.0; below 85: red.
    const rows = ytdRows({ ihaEligible: [2, 1, 2, 2, 1, 2], ihaMet: [1, 0, 1, 1, 0, 1] });
    expect(cells(latest('cic-initial-health-assessments', rows))).toEqual({ formatted: '40.0%', target: 95, variance: '-55.0', rag: 'red' });
  });

  it('rates the edges of the reading, exactly 85% (no colour as printed) and 95% (two colours as printed) included', () => {
    const rag = (n: number) => latest('cic-initial-health-assessments', [{ period: '2017-04', ihaMet: n, ihaEligible: 1000 }]).rag;
    expect([849, 850, 949, 950].map(rag)).toEqual(['red', 'amber', 'amber', 'green']);
  });
});

describe('cic-annual-health-assessments (page 37): G >= 95%, A 85% to below 95%, R < 85%', () => {
  it('the contents page: 90.2%, A', () => {
    // 230 / 255 = 90.196% -> 90.2%; 90.196 - 95 = -4.804 -> -4.8; 85 <= 90.2 < 95: amber.
    expect(cells(latest('cic-annual-health-assessments', [{ period: '2017-09', ahaMet: 230, ahaEligible: 255 }]))).toEqual({
      formatted: '90.2%',
      target: 95,
      variance: '-4.8',
      rag: 'amber',
    });
  });

  it('rates the edges of the reading', () => {
    expect([849, 850, 949, 950].map((n) => ragOf('cic-annual-health-assessments', n, 1000))).toEqual(['red', 'amber', 'amber', 'green']);
  });
});

describe('cic-dental-checks (page 38): G >= 95%, A 90% to below 95%, R < 90%', () => {
  it('the contents page: 60.8%, R', () => {
    // 200 / 329 = 60.790% -> 60.8%; 60.790 - 95 = -34.210 -> -34.2; below 90: red.
    expect(cells(latest('cic-dental-checks', [{ period: '2017-09', dentalMet: 200, dentalEligible: 329 }]))).toEqual({
      formatted: '60.8%',
      target: 95,
      variance: '-34.2',
      rag: 'red',
    });
  });

  it('rates the edges of the reading', () => {
    expect([899, 900, 949, 950].map((n) => ragOf('cic-dental-checks', n, 1000))).toEqual(['red', 'amber', 'amber', 'green']);
  });
});

describe('cic-pathway-plans (page 40): G >= 98%, A 84% to below 98%, R < 84%', () => {
  it('the contents page: 87.1%, A', () => {
    // 61 / 70 = 87.143% -> 87.1%; 87.143 - 98 = -10.857 -> -10.9; 84 <= 87.1 < 98: amber.
    expect(cells(latest('cic-pathway-plans', [{ period: '2017-09', pathwayPlansUpToDate: 61, leavingCareCases: 70 }]))).toEqual({
      formatted: '87.1%',
      target: 98,
      variance: '-10.9',
      rag: 'amber',
    });
  });

  it('rates 84.3% and 97.8%, which the printed bands leave without a colour, amber', () => {
    expect([839, 840, 843, 850, 970, 978, 980].map((n) => ragOf('cic-pathway-plans', n, 1000))).toEqual([
      'red',
      'amber',
      'amber',
      'amber',
      'amber',
      'amber',
      'green',
    ]);
  });
});

describe('care-leavers-19-plus-neet (page 41): target 30%, no thresholds', () => {
  it('the contents page: 37.1% against 30.0%; its R cannot be reproduced, as no thresholds are available', () => {
    // 26 / 70 = 37.143% -> 37.1%; 37.143 - 30 = 7.143 -> 7.1.
    expect(cells(latest('care-leavers-19-plus-neet', [{ period: '2017-09', careLeaversNeet: 26, careLeavers19to21: 70 }]))).toEqual({
      formatted: '37.1%',
      target: 30,
      variance: '7.1',
      rag: null,
    });
  });
});

describe('care-leavers-19-plus-unsuitable-accommodation (page 42): G <= 5%, A above 5% to 7%, R > 7%', () => {
  it('the contents page: 12.9%, R', () => {
    // 9 / 70 = 12.857% -> 12.9%; 12.857 - 5 = 7.857 -> 7.9; above 7: red.
    expect(
      cells(latest('care-leavers-19-plus-unsuitable-accommodation', [{ period: '2017-09', careLeaversUnsuitablyHoused: 9, careLeavers19to21: 70 }])),
    ).toEqual({ formatted: '12.9%', target: 5, variance: '7.9', rag: 'red' });
  });

  it('rates 5.1% to 5.9%, which the printed bands leave without a colour, amber', () => {
    const rag = (n: number) => ragOf('care-leavers-19-plus-unsuitable-accommodation', n, 1000);
    expect([0, 50, 51, 59, 60, 70, 71].map(rag)).toEqual(['green', 'green', 'amber', 'amber', 'amber', 'amber', 'red']);
  });
});
