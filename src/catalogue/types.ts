/**
 * The shape of a catalogue entry: a ready indicator spec and, where the
 * case records allow it, the record-level measures that produce its rows.
 *
 * @module
 */
import type { IndicatorSpec } from '../index.js';
import type { RecordMeasure } from '../records/index.js';

export type { IndicatorSpec, RecordMeasure };

/**
 * One indicator of the catalogue.
 *
 * - `spec`: the validated indicator spec, written from the printed
 *   definition, target and RAG thresholds of its page of the reference
 *   report (Peterborough, children in care, September 2017). Where the
 *   printed bands leave gaps or overlap, the spec closes them and its
 *   `description` says how.
 * - `measures`: for `deriveMonthly` (`council-indicators/records`), the
 *   record-level measure of every field the spec's numerator and
 *   denominator read, named as the spec names them; `null` when the figure
 *   cannot be derived from case records (children, episodes, events), and
 *   then `whyNoMeasures` says why.
 * - `page`: the page number the report's contents table gives.
 */
export interface CatalogueEntry {
  spec: IndicatorSpec;
  measures: Record<string, RecordMeasure> | null;
  /** Why `measures` is null: what the records lack, and how the figure can be had instead. */
  whyNoMeasures?: string;
  /** The page of the reference report's contents table. */
  page?: number;
}
