/**
 * auditTable, one hand-made table per reason, plus what agrees, what is not
 * checked, and the errors for text it cannot read.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorSpecInput } from 'council-indicators';
import { AUDIT_REASONS, auditTable, describeFinding } from 'council-indicators/audit';
import type { AuditRow } from 'council-indicators/audit';
import { indicatorErrorOf, pct } from '../helpers.js';

/** Admissions summed over a rolling 3 months, per 1,000 of a fixed 2,000. */
const rolling: IndicatorSpecInput = {
  id: 'rolling-rate',
  title: 'Rolling rate',
  measure: { type: 'rate', per: 1000 },
  numerator: { field: 'n', aggregate: 'sum' },
  denominator: { value: 2000 },
  window: { type: 'rolling', months: 3 },
  polarity: 'lower-is-better',
  target: 20,
  variance: 'relative',
};

const months = (from: number, values: number[], printed: AuditRow['printed'][] = []): AuditRow[] =>
  values.map((n, i) => ({ period: `2017-${String(from + i).padStart(2, '0')}`, n, ...(printed[i] ? { printed: printed[i] } : {}) }));

describe('AUDIT_REASONS', () => {
  it('is the fixed list, in the documented order', () => {
    expect(AUDIT_REASONS).toEqual([
      'window-total-does-not-add-up',
      'year-to-date-starts-in-wrong-month',
      'rating-in-band-gap',
      'rating-contradicts-bands',
      'arrow-contradicts-values',
      'variance-of-blank-target',
      'printed-as-fraction',
      'rounding',
      'value-does-not-follow-from-inputs',
    ]);
  });
});

describe('cells that agree', () => {
  it('reports nothing, comparing figures as exact decimals', () => {
    // 10 + 12 + 18 = 40 over 3 months; 40 / 2000 x 1000 = 20.0; variance 0.0%.
    const rows = months(1, [10, 12, 18], [undefined, undefined, { numerator: '40', value: '20.00', target: '20', variance: '0.0%', direction: '' }]);
    expect(auditTable(rolling, rows)).toEqual({ findings: [], bands: [] });
  });

  it('reads input figures given as text: blank is missing, 1,234 a number', () => {
    const spec = pct({ id: 'text-inputs' });
    const rows = [
      { period: 'Aug-17', a: '', b: '10', printed: { value: '' } },
      { period: 'Sep-17', a: '1,234', b: '2,468', printed: { value: '50.0%' } },
    ];
    expect(auditTable(spec, rows).findings).toEqual([]);
  });
});

