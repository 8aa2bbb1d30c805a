/**
 * computeIndicator as a whole: statuses, the reported range, the shape of a
 * result, plain and validated specs, caching, and isolation from an
 * application's own decimal.js settings. Expected values are worked out by
 * hand in the comments.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, isIndicatorError } from 'council-indicators';
import type { IndicatorResult, IndicatorSpecInput, PeriodResult } from 'council-indicators';
import { pct, thrown } from './helpers.js';

const col = <K extends keyof PeriodResult>(r: IndicatorResult, key: K): PeriodResult[K][] => r.periods.map((p) => p[key]);

/** Every number anywhere in a value, with its path. */
function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

const NULL_VALUE = { value: null, exact: null, rounded: null, formatted: null, rag: null, variance: null, formattedVariance: null };

const bands = [
  { rating: 'red' as const, max: 50, maxInclusive: false },
  { rating: 'green' as const, min: 50, minInclusive: true },
];

describe('statuses', () => {
  it("missing-data when the reported month's figure is null, absent from its row, or the row is absent", () => {
    const r = computeIndicator(pct({ target: 5, rag: { bands } }), [
      { period: '2017-01', a: 1, b: 10 }, // 10%
      { period: '2017-02', a: null, b: 10 }, // a is null
      { period: '2017-03', b: 10 }, // a is absent
      // no row for 2017-04
      { period: '2017-05', a: 3, b: null }, // the denominator is null
      { period: '2017-06', a: 1, b: 10 },
    ]);
    expect(col(r, 'period')).toEqual(['2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06']);
    expect(col(r, 'status')).toEqual(['ok', 'missing-data', 'missing-data', 'missing-data', 'missing-data', 'ok']);
    for (const p of r.periods.slice(1, 5)) expect(p).toMatchObject(NULL_VALUE);
    // What was reported is still shown.
    expect(col(r, 'numerator')).toEqual([1, null, null, null, 3, 1]);
    expect(col(r, 'denominator')).toEqual([10, 10, 10, null, null, 10]);
    // The target is in force whether or not there is a value.
    expect(col(r, 'target')).toEqual([5, 5, 5, 5, 5, 5]);
  });

  it('incomplete-window when an earlier month of a rolling window is missing', () => {
    const r = computeIndicator(
      { id: 'rolling-count', title: 'Rolling count', measure: { type: 'count' }, numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'rolling', months: 3 }, polarity: 'neutral' },
      [
        { period: '2017-01', n: 1 }, // window from 2016-11: before the data
        { period: '2017-02', n: null }, // reported month missing
        { period: '2017-03', n: 3 }, // window 01..03 has 02 missing
        { period: '2017-04', n: 4 }, // window 02..04 has 02 missing
        { period: '2017-05', n: 5 }, // 3 + 4 + 5 = 12
      ],
    );
    expect(col(r, 'status')).toEqual(['incomplete-window', 'missing-data', 'incomplete-window', 'incomplete-window', 'ok']);
    expect(col(r, 'numerator')).toEqual([null, null, null, null, 12]);
    expect(col(r, 'formatted')).toEqual([null, null, null, null, '12']);
  });

  it('incomplete-window when an earlier month of a year-to-date window is missing', () => {
    const r = computeIndicator(
      pct({ numerator: { field: 'a', aggregate: 'sum' }, denominator: { field: 'b', aggregate: 'sum' }, window: { type: 'year-to-date' } }),
      [
        { period: '2017-04', a: 1, b: 10 }, // 10%
        { period: '2017-05', a: 1, b: null },
        { period: '2017-06', a: 1, b: 10 }, // April .. June, May's denominator missing
        { period: '2018-04', a: 2, b: 10 }, // a new year: 20%
      ],
      { from: '2017-04', to: '2018-04' },
    );
    expect(r.periods[0]!.status).toBe('ok');
    expect(r.periods[1]!.status).toBe('missing-data');
    expect(r.periods[2]!.status).toBe('incomplete-window');
    expect(r.periods[2]!.numerator).toBe(3); // the numerator is complete: 1 + 1 + 1
    expect(r.periods[2]!.denominator).toBe(null);
    // July 2017 .. March 2018 have no rows.
    expect(r.periods.slice(3, 12).every((p) => p.status === 'missing-data')).toBe(true);
    expect(r.periods[12]).toMatchObject({ period: '2018-04', status: 'ok', formatted: '20.0%' });
  });

  it('missing-data outranks incomplete-window, within a component and across components', () => {
    const r = computeIndicator(
      pct({ numerator: { field: 'a', aggregate: 'sum' }, denominator: { field: 'b', aggregate: 'sum' }, window: { type: 'rolling', months: 3 } }),
      [
        { period: '2017-01', a: 1, b: 10 },
        { period: '2017-02', a: null, b: 10 }, // the window also starts before the data
        { period: '2017-03', a: 1, b: null }, // numerator incomplete (Feb), denominator missing
        { period: '2017-04', a: 1, b: 10 }, // numerator and denominator both incomplete
      ],
    );
    expect(col(r, 'status')).toEqual(['incomplete-window', 'missing-data', 'missing-data', 'incomplete-window']);
  });

  it('zero-denominator with the numerator and denominator reported and no value', () => {
    const r = computeIndicator(pct({ target: 5, variance: 'relative', rag: { bands } }), [
      { period: '2017-01', a: 0, b: 0 },
      { period: '2017-02', a: 1, b: 10 },
    ]);
    expect(r.periods[0]).toMatchObject({ status: 'zero-denominator', numerator: 0, denominator: 0, target: 5, ...NULL_VALUE, direction: null, trend: null });
    // February has a value but nothing to compare with.
    expect(r.periods[1]).toMatchObject({ status: 'ok', formatted: '10.0%', direction: null, trend: null });
  });

  it('zero-denominator from a fixed zero denominator', () => {
    const r = computeIndicator(
      { id: 'rate', title: 'Rate', measure: { type: 'rate', per: 10000 }, numerator: 'n', denominator: { value: 0 }, polarity: 'neutral' },
      [{ period: '2017-01', n: 4 }],
    );
    expect(r.periods[0]).toMatchObject({ status: 'zero-denominator', numerator: 4, denominator: 0, value: null, formatted: null });
  });
});

