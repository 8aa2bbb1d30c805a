/**
 * What each command does, as plain functions of parsed options that return
 * the text to write. `run` (run.ts) parses the command line and calls them;
 * tests call them through `run`.
 *
 * @module
 */
import { computeIndicator, indicatorSpecJsonSchema } from 'council-indicators';
import type { IndicatorIssue, IndicatorResult, IndicatorSpec, Period } from 'council-indicators';
import { catalogue, catalogueEntry } from 'council-indicators/catalogue';
import { computeScorecard, toCsv, toHtml, toMarkdown } from 'council-indicators/scorecard';
import type { CliIo } from './io.js';
import { atLine, catalogueInput, distinct, loadData, loadSettings, loadSpecs, readMonths } from './inputs.js';
import type { DataReading, LoadedData } from './inputs.js';
import { InputProblem, asProblem } from './issues.js';
import { resultSections, resultsToCsv, toCsvTable, toHtmlPage, toMarkdownPage } from './outputs.js';
import type { Format } from './outputs.js';

/** Options shared by the commands that read specs and data. */
export interface SpecDataOptions extends DataReading {
  spec?: string[];
  catalogue?: string[];
  /** A JSON or YAML file of local settings for the `--catalogue` entries, by id. */
  settings?: string;
  data?: string;
}

/** Run `computeIndicator` for every spec on the data, collecting every issue (placed at its file line) from all of them. */
function computeAll(specs: readonly IndicatorSpec[], data: LoadedData, range: { from?: Period; to?: Period }): IndicatorResult[] {
  const results: IndicatorResult[] = [];
  const issues: IndicatorIssue[] = [];
  let kind: 'INVALID_DATA' | 'INVALID_OPTIONS' | 'INVALID_SPEC' = 'INVALID_DATA';
  for (const spec of specs) {
    try {
      results.push(computeIndicator(spec, data.rows, range));
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      // Options are wrong for every spec alike: report them alone.
      if (problem.kind === 'INVALID_OPTIONS') throw new InputProblem(problem.kind, problem.issues);
      kind = problem.kind;
      issues.push(...problem.issues.map((i) => atLine(data, i)));
    }
  }
  if (issues.length > 0) throw new InputProblem(kind, distinct(issues));
  return results;
}

function requireData(options: SpecDataOptions): string {
  if (options.data === undefined) {
    throw new InputProblem('INVALID_OPTIONS', [{ code: 'missing-key', path: '--data', message: 'no data given: name the monthly data with --data FILE (.csv, .json or .jsonl)' }]);
  }
  return options.data;
}

/** Options of `compute`. */
export interface ComputeCommandOptions extends SpecDataOptions {
  from?: string;
  to?: string;
  format: Format;
}

/** `compute`: every spec's results over the data, as CSV, JSON (the `IndicatorResult` array), Markdown or HTML. */
export function computeCommand(io: CliIo, options: ComputeCommandOptions): string {
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? [], options.settings);
  const range = readMonths({ from: options.from, to: options.to });
  const data = loadData(io, requireData(options), options);
  const results = computeAll(specs, data, range);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(results, null, 2)}\n`;
    case 'md':
      return toMarkdownPage(`Indicators from ${data.file}`, resultSections(results));
    case 'html':
      return toHtmlPage(`Indicators from ${data.file}`, resultSections(results));
    default:
      return resultsToCsv(results);
  }
}

/** Options of `scorecard`. */
export interface ScorecardCommandOptions extends SpecDataOptions {
  asOf?: string;
  months?: string;
  title?: string;
  format: Format;
}

/** `scorecard`: the scorecard at `--as-of` (default: the data's last month), as the scorecard subpath writes it. */
export function scorecardCommand(io: CliIo, options: ScorecardCommandOptions): string {
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? [], options.settings);
  const { asOf: given } = readMonths({ asOf: options.asOf });
  let months: number | undefined;
  if (options.months !== undefined) {
    months = /^\s*\d+\s*$/.test(options.months) ? Number(options.months) : Number.NaN;
    if (!Number.isInteger(months)) {
      throw new InputProblem('INVALID_OPTIONS', [{ code: 'bad-option', path: 'months', message: `months ${JSON.stringify(options.months)} must be a whole number of months, e.g. 18` }]);
    }
  }
  const data = loadData(io, requireData(options), options);
  const asOf = given ?? (data.rows.map((r) => r.period as Period).sort().at(-1));
  if (asOf === undefined) {
    throw new InputProblem('INVALID_OPTIONS', [{ code: 'missing-key', path: 'asOf', message: `${data.file} has no rows to take the month from: give the month with --as-of, e.g. --as-of 2017-09` }]);
  }
  // Every row checked, and every issue placed at its line, before the scorecard is made.
  computeAll(specs, data, {});
  let card;
  try {
    card = computeScorecard(specs, data.rows, { asOf, ...(months === undefined ? {} : { months }) });
  } catch (e) {
    const problem = asProblem(e);
    if (problem === null) throw e;
    throw new InputProblem(problem.kind, problem.issues.map((i) => atLine(data, i)));
  }
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(card, null, 2)}\n`;
    case 'md':
      return toMarkdown(card);
    case 'csv':
      return toCsv(card);
    default:
      return toHtml(card, options.title === undefined ? {} : { title: options.title });
  }
}

