/**
 * Data rows, as computeIndicator checks and indexes them: every problem is
 * reported in one INVALID_DATA error naming path, row, period and field;
 * null and absent figures are missing data, not errors. Also the `from`/`to`
 * options (INVALID_OPTIONS).
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { IndicatorIssue, IndicatorResult, IssueCode } from 'council-indicators';
import { indexRows } from '../../src/data/rows.js';
import { indicatorErrorOf } from '../helpers.js';

const count = defineIndicator({
  id: 'admissions',
  title: 'Admissions to care',
  measure: { type: 'count' },
  numerator: 'admissions',
  polarity: 'neutral',
});

const percentage = defineIndicator({
  id: 'reviews-in-time',
  title: 'Reviews held in time',
  measure: { type: 'percentage' },
  numerator: 'inTime',
  denominator: 'due',
  polarity: 'higher-is-better',
});

/** The issues of rows that must fail with INVALID_DATA. */
function dataIssues(rows: unknown, spec = count): readonly IndicatorIssue[] {
  const error = indicatorErrorOf(() => computeIndicator(spec, rows as object[]));
  expect(error.code).toBe('INVALID_DATA');
  return error.issues;
}

const statuses = (result: IndicatorResult) => result.periods.map((p) => [p.period, p.status]);

describe('periods', () => {
  it.each<[string, unknown, string]>([
    ['a month without its leading zero', '2017-9', 'period "2017-9" is not a month in YYYY-MM form'],
    ['month 13', '2017-13', 'period "2017-13" is not a month in YYYY-MM form'],
    ['month 00', '2017-00', 'period "2017-00" is not a month in YYYY-MM form'],
    ['a full date', '2017-09-30', 'period "2017-09-30" is not a month in YYYY-MM form'],
    ['trailing space', '2017-09 ', 'period "2017-09 " is not a month in YYYY-MM form'],
    ['an empty string', '', 'period "" is not a month in YYYY-MM form'],
    ['a number', 201709, 'period 201709 is not a month in YYYY-MM form'],
  ])('rejects %s', (_, period, message) => {
    expect(dataIssues([{ period: '2017-08', admissions: 1 }, { period, admissions: 2 }])).toEqual([
      { code: 'bad-period', path: 'rows[1].period', row: 1, field: 'period', message },
    ]);
  });

  it('rejects a row with no period', () => {
    expect(dataIssues([{ admissions: 2 }])).toEqual([{ code: 'missing-period', path: 'rows[0].period', row: 0, field: 'period', message: 'the row has no period' }]);
    expect(dataIssues([{ period: undefined, admissions: 2 }])).toEqual([
      { code: 'missing-period', path: 'rows[0].period', row: 0, field: 'period', message: 'the row has no period' },
    ]);
  });

  it('describes a null period as null', () => {
    expect(dataIssues([{ period: null, admissions: 2 }])).toEqual([
      { code: 'bad-period', path: 'rows[0].period', row: 0, field: 'period', message: 'period null is not a month in YYYY-MM form' },
    ]);
  });

  it('rejects a Date as a period', () => {
    const issues = dataIssues([{ period: new Date(2017, 8, 1), admissions: 2 }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'rows[0].period', row: 0, field: 'period' });
    // New-user trial B9: a Date was "an object"; it is named, with what to write.
    expect(issues[0]!.message).toBe(
      'period a Date is not a month in YYYY-MM form: a Date is not read: write the month as text, e.g. "2017-09"',
    );
  });

  // New-user trial B9: a quarter or a financial year where a month goes.
  it.each([
    ['2017-Q5', 'period "2017-Q5" is not a month in YYYY-MM form: a quarter is written YYYY-Qn, n from 1 to 4, e.g. "2017-Q2"'],
    ['Q2 2017', 'period "Q2 2017" is not a month in YYYY-MM form: a quarter is written YYYY-Qn, n from 1 to 4, e.g. "2017-Q2"'],
    ['2017/18', 'period "2017/18" is not a month in YYYY-MM form: a financial year is written YYYY-YY, e.g. "2017-18"'],
    ['2017-2018', 'period "2017-2018" is not a month in YYYY-MM form: a financial year is written YYYY-YY, e.g. "2017-18"'],
    // Nothing more to say: a month out of range, a date (parsePeriod explains dates with a day).
    ['2017-13', 'period "2017-13" is not a month in YYYY-MM form'],
    ['01/09/2017', 'period "01/09/2017" is not a month in YYYY-MM form'],
  ])('says what %j looks like, and what to write', (period, message) => {
    expect(dataIssues([{ period, admissions: 2 }])).toEqual([{ code: 'bad-period', path: 'rows[0].period', row: 0, field: 'period', message }]);
  });

  it('a quarter out of range among quarterly rows: the quarter form', () => {
    const issues = indicatorErrorOf(() => computeIndicator(count, [{ period: '2017-Q1', admissions: 1 }, { period: '2017-Q5', admissions: 1 }])).issues;
    expect(issues.map((i) => i.message)).toEqual(['period "2017-Q5" is not a quarter in YYYY-Qn form, e.g. "2017-Q2": this call reads rows by quarter']);
  });

  it('rejects the same period twice, naming both rows', () => {
    expect(
      dataIssues([
        { period: '2017-08', admissions: 1 },
        { period: '2017-09', admissions: 1 },
        { period: '2017-08', admissions: 2 },
      ]),
    ).toEqual([{ code: 'duplicate-period', path: 'rows[2].period', row: 2, period: '2017-08', field: 'period', message: 'period 2017-08 appears twice, in rows 0 and 2' }]);
  });

  it('reports each repeat of a period against its first row', () => {
    expect(
      dataIssues([
        { period: '2017-08', admissions: 1 },
        { period: '2017-08', admissions: 1 },
        { period: '2017-08', admissions: 1 },
      ]).map((i) => i.message),
    ).toEqual(['period 2017-08 appears twice, in rows 0 and 1', 'period 2017-08 appears twice, in rows 0 and 2']);
  });

  it('accepts rows in any order', () => {
    const result = computeIndicator(count, [
      { period: '2017-10', admissions: 3 },
      { period: '2017-08', admissions: 1 },
      { period: '2017-09', admissions: 2 },
    ]);
    expect(result.periods.map((p) => [p.period, p.value])).toEqual([
      ['2017-08', 1],
      ['2017-09', 2],
      ['2017-10', 3],
    ]);
  });
});