describe('the reported range', () => {
  const rows = [
    { period: '2017-03', a: 3, b: 10 },
    { period: '2017-01', a: 1, b: 10 },
    { period: '2017-02', a: 2, b: 10 },
  ];

  it("defaults to the rows' first..last month, in order whatever the row order", () => {
    const r = computeIndicator(pct(), rows);
    expect(col(r, 'period')).toEqual(['2017-01', '2017-02', '2017-03']);
    expect(col(r, 'formatted')).toEqual(['10.0%', '20.0%', '30.0%']);
  });

  it('from and to beyond the data give missing-data periods', () => {
    const r = computeIndicator(pct(), rows, { from: '2016-11', to: '2017-05' });
    expect(col(r, 'period')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02', '2017-03', '2017-04', '2017-05']);
    expect(col(r, 'status')).toEqual(['missing-data', 'missing-data', 'ok', 'ok', 'ok', 'missing-data', 'missing-data']);
    expect(col(r, 'numerator')).toEqual([null, null, 1, 2, 3, null, null]);
    // The first month of the data has no previous value: no direction.
    expect(col(r, 'direction')).toEqual([null, null, null, 'up', 'up', null, null]);
  });

  it('from and to inside the data select a sub-range', () => {
    const r = computeIndicator(pct(), rows, { from: '2017-02', to: '2017-02' });
    expect(col(r, 'period')).toEqual(['2017-02']);
    expect(r.periods[0]).toMatchObject({ formatted: '20.0%', direction: 'up' });
  });

  it('with no rows and a range, every period is missing-data', () => {
    const r = computeIndicator(pct(), [], { from: '2017-01', to: '2017-02' });
    expect(col(r, 'status')).toEqual(['missing-data', 'missing-data']);
  });

  it('with no rows and no range, there are no periods', () => {
    expect(computeIndicator(pct(), []).periods).toEqual([]);
  });

  it('a from after the last row, or a to before the first, with the other end missing, is INVALID_OPTIONS', () => {
    const e1 = thrown(() => computeIndicator(pct(), rows, { from: '2017-04' }));
    expect(isIndicatorError(e1) && e1.code).toBe('INVALID_OPTIONS');
    const e2 = thrown(() => computeIndicator(pct(), rows, { to: '2016-12' }));
    expect(isIndicatorError(e2) && e2.code).toBe('INVALID_OPTIONS');
  });

  it('a period that is not YYYY-MM in the options is INVALID_OPTIONS', () => {
    const e = thrown(() => computeIndicator(pct(), rows, { from: '2017-1' }));
    expect(isIndicatorError(e) && e.code).toBe('INVALID_OPTIONS');
  });

  it('from after to is INVALID_OPTIONS', () => {
    const e = thrown(() => computeIndicator(pct(), rows, { from: '2017-03', to: '2017-01' }));
    expect(isIndicatorError(e) && e.code).toBe('INVALID_OPTIONS');
  });
});

describe('the result', () => {
  const spec = defineIndicator(pct({ target: 20, variance: 'relative', rag: { bands } }));
  const rows = [
    { period: '2017-01', a: 1, b: 3 }, // 33.3%
    { period: '2017-02', a: 0, b: 0 }, // zero denominator
    { period: '2017-03', a: null, b: 4 },
    { period: '2017-04', a: 3, b: 4 }, // 75%
  ];
  const result = computeIndicator(spec, rows);

  it('carries the id, title and validated spec', () => {
    expect(result.id).toBe('test-percentage');
    expect(result.title).toBe('Test percentage');
    expect(result.spec).toBe(spec);
  });

  it('has every key on every period, whatever the status', () => {
    const keys = [
      'period',
      'status',
      'numerator',
      'denominator',
      'value',
      'exact',
      'rounded',
      'formatted',
      'target',
      'variance',
      'formattedVariance',
      'rag',
      'direction',
      'trend',
      'missingMonths',
      'missingFields',
      'changes',
      'changeReasons',
    ].sort();
    for (const p of result.periods) expect(Object.keys(p).sort()).toEqual(keys);
  });

  it('has the figures worked out by hand', () => {
    // 1/3 x 100 = 33.33...; (33.33... - 20) / 20 x 100 = 66.66... -> 66.7%.
    expect(result.periods[0]).toEqual({
      period: '2017-01',
      status: 'ok',
      numerator: 1,
      denominator: 3,
      value: 100 / 3,
      exact: `33.${'3'.repeat(38)}`,
      rounded: 33.3,
      formatted: '33.3%',
      target: 20,
      variance: 66.7,
      formattedVariance: '66.7%',
      rag: 'red',
      direction: null,
      trend: null,
      missingMonths: [],
      missingFields: [],
      // The first period: nothing before it to compare with, and no base period.
      changes: { previous: null, yearAgo: null, base: null },
      changeReasons: { previous: 'no-comparison-value', yearAgo: 'no-comparison-value', base: 'no-base' },
    });
    // 3/4 = 75%; (75 - 20) / 20 x 100 = 275%.
    expect(result.periods[3]).toMatchObject({ formatted: '75.0%', variance: 275, formattedVariance: '275.0%', rag: 'green', direction: null });
  });

  it('is a plain JSON-serialisable object', () => {
    const json = JSON.parse(JSON.stringify(result)) as unknown;
    expect(json).toEqual(result);
    for (const p of result.periods) expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
  });

  it('has no NaN, Infinity or bigint anywhere', () => {
    const zeroTarget = computeIndicator(pct({ target: 0, variance: 'relative' }), rows);
    for (const r of [result, zeroTarget]) {
      for (const [path, n] of numbersIn(r)) expect(Number.isFinite(n), path).toBe(true);
      expect(() => JSON.stringify(r)).not.toThrow();
    }
    expect(col(zeroTarget, 'variance')).toEqual([null, null, null, null]);
  });
});

describe('specs', () => {
  it('a plain spec (not from defineIndicator) is validated, filled in and works', () => {
    const r = computeIndicator(
      { id: 'plain', title: 'Plain', measure: { type: 'percentage' }, numerator: 'a', denominator: 'b', polarity: 'higher-is-better' },
      [{ period: '2017-01', a: 31, b: 500 }],
    );
    expect(r.spec.decimals).toBe(1);
    expect(r.spec.numerator).toEqual({ field: 'a', aggregate: 'sum' });
    expect(r.spec.window).toEqual({ type: 'period' });
    expect(r.periods[0]!.formatted).toBe('6.2%');
  });

  it('an invalid plain spec throws INVALID_SPEC naming the problem', () => {
    const e = thrown(() =>
      computeIndicator({ id: 'no-denominator', title: 'No denominator', measure: { type: 'percentage' }, numerator: 'a', polarity: 'higher-is-better' }, [
        { period: '2017-01', a: 1 },
      ]),
    );
    expect(isIndicatorError(e)).toBe(true);
    if (!isIndicatorError(e)) return;
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues.map((i) => i.path)).toContain('denominator');
  });

  // Issue 8: a bare name over 12 months summed twelve months of population,
  // so the rate came out twelve times too small, with status ok.
  it('a bare field name over a rolling window throws INVALID_SPEC rather than summing a snapshot', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ period: `2017-${String(i + 1).padStart(2, '0')}`, admissions: 16, population: 47715 }));
    const e = thrown(() =>
      computeIndicator(
        {
          id: 'cic-admissions-rate',
          title: 'Admissions per 10,000, rolling 12 months',
          measure: { type: 'rate', per: 10000 },
          numerator: 'admissions',
          denominator: 'population',
          window: { type: 'rolling', months: 12 },
          polarity: 'neutral',
        },
        rows,
      ),
    );
    expect(isIndicatorError(e)).toBe(true);
    if (!isIndicatorError(e)) return;
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['window-needs-aggregate', 'numerator'],
      ['window-needs-aggregate', 'denominator'],
    ]);
    expect(e.issues[1]!.message).toContain('{ field: "population", aggregate: "last" } for a snapshot');
    // Said explicitly, the rate is right: 192 / 47715 x 10,000 = 40.23...
    const r = computeIndicator(
      {
        id: 'cic-admissions-rate',
        title: 'Admissions per 10,000, rolling 12 months',
        measure: { type: 'rate', per: 10000 },
        numerator: { field: 'admissions', aggregate: 'sum' },
        denominator: { field: 'population', aggregate: 'last' },
        window: { type: 'rolling', months: 12 },
        polarity: 'neutral',
      },
      rows,
    );
    expect(r.periods[11]!.formatted).toBe('40.2');
  });

  it('a misspelt field throws INVALID_DATA with the field it most likely meant', () => {
    const e = thrown(() =>
      computeIndicator({ ...pct(), id: 'reviews', numerator: { field: 'reviewsIntime', aggregate: 'sum' }, denominator: 'reviewsDue' }, [
        { period: '2017-09', reviewsInTime: 49, reviewsDue: 52 },
      ]),
    );
    expect(isIndicatorError(e) && e.code).toBe('INVALID_DATA');
    if (!isIndicatorError(e)) return;
    expect(e.issues).toEqual([
      {
        code: 'unknown-field',
        path: 'rows',
        field: 'reviewsIntime',
        message: 'numerator.field "reviewsIntime" is in no row of spec reviews; the rows have reviewsInTime, reviewsDue; did you mean "reviewsInTime"?',
      },
    ]);
  });

  it('a plain spec with bad fields throws INVALID_SPEC', () => {
    const e = thrown(() => computeIndicator({ id: 'Not Kebab', title: '', measure: { type: 'percentage' }, numerator: 'a' } as never, []));
    expect(isIndicatorError(e) && e.code).toBe('INVALID_SPEC');
  });

  it('one table of rows feeds several indicators', () => {
    const rows = [
      { period: '2017-08', cic: 370, admissions: 10, reviewsInTime: 45, reviewsDue: 50, notes: 'ignored' },
      { period: '2017-09', cic: 373, admissions: 12, reviewsInTime: 49, reviewsDue: 52, notes: { also: 'ignored' } },
    ];
    const count = computeIndicator({ id: 'cic', title: 'Children in care', measure: { type: 'count' }, numerator: { field: 'cic', aggregate: 'last' }, polarity: 'neutral' }, rows);
    const rate = computeIndicator(
      { id: 'cic-rate', title: 'Per 10,000', measure: { type: 'rate', per: 10000 }, numerator: { field: 'cic', aggregate: 'last' }, denominator: { value: 47715 }, polarity: 'lower-is-better' },
      rows,
    );
    const reviews = computeIndicator(
      { id: 'reviews', title: 'Reviews in time', measure: { type: 'percentage' }, numerator: 'reviewsInTime', denominator: 'reviewsDue', polarity: 'higher-is-better' },
      rows,
    );
    const admissions = computeIndicator({ id: 'admissions', title: 'Admissions', measure: { type: 'count' }, numerator: 'admissions', polarity: 'neutral' }, rows);
    expect(col(count, 'formatted')).toEqual(['370', '373']);
    // 3700000 / 47715 = 77.54... (47715 x 77 = 3674055, remainder 25945, 25945 / 47715 = 0.543...); 78.17... as before.
    expect(col(rate, 'formatted')).toEqual(['77.5', '78.2']);
    // 45 / 50 = 90%; 49 / 52 = 94.23...%.
    expect(col(reviews, 'formatted')).toEqual(['90.0%', '94.2%']);
    expect(col(admissions, 'formatted')).toEqual(['10', '12']);
  });

  it('a spec computed twice gives identical results (the plan cache holds no data)', () => {
    const spec = defineIndicator(pct({ target: [{ from: '2017-02', value: 15 }], rag: { bands } }));
    const rowsA = [
      { period: '2017-01', a: 1, b: 10 },
      { period: '2017-02', a: 6, b: 10 },
    ];
    const rowsB = [{ period: '2017-02', a: 2, b: 10 }];
    const first = computeIndicator(spec, rowsA);
    const again = computeIndicator(spec, rowsA);
    const other = computeIndicator(spec, rowsB);
    const third = computeIndicator(spec, rowsA);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(col(first, 'formatted')).toEqual(['10.0%', '60.0%']);
    expect(col(first, 'target')).toEqual([null, 15]);
    expect(col(first, 'rag')).toEqual(['red', 'green']);
    expect(other.periods[0]).toMatchObject({ formatted: '20.0%', target: 15, variance: 5, rag: 'red', direction: null });
  });

  it('a plain spec object computed twice gives identical results', () => {
    const plain = pct({ target: 10 });
    const rows = [{ period: '2017-01', a: 1, b: 3 }];
    expect(computeIndicator(plain, rows)).toEqual(computeIndicator(plain, rows));
  });
});

