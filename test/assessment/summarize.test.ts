/**
 * summarize: highest and lowest with the latest period on a tie, counts and
 * runs of conditions, exact on displayed or exact values, skipped periods
 * reported, options checked loudly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndicator, isIndicatorError, summarize } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';

const pct = (over: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
  id: 'pct',
  title: 'Percentage',
  measure: { type: 'percentage' },
  numerator: 'n',
  denominator: 'd',
  polarity: 'higher-is-better',
  ...over,
});

const months = (from: number, values: (readonly [number, number] | null)[]) =>
  values.map((v, i) => {
    const m = from + i;
    const period = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    return v === null ? { period, n: null, d: null } : { period, n: v[0], d: v[1] };
  });

function codes(f: () => unknown): { code: string; path: string }[] {
  try {
    f();
  } catch (e) {
    if (isIndicatorError(e)) {
      expect(e.code).toBe('INVALID_OPTIONS');
      return e.issues.map((i) => ({ code: i.code, path: i.path }));
    }
    throw e;
  }
  throw new Error('did not throw');
}

describe('highest and lowest', () => {
  const result = computeIndicator(pct(), months(2021 * 12, [[90, 100], [95, 100], [90, 100], [95, 100], [92, 100]]));

  it('gives the value, the period and the formatted figure, the latest period on a tie', () => {
    const s = summarize(result);
    expect(s.highest).toEqual({ period: '2021-04', value: 95, formatted: '95.0%', exact: '95' });
    expect(s.lowest).toEqual({ period: '2021-03', value: 90, formatted: '90.0%', exact: '90' });
    expect(s).toMatchObject({ from: '2021-01', to: '2021-05', periods: 5, using: 'rounded', skipped: [] });
  });

  it('looks over the last N periods, or since a period, up to `to`', () => {
    expect(summarize(result, { last: 2 }).lowest?.period).toBe('2021-05');
    expect(summarize(result, { since: '2021-02', to: '2021-03' })).toMatchObject({ from: '2021-02', to: '2021-03', highest: { period: '2021-02' } });
    expect(summarize(result, { last: 1, to: '2021-01' }).highest?.period).toBe('2021-01');
  });

  it('compares displayed values by default, exact ones with using: exact', () => {
    // 1/3 and 333/1000 both display 33.3%; exactly, 1/3 is the higher.
    const r = computeIndicator(pct(), months(2021 * 12, [[1, 3], [333, 1000]]));
    expect(summarize(r).highest?.period).toBe('2021-02'); // a tie on 33.3%: the latest
    expect(summarize(r, { using: 'exact' }).highest).toEqual({ period: '2021-01', value: 100 / 3, formatted: '33.3%', exact: '33.33333333333333333333333333333333333333' });
    expect(summarize(r, { using: 'exact' }).lowest?.period).toBe('2021-02');
  });

  it('leaves out periods with no value, and says which and why', () => {
    const r = computeIndicator(pct(), months(2021 * 12, [[90, 100], null, [80, 100]]));
    const s = summarize(r);
    expect(s.lowest?.period).toBe('2021-03');
    expect(s.skipped).toEqual([{ period: '2021-02', reason: 'missing data: n has no figure for Feb-21; d has no figure for Feb-21' }]);
    const none = summarize(r, { since: '2021-02', to: '2021-02' });
    expect(none.highest).toBeNull();
    expect(none.lowest).toBeNull();
  });

  it('is the brute-force maximum and minimum of the displayed values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), { minLength: 1, maxLength: 12 }), (counts) => {
        const rows = counts.map((c, i) => ({ period: `2020-${String(i + 1).padStart(2, '0')}`, c }));
        const r = computeIndicator({ id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'c', polarity: 'neutral' }, rows);
        const s = summarize(r);
        const vals = rows.map((row) => row.c);
        const present = vals.filter((v): v is number => v !== null);
        expect(s.skipped.map((k) => k.period)).toEqual(rows.filter((row) => row.c === null).map((row) => row.period));
        if (present.length === 0) {
          expect(s.highest).toBeNull();
          return;
        }
        const max = Math.max(...present);
        const min = Math.min(...present);
        expect(s.highest?.value).toBe(max);
        expect(s.highest?.period).toBe(rows[vals.lastIndexOf(max)]!.period);
        expect(s.lowest?.period).toBe(rows[vals.lastIndexOf(min)]!.period);
      }),
      { numRuns: 60 },
    );
  });
});

describe('count', () => {
  it('reproduces "reported at 100% in six of the last nine months" (worked example, Cambridgeshire, February 2018)', () => {
    // The paper prints only the December figure (66.7%) and the count; the other months are made up to fit.
    const r = computeIndicator(
      pct({ title: 'Adopted within 14 months' }),
      months(2017 * 12 + 3, [[4, 4], [3, 4], [5, 5], [2, 2], [4, 5], [3, 3], [6, 6], [1, 1], [2, 3]]),
    );
    const c = summarize(r, { last: 9 }).count({ equals: 100 });
    expect(c).toEqual({ met: 6, of: 9, periods: 9, metPeriods: ['2017-04', '2017-06', '2017-07', '2017-09', '2017-10', '2017-11'], skipped: [] });
    expect(r.periods[8]!.formatted).toBe('66.7%');
  });

  it('says each threshold word inclusive or not, on displayed values by default', () => {
    // 9296/10000 displays 93.0% but is exactly 92.96%.
    const r = computeIndicator(pct(), months(2021 * 12, [[9296, 10000], [93, 100], [94, 100]]));
    const s = summarize(r);
    expect(s.count({ atLeast: 93 }).met).toBe(3);
    expect(s.count({ above: 93 }).met).toBe(1);
    expect(s.count({ atMost: 93 }).met).toBe(2);
    expect(s.count({ below: 93 }).met).toBe(0);
    expect(s.count({ equals: 93 }).met).toBe(2);
    const exact = summarize(r, { using: 'exact' });
    expect(exact.count({ atLeast: 93 }).met).toBe(2);
    expect(exact.count({ below: 93 }).metPeriods).toEqual(['2021-01']);
  });

  it('counts ratings, and skips periods with no bands in force', () => {
    const r = computeIndicator(
      pct({
        rag: [
          { from: '2021-01', rag: null },
          { from: '2021-02', rag: { bands: [{ rating: 'red', max: 95, maxInclusive: false }, { rating: 'green', min: 95, minInclusive: true }] } },
        ],
      }),
      months(2021 * 12, [[99, 100], [96, 100], [90, 100], [95, 100]]),
    );
    const c = summarize(r).count({ rating: 'green' });
    expect(c).toMatchObject({ met: 2, of: 3, periods: 4, skipped: [{ period: '2021-01', reason: 'no RAG bands in force' }] });
    expect(summarize(r).count({ rating: ['red', 'green'] }).met).toBe(3);
  });

  it('counts meeting the target by polarity', () => {
    const rows = months(2021 * 12, [[90, 100], [95, 100], [96, 100]]);
    const higher = summarize(computeIndicator(pct({ target: 95 }), rows));
    expect(higher.count({ target: 'met' }).metPeriods).toEqual(['2021-02', '2021-03']);
    expect(higher.count({ target: 'missed' }).metPeriods).toEqual(['2021-01']);
    const lower = summarize(computeIndicator(pct({ target: 95, polarity: 'lower-is-better' }), rows));
    expect(lower.count({ target: 'met' }).metPeriods).toEqual(['2021-01', '2021-02']);
    const closer = summarize(computeIndicator(pct({ target: 95, polarity: 'closer-to-target' }), rows));
    expect(closer.count({ target: 'met' }).metPeriods).toEqual(['2021-02']);
    const untargeted = summarize(computeIndicator(pct({ target: [{ from: '2021-02', value: 95 }] }), rows));
    expect(untargeted.count({ target: 'met' })).toMatchObject({ met: 2, of: 2, skipped: [{ period: '2021-01', reason: 'no target in force' }] });
    expect(codes(() => summarize(computeIndicator(pct({ target: 95, polarity: 'neutral' }), rows)).count({ target: 'met' }))).toEqual([{ code: 'bad-option', path: 'condition.target' }]);
  });

  it('reports periods with no value as skipped, never as not met', () => {
    const r = computeIndicator(pct(), months(2021 * 12, [[100, 100], null, [100, 100]]));
    expect(summarize(r).count({ equals: 100 })).toMatchObject({ met: 2, of: 2, periods: 3, skipped: [{ period: '2021-02' }] });
  });

  it('takes a function of each period with a value', () => {
    const r = computeIndicator(pct(), months(2021 * 12, [[100, 100], null, [50, 100]]));
    const seen: string[] = [];
    const c = summarize(r).count((p) => (seen.push(p.period), p.numerator === 100));
    expect(c).toMatchObject({ met: 1, of: 2 });
    expect(seen).toEqual(['2021-01', '2021-03']);
  });
});

describe('run', () => {
  it('reproduces "has not dropped below 93% for the last 12 months" (worked example, PEPs, 2022 minutes)', () => {
    // The minutes print 99% for the latest month; the other months are made up, one at exactly 93% and the month before the run below.
    const values: [number, number][] = [[92, 100], [96, 100], [93, 100], [97, 100], [95, 100], [98, 100], [94, 100], [96, 100], [97, 100], [95, 100], [98, 100], [96, 100], [99, 100]];
    const r = computeIndicator(pct({ title: 'Children with a PEP' }), months(2020 * 12 + 11, values));
    const run = summarize(r).run({ atLeast: 93 });
    expect(run).toEqual({ length: 12, from: '2021-01', to: '2021-12', endedBy: 'condition', stoppedAt: { period: '2020-12', reason: 'did not meet the condition (92.0%)' } });
    expect(summarize(r, { last: 12 }).run({ atLeast: 93 })).toMatchObject({ length: 12, endedBy: 'start', stoppedAt: null });
    expect(summarize(r).run({ above: 93 })).toMatchObject({ length: 10, from: '2021-03' });
  });

  it('stops at a period with no value, and is 0 when the last period fails', () => {
    const r = computeIndicator(pct(), months(2021 * 12, [[99, 100], null, [99, 100], [99, 100]]));
    expect(summarize(r).run({ atLeast: 95 })).toMatchObject({ length: 2, from: '2021-03', endedBy: 'no-value', stoppedAt: { period: '2021-02' } });
    expect(summarize(r).run({ below: 95 })).toMatchObject({ length: 0, from: null, to: '2021-04', endedBy: 'condition' });
  });

  it('is the brute-force run (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 10 }), (counts, t) => {
        const rows = counts.map((c, i) => ({ period: `2020-${String(i + 1).padStart(2, '0')}`, c }));
        const r = computeIndicator({ id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'c', polarity: 'neutral' }, rows);
        let n = 0;
        for (let i = counts.length - 1; i >= 0 && counts[i] !== null && counts[i]! >= t; i--) n++;
        expect(summarize(r).run({ atLeast: t }).length).toBe(n);
        expect(summarize(r).count({ atLeast: t }).met).toBe(counts.filter((c) => c !== null && c >= t).length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('options and conditions are checked loudly', () => {
  const r = computeIndicator(pct(), months(2021 * 12, [[90, 100], [95, 100]]));
  it('names each problem', () => {
    expect(codes(() => summarize(r, { last: 3 }))).toEqual([{ code: 'out-of-range', path: 'last' }]);
    expect(codes(() => summarize(r, { last: 0 }))).toEqual([{ code: 'bad-option', path: 'last' }]);
    expect(codes(() => summarize(r, { last: 1, since: '2021-01' }))).toEqual([{ code: 'bad-option', path: 'since' }]);
    expect(codes(() => summarize(r, { since: '2020-12' }))).toEqual([{ code: 'out-of-range', path: 'since' }]);
    expect(codes(() => summarize(r, { since: '2021-02', to: '2021-01' }))).toEqual([{ code: 'range-reversed', path: 'since' }]);
    expect(codes(() => summarize(r, { to: 7 as unknown as string }))).toEqual([{ code: 'bad-period', path: 'to' }]);
    expect(codes(() => summarize(r, { lats: 3 } as never))).toEqual([{ code: 'unknown-key', path: 'lats' }]);
    expect(codes(() => summarize(r, { using: 'float' as never }))).toEqual([{ code: 'bad-choice', path: 'using' }]);
    expect(codes(() => summarize({ ...r, periods: [] }))).toEqual([{ code: 'out-of-range', path: 'result' }]);
  });

  it('names a bad condition', () => {
    const s = summarize(r);
    expect(codes(() => s.count({ atLeast: Number.NaN }))).toEqual([{ code: 'bad-option', path: 'condition.atLeast' }]);
    expect(codes(() => s.count({ rating: 'gren' as never }))).toEqual([{ code: 'bad-choice', path: 'condition.rating' }]);
    expect(codes(() => s.count({ target: 'hit' as never }))).toEqual([{ code: 'bad-choice', path: 'condition.target' }]);
    expect(codes(() => s.run({ over: 3 } as never))).toEqual([{ code: 'bad-option', path: 'condition.over' }]);
    expect(codes(() => s.run({ above: 3, below: 5 } as never))).toEqual([{ code: 'bad-option', path: 'condition' }]);
    expect(codes(() => s.run(null as never))).toEqual([{ code: 'bad-option', path: 'condition' }]);
  });
});
