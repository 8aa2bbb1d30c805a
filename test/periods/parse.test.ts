/**
 * parsePeriod: every form it reads, every form it refuses and why, and a
 * round trip through periodLabel for the patterns it reads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

describe('parsePeriod reads', () => {
  it.each([
    ['2017-09', '2017-09'],
    ['2017-9', '2017-09'],
    ['2017/09', '2017-09'],
    ['2017-12', '2017-12'],
    ['2017-09-01', '2017-09'], // a month's first day
    ['2017-09-30', '2017-09'], // its last day
    ['2017-9-1', '2017-09'],
    ['2017-01-31', '2017-01'],
    ['2016-02-29', '2016-02'], // leap year: the last day
    ['2000-02-29', '2000-02'], // divisible by 400: leap
    ['2017-02-28', '2017-02'],
    ['201709', '2017-09'],
    ['Sep-17', '2017-09'],
    ['Sep 2017', '2017-09'],
    ['September 2017', '2017-09'],
    ['sept 2017', '2017-09'],
    ['Sept. 2017', '2017-09'],
    ['SEP-17', '2017-09'],
    ['sEpTeMbEr 2017', '2017-09'],
    ['Sep17', '2017-09'],
    ['Sep-2017', '2017-09'],
    ['Jan-00', '2000-01'], // two-digit years are 2000-2099
    ['Dec-99', '2099-12'],
    ['may 2018', '2018-05'],
    ['June 2018', '2018-06'],
    ['jun 2018', '2018-06'],
    ['09/2017', '2017-09'],
    ['9/2017', '2017-09'],
    ['09-2017', '2017-09'],
    ['12/2017', '2017-12'],
    ['  2017-09 ', '2017-09'], // surrounding whitespace
    ['\tSep-17\n', '2017-09'],
    ['1000-01', '1000-01'],
    ['9999-12', '9999-12'],
  ])('%j as %s', (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });
});

describe('parsePeriod refuses, naming the text and saying why', () => {
  const FORMS = 'write it as 2017-09, 2017-9, 2017-09-01, 201709, Sep-17, Sep 2017, September 2017 or 09/2017';
  it.each([
    ['2017-09-15', `"2017-09-15" is a day in the middle of a month: only a month's first or last day (2017-09-01 or 2017-09-30) reads as a month`],
    ['2017-02-29', '"2017-02-29" is not a real date: February 2017 has days 1 to 28'],
    ['1900-02-29', '"1900-02-29" is not a real date: February 1900 has days 1 to 28'],
    ['2017-09-31', '"2017-09-31" is not a real date: September 2017 has days 1 to 30'],
    ['2017-09-00', '"2017-09-00" is not a real date: September 2017 has days 1 to 30'],
    ['2017-02-30', '"2017-02-30" is not a real date: February 2017 has days 1 to 28'],
    ['09/10', '"09/10" could be September 2010 (month then year) or October 2009 (year then month), and is never guessed: write 2010-09 or 2009-10'],
    ['9/10', '"9/10" could be September 2010 (month then year) or October 2009 (year then month), and is never guessed: write 2010-09 or 2009-10'],
    ['13/10', '"13/10" could be October 2013 (year then month), and is never guessed: write 2013-10'],
    ['10/13', '"10/13" could be October 2013 (month then year), and is never guessed: write 2013-10'],
    ['13/13', `"13/13" is not a month: ${FORMS}`],
    ['2017-13', '"2017-13" has no month 13: months run from 1 to 12'],
    ['2017-00', '"2017-00" has no month 0: months run from 1 to 12'],
    ['201713', '"201713" has no month 13: months run from 1 to 12'],
    ['13/2017', '"13/2017" has no month 13: months run from 1 to 12'],
    ['0999-12', '"0999-12" has the year 999: years run from 1000 to 9999'],
    ['099912', '"099912" has the year 999: years run from 1000 to 9999'],
    ['Sep 0999', '"Sep 0999" has the year 999: years run from 1000 to 9999'],
    ['Foo 2017', `"Foo 2017" does not start with a month name: ${FORMS}`],
    ['Se 2017', `"Se 2017" does not start with a month name: ${FORMS}`],
    ['Septem 2017', `"Septem 2017" does not start with a month name: ${FORMS}`],
    ['nonsense', `"nonsense" is not a month parsePeriod can read: ${FORMS}`],
    ['', `"" is not a month parsePeriod can read: ${FORMS}`],
    ['   ', `"   " is not a month parsePeriod can read: ${FORMS}`],
    ['2017', `"2017" is not a month parsePeriod can read: ${FORMS}`],
    ['17-09', `"17-09" could be September 2017 (year then month), and is never guessed: write 2017-09`],
    ['Sep 7', `"Sep 7" is not a month parsePeriod can read: ${FORMS}`],
    ['Sep 201', `"Sep 201" is not a month parsePeriod can read: ${FORMS}`],
    ['2017 Sep', `"2017 Sep" is not a month parsePeriod can read: ${FORMS}`],
    ['2017-09-01T00:00:00', `"2017-09-01T00:00:00" is not a month parsePeriod can read: ${FORMS}`],
    ['2017-09 2017-10', `"2017-09 2017-10" is not a month parsePeriod can read: ${FORMS}`],
    ['20170901', `"20170901" is not a month parsePeriod can read: ${FORMS}`],
    ['２０１７-09', `"２０１７-09" is not a month parsePeriod can read: ${FORMS}`],
  ])('%j', (text, message) => {
    const e = indicatorErrorOf(() => parsePeriod(text));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([{ code: 'bad-period', path: 'text', message }]);
  });

  it.each([
    [201709, '201709 is not text: parsePeriod reads a string such as "Sep-17" or "2017-09"'],
    [null, 'null is not text: parsePeriod reads a string such as "Sep-17" or "2017-09"'],
    [undefined, 'undefined is not text: parsePeriod reads a string such as "Sep-17" or "2017-09"'],
    [new Date(2017, 8, 1), 'a Date is not text: parsePeriod reads a string such as "Sep-17" or "2017-09"'],
  ])('the non-string %s', (value, message) => {
    const e = indicatorErrorOf(() => parsePeriod(value as unknown as string));
    expect(e.issues).toEqual([{ code: 'bad-period', path: 'text', message }]);
  });
});

describe('parsePeriod reads back what periodLabel writes', () => {
  const month = (minYear: number, maxYear: number) =>
    fc
      .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

  it.each(['yyyy-MM', 'yyyy-M', 'yyyy/MM', 'yyyyMM', 'MMM yyyy', 'MMMM yyyy', 'MMM-yyyy', 'MM/yyyy', 'M/yyyy', 'MM-yyyy', 'yyyy-MM-dd'])(
    'for the pattern %s, over years 1000-9999',
    (pattern) => {
      fc.assert(
        fc.property(month(1000, 9999), (p) => parsePeriod(periodLabel(p, pattern)) === p),
        { numRuns: 50 },
      );
    },
  );

  it.each(['MMM-yy', 'MMM yy', 'MMMyy'])('for the two-digit-year pattern %s, over 2000-2099', (pattern) => {
    fc.assert(
      fc.property(month(2000, 2099), (p) => parsePeriod(periodLabel(p, pattern)) === p),
      { numRuns: 50 },
    );
  });

  it('for a month\'s last day', () => {
    fc.assert(
      fc.property(month(1000, 9999), (p) => {
        const [y, m] = p.split('-').map(Number) as [number, number];
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        return parsePeriod(`${p}-${last}`) === p;
      }),
      { numRuns: 50 },
    );
  });
});

// New-user trial B3: UK day-first dates (Excel's default export on a UK machine) and Excel date serials
// got the generic message; they now say what they look like and what to write.
describe('parsePeriod says what a date with a day or an Excel serial is', () => {
  it.each([
    [
      '01/04/2016',
      '"01/04/2016" is not a month parsePeriod can read: a date with a day is not read as a month, and this one could be 1 April 2016 (day first, as UK spreadsheets write dates) or 4 January 2016 (month first): write the month as 2016-04 or 04/2016 for April, 2016-01 for January',
    ],
    [
      '1/4/16',
      '"1/4/16" is not a month parsePeriod can read: a date with a day is not read as a month, and this one could be 1 April 2016 (day first, as UK spreadsheets write dates) or 4 January 2016 (month first): write the month as 2016-04 or 04/2016 for April, 2016-01 for January',
    ],
    // Day first beyond doubt (no month 30): still not read, and the month to write is named.
    [
      '30/09/2017',
      '"30/09/2017" is not a month parsePeriod can read: a date with a day is not read as a month (dates such as 01/04/2016 could be 1 April or 4 January): write the month as 2017-09 or 09/2017',
    ],
    ['01.09.2017', '"01.09.2017" is not a month parsePeriod can read: a date with a day is not read as a month, and this one could be 1 September 2017 (day first, as UK spreadsheets write dates) or 9 January 2017 (month first): write the month as 2017-09 or 09/2017 for September, 2017-01 for January'],
    ['42979', '"42979" is not a month parsePeriod can read: it looks like an Excel date serial (42979 is 1 September 2017): format the column as text, or write the month as 2017-09'],
    // 2020 was a leap year: serial 43890 is 29 February 2020 (Excel's own reading), 43891 1 March.
    ['43890', '"43890" is not a month parsePeriod can read: it looks like an Excel date serial (43890 is 29 February 2020): format the column as text, or write the month as 2020-02'],
    ['2017-Q2', '"2017-Q2" is not a month parsePeriod can read: it is a quarter, which parseReportingPeriod reads'],
    ['2017-Q5', '"2017-Q5" is not a month parsePeriod can read: a quarter is written YYYY-Qn, n from 1 to 4, e.g. "2017-Q2"'],
    ['2017/2018', '"2017/2018" is not a month parsePeriod can read: a financial year is written YYYY-YY, e.g. "2017-18"'],
  ])('%j', (text, message) => {
    const e = indicatorErrorOf(() => parsePeriod(text));
    expect(e.issues).toEqual([{ code: 'bad-period', path: 'text', message }]);
  });
});