describe('data checks', () => {
  it('a percentage numerator above its denominator is INVALID_DATA', () => {
    const e = thrown(() => computeIndicator(pct(), [{ period: '2017-01', a: 11, b: 10 }]));
    expect(isIndicatorError(e) && e.code).toBe('INVALID_DATA');
  });

  it('is INVALID_DATA, not an internal error, when RAG bands end at 100%', () => {
    // Bands covering exactly 0..100 are valid for a percentage; 11 / 10 = 110% is bad data and must be
    // reported as such rather than reaching the RAG with a value outside every band.
    const e = thrown(() =>
      computeIndicator(
        pct({
          rag: {
            bands: [
              { rating: 'red', max: 90, maxInclusive: false },
              { rating: 'green', min: 90, minInclusive: true, max: 100, maxInclusive: true },
            ],
          },
        }),
        [{ period: '2017-01', a: 11, b: 10 }],
      ),
    );
    expect(isIndicatorError(e)).toBe(true);
    expect(isIndicatorError(e) && e.code).toBe('INVALID_DATA');
  });
});

describe("an application's decimal.js settings", () => {
  it('neither affect the results nor are changed by computing', () => {
    const spec = defineIndicator(pct());
    const rows = [
      { period: '2017-01', a: 2, b: 3 }, // 66.66...%: ROUND_DOWN at 5 digits would give 66.666 and show 66.6%
      { period: '2017-02', a: 1, b: 3e15 }, // 100 / 3e15 = 3.33...e-14: its 40 digits need bigints
      { period: '2017-03', a: 1, b: 7 }, // 14.285714...%
    ];
    const expected = {
      formatted: ['66.7%', '0.0%', '14.3%'],
      exact: [`66.${'6'.repeat(37)}7`, `0.${'0'.repeat(13)}${'3'.repeat(40)}`, '14.28571428571428571428571428571428571429'],
      value: [200 / 3, 100 / 3e15, 100 / 7],
    };
    try {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN, toExpNeg: -1, toExpPos: 1 });
      const r = computeIndicator(spec, rows);
      expect(col(r, 'formatted')).toEqual(expected.formatted);
      expect(col(r, 'exact')).toEqual(expected.exact);
      expect(col(r, 'value')).toEqual(expected.value);
      // The application's settings are as it left them.
      expect(Decimal.precision).toBe(5);
      expect(Decimal.rounding).toBe(Decimal.ROUND_DOWN);
      expect(new Decimal(2).div(3).toString()).toBe('6.6666e-1');
    } finally {
      Decimal.set({ defaults: true });
    }
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    // And with the defaults back, the same results.
    const again = computeIndicator(spec, rows);
    expect(col(again, 'formatted')).toEqual(expected.formatted);
    expect(col(again, 'exact')).toEqual(expected.exact);
  });
});

