/**
 * The six pages of Peterborough's September 2017 children in care report
 * (shared/reference/peterborough-cic-performance-report-2017-09.txt, pages
 * 24, 25, 26, 28, 30 and 39, with the September arrows of its contents
 * page) audited from their own printed inputs: every publisher error that
 * `npm run example` and test/golden/peterborough.test.ts mark comes out of
 * `auditTable` with its reason, and nothing else. The CSV and spec JSON
 * files under examples/reference/ give the same findings.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { auditTable, printedTableRows } from 'council-indicators/audit';
import type { AuditFinding, AuditResult } from 'council-indicators/audit';
import { tables } from '../../examples/reference/audit-tables.js';

const EXPECTED: Record<string, AuditResult> = {
  // Page 24: September's target cell was left blank, so the spreadsheet
  // divided by an empty cell (#DIV/0!); the contents page gives the target
  // as 74.0, against which the variance is 5.6%. The contents page's arrow
  // for September is a fall, but the rate is 78.2 in August and September.
  'cic-per-10k': {
    findings: [
      { period: '2017-09', cell: 'target', printed: '', computed: '74.0', reason: 'variance-of-blank-target' },
      { period: '2017-09', cell: 'variance', printed: '#DIV/0!', computed: '5.6%', reason: 'variance-of-blank-target' },
      { period: '2017-09', cell: 'direction', printed: '↓', computed: '→', reason: 'arrow-contradicts-values' },
    ],
    bands: [],
  },
  // Page 24's RAG, on the count of children: September's cell was left
  // blank, where 373 > 365 is red (the contents page rates it R). "A >351"
  // as printed leaves 351 without a colour; no month printed 351.
  'cic-count-rag': {
    findings: [{ period: '2017-09', cell: 'rag', printed: '', computed: 'R', reason: 'rating-contradicts-bands' }],
    bands: [{ code: 'band-gap', path: 'rag.bands', message: 'bands leave 350 < x <= 351 uncovered (the displayed value 351 at 0 decimal places)' }],
  },
  // Page 25: April 2016 to March 2017 add up to 199, not the printed 198
  // (April 2017's printed 207 = 199 - 9 + 17 follows from 199); the rate and
  // variance were printed from 198. September fell from 44.4 to 42.3, shown
  // as a rise on the contents page.
  'admissions-per-10k': {
    findings: [
      { period: '2017-03', cell: 'numerator', printed: '198', computed: '199', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'value', printed: '41.5', computed: '41.7', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'variance', printed: '9.2%', computed: '9.8%', reason: 'window-total-does-not-add-up' },
      { period: '2017-09', cell: 'direction', printed: '↑', computed: '↓', reason: 'arrow-contradicts-values' },
    ],
    bands: [],
  },
  // Page 26: March 2017's rows add up to 202, not 193; July 2017's to 204
  // (205 - 12 + 11), not 201 (April's total repeated).
  'ceased-per-10k': {
    findings: [
      { period: '2017-03', cell: 'numerator', printed: '193', computed: '202', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'value', printed: '40.4', computed: '42.3', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'variance', printed: '6.4%', computed: '11.4%', reason: 'window-total-does-not-add-up' },
      { period: '2017-07', cell: 'numerator', printed: '201', computed: '204', reason: 'window-total-does-not-add-up' },
      { period: '2017-07', cell: 'value', printed: '42.1', computed: '42.8', reason: 'window-total-does-not-add-up' },
      { period: '2017-07', cell: 'variance', printed: '10.9%', computed: '12.5%', reason: 'window-total-does-not-add-up' },
    ],
    bands: [],
  },
  // Page 28: everything reproduced; at one decimal the printed bands leave no gap.
  'three-or-more-placements': { findings: [], bands: [] },
  // Page 30: "G = 100%, A > 98%, R < 98%" leaves 98.0% without a colour (no
  // month printed it). 99.2% in August and September, shown as a rise.
  'reviews-in-time': {
    findings: [{ period: '2017-09', cell: 'direction', printed: '↑', computed: '→', reason: 'arrow-contradicts-values' }],
    bands: [{ code: 'band-gap', path: 'rag[0].rag.bands', message: 'bands leave x = 98 uncovered (the displayed value 98.0 at 1 decimal place)' }],
  },
  // Page 39: "G = >98%, A=95%-97%, R < 95%" leaves 97.1% to 98.0% without a
  // colour, and May 2017's 97.2% was printed amber. 100.0% in August and
  // September, shown as a rise.
  'personal-education-plans': {
    findings: [
      { period: '2017-05', cell: 'rag', printed: 'A', computed: null, reason: 'rating-in-band-gap' },
      { period: '2017-09', cell: 'direction', printed: '↑', computed: '→', reason: 'arrow-contradicts-values' },
    ],
    bands: [{ code: 'band-gap', path: 'rag[0].rag.bands', message: 'bands leave 97 < x <= 98 uncovered (displayed values 97.1 to 98.0 at 1 decimal place)' }],
  },
};

function fromFiles(name: string): AuditResult {
  const dir = new URL('../../examples/reference/', import.meta.url);
  const spec = JSON.parse(readFileSync(new URL(`${name}.spec.json`, dir), 'utf8')) as object;
  const records = parse(readFileSync(new URL(`${name}.csv`, dir), 'utf8'), { columns: true }) as Record<string, string>[];
  return auditTable(spec as never, printedTableRows(records));
}

describe('the Peterborough pages, audited', () => {
  it('has one expected result per table', () => {
    expect(tables.map((t) => t.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const t of tables) {
    describe(t.name, () => {
      it('finds every publisher error, with its reason, and nothing else', () => {
        expect(auditTable(t.spec, t.rows)).toEqual(EXPECTED[t.name]);
      });

      it('gives the same findings from the CSV and spec JSON files the CLI reads', () => {
        expect(fromFiles(t.name)).toEqual(EXPECTED[t.name]);
      });
    });
  }

  it('keeps the CSV files in step with the transcribed pages', () => {
    for (const t of tables) {
      const records = parse(readFileSync(new URL(`../../examples/reference/${t.name}.csv`, import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[];
      const asText = t.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'printed' ? v : String(v)])));
      expect(printedTableRows(records), t.name).toEqual(asText);
    }
  });

  it('checks the early months of a rolling page from their printed totals: a wrong printed rate there is found', () => {
    const admissions = tables.find((t) => t.name === 'admissions-per-10k')!;
    const rows = admissions.rows.map((r) => (r.period === '2016-06' ? { ...r, printed: { ...r.printed, value: '45.9' } } : r));
    const found: AuditFinding[] = auditTable(admissions.spec, rows).findings;
    // 218 / 47,715 x 10,000 = 45.688...: the page printed 45.7.
    expect(found[0]).toEqual({ period: '2016-06', cell: 'value', printed: '45.9', computed: '45.7', reason: 'value-does-not-follow-from-inputs' });
  });
});
