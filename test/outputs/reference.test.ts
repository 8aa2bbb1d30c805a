/**
 * formatReference: targets and benchmarks at the value's decimals, never
 * rounded, through the core's formatter.
 */
import { describe, expect, it } from 'vitest';
import { formatReference } from 'council-indicators';
import { indicatorErrorOf } from '../helpers.js';

describe('formatReference', () => {
  it('pads to the decimals of the value it is read against, % for percentages', () => {
    expect(formatReference(74, { measure: 'rate', decimals: 1 })).toBe('74.0');
    expect(formatReference(95, { measure: 'percentage', decimals: 1 })).toBe('95.0%');
    expect(formatReference(345, { measure: 'count', decimals: 0 })).toBe('345');
    expect(formatReference(0.3, { measure: 'ratio', decimals: 2 })).toBe('0.30');
    expect(formatReference(-8, { measure: 'count', decimals: 0 })).toBe('-8');
    expect(formatReference(0, { measure: 'mean', decimals: 3 })).toBe('0.000');
  });

  it('never rounds: a value with more decimals keeps every digit, as written in decimal', () => {
    expect(formatReference(12.35, { measure: 'percentage', decimals: 1 })).toBe('12.35%');
    expect(formatReference(492.5, { measure: 'mean', decimals: 0 })).toBe('492.5');
    expect(formatReference(0.1, { measure: 'ratio', decimals: 0 })).toBe('0.1');
    expect(formatReference(66.67, { measure: 'percentage', decimals: 1 })).toBe('66.67%');
    expect(formatReference(-0.05, { measure: 'rate', decimals: 1 })).toBe('-0.05');
    expect(formatReference(1e-7, { measure: 'ratio', decimals: 2 })).toBe('0.0000001');
  });

  it('throws INVALID_OPTIONS naming every bad argument', () => {
    const e = indicatorErrorOf(() => formatReference(NaN, { measure: 'percent' as never, decimals: 1.5 }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['not-finite', 'value'],
      ['bad-choice', 'measure'],
      ['out-of-range', 'decimals'],
    ]);
    expect(indicatorErrorOf(() => formatReference(1, { measure: 'count', decimals: 11 })).issues[0]!.path).toBe('decimals');
    expect(indicatorErrorOf(() => formatReference(1, null as never)).issues.map((i) => i.path)).toEqual(['measure', 'decimals']);
  });
});
