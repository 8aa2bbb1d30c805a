/**
 * Data rows, as computeIndicator checks and indexes them: every problem is
 * reported in one INVALID_DATA error naming path, row, period and field;
 * null and absent figures are missing data, not errors. Also the `from`/`to`
 * options (INVALID_OPTIONS).
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { IndicatorIssue, IndicatorResult } from 'council-indicators';
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
      { path: 'rows[1].period', row: 1, field: 'period', message },
    ]);
  });

  it('rejects a row with no period', () => {
    expect(dataIssues([{ admissions: 2 }])).toEqual([{ path: 'rows[0].period', row: 0, field: 'period', message: 'the row has no period' }]);
    expect(dataIssues([{ period: undefined, admissions: 2 }])).toEqual([
      { path: 'rows[0].period', row: 0, field: 'period', message: 'the row has no period' },
    ]);
  });

  it('describes a null period as null', () => {
    expect(dataIssues([{ period: null, admissions: 2 }])).toEqual([
      { path: 'rows[0].period', row: 0, field: 'period', message: 'period null is not a month in YYYY-MM form' },
    ]);
  });

  it('rejects a Date as a period', () => {
    const issues = dataIssues([{ period: new Date(2017, 8, 1), admissions: 2 }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'rows[0].period', row: 0, field: 'period' });
    expect(issues[0]!.message).toMatch(/ is not a month in YYYY-MM form$/);
  });

  it('rejects the same period twice, naming both rows', () => {
    expect(
      dataIssues([
        { period: '2017-08', admissions: 1 },
        { period: '2017-09', admissions: 1 },
        { period: '2017-08', admissions: 2 },
      ]),
    ).toEqual([{ path: 'rows[2].period', row: 2, period: '2017-08', field: 'period', message: 'period 2017-08 appears twice, in rows 0 and 2' }]);
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
  it.each<[string, unknown, string]>([
    ['a numeric string', '12', 'expected a number or null, received the string "12"'],
    ['an empty string', '', 'expected a number or null, received the string ""'],
    ['NaN', NaN, 'NaN is not a finite number'],
    ['Infinity', Infinity, 'Infinity is not a finite number'],
    ['-Infinity', -Infinity, '-Infinity is not a finite number'],
    ['a negative number', -1, '-1 is negative; the figures an indicator reads must be zero or more'],
    ['a negative fraction', -0.5, '-0.5 is negative; the figures an indicator reads must be zero or more'],
    ['a boolean', true, 'expected a number or null, received boolean true'],
    ['an object', { value: 12 }, 'expected a number or null, received an object'],
    ['an array', [12], 'expected a number or null, received an array'],
  ])('rejects %s', (_, value, message) => {
    expect(dataIssues([{ period: '2017-09', admissions: value }])).toEqual([
      { path: 'rows[0].admissions', row: 0, period: '2017-09', field: 'admissions', message },
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
      { path: 'rows[0].other', row: 0, period: '2017-09', field: 'other', message: '-5 is negative; the figures an indicator reads must be zero or more' },
    ]);
  });

  it('checks the denominator field as well as the numerator', () => {
    expect(dataIssues([{ period: '2017-09', inTime: 1, due: '4' }], percentage)).toEqual([
      { path: 'rows[0].due', row: 0, period: '2017-09', field: 'due', message: 'expected a number or null, received the string "4"' },
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
      { path: 'rows[0].inTime', row: 0, period: '2017-07', field: 'inTime', message: 'expected a number or null, received the string "x"' },
      { path: 'rows[0].due', row: 0, period: '2017-07', field: 'due', message: '-1 is negative; the figures an indicator reads must be zero or more' },
      { path: 'rows[2].period', row: 2, field: 'period', message: 'period "2017-9" is not a month in YYYY-MM form' },
      { path: 'rows[3].due', row: 3, period: '2017-10', field: 'due', message: 'NaN is not a finite number' },
      { path: 'rows[4].period', row: 4, period: '2017-08', field: 'period', message: 'period 2017-08 appears twice, in rows 1 and 4' },
      { path: 'rows[5].inTime', row: 5, period: '2017-11', field: 'inTime', message: 'expected a number or null, received boolean true' },
      { path: 'rows[5].due', row: 5, period: '2017-11', field: 'due', message: 'Infinity is not a finite number' },
    ]);
    expect(error.message).toMatch(/; and 2 more$/);
  });

  it('reports the bad fields of a row whose period is bad, without a period', () => {
    expect(dataIssues([{ period: '2017-13', inTime: 'x', due: 3 }], percentage)).toEqual([
      { path: 'rows[0].period', row: 0, field: 'period', message: 'period "2017-13" is not a month in YYYY-MM form' },
      { path: 'rows[0].inTime', row: 0, field: 'inTime', message: 'expected a number or null, received the string "x"' },
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
    expect(dataIssues([{ period: '2017-08', admissions: 1 }, row])).toEqual([{ path: 'rows[1]', row: 1, message }]);
  });

  it('describes a null row as null', () => {
    expect(dataIssues([null])).toEqual([{ path: 'rows[0]', row: 0, message: 'each row must be an object with a period, received null' }]);
  });

  it('describes an undefined row as undefined', () => {
    expect(dataIssues([undefined])).toEqual([{ path: 'rows[0]', row: 0, message: 'each row must be an object with a period, received undefined' }]);
  });

  it('reports every bad row together', () => {
    expect(dataIssues([1, { period: '2017-09', admissions: 1 }, 'x', []]).map((i) => i.path)).toEqual(['rows[0]', 'rows[2]', 'rows[3]']);
  });

  it.each<[string, unknown, string]>([
    ['a string', 'rows', 'rows must be an array, received the string "rows"'],
    ['an object', { period: '2017-09', admissions: 1 }, 'rows must be an array, received an object'],
    ['a number', 3, 'rows must be an array, received 3'],
  ])('rejects rows that are %s', (_, rows, message) => {
    expect(dataIssues(rows)).toEqual([{ path: 'rows', message }]);
  });

  it('describes null rows as null', () => {
    expect(dataIssues(null)).toEqual([{ path: 'rows', message: 'rows must be an array, received null' }]);
  });

  it('describes undefined rows as undefined', () => {
    expect(dataIssues(undefined)).toEqual([{ path: 'rows', message: 'rows must be an array, received undefined' }]);
  });
});

describe('a percentage whose numerator exceeds its denominator', () => {
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
      {
        path: 'rows[1].inTime',
        row: 1,
        period: '2017-09',
        field: 'inTime',
        message: 'numerator 5 is larger than denominator 4 for 2017-09: a percentage cannot exceed 100%',
      },
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
      ['rows[0].inTime', 'numerator 3 is larger than denominator 2 for 2017-07: a percentage cannot exceed 100%'],
      ['rows[2].inTime', 'numerator 2.5 is larger than denominator 2.25 for 2017-09: a percentage cannot exceed 100%'],
    ]);
  });

  it('is raised against a zero denominator, while 0 of 0 is a zero denominator', () => {
    expect(dataIssues([{ period: '2017-09', inTime: 1, due: 0 }], percentage).map((i) => i.message)).toEqual([
      'numerator 1 is larger than denominator 0 for 2017-09: a percentage cannot exceed 100%',
    ]);
    expect(statuses(computeIndicator(percentage, [{ period: '2017-09', inTime: 0, due: 0 }]))).toEqual([['2017-09', 'zero-denominator']]);
  });

  it('names "numerator" when the numerator is a fixed value', () => {
    const fixed = defineIndicator({ ...percentage, numerator: { value: 11 }, denominator: { field: 'due', aggregate: 'sum' } });
    expect(dataIssues([{ period: '2017-09', due: 10 }], fixed)).toEqual([
      {
        path: 'rows[0].numerator',
        row: 0,
        period: '2017-09',
        field: 'numerator',
        message: 'numerator 11 is larger than denominator 10 for 2017-09: a percentage cannot exceed 100%',
      },
    ]);
  });

  it('compares the window totals, naming the row of the reported month', () => {
    const rolling = defineIndicator({
      ...percentage,
      numerator: { field: 'inTime', aggregate: 'sum' },
      denominator: { field: 'due', aggregate: 'last' },
      window: { type: 'rolling', months: 2 },
    });
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
        path: 'rows[1].inTime',
        row: 1,
        period: '2017-09',
        field: 'inTime',
        message: 'numerator 12 is larger than denominator 10 for 2017-09: a percentage cannot exceed 100%',
      },
    ]);
  });

  it('does not apply to other measures', () => {
    const ratio = defineIndicator({ ...percentage, measure: { type: 'ratio' } });
    expect(computeIndicator(ratio, [{ period: '2017-09', inTime: 5, due: 4 }]).periods[0]).toMatchObject({ status: 'ok', value: 1.25 });
  });
});

describe('options', () => {
  const rows = [
    { period: '2017-08', admissions: 1 },
    { period: '2017-09', admissions: 2 },
  ];

  it.each<[string, object, IndicatorIssue[]]>([
    ['from not YYYY-MM', { from: '2017-9' }, [{ path: 'from', message: 'from "2017-9" is not a month in YYYY-MM form' }]],
    ['to not YYYY-MM', { to: '2017-13' }, [{ path: 'to', message: 'to "2017-13" is not a month in YYYY-MM form' }]],
    ['from a number', { from: 201709 }, [{ path: 'from', message: 'from 201709 is not a month in YYYY-MM form' }]],
    [
      'both malformed',
      { from: '2017-9', to: '2017-13' },
      [
        { path: 'from', message: 'from "2017-9" is not a month in YYYY-MM form' },
        { path: 'to', message: 'to "2017-13" is not a month in YYYY-MM form' },
      ],
    ],
    ['from after to', { from: '2017-10', to: '2017-09' }, [{ path: 'from', message: 'from 2017-10 is after to 2017-09' }]],
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
