/**
 * Fields a spec reads that no row has: named, with the columns the rows do
 * have and the nearest of them by edit distance.
 *
 * @module
 */

/** Field names that would reach an object's prototype machinery: never read, never accepted. @internal */
export const FORBIDDEN_FIELDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Levenshtein distance, stopping early once it exceeds `limit`. */
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
 * "Did you mean": the name in `known` most like `name`, the rule every
 * did-you-mean of the library uses (columns, spec keys, record measures).
 * The same but for case, hyphens, underscores and spaces (`incare` for
 * `in-care`), or else within 2 edits, and fewer edits than `name` has
 * characters (so `n` never suggests `d`). Null when none is close.
 *
 * @example
 * ```ts
 * import { closestName } from 'council-indicators';
 *
 * closestName('admission', ['admissions', 'population']); // 'admissions'
 * closestName('incare', ['in-care', 'started']); // 'in-care'
 * closestName('n', ['d']); // null
 * ```
 */
export function closestName(name: string, known: readonly string[]): string | null {
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

/** The own keys of the object rows, in first-seen order, `period` left out. @internal */
export function columnsOf(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) continue;
    for (const key of Object.keys(row)) if (key !== 'period') seen.add(key);
  }
  return [...seen];
}

const SHOWN = 20;

/**
 * The message for a field in no row, e.g. `numerator.field "admission" is in
 * no row of spec cic-admissions; the rows have admissions, population; did
 * you mean "admissions"?`. @internal
 */
export function unknownFieldMessage(field: string, paths: readonly string[], specId: string, columns: readonly string[]): string {
  const where = paths.length === 0 ? 'field' : paths.map((p) => `${p}.field`).join(' and ');
  const of = specId === '' ? '' : ` of spec ${specId}`;
  const have =
    columns.length === 0
      ? 'the rows have no column but period'
      : `the rows have ${columns.slice(0, SHOWN).join(', ')}${columns.length > SHOWN ? ` and ${columns.length - SHOWN} more` : ''}`;
  const closest = closestName(field, columns);
  const hint = closest === null ? '' : `; did you mean ${JSON.stringify(closest)}?`;
  return `${where} ${JSON.stringify(field)} is in no row${of}; ${have}${hint}`;
}
