/**
 * The shapes of the catalogue: a national definition, the local settings a
 * council gives it, and an entry (definition, the settings it takes, and
 * the record-level measures that produce its rows).
 *
 * @module
 */
import type { BenchmarkStep, IndicatorSpec, IndicatorSpecInput, RagInput, RagStep, TargetStep } from '../index.js';
import type { RecordMeasure } from '../records/index.js';

export type { BenchmarkStep, IndicatorSpec, IndicatorSpecInput, RagInput, RagStep, RecordMeasure, TargetStep };

/**
 * A national definition: what is counted, over what window, how it is
 * rounded, which way is better, how the variance is taken. It is a spec as
 * written with no council's numbers in it: no target, no RAG bands, no
 * benchmarks, and, for a rate per 10,000, no denominator (the population
 * is a local setting). `catalogueSpec` adds a council's settings to it.
 */
export type CatalogueDefinition = Omit<IndicatorSpecInput, '$schema' | 'target' | 'rag' | 'benchmarks' | 'confidence'>;

/** The name of a local setting. */
export type SettingName = 'population' | 'target' | 'rag' | 'benchmarks' | 'decimals';

/**
 * A council's local settings for one catalogue entry: every key optional,
 * and no other keys. Each is checked as the spec field it becomes.
 *
 * - `population`: for a rate per 10,000, the population aged 0-17 it is
 *   per: a number (a fixed population, e.g. an ONS mid-year estimate), or
 *   the name of the rows' field that holds it (read at the last month of
 *   the window: `{ field, aggregate: 'last' }`). Required by the rates, and
 *   refused by every other entry.
 * - `target`: the spec's `target` (a number, or steps by month).
 * - `rag`: the spec's `rag` (bands, or steps by month).
 * - `benchmarks`: the spec's `benchmarks` (comparators by name).
 * - `decimals`: the decimals the council prints the value at, where they
 *   differ from the definition's.
 */
export interface LocalSettings {
  population?: number | string;
  target?: number | TargetStep[];
  rag?: RagInput | RagStep<RagInput>[];
  benchmarks?: Record<string, BenchmarkStep[]>;
  decimals?: number;
}

/** Local settings for many entries, by catalogue id (the shape of `referenceSettings` and of the CLI's `--settings` file). */
export type CouncilSettings = Record<string, LocalSettings>;

/**
 * One indicator of the catalogue.
 *
 * - `id`: the indicator's id (the spec id `catalogueSpec` gives).
 * - `definition`: the national definition, with no council's numbers (see
 *   {@link CatalogueDefinition}). Its `description` quotes what is counted.
 * - `requires`: the settings `catalogueSpec` must be given: `population`
 *   for a rate per 10,000, `target` where the polarity is
 *   `closer-to-target`; empty for the rest.
 * - `takes`: every setting the entry accepts, the required ones included.
 *   A setting it does not take (a population on a percentage) is an error.
 * - `measures`: for `deriveMonthly` (`council-indicators/records`), the
 *   record-level measure of every field the definition's numerator and
 *   denominator read, named as the definition names them; `null` when the
 *   figure cannot be derived from case records (children, episodes,
 *   events), and then `whyNoMeasures` says why.
 * - `page`: the page number the reference report's contents table gives.
 */
export interface CatalogueEntry {
  id: string;
  definition: CatalogueDefinition;
  requires: readonly SettingName[];
  takes: readonly SettingName[];
  measures: Record<string, RecordMeasure> | null;
  /** Why `measures` is null: what the records lack, and how the figure can be had instead. */
  whyNoMeasures?: string;
  /** The page of the reference report's contents table. */
  page?: number;
}
