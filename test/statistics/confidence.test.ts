/**
 * Confidence intervals through the core (`computeIndicator` with
 * `{ statistics }`), the spec field `confidence`, significance against
 * benchmarks, and the scorecard's data, Markdown and CSV.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, isIndicatorError, validateSpec } from 'council-indicators';
import type { IndicatorIssue, IndicatorSpecInput, StatisticsProvider } from 'council-indicators';
import { computeScorecard, toCsv, toMarkdown } from 'council-indicators/scorecard';
import { compareSignificance, poissonInterval, statistics, wilsonInterval } from 'council-indicators/statistics';

function issuesOf(f: () => unknown): { code: string; issues: readonly IndicatorIssue[] } {
  try {
    f();
  } catch (e) {
    if (isIndicatorError(e)) return { code: e.code, issues: e.issues };
    throw e;
  }
  throw new Error('expected an IndicatorError');
}

const pct = (extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
  id: 'plans',
  title: 'Care leavers with a pathway plan',
  measure: { type: 'percentage' },
  numerator: 'withPlan',
  denominator: 'leavers',
  polarity: 'higher-is-better',
  confidence: [0.95, 0.998],
  ...extra,
});

const rate: IndicatorSpecInput = {
  id: 'cic-rate',
  title: 'Children in care per 10,000',
  measure: { type: 'rate', per: 10000 },
  numerator: { field: 'cic', aggregate: 'last' },
  denominator: { value: 47715 },
  polarity: 'lower-is-better',
  decimals: 1,
  confidence: 0.95,
  benchmarks: { england: [{ from: '2017-04', value: 62, label: '2016-17' }], neighbours: [{ from: '2017-04', value: 80 }] },
};

describe('the spec field confidence', () => {
  it('takes one level or two, in the order given', () => {
    expect(defineIndicator(pct({ confidence: 0.95 })).confidence).toEqual([0.95]);
    expect(defineIndicator(pct({ confidence: [0.998, 0.95] })).confidence).toEqual([0.998, 0.95]);
    expect('confidence' in defineIndicator(pct({ confidence: undefined }))).toBe(false);
  });

  it('refuses levels outside 0.9 to 0.999, more than two, or two equal', () => {
    const bad = (confidence: unknown) => {
      const r = validateSpec({ ...pct(), confidence });
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    };
    expect(bad(95)).toEqual([['out-of-range', 'confidence']]);
    expect(bad(0.8)).toEqual([['out-of-range', 'confidence']]);
    expect(bad([0.95, 0.99, 0.998])).toContainEqual(['out-of-range', 'confidence']);
    expect(bad([0.95, 0.95])).toEqual([['bad-choice', 'confidence[1]']]);
  });

  it('refuses a mean, a ratio, and a count averaged over its window, saying why', () => {
    const mean = validateSpec({ ...pct(), measure: { type: 'mean' } });
    expect(mean.ok ? [] : mean.issues.map((i) => i.code)).toEqual(['no-interval']);
    expect(mean.ok ? '' : mean.issues[0]!.message).toContain('standard deviation');
    expect(mean.ok ? '' : mean.issues[0]!.message).toContain('meanInterval');
    const ratio = validateSpec({ ...pct(), measure: { type: 'ratio' } });
    expect(ratio.ok ? [] : ratio.issues.map((i) => [i.code, i.path])).toEqual([['no-interval', 'confidence']]);
    const averaged = validateSpec({ ...pct(), window: { type: 'rolling', months: 12 }, numerator: { field: 'withPlan', aggregate: 'mean' }, denominator: { field: 'leavers', aggregate: 'sum' } });
    expect(averaged.ok ? [] : averaged.issues.map((i) => [i.code, i.path])).toEqual([['no-interval', 'numerator.aggregate']]);
    // A rate's denominator (a population) may be an average.
    expect(validateSpec({ ...rate, window: { type: 'rolling', months: 12 }, numerator: { field: 'cic', aggregate: 'sum' }, denominator: { field: 'pop', aggregate: 'mean' } }).ok).toBe(true);
  });
});

describe('computeIndicator with confidence', () => {
  const rows = [
    { period: '2017-07', withPlan: 0, leavers: 0 },
    { period: '2017-08', withPlan: 65, leavers: 100 },
    { period: '2017-09', withPlan: null, leavers: 40 },
  ];

  it('throws INVALID_OPTIONS naming the import without statistics: never a result silently without intervals', () => {
    const { code, issues } = issuesOf(() => computeIndicator(pct(), rows));
    expect(code).toBe('INVALID_OPTIONS');
    expect(issues.map((i) => [i.code, i.path])).toEqual([['missing-key', 'statistics']]);
    expect(issues[0]!.message).toContain("import { statistics } from 'council-indicators/statistics' and pass { statistics }");
  });

  it('refuses a statistics option that is not a provider', () => {
    const { issues } = issuesOf(() => computeIndicator(pct(), rows, { statistics: {} as StatisticsProvider }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'statistics']]);
  });

  it('adds intervals to ok periods, one per level in order, and [] to the others', () => {
    const periods = computeIndicator(pct(), rows, { statistics }).periods;
    expect(periods.map((p) => p.status)).toEqual(['zero-denominator', 'ok', 'missing-data']);
    expect(periods[0]!.intervals).toEqual([]);
    expect(periods[2]!.intervals).toEqual([]);
    const w95 = wilsonInterval(65, 100, 0.95);
    const w998 = wilsonInterval(65, 100, 0.998);
    expect(periods[1]!.intervals).toEqual([
      { level: 0.95, lower: w95.lower * 100, upper: w95.upper * 100, formattedLower: '55.3%', formattedUpper: '73.6%' },
      { level: 0.998, lower: w998.lower * 100, upper: w998.upper * 100, formattedLower: '49.5%', formattedUpper: '77.8%' },
    ]);
  });

  it('a rate: the Poisson interval of the count, per N, at the spec decimals', () => {
    const [p] = computeIndicator(rate, [{ period: '2017-09', cic: 9 }], { statistics }).periods;
    const exact = poissonInterval(9, 0.95);
    expect(exact.method).toBe('exact');
    expect(p!.intervals).toEqual([
      { level: 0.95, lower: (exact.lower / 47715) * 10000, upper: (exact.upper / 47715) * 10000, formattedLower: '0.9', formattedUpper: '3.6' },
    ]);
  });

  it('a count: 0 has lower limit 0', () => {
    const spec: IndicatorSpecInput = { id: 'n', title: 'N', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral', confidence: 0.95 };
    const [p] = computeIndicator(spec, [{ period: '2017-09', n: 0 }], { statistics }).periods;
    expect(p!.intervals!.map((i) => [i.lower, i.formattedLower, i.formattedUpper])).toEqual([[0, '0', '4']]);
  });

  it('leaves results without confidence unchanged: no intervals key, statistics ignored', () => {
    const spec = pct({ confidence: undefined });
    const plain = computeIndicator(spec, rows);
    const withStats = computeIndicator(spec, rows, { statistics });
    expect(withStats).toEqual(plain);
    expect(plain.periods.some((p) => 'intervals' in p)).toBe(false);
  });

  it('refuses a provider that breaks the contract (NaN), loudly', () => {
    const broken: StatisticsProvider = { intervals: ({ levels }) => levels.map((level) => ({ level, lower: Number.NaN, upper: 1 })) };
    const { code, issues } = issuesOf(() => computeIndicator(pct(), rows, { statistics: broken }));
    expect(code).toBe('INVALID_OPTIONS');
    expect(issues[0]!.path).toBe('statistics');
  });
});

describe('compareSignificance (the Fingertips rule)', () => {
  const one = [{ level: 0.95, lower: 10, upper: 20 }];
  const two = [...one, { level: 0.998, lower: 8, upper: 23 }];

  it('a benchmark on a limit is inside: similar', () => {
    expect(compareSignificance(one, 10, 'higher-is-better').significance).toBe('similar');
    expect(compareSignificance(one, 20, 'lower-is-better').significance).toBe('similar');
  });

  it('outside: higher or lower, better or worse by polarity', () => {
    expect(compareSignificance(one, 9.99, 'higher-is-better')).toEqual({ rule: 'confidence-interval', direction: 'higher', significance: 'better', level: 0.95 });
    expect(compareSignificance(one, 9.99, 'lower-is-better').significance).toBe('worse');
    expect(compareSignificance(one, 20.01, 'higher-is-better')).toEqual({ rule: 'confidence-interval', direction: 'lower', significance: 'worse', level: 0.95 });
  });

  it('with two levels, outside the wider one is much better or much worse, whatever the order given', () => {
    expect(compareSignificance(two, 9, 'higher-is-better').significance).toBe('better');
    expect(compareSignificance(two, 8, 'higher-is-better').significance).toBe('better');
    expect(compareSignificance(two, 7.9, 'higher-is-better')).toEqual({ rule: 'confidence-interval', direction: 'higher', significance: 'much-better', level: 0.998 });
    expect(compareSignificance([...two].reverse(), 24, 'higher-is-better').significance).toBe('much-worse');
  });

  it('neutral and closer-to-target are not compared, with the direction given', () => {
    expect(compareSignificance(two, 30, 'neutral')).toEqual({ rule: 'confidence-interval', direction: 'lower', significance: 'not-compared', level: 0.95 });
    expect(compareSignificance(two, 15, 'closer-to-target').significance).toBe('similar');
    expect(compareSignificance(two, 5, 'closer-to-target')).toMatchObject({ direction: 'higher', significance: 'not-compared' });
  });

  it('refuses bad intervals, benchmarks and polarities', () => {
    expect(issuesOf(() => compareSignificance([], 1, 'neutral')).issues.map((i) => i.code)).toEqual(['out-of-range']);
    expect(issuesOf(() => compareSignificance([{ level: 0.95, lower: 2, upper: 1 }], Number.NaN, 'up' as never)).issues.map((i) => i.code)).toEqual([
      'not-finite',
      'not-finite',
      'bad-choice',
    ]);
  });
});

describe('the scorecard with confidence', () => {
  const plain = { ...pct({ id: 'plain', confidence: undefined }), benchmarks: { england: [{ from: '2017-04', value: 60 }] } };
  const rows = [
    { period: '2017-08', cic: 370, withPlan: 60, leavers: 100 },
    { period: '2017-09', cic: 373, withPlan: 65, leavers: 100 },
  ];

  it('needs statistics, and says so', () => {
    const { code, issues } = issuesOf(() => computeScorecard([rate], rows, { asOf: '2017-09' }));
    expect(code).toBe('INVALID_OPTIONS');
    expect(issues[0]!.message).toContain('pass { statistics }');
  });

  it('judges benchmarks by the intervals and says which rule; plain rows stay as they were', () => {
    const card = computeScorecard([rate, plain], rows, { asOf: '2017-09', months: 2, statistics });
    const [r, p] = card.rows;
    // 373 / 47715 x 10000 = 78.2, Byar's 95% interval 70.4 to 86.5
    expect(r!.formatted).toBe('78.2');
    expect(r!.confidence).toEqual([0.95]);
    expect(r!.intervals!.map((i) => [i.formattedLower, i.formattedUpper])).toEqual([['70.4', '86.5']]);
    expect(r!.series.map((s) => s.intervals!.length)).toEqual([1, 1]);
    expect(r!.benchmarks).toEqual([
      { name: 'england', label: '2016-17', value: 62, formatted: '62.0', comparison: 'worse', rule: 'confidence-interval', significance: { rule: 'confidence-interval', direction: 'higher', significance: 'worse', level: 0.95 } },
      { name: 'neighbours', label: null, value: 80, formatted: '80.0', comparison: 'better', rule: 'confidence-interval', significance: { rule: 'confidence-interval', direction: 'similar', significance: 'similar', level: 0.95 } },
    ]);
    expect(p!.benchmarks).toEqual([{ name: 'england', label: null, value: 60, formatted: '60.0%', comparison: 'better' }]);
    expect('intervals' in p!).toBe(false);
  });

  it('Markdown and CSV carry the limits and the words as columns', () => {
    const card = computeScorecard([rate, plain], rows, { asOf: '2017-09', months: 2, statistics });
    const md = toMarkdown(card).split('\n');
    expect(md[0]).toBe('| Indicator | Period | Value | 95% CI | Target | Variance | RAG | Direction | Trend | England | Neighbours |');
    expect(md[2]).toBe('| Children in care per 10,000 | Sep-17 | 78.2 | 70.4 to 86.5 | – | – | – | ↑ up | worsening | 62.0 (2016-17), ours worse (95% CI) | 80.0, ours similar (95% CI) |');
    expect(md[3]).toBe('| Care leavers with a pathway plan | Sep-17 | 65.0% | – | – | – | – | ↑ up | improving | 60.0%, ours better | – |');
    const csv = toCsv(card).split('\r\n');
    expect(csv[0]).toBe(
      'id,Indicator,Period,Status,Reason,Value,Exact value,Lower 95%,Upper 95%,Target,Variance,RAG,Direction,Trend,England,England label,England comparison,England significance,Neighbours,Neighbours label,Neighbours comparison,Neighbours significance',
    );
    expect(csv[1]).toBe(
      'cic-rate,"Children in care per 10,000",2017-09,ok,,78.2,78.17248244786754689301058367389709734884,70.4,86.5,,,,up,worsening,62.0,2016-17,worse,worse (95% CI),80.0,,better,similar (95% CI)',
    );
    expect(csv[2]).toBe('plain,Care leavers with a pathway plan,2017-09,ok,,65.0%,65,,,,,,up,improving,60.0%,,better,,,,,');
  });

  it('two levels: much worse in words', () => {
    const spec = { ...rate, confidence: [0.95, 0.998], benchmarks: { england: [{ from: '2017-04', value: 62 }] } };
    const card = computeScorecard([spec], rows, { asOf: '2017-09', months: 1, statistics });
    expect(card.rows[0]!.benchmarks[0]!.significance?.significance).toBe('much-worse');
    expect(toMarkdown(card).split('\n')[2]).toContain('62.0, ours much worse (99.8% CI)');
  });
});
