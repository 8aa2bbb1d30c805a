/**
 * Gaps found by mutation testing (`npm run test:mutation`, issue 8 point 14) in
 * src/assessment: what the error messages of stepInForce and compareWithBenchmark
 * say, the trend of a closer-to-target indicator whose change is within the
 * tolerance or that has no target in force, and the internal guard of `rate`.
 */
import { describe, expect, it } from 'vitest';
import { compareWithBenchmark, computeIndicator, stepInForce } from 'council-indicators';
import type { PeriodResult } from 'council-indicators';
import { compileRag, rate } from '../../src/assessment/rag.js';
import * as R from '../../src/exact/rational.js';
import { indicatorErrorOf, pct } from '../helpers.js';

/** Monthly rows from 2017-`start` on, a / 100 each month. */
function monthly(as: number[], start = 1): { period: string; a: number; b: number }[] {
  return as.map((a, i) => ({ period: `2017-${String(start + i).padStart(2, '0')}`, a, b: 100 }));
}

const col = <K extends keyof PeriodResult>(r: { periods: PeriodResult[] }, key: K): PeriodResult[K][] => r.periods.map((p) => p[key]);

describe('stepInForce errors say what is wrong and how to write it', () => {
  it('names the bad month, quoted as given, and the form a month takes', () => {
    const e = indicatorErrorOf(() => stepInForce([], '2017-13'));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([{ code: 'bad-period', path: 'period', message: 'period "2017-13" is not a month in YYYY-MM form' }]);
  });

  it('shows a month that is not text as it is', () => {
    const e = indicatorErrorOf(() => stepInForce([], undefined as never));
    expect(e.issues[0]!.message).toBe('period undefined is not a month in YYYY-MM form');
  });

  it('says what steps must be', () => {
    const e = indicatorErrorOf(() => stepInForce('2017-01' as never, '2017-03'));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([{ code: 'not-an-array', path: 'steps', message: 'steps must be an array of { from: "YYYY-MM", ... } in time order' }]);
  });
});

describe('compareWithBenchmark errors', () => {
  it('names each number that is not finite and lists the polarities', () => {
    const e = indicatorErrorOf(() => compareWithBenchmark(NaN, -Infinity, 'up' as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => i.message)).toEqual([
      'value NaN must be a finite number',
      'benchmark -Infinity must be a finite number',
      'polarity "up" must be one of higher-is-better, lower-is-better, closer-to-target, neutral',
    ]);
  });

  it('refuses a numeric string rather than reading it', () => {
    const e = indicatorErrorOf(() => compareWithBenchmark('5' as never, 4, 'higher-is-better'));
    expect(e.issues).toEqual([{ code: 'not-finite', path: 'value', message: 'value 5 must be a finite number' }]);
  });
});

describe('closer-to-target trend (docs/concepts.md, "Trend")', () => {
  it('a change within the tolerance is no-change, though the distance from the target changed', () => {
    // Target 10, tolerance 0.5: 9.0% then 9.5% is a change of 0.5, so `same`; the distance fell from 1 to 0.5, but
    // a `same` direction is `no-change` whatever the distances.
    const r = computeIndicator(pct({ polarity: 'closer-to-target', target: 10, directionOfTravel: { tolerance: 0.5 } }), monthly([9, 9.5, 11]));
    expect(col(r, 'direction')).toEqual([null, 'same', 'up']);
    // 9.5 -> 11 is up by 1.5; distances 0.5 -> 1: worsening.
    expect(col(r, 'trend')).toEqual([null, 'no-change', 'worsening']);
  });

  it('an unchanged value is no-change even with no target in force', () => {
    const r = computeIndicator(
      pct({
        polarity: 'closer-to-target',
        target: [
          { from: '2017-01', value: 10 },
          { from: '2017-03', value: null },
        ],
      }),
      monthly([8, 9, 9, 7]),
    );
    expect(col(r, 'target')).toEqual([10, 10, null, null]);
    expect(col(r, 'direction')).toEqual([null, 'up', 'same', 'down']);
    expect(col(r, 'trend')).toEqual([null, 'improving', 'no-change', null]);
  });
});

describe('rate', () => {
  it('throws rather than rate a value no band covers (validated bands never leave one)', () => {
    const rag = compileRag({ on: 'value', using: 'exact', bands: [{ rating: 'green', min: 0, minInclusive: true }] });
    expect(rate(rag, R.int(3))).toBe('green');
    expect(() => rate(rag, R.fromNumber(-1.5))).toThrow('internal error: -1.5 fell outside validated RAG bands');
  });

  it('a value on an edge a band leaves out goes to the band that includes it, whichever comes first', () => {
    // green: x > 50; red: x <= 50. 50 is red, though green is listed first.
    const rag = compileRag({
      on: 'value',
      using: 'exact',
      bands: [
        { rating: 'green', min: 50, minInclusive: false },
        { rating: 'red', max: 50, maxInclusive: true },
      ],
    });
    expect([rate(rag, R.int(50)), rate(rag, R.fromNumber(50.001)), rate(rag, R.int(49))]).toEqual(['red', 'green', 'red']);
  });
});
