/**
 * A gap found by mutation testing (`npm run test:mutation`, issue 8 point 14) in
 * src/measures: measureValue with no denominator at all. A validated spec always
 * has one for a measure that divides, so computeIndicator never passes null here;
 * the function's own contract (null rather than a division) is tested directly.
 */
import { describe, expect, it } from 'vitest';
import { measureScale, measureValue } from '../../src/measures/measure.js';
import * as R from '../../src/exact/rational.js';

describe('measureValue', () => {
  it('is null, never a division, when a dividing measure has no denominator or a zero one', () => {
    for (const measure of [{ type: 'percentage' }, { type: 'rate', per: 10000 }, { type: 'ratio' }] as const) {
      const scale = measureScale(measure);
      expect(measureValue(measure, scale, R.int(3), null)).toBeNull();
      expect(measureValue(measure, scale, R.int(3), R.ZERO)).toBeNull();
    }
  });

  it('divides and scales otherwise; a count is its numerator', () => {
    // 3 / 8 x 100 = 37.5; 373 / 47715 x 10000 = 78.17...; 3 / 8 = 0.375.
    expect(R.toDecimalString(measureValue({ type: 'percentage' }, measureScale({ type: 'percentage' }), R.int(3), R.int(8))!)).toBe('37.5');
    expect(R.toDecimalString(measureValue({ type: 'ratio' }, measureScale({ type: 'ratio' }), R.int(3), R.int(8))!)).toBe('0.375');
    expect(measureValue({ type: 'count' }, R.int(1), R.int(373), null)).toEqual(R.int(373));
    // A difference is numerator - denominator, with no scale; none without a denominator.
    expect(R.toDecimalString(measureValue({ type: 'difference' }, measureScale({ type: 'difference' }), R.int(3), R.int(8))!)).toBe('-5');
    expect(measureValue({ type: 'difference' }, measureScale({ type: 'difference' }), R.int(3), null)).toBeNull();
  });
});