/** `validate`: the specs checked, and the data against them when given; a one-line summary when all is well. */
export function validateCommand(io: CliIo, options: SpecDataOptions): string {
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? [], options.settings);
  const ids = specs.map((s) => s.id).join(', ');
  const specWords = `${specs.length} spec${specs.length === 1 ? '' : 's'} (${ids})`;
  if (options.data === undefined) return `ok: ${specWords} valid\n`;
  const data = loadData(io, options.data, options);
  computeAll(specs, data, {});
  return `ok: ${specWords} valid; ${data.rows.length} row${data.rows.length === 1 ? '' : 's'} of ${data.file} read by every spec without a problem\n`;
}

/** `schema`: the spec's JSON Schema. */
export function schemaCommand(): string {
  return `${JSON.stringify(indicatorSpecJsonSchema(), null, 2)}\n`;
}

/** Options of `catalogue`. */
export interface CatalogueCommandOptions {
  format?: Format;
  /** A JSON or YAML file of local settings, by catalogue id, for the entry printed. */
  settings?: string;
}

/**
 * `catalogue`: the list of entries (with the settings each requires), or
 * one entry's spec as JSON (a spec file to start from): its national
 * definition with the local settings of `--settings` for its id, if any.
 */
export function catalogueCommand(io: CliIo, id: string | undefined, options: CatalogueCommandOptions): string {
  if (id !== undefined) {
    try {
      catalogueEntry(id);
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      throw new InputProblem(problem.kind, problem.issues.map((i) => ({ ...i, path: 'ID' })));
    }
    const made = catalogueInput(id, options.settings === undefined ? null : loadSettings(io, options.settings));
    if ('issues' in made) throw new InputProblem('INVALID_SPEC', made.issues);
    return `${JSON.stringify(made.spec, null, 2)}\n`;
  }
  if (options.settings !== undefined) {
    throw new InputProblem('INVALID_OPTIONS', [{ code: 'bad-option', path: '--settings', message: 'local settings are for one entry: name it, e.g. catalogue cic-rate-per-10k --settings settings.json' }]);
  }
  const headers = ['id', 'title', 'page', 'from_records', 'requires'];
  const rows = catalogue.map((e) => [e.id, e.definition.title, e.page ?? null, e.measures === null ? 'no' : 'yes', e.requires.join(' ')]);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(
        catalogue.map((e) => ({ id: e.id, title: e.definition.title, page: e.page ?? null, fromRecords: e.measures !== null, requires: e.requires })),
        null,
        2,
      )}\n`;
    case 'csv':
      return toCsvTable(headers, rows);
    case 'md':
      return toMarkdownPage('Catalogue', [{ heading: 'Indicators', headers, rows }]);
    case 'html':
      return toHtmlPage('Catalogue', [{ heading: 'Indicators', headers, rows }]);
    default: {
      const width = Math.max(...catalogue.map((e) => e.id.length));
      return catalogue.map((e) => `${e.id.padEnd(width)}  ${e.definition.title}${e.requires.length === 0 ? '' : ` (needs ${e.requires.join(', ')})`}\n`).join('');
    }
  }
}
