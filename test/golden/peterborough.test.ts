/**
 * Golden tables: the six pages of Peterborough's September 2017 children in
 * care report whose monthly rows are printed, recomputed from their own
 * inputs with specs written from their printed definitions and audited with
 * `auditTable` (council-indicators/audit). Every printed value, total,
 * target, variance and 2017-18 RAG cell is either reproduced or listed below
 * as a publisher error, with the audit's reason and the explanation.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, validateSpec } from 'council-indicators';
import type { IndicatorSpec, PeriodResult } from 'council-indicators';
import { auditTable, describeFinding } from 'council-indicators/audit';
import type { AuditFinding } from 'council-indicators/audit';
import * as page from '../../examples/reference/peterborough-2017-09.js';
import type { PublishedPage } from '../../examples/reference/peterborough-2017-09.js';
import * as spec from '../../examples/reference/specs.js';
import { tables } from '../../examples/reference/audit-tables.js';
import { printedRows, withPrinted } from './printed-rows.js';
import type { Cell } from './printed-rows.js';

const ALL: readonly Cell[] = ['numerator', 'value', 'target', 'variance', 'rag'];

/**
 * The printed totals, values and variances of the months with a complete
 * window that differ from the library's own text, character for character.
 * The audit compares figures as exact decimals (`'5.6'` agrees with
 * `'5.6%'`); this checks that the page's notation is the library's too, so
 * the only text differences are the audit's findings.
 */
function textDifferences(s: IndicatorSpec, p: PublishedPage): string[] {
  const textOf = (r: PeriodResult, c: 'numerator' | 'value' | 'variance'): string | null =>
    c === 'numerator' ? (r.numerator === null ? null : String(r.numerator)) : c === 'value' ? r.formatted : r.formattedVariance;
  return computeIndicator(s, p.rows)
    .periods.filter((r) => r.status === 'ok')
    .flatMap((r) => {
      const printed = p.printed[r.period]!;
      return (['numerator', 'value', 'variance'] as const)
        .filter((c) => {
          const text = c === 'numerator' ? printed.total : printed[c];
          return text !== undefined && String(text) !== textOf(r, c);
        })
        .map((c) => `${r.period} ${c}`);
    });
}

/** The findings' cells among the totals, values and variances, as `textDifferences` names them. */
const figureCells = (findings: readonly AuditFinding[]): string[] =>
  findings.filter((f) => f.cell === 'numerator' || f.cell === 'value' || f.cell === 'variance').map((f) => `${f.period} ${f.cell}`);

const audits = {
  // Page 24 prints a rate but rates the count of children: its RAG cells are audited with the count spec.
  childrenInCarePer10k: auditTable(spec.childrenInCarePer10k, printedRows(page.childrenInCarePer10k, ['numerator', 'value', 'target', 'variance'])),
  childrenInCareCount: auditTable(spec.childrenInCareCount, printedRows(page.childrenInCarePer10k, ['rag'], '2016-04')),
  admissionsPer10k: auditTable(spec.admissionsPer10k, printedRows(page.admissionsPer10k, ALL)),
  ceasedPer10k: auditTable(spec.ceasedPer10k, printedRows(page.ceasedPer10k, ALL)),
  threeOrMorePlacements: auditTable(spec.threeOrMorePlacements, printedRows(page.threeOrMorePlacements, ALL, '2017-04')),
  reviewsInTime: auditTable(spec.reviewsInTime, printedRows(page.reviewsInTime, ALL, '2017-04')),
  personalEducationPlans: auditTable(spec.personalEducationPlans, printedRows(page.personalEducationPlans, ALL, '2017-04')),
};

describe('Children in care per 10,000 (page 24)', () => {
  const result = computeIndicator(spec.childrenInCarePer10k, page.childrenInCarePer10k.rows);
  const findings = [...audits.childrenInCarePer10k.findings, ...audits.childrenInCareCount.findings];

  it('reproduces every rate, target, relative variance and (count-based) RAG, except the September cells left unfinished', () => {
    expect(result.periods.every((p) => p.status === 'ok')).toBe(true);
    expect(findings).toEqual([
      // Publisher error: September's target cell was left blank, so the
      // spreadsheet divided by an empty cell and printed #DIV/0!. The
      // contents page gives the target as 74.0, and against it the
      // variance is 5.6%. The RAG cell was left blank too; the contents
      // page rates September R, as the thresholds do (373 > 365).
      { period: '2017-09', cell: 'target', printed: '', computed: '74.0', reason: 'variance-of-blank-target' },
      { period: '2017-09', cell: 'variance', printed: '#DIV/0!', computed: '5.6%', reason: 'variance-of-blank-target' },
      { period: '2017-09', cell: 'rag', printed: '', computed: 'R', reason: 'rating-contradicts-bands' },
    ]);
    expect(findings.map(describeFinding)).toEqual([
      'Sep-17 target: printed (blank), computed 74.0: the target cell is blank, so the variance was taken from an empty cell',
      'Sep-17 variance: printed #DIV/0!, computed 5.6%: the target cell is blank, so the variance was taken from an empty cell',
      'Sep-17 rag: printed (blank), computed R: the bands give the value another rating',
    ]);
    expect(audits.childrenInCareCount.bands).toEqual([]);
    expect(textDifferences(spec.childrenInCarePer10k, page.childrenInCarePer10k)).toEqual(['2017-09 variance']);
  });

  it('rates the count of children, not the rate: the thresholds 350 and 365 are counts', () => {
    // Read as rates per 10,000, every month (73.8 to 79.8) would be green.
    const count = computeIndicator(spec.childrenInCareCount, page.childrenInCarePer10k.rows);
    expect(count.periods.map((p) => p.rag)).toContain('red');
    expect(result.periods.map((p) => p.rounded!).every((r) => r < 350)).toBe(true);
  });
});

