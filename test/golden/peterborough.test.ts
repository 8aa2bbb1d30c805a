/**
 * Golden tables: the six pages of Peterborough's September 2017 children in
 * care report whose monthly rows are printed, recomputed from their own
 * inputs with specs written from their printed definitions. Every printed
 * value, total, target, variance and 2017-18 RAG cell is either reproduced
 * or listed below as a publisher error, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, validateSpec } from 'council-indicators';
import { comparePage } from '../../examples/reference/compare.js';
import * as page from '../../examples/reference/peterborough-2017-09.js';
import * as spec from '../../examples/reference/specs.js';
import { auditTable } from 'council-indicators/audit';
import { tables } from '../../examples/reference/audit-tables.js';

const ALL = ['total', 'value', 'target', 'variance', 'rag'] as const;

describe('Children in care per 10,000 (page 24)', () => {
  const { result, differences } = comparePage(page.childrenInCarePer10k, spec.childrenInCarePer10k, ALL, '2016-04', spec.childrenInCareCount);

  it('reproduces every rate, target, relative variance and (count-based) RAG, except the September cells left unfinished', () => {
    expect(result.periods.every((p) => p.status === 'ok')).toBe(true);
    expect(differences).toEqual([
      // Publisher error: September's target cell was left blank, so the
      // spreadsheet divided by an empty cell and printed #DIV/0!. The
      // contents page gives the target as 74.0, and against it the
      // variance is 5.6%. The RAG cell was left blank too; the contents
      // page rates September R, as the thresholds do (373 > 365).
      { period: '2017-09', column: 'target', printed: '', computed: '74.0' },
      { period: '2017-09', column: 'variance', printed: '#DIV/0!', computed: '5.6%' },
      { period: '2017-09', column: 'rag', printed: '', computed: 'R' },
    ]);
  });

  it('rates the count of children, not the rate: the thresholds 350 and 365 are counts', () => {
    // Read as rates per 10,000, every month (73.8 to 79.8) would be green.
    const count = computeIndicator(spec.childrenInCareCount, page.childrenInCarePer10k.rows);
    expect(count.periods.map((p) => p.rag)).toContain('red');
    expect(result.periods.map((p) => p.rounded!).every((r) => r < 350)).toBe(true);
  });
});

describe('Admissions per 10,000, rolling 12 months (page 25)', () => {
  const { result, differences } = comparePage(page.admissionsPer10k, spec.admissionsPer10k, ALL);

  it('needs 12 months of rows: April 2016 to February 2017 are incomplete windows, not partial sums', () => {
    expect(result.periods.slice(0, 11).map((p) => p.status)).toEqual(Array(11).fill('incomplete-window'));
    expect(result.periods.slice(0, 11).every((p) => p.value === null && p.numerator === null)).toBe(true);
  });

  it('reproduces every rolling total, rate and variance from March 2017 on, except March 2017 itself', () => {
    expect(differences).toEqual([
      // Publisher error: the 12 monthly admissions printed for April 2016
      // to March 2017 add up to 199, not 198. April 2017's printed total
      // (207 = 199 - 9 + 17) follows from 199, so the 198 is a slip, and
      // the rate and variance printed from it are wrong too.
      { period: '2017-03', column: 'total', printed: '198', computed: '199' },
      { period: '2017-03', column: 'value', printed: '41.5', computed: '41.7' },
      { period: '2017-03', column: 'variance', printed: '9.2%', computed: '9.8%' },
    ]);
  });

  it('reproduces the printed rates and variances from the printed totals for the months before March 2017', () => {
    const fromTotals = defineIndicator({ ...spec.admissionsPer10k, numerator: 'printedTotal', window: { type: 'period' } });
    const rows = page.admissionsPer10k.rows.map((r) => ({ period: r.period, printedTotal: page.admissionsPer10k.printed[r.period]!.total! }));
    const check = comparePage({ ...page.admissionsPer10k, rows }, fromTotals, ['value', 'variance']);
    expect(check.differences).toEqual([]);
  });

  it('has no printed thresholds, so no RAG cell can be checked', () => {
    expect(page.admissionsPer10k.printedThresholds).toContain('no thresholds printed');
    expect(result.periods.every((p) => p.rag === null)).toBe(true);
  });
});

describe('Ceased per 10,000, rolling 12 months (page 26)', () => {
  const { result, differences } = comparePage(page.ceasedPer10k, spec.ceasedPer10k, ALL);

  it('reproduces every rolling total, rate and variance from March 2017 on, except March and July 2017', () => {
    expect(result.periods[11]!.status).toBe('ok');
    expect(differences).toEqual([
      // Publisher error: April 2016 to March 2017 printed monthly endings add
      // up to 202, not 193; April 2017's printed 201 (= 202 - 16 + 15)
      // follows from 202, not from 193.
      { period: '2017-03', column: 'total', printed: '193', computed: '202' },
      { period: '2017-03', column: 'value', printed: '40.4', computed: '42.3' },
      { period: '2017-03', column: 'variance', printed: '6.4%', computed: '11.4%' },
      // Publisher error: July 2017 should be 205 - 12 (July 2016) + 11
      // (July 2017) = 204; the printed 201 repeats April's total. August's
      // printed 194 (= 204 - 20 + 10) follows from 204.
      { period: '2017-07', column: 'total', printed: '201', computed: '204' },
      { period: '2017-07', column: 'value', printed: '42.1', computed: '42.8' },
      { period: '2017-07', column: 'variance', printed: '10.9%', computed: '12.5%' },
    ]);
  });

  it('reproduces the printed rates and variances from the printed totals in every month', () => {
    const fromTotals = defineIndicator({ ...spec.ceasedPer10k, numerator: 'printedTotal', window: { type: 'period' } });
    const rows = page.ceasedPer10k.rows.map((r) => ({ period: r.period, printedTotal: page.ceasedPer10k.printed[r.period]!.total! }));
    expect(comparePage({ ...page.ceasedPer10k, rows }, fromTotals, ['value', 'variance']).differences).toEqual([]);
  });
});

describe('3 or more placements in 12 months (page 28)', () => {
  const { differences } = comparePage(page.threeOrMorePlacements, spec.threeOrMorePlacements, ALL, '2017-04');

  it('reproduces every percentage, target, variance and 2017-18 RAG', () => {
    expect(differences).toEqual([]);
  });

  it('accepts the printed 2017-18 bands as they stand: at one decimal, <= 8.5 and >= 8.6 leave no gap', () => {
    const rag = (spec.threeOrMorePlacements.rag as { rag: unknown }[])[0]!.rag;
    expect(rag).toMatchObject({ using: 'rounded' });
    const exact = validateSpec({ ...spec.threeOrMorePlacements, rag: [{ from: '2017-04', rag: { ...(rag as object), using: 'exact' } }] });
    expect(exact.ok).toBe(false);
    if (!exact.ok) expect(exact.issues.map((i) => i.message)).toEqual(['bands leave 8.5 < x < 8.6 uncovered']);
  });
});

describe('Reviews within timescales (page 30)', () => {
  const { differences } = comparePage(page.reviewsInTime, spec.reviewsInTime, ALL, '2017-04');

  it('reproduces every percentage, target, variance and 2017-18 RAG', () => {
    expect(differences).toEqual([]);
  });

  it('rejects the bands as printed: 98.0% has no colour', () => {
    const printed = validateSpec({ ...spec.reviewsInTime, rag: { bands: page.reviewsInTime.printedThresholds ? spec.reviewsBandsAsPrinted : [] } });
    expect(printed.ok).toBe(false);
    if (!printed.ok) {
      expect(printed.issues).toEqual([
        { code: 'band-gap', path: 'rag.bands', message: 'bands leave x = 98 uncovered (the displayed value 98.0 at 1 decimal place)' },
      ]);
    }
  });
});

describe('Personal education plans (page 39)', () => {
  const { differences } = comparePage(page.personalEducationPlans, spec.personalEducationPlans, ALL, '2017-04');

  it('reproduces every percentage, target, variance and 2017-18 RAG', () => {
    expect(differences).toEqual([]);
  });

  it('rejects the bands as printed: 97.1% to 98.0% have no colour, and May 2017 printed 97.2% in that gap', () => {
    const printed = validateSpec({ ...spec.personalEducationPlans, rag: { bands: spec.pepBandsAsPrinted } });
    expect(printed.ok).toBe(false);
    if (!printed.ok) {
      expect(printed.issues.map((i) => i.message)).toEqual([
        'bands leave 97 < x <= 98 uncovered (displayed values 97.1 to 98.0 at 1 decimal place)',
      ]);
    }
    expect(page.personalEducationPlans.printed['2017-05']!.value).toBe('97.2%');
  });
});

describe('contents page, September 2017', () => {
  const results = {
    childrenInCarePer10k: computeIndicator(spec.childrenInCarePer10k, page.childrenInCarePer10k.rows),
    admissionsPer10k: computeIndicator(spec.admissionsPer10k, page.admissionsPer10k.rows),
    ceasedPer10k: computeIndicator(spec.ceasedPer10k, page.ceasedPer10k.rows),
    threeOrMorePlacements: computeIndicator(spec.threeOrMorePlacements, page.threeOrMorePlacements.rows),
    reviewsInTime: computeIndicator(spec.reviewsInTime, page.reviewsInTime.rows),
    personalEducationPlans: computeIndicator(spec.personalEducationPlans, page.personalEducationPlans.rows),
  };
  const september = (key: keyof typeof results) => results[key].periods.at(-1)!;

  it('reproduces every latest value', () => {
    for (const key of Object.keys(results) as (keyof typeof results)[]) {
      expect(september(key).formatted, key).toBe(page.contents[key].actual);
    }
  });

  it('reproduces the latest RAG wherever the page prints thresholds', () => {
    const count = computeIndicator(spec.childrenInCareCount, page.childrenInCarePer10k.rows).periods.at(-1)!;
    expect(count.rag).toBe('red');
    expect(september('threeOrMorePlacements').rag).toBe('green');
    expect(september('reviewsInTime').rag).toBe('amber');
    expect(september('personalEducationPlans').rag).toBe('green');
  });

  it('finds the direction-of-travel arrows that contradict the numbers', () => {
    const arrow = { up: '↑', down: '↓', same: '=' } as const;
    const contradictions = (Object.keys(results) as (keyof typeof results)[])
      .map((key) => ({ key, printed: page.contents[key].arrow, computed: arrow[september(key).direction!] }))
      .filter((c) => c.printed !== c.computed);
    expect(contradictions).toEqual([
      // 78.2 in August and in September: unchanged, printed as falling.
      { key: 'childrenInCarePer10k', printed: '↓', computed: '=' },
      // 44.4 in August, 42.3 in September: down, printed as rising.
      { key: 'admissionsPer10k', printed: '↑', computed: '↓' },
      // 99.2% in August and September: unchanged, printed as rising.
      { key: 'reviewsInTime', printed: '↑', computed: '=' },
      // 100.0% in August and September: unchanged, printed as rising.
      { key: 'personalEducationPlans', printed: '↑', computed: '=' },
    ]);
  });
});

describe('the audit (council-indicators/audit) finds every difference the comparison marks', () => {
  it('each printed cell that comparePage marks is an auditTable finding with the same printed and computed text', () => {
    const audited = tables.flatMap((t) => auditTable(t.spec, t.rows).findings);
    const pages = [
      comparePage(page.childrenInCarePer10k, spec.childrenInCarePer10k, ALL, '2016-04', spec.childrenInCareCount),
      comparePage(page.admissionsPer10k, spec.admissionsPer10k, ALL),
      comparePage(page.ceasedPer10k, spec.ceasedPer10k, ALL),
      comparePage(page.threeOrMorePlacements, spec.threeOrMorePlacements, ALL, '2017-04'),
      comparePage(page.reviewsInTime, spec.reviewsInTime, ALL, '2017-04'),
      comparePage(page.personalEducationPlans, spec.personalEducationPlans, ALL, '2017-04'),
    ];
    const marked = pages.flatMap((p) => p.differences);
    expect(marked).toHaveLength(12);
    for (const d of marked) {
      const cell = d.column === 'total' ? 'numerator' : d.column;
      expect(audited, `${d.period} ${d.column}`).toContainEqual(expect.objectContaining({ period: d.period, cell, printed: d.printed, computed: d.computed }));
    }
  });
});
