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

/** A single value for every period, or steps `{ from, value }` where nothing applies before the first. @internal */
export function compileSteps<S extends { from: string }, T>(
  input: T | readonly S[] | undefined,
  isSteps: (x: T | readonly S[]) => x is readonly S[],
  valueOf: (step: S) => T | null,
): Steps<T> {
  if (input === undefined) return { at: () => null };
  if (!isSteps(input)) return { at: () => input };
  const starts = input.map((s) => periodIndex(s.from));
  const values = input.map(valueOf);
  return {
    at(index: number): T | null {
      let found: T | null = null;
      for (let i = 0; i < starts.length && starts[i]! <= index; i++) found = values[i]!;
      return found;
    },
  };
}
