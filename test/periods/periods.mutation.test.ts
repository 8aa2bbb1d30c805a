/**
 * Gaps found by mutation testing (`npm run test:mutation`, issue 8 point 14) in
 * src/periods: how messages show a value that is not text, the message for a
 * month count that is not whole, forms of parsePeriod at the edges of its
 * grammar (anchored at both ends, spaces around the dash), the ends of the month
 * range in an ambiguous `MM/YY`, and missing months before the year 1000.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, computeIndicator, parsePeriod, periodLabel, periodRange } from 'council-indicators';
import { indicatorErrorOf, pct } from '../helpers.js';

const message = (f: () => unknown): string => {
  const e = indicatorErrorOf(f);
  expect(e.code).toBe('INVALID_OPTIONS');
  return e.issues.map((i) => i.message).join(' | ');
};

describe('messages name a value that is not text by its kind', () => {
  it('a function and a symbol', () => {
    expect(message(() => periodLabel((() => '2017-09') as never))).toMatch(/^period a function is not a month in YYYY-MM form/);
    expect(message(() => periodRange(Symbol('from') as never, '2017-09'))).toMatch(/^from a symbol is not a month in YYYY-MM form/);
  });

  it('a number, null, an array and an object', () => {
    expect(message(() => addMonths(201709 as never, 1))).toMatch(/^period 201709 is not a month/);
    expect(message(() => addMonths(null as never, 1))).toMatch(/^period null is not a month/);
    expect(message(() => addMonths(['2017-09'] as never, 1))).toMatch(/^period an array is not a month/);
    expect(message(() => addMonths({} as never, 1))).toMatch(/^period an object is not a month/);
  });
});

describe('addMonths', () => {
  it('says what months must be', () => {
    expect(message(() => addMonths('2017-09', 1.5))).toBe('months 1.5 is not a whole number of months, e.g. 12 or -12');
    expect(message(() => addMonths('2017-09', '3' as never))).toBe('months "3" is not a whole number of months, e.g. 12 or -12');
  });
});

describe('parsePeriod at the edges of its grammar', () => {
  it('reads a month name and year with spaces around the dash, or more than one space', () => {
    expect(parsePeriod('Sep - 17')).toBe('2017-09');
    expect(parsePeriod('Sep  2017')).toBe('2017-09');
    expect(parsePeriod('sept.\t2017')).toBe('2017-09');
  });

  it('refuses text before or after a form it reads, rather than reading part of it', () => {
    for (const text of ['12017-09-01', 'x2017-09-30', '1Sep-17', '5 Sep 2017', '09/20171', '09/2017x']) {
      expect(indicatorErrorOf(() => parsePeriod(text)).issues[0]!.code, text).toBe('bad-period');
    }
  });

  it('an ambiguous MM/YY names every reading whose month is 1 to 12, and no other', () => {
    const cases: [string, string][] = [
      ['01/05', '"01/05" could be January 2005 (month then year) or May 2001 (year then month), and is never guessed: write 2005-01 or 2001-05'],
      ['12/05', '"12/05" could be December 2005 (month then year) or May 2012 (year then month), and is never guessed: write 2005-12 or 2012-05'],
      ['05/01', '"05/01" could be May 2001 (month then year) or January 2005 (year then month), and is never guessed: write 2001-05 or 2005-01'],
      ['05/12', '"05/12" could be May 2012 (month then year) or December 2005 (year then month), and is never guessed: write 2012-05 or 2005-12'],
      ['00/05', '"00/05" could be May 2000 (year then month), and is never guessed: write 2000-05'],
      ['05/00', '"05/00" could be May 2000 (month then year), and is never guessed: write 2000-05'],
    ];
    for (const [text, expected] of cases) expect(message(() => parsePeriod(text))).toBe(expected);
  });
});

describe('months before the year 1000', () => {
  it('a window reaching back before 1000-01 lists the months it lacks as four-digit years', () => {
    const r = computeIndicator(pct({ numerator: { field: 'a', aggregate: 'sum' }, denominator: { field: 'b', aggregate: 'last' }, window: { type: 'rolling', months: 3 } }), [
      { period: '1000-01', a: 1, b: 10 },
    ]);
    expect(r.periods[0]).toMatchObject({ period: '1000-01', status: 'incomplete-window', missingMonths: ['0999-11', '0999-12'] });
  });
});
