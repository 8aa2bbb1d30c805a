/**
 * "Did you mean": the known name most like a misspelt one. The core's helper
 * is internal (subpaths use only the public API), so this is a small copy of
 * its rule.
 *
 * @internal
 * @module
 */

/** Levenshtein distance of `a` and `b`, or `limit + 1` once it is over `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The name in `known` most like `name`: the same but for case, hyphens and
 * underscores (`incare` for `in-care`), or within 2 edits (fewer than `name`
 * has characters, so `n` never suggests `d`). Null when none is close.
 */
export function closest(name: string, known: readonly string[]): string | null {
  const loose = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const same = known.find((k) => loose(k) === loose(name));
  if (same !== undefined) return same;
  const limit = Math.min(2, name.length - 1);
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const k of known) {
    const d = editDistance(name, k, limit);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?`, or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const meant = closest(name, known);
  return meant === null ? '' : `; did you mean ${JSON.stringify(meant)}?`;
}
