/**
 * `compareTables`: every differing cell, missing and extra rows and
 * columns, exact numbers by default, decimals and tolerance on request,
 * for numeric strings as for numbers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

/** One cell against one cell. */
const same = (a: unknown, b: unknown, options?: Parameters<typeof compareTables>[2]): boolean =>
  compareTables([{ period: 'x', v: a as string }], [{ period: 'x', v: b as string }], options).equal;

describe('compareTables: numeric strings', () => {
  it('two numeric strings compare as numbers: trailing zeros, -0, signs and spaces do not matter', () => {
    expect(same('6.10', '6.1')).toBe(true);
    expect(same('6.10%', '6.1%')).toBe(true);
    expect(same('-0.0', '0.0')).toBe(true);
    expect(same('+0.7', '0.70')).toBe(true);
    expect(same(' 6.1 ', '6.1')).toBe(true);
    expect(same('.5', '0.50')).toBe(true);
    expect(same('1e+21', '1000000000000000000000')).toBe(true);
    expect(same('6.1', '6.2')).toBe(false);
    expect(same('-1.0', '1.0')).toBe(false);
  });

  it('decimals and tolerance apply to two numeric strings (a CSV export against formatted)', () => {
    expect(same('6.14', '6.1', { tolerance: 0.05 })).toBe(true);
    expect(same('6.16', '6.1', { tolerance: 0.05 })).toBe(false);
    expect(same('6.15', '6.2', { decimals: 1 })).toBe(true);
    expect(same('-6.15', '-6.2', { decimals: 1 })).toBe(true);
    expect(same('6.149', '6.2', { decimals: 1 })).toBe(false);
    expect(same('6.14%', '6.1%', { tolerance: 0.05 })).toBe(true);
    expect(same('78.17', '78.2', { decimals: 1 })).toBe(true);
  });

  it('a % on one side only never matches another string, whatever the options; against a number it is ignored', () => {
    expect(same('6.2%', '6.2')).toBe(false);
    expect(same('6.2', '6.2%', { tolerance: 1 })).toBe(false);
    expect(same('6.2%', 6.2)).toBe(true);
    expect(same(6.25, '6.2%', { tolerance: 0.05 })).toBe(true);
  });

  it('strings that are not plain decimals compare as text, and never match a number', () => {
    expect(same('N/A', 'N/A')).toBe(true);
    expect(same('N/A', 'n/a')).toBe(false);
    expect(same('1,234', '1234')).toBe(false);
    expect(same('1,234', 1234)).toBe(false);
    expect(same('007', '7')).toBe(false);
    expect(same('007', 7)).toBe(false);
    expect(same('£5', 5)).toBe(false);
    expect(same('', 0)).toBe(false);
    expect(same(null, 0)).toBe(false);
    expect(same(true, 'true')).toBe(true);
    expect(same(true, 1)).toBe(false);
    expect(same('.', '.')).toBe(true);
    expect(same('.', 0)).toBe(false);
    expect(same('1e99999', '1e99999')).toBe(true); // an exponent of 5 digits is text, compared as written
  });

  it('is exact: no floating-point tolerance edge, no rounding of huge or tiny numbers to zero', () => {
    expect(1.05 - 1 > 0.05).toBe(true); // in floating point
    expect(same(1.05, 1, { tolerance: 0.05 })).toBe(true);
    expect(same('1.05', '1', { tolerance: 0.05 })).toBe(true);
    expect(same(1.0500001, 1, { tolerance: 0.05 })).toBe(false);
    expect(same(1e21, 5e21, { decimals: 1 })).toBe(false);
    expect(same(1e21, '1000000000000000000000.04', { decimals: 1 })).toBe(true);
    expect(same(1.5e-7, 1e-7, { decimals: 7 })).toBe(false); // 0.0000002 against 0.0000001
    expect(same(1.005, 1.01, { decimals: 2 })).toBe(true); // 1.005 as written, not the double below it
    expect(same('12345678901234567890.123456789', '12345678901234567890.123456788')).toBe(false);
    expect(same('12345678901234567890.123456789', '12345678901234567890.123456788', { decimals: 8 })).toBe(true);
    expect(same(NaN, NaN)).toBe(false);
    expect(same(Infinity, 'Infinity')).toBe(false);
  });

  /** A decimal of `units` x 10^-scale as a string, and the same written differently (sign, zeros, spaces). */
  const decimal = fc.record({ units: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), scale: fc.integer({ min: 0, max: 3 }) });
  const text = (units: bigint, scale: number, zeros = 0, plus = false): string => {
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
    const body = scale === 0 ? digits + (zeros > 0 ? `.${'0'.repeat(zeros)}` : '') : `${digits.slice(0, -scale)}.${digits.slice(-scale)}${'0'.repeat(zeros)}`;
    return `${units < 0n ? '-' : plus ? '+' : ''}${body}`;
  };
  /** |u| rounded half away from zero from `scale` to `decimals` places, signed: an oracle in plain integers. */
  const roundTo = (u: bigint, scale: number, decimals: number): bigint => {
    const step = 10n ** BigInt(Math.max(0, scale - decimals));
    const a = u < 0n ? -u : u;
    const r = (a / step + (2n * (a % step) >= step ? 1n : 0n)) * 10n ** BigInt(Math.max(0, decimals - scale));
    return u < 0n ? -r : r;
  };

  it('property: a decimal agrees with itself written any other way, as a string or as a number', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.boolean(), ({ units, scale }, zeros, plus, percent) => {
        const s = text(units, scale);
        const pc = percent ? '%' : '';
        expect(same(s + pc, ` ${text(units, scale, zeros, plus)}${pc} `)).toBe(true);
        expect(same(Number(s), s + pc)).toBe(true);
        expect(same(s + pc, text(units + 1n, scale, zeros) + pc)).toBe(false);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('property: two numeric strings agree exactly when an integer oracle says so, with decimals and tolerance', () => {
    fc.assert(
      fc.property(decimal, fc.oneof(fc.bigInt({ min: -5n, max: 5n }), fc.bigInt({ min: -2000n, max: 2000n })), fc.integer({ min: 0, max: 3 }), fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), ({ units, scale }, gap, tolUnits, decimals) => {
        const other = units + gap;
        const tolerance = Number(text(BigInt(tolUnits), scale));
        const d = decimals ?? scale;
        const diff = roundTo(units, scale, d) - roundTo(other, scale, d);
        // diff counts 10^-d, the tolerance 10^-scale: |diff| / 10^d <= tolUnits / 10^scale
        const expected = (diff < 0n ? -diff : diff) * 10n ** BigInt(scale) <= BigInt(tolUnits) * 10n ** BigInt(d);
        const options = decimals === undefined ? { tolerance } : { tolerance, decimals };
        expect(same(text(units, scale), text(other, scale), options)).toBe(expected);
        expect(same(text(other, scale, 1), text(units, scale), options)).toBe(expected);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
