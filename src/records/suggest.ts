/**
 * "Did you mean", worded for records' messages, by the core's rule
 * (`closestName`).
 *
 * @internal
 * @module
 */
import { closestName } from '../index.js';

/** The name in `known` most like `name`, or null: `closestName`. */
export const closest = closestName;

/** `; did you mean "x"?`, or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const meant = closestName(name, known);
  return meant === null ? '' : `; did you mean ${JSON.stringify(meant)}?`;
}