describe('one reason each', () => {
  it('window-total-does-not-add-up: the printed total is not the sum of its months, and the value follows from it', () => {
    const rows = months(1, [10, 12, 18], [undefined, undefined, { numerator: '41', value: '20.5', variance: '2.5%' }]);
    expect(auditTable(rolling, rows).findings).toEqual([
      { period: '2017-03', cell: 'numerator', printed: '41', computed: '40', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'value', printed: '20.5', computed: '20.0', reason: 'window-total-does-not-add-up' },
      { period: '2017-03', cell: 'variance', printed: '2.5%', computed: '0.0%', reason: 'window-total-does-not-add-up' },
    ]);
  });

  it('year-to-date-starts-in-wrong-month: says which year start reproduces the printed cells', () => {
    const ytd: IndicatorSpecInput = { ...rolling, id: 'ytd', window: { type: 'year-to-date' }, target: undefined, variance: undefined };
    // April year start: May's total is 5 + 7 = 12. Cumulated from January: 1 + 2 + 3 + 5 + 7 = 18.
    const rows = months(1, [1, 2, 3, 5, 7], [undefined, undefined, undefined, undefined, { numerator: '18', value: '9.0' }]);
    expect(auditTable(ytd, rows).findings).toEqual([
      { period: '2017-05', cell: 'numerator', printed: '18', computed: '12', reason: 'year-to-date-starts-in-wrong-month', yearStartMonth: 1 },
      { period: '2017-05', cell: 'value', printed: '9.0', computed: '6.0', reason: 'year-to-date-starts-in-wrong-month', yearStartMonth: 1 },
    ]);
  });

  it('year-to-date-starts-in-wrong-month: found from the value alone when no total is printed', () => {
    const ytd: IndicatorSpecInput = { ...rolling, id: 'ytd', window: { type: 'year-to-date', yearStartMonth: 9 }, target: undefined, variance: undefined };
    // September start: October is 4 + 6 = 10, i.e. 5.0. From April: 1+1+1+1+1+4+6 = 15, i.e. 7.5.
    const rows = months(4, [1, 1, 1, 1, 1, 4, 6], [undefined, undefined, undefined, undefined, undefined, undefined, { value: '7.5' }]);
    expect(auditTable(ytd, rows).findings).toEqual([
      { period: '2017-10', cell: 'value', printed: '7.5', computed: '5.0', reason: 'year-to-date-starts-in-wrong-month', yearStartMonth: 4 },
    ]);
  });

  const gappy = pct({
    id: 'gappy',
    rag: {
      bands: [
        { rating: 'red', max: 84, maxInclusive: false },
        { rating: 'amber', min: 85, minInclusive: true, max: 97, maxInclusive: true },
        { rating: 'green', min: 98, minInclusive: true },
      ],
    },
  });

  it('rating-in-band-gap: a printed rating of a value no band covers; the gaps are listed, not thrown', () => {
    // 843 / 1000 = 84.3%, between R < 84% and A = 85-97%.
    const result = auditTable(gappy, [
      { period: '2017-09', a: 843, b: 1000, printed: { value: '84.3%', rag: 'A' } },
      { period: '2017-10', a: 978, b: 1000, printed: { value: '97.8%', rag: '' } },
    ]);
    expect(result.findings).toEqual([{ period: '2017-09', cell: 'rag', printed: 'A', computed: null, reason: 'rating-in-band-gap' }]);
    expect(result.bands.map((i) => [i.code, i.message])).toEqual([
      ['band-gap', 'bands leave 84 <= x < 85 uncovered (displayed values 84.0 to 84.9 at 1 decimal place)'],
      ['band-gap', 'bands leave 97 < x < 98 uncovered (displayed values 97.1 to 97.9 at 1 decimal place)'],
    ]);
  });

  it('rating-contradicts-bands: the bands give another rating, or a rating was left blank', () => {
    const result = auditTable(gappy, [
      { period: '2017-09', a: 99, b: 100, printed: { rag: 'Red' } },
      { period: '2017-10', a: 90, b: 100, printed: { rag: '' } },
    ]);
    expect(result.findings).toEqual([
      { period: '2017-09', cell: 'rag', printed: 'Red', computed: 'G', reason: 'rating-contradicts-bands' },
      { period: '2017-10', cell: 'rag', printed: '', computed: 'A', reason: 'rating-contradicts-bands' },
    ]);
  });

  it('rates on the exact value when the spec says so, at the band edge', () => {
    const exact = pct({ id: 'exact', rag: { using: 'exact', bands: [{ rating: 'red', max: 95, maxInclusive: false }, { rating: 'green', min: 95, minInclusive: true }] } });
    // 1899 / 2000 = 94.95%: displayed 95.0%, but below 95 exactly.
    expect(auditTable(exact, [{ period: '2017-09', a: 1899, b: 2000, printed: { value: '95.0%', rag: 'G' } }]).findings).toEqual([
      { period: '2017-09', cell: 'rag', printed: 'G', computed: 'R', reason: 'rating-contradicts-bands' },
    ]);
  });

  it('an overlap: either rating of the overlap agrees, and the overlap is listed', () => {
    const overlapping = pct({ id: 'overlap', rag: { bands: [{ rating: 'red', max: 85, maxInclusive: true }, { rating: 'green', min: 85, minInclusive: true }] } });
    const result = auditTable(overlapping, [
      { period: '2017-08', a: 85, b: 100, printed: { rag: 'R' } },
      { period: '2017-09', a: 85, b: 100, printed: { rag: 'G' } },
      { period: '2017-10', a: 85, b: 100, printed: { rag: 'A' } },
    ]);
    expect(result.findings).toEqual([{ period: '2017-10', cell: 'rag', printed: 'A', computed: 'R/G', reason: 'rating-contradicts-bands' }]);
    expect(result.bands.map((i) => i.code)).toEqual(['band-overlap']);
  });

  it('arrow-contradicts-values: arrows and words against the change in displayed values', () => {
    const rows = [
      { period: '2017-07', a: 50, b: 100 },
      { period: '2017-08', a: 50, b: 100, printed: { direction: 'up' } },
      { period: '2017-09', a: 60, b: 100, printed: { direction: '↓' } },
      { period: '2017-10', a: 70, b: 100, printed: { direction: '↑' } },
    ];
    expect(auditTable(pct(), rows).findings).toEqual([
      { period: '2017-08', cell: 'direction', printed: 'up', computed: '→', reason: 'arrow-contradicts-values' },
      { period: '2017-09', cell: 'direction', printed: '↓', computed: '↑', reason: 'arrow-contradicts-values' },
    ]);
  });

  it('variance-of-blank-target: a blank target cell, and the #DIV/0! printed from it', () => {
    const rows = months(1, [10, 12, 18], [undefined, undefined, { target: '', variance: '#DIV/0!' }]);
    expect(auditTable(rolling, rows).findings).toEqual([
      { period: '2017-03', cell: 'target', printed: '', computed: '20.0', reason: 'variance-of-blank-target' },
      { period: '2017-03', cell: 'variance', printed: '#DIV/0!', computed: '0.0%', reason: 'variance-of-blank-target' },
    ]);
  });

  it('rounding: the exact value (or variance) rounded another way', () => {
    const spec = pct({ id: 'round', target: 60 });
    // 2/3 = 66.666...%: half-up 66.7%, truncated 66.6%; variance 6.666... -> 6.7, truncated 6.6.
    const rows = [{ period: '2017-09', a: 2, b: 3, printed: { value: '66.6%', variance: '6.6' } }, { period: '2017-10', a: 2, b: 3, printed: { value: '67%' } }];
    expect(auditTable(spec, rows).findings).toEqual([
      { period: '2017-09', cell: 'value', printed: '66.6%', computed: '66.7%', reason: 'rounding' },
      { period: '2017-09', cell: 'variance', printed: '6.6', computed: '6.7', reason: 'rounding' },
      { period: '2017-10', cell: 'value', printed: '67%', computed: '66.7%', reason: 'rounding' },
    ]);
  });

  it('value-does-not-follow-from-inputs: no rounding, total or year start explains it', () => {
    const spec = pct({ id: 'wrong', target: 60 });
    const rows = [{ period: '2017-09', a: 1, b: 3, printed: { value: '50.0%', target: '65.0%', variance: '-10.0' } }];
    expect(auditTable(spec, rows).findings).toEqual([
      { period: '2017-09', cell: 'value', printed: '50.0%', computed: '33.3%', reason: 'value-does-not-follow-from-inputs' },
      { period: '2017-09', cell: 'target', printed: '65.0%', computed: '60.0%', reason: 'value-does-not-follow-from-inputs' },
      { period: '2017-09', cell: 'variance', printed: '-10.0', computed: '-26.7', reason: 'value-does-not-follow-from-inputs' },
    ]);
  });

  it('a printed value where the inputs give none', () => {
    expect(auditTable(pct(), [{ period: '2017-09', a: 0, b: 0, printed: { value: '0.0%' } }]).findings).toEqual([
      { period: '2017-09', cell: 'value', printed: '0.0%', computed: null, reason: 'value-does-not-follow-from-inputs' },
    ]);
    // #DIV/0! for a zero denominator says what the spec says: no value.
    expect(auditTable(pct(), [{ period: '2017-09', a: 0, b: 0, printed: { value: '#DIV/0!' } }]).findings).toEqual([]);
  });
});

