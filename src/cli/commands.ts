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
import { atLine, distinct, loadData, loadSpecs, readMonths } from './inputs.js';
import type { DataReading, LoadedData } from './inputs.js';
import { InputProblem, asProblem } from './issues.js';
import { resultSections, resultsToCsv, toCsvTable, toHtmlPage, toMarkdownPage } from './outputs.js';
import type { Format } from './outputs.js';

/** Options shared by the commands that read specs and data. */
export interface SpecDataOptions extends DataReading {
  spec?: string[];
  catalogue?: string[];
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
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? []);
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
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? []);
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
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? []);
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
}

/** `catalogue`: the list of entries, or one entry's spec as JSON (a spec file to start from). */
export function catalogueCommand(id: string | undefined, options: CatalogueCommandOptions): string {
  if (id !== undefined) {
    let entry;
    try {
      entry = catalogueEntry(id);
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      throw new InputProblem(problem.kind, problem.issues.map((i) => ({ ...i, path: 'ID' })));
    }
    return `${JSON.stringify(entry.spec, null, 2)}\n`;
  }
  const headers = ['id', 'title', 'page', 'from_records'];
  const rows = catalogue.map((e) => [e.spec.id, e.spec.title, e.page ?? null, e.measures === null ? 'no' : 'yes']);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(catalogue.map((e) => ({ id: e.spec.id, title: e.spec.title, page: e.page ?? null, fromRecords: e.measures !== null })), null, 2)}\n`;
    case 'csv':
      return toCsvTable(headers, rows);
    case 'md':
      return toMarkdownPage('Catalogue', [{ heading: 'Indicators', headers, rows }]);
    case 'html':
      return toHtmlPage('Catalogue', [{ heading: 'Indicators', headers, rows }]);
    default: {
      const width = Math.max(...catalogue.map((e) => e.spec.id.length));
      return catalogue.map((e) => `${e.spec.id.padEnd(width)}  ${e.spec.title}\n`).join('');
    }
  }
}
