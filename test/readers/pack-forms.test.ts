/**
 * Quarters and years as council packs print them (`2017/18 Q1`, `Q1 17/18`,
 * `Apr-Jun 2017`, `FY2017/18`, `CY2017`), read by readTable and readPeriod
 * as the core's keys; cells that read as nothing told the forms, never one
 * example that reads as their translation, and under 'detect' the forms of
 * every frequency (new-user trial 3, B1).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportingPeriod, quarterLabel } from 'council-indicators';
import type { IndicatorIssue } from 'council-indicators';
import { readPeriod, readTable } from 'council-indicators/readers';
import { indicatorErrorOf } from '../helpers.js';

const issuesOf = (f: () => unknown): IndicatorIssue[] => [...indicatorErrorOf(f).issues];
const csv = (...periods: string[]) => `period,n\n${periods.map((p, i) => `${p},${i + 1}`).join('\n')}\n`;

describe('quarters as council packs print them', () => {
  it('reads the financial year first or last, with / or -, two or four digits, as the quarter of that year', () => {
    const cells = ['2017/18 Q1', '2017-18 Q2', 'FY2017/18 Q3', 'Q4 17/18', 'Q1 FY18/19', 'Quarter 2 2018/19'];
    for (const frequency of ['quarter', 'detect'] as const) {
      const t = readTable(csv(...cells), { frequency });
      expect([t.rows.map((r) => r.period), t.frequency]).toEqual([['2017-Q2', '2017-Q3', '2017-Q4', '2018-Q1', '2018-Q2', '2018-Q3'], 'quarter']);
    }
    // The third quarter of 2020-21 is October to December 2020, not the example's 2017-Q3.
    expect(readPeriod('2020/21 Q3', 'quarter')).toBe('2020-Q4');
  });

  it('reads every financial-year quarter written year first as its label says (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2098 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (start, q, slash) => {
        const fy = `${start}${slash ? '/' : '-'}${String((start + 1) % 100).padStart(2, '0')}`;
        const key = readPeriod(`${fy} Q${q}`, 'quarter');
        // The same quarter as the core's own form, and labelled back as written.
        expect(key).toBe(parseReportingPeriod(`Q${q} ${start}-${String((start + 1) % 100).padStart(2, '0')}`));
        expect(quarterLabel(key)).toBe(`Q${q} ${start}-${String((start + 1) % 100).padStart(2, '0')}`);
        expect(readPeriod(`Q${q} ${String(start % 100).padStart(2, '0')}/${String((start + 1) % 100).padStart(2, '0')}`, 'quarter')).toBe(key);
      }),
      { numRuns: 60 },
    );
  });

  it("reads a quarter written as its three months, and refuses a range that is no quarter, saying so", () => {
    expect(['Apr-Jun 2017', 'April to June 2017', 'Jul - Sep 2017', 'Oct-Dec 2017', 'Jan-Mar 2018'].map((t) => readPeriod(t, 'quarter'))).toEqual([
      '2017-Q2',
      '2017-Q2',
      '2017-Q3',
      '2017-Q4',
      '2018-Q1',
    ]);
    const [issue] = issuesOf(() => readTable(csv('Apr-Sep 2017'), { frequency: 'quarter' }));
    expect(issue!.message).toBe(
      'line 2, column period: "Apr-Sep 2017" is April to September, not the three months of one quarter (January to March, April to June, July to September or October to December): give one quarter, e.g. 2017-Q2 for April to June 2017',
    );
  });

  it('reads FY and CY years, and names the cell as written in a flaw', () => {
    expect(readPeriod('FY2017/18', 'financial-year')).toBe('2017-18');
    expect(readPeriod('FY 17-18', 'financial-year')).toBe('2017-18');
    expect(readPeriod('CY2020', 'calendar-year')).toBe('2020');
    expect(readTable(csv('FY2016/17', 'FY2017/18'), { frequency: 'detect' }).rows.map((r) => r.period)).toEqual(['2016-17', '2017-18']);
    expect(issuesOf(() => readTable(csv('2017-18 Q5'), { frequency: 'quarter' }))[0]!.message).toBe('line 2, column period: "2017-18 Q5" has no quarter 5: quarters run from 1 to 4');
    // A financial year whose years do not follow is the core's refusal, of the cell as written.
    expect(indicatorErrorOf(() => readPeriod('2017/19 Q1', 'quarter')).issues[0]!.message).toMatch(/^"2017\/19 Q1"/);
  });
});

describe('what a cell that reads as nothing is told', () => {
  it('gives the forms with e.g., never one example that reads as the cell rewritten', () => {
    const [quarter] = issuesOf(() => readTable(csv('17/18'), { frequency: 'quarter' }));
    expect(quarter!.message).toBe('line 2, column period: "17/18" is not a quarter: write the quarter as its key, e.g. 2017-Q2 for April to June 2017, or as reports print it, e.g. Q1 2017-18');
    expect(indicatorErrorOf(() => readPeriod('FY2018', 'financial-year')).issues[0]!.message).toBe(
      '"FY2018" is not a financial year: write the financial year as its key, e.g. 2017-18 for April 2017 to March 2018, or as 2017/18',
    );
  });

  it("with 'detect', names the quarter and year forms as well as the month's", () => {
    const [issue] = issuesOf(() => readTable(csv('17/18'), { frequency: 'detect' }));
    expect(issue!.code).toBe('bad-period');
    expect(issue!.message).toBe(
      `line 2, column period: "17/18" is not a period: the option frequency: 'detect' reads months (e.g. 2017-09 or Sep-17), quarters (as keys, e.g. 2017-Q2 for April to June 2017, or as reports print them, e.g. Q1 2017-18), financial years (e.g. 2017-18 or 2017/18) and calendar years (e.g. 2017): write the period in one of these forms`,
    );
    // A parser's own reason still comes first.
    expect(issuesOf(() => readTable(csv('2017-13'), { frequency: 'detect' }))[0]!.message).toBe(
      'line 2, column period: "2017-13" has no month 13: months run from 1 to 12; and "2017-13" is not a financial year: the second year must follow the first, e.g. "2017-18"',
    );
    expect(issuesOf(() => readTable(csv('2017-Q5'), { frequency: 'detect' }))[0]!.message).toBe('line 2, column period: "2017-Q5" has no quarter 5: quarters run from 1 to 4');
  });
});