describe('Admissions per 10,000, rolling 12 months (page 25)', () => {
  const result = computeIndicator(spec.admissionsPer10k, page.admissionsPer10k.rows);

  it('needs 12 months of rows: April 2016 to February 2017 are incomplete windows, not partial sums', () => {
    expect(result.periods.slice(0, 11).map((p) => p.status)).toEqual(Array(11).fill('incomplete-window'));
    expect(result.periods.slice(0, 11).every((p) => p.value === null && p.numerator === null)).toBe(true);
  });

  it('reproduces every rolling total, rate and variance from March 2017 on, except March 2017 itself', () => {
    expect(audits.admissionsPer10k.findings).toEqual([
      // Publisher error: the 12 monthly admissions printed for April 2016
      // to March 2017 add up to 199, not 198. April 2017's printed total
      // (207 = 199 - 9 + 17) follows from 199, so the 198 is a slip, and
      // the rate and variance printed from it are wrong too.
      { period: '2017-03', cell: 'numerator', printed: '198', computed: '199', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'value', printed: '41.5', computed: '41.7', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'variance', printed: '9.2%', computed: '9.8%', reason: 'window-total-does-not-add-up' },
    ]);
    expect(textDifferences(spec.admissionsPer10k, page.admissionsPer10k)).toEqual(figureCells(audits.admissionsPer10k.findings));
  });

  it('reproduces the printed rates and variances from the printed totals for the months before March 2017', () => {
    const fromTotals = defineIndicator({ ...spec.admissionsPer10k, numerator: 'printedTotal', window: { type: 'period' } });
    const rows = page.admissionsPer10k.rows.map((r) => ({ period: r.period, printedTotal: page.admissionsPer10k.printed[r.period]!.total! }));
    expect(auditTable(fromTotals, withPrinted(page.admissionsPer10k, rows, ['value', 'variance'])).findings).toEqual([]);
  });

  it('has no printed thresholds, so no RAG cell can be checked', () => {
    expect(page.admissionsPer10k.printedThresholds).toContain('no thresholds printed');
    expect(result.periods.every((p) => p.rag === null)).toBe(true);
  });
});

describe('Ceased per 10,000, rolling 12 months (page 26)', () => {
  const result = computeIndicator(spec.ceasedPer10k, page.ceasedPer10k.rows);

  it('reproduces every rolling total, rate and variance from March 2017 on, except March and July 2017', () => {
    expect(result.periods[11]!.status).toBe('ok');
    expect(audits.ceasedPer10k.findings).toEqual([
      // Publisher error: April 2016 to March 2017 printed monthly endings add
      // up to 202, not 193; April 2017's printed 201 (= 202 - 16 + 15)
      // follows from 202, not from 193.
      { period: '2017-03', cell: 'numerator', printed: '193', computed: '202', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'value', printed: '40.4', computed: '42.3', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'variance', printed: '6.4%', computed: '11.4%', reason: 'window-total-does-not-add-up' },
      // Publisher error: July 2017 should be 205 - 12 (July 2016) + 11
      // (July 2017) = 204; the printed 201 repeats April's total. August's
      // printed 194 (= 204 - 20 + 10) follows from 204.
      { period: '2017-07', cell: 'numerator', printed: '201', computed: '204', reason: 'window-total-does-not-add-up' },
      { period: '2017-07', cell: 'value', printed: '42.1', computed: '42.8', reason: 'window-total-does-not-add-up' },
      { period: '2017-07', cell: 'variance', printed: '10.9%', computed: '12.5%', reason: 'window-total-does-not-add-up' },
    ]);
    expect(textDifferences(spec.ceasedPer10k, page.ceasedPer10k)).toEqual(figureCells(audits.ceasedPer10k.findings));
  });

  it('reproduces the printed rates and variances from the printed totals in every month', () => {
    const fromTotals = defineIndicator({ ...spec.ceasedPer10k, numerator: 'printedTotal', window: { type: 'period' } });
    const rows = page.ceasedPer10k.rows.map((r) => ({ period: r.period, printedTotal: page.ceasedPer10k.printed[r.period]!.total! }));
    expect(auditTable(fromTotals, withPrinted(page.ceasedPer10k, rows, ['value', 'variance'])).findings).toEqual([]);
  });
});

describe('3 or more placements in 12 months (page 28)', () => {
  it('reproduces every percentage, target, variance and 2017-18 RAG', () => {
    expect(audits.threeOrMorePlacements.findings).toEqual([]);
    expect(textDifferences(spec.threeOrMorePlacements, page.threeOrMorePlacements)).toEqual([]);
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
  it('reproduces every percentage, target, variance and 2017-18 RAG', () => {
    expect(audits.reviewsInTime.findings).toEqual([]);
    expect(textDifferences(spec.reviewsInTime, page.reviewsInTime)).toEqual([]);
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
  it('reproduces every percentage, target, variance and 2017-18 RAG', () => {
    expect(audits.personalEducationPlans.findings).toEqual([]);
    expect(textDifferences(spec.personalEducationPlans, page.personalEducationPlans)).toEqual([]);
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

describe('the audit of the reference tables (bands exactly as printed, examples/reference/audit-tables.ts)', () => {
  it('finds every publisher error found above, with the same printed and computed text', () => {
    const audited = tables.flatMap((t) => auditTable(t.spec, t.rows).findings);
    const marked = Object.values(audits).flatMap((a) => a.findings);
    expect(marked).toHaveLength(12);
    for (const f of marked) {
      expect(audited, `${f.period} ${f.cell}`).toContainEqual(expect.objectContaining({ period: f.period, cell: f.cell, printed: f.printed, computed: f.computed }));
    }
  });
});