describe('options', () => {
  it('audits only the months from from to to', () => {
    const rows = [
      { period: '2017-08', a: 1, b: 2, printed: { value: '99.0%' } },
      { period: '2017-09', a: 1, b: 2, printed: { value: '98.0%' } },
    ];
    expect(auditTable(pct(), rows, { from: '2017-09' }).findings.map((f) => f.period)).toEqual(['2017-09']);
  });
});

describe('errors', () => {
  it('throws INVALID_DATA for every printed cell it cannot read, naming the row and cell', () => {
    const e = indicatorErrorOf(() =>
      auditTable(pct(), [
        { period: '2017-09', a: 1, b: 2, printed: { value: '50,0%', rag: 'Amberish', direction: 'sideways', colour: 'x' } as never },
        { period: '2017-10', a: '1O', b: 2 },
      ]),
    );
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['not-a-number', 'rows[0].printed.value'],
      ['bad-choice', 'rows[0].printed.rag'],
      ['bad-choice', 'rows[0].printed.direction'],
      ['unknown-key', 'rows[0].printed.colour'],
      ['not-a-number', 'rows[1].a'],
    ]);
    expect(e.issues[4]).toMatchObject({ row: 1, period: '2017-10', field: 'a' });
    expect(e.issues[0]!.message).toContain('"50,0%" is not a figure');
  });

  it('throws INVALID_DATA for rows that are not an array, a row without a period, and an unreadable period', () => {
    expect(indicatorErrorOf(() => auditTable(pct(), {} as never)).issues.map((i) => i.code)).toEqual(['not-an-array']);
    expect(indicatorErrorOf(() => auditTable(pct(), [{ a: 1 } as never, { period: '2017-13', a: 1, b: 1 }, 7 as never])).issues.map((i) => i.code)).toEqual([
      'missing-period',
      'bad-period',
      'not-an-object',
    ]);
  });

  it('keeps every spec rule but the bands covering each value once', () => {
    const noInclusivity = pct({ rag: { bands: [{ rating: 'red', max: 85 }, { rating: 'green', min: 85, minInclusive: true }] } });
    const e = indicatorErrorOf(() => auditTable(noInclusivity, [{ period: '2017-09', a: 1, b: 2 }]));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues.map((i) => i.code)).toEqual(['band-inclusivity']);
  });

  it('passes the core\'s data errors through', () => {
    const e = indicatorErrorOf(() => auditTable(pct(), [{ period: '2017-09', a: 3, b: 2 }]));
    expect(e.issues.map((i) => i.code)).toEqual(['percentage-over-100']);
  });
});

describe('describeFinding', () => {
  it('names the year start that reproduces the printed cells', () => {
    expect(
      describeFinding({ period: '2017-05', cell: 'numerator', printed: '18', computed: '12', reason: 'year-to-date-starts-in-wrong-month', yearStartMonth: 1 }),
    ).toBe("May-17 numerator: printed 18, computed 12: the year to date was cumulated from another month than the spec's year start (a year starting in January reproduces the printed cells)");
  });
});
