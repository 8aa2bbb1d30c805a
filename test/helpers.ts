/**
 * Helpers shared by the test files: what a call threw.
 */
import { isIndicatorError } from 'council-indicators';
import type { IndicatorError } from 'council-indicators';

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
