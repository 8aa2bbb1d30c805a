/**
 * council-indicators/catalogue: ready specs for the standard children in care
 * and care leavers indicators, as the reference report (Peterborough,
 * September 2017) defines, targets and rates them, with their benchmarks and
 * the record-level measures that derive their monthly rows.
 *
 * @module
 */
import { IndicatorError } from '../index.js';
import type { RecordMeasure } from '../records/index.js';
import { catalogue } from './entries.js';
import type { CatalogueEntry } from './types.js';

export { catalogue } from './entries.js';
export type { CatalogueEntry } from './types.js';

const byId = new Map<string, CatalogueEntry>(catalogue.map((e) => [e.spec.id, e]));

/**
 * The catalogue entry with this spec id. Throws an `IndicatorError` with
 * code `INVALID_OPTIONS` for an id the catalogue does not have (issue code
 * `unknown-id`) or an id that is not a string (`wrong-type`), listing the
 * ids it has.
 *
 * @example
 * ```ts
 * import { catalogueEntry } from 'council-indicators/catalogue';
 *
 * const adopted = catalogueEntry('cic-adopted-ytd');
 * adopted.page; // 32
 * adopted.spec.window; // { type: 'year-to-date', yearStartMonth: 4 }
 * adopted.measures; // { adopted: { type: 'ended', reasons: ['E11', 'E12'] }, ceased: { type: 'ended' } }
 * catalogueEntry('cic-pathway-plans').measures; // null
 * let error = null;
 * try { catalogueEntry('cic-unknown'); } catch (e) { error = e; }
 * error.code; // 'INVALID_OPTIONS'
 * error.issues[0].code; // 'unknown-id'
 * ```
 */
export function catalogueEntry(id: string): CatalogueEntry {
  if (typeof id !== 'string') {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'wrong-type', path: 'id', message: `id must be a string, one of ${[...byId.keys()].join(', ')}; received ${id === null ? 'null' : typeof id}` },
    ]);
  }
  const found = byId.get(id);
  if (found === undefined) {
    throw new IndicatorError('INVALID_OPTIONS', [
      { code: 'unknown-id', path: 'id', message: `the catalogue has no indicator ${JSON.stringify(id)}; its ids are ${[...byId.keys()].join(', ')}` },
    ]);
  }
  return found;
}

function mergeMeasures(entries: readonly CatalogueEntry[]): Record<string, RecordMeasure> {
  const merged: Record<string, RecordMeasure> = {};
  for (const e of entries) {
    for (const [name, measure] of Object.entries(e.measures ?? {})) {
      const seen = merged[name];
      if (seen !== undefined && JSON.stringify(seen) !== JSON.stringify(measure)) {
        // A catalogue bug, caught when the module loads and by its tests.
        throw new Error(`catalogue measure ${name} has two definitions (in ${e.spec.id})`);
      }
      merged[name] = measure;
    }
  }
  return Object.freeze(merged);
}

/**
 * Every measure of every catalogue entry, in one object for one
 * `deriveMonthly` call. A name means the same measure in every entry that
 * uses it (`cic` is the month-end count of children in care for the rate,
 * the count and the placements denominator), so the rows it gives feed every
 * entry with measures.
 *
 * @example
 * ```ts
 * import { catalogueMeasures } from 'council-indicators/catalogue';
 * import { deriveMonthly } from 'council-indicators/records';
 *
 * catalogueMeasures.cic; // { type: 'in-care' }
 * catalogueMeasures.placements3; // { type: 'placements', atLeast: 3, withinMonths: 12 }
 * const rows = deriveMonthly(
 *   {
 *     children: [{ childId: 'A', dateOfBirth: '2010-06-15' }],
 *     episodes: [{ childId: 'A', start: '2017-09-04', reasonNewEpisode: 'S', legalStatus: 'C2' }],
 *     events: [{ childId: 'A', type: 'health-assessment-initial', date: '2017-09-20' }],
 *   },
 *   { from: '2017-09', to: '2017-09', measures: catalogueMeasures },
 * );
 * rows[0].cic; // 1
 * rows[0].admissions; // 1
 * rows[0].ihaEligible; // 1
 * rows[0].ihaMet; // 1
 * ```
 */
export const catalogueMeasures: Record<string, RecordMeasure> = mergeMeasures(catalogue);