describe('the fields an indicator reads', () => {
  it.each<[string, unknown, IssueCode, string]>([
    ['a numeric string', '12', 'not-a-number', 'expected a number or null, received the string "12"'],
    ['an empty string', '', 'not-a-number', 'expected a number or null, received the string ""'],
    ['NaN', NaN, 'not-finite', 'NaN is not a finite number'],
    ['Infinity', Infinity, 'not-finite', 'Infinity is not a finite number'],
    ['-Infinity', -Infinity, 'not-finite', '-Infinity is not a finite number'],
    ['a negative number', -1, 'negative-value', '-1 is negative; the figures an indicator reads must be zero or more (a figure that can fall below zero, such as a net change, is read with { field, aggregate, signed: true })'],
    ['a negative fraction', -0.5, 'negative-value', '-0.5 is negative; the figures an indicator reads must be zero or more (a figure that can fall below zero, such as a net change, is read with { field, aggregate, signed: true })'],
    ['a boolean', true, 'not-a-number', 'expected a number or null, received boolean true'],
    ['an object', { value: 12 }, 'not-a-number', 'expected a number or null, received an object'],
    ['an array', [12], 'not-a-number', 'expected a number or null, received an array'],
  ])('rejects %s', (_, value, code, message) => {
    expect(dataIssues([{ period: '2017-09', admissions: value }])).toEqual([
      { code, path: 'rows[0].admissions', row: 0, period: '2017-09', field: 'admissions', message },
    ]);
  });

  it('accepts zero, fractions and large numbers', () => {
    const result = computeIndicator(count, [
      { period: '2017-08', admissions: 0 },
      { period: '2017-09', admissions: 2.5 },
      { period: '2017-10', admissions: 1e15 },
      { period: '2017-11', admissions: -0 },
    ]);
    expect(result.periods.map((p) => p.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(result.periods.map((p) => p.numerator)).toEqual([0, 2.5, 1e15, 0]);
  });

  it('treats null, undefined and an absent field as missing data, not an error', () => {
    const result = computeIndicator(count, [
      { period: '2017-07', admissions: null },
      { period: '2017-08' },
      { period: '2017-09', admissions: undefined },
      { period: '2017-10', admissions: 4 },
    ]);
    expect(statuses(result)).toEqual([
      ['2017-07', 'missing-data'],
      ['2017-08', 'missing-data'],
      ['2017-09', 'missing-data'],
      ['2017-10', 'ok'],
    ]);
    for (const p of result.periods.slice(0, 3)) {
      expect(p.value).toBeNull();
      expect(p.formatted).toBeNull();
      expect(p.numerator).toBeNull();
    }
  });

  it('treats a missing denominator as missing data', () => {
    const result = computeIndicator(percentage, [
      { period: '2017-09', inTime: 3, due: null },
      { period: '2017-10', inTime: null, due: 4 },
    ]);
    expect(statuses(result)).toEqual([
      ['2017-09', 'missing-data'],
      ['2017-10', 'missing-data'],
    ]);
  });

  it('never checks fields the spec does not read', () => {
    const result = computeIndicator(count, [
      { period: '2017-09', admissions: 3, note: 'three children, one sibling group', other: -5, nested: { a: NaN }, flag: true, text: '12' },
    ]);
    expect(result.periods[0]).toMatchObject({ status: 'ok', value: 3 });
    // The same table feeds an indicator that does read `other`, and fails there.
    const other = defineIndicator({ id: 'other', title: 'Other', measure: { type: 'count' }, numerator: 'other', polarity: 'neutral' });
    expect(dataIssues([{ period: '2017-09', admissions: 3, other: -5 }], other)).toEqual([
      { code: 'negative-value', path: 'rows[0].other', row: 0, period: '2017-09', field: 'other', message: '-5 is negative; the figures an indicator reads must be zero or more (a figure that can fall below zero, such as a net change, is read with { field, aggregate, signed: true })' },
    ]);
  });

  it('checks the denominator field as well as the numerator', () => {
    expect(dataIssues([{ period: '2017-09', inTime: 1, due: '4' }], percentage)).toEqual([
      { code: 'not-a-number', path: 'rows[0].due', row: 0, period: '2017-09', field: 'due', message: 'expected a number or null, received the string "4"' },
    ]);
  });
});

describe('every problem in one error', () => {
  it('reports several rows and several fields together, in row order', () => {
    const error = indicatorErrorOf(() =>
      computeIndicator(percentage, [
        { period: '2017-07', inTime: 'x', due: -1 },
        { period: '2017-08', inTime: 1, due: 2 },
        { period: '2017-9', inTime: 1, due: 2 },
        { period: '2017-10', inTime: 1, due: NaN },
        { period: '2017-08', inTime: 1, due: 2 },
        { period: '2017-11', inTime: true, due: Infinity },
      ]),
    );
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues).toEqual([
      { code: 'not-a-number', path: 'rows[0].inTime', row: 0, period: '2017-07', field: 'inTime', message: 'expected a number or null, received the string "x"' },
      { code: 'negative-value', path: 'rows[0].due', row: 0, period: '2017-07', field: 'due', message: '-1 is negative; the figures an indicator reads must be zero or more' },
      { code: 'bad-period', path: 'rows[2].period', row: 2, field: 'period', message: 'period "2017-9" is not a month in YYYY-MM form' },
      { code: 'not-finite', path: 'rows[3].due', row: 3, period: '2017-10', field: 'due', message: 'NaN is not a finite number' },
      { code: 'duplicate-period', path: 'rows[4].period', row: 4, period: '2017-08', field: 'period', message: 'period 2017-08 appears twice, in rows 1 and 4' },
      { code: 'not-a-number', path: 'rows[5].inTime', row: 5, period: '2017-11', field: 'inTime', message: 'expected a number or null, received boolean true' },
      { code: 'not-finite', path: 'rows[5].due', row: 5, period: '2017-11', field: 'due', message: 'Infinity is not a finite number' },
    ]);
    expect(error.message).toMatch(/; and 2 more$/);
  });

  it('reports the bad fields of a row whose period is bad, without a period', () => {
    expect(dataIssues([{ period: '2017-13', inTime: 'x', due: 3 }], percentage)).toEqual([
      { code: 'bad-period', path: 'rows[0].period', row: 0, field: 'period', message: 'period "2017-13" is not a month in YYYY-MM form' },
      { code: 'not-a-number', path: 'rows[0].inTime', row: 0, field: 'inTime', message: 'expected a number or null, received the string "x"' },
    ]);
  });
});

describe('rows that are not objects, and rows that are not an array', () => {
  it.each<[string, unknown, string]>([
    ['a number', 5, 'each row must be an object with a period, received 5'],
    ['a string', '2017-09', 'each row must be an object with a period, received the string "2017-09"'],
    ['an array', ['2017-09', 3], 'each row must be an object with a period, received an array'],
    ['a boolean', false, 'each row must be an object with a period, received boolean false'],
  ])('rejects a row that is %s', (_, row, message) => {
    expect(dataIssues([{ period: '2017-08', admissions: 1 }, row])).toEqual([{ code: 'not-an-object', path: 'rows[1]', row: 1, message }]);
  });

  it('describes a null row as null', () => {
    expect(dataIssues([null])).toEqual([{ code: 'not-an-object', path: 'rows[0]', row: 0, message: 'each row must be an object with a period, received null' }]);
  });

  it('describes an undefined row as undefined', () => {
    expect(dataIssues([undefined])).toEqual([{ code: 'not-an-object', path: 'rows[0]', row: 0, message: 'each row must be an object with a period, received undefined' }]);
  });

  it('reports every bad row together', () => {
    expect(dataIssues([1, { period: '2017-09', admissions: 1 }, 'x', []]).map((i) => i.path)).toEqual(['rows[0]', 'rows[2]', 'rows[3]']);
  });

  it.each<[string, unknown, string]>([
    ['a string', 'rows', 'rows must be an array, received the string "rows"'],
    ['an object', { period: '2017-09', admissions: 1 }, 'rows must be an array, received an object'],
    ['a number', 3, 'rows must be an array, received 3'],
  ])('rejects rows that are %s', (_, rows, message) => {
    expect(dataIssues(rows)).toEqual([{ code: 'not-an-array', path: 'rows', message }]);
  });

  it('describes null rows as null', () => {
    expect(dataIssues(null)).toEqual([{ code: 'not-an-array', path: 'rows', message: 'rows must be an array, received null' }]);
  });

  it('describes undefined rows as undefined', () => {
    expect(dataIssues(undefined)).toEqual([{ code: 'not-an-array', path: 'rows', message: 'rows must be an array, received undefined' }]);
  });
});

describe('a percentage whose numerator exceeds its denominator', () => {
  const over = (top: string, bottom: string, period: string) => `${top} is larger than ${bottom} in ${period}: a percentage cannot exceed 100%`;

  it('is INVALID_DATA naming the row and the numerator field', () => {
    expect(
      dataIssues(
        [
          { period: '2017-08', inTime: 4, due: 4 },
          { period: '2017-09', inTime: 5, due: 4 },
        ],
        percentage,
      ),
    ).toEqual([
      { code: 'percentage-over-100', path: 'rows[1].inTime', row: 1, period: '2017-09', field: 'inTime', message: over('inTime 5', 'due 4', '2017-09') },
    ]);
  });

  it('reports every such month together', () => {
    expect(
      dataIssues(
        [
          { period: '2017-07', inTime: 3, due: 2 },
          { period: '2017-08', inTime: 1, due: 2 },
          { period: '2017-09', inTime: 2.5, due: 2.25 },
        ],
        percentage,
      ).map((i) => [i.path, i.message]),
    ).toEqual([
      ['rows[0].inTime', over('inTime 3', 'due 2', '2017-07')],
      ['rows[2].inTime', over('inTime 2.5', 'due 2.25', '2017-09')],
    ]);
  });

  it('is raised against a zero denominator, while 0 of 0 is a zero denominator', () => {
    expect(dataIssues([{ period: '2017-09', inTime: 1, due: 0 }], percentage).map((i) => i.message)).toEqual([over('inTime 1', 'due 0', '2017-09')]);
    expect(statuses(computeIndicator(percentage, [{ period: '2017-09', inTime: 0, due: 0 }]))).toEqual([['2017-09', 'zero-denominator']]);
  });

  it('names the fixed value and the row field it is compared with', () => {
    const fixedTop = defineIndicator({ ...percentage, numerator: { value: 11 }, denominator: { field: 'due', aggregate: 'sum' } });
    expect(dataIssues([{ period: '2017-09', due: 10 }], fixedTop)).toEqual([
      { code: 'percentage-over-100', path: 'rows[0].due', row: 0, period: '2017-09', field: 'due', message: over('the fixed numerator 11', 'due 10', '2017-09') },
    ]);
    const fixedBottom = defineIndicator({ ...percentage, denominator: { value: 40 } });
    expect(dataIssues([{ period: '2017-09', inTime: 41 }], fixedBottom)).toEqual([
      // At the spec's figure, which every row is compared with (new-user trial 3, B7).
      { code: 'percentage-over-100', path: 'denominator.value', row: 0, period: '2017-09', field: 'inTime', message: over('inTime 41', 'the fixed denominator 40', '2017-09') },
    ]);
  });

  it('names the row without a period when the period is bad', () => {
    expect(dataIssues([{ period: '2017-9', inTime: 5, due: 4 }], percentage)).toEqual([
      expect.objectContaining({ code: 'bad-period' }),
      { code: 'percentage-over-100', path: 'rows[0].inTime', row: 0, field: 'inTime', message: 'inTime 5 is larger than due 4: a percentage cannot exceed 100%' },
    ]);
  });

  // Issue 8: whether bad data threw depended on `from`, because only the
  // months computed (and the one direction of travel looks back to) were
  // compared.
  it('checks every row, whatever the range', () => {
    const rows = [
      { period: '2017-01', inTime: 5, due: 4 },
      { period: '2017-02', inTime: 3, due: 4 },
      { period: '2017-03', inTime: 3, due: 4 },
      { period: '2017-04', inTime: 3, due: 4 },
    ];
    for (const options of [{}, { from: '2017-02' }, { from: '2017-03' }, { from: '2017-04', to: '2017-04' }, { from: '2018-01', to: '2018-02' }]) {
      const error = indicatorErrorOf(() => computeIndicator(percentage, rows, options));
      expect(error.code).toBe('INVALID_DATA');
      expect(error.issues).toEqual([expect.objectContaining({ code: 'percentage-over-100', row: 0, period: '2017-01' })]);
    }
  });

  it('checks every row over a window too, when the aggregates are alike', () => {
    const ytd = defineIndicator({
      ...percentage,
      numerator: { field: 'inTime', aggregate: 'sum' },
      denominator: { field: 'due', aggregate: 'sum' },
      window: { type: 'year-to-date' },
    });
    // Over the year 5 of 8 is fine; January alone is 5 of 4, and that row is wrong.
    const rows = [
      { period: '2017-01', inTime: 5, due: 4 },
      { period: '2017-02', inTime: 0, due: 4 },
    ];
    expect(dataIssues(rows, ytd).map((i) => [i.code, i.path])).toEqual([['percentage-over-100', 'rows[0].inTime']]);
  });

  describe('over a window whose aggregates differ', () => {
    const rolling = defineIndicator({
      ...percentage,
      numerator: { field: 'inTime', aggregate: 'sum' },
      denominator: { field: 'due', aggregate: 'last' },
      window: { type: 'rolling', months: 2 },
    });

    it('compares the window totals, naming the row of the month the window ends with', () => {
      expect(
        dataIssues(
          [
            { period: '2017-08', inTime: 6, due: 10 },
            { period: '2017-09', inTime: 6, due: 10 },
          ],
          rolling,
        ),
      ).toEqual([
        {
          code: 'percentage-over-100',
          path: 'rows[1].inTime',
          row: 1,
          period: '2017-09',
          field: 'inTime',
          message: 'numerator 12 is larger than denominator 10 over the window ending 2017-09: a percentage cannot exceed 100%',
        },
      ]);
    });

    it('does not apply the row rule: a month may hold more than its snapshot', () => {
      // `sum` of inTime over `last` of due: July's 3 of 1 is no error; the window to August, 3 of 5, is 60%.
      const result = computeIndicator(rolling, [
        { period: '2017-07', inTime: 3, due: 1 },
        { period: '2017-08', inTime: 0, due: 5 },
      ]);
      expect(result.periods.map((p) => p.formatted)).toEqual([null, '60.0%']);
    });

    it('checks every window the rows cover, whatever the range', () => {
      const rows = [
        { period: '2017-08', inTime: 6, due: 10 },
        { period: '2017-09', inTime: 6, due: 10 },
        { period: '2017-10', inTime: 0, due: 10 },
        { period: '2017-11', inTime: 0, due: 10 },
      ];
      const error = indicatorErrorOf(() => computeIndicator(rolling, rows, { from: '2017-11' }));
      expect(error.issues).toEqual([expect.objectContaining({ code: 'percentage-over-100', period: '2017-09' })]);
    });
  });

  it('does not apply to other measures', () => {
    const ratio = defineIndicator({ ...percentage, measure: { type: 'ratio' } });
    expect(computeIndicator(ratio, [{ period: '2017-09', inTime: 5, due: 4 }]).periods[0]).toMatchObject({ status: 'ok', value: 1.25 });
  });
});

describe('a field that is in no row', () => {
  const misspelt = defineIndicator({
    id: 'cic-admissions',
    title: 'Admissions per 10,000',
    measure: { type: 'rate', per: 10000 },
    numerator: { field: 'admission', aggregate: 'sum' },
    denominator: { field: 'population', aggregate: 'last' },
    polarity: 'neutral',
  });

  // Issue 8: a misspelt field gave missing-data in every month and no error.
  it('is INVALID_DATA naming the field, the spec, the columns and the nearest one', () => {
    const error = indicatorErrorOf(() =>
      computeIndicator(misspelt, [
        { period: '2017-08', admissions: 17, population: 47715 },
        { period: '2017-09', admissions: 24, population: 47715 },
      ]),
    );
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues).toEqual([
      {
        code: 'unknown-field',
        path: 'rows',
        field: 'admission',
        message: 'numerator.field "admission" is in no row of spec cic-admissions; the rows have admissions, population; did you mean "admissions"?',
      },
    ]);
  });

  it('counts a field present as null in some row as there', () => {
    const result = computeIndicator(misspelt, [
      { period: '2017-08', admissions: 17, population: 47715 },
      { period: '2017-09', admission: null, population: 47715 },
    ]);
    expect(statuses(result)).toEqual([
      ['2017-08', 'missing-data'],
      ['2017-09', 'missing-data'],
    ]);
  });

  it('suggests a column that differs only in case, and none when nothing is close', () => {
    const messages = (rows: object[], spec = misspelt) => dataIssues(rows, spec).map((i) => i.message);
    expect(messages([{ period: '2017-09', Admission: 1, population: 2 }])).toEqual([
      'numerator.field "admission" is in no row of spec cic-admissions; the rows have Admission, population; did you mean "Admission"?',
    ]);
    expect(messages([{ period: '2017-09', ceased: 1, population: 2 }])).toEqual([
      'numerator.field "admission" is in no row of spec cic-admissions; the rows have ceased, population',
    ]);
    // One letter is not a misspelling of another one-letter name.
    const short = defineIndicator({ id: 'short', title: 'Short', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral' });
    expect(messages([{ period: '2017-09', d: 1 }], short)).toEqual(['numerator.field "n" is in no row of spec short; the rows have d']);
  });

  it('names every field in no row, and a field both components read once', () => {
    const both = defineIndicator({ ...percentage, id: 'both', numerator: 'seen', denominator: 'seen' });
    expect(dataIssues([{ period: '2017-09', other: 1 }], both).map((i) => i.message)).toEqual([
      'numerator.field and denominator.field "seen" is in no row of spec both; the rows have other',
    ]);
    expect(dataIssues([{ period: '2017-09' }], percentage).map((i) => [i.field, i.message])).toEqual([
      ['inTime', 'numerator.field "inTime" is in no row of spec reviews-in-time; the rows have no column but period'],
      ['due', 'denominator.field "due" is in no row of spec reviews-in-time; the rows have no column but period'],
    ]);
  });

  it('is reported with the other problems of the rows', () => {
    expect(dataIssues([{ period: '2017-9', admission: 1, population: -1 }], misspelt).map((i) => i.code)).toEqual(['bad-period', 'negative-value']);
    expect(dataIssues([{ period: '2017-9', population: 1 }], misspelt).map((i) => i.code)).toEqual(['bad-period', 'unknown-field']);
  });

  it('is no error with no rows: there is nothing to compute', () => {
    expect(computeIndicator(misspelt, []).periods).toEqual([]);
    expect(statuses(computeIndicator(misspelt, [], { from: '2017-09', to: '2017-09' }))).toEqual([['2017-09', 'missing-data']]);
  });
});

describe('rows are read through their own properties only', () => {
  it('never reads an inherited method as a figure', () => {
    const spec = defineIndicator({ id: 'method', title: 'Method', measure: { type: 'count' }, numerator: { field: 'toString', aggregate: 'sum' }, polarity: 'neutral' });
    expect(dataIssues([{ period: '2017-09', admissions: 1 }], spec).map((i) => [i.code, i.field])).toEqual([['unknown-field', 'toString']]);
  });

  it('never reads figures from a prototype', () => {
    const row = Object.assign(Object.create({ inTime: 1, due: 2 }) as object, { period: '2017-09' });
    expect(dataIssues([row], percentage).map((i) => [i.code, i.field])).toEqual([
      ['unknown-field', 'inTime'],
      ['unknown-field', 'due'],
    ]);
    const both = Object.create({ period: '2017-09', inTime: 1, due: 2 }) as object;
    expect(dataIssues([both], percentage).map((i) => i.code)).toEqual(['missing-period', 'unknown-field', 'unknown-field']);
  });

  it('reads an own figure that shadows a prototype one', () => {
    const row = Object.assign(Object.create({ inTime: 100 }) as object, { period: '2017-09', inTime: 1, due: 2 });
    expect(computeIndicator(percentage, [row]).periods[0]!.formatted).toBe('50.0%');
  });

  it('refuses __proto__ as a field name, even when the rows have it as an own key', () => {
    const rows = JSON.parse('[{ "period": "2017-09", "__proto__": 5 }]') as object[];
    expect(Object.hasOwn(rows[0]!, '__proto__')).toBe(true);
    const spec = { id: 'proto', title: 'Proto', measure: { type: 'count' }, numerator: '__proto__', polarity: 'neutral' } as const;
    const error = indicatorErrorOf(() => computeIndicator(spec, rows));
    expect(error.code).toBe('INVALID_SPEC');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['forbidden-key', 'numerator']]);
    // The row check refuses it too, for callers that build their own reads.
    const inner = indicatorErrorOf(() => indexRows(rows, { specId: 'proto', fields: [{ name: '__proto__', paths: ['numerator'] }], percentage: null }));
    expect(inner.code).toBe('INVALID_DATA');
    expect(inner.issues).toEqual([expect.objectContaining({ code: 'forbidden-key', path: 'numerator.field', field: '__proto__' })]);
  });

  it('reads rows from JSON.parse with a __proto__ key as plain data', () => {
    const rows = JSON.parse('[{ "period": "2017-09", "__proto__": { "admissions": 5 }, "admissions": 2 }]') as object[];
    expect(computeIndicator(count, rows).periods[0]!.value).toBe(2);
  });
});

