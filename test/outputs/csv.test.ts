/**
 * csvCell and csvRow: RFC 4180 quoting, and no cell a spreadsheet would run
 * as a formula (OWASP, CSV injection), while printed numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

describe('csvCell', () => {
  it('writes plain text, numbers and null as they are', () => {
    expect(csvCell('Admissions')).toBe('Admissions');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-2.3)).toBe('-2.3');
  });

  it('quotes commas, double quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises text that begins with = + - @ tab or carriage return: a quote before it, the cell quoted', () => {
    expect(csvCell('=HYPERLINK("http://evil","Click")')).toBe('"\'=HYPERLINK(""http://evil"",""Click"")"');
    expect(csvCell('=1+2')).toBe('"\'=1+2"');
    expect(csvCell('+cmd|\' /C calc\'!A0')).toBe('"\'+cmd|\' /C calc\'!A0"');
    expect(csvCell('-1+2')).toBe('"\'-1+2"');
    expect(csvCell('-')).toBe('"\'-"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    // Full-width forms, which some spreadsheets take for their ASCII twins.
    expect(csvCell('＝1+1')).toBe('"\'＝1+1"');
    expect(csvCell('＠A1')).toBe('"\'＠A1"');
  });

  it('leaves numbers as this package prints them alone, however they are signed', () => {
    for (const n of ['-2.3', '-8', '+2.6%', '-9.7%', '5.6%', '78.17248244786754689301058367389709734884', '-0.5']) expect(csvCell(n)).toBe(n);
    // ...but not text that only starts like one.
    expect(csvCell('-2.3e5')).toBe('"\'-2.3e5"');
    expect(csvCell('-2.')).toBe('"\'-2."');
    expect(csvCell('+-2')).toBe('"\'+-2"');
    expect(csvCell('-2%%')).toBe('"\'-2%%"');
  });

  it('leaves a dangerous character alone when it is not first', () => {
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('throws INVALID_OPTIONS for a number that is not finite, and for anything but text, a number or null', () => {
    for (const x of [NaN, Infinity, -Infinity]) {
      const e = indicatorErrorOf(() => csvCell(x));
      expect([e.code, e.issues[0]!.code]).toEqual(['INVALID_OPTIONS', 'not-finite']);
    }
    for (const x of [undefined, {}, true]) expect(indicatorErrorOf(() => csvCell(x as never)).issues[0]!.code).toBe('wrong-type');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['a', 1, null, '=x'])).toBe('a,1,,"\'=x"\r\n');
    expect(csvRow([])).toBe('\r\n');
  });
});
