/**
 * auditTable: percentages printed as fractions of 1 (`0.062` for 6.2%), as a
 * spreadsheet exports a cell it formats with `%`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';
import { auditTable, describeFinding } from 'council-indicators/audit';
import type { AuditFinding } from 'council-indicators/audit';
import { tables } from '../../examples/reference/audit-tables.js';
import { pct } from '../helpers.js';

/** A percentage with a target of 8.5% and a difference variance (percentage points). */
const spec = pct({ id: 'fraction', target: 8.5 });

describe('printed-as-fraction', () => {
  it('a value, a target and a variance printed as fractions of 1', () => {
    // 62 / 1000 = 6.2%; target 8.5%; variance 6.2 - 8.5 = -2.3 percentage points.
    const rows = [{ period: '2017-09', a: 62, b: 1000, printed: { value: '0.062', target: '0.085', variance: '-0.023' } }];
    expect(auditTable(spec, rows).findings).toEqual([
      { period: '2017-09', cell: 'value', printed: '0.062', computed: '6.2%', reason: 'printed-as-fraction' },
      { period: '2017-09', cell: 'target', printed: '0.085', computed: '8.5%', reason: 'printed-as-fraction' },
      { period: '2017-09', cell: 'variance', printed: '-0.023', computed: '-2.3', reason: 'printed-as-fraction' },
    ]);
  });

  it('compares exactly: trailing zeros agree, 100% printed as 1 is a fraction, 0 printed as 0 agrees', () => {
    const rows = [
      { period: '2017-07', a: 62, b: 1000, printed: { value: '0.0620' } },
      { period: '2017-08', a: 10, b: 10, printed: { value: '1' } },
      { period: '2017-09', a: 0, b: 10, printed: { value: '0' } },
    ];
    expect(auditTable(pct(), rows).findings).toEqual([
      { period: '2017-07', cell: 'value', printed: '0.0620', computed: '6.2%', reason: 'printed-as-fraction' },
      { period: '2017-08', cell: 'value', printed: '1', computed: '100.0%', reason: 'printed-as-fraction' },
    ]);
  });

  it('at another precision: the exact percentage rounded at two places fewer than printed', () => {
    // 62134 / 1000000 = 6.2134%: 1 decimal gives 6.2%, 2 decimals 6.21%.
    const at = (decimals: number, printed: string): AuditFinding['reason'][] =>
      auditTable(pct({ decimals }), [{ period: '2017-09', a: 62134, b: 1000000, printed: { value: printed } }]).findings.map((f) => f.reason);
    expect(at(1, '0.062')).toEqual(['printed-as-fraction']); // 6.2% exactly
    expect(at(2, '0.0621')).toEqual(['printed-as-fraction']); // 6.21% exactly
    expect(at(1, '0.0621')).toEqual(['printed-as-fraction']); // 6.21%: 6.2134% at 2 places
    expect(at(2, '0.062')).toEqual(['printed-as-fraction']); // 6.2%: 6.2134% at 1 place
    expect(at(1, '0.06')).toEqual(['printed-as-fraction']); // 6%: 6.2134% at 0 places
    expect(at(1, '0.0622')).toEqual(['printed-as-fraction']); // 6.22%: 6.2134% rounded up at 2 places
    expect(at(1, '0.0623')).toEqual(['value-does-not-follow-from-inputs']); // 6.23% is no rounding of 6.2134%
    expect(at(1, '0.07')).toEqual(['printed-as-fraction']); // 7%: rounded up at 0 places
    expect(at(1, '0.05')).toEqual(['value-does-not-follow-from-inputs']); // 5% neither
    expect(at(1, '0.062%')).toEqual(['value-does-not-follow-from-inputs']); // the % says it is in percent
    // 0.1 is 10%, a whole number of tens of percent: only an exact 10.0% would be a fraction.
    expect(at(1, '0.1')).toEqual(['value-does-not-follow-from-inputs']);
  });

  it('a relative variance is a percentage whatever the measure', () => {
    const rate: IndicatorSpecInput = {
      id: 'rate',
      title: 'Rate',
      measure: { type: 'rate', per: 10000 },
      numerator: 'cic',
      denominator: { value: 47715 },
      polarity: 'lower-is-better',
      target: 74,
      variance: 'relative',
    };
    // 373 / 47715 x 10,000 = 78.17... -> 78.2; (78.17... - 74) / 74 = 5.64% -> 5.6%.
    const rows = [{ period: '2017-09', cic: 373, printed: { value: '0.782', target: '74.0', variance: '0.056' } }];
    expect(auditTable(rate, rows).findings).toEqual([
      // A rate is not a percentage: 0.782 is just a wrong figure.
      { period: '2017-09', cell: 'value', printed: '0.782', computed: '78.2', reason: 'value-does-not-follow-from-inputs' },
      { period: '2017-09', cell: 'variance', printed: '0.056', computed: '5.6%', reason: 'printed-as-fraction' },
    ]);
  });

  it('a column printed as fractions: one finding for each cell, the way a wrong total gives one for each cell it explains', () => {
    const rows = [
      { period: '2017-07', a: 60, b: 1000, printed: { value: '0.06', target: '0.085' } },
      { period: '2017-08', a: 61, b: 1000, printed: { value: '0.061', target: '0.085' } },
      { period: '2017-09', a: 62, b: 1000, printed: { value: '6.2%', target: '8.5%' } },
    ];
    expect(auditTable(spec, rows).findings.map((f) => [f.period, f.cell, f.reason])).toEqual([
      ['2017-07', 'value', 'printed-as-fraction'],
      ['2017-07', 'target', 'printed-as-fraction'],
      ['2017-08', 'value', 'printed-as-fraction'],
      ['2017-08', 'target', 'printed-as-fraction'],
    ]);
  });

  it('not for a mean: 0.373 for 37.3 is a wrong figure', () => {
    const average: IndicatorSpecInput = { id: 'avg', title: 'Average', measure: { type: 'mean' }, numerator: 'days', denominator: 'n', polarity: 'lower-is-better' };
    expect(auditTable(average, [{ period: '2017-09', days: 373, n: 10, printed: { value: '0.373' } }]).findings.map((f) => f.reason)).toEqual([
      'value-does-not-follow-from-inputs',
    ]);
  });

  it('any percentage printed as its fraction of 1 is found (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3 }), (b, k, decimals) => {
        const a = k % (b + 1);
        const s = pct({ id: 'prop', decimals });
        const formatted = computeIndicator(s, [{ period: '2017-09', a, b }]).periods[0]!.formatted!;
        const printed = fractionOf(formatted);
        const findings = auditTable(s, [{ period: '2017-09', a, b, printed: { value: printed } }]).findings;
        // 0% as a fraction is 0: it agrees.
        expect(findings).toEqual(Number(printed) === 0 ? [] : [{ period: '2017-09', cell: 'value', printed, computed: formatted, reason: 'printed-as-fraction' }]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the reference report exported without its % format', () => {
  const percentages = tables.filter((t) => t.spec.measure.type === 'percentage');
  const isFigure = (t: string | number | undefined): t is string => typeof t === 'string' && /^-?\d/.test(t);

  it.each(percentages.map((t) => [t.name, t] as const))('%s: every printed percentage is a printed-as-fraction finding, and the other findings stay', (_, table) => {
    const before = auditTable(table.spec, table.rows);
    const rows = table.rows.map((r) => {
      const printed = { ...r.printed };
      for (const c of ['value', 'target', 'variance'] as const) {
        const t = printed[c];
        if (isFigure(t)) printed[c] = fractionOf(t);
      }
      return { ...r, printed };
    });
    const after = auditTable(table.spec, rows);
    // 0 as a fraction is 0%: it agrees.
    const fractions = rows.flatMap((r) => (['value', 'target', 'variance'] as const).filter((c) => isFigure(r.printed[c]) && Number(r.printed[c]) !== 0).map((c) => `${r.period} ${c}`));
    expect(fractions.length).toBeGreaterThan(30);
    expect(after.findings.filter((f) => f.reason === 'printed-as-fraction').map((f) => `${f.period} ${f.cell}`)).toEqual(fractions);
    expect(after.findings.filter((f) => f.reason !== 'printed-as-fraction')).toEqual(before.findings);
    expect(after.bands).toEqual(before.bands);
  });
});

/** `'6.2%'` as a fraction of 1 written out by moving the point: `'0.062'`. */
function fractionOf(formatted: string): string {
  const negative = formatted.startsWith('-');
  const [whole, frac = ''] = formatted.replace(/^-/, '').replace('%', '').split('.');
  const digits = `${whole}${frac}`.padStart(frac.length + 3, '0');
  const places = frac.length + 2;
  return `${negative ? '-' : ''}${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
}

describe('describeFinding', () => {
  it('says what the fraction is as a percentage, or in percentage points for a difference', () => {
    const f = (cell: AuditFinding['cell'], printed: string, computed: string): string => describeFinding({ period: '2017-09', cell, printed, computed, reason: 'printed-as-fraction' });
    expect(f('value', '0.062', '6.2%')).toBe('Sep-17 value: printed 0.062, computed 6.2%: printed as a fraction of 1 (0.062 is 6.2%)');
    expect(f('value', '0.0621', '6.2%')).toBe('Sep-17 value: printed 0.0621, computed 6.2%: printed as a fraction of 1 (0.0621 is 6.21%)');
    expect(f('value', '1', '100.0%')).toBe('Sep-17 value: printed 1, computed 100.0%: printed as a fraction of 1 (1 is 100%)');
    expect(f('target', '0.085', '8.5%')).toBe('Sep-17 target: printed 0.085, computed 8.5%: printed as a fraction of 1 (0.085 is 8.5%)');
    expect(f('variance', '-0.023', '-2.3')).toBe('Sep-17 variance: printed -0.023, computed -2.3: printed as a fraction of 1 (-0.023 is -2.3 percentage points)');
    expect(f('variance', '-0.01', '-1.0')).toBe('Sep-17 variance: printed -0.01, computed -1.0: printed as a fraction of 1 (-0.01 is -1 percentage point)');
    expect(f('variance', '0.056', '5.6%')).toBe('Sep-17 variance: printed 0.056, computed 5.6%: printed as a fraction of 1 (0.056 is 5.6%)');
  });

  it('says a wrong target is the spec\'s, not the inputs\'', () => {
    const f = (printed: string, computed: string | null): string => describeFinding({ period: '2017-09', cell: 'target', printed, computed, reason: 'value-does-not-follow-from-inputs' });
    expect(f('65.0%', '60.0%')).toBe("Sep-17 target: printed 65.0%, computed 60.0%: the spec's target for the month is another figure");
    expect(f('65.0%', null)).toBe('Sep-17 target: printed 65.0%, computed no value: the spec has no target for the month');
    expect(f('', '60.0%')).toBe('Sep-17 target: printed (blank), computed 60.0%: the spec has a target for the month, and the cell is blank');
  });
});

describe('variance sign and size, as the core takes them', () => {
  it('recognises rounding of a relative variance against a negative target, taken relative to its size as the core does', () => {
    const net: IndicatorSpecInput = { id: 'net', title: 'Net change', measure: { type: 'count' }, numerator: { field: 'n', signed: true }, polarity: 'higher-is-better', target: -3, variance: 'relative' };
    // (-2 - -3) / |-3| = +33.3...%: 33% at 0 places, 34% rounded up.
    expect(auditTable(net, [{ period: '2017-09', n: -2, printed: { variance: '34%' } }]).findings).toEqual([
      { period: '2017-09', cell: 'variance', printed: '34%', computed: '33%', reason: 'rounding' },
    ]);
  });

  it('recognises rounding of a variance taken target minus value', () => {
    const s = pct({ id: 'sign', target: 60, variance: { type: 'difference', sign: 'target-minus-value' } });
    // 60 - 66.666...% = -6.666...: half-up -6.7, truncated -6.6.
    expect(auditTable(s, [{ period: '2017-09', a: 2, b: 3, printed: { variance: '-6.6' } }]).findings).toEqual([
      { period: '2017-09', cell: 'variance', printed: '-6.6', computed: '-6.7', reason: 'rounding' },
    ]);
  });
});
