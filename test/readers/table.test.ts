/**
 * readTable and readRows: CSV, JSON and JSON Lines to monthly rows, every
 * problem at once with its line and column, numbers read exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from 'council-indicators';
import type { IndicatorIssue } from 'council-indicators';
import { readRows, readTable } from 'council-indicators/readers';
import { indicatorErrorOf } from '../helpers.js';

const issuesOf = (f: () => unknown): IndicatorIssue[] => [...indicatorErrorOf(f).issues];
const brief = (f: () => unknown) => issuesOf(f).map((i) => [i.code, i.line, i.field]);

describe('readTable: CSV', () => {
  it('reads periods with parsePeriod, figures as numbers, empty cells as null, with the line of each row', () => {
    const t = readTable('period,admissions,population\r\nSep-17,12,47715\r\n2017-10-01, 12.5 ,-3\r\n2017-11,,0\r\n');
    expect(t.rows).toEqual([
      { period: '2017-09', admissions: 12, population: 47715 },
      { period: '2017-10', admissions: 12.5, population: -3 },
      { period: '2017-11', admissions: null, population: 0 },
    ]);
    expect(t.lines).toEqual([2, 3, 4]);
    expect(t.columns).toEqual(['period', 'admissions', 'population']);
  });

  it('an empty cell is null, never 0: computeIndicator reports the month as missing data', () => {
    const rows = readRows('period,n\n2017-09,\n');
    expect(rows[0]!.n).toBeNull();
    const result = computeIndicator({ id: 'n', title: 'N', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral' }, rows);
    expect(result.periods[0]!.status).toBe('missing-data');
  });

  it('drops a byte-order mark, skips blank lines, and counts lines through quoted line breaks and any line ending', () => {
    const t = readTable('\uFEFFperiod,note,n\n\n2017-09,"two\r\nlines",1\r\n\r\n2017-10,"x",2\r2017-11,"",3', { textColumns: ['note'] });
    expect(t.rows.map((r) => r.period)).toEqual(['2017-09', '2017-10', '2017-11']);
    expect(t.lines).toEqual([3, 6, 7]);
    expect(t.rows[0]!.note).toBe('two\nlines');
  });

  it('reports every problem at once, with the line and the column, in line order', () => {
    const e = indicatorErrorOf(() => readTable('period,admissions,ceased\n2017-09,1O,2\n2017-13,3,\n2017-11,1e3,Infinity\n2017-12,1,2,3\n2017-09,0x10,12abc\n'));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => [i.code, i.line, i.field, i.row])).toEqual([
      ['not-a-number', 2, 'admissions', 0],
      ['bad-period', 3, 'period', 1],
      ['not-a-number', 4, 'admissions', 2],
      ['not-a-number', 4, 'ceased', 2],
      ['column-count', 5, undefined, undefined],
      ['duplicate-period', 6, 'period', 3],
      ['not-a-number', 6, 'admissions', 3],
      ['not-a-number', 6, 'ceased', 3],
    ]);
    expect(e.issues[0]!.message).toBe('line 2, column admissions: "1O" is not a number');
    expect(e.issues[0]!.path).toBe('rows[0].admissions');
    expect(e.issues[2]!.message).toBe('line 4, column admissions: "1e3" is not a number: write the number out in full, without an exponent');
    expect(e.issues[4]!.message).toBe('line 5: has 4 cells and the header has 3: every line needs one cell per column (quote a cell that contains ",")');
    expect(e.issues[5]!.message).toBe('line 6, column period: 2017-09 is also the month of line 2: give each month one row');
  });

  it('names the file in every issue when given one', () => {
    const [issue] = issuesOf(() => readRows('period,n\n2017-09,x\n', { file: 'data.csv' }));
    expect(issue).toMatchObject({ file: 'data.csv', line: 2, message: 'data.csv line 2, column n: "x" is not a number' });
  });

  it.each([['1e400'], ['0x10'], ['Infinity'], ['-Infinity'], ['NaN'], ['12abc'], ['+12'], ['.5'], ['5.'], ['1 2'], ['--1'], ['١٢']])('refuses %j as a number', (cell) => {
    expect(brief(() => readRows(`period,n\n2017-09,"${cell}"\n`))).toEqual([['not-a-number', 2, 'n']]);
  });

  it('refuses 1,234 and 12% unless an option says how to read them', () => {
    expect(issuesOf(() => readRows('period,n\n2017-09,"1,234"\n'))[0]!.message).toBe(
      'line 2, column n: "1,234" has a comma: if it separates thousands, read it with the option thousands: true; or write the number without commas',
    );
    expect(issuesOf(() => readRows('period,n\n2017-09,12%\n'))[0]!.message).toBe(
      "line 2, column n: \"12%\" has a percent sign: remove it, or read 12% as the number 12 with the option percent: 'number'",
    );
    expect(readRows('period,n,m\n2017-09,"1,234,567.5", 12.5 %\n', { thousands: true, percent: 'number' })).toEqual([{ period: '2017-09', n: 1234567.5, m: 12.5 }]);
    expect(brief(() => readRows('period,n\n2017-09,"12,34"\n', { thousands: true }))).toEqual([['not-a-number', 2, 'n']]);
  });

  it('reads with another delimiter and period column', () => {
    expect(readRows('month\tn\nSep 2017\t4\n', { delimiter: '\t', periodColumn: 'month' })).toEqual([{ period: '2017-09', n: 4 }]);
  });

  it('refuses a number a JavaScript number cannot hold exactly', () => {
    const [issue] = issuesOf(() => readRows('period,n\n2017-09,9007199254740993\n'));
    expect(issue!.code).toBe('inexact-number');
    expect(issue!.message).toBe(
      'line 2, column n: "9007199254740993" has more significant digits than a JavaScript number holds exactly (it would be read as 9007199254740992): round it to at most 15 significant digits',
    );
    expect(brief(() => readRows('period,n\n2017-09,0.12345678901234567\n'))).toEqual([['inexact-number', 2, 'n']]);
    // 2^53 and 1e-21 are exact: the core, not the reader, says they are too large or too small.
    expect(readRows('period,n,m\n2017-09,9007199254740992,0.000000000000000000001\n')).toEqual([{ period: '2017-09', n: 2 ** 53, m: 1e-21 }]);
    expect(Object.is(readRows('period,n\n2017-09,-0\n')[0]!.n, 0)).toBe(true);
  });

  it('reads every decimal a number holds exactly as that number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        // x's shortest decimal form, when it has no exponent (|x| from 1e-7 up), padded with zeros.
        const text = String(x);
        fc.pre(!text.includes('e'));
        const padded = text.includes('.') ? `${text}000` : `00${text.replace('-', '')}`.replace(/^/, x < 0 ? '-' : '');
        expect(readRows(`period,n\n2017-09,${text}\n`)[0]!.n).toBe(x === 0 ? 0 : x);
        expect(readRows(`period,n\n2017-09,${padded}\n`)[0]!.n).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 200 },
    );
  });

  it('checks the header: present, names unique and non-empty, no __proto__, the period column there', () => {
    expect(brief(() => readRows(''))).toEqual([['missing-key', 1, undefined]]);
    expect(brief(() => readRows('period,n,,n,__proto__\n'))).toEqual([
      ['missing-key', 1, undefined],
      ['duplicate-column', 1, 'n'],
      ['forbidden-key', 1, '__proto__'],
    ]);
    expect(issuesOf(() => readRows('month,n\n2017-09,1\n'))[0]!.message).toBe(
      'line 1: the header has no column "period"; its columns are month, n: name the month\'s column period, or say which it is with the option periodColumn',
    );
  });

  it('reports malformed CSV with its line', () => {
    expect(issuesOf(() => readRows('period,n\n2017-09,1\n2017-10,"2\n'))[0]).toMatchObject({ code: 'bad-csv', line: 3 });
    expect(issuesOf(() => readRows('period,n\n\n2017-09,1"2"\n'))[0]).toMatchObject({ code: 'bad-csv', line: 3 });
  });

  it('a row with no period, or all cells empty, is an error', () => {
    expect(brief(() => readRows('period,n\n,1\n,,\n'))).toEqual([
      ['missing-period', 2, 'period'],
      ['column-count', 3, undefined],
    ]);
  });

  it('checks its options', () => {
    expect(indicatorErrorOf(() => readRows('period\n', { format: 'xml' } as never)).code).toBe('INVALID_OPTIONS');
    expect(brief(() => readRows('period\n', { delimter: ';' } as never))).toEqual([['unknown-key', undefined, undefined]]);
    expect(brief(() => readRows('period\n', { delimiter: ';;' }))).toEqual([['bad-option', undefined, undefined]]);
  });
});

describe('readTable: JSON and JSON Lines', () => {
  it('JSON: an array of objects; numbers as they are, strings read as CSV cells are, lines of each element', () => {
    const t = readTable('[\n  { "period": "Sep-17", "a": 12, "b": "12.5" },\n  {\n    "period": "2017-10", "a": null, "b": "", "c": 1 }\n]', { format: 'json' });
    expect(t.rows).toEqual([
      { period: '2017-09', a: 12, b: 12.5 },
      { period: '2017-10', a: null, b: null, c: 1 },
    ]);
    expect(t.lines).toEqual([2, 3]);
    expect(t.columns).toEqual(['period', 'a', 'b', 'c']);
  });

  it('JSON: reports what is not a row, a value that is not a figure, a __proto__ key, Infinity', () => {
    const e = indicatorErrorOf(() => readTable('[{ "period": "2017-09", "a": true },\n7,\n{ "period": "2017-10", "__proto__": 1, "b": 1e400 }]', { format: 'json' }));
    expect(e.issues.map((i) => [i.code, i.line, i.field])).toEqual([
      ['not-a-number', 1, 'a'],
      ['not-an-object', 2, undefined],
      ['forbidden-key', 3, '__proto__'],
      ['not-finite', 3, 'b'],
    ]);
    expect(brief(() => readRows('{"period": "2017-09"}', { format: 'json' }))).toEqual([['not-an-array', 1, undefined]]);
    expect(brief(() => readRows('[\n{"period": "2017-09",}\n]', { format: 'json' }))).toEqual([['bad-json', 2, undefined]]);
  });

  it('JSON Lines: one object a line, blank lines allowed, every bad line reported', () => {
    const t = readTable('{"period":"2017-09","n":1}\n\n{"period":"2017-10","n":"2"}\n', { format: 'jsonl' });
    expect(t.rows).toEqual([
      { period: '2017-09', n: 1 },
      { period: '2017-10', n: 2 },
    ]);
    expect(t.lines).toEqual([1, 3]);
    expect(brief(() => readRows('{"period":"2017-09","n":1}\n{oops\n[1]\n{"period":201709}\n', { format: 'jsonl' }))).toEqual([
      ['bad-json', 2, undefined],
      ['not-an-object', 3, undefined],
      ['bad-period', 4, 'period'],
    ]);
  });

  it('the same table read from CSV, JSON and JSON Lines gives the same rows', () => {
    const csv = readRows('period,a,b\n2017-09,1,\n2017-10,2.5,3\n');
    const json = readRows('[{"period":"2017-09","a":1,"b":null},{"period":"2017-10","a":"2.5","b":3}]', { format: 'json' });
    const jsonl = readRows('{"period":"2017-09","a":"1","b":""}\n{"period":"2017-10","a":2.5,"b":"3"}', { format: 'jsonl' });
    expect(json).toEqual(csv);
    expect(jsonl).toEqual(csv);
  });
});

describe('textColumns as a test of the column name', () => {
  it('keeps every column the test accepts as text, and reads the rest as figures', () => {
    const table = readTable('period,n,printed_value,printed_rag\n2017-09,12,6.2%,A\n', { textColumns: (c) => c.startsWith('printed_') });
    expect(table.rows).toEqual([{ period: '2017-09', n: 12, printed_value: '6.2%', printed_rag: 'A' }]);
  });

  it('is still checked: anything but a list of names or a function is an option error', () => {
    expect(() => readTable('period\n2017-09\n', { textColumns: 'printed_value' as never })).toThrow(/textColumns must be a list of column names, or a function/);
  });
});
