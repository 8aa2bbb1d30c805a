/**
 * Values that change by period (targets, RAG bands): a step function.
 *
 * @module
 */
import { periodIndex } from '../periods/period.js';

/** A compiled step function: the value in force at a month index. @internal */
export interface Steps<T> {
  at(index: number): T | null;
}

/**
 * One value for every period, or steps where each applies from its `from`
 * until the next; before the first step nothing applies. Each value is
 * converted once, up front.
 *
 * @internal
 */
export function compileSteps<S extends { from: string }, V, T>(
  input: V | readonly S[] | undefined,
  valueOf: (step: S) => V | null,
  convert: (value: V) => T,
): Steps<T> {
  if (input === undefined) return { at: () => null };
  if (!Array.isArray(input)) {
    const only = convert(input as V);
    return { at: () => only };
  }
  const steps = (input as readonly S[]).map((s) => {
    const v = valueOf(s);
    return { start: periodIndex(s.from), value: v === null ? null : convert(v) };
  });
  return {
    at(index: number): T | null {
      let found: T | null = null;
      for (const step of steps) {
        if (step.start > index) break;
        found = step.value;
      }
      return found;
    },
  };
}