describe('why a period has no value', () => {
  const rolling = defineIndicator({
    ...percentage,
    id: 'rolling',
    numerator: { field: 'inTime', aggregate: 'sum' },
    denominator: { field: 'due', aggregate: 'sum' },
    window: { type: 'rolling', months: 3 },
  });

  // Issue 8: deleting one month turned every later rolling month into
  // incomplete-window, with nothing saying which month was missing.
  it('names the month deleted from a rolling window', () => {
    const rows = [
      { period: '2017-01', inTime: 1, due: 2 },
      { period: '2017-02', inTime: 1, due: 2 },
      { period: '2017-04', inTime: 1, due: 2 },
      { period: '2017-05', inTime: 1, due: 2 },
      { period: '2017-06', inTime: 1, due: 2 },
    ];
    const result = computeIndicator(rolling, rows, { from: '2017-03' });
    expect(result.periods.map((p) => [p.period, p.status, p.missingMonths, p.missingFields])).toEqual([
      ['2017-03', 'missing-data', ['2017-03'], []],
      ['2017-04', 'incomplete-window', ['2017-03'], []],
      ['2017-05', 'incomplete-window', ['2017-03'], []],
      ['2017-06', 'ok', [], []],
    ]);
  });

  it('names the months before the first row and the fields with no figure', () => {
    const result = computeIndicator(rolling, [
      { period: '2017-01', inTime: 1, due: 2 },
      { period: '2017-02', inTime: null, due: 2 },
      { period: '2017-03', inTime: 1 },
    ]);
    expect(result.periods.map((p) => [p.status, p.missingMonths, p.missingFields])).toEqual([
      ['incomplete-window', ['2016-11', '2016-12'], []],
      ['missing-data', ['2016-12'], [{ field: 'inTime', periods: ['2017-02'] }]],
      ['missing-data', [], [{ field: 'inTime', periods: ['2017-02'] }, { field: 'due', periods: ['2017-03'] }]],
    ]);
  });

  it('leaves both empty, one shared frozen array, when ok or zero-denominator', () => {
    const result = computeIndicator(percentage, [
      { period: '2017-08', inTime: 1, due: 2 },
      { period: '2017-09', inTime: 0, due: 0 },
    ]);
    const [ok, zero] = result.periods;
    expect([ok!.status, zero!.status]).toEqual(['ok', 'zero-denominator']);
    for (const p of [ok!, zero!]) {
      expect(p.missingMonths).toEqual([]);
      expect(p.missingFields).toEqual([]);
      expect(Object.isFrozen(p.missingMonths)).toBe(true);
    }
    expect(ok!.missingMonths).toBe(zero!.missingFields);
  });

  it('never names a fixed component', () => {
    const fixed = defineIndicator({ ...percentage, denominator: { value: 10 } });
    const result = computeIndicator(fixed, [{ period: '2017-09', inTime: null }]);
    expect(result.periods[0]).toMatchObject({ status: 'missing-data', missingMonths: [], missingFields: [{ field: 'inTime', periods: ['2017-09'] }] });
  });
});

