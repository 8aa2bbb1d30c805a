/**
 * computeScorecard: rows worked out by hand, benchmark comparisons under
 * each polarity (exact ties included), the series, and errors.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { IndicatorSpecInput, Polarity } from 'council-indicators';
import { computeScorecard } from '../../src/scorecard/index.js';
import type { ScorecardRow } from '../../src/scorecard/index.js';
import { admissions, cicRate, reviews, rows } from './fixtures.js';
import { indicatorErrorOf } from '../helpers.js';

const card = computeScorecard([reviews, cicRate, admissions], rows, { asOf: '2017-03', months: 3 });
const byId = (id: string): ScorecardRow => card.rows.find((r) => r.id === id)!;
const { series: _r, ...reviewsRow } = byId('reviews');
const { series: _c, ...cicRow } = byId('cic-rate');
const { series: _a, ...admissionsRow } = byId('admissions');

describe('scorecard rows', () => {
  it('has one row per indicator in the order given, and the benchmark names in order of first appearance', () => {
    expect(card.asOf).toBe('2017-03');
    expect(card.months).toBe(3);
    expect(card.rows.map((r) => r.id)).toEqual(['reviews', 'cic-rate', 'admissions']);
    expect(card.benchmarkNames).toEqual(['england', 'statistical-neighbours']);
  });

  it('a percentage: 13/16 = 81.25% shown 81.3%, 1.25 over target shown 1.3, green, up from 80.0%, better than England 75%', () => {
    expect(reviewsRow).toEqual({
      id: 'reviews',
      title: 'Reviews | in time',
      polarity: 'higher-is-better',
      measure: 'percentage',
      decimals: 1,
      window: { type: 'period' },
      period: '2017-03',
      frequency: 'month',
      status: 'ok',
      value: 81.25,
      exact: '81.25',
      rounded: 81.3,
      formatted: '81.3%',
      target: 80,
      formattedTarget: '80.0%',
      variance: 1.3,
      formattedVariance: '1.3',
      rag: 'green',
      direction: 'up',
      trend: 'improving',
      missingMonths: [],
      missingFields: [],
      benchmarks: [{ name: 'england', label: '2016', value: 75, formatted: '75.0%', comparison: 'better' }],
    });
  });

  it('a rate: 340 per 50,000 = 68.0 per 10,000, target stepped to 65 in March, (68 - 65) / 65 = 4.615...% shown 4.6%', () => {
    expect(cicRow).toEqual({
      id: 'cic-rate',
      title: 'Children in care per 10,000',
      polarity: 'lower-is-better',
      measure: 'rate',
      decimals: 1,
      window: { type: 'period' },
      period: '2017-03',
      frequency: 'month',
      status: 'ok',
      value: 68,
      exact: '68',
      rounded: 68,
      formatted: '68.0',
      target: 65,
      formattedTarget: '65.0',
      variance: 4.6,
      formattedVariance: '4.6%',
      rag: null,
      direction: 'up',
      trend: 'worsening',
      missingMonths: [],
      missingFields: [],
      benchmarks: [
        // The March step (68) applies, not the 2016 one (66): a tie is 'same'.
        { name: 'statistical-neighbours', label: '2016', value: 68, formatted: '68.0', comparison: 'same' },
        // England's only step starts in April: nothing applies yet.
        { name: 'england', label: null, value: null, formatted: null, comparison: null },
      ],
    });
  });

  it('a neutral count: no target, no trend, a benchmark without a comparison, no direction after a missing month', () => {
    expect(admissionsRow).toEqual({
      id: 'admissions',
      title: 'Admissions',
      polarity: 'neutral',
      measure: 'count',
      decimals: 0,
      window: { type: 'period' },
      period: '2017-03',
      frequency: 'month',
      status: 'ok',
      value: 6,
      exact: '6',
      rounded: 6,
      formatted: '6',
      target: null,
      formattedTarget: null,
      variance: null,
      formattedVariance: null,
      rag: null,
      direction: null,
      trend: null,
      missingMonths: [],
      missingFields: [],
      benchmarks: [{ name: 'england', label: null, value: 5, formatted: '5', comparison: null }],
    });
  });

  it('agrees with computeIndicator at asOf', () => {
    for (const spec of [reviews, cicRate, admissions]) {
      const direct = computeIndicator(spec, rows, { from: '2017-03', to: '2017-03' }).periods[0]!;
      const row = byId(spec.id);
      const { period, status, value, exact, rounded, formatted, target, variance, formattedVariance, rag, direction, trend } = direct;
      expect({ period, status, value, exact, rounded, formatted, target, variance, formattedVariance, rag, direction, trend }).toEqual({
        period: row.period,
        status: row.status,
        value: row.value,
        exact: row.exact,
        rounded: row.rounded,
        formatted: row.formatted,
        target: row.target,
        variance: row.variance,
        formattedVariance: row.formattedVariance,
        rag: row.rag,
        direction: row.direction,
        trend: row.trend,
      });
      expect(row.series[row.series.length - 1]).toEqual(direct);
    }
  });

  it('takes specs already validated by defineIndicator as well as plain ones', () => {
    const again = computeScorecard([defineIndicator(reviews), cicRate], rows, { asOf: '2017-03', months: 3 });
    expect(again.rows.map((r) => r.formatted)).toEqual(['81.3%', '68.0']);
  });

  it('an empty list of specs is an empty scorecard', () => {
    expect(computeScorecard([], rows, { asOf: '2017-03' })).toEqual({ asOf: '2017-03', frequency: 'month', months: 18, periods: 18, benchmarkNames: [], rows: [] });
  });
});

describe('benchmark comparisons', () => {
  /** 1/2 = 50.0% under a polarity, against one benchmark value. */
  function compare(polarity: Polarity, benchmark: number | null, extra: Partial<IndicatorSpecInput> = {}, data: object[] = [{ period: '2017-03', a: 1, b: 2 }]) {
    const spec: IndicatorSpecInput = {
      id: 'half',
      title: 'Half',
      measure: { type: 'percentage' },
      numerator: 'a',
      denominator: 'b',
      polarity,
      ...(polarity === 'closer-to-target' ? { target: 50 } : {}),
      benchmarks: { bench: [{ from: '2017-01', value: benchmark }] },
      ...extra,
    };
    return computeScorecard([spec], data, { asOf: '2017-03', months: 1 }).rows[0]!.benchmarks[0]!;
  }

  it('higher is better: above the benchmark is better, below worse, equal the same', () => {
    expect(compare('higher-is-better', 49.9).comparison).toBe('better');
    expect(compare('higher-is-better', 50.1).comparison).toBe('worse');
    expect(compare('higher-is-better', 50).comparison).toBe('same');
  });

  it('lower is better: below the benchmark is better, above worse, equal the same', () => {
    expect(compare('lower-is-better', 49.9).comparison).toBe('worse');
    expect(compare('lower-is-better', 50.1).comparison).toBe('better');
    expect(compare('lower-is-better', 50).comparison).toBe('same');
  });

  it('closer to target and neutral have no comparison', () => {
    expect(compare('closer-to-target', 49.9).comparison).toBeNull();
    expect(compare('neutral', 49.9).comparison).toBeNull();
    // ...but the benchmark is still reported.
    expect(compare('neutral', 49.9)).toEqual({ name: 'bench', label: null, value: 49.9, formatted: '49.9%', comparison: null });
  });

  it('compares the rounded value exactly: 2/3 shows 66.7%, the same as 66.7, above 66.67 and below 66.71', () => {
    const third = [{ period: '2017-03', a: 2, b: 3 }];
    expect(compare('higher-is-better', 66.7, {}, third).comparison).toBe('same');
    expect(compare('higher-is-better', 66.67, {}, third).comparison).toBe('better');
    expect(compare('higher-is-better', 66.71, {}, third).comparison).toBe('worse');
    // A benchmark with more decimals than the indicator is printed in full.
    expect(compare('higher-is-better', 66.67, {}, third).formatted).toBe('66.67%');
  });

  it('no float artefacts: a ratio of 3/10 is exactly 0.3, the same as a benchmark of 0.3', () => {
    const spec: Partial<IndicatorSpecInput> = { measure: { type: 'ratio' }, decimals: 2 };
    // Compared as rationals: 30/100 against 3/10, never as floats (where 0.1 + 0.2 is 0.30000000000000004).
    expect(compare('higher-is-better', 0.3, spec, [{ period: '2017-03', a: 3, b: 10 }]).comparison).toBe('same');
  });

  it('no comparison when the value is missing or the benchmark step is null', () => {
    expect(compare('higher-is-better', 50, {}, [{ period: '2017-03', a: null, b: 2 }]).comparison).toBeNull();
    expect(compare('higher-is-better', null)).toEqual({ name: 'bench', label: null, value: null, formatted: null, comparison: null });
  });
});

