/**
 * council-indicators/catalogue: the national definitions of the standard
 * children in care and care leavers indicators (what is counted, over what
 * window, which way is better), the record-level measures that derive their
 * monthly rows, and `catalogueSpec`, which makes a usable spec from a
 * definition and a council's local settings (population, targets, bands,
 * benchmarks). The reference report's settings (Peterborough, September
 * 2017) are one example set: `referenceSettings`.
 *
 * @module
 */
import { IndicatorError, validateSpec } from '../index.js';
import type { IndicatorIssue, IndicatorSpec, IndicatorSpecInput } from '../index.js';
import type { RecordMeasure } from '../records/index.js';
import { catalogue, takesPopulation } from './entries.js';
import type { CatalogueEntry, LocalSettings, SettingName } from './types.js';

export { catalogue } from './entries.js';
export { referenceSettings } from './reference.js';
export type { CatalogueDefinition, CatalogueEntry, CouncilSettings, LocalSettings, SettingName } from './types.js';

const byId = new Map<string, CatalogueEntry>(catalogue.map((e) => [e.id, e]));

/**
 * The catalogue entry with this id: its national `definition` (no council's
 * numbers), the settings it `requires` and `takes`, its record-level
 * `measures` and its `page`. Throws an `IndicatorError` with
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
 * adopted.definition.window; // { type: 'year-to-date' }
 * adopted.definition.target; // undefined
 * adopted.requires; // []
 * adopted.takes; // ['target', 'rag', 'benchmarks', 'decimals']
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
        throw new Error(`catalogue measure ${name} has two definitions (in ${e.id})`);
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
 *     // Every type the catalogue reads, which this extract can hold though it has none of most:
 *     // without the list, a measure reading a type with no events is an error, not 0.
 *     eventTypes: ['health-assessment-initial', 'health-assessment', 'dental-check', 'missing', 'placement-order', 'matched', 'placed-for-adoption'],
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

const SETTINGS: readonly SettingName[] = ['population', 'target', 'rag', 'benchmarks', 'decimals'];

/** What a definition divides by, in words, for the message refusing a population. */
function whyNoPopulation(entry: CatalogueEntry): string {
  const d = entry.definition;
  if (d.measure.type === 'count') return `${entry.id} is a count and has no denominator`;
  const over = d.denominator !== undefined && typeof d.denominator === 'object' && 'field' in d.denominator ? ` of the field ${d.denominator.field}` : '';
  return `${entry.id} is a ${d.measure.type}${over}, not a rate per head of population`;
}

/** The message for a required setting left out. */
function missingMessage(entry: CatalogueEntry, name: SettingName): string {
  if (name === 'population') {
    return (
      `${entry.id} is a rate per 10,000 of the population aged 0-17, and the population is the council's own: ` +
      "give population as a number (e.g. population: 47715, the ONS mid-year estimate) or as the field of the rows that holds it (population: 'population')"
    );
  }
  return (
    `${entry.id} is judged by closeness to a target, and the target is the council's own: ` +
    "give target as a number (target: 345) or as steps by month (target: [{ from: '2017-04', value: 345 }])"
  );
}

/**
 * A usable spec from a catalogue definition and a council's local
 * settings: the definition, with `population` as the rate's denominator (a
 * number is a fixed value, a string the field of the rows that holds it,
 * read at the window's last month) and `target`, `rag`, `benchmarks` and
 * `decimals` as the spec fields of those names. The result is validated as
 * any spec (`validateSpec`), so bands are checked against the definition's
 * polarity and decimals, targets and benchmarks for their order.
 *
 * Throws an `IndicatorError` with code `INVALID_SPEC` listing every
 * problem: a setting the definition requires and was not given
 * (`missing-setting`: `population` for a rate per 10,000, `target` for a
 * definition judged by closeness to target), a key that is not a setting
 * or a setting the definition does not take (`unknown-key`: a population
 * for a percentage), a population that is not a positive number or a field
 * name (`bad-format` for a number written as text, such as `'48,117'`, which
 * YAML makes of `population: 48,117`), and every spec issue of the settings, at the setting's path
 * (`rag[0].rag.bands`, `target[1].from`, `population`). An unknown id is
 * `INVALID_OPTIONS`, as for `catalogueEntry`.
 *
 * @example
 * ```ts
 * import { computeIndicator } from 'council-indicators';
 * import { catalogueSpec, referenceSettings } from 'council-indicators/catalogue';
 *
 * // A council's own population, as a field of its rows, and its own target:
 * const rate = catalogueSpec('cic-admissions-rate', { population: 'population', target: 40 });
 * rate.denominator; // { field: 'population', aggregate: 'last' }
 * rate.target; // 40
 * rate.rag; // undefined
 * const rows = Array.from({ length: 12 }, (_, i) => ({ period: `2017-${String(i + 1).padStart(2, '0')}`, admissions: 20, population: 50200 }));
 * computeIndicator(rate, rows).periods.at(-1).formatted; // '47.8'
 *
 * // The reference council's settings reproduce its report:
 * catalogueSpec('cic-admissions-rate', referenceSettings['cic-admissions-rate']).denominator; // { value: 47715 }
 *
 * let error = null;
 * try { catalogueSpec('cic-rate-per-10k', { target: 74 }); } catch (e) { error = e; }
 * error.code; // 'INVALID_SPEC'
 * error.issues.map((i) => [i.code, i.path]); // [['missing-setting', 'population']]
 * try { catalogueSpec('cic-adopted-ytd', { population: 47715, taget: 14 }); } catch (e) { error = e; }
 * error.issues.map((i) => [i.code, i.path]); // [['unknown-key', 'population'], ['unknown-key', 'taget']]
 * ```
 */