describe('options', () => {
  const NOT_A_MONTH = 'is not a month in YYYY-MM form from 1000-01 to 9999-12, e.g. "2017-09" (parsePeriod reads other forms, such as "Sep-17")';
  const rows = [
    { period: '2017-08', admissions: 1 },
    { period: '2017-09', admissions: 2 },
  ];

  it.each<[string, object, IndicatorIssue[]]>([
    ['from not YYYY-MM', { from: '2017-9' }, [{ code: 'bad-period', path: 'from', message: `from "2017-9" ${NOT_A_MONTH}` }]],
    ['to not YYYY-MM', { to: '2017-13' }, [{ code: 'bad-period', path: 'to', message: `to "2017-13" ${NOT_A_MONTH}` }]],
    ['from a number', { from: 201709 }, [{ code: 'bad-period', path: 'from', message: `from 201709 ${NOT_A_MONTH}` }]],
    [
      'both malformed',
      { from: '2017-9', to: '2017-13' },
      [
        { code: 'bad-period', path: 'from', message: `from "2017-9" ${NOT_A_MONTH}` },
        { code: 'bad-period', path: 'to', message: `to "2017-13" ${NOT_A_MONTH}` },
      ],
    ],
    ['from after to', { from: '2017-10', to: '2017-09' }, [{ code: 'range-reversed', path: 'from', message: 'from 2017-10 is after to 2017-09: from is the first month of the range, to the last' }]],
  ])('rejects %s with INVALID_OPTIONS', (_, options, issues) => {
    const error = indicatorErrorOf(() => computeIndicator(count, rows, options as never));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.issues).toEqual(issues);
  });

  it('accepts from equal to to', () => {
    expect(statuses(computeIndicator(count, rows, { from: '2017-09', to: '2017-09' }))).toEqual([['2017-09', 'ok']]);
  });

  it('returns no periods for no rows and no range', () => {
    const result = computeIndicator(count, []);
    expect(result.periods).toEqual([]);
    expect(result.id).toBe('admissions');
  });

  it('makes every period of a range missing data when there are no rows', () => {
    const result = computeIndicator(count, [], { from: '2017-08', to: '2017-10' });
    expect(statuses(result)).toEqual([
      ['2017-08', 'missing-data'],
      ['2017-09', 'missing-data'],
      ['2017-10', 'missing-data'],
    ]);
    for (const p of result.periods) {
      expect(p).toMatchObject({ value: null, rounded: null, formatted: null, numerator: null, rag: null, direction: null });
    }
  });

  it('makes the months of a range without rows missing data', () => {
    expect(statuses(computeIndicator(count, rows, { from: '2017-07', to: '2017-11' }))).toEqual([
      ['2017-07', 'missing-data'],
      ['2017-08', 'ok'],
      ['2017-09', 'ok'],
      ['2017-10', 'missing-data'],
      ['2017-11', 'missing-data'],
    ]);
  });

  it('defaults each end of the range to the rows', () => {
    expect(statuses(computeIndicator(count, rows, { from: '2017-09' }))).toEqual([['2017-09', 'ok']]);
    expect(statuses(computeIndicator(count, rows, { to: '2017-08' }))).toEqual([['2017-08', 'ok']]);
    expect(statuses(computeIndicator(count, [{ period: '2017-06', admissions: 1 }, { period: '2017-08', admissions: 1 }]))).toEqual([
      ['2017-06', 'ok'],
      ['2017-07', 'missing-data'],
      ['2017-08', 'ok'],
    ]);
  });
});