describe('series', () => {
  it('has `months` months ending at asOf (18 by default), oldest first', () => {
    const full = computeScorecard([reviews], rows, { asOf: '2017-03' });
    const series = full.rows[0]!.series;
    expect(series).toHaveLength(18);
    expect(series[0]!.period).toBe('2015-10');
    expect(series[17]!.period).toBe('2017-03');
    expect(full.months).toBe(18);
    // Months before the data are missing, not zero.
    expect(series.slice(0, 15).every((p) => p.status === 'missing-data' && p.value === null)).toBe(true);
    expect(series.slice(15).map((p) => p.formatted)).toEqual(['75.0%', '80.0%', '81.3%']);
  });

  it('reports every missing-data status of the months it covers', () => {
    const rolling: IndicatorSpecInput = { ...admissions, id: 'admissions-3m', numerator: { field: 'admitted', aggregate: 'sum' }, window: { type: 'rolling', months: 3 } };
    const zero: IndicatorSpecInput = { ...reviews, id: 'zero', benchmarks: {} };
    const s = computeScorecard([admissions, rolling, zero], [...rows.slice(0, 2), { period: '2017-03', a: 0, b: 0, admitted: 6 }], {
      asOf: '2017-04',
      months: 5,
    });
    const statuses = (i: number) => s.rows[i]!.series.map((p) => [p.period, p.status]);
    expect(statuses(0)).toEqual([
      ['2016-12', 'missing-data'],
      ['2017-01', 'ok'],
      ['2017-02', 'missing-data'],
      ['2017-03', 'ok'],
      ['2017-04', 'missing-data'],
    ]);
    // A rolling 3 months: January lacks the two months before it, March lacks February.
    expect(statuses(1).map(([, st]) => st)).toEqual(['missing-data', 'incomplete-window', 'missing-data', 'incomplete-window', 'missing-data']);
    expect(statuses(2).map(([, st]) => st)).toEqual(['missing-data', 'ok', 'ok', 'zero-denominator', 'missing-data']);
    // At asOf (April, after the data) every row is missing-data with nothing to show.
    expect(s.rows.map((r) => [r.status, r.value, r.formatted, r.rag, r.direction])).toEqual([
      ['missing-data', null, null, null, null],
      ['missing-data', null, null, null, null],
      ['missing-data', null, null, null, null],
    ]);
  });

  it('works with no rows at all: every month missing', () => {
    const s = computeScorecard([reviews], [], { asOf: '2017-03', months: 2 });
    expect(s.rows[0]!.series.map((p) => p.status)).toEqual(['missing-data', 'missing-data']);
    expect(s.rows[0]!.benchmarks[0]!.comparison).toBeNull();
  });
});

