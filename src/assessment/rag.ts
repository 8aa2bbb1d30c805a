/**
 * Red/amber/green: which band a number falls in.
 *
 * @module
 */
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { Band, RagSpec, Rating } from '../spec/types.js';

/** A band with exact edges. @internal */
export interface CompiledBand {
  rating: Rating;
  min: Q | null;
  minInclusive: boolean;
  max: Q | null;
  maxInclusive: boolean;
}

/** A RAG ready to rate. @internal */
export interface CompiledRag {
  spec: RagSpec;
  bands: CompiledBand[];
}

/** @internal */
export function compileRag(spec: RagSpec): CompiledRag {
  return {
    spec,
    bands: spec.bands.map((b: Band) => ({
      rating: b.rating,
      min: b.min === undefined ? null : R.fromNumber(b.min),
      minInclusive: b.minInclusive === true,
      max: b.max === undefined ? null : R.fromNumber(b.max),
      maxInclusive: b.maxInclusive === true,
    })),
  };
}

/** Whether `x` lies in the band. @internal */
function inBand(band: CompiledBand, x: Q): boolean {
  if (band.min !== null) {
    const c = R.cmp(x, band.min);
    if (c < 0 || (c === 0 && !band.minInclusive)) return false;
  }
  if (band.max !== null) {
    const c = R.cmp(x, band.max);
    if (c > 0 || (c === 0 && !band.maxInclusive)) return false;
  }
  return true;
}

/**
 * The rating of `x`. Validated bands cover their domain exactly once, so a
 * value from valid data always finds its band.
 *
 * @internal
 */
export function rate(rag: CompiledRag, x: Q): Rating {
  for (const band of rag.bands) if (inBand(band, x)) return band.rating;
  throw new Error(`internal error: ${R.toDecimalString(x)} fell outside validated RAG bands`);
}