// New-user trial B7: a Map or a class instance with getters was "the row has no period" and "the rows have no
// column but period" although row.cic read 7. Now the row is named as not a plain object, with what to pass.
describe('rows that are not plain objects', () => {
  it('a Map row: its period and fields are named as unread, with Object.fromEntries(map) to pass', () => {
    const rows = [new Map<string, unknown>([['period', '2017-09'], ['admissions', 5]])];
    const why = "rows[0] is a Map, and only a plain object's own properties are read: pass Object.fromEntries(map)";
    expect(dataIssues(rows)).toEqual([
      { code: 'missing-period', path: 'rows[0].period', row: 0, field: 'period', message: why },
      { code: 'unknown-field', path: 'rows', field: 'admissions', message: `numerator.field "admissions" is in no row of spec admissions; the rows have no column but period; ${why}` },
    ]);
  });

  it('a class whose figure is a getter: the unknown-field issue says why, and how to copy the getter', () => {
    class Row {
      period = '2017-09';
      get admissions(): number {
        return 7;
      }
    }
    const [issue] = dataIssues([new Row()]);
    expect(issue).toMatchObject({ code: 'unknown-field', field: 'admissions' });
    expect(issue!.message).toBe(
      'numerator.field "admissions" is in no row of spec admissions; the rows have no column but period; ' +
        "rows[0] is a Row, and only a plain object's own properties are read: pass plain objects, e.g. { ...row, admissions: row.admissions }",
    );
  });

  it('a class whose period is a getter: missing-period says so; a class without the field at all is not blamed', () => {
    class Row {
      admissions = 1;
      get period(): string {
        return '2017-09';
      }
    }
    expect(dataIssues([new Row()])).toEqual([
      {
        code: 'missing-period',
        path: 'rows[0].period',
        row: 0,
        field: 'period',
        message: "rows[0] is a Row, and only a plain object's own properties are read: pass plain objects, e.g. { ...row, period: row.period }",
      },
    ]);
    class Bare {
      period = '2017-09';
    }
    expect(dataIssues([new Bare()]).map((i) => i.message)).toEqual(['numerator.field "admissions" is in no row of spec admissions; the rows have no column but period']);
  });

  it('a class instance whose fields are its own is read as before', () => {
    class Row {
      constructor(
        public period: string,
        public admissions: number,
      ) {}
    }
    expect(computeIndicator(count, [new Row('2017-09', 3)]).periods[0]!.value).toBe(3);
  });
});

