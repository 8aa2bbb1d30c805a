/**
 * stepInForce and compareWithBenchmark: the step lookup targets and
 * benchmarks share, and exact comparison under each polarity.
 */
import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, stepInForce } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

describe('stepInForce', () => {
  const steps = [
    { from: '2016-01', value: 66, label: '2015' },
    { from: '2017-03', value: 68, label: '2016' },
    { from: '2018-04', value: null, label: 'withdrawn' },
  ];

  it('is the last step starting at or before the month; null before the first', () => {
    expect(stepInForce(steps, '2015-12')).toBeNull();
    expect(stepInForce(steps, '2016-01')).toBe(steps[0]);
    expect(stepInForce(steps, '2017-02')).toBe(steps[0]);
    expect(stepInForce(steps, '2017-03')).toBe(steps[1]);
    // A step with no value is returned as it is: none from then on.
    expect(stepInForce(steps, '2030-01')).toBe(steps[2]);
    expect(stepInForce([], '2017-03')).toBeNull();
  });

  it('throws INVALID_OPTIONS for a bad month or steps that are not an array', () => {
    for (const period of ['2017-3', '2017-13', 'Sep-17', 201703]) {
      const e = indicatorErrorOf(() => stepInForce(steps, period as never));
      expect([e.code, e.issues[0]!.code, e.issues[0]!.path]).toEqual(['INVALID_OPTIONS', 'bad-period', 'period']);
    }
    expect(indicatorErrorOf(() => stepInForce({} as never, '2017-03')).issues[0]!.code).toBe('not-an-array');
  });
});

describe('compareWithBenchmark', () => {
  it('higher is better: above is better, below worse, equal the same', () => {
    expect(compareWithBenchmark(50, 49.9, 'higher-is-better')).toBe('better');
    expect(compareWithBenchmark(50, 50.1, 'higher-is-better')).toBe('worse');
    expect(compareWithBenchmark(50, 50, 'higher-is-better')).toBe('same');
  });

  it('lower is better: below is better, above worse', () => {
    expect(compareWithBenchmark(50, 49.9, 'lower-is-better')).toBe('worse');
    expect(compareWithBenchmark(50, 50.1, 'lower-is-better')).toBe('better');
    expect(compareWithBenchmark(-1, -1, 'lower-is-better')).toBe('same');
  });

  it('null for closer-to-target and neutral', () => {
    expect(compareWithBenchmark(50, 40, 'closer-to-target')).toBeNull();
    expect(compareWithBenchmark(50, 40, 'neutral')).toBeNull();
  });

  it('compares the decimals as written, with no tolerance', () => {
    expect(compareWithBenchmark(66.7, 66.67, 'higher-is-better')).toBe('better');
    expect(compareWithBenchmark(66.7, 66.71, 'higher-is-better')).toBe('worse');
    expect(compareWithBenchmark(0.1 + 0.2, 0.3, 'higher-is-better')).toBe('better');
    expect(compareWithBenchmark(0.3, 0.3, 'higher-is-better')).toBe('same');
  });

  it('throws INVALID_OPTIONS for numbers that are not finite and an unknown polarity', () => {
    const e = indicatorErrorOf(() => compareWithBenchmark(NaN, Infinity, 'up' as never));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['not-finite', 'value'],
      ['not-finite', 'benchmark'],
      ['bad-choice', 'polarity'],
    ]);
  });
});
