/**
 * What a RAG rates, and its rating: the value (exact or as displayed), or
 * its difference from the target (absolute or relative, exact or as the
 * variance column displays it).
 *
 * @module
 */
import * as R from '../exact/rational.js';
import type { Q, RoundingMode } from '../exact/rational.js';
import type { Rating, VarianceSpec } from '../spec/types.js';
import { rate } from './rag.js';
import type { CompiledRag } from './rag.js';
import { variance as varianceOf } from './variance.js';

/**
 * The rating of a period, or null when its RAG has nothing to rate: no
 * target for a RAG on a difference, or a relative difference from a target
 * of 0.
 *
 * @internal
 */
export function ratingOf(
  rag: CompiledRag,
  value: Q,
  rounded: Q,
  target: Q | null,
  variance: VarianceSpec,
  rounding: RoundingMode,
): Rating | null {
  let x: Q | null;
  if (rag.spec.on === 'value') {
    x = rag.spec.using === 'rounded' ? rounded : value;
  } else {
    // A difference is taken from the value the variance is taken from, so a
    // rating on the difference agrees with the variance column.
    if (target === null) return null;
    const base = variance.using === 'rounded' ? rounded : value;
    // Stryker disable next-line StringLiteral: equivalent, variance() treats every type but 'difference' as relative
    x = varianceOf(rag.spec.on === 'difference-from-target' ? 'difference' : 'relative', base, target);
    const d = variance.decimals;
    if (x !== null && rag.spec.using === 'rounded') x = R.fromUnits(R.roundToUnits(x, d, rounding), d);
  }
  return x === null ? null : rate(rag, x);
}
