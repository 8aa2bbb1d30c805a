/**
 * readTable's option `frequency`: period cells read as quarters or years
 * (keys, and report forms through parseReportingPeriod), written as the
 * core's keys; `'detect'` reading the file's one frequency, never guessing;
 * `Q2 2017` refused as ambiguous; `readPeriod` reading one period alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator, quarterLabel } from 'council-indicators';
import type { IndicatorIssue } from 'council-indicators';
import { readPeriod, readRows, readTable } from 'council-indicators/readers';
import { indicatorErrorOf } from '../helpers.js';

const issuesOf = (f: () => unknown): IndicatorIssue[] => [...indicatorErrorOf(f).issues];
const csv = (...periods: string[]) => `period,n\n${periods.map((p, i) => `${p},${i + 1}`).join('\n')}\n`;
const periods = (text: string, options: Parameters<typeof readTable>[1]) => readTable(text, options).rows.map((r) => r.period);

describe('readTable with a frequency', () => {
  it('reads quarters written as keys or as reports print them, and writes the keys', () => {
    const t = readTable(csv('2016-Q4', 'Q4 2016-17', '2017Q2', 'Quarter 2 2017/18', '"q3 2017/2018"'), { frequency: 'quarter' });
    expect(t.rows.map((r) => r.period)).toEqual(['2016-Q4', '2017-Q1', '2017-Q2', '2017-Q3', '2017-Q4']);
    expect(t.frequency).toBe('quarter');
    expect(t.lines).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads financial years and calendar years (in JSON, the number 2017 too)', () => {
    expect(periods(csv('2014/15', '2015-16', '2016/2017', '2017-2018', '2007-08'), { frequency: 'financial-year' })).toEqual(['2014-15', '2015-16', '2016-17', '2017-18', '2007-08']);
    const t = readTable('[{ "period": "2016", "n": 1 }, { "period": 2017, "n": 2 }]', { format: 'json', frequency: 'calendar-year' });
    expect([t.rows.map((r) => r.period), t.frequency]).toEqual([['2016', '2017'], 'calendar-year']);
    // A JSON number is no month, and no year outside 1000 to 9999.
    expect(issuesOf(() => readTable('[{ "period": 201709 }]', { format: 'json' }))[0]!.message).toBe('line 1, column period: 201709 is not text: write the month as text, e.g. "2017-09"');
    expect(issuesOf(() => readTable('[{ "period": 17 }]', { format: 'json', frequency: 'calendar-year' }))[0]!.message).toBe(
      'line 1, column period: 17 is not a calendar year: write the calendar year as its four digits, e.g. 2017',
    );
  });

  it('keeps months the default, and names the option when a cell is a quarter or year', () => {
    const t = readTable(csv('Sep-17', '2017-10'));
    expect([t.rows.map((r) => r.period), t.frequency]).toEqual([['2017-09', '2017-10'], 'month']);
    expect(issuesOf(() => readTable(csv('2017-09', '2017-Q4')))).toEqual([
      {
        code: 'bad-period',
        path: 'rows[1].period',
        row: 1,
        field: 'period',
        line: 3,
        message: `line 3, column period: "2017-Q4" is a quarter, and the periods are read as months (the default): read quarters with the option frequency: 'quarter', or frequency: 'detect'`,
      },
    ]);
  });

  it('names each cell of another frequency at its line, with what to write and where a month falls', () => {
    const issues = issuesOf(() => readTable(csv('2017-Q1', '2017-05', '2017-18', 'Q5 2017-18', '', '2017-Q1'), { frequency: 'quarter', file: 'q.csv' }));
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['bad-period', 3],
      ['bad-period', 4],
      ['bad-period', 5],
      ['missing-period', 6],
      ['duplicate-period', 7],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      `q.csv line 3, column period: "2017-05" is a month, and the option frequency: 'quarter' reads quarters: write a quarter, e.g. 2017-Q3 or Q2 2017-18 (July to September 2017); 2017-05 falls in 2017-Q2`,
      `q.csv line 4, column period: "2017-18" is a financial year, and the option frequency: 'quarter' reads quarters: write a quarter, e.g. 2017-Q3 or Q2 2017-18 (July to September 2017)`,
      'q.csv line 5, column period: "Q5 2017-18" has no quarter 5: quarters run from 1 to 4',
      'q.csv line 6, column period: the row has no period: every row names its quarter',
      'q.csv line 7, column period: 2017-Q1 is also the quarter of q.csv line 2: give each quarter one row',
    ]);
  });

  it('names a quarter written twice in two forms with both', () => {
    const [issue] = issuesOf(() => readTable(csv('2017-Q2', ' Q1 2017-18 '), { frequency: 'quarter' }));
    expect(issue!.message).toBe('line 3, column period: " Q1 2017-18 " (2017-Q2) is also the quarter of line 2: give each quarter one row');
    expect(issue!.period).toBe('2017-Q2');
  });

  it('keeps one issue when every period cell (three or more) is refused alike', () => {
    const issues = issuesOf(() => readTable(csv('2017-04', '2017-05', '2017-06', '2017-07'), { frequency: 'financial-year' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe(
      `line 2, column period: all 4 period cells, lines 2 to 5, are written alike and none is read; the first: "2017-04" is a month, and the option frequency: 'financial-year' reads financial years: write a financial year, e.g. 2017-18 or 2017/18; 2017-04 falls in 2017-18`,
    );
  });

  it('refuses Q2 2017 in a data cell, at any frequency, naming both readings and the forms that say which', () => {
    for (const frequency of ['quarter', 'detect', 'month'] as const) {
      // With months, 2017-Q1 at line 2 is refused too.
      const issue = issuesOf(() => readTable(csv('2017-Q1', 'Q2 2017'), { frequency })).find((i) => i.line === 3);
      expect(issue!.code).toBe('bad-period');
      expect(issue!.line).toBe(3);
      expect(issue!.message).toBe(
        'line 3, column period: "Q2 2017" is ambiguous, and is never guessed: it is the calendar quarter April to June 2017 (2017-Q2), ' +
          'and many UK councils mean by it the second quarter of the financial year 2017-18, July to September 2017 (2017-Q3): ' +
          'write 2017-Q2 or Q1 2017-18 for April to June 2017, 2017-Q3 or Q2 2017-18 for July to September 2017',
      );
    }
    expect(issuesOf(() => readTable(csv('Quarter 4 2017'), { frequency: 'quarter' }))[0]!.message).toContain(
      'it is the calendar quarter October to December 2017 (2017-Q4), and many UK councils mean by it the fourth quarter of the financial year 2017-18, January to March 2018 (2018-Q1)',
    );
  });

  it('refuses Quarter two 2017 too, and gives a quarter 5 its own reason', () => {
    expect(issuesOf(() => readTable(csv('Quarter two 2017'), { frequency: 'quarter' }))[0]!.message).toContain('"Quarter two 2017" is ambiguous');
    expect(issuesOf(() => readTable(csv('Q5 2017'), { frequency: 'quarter' }))[0]!.message).toBe('line 2, column period: "Q5 2017" has no quarter 5: quarters run from 1 to 4');
  });

  it('refuses an unknown frequency', () => {
    const e = indicatorErrorOf(() => readTable(csv('2017'), { frequency: 'year' as never }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['bad-choice', 'frequency']]);
  });

  it('gives computeIndicator quarterly rows it computes as from keys', () => {
    const spec = { id: 'n', title: 'N', measure: { type: 'count' }, numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'rolling', months: 6 }, polarity: 'neutral' } as const;
    const rows = readRows(csv('Q1 2017-18', 'Q2 2017-18', 'Q3 2017-18'), { frequency: 'quarter' });
    const result = computeIndicator(spec as never, rows);
    expect(result.frequency).toBe('quarter');
    expect(result.periods.map((p) => [p.period, p.value])).toEqual([
      ['2017-Q2', null],
      ['2017-Q3', 3],
      ['2017-Q4', 5],
    ]);
  });
});

describe("readTable with frequency: 'detect'", () => {
  it('reads the one frequency every cell reads as, and says which', () => {
    expect(readTable(csv('Sep-17', '2017-10'), { frequency: 'detect' }).frequency).toBe('month');
    expect(readTable(csv('Q1 2017-18', '2017-Q3'), { frequency: 'detect' }).frequency).toBe('quarter');
    const fy = readTable(csv('2016/17', '2017-18'), { frequency: 'detect' });
    expect([fy.frequency, fy.rows.map((r) => r.period)]).toEqual(['financial-year', ['2016-17', '2017-18']]);
    expect(readTable('{"period":"2016"}\n{"period":2017}\n', { format: 'jsonl', frequency: 'detect' }).frequency).toBe('calendar-year');
    expect(readTable('period,n\n', { frequency: 'detect' }).frequency).toBe('month');
  });

  it('lets one cell decide keys that read two ways (2007-08), late or early', () => {
    const asMonths = readTable(csv('2007-08', '2007-09'), { frequency: 'detect' });
    expect([asMonths.frequency, asMonths.rows.map((r) => r.period)]).toEqual(['month', ['2007-08', '2007-09']]);
    const asYears = readTable(csv('2007-08', '2008-09', '2012-13'), { frequency: 'detect' });
    expect([asYears.frequency, asYears.rows.map((r) => r.period)]).toEqual(['financial-year', ['2007-08', '2008-09', '2012-13']]);
    expect(readTable(csv('2012/13', '2007/08'), { frequency: 'detect' }).frequency).toBe('financial-year');
  });

  it('never guesses when every cell reads two ways: one issue, naming the option that decides', () => {
    expect(issuesOf(() => readTable(csv('2007-08'), { frequency: 'detect', file: 'a.csv' }))).toEqual([
      {
        code: 'bad-period',
        path: 'rows[0].period',
        row: 0,
        field: 'period',
        line: 2,
        file: 'a.csv',
        message: `a.csv line 2, column period: "2007-08" reads two ways, August 2007 or the financial year 2007-08 (April 2007 to March 2008), and no other period cell decides: say which with the option frequency ('month' or 'financial-year')`,
      },
    ]);
    const [many, ...rest] = issuesOf(() => readTable(csv('2007-08', '2008-09', '2009-10'), { frequency: 'detect' }));
    expect(rest).toEqual([]);
    expect(many!.message).toContain('and so do all 3 period cells (lines 2 to 4), so none decides');
    // JSON rows on one line: still one issue.
    expect(issuesOf(() => readTable('[{"period":"2007-08"},{"period":"2008-09"}]', { format: 'json', frequency: 'detect' }))).toHaveLength(1);
    // The option decides.
    expect(readTable(csv('2007-08'), { frequency: 'financial-year' }).rows[0]!.period).toBe('2007-08');
    expect(readTable(csv('2007-08'), { frequency: 'month' }).frequency).toBe('month');
  });

  it('names every cell unlike most of the file mixed-frequency, with the file\'s other problems', () => {
    const issues = issuesOf(() => readTable(csv('2017-Q1', '2017-Q2', '2017-07', '2017', '2017-Q5', '2017-Q2'), { frequency: 'detect' }));
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['mixed-frequency', 4],
      ['mixed-frequency', 5],
      ['bad-period', 6],
      ['duplicate-period', 7],
    ]);
    expect(issues[0]!.message).toBe(
      `line 4, column period: "2017-07" is a month, and the other rows are quarters (the first: "2017-Q1", line 2): a table holds rows of one frequency: put months and quarters in separate files; monthly rows can be reported quarterly or yearly with computeIndicator's option every`,
    );
    expect(issues[1]!.message).toBe(
      `line 5, column period: "2017" is a calendar year, and the other rows are quarters (the first: "2017-Q1", line 2): a table holds rows of one frequency: put calendar years and quarters in separate files`,
    );
  });

  it('reads months as the default does: the same rows, the same issues', () => {
    const month = fc.integer({ min: 2012, max: 2030 }).chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, '0')}`));
    const cell = fc.oneof(month, fc.constantFrom('Sep-17', '2017-13', '01/04/2016', 'x', ''));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
        const text = csv(...cells);
        const run = (o: Parameters<typeof readTable>[1]) => {
          try {
            return readTable(text, o).rows;
          } catch (e) {
            return issuesOf(() => {
              throw e;
            }).map((i) => [i.code, i.line]);
          }
        };
        expect(run({ frequency: 'detect' })).toEqual(run({}));
      }),
      { numRuns: 60 },
    );
  });
});

describe('readPeriod', () => {
  it('reads one period as readTable reads a period cell of that frequency', () => {
    expect(readPeriod('Q1 2017-18', 'quarter')).toBe('2017-Q2');
    expect(readPeriod(' 2017/18 ', 'financial-year')).toBe('2017-18');
    expect(readPeriod('September 2017', 'month')).toBe('2017-09');
    expect(readPeriod('2017', 'calendar-year')).toBe('2017');
    fc.assert(
      // From 1001: 1000-Q1 (January to March 1000) is labelled Q4 999-00, a financial year before the first supported.
      fc.property(fc.integer({ min: 1001, max: 9998 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const key = `${year}-Q${q}`;
        expect(readPeriod(quarterLabel(key), 'quarter')).toBe(key);
        expect(readTable(csv(quarterLabel(key)), { frequency: 'quarter' }).rows[0]!.period).toBe(key);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a period of another frequency, and Q2 2017, as INVALID_OPTIONS', () => {
    const e = indicatorErrorOf(() => readPeriod('2017-09', 'quarter'));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([
      {
        code: 'bad-period',
        path: 'text',
        message: '"2017-09" is a month, and a quarter is asked for: write a quarter, e.g. 2017-Q3 or Q2 2017-18 (July to September 2017); 2017-09 falls in 2017-Q3',
      },
    ]);
    expect(indicatorErrorOf(() => readPeriod('Q3 2017', 'quarter')).issues[0]!.message).toContain('"Q3 2017" is ambiguous');
    expect(indicatorErrorOf(() => readPeriod('2017-13', 'month')).issues[0]!.message).toMatch(/^"2017-13" has no month 13/);
    expect(indicatorErrorOf(() => readPeriod('2017', 'weekly' as never)).issues[0]!.code).toBe('bad-choice');
  });
});