// New-user trial A5: a catalogue rate with the population in the wrong unit (0.48117 for 48,117) printed
// 7,751,938 children in care per 10,000. A rate whose numerator is part of its denominator says so
// (measure.partOfDenominator), and then gets the percentage's rule: numerator above denominator is refused.
describe('a rate whose numerator is part of its denominator', () => {
  const rate = (extra: object = {}) =>
    defineIndicator({
      id: 'cic-rate',
      title: 'Children in care per 10,000',
      measure: { type: 'rate', per: 10000, partOfDenominator: true },
      numerator: { field: 'cic', aggregate: 'last' },
      denominator: { value: 0.48117 },
      polarity: 'lower-is-better',
      ...extra,
    });
  const TAIL = 'a rate of a part of its denominator (partOfDenominator) cannot exceed 10000 per 10000: is the denominator in the wrong unit?';

  it('refuses a row whose numerator exceeds a fixed denominator (the row rule), once, at the fixed figure', () => {
    expect(dataIssues([{ period: '2017-09', cic: 373 }], rate())).toEqual([
      {
        code: 'numerator-over-denominator',
        path: 'denominator.value',
        row: 0,
        period: '2017-09',
        field: 'cic',
        message: `cic 373 is larger than the fixed denominator 0.48117 in 2017-09: ${TAIL}`,
      },
    ]);
  });

  it('gives one issue for a fixed denominator every row exceeds, not one a row (new-user trial 3, B7)', () => {
    const rows = [
      { period: '2017-08', cic: 0.4 },
      { period: '2017-09', cic: 373 },
      { period: '2017-10', cic: 375 },
      { period: '2017-11', cic: 380 },
    ];
    expect(dataIssues(rows, rate())).toEqual([
      {
        code: 'numerator-over-denominator',
        path: 'denominator.value',
        row: 1,
        period: '2017-09',
        field: 'cic',
        message: `3 rows exceed the fixed denominator; the first: cic 373 is larger than the fixed denominator 0.48117 in 2017-09: ${TAIL}`,
      },
    ]);
  });

  it('refuses a population field in the wrong unit, row by row', () => {
    const spec = rate({ denominator: { field: 'population', aggregate: 'last' } });
    expect(dataIssues([{ period: '2017-09', cic: 373, population: 48.117 }], spec).map((i) => [i.code, i.message])).toEqual([
      ['numerator-over-denominator', `cic 373 is larger than population 48.117 in 2017-09: ${TAIL}`],
    ]);
  });

  it('refuses a window whose numerator exceeds its denominator (the window rule: a sum over a last)', () => {
    // A population is not summed over a window (A1 of new-user trial 3): a sum of members over the last population.
    const spec = defineIndicator({
      id: 'r',
      title: 'r',
      measure: { type: 'rate', per: 1000, partOfDenominator: true },
      numerator: { field: 'n', aggregate: 'sum' },
      denominator: { field: 'd', aggregate: 'last' },
      window: { type: 'rolling', months: 2 },
      polarity: 'neutral',
    });
    const rows = [
      { period: '2017-08', n: 1, d: 2 },
      { period: '2017-09', n: 3, d: 3 },
    ];
    expect(dataIssues(rows, spec).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'numerator-over-denominator',
        'rows[1].n',
        'numerator 4 is larger than denominator 3 over the window ending 2017-09: a rate of a part of its denominator (partOfDenominator) cannot exceed 1000 per 1000: is the denominator in the wrong unit?',
      ],
    ]);
  });

  it('computes the rate when the population is a count, and without the flag a rate may exceed per', () => {
    expect(computeIndicator(rate({ denominator: { value: 48117 } }), [{ period: '2017-09', cic: 373 }]).periods[0]!.formatted).toBe('77.5');
    const { partOfDenominator: _, ...measure } = { type: 'rate' as const, per: 10000, partOfDenominator: true };
    expect(computeIndicator(rate({ measure }), [{ period: '2017-09', cic: 373 }]).periods[0]!.status).toBe('ok');
  });
});