describe('signed figures and the difference measure (issue 11)', () => {
  /** Net change in children in care: admissions minus ceased, each a monthly flow. */
  const net = (extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
    id: 'cic-net-change',
    title: 'Net change in children in care',
    measure: { type: 'difference' },
    numerator: 'admissions',
    denominator: 'ceased',
    decimals: 0,
    polarity: 'neutral',
    ...extra,
  });

  it('a difference is numerator minus denominator, negative when more children leave than arrive', () => {
    const r = computeIndicator(net(), [
      { period: '2017-07', admissions: 12, ceased: 5 },
      { period: '2017-08', admissions: 3, ceased: 10 },
      { period: '2017-09', admissions: 8, ceased: 8 },
    ]);
    expect(col(r, 'formatted')).toEqual(['7', '-7', '0']);
    expect(col(r, 'exact')).toEqual(['7', '-7', '0']);
    expect(col(r, 'direction')).toEqual([null, 'down', 'up']);
    expect(r.periods[1]!.changes.previous).toMatchObject({ difference: -14, formattedDifference: '-14', formattedRelative: '-200.0%' });
  });

  it('a difference has 1 decimal unless the spec says otherwise, and never a zero-denominator status', () => {
    const spec = defineIndicator(net({ decimals: undefined }));
    expect(spec.decimals).toBe(1);
    const [p] = computeIndicator(spec, [{ period: '2017-09', admissions: 0, ceased: 0 }]).periods;
    expect(p).toMatchObject({ status: 'ok', formatted: '0.0' });
  });

  it('a signed field may hold negative figures; the same field unsigned still refuses them, saying how to allow them', () => {
    const count = (signed: boolean): IndicatorSpecInput => ({
      id: 'net',
      title: 'Net',
      measure: { type: 'count' },
      numerator: { field: 'net', aggregate: 'sum', signed },
      window: { type: 'rolling', months: 3 },
      polarity: 'neutral',
    });
    const rows = [
      { period: '2017-07', net: 7 },
      { period: '2017-08', net: -7.5 },
      { period: '2017-09', net: -2 },
    ];
    expect(computeIndicator(count(true), rows).periods[2]).toMatchObject({ status: 'ok', exact: '-2.5', formatted: '-3' });
    const e = thrown(() => computeIndicator(count(false), rows));
    expect(isIndicatorError(e) && e.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['negative-value', 'rows[1].net', '-7.5 is negative; the figures an indicator reads must be zero or more (a figure that can fall below zero, such as a net change, is read with { field, aggregate, signed: true })'],
      ['negative-value', 'rows[2].net', '-2 is negative; the figures an indicator reads must be zero or more (a figure that can fall below zero, such as a net change, is read with { field, aggregate, signed: true })'],
    ]);
  });

  it('sums signed whole figures exactly even when a running sum passes 2^53', () => {
    const spec: IndicatorSpecInput = {
      id: 'net',
      title: 'Net',
      measure: { type: 'count' },
      numerator: { field: 'net', aggregate: 'sum', signed: true },
      window: { type: 'rolling', months: 3 },
      polarity: 'neutral',
    };
    // MAX + 2 = 2^53 + 1 is not a double: a float running sum gives 1, not 2.
    const max = Number.MAX_SAFE_INTEGER;
    const r = computeIndicator(spec, [
      { period: '2017-07', net: max },
      { period: '2017-08', net: 2 },
      { period: '2017-09', net: -max },
    ]);
    expect(r.periods[2]!.exact).toBe('2');
  });

  it('rates a signed value on bands below zero', () => {
    const spec = net({
      rag: {
        bands: [
          { rating: 'red', max: -5, maxInclusive: false },
          { rating: 'amber', min: -5, minInclusive: true, max: 5, maxInclusive: true },
          { rating: 'red', min: 5, minInclusive: false },
        ],
      },
    });
    const r = computeIndicator(spec, [
      { period: '2017-08', admissions: 1, ceased: 9 },
      { period: '2017-09', admissions: 4, ceased: 5 },
    ]);
    expect(col(r, 'rag')).toEqual(['red', 'amber']);
  });

  it('a relative variance divides by the size of a negative target, so it has the sign of the difference', () => {
    const [p] = computeIndicator(net({ target: -10, variance: 'relative' }), [{ period: '2017-09', admissions: 5, ceased: 10 }]).periods;
    // (-5 - -10) / |-10| x 100 = +50%.
    expect(p).toMatchObject({ formatted: '-5', variance: 50, formattedVariance: '50%' });
  });
});

