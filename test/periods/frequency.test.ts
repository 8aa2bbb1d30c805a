/**
 * Quarter and year keys: recognising, reading, labelling and the months
 * they cover.
 */
import { describe, expect, it } from 'vitest';
import {
  frequenciesOf,
  isCalendarYear,
  isFinancialYear,
  isQuarter,
  parseReportingPeriod,
  quarterLabel,
  reportingPeriodLabel,
  reportingPeriodMonths,
} from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

describe('keys', () => {
  it('recognises quarters, financial years and calendar years, and nothing near them', () => {
    expect(['1000-Q1', '2017-Q4', '9999-Q4'].every(isQuarter)).toBe(true);
    expect(['2017-Q0', '2017-Q5', '2017-q2', '0999-Q1', 'Q2 2017', 2017].some(isQuarter)).toBe(false);
    expect(['2017-18', '1999-00', '2099-00', '9998-99'].every(isFinancialYear)).toBe(true);
    expect(['2017-17', '2017-19', '2017/18', '9999-00', '2017-2018'].some(isFinancialYear)).toBe(false);
    expect(['1000', '2017', '9999'].every(isCalendarYear)).toBe(true);
    expect(['0999', '17', '20170', 2017].some(isCalendarYear)).toBe(false);
  });

  it('names the keys that are both a month and a financial year', () => {
    expect(frequenciesOf('2011-12')).toEqual(['month', 'financial-year']);
    expect(frequenciesOf('2012-13')).toEqual(['financial-year']);
    expect(frequenciesOf('2012-12')).toEqual(['month']);
    expect(frequenciesOf('2017')).toEqual(['calendar-year']);
    expect(frequenciesOf(null)).toEqual([]);
  });
});

describe('quarterLabel', () => {
  it('numbers quarters from the year start', () => {
    // April start: Apr-Jun is Q1 of 2017-18, Jan-Mar 2018 its Q4.
    expect(['2017-Q2', '2017-Q3', '2017-Q4', '2018-Q1'].map((q) => quarterLabel(q))).toEqual(['Q1 2017-18', 'Q2 2017-18', 'Q3 2017-18', 'Q4 2017-18']);
    expect(['2017-Q1', '2017-Q4'].map((q) => quarterLabel(q, 1))).toEqual(['Q1 2017', 'Q4 2017']);
    // July start: Jul-Sep 2017 is Q1 of 2017-18; Apr-Jun 2017 the last of 2016-17.
    expect([quarterLabel('2017-Q3', 7), quarterLabel('2017-Q2', 7)]).toEqual(['Q1 2017-18', 'Q4 2016-17']);
    expect(quarterLabel('2000-Q1')).toBe('Q4 1999-00');
  });

  it('refuses a key that is not a quarter and a year start that does not start one', () => {
    expect(indicatorErrorOf(() => quarterLabel('2017-06')).issues[0]!.code).toBe('bad-period');
    const e = indicatorErrorOf(() => quarterLabel('2017-Q2', 9));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]).toMatchObject({ code: 'bad-option', path: 'yearStartMonth' });
  });
});

describe('reportingPeriodLabel and reportingPeriodMonths', () => {
  it('labels every frequency, a month as periodLabel does', () => {
    expect(reportingPeriodLabel('2017-09')).toBe('Sep-17');
    expect(reportingPeriodLabel('2008-Q1')).toBe('Q4 2007-08');
    expect(reportingPeriodLabel('2017-18')).toBe('2017-18');
    expect(reportingPeriodLabel('2017')).toBe('2017');
    expect(reportingPeriodLabel('2007-08')).toBe('Aug-07');
    expect(reportingPeriodLabel('2007-08', { frequency: 'financial-year' })).toBe('2007-08');
    expect(indicatorErrorOf(() => reportingPeriodLabel('2017-09', { frequency: 'quarter' })).issues[0]!.code).toBe('bad-period');
    expect(indicatorErrorOf(() => reportingPeriodLabel('Q2 2017')).issues[0]!.code).toBe('bad-period');
  });

  it('gives the months a period covers', () => {
    expect(reportingPeriodMonths('2018-Q1')).toEqual({ from: '2018-01', to: '2018-03' });
    expect(reportingPeriodMonths('2099-00')).toEqual({ from: '2099-04', to: '2100-03' });
    expect(reportingPeriodMonths('2017-09')).toEqual({ from: '2017-09', to: '2017-09' });
    expect(reportingPeriodMonths('2007-08', 'financial-year')).toEqual({ from: '2007-04', to: '2008-03' });
  });
});

describe('parseReportingPeriod', () => {
  it('reads the forms reports print', () => {
    const cases: [string, string][] = [
      ['2017-Q2', '2017-Q2'],
      ['2017Q2', '2017-Q2'],
      ['2017 q2', '2017-Q2'],
      ['Q1 2017-18', '2017-Q2'],
      ['Q4 2017/18', '2018-Q1'],
      // Cardiff, July 2011: "Quarter 4 2007/2008" is January to March 2008.
      ['Quarter 4 2007/2008', '2008-Q1'],
      ['Quarter 4 2008/9', '2009-Q1'],
      ['2017-18', '2017-18'],
      ['2017/18', '2017-18'],
      ['2017/2018', '2017-18'],
      ['1999-2000', '1999-00'],
      [' 2017 ', '2017'],
    ];
    for (const [text, key] of cases) expect(parseReportingPeriod(text), text).toBe(key);
  });

  it('refuses a quarter numbered in a bare year (Q2 2017), which UK reports write for two quarters, naming both', () => {
    expect(indicatorErrorOf(() => parseReportingPeriod('Q2 2017')).issues).toEqual([
      {
        code: 'bad-period',
        path: 'text',
        message:
          '"Q2 2017" is ambiguous, and is never guessed: it is the calendar quarter April to June 2017 (2017-Q2), and many UK councils mean by it ' +
          'the second quarter of the financial year 2017-18, July to September 2017 (2017-Q3): write 2017-Q2 or Q1 2017-18 for April to June 2017, ' +
          '2017-Q3 or Q2 2017-18 for July to September 2017',
      },
    ]);
    expect(indicatorErrorOf(() => parseReportingPeriod('quarter four 2017')).issues[0]!.message).toContain('January to March 2018 (2018-Q1)');
  });

  it('refuses what it cannot read, saying why', () => {
    expect(indicatorErrorOf(() => parseReportingPeriod('Q5 2017')).issues[0]!.message).toBe('"Q5 2017" has no quarter 5: quarters run from 1 to 4');
    expect(indicatorErrorOf(() => parseReportingPeriod('2017-19')).issues[0]!.message).toContain('the second year must follow the first, e.g. "2017-18"');
    expect(indicatorErrorOf(() => parseReportingPeriod('Sep-17')).issues[0]!.message).toContain('(parsePeriod reads months)');
    expect(indicatorErrorOf(() => parseReportingPeriod(7 as never)).issues[0]!.code).toBe('bad-period');
  });
});
