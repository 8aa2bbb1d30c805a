/**
 * The readers' answers to a new user's trial (notes: A3, A7, B1, B3, B8, C5):
 * JSON keys written twice, ambiguous `1.234` in `;` files, a header in the
 * wrong delimiter, a period column that fails alike on every row,
 * placeholder cells, header names equal once trimmed.
 */
import { isIndicatorError } from 'council-indicators';
import type { IndicatorIssue } from 'council-indicators';
import { jsonDuplicateKeys, readRows, readTable } from 'council-indicators/readers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function issuesOf(f: () => unknown): IndicatorIssue[] {
  try {
    f();
  } catch (e) {
    if (isIndicatorError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('expected an IndicatorError');
}

describe('jsonDuplicateKeys', () => {
  it('finds a key written twice, with both lines and columns, and the object it is in', () => {
    const text = '{\n  "id": "a",\n  "window": { "type": "rolling", "months": 12 },\n  "target": 38,\n  "window": { "type": "period" }\n}';
    expect(jsonDuplicateKeys(text)).toEqual([{ key: 'window', object: [], first: { line: 3, column: 3 }, again: { line: 5, column: 3 } }]);
  });

  it('decodes escapes, so "\\u0061" and "a" are one key, and reads keys in nested objects and arrays', () => {
    const text = '{"rag":{"bands":[{"min":1},{"max":2,"m\\u0061x":3}]}}';
    const [d] = jsonDuplicateKeys(text);
    expect(d).toMatchObject({ key: 'max', object: ['rag', 'bands', 1] });
    expect(d!.first.column).toBe(text.indexOf('"max"') + 1);
    expect(d!.again.column).toBe(text.indexOf('"m\\u0061x"') + 1);
  });

  it('is not misled by braces, quotes, colons and commas inside strings, nor by one key in two objects', () => {
    expect(jsonDuplicateKeys('{"a":"{\\"a\\":1, \\"a\\":2}","b":{"a":1},"c":[{"a":1},{"a":2}]}')).toEqual([]);
    const text = '[1, "x", {"k": [], "k": {}}]';
    expect(jsonDuplicateKeys(text)).toEqual([{ key: 'k', object: [2], first: { line: 1, column: 11 }, again: { line: 1, column: 20 } }]);
    expect(text.indexOf('"k"')).toBe(10);
    expect(jsonDuplicateKeys('"just a string"')).toEqual([]);
  });

  it('agrees with the entries an object was written from (property)', () => {
    const key = fc.constantFrom('a', 'b', 'é', 'q"q', 'back\\slash', '');
    const entries = fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 }), fc.boolean()), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(entries, { minLength: 1, maxLength: 3 }), (objects) => {
        // Each key written plainly or with every character escaped as \uXXXX.
        const write = (k: string, escape: boolean) => (escape ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(k));
        const text = `[\n${objects.map((o) => `{ ${o.map(([k, v, esc]) => `${write(k, esc)}: ${JSON.stringify(v)}`).join(',\n  ')} }`).join(',\n')}\n]`;
        JSON.parse(text); // well-formed
        const expected: { key: string; object: number[] }[] = [];
        objects.forEach((o, i) => {
          const seen = new Set<string>();
          for (const [k] of o) {
            if (seen.has(k)) expected.push({ key: k, object: [i] });
            seen.add(k);
          }
        });
        expect(jsonDuplicateKeys(text).map(({ key, object }) => ({ key, object }))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('readTable: JSON keys written twice (A3)', () => {
  it('refuses a row with a key twice, which JSON.parse would read as the last, naming the line, the column and both places', () => {
    const [issue, ...rest] = issuesOf(() => readTable('[{"period":"2017-09","cic":5,"placements3":1,"cic":7}]', { format: 'json', file: 'data.json' }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'duplicate-column', file: 'data.json', line: 1, row: 0, field: 'cic', path: 'rows[0].cic' });
    expect(issue!.message).toBe('data.json line 1, column cic: key "cic" appears twice in this row (line 1 column 22 and line 1 column 46): keep one');
  });

  it('gives the file line of a later row, and of a key deeper down (bad-json)', () => {
    const text = '[\n  {"period": "2017-08", "cic": 5},\n  {"period": "2017-09",\n   "cic": 5,\n   "cic": 7},\n  {"period": "2017-10", "note": {"x": 1, "x": 2}}\n]';
    const issues = issuesOf(() => readTable(text, { format: 'json', textColumns: ['note'] }));
    expect(issues.map((i) => [i.code, i.line, i.row])).toEqual([
      ['duplicate-column', 5, 1],
      ['bad-json', 6, undefined],
    ]);
    expect(issues[0]!.message).toContain('(line 4 column 4 and line 5 column 4)');
  });

  it('refuses a key twice in a line of JSON Lines, at that line', () => {
    const text = '{"period":"2017-08","cic":5}\n\n{"period":"2017-09","cic":5,"cic":6}\n';
    const [issue] = issuesOf(() => readTable(text, { format: 'jsonl' }));
    expect(issue).toMatchObject({ code: 'duplicate-column', line: 3, row: 1, field: 'cic' });
    expect(issue!.message).toBe('line 3, column cic: key "cic" appears twice in this row (line 3 column 21 and line 3 column 29): keep one');
  });

  it('still reads JSON without repeated keys as before', () => {
    expect(readRows('[{"period":"2017-09","a":1,"b":{"a":2}}]', { format: 'json', textColumns: ['b'] })).toEqual([{ period: '2017-09', a: 1, b: { a: 2 } }]);
  });
});

describe('readTable: "1.234" in a file separated by ";" (A7)', () => {
  it('refuses 1.234 and 12.345.678 as ambiguous, naming both readings and the option', () => {
    const issues = issuesOf(() => readRows('period;a;b\n2017-09;1.234;-12.345.678\n', { delimiter: ';' }));
    expect(issues.map((i) => i.code)).toEqual(['not-a-number', 'not-a-number']);
    expect(issues[0]!.message).toBe(
      'line 2, column a: "1.234" is ambiguous in a file separated by ";": it is 1.234 if "." is the decimal point, and 1234 if "." groups thousands (as in much of Europe): ' +
        "say which with the option decimal: '.' (1.234) or the option decimal: ',' (1234; \",\" is then the decimal point)",
    );
    expect(issues[1]!.message).toContain('it is -12.345.678 if');
  });

  it('reads 12.5, 0.234 and 1.2345 in a ";" file as written: they cannot be thousands', () => {
    expect(readRows('period;a;b;c\n2017-09;12.5;0.234;1.2345\n', { delimiter: ';' })).toEqual([{ period: '2017-09', a: 12.5, b: 0.234, c: 1.2345 }]);
  });

  it("reads 1.234 as 1.234 with decimal: '.', or with thousands: true (commas group, so the dot is a point), and in a comma-separated file", () => {
    expect(readRows('period;a\n2017-09;1.234\n', { delimiter: ';', decimal: '.' })).toEqual([{ period: '2017-09', a: 1.234 }]);
    expect(readRows('period;a\n2017-09;1.234\n', { delimiter: ';', thousands: true })).toEqual([{ period: '2017-09', a: 1.234 }]);
    expect(readRows('period,a\n2017-09,1.234\n')).toEqual([{ period: '2017-09', a: 1.234 }]);
  });

  it("reads European figures with decimal: ',': 1.234 is 1234, 12,5 is 12.5, 1.234.567,25 is 1234567.25", () => {
    expect(readRows('period;a;b;c;d\n2017-09;1.234;12,5;1.234.567,25;7\n', { delimiter: ';', decimal: ',' })).toEqual([
      { period: '2017-09', a: 1234, b: 12.5, c: 1234567.25, d: 7 },
    ]);
    const [issue] = issuesOf(() => readRows('period;a\n2017-09;12.5\n', { delimiter: ';', decimal: ',' }));
    expect(issue!.message).toContain("\"12.5\" is not a number as the option decimal: ',' reads them");
  });

  it('says how to read a decimal comma when none is given, and refuses decimal with thousands', () => {
    const [issue] = issuesOf(() => readRows('period;a\n2017-09;12,5\n', { delimiter: ';' }));
    expect(issue!.message).toContain("if the file writes decimals with a comma (12,5), read it with the option decimal: ','");
    const bad = issuesOf(() => readRows('period\n', { decimal: ',', thousands: true }));
    expect(bad.map((i) => [i.code, i.path])).toEqual([['bad-option', 'decimal']]);
    expect(issuesOf(() => readRows('period\n', { decimal: 'comma' as never })).map((i) => i.code)).toEqual(['bad-choice']);
  });
});

describe('readTable: a header in another delimiter (B1)', () => {
  it.each([
    [';', 'period;admissions;cic', '";"', "delimiter: ';'"],
    ['\t', 'period\tadmissions', 'tabs', "delimiter: '\\t'"],
    ['|', 'period|admissions', '"|"', "delimiter: '|'"],
  ])('a header of one column containing %j says the file looks separated by it', (_, header, word, option) => {
    const [issue, ...rest] = issuesOf(() => readRows(`${header}\n2017-09${header.slice(6, 7)}1\n`));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'missing-key', line: 1 });
    expect(issue!.message).toBe(`line 1: the header is one column, ${JSON.stringify(header)}: the file looks separated by ${word}, not ",": read it with the option ${option}`);
  });

  it('a comma-separated file read with delimiter ";" says ","', () => {
    const [issue] = issuesOf(() => readRows('period,a\n2017-09,1\n', { delimiter: ';' }));
    expect(issue!.message).toContain('the file looks separated by ",", not ";": read it with the option delimiter: \',\'');
  });

  it('a header without the period column and no other separator keeps the periodColumn advice', () => {
    const [issue] = issuesOf(() => readRows('month,a\n2017-09,1\n'));
    expect(issue!.message).toContain('say which it is with the option periodColumn');
  });
});

describe('readTable: a period column refused alike on every row (B3)', () => {
  it('is one issue naming how many, their lines and the first message', () => {
    const text = 'period,a\n01/04/2016,1\n01/05/2016,2\n\n01/06/2016,3\n';
    const issues = issuesOf(() => readTable(text, { file: 'dmy.csv' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'bad-period', line: 2, row: 0, field: 'period', file: 'dmy.csv' });
    expect(issues[0]!.message).toMatch(/^dmy\.csv line 2, column period: all 3 period cells, lines 2 to 5, are written alike and none is read; the first: "01\/04\/2016" /);
  });

  it('keeps one issue a row when some rows are read, when the cells differ in form, or when there are two', () => {
    expect(issuesOf(() => readRows('period,a\n01/04/2016,1\n01/05/2016,2\n2016-06,3\n01/07/2016,4\n'))).toHaveLength(3);
    expect(issuesOf(() => readRows('period,a\n01/04/2016,1\nMonth 5,2\n01/06/2016,3\n'))).toHaveLength(3);
    expect(issuesOf(() => readRows('period,a\n01/04/2016,1\n01/05/2016,2\n'))).toHaveLength(2);
  });

  it('keeps the other issues of the rows beside the one period issue', () => {
    const issues = issuesOf(() => readRows('period,a\n01/04/2016,1\n01/05/2016,x1\n01/06/2016,3\n'));
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['bad-period', 2],
      ['not-a-number', 3],
    ]);
  });
});

describe('readTable: placeholder cells (B8)', () => {
  it.each(['N/A', 'n/a', 'NA', '-', '–', 'missing'])('%j: a missing figure is an empty cell', (cell) => {
    const [issue] = issuesOf(() => readRows(`period,a\n2017-09,${cell}\n`));
    expect(issue).toMatchObject({ code: 'not-a-number' });
    expect(issue!.message).toBe(`line 2, column a: ${JSON.stringify(cell)} is not a number: a missing figure is an empty cell: leave it blank`);
  });

  it.each(['*', '**', '[c]', '[x]', '..', '<5'])('%j: suppressed figures are blank or the real figure', (cell) => {
    const [issue] = issuesOf(() => readRows(`period,a\n2017-09,${cell}\n`));
    expect(issue!.message).toContain('a suppressed or unavailable figure must be an empty cell (leave it blank: it is then a missing figure), or the real figure');
  });

  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!'])('%j: a spreadsheet error', (cell) => {
    const [issue] = issuesOf(() => readRows(`period,a\n2017-09,${cell}\n`));
    expect(issue!.message).toContain('it is a spreadsheet error, not a figure: correct the formula, or leave the cell blank');
  });

  it('leaves other bad cells with the plain message', () => {
    expect(issuesOf(() => readRows('period,a\n2017-09,x\n'))[0]!.message).toBe('line 2, column a: "x" is not a number');
  });
});

describe('readTable: header names trimmed (C5)', () => {
  it('says when two names are equal only once trimmed', () => {
    const [issue] = issuesOf(() => readRows('period,admissions,admissions \n2017-09,1,2\n'));
    expect(issue).toMatchObject({ code: 'duplicate-column', field: 'admissions' });
    expect(issue!.message).toBe('line 1: columns 2 and 3 are both named "admissions" once the spaces around names are dropped ("admissions" and "admissions "): give each column its own name');
    expect(issuesOf(() => readRows('period,a,a\n2017-09,1,2\n'))[0]!.message).toBe('line 1: columns 2 and 3 are both named "a": give each column its own name');
    expect(readTable('period , admissions\n2017-09,1\n').columns).toEqual(['period', 'admissions']);
  });
});