describe('variance sign (issue 11)', () => {
  // Peterborough, September 2017, number in care page: the variance column
  // is printed as target minus value ("345.0 -10" for 355). The page's own
  // monthly rows are withheld in ../shared/reference/ (this cell is quoted
  // in issue 11): the test reproduces the printed cell from its inputs.
  const inCare = (variance: IndicatorSpecInput['variance']): IndicatorSpecInput => ({
    id: 'cic-number',
    title: 'Number of children in care',
    measure: { type: 'count' },
    numerator: { field: 'cic', aggregate: 'last' },
    polarity: 'closer-to-target',
    target: 345,
    variance,
  });

  it('target-minus-value prints 345 against 355 as -10', () => {
    const [p] = computeIndicator(inCare({ type: 'difference', sign: 'target-minus-value' }), [{ period: '2017-05', cic: 355 }]).periods;
    expect([p!.formatted, p!.target, p!.variance, p!.formattedVariance]).toEqual(['355', 345, -10, '-10']);
    const [q] = computeIndicator(inCare('difference'), [{ period: '2017-05', cic: 355 }]).periods;
    expect(q!.formattedVariance).toBe('10');
  });

  it('a relative variance turns round too: (345 - 355) / 345 = -2.898...% -> -2.9%', () => {
    const [p] = computeIndicator(inCare({ type: 'relative', sign: 'target-minus-value', decimals: 1 }), [{ period: '2017-05', cic: 355 }]).periods;
    expect(p!.formattedVariance).toBe('-2.9%');
  });

  it('a RAG on the difference from target reads value minus target whatever the printed sign', () => {
    const rag = {
      on: 'difference-from-target' as const,
      bands: [
        { rating: 'green' as const, max: 0, maxInclusive: true },
        { rating: 'red' as const, min: 0, minInclusive: false },
      ],
    };
    for (const sign of ['value-minus-target', 'target-minus-value'] as const) {
      const [p] = computeIndicator({ ...inCare({ type: 'difference', sign }), polarity: 'lower-is-better', rag }, [{ period: '2017-05', cic: 355 }]).periods;
      expect(p!.rag, sign).toBe('red');
    }
  });
});
