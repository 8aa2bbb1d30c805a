/**
 * `compareTables`: every differing cell, missing and extra rows and
 * columns, exact numbers by default, decimals and tolerance on request.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import { compareTables } from 'council-indicators/testing';

describe('compareTables', () => {
  it('equal tables are equal; numbers and their printed strings agree', () => {
    expect(compareTables([{ period: '2017-09', n: 42.3, rag: 'green', note: null }], [{ period: '2017-09', n: '42.3', rag: 'green', note: '' }])).toEqual({ equal: true, differences: [] });
  });

  it('numbers compare exactly by default: 0.1 + 0.2 is not 0.3', () => {
    const r = compareTables([{ period: '2017-09', n: 0.1 + 0.2 }], [{ period: '2017-09', n: 0.3 }]);
    expect(r.differences).toEqual([{ row: '2017-09', column: 'n', actual: 0.30000000000000004, expected: 0.3 }]);
  });

  it('decimals round half away from zero as a report prints; tolerance allows a gap', () => {
    expect(compareTables([{ period: 'a', x: '78.2' }], [{ period: 'a', x: 78.17 }], { decimals: 1 }).equal).toBe(true);
    expect(compareTables([{ period: 'a', x: 0.05 }], [{ period: 'a', x: 0.1 }], { decimals: 1 }).equal).toBe(true);
    expect(compareTables([{ period: 'a', x: -0.05 }], [{ period: 'a', x: -0.1 }], { decimals: 1 }).equal).toBe(true);
    expect(compareTables([{ period: 'a', x: 1.04 }], [{ period: 'a', x: 1.1 }], { decimals: 1 }).equal).toBe(false);
    expect(compareTables([{ period: 'a', x: '6.2%' }], [{ period: 'a', x: 6.25 }], { tolerance: 0.05 }).equal).toBe(true);
    expect(compareTables([{ period: 'a', x: 6.3 }], [{ period: 'a', x: 6.2 }], { tolerance: 0.05 }).equal).toBe(false);
  });

  it('reports missing and extra rows and columns, and every differing cell', () => {
    const actual = [
      { period: '2017-07', value: '1.0', rag: 'red' },
      { period: '2017-09', value: '3.0', rag: 'amber', extra: 'x' },
      { period: '2017-10', value: '4.0', rag: 'green' },
    ];
    const expected = [
      { period: '2017-07', value: 1, rag: 'red', trend: 'improving' },
      { period: '2017-08', value: 2, rag: 'red', trend: null },
      { period: '2017-09', value: 3.5, rag: 'green', trend: null },
    ];
    expect(compareTables(actual, expected)).toEqual({
      equal: false,
      differences: [
        { row: '2017-07', column: 'trend', actual: undefined, expected: 'improving' },
        { row: '2017-08', column: '*', actual: undefined, expected: '2017-08' },
        { row: '2017-09', column: 'value', actual: '3.0', expected: 3.5 },
        { row: '2017-09', column: 'rag', actual: 'amber', expected: 'green' },
        { row: '2017-09', column: 'trend', actual: undefined, expected: null },
        { row: '2017-09', column: 'extra', actual: 'x', expected: undefined },
        { row: '2017-10', column: '*', actual: '2017-10', expected: undefined },
      ],
    });
    expect(compareTables(actual, expected, { columns: ['value'] }).differences.map((d) => `${d.row} ${d.column}`)).toEqual(['2017-08 *', '2017-09 value', '2017-10 *']);
  });

  it('keys rows by another column when asked', () => {
    expect(compareTables([{ id: 'b', v: 2 }, { id: 'a', v: 1 }], [{ id: 'a', v: 1 }, { id: 'b', v: 2 }], { key: 'id' }).equal).toBe(true);
  });

  it('compares a dashboard export with what the library computes', () => {
    const spec = defineIndicator({ id: 'pct', title: 'P', measure: { type: 'percentage' }, numerator: 'n', denominator: 'd', polarity: 'higher-is-better' });
    const computed = computeIndicator(spec, [
      { period: '2017-08', n: 57, d: 100 },
      { period: '2017-09', n: 31, d: 500 },
    ]).periods.map((p) => ({ period: p.period, value: p.formatted }));
    const dashboard = [
      { period: '2017-08', value: '57.0%' },
      { period: '2017-09', value: '6.1%' },
    ];
    expect(compareTables(dashboard, computed).differences).toEqual([{ row: '2017-09', column: 'value', actual: '6.1%', expected: '6.2%' }]);
  });

  it('is loud on tables and options it cannot read', () => {
    expect(() => compareTables({} as never, [])).toThrow(/actual must be an array of rows/);
    expect(() => compareTables([{ n: 1 }], [])).toThrow(/actual\[0\] has no period/);
    expect(() => compareTables([], [{ period: 'a' }, { period: 'a' }])).toThrow(/expected\[1\]\.period "a" appears twice/);
    expect(() => compareTables([], [], { decimals: 1.5 })).toThrow(/decimals must be a whole number/);
    expect(() => compareTables([], [], { tolerance: -1 })).toThrow(/tolerance must be a finite number/);
  });
});
