/**
 * Helpers shared by the test files: what a call threw, and a small spec to
 * vary.
 */
import { isIndicatorError } from 'council-indicators';
import type { IndicatorError, IndicatorSpecInput } from 'council-indicators';

/** What `f` threw; fails the test if it returned. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

/** The `IndicatorError` `f` threw; fails the test if it returned, and rethrows anything else it threw. */
export function indicatorErrorOf(f: () => unknown): IndicatorError {
  const e = thrown(f);
  if (isIndicatorError(e)) return e;
  throw e;
}

/** A percentage a / b, higher is better, with the given extras. */
export function pct(extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput {
  return {
    id: 'test-percentage',
    title: 'Test percentage',
    measure: { type: 'percentage' },
    numerator: 'a',
    denominator: 'b',
    polarity: 'higher-is-better',
    ...extra,
  };
}
