/**
 * What the reference oracle refuses rather than model: input it would read
 * wrongly must stop it, never give a plausible oracle answer.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';
import { referenceCompute } from 'council-indicators/testing';

const count: IndicatorSpecInput = {
  id: 'admissions',
  title: 'Admissions',
  measure: { type: 'count' },
  numerator: { field: 'n', aggregate: 'sum' },
  polarity: 'neutral',
};
const months = [
  { period: '2017-04', n: 5 },
  { period: '2017-05', n: 7 },
  { period: '2017-06', n: 9 },
];

describe('referenceCompute refuses what it does not model', () => {
  it('agrees with computeIndicator on monthly rows', () => {
    expect(referenceCompute(count, months)).toEqual(computeIndicator(count, months));
  });

  it('refuses quarterly and yearly frequencies, which it would read as months', () => {
    expect(() => referenceCompute({ ...count, frequency: 'quarter' } as IndicatorSpecInput, [{ period: '2017-Q2', n: 21 }])).toThrow(
      /frequency "quarter" is not modelled/,
    );
  });

  it('refuses the every option instead of ignoring it', () => {
    expect(computeIndicator(count, months, { every: 'quarter' }).periods.map((p) => p.numerator)).toEqual([21]);
    expect(() => referenceCompute(count, months, { every: 'quarter' } as never)).toThrow(/option "every" is not modelled/);
  });
});