describe('errors', () => {
  it('INVALID_OPTIONS for a bad asOf or months, naming each', () => {
    const e = indicatorErrorOf(() => computeScorecard([reviews], rows, { asOf: '2017-13', months: 0 }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.path)).toEqual(['asOf', 'months']);
    expect(e.issues[0]!.message).toBe('asOf "2017-13" is not a month in YYYY-MM form from 1000-01 to 9999-12, e.g. "2017-09" (parsePeriod reads other forms, such as "Sep-17")');
    expect(indicatorErrorOf(() => computeScorecard([reviews], rows, { asOf: '2017-3' })).issues[0]!.path).toBe('asOf');
    expect(indicatorErrorOf(() => computeScorecard([reviews], rows, { asOf: '2017-03', months: 1.5 })).issues[0]!.path).toBe('months');
    expect(indicatorErrorOf(() => computeScorecard([reviews], rows, undefined as never)).code).toBe('INVALID_OPTIONS');
  });

  it('INVALID_SPEC naming every issue of every spec by its index', () => {
    const bad = { ...cicRate, polarity: 'up' } as unknown as IndicatorSpecInput;
    const worse = { ...admissions, id: 'Not Kebab', measure: { type: 'percentage' } } as IndicatorSpecInput;
    const e = indicatorErrorOf(() => computeScorecard([reviews, bad, worse], rows, { asOf: '2017-03' }));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues.some((i) => i.path === 'specs[1].polarity')).toBe(true);
    expect(e.issues.some((i) => i.path === 'specs[2].id')).toBe(true);
    expect(e.issues.every((i) => /^specs\[[12]\]/.test(i.path))).toBe(true);
  });

  it('INVALID_SPEC when two specs share an id, and when specs is not an array', () => {
    const e = indicatorErrorOf(() => computeScorecard([reviews, { ...cicRate, id: 'reviews' }], rows, { asOf: '2017-03' }));
    expect(e.issues).toEqual([
      { code: 'duplicate-id', path: 'specs[1].id', message: 'id "reviews" is also the id of specs[0]: each indicator of a scorecard needs its own id' },
    ]);
    const notArray = indicatorErrorOf(() => computeScorecard({} as never, rows, { asOf: '2017-03' }));
    expect([notArray.code, notArray.issues[0]!.code, notArray.issues[0]!.path]).toEqual(['INVALID_SPEC', 'not-an-array', 'specs']);
  });

  it('INVALID_DATA for rows no indicator can read, with plain row paths', () => {
    const e = indicatorErrorOf(() => computeScorecard([reviews, cicRate], [...rows, { period: '2017-3', a: 1, b: 2 }], { asOf: '2017-03' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ code: 'bad-period', path: 'rows[3].period', row: 3, field: 'period' });
    expect(e.issues[0]!.message).toContain('"2017-3"');
    const notArray = indicatorErrorOf(() => computeScorecard([reviews], 'rows' as never, { asOf: '2017-03' }));
    expect([notArray.code, notArray.issues[0]!.code, notArray.issues[0]!.path]).toEqual(['INVALID_DATA', 'not-an-array', 'rows']);
    // Checked even with no indicator to read them: nothing is dropped silently.
    expect(indicatorErrorOf(() => computeScorecard([], [{ period: 'Sep-17' }], { asOf: '2017-03' })).issues.map((i) => i.path)).toEqual(['rows[0].period']);
  });

  it('INVALID_DATA for figures an indicator reads, with its id before the path, for every indicator', () => {
    const data = [
      { period: '2017-01', a: 15, b: 20, cic: -1 },
      { period: '2017-02', a: 21, b: 20, cic: 300 },
    ];
    const e = indicatorErrorOf(() => computeScorecard([reviews, cicRate], data, { asOf: '2017-02' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => [i.path, i.row, i.field])).toEqual([
      ['reviews: rows[1].a', 1, 'a'],
      ['cic-rate: rows[0].cic', 0, 'cic'],
    ]);
    expect(e.message).toContain('cic-rate: rows[0].cic: -1 is negative');
  });
});

describe('fields that are in no row (issue 8, point 2)', () => {
  it('INVALID_DATA naming every indicator that reads one, never a column of blanks', () => {
    const misspelt: IndicatorSpecInput = { ...admissions, id: 'admissions-typo', numerator: { field: 'admited', aggregate: 'sum' } };
    const alsoMisspelt: IndicatorSpecInput = { ...reviews, id: 'reviews-typo', denominator: 'B' };
    const e = indicatorErrorOf(() => computeScorecard([reviews, misspelt, cicRate, alsoMisspelt], rows, { asOf: '2017-03' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => [i.code, i.path, i.field])).toEqual([
      ['unknown-field', 'admissions-typo: rows', 'admited'],
      ['unknown-field', 'reviews-typo: rows', 'B'],
    ]);
    // The core's words: the field, the spec, the columns the rows have, the closest.
    expect(e.issues[0]!.message).toContain('"admited" is in no row');
    expect(e.issues[0]!.message).toContain('did you mean "admitted"?');
    expect(e.issues[1]!.message).toContain('did you mean "b"?');
    expect(e.message).toContain('admissions-typo: rows: ');
  });

  it('a field some rows lack is not unknown: those months say why instead', () => {
    const card = computeScorecard([admissions], [...rows, { period: '2017-04' }], { asOf: '2017-04', months: 2 });
    expect(card.rows[0]!.status).toBe('missing-data');
  });
});

describe('why a value is missing (issue 8, point 3)', () => {
  const rolling: IndicatorSpecInput = {
    id: 'admissions-3m',
    title: 'Admissions, rolling 3 months',
    measure: { type: 'count' },
    numerator: { field: 'admitted', aggregate: 'sum' },
    window: { type: 'rolling', months: 3 },
    polarity: 'neutral',
  };
  // No row for 2017-02; admitted is null in 2017-04.
  const gappy = [
    { period: '2016-12', admitted: 3 },
    { period: '2017-01', admitted: 4 },
    { period: '2017-03', admitted: 6 },
    { period: '2017-04', admitted: null },
    { period: '2017-05', admitted: 5 },
  ];

  it('each row carries the months and fields its window lacks at asOf, as computeIndicator gives them', () => {
    const card = computeScorecard([rolling, admissions], gappy, { asOf: '2017-03', months: 2 });
    const [r, a] = card.rows;
    expect([r!.status, r!.missingMonths, r!.missingFields]).toEqual(['incomplete-window', ['2017-02'], []]);
    expect([a!.status, a!.missingMonths, a!.missingFields]).toEqual(['ok', [], []]);
    const april = computeScorecard([admissions], gappy, { asOf: '2017-04', months: 1 }).rows[0]!;
    expect([april.status, april.missingMonths, april.missingFields]).toEqual(['missing-data', [], [{ field: 'admitted', periods: ['2017-04'] }]]);
  });
});

describe('the scorecard uses only the public API (issue 8, point 12)', () => {
  it('imports nothing from the core but its public entry point', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../src/scorecard/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...text.matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => m[1]);
      // The statistics subpath (XmR, significance) is not the core: it too uses only the core's public API.
      expect(imports.filter((p) => p !== '../index.js' && !p!.startsWith('../statistics/')), file).toEqual([]);
    }
  });
});