export function catalogueSpec(id: string, settings?: LocalSettings): IndicatorSpec {
  const entry = catalogueEntry(id);
  const given: unknown = settings === undefined ? {} : settings;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new IndicatorError('INVALID_SPEC', [
      {
        code: 'wrong-type',
        path: '',
        message: `the settings of ${id} must be an object such as { target: 95 }, or left out; received ${given === null ? 'null' : Array.isArray(given) ? 'an array' : typeof given}`,
      },
    ]);
  }
  const issues: IndicatorIssue[] = [];
  const values = given as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    if (!(SETTINGS as readonly string[]).includes(key)) {
      issues.push({
        code: 'unknown-key',
        path: key,
        message: `${JSON.stringify(key)} is not a local setting: the settings are ${SETTINGS.join(', ')}`,
      });
    } else if (!entry.takes.includes(key as SettingName) && values[key] !== undefined) {
      issues.push({ code: 'unknown-key', path: key, message: `${whyNoPopulation(entry)}: remove ${key}` });
    }
  }
  const has = (name: SettingName): boolean => values[name] !== undefined;
  for (const name of entry.requires) {
    if (!has(name)) issues.push({ code: 'missing-setting', path: name, message: missingMessage(entry, name) });
  }

  const input: Record<string, unknown> = { ...entry.definition };
  if (takesPopulation(entry.definition)) {
    const population = values.population;
    let denominator: unknown = { field: 'population', aggregate: 'last' }; // a stand-in while population is missing or wrong
    if (typeof population === 'number') {
      if (Number.isFinite(population) && population > 0) denominator = { value: population };
      else issues.push({ code: 'out-of-range', path: 'population', message: `population must be a positive number of people aged 0-17, e.g. 47715; received ${String(population)}` });
    } else if (typeof population === 'string' && /^\s*[+-]?(?:\d{1,3}(?:[, \u00a0]\d{3})+|\d+)(?:\.\d+)?\s*$/.test(population)) {
      // A number written as text (`48,117` in YAML is the string "48,117"): not a field name.
      const digits = population.trim().replace(/[, \u00a0]/g, '');
      issues.push({
        code: 'bad-format',
        path: 'population',
        message: /[, \u00a0]/.test(population.trim())
          ? `population ${JSON.stringify(population)} looks like a number with a thousands separator, which is read as text (a field name): write ${digits}`
          : `population ${JSON.stringify(population)} is a number written as text (quoted), which is read as a field name: write it without quotes, ${digits}`,
      });
    } else if (typeof population === 'string') {
      denominator = { field: population, aggregate: 'last' };
    } else if (population !== undefined) {
      issues.push({
        code: 'wrong-type',
        path: 'population',
        message: `population must be a number (47715) or the name of the rows' field that holds it ('population'); received ${population === null ? 'null' : typeof population}`,
      });
    }
    input.denominator = denominator;
  }
  for (const name of ['target', 'rag', 'benchmarks', 'decimals'] as const) if (has(name)) input[name] = values[name];
  const targetMissing = entry.requires.includes('target') && !has('target');
  if (targetMissing) input.target = 0; // a stand-in: the missing target is reported above

  const checked = validateSpec(input as unknown as IndicatorSpecInput);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      if (issue.path === 'denominator' || issue.path.startsWith('denominator.')) issues.push({ ...issue, path: 'population' });
      else issues.push(issue);
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_SPEC', issues);
  if (!checked.ok) throw new IndicatorError('INVALID_SPEC', checked.issues); // unreachable: its issues are in issues
  return checked.spec;
}
