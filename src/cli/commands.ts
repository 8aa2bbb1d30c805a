/**
 * What each command does, as plain functions of parsed options that return
 * the text to write. `run` (run.ts) parses the command line and calls them;
 * tests call them through `run`.
 *
 * @module
 */
import { computeIndicator, indicatorSpecJsonSchema, parsePeriod, parseReportingPeriod, periodLabel } from 'council-indicators';
import type { ComputeOptions, Frequency, IndicatorIssue, IndicatorResult, IndicatorSpec } from 'council-indicators';
import { catalogue, catalogueEntry } from 'council-indicators/catalogue';
import { computeScorecard, toCsv, toHtml, toMarkdown } from 'council-indicators/scorecard';
import type { ScorecardOptions } from 'council-indicators/scorecard';
// On Node the statistics' size does not matter: every spec with confidence intervals just works.
import { statistics } from 'council-indicators/statistics';
import type { CliIo } from './io.js';
import { atLine, catalogueInput, distinct, loadData, loadSettings, loadSpecs, placeSpecIssue } from './inputs.js';
import { dataMonths, everyFrequency, jumpMessage, keyOfMonth, lastCompletePeriod, monthIndex, periodJumps, readPeriods } from './periods.js';
import type { PeriodJump } from './periods.js';
import type { DataReading, LoadedData } from './inputs.js';
import { InputProblem, asProblem } from './issues.js';
import { periodName, resultSections, resultsToCsv, toCsvTable, toHtmlPage, toMarkdownPage } from './outputs.js';
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
function computeAll(specs: readonly IndicatorSpec[], data: LoadedData, range: { from?: string; to?: string }, every?: string): IndicatorResult[] {
  const results: IndicatorResult[] = [];
  const issues: IndicatorIssue[] = [];
  let kind: 'INVALID_DATA' | 'INVALID_OPTIONS' | 'INVALID_SPEC' = 'INVALID_DATA';
  for (const spec of specs) {
    try {
      results.push(computeIndicator(spec, data.rows, { ...range, statistics, ...(every === undefined ? {} : { every: every as NonNullable<ComputeOptions['every']> }) }));
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      // Options are wrong for every spec alike: report them alone.
      if (problem.kind === 'INVALID_OPTIONS') throw new InputProblem(problem.kind, problem.issues.map((i) => atLine(data, i)));
      kind = problem.kind;
      issues.push(...problem.issues.map((i) => atLine(data, problem.kind === 'INVALID_SPEC' ? placeSpecIssue(spec, i) : i)));
    }
  }
  if (issues.length > 0) throw new InputProblem(kind, distinct(issues));
  return results;
}

function requireData(options: SpecDataOptions): string {
  if (options.data === undefined) {
    throw new InputProblem('INVALID_OPTIONS', [{ code: 'missing-key', path: '--data', message: 'no data given: name the monthly data with --data FILE (.csv, .tsv, .json or .jsonl)' }]);
  }
  return options.data;
}

/** The frequency every spec names, or undefined when one names none or two differ. */
function specFrequency(specs: readonly IndicatorSpec[]): Frequency | undefined {
  const named = new Set(specs.map((s) => s.frequency));
  const only = named.size === 1 ? [...named][0] : undefined;
  return only ?? undefined;
}

/**
 * A jump of more than two years between consecutive rows, when the range
 * is taken from the rows: `INVALID_DATA`, code `range-open`, at the later
 * row's line (docs/cli.md, "Rows years apart", says why it is an error).
 */
function jumpProblem(data: LoadedData, jumps: readonly PeriodJump[], fix: string): InputProblem {
  return new InputProblem(
    'INVALID_DATA',
    jumps.map((j) => {
      // At the likelier typo: the side of the jump with fewer rows.
      const at = j.odd === 'before' ? j.before : j.after;
      const row = data.rows.findIndex((r) => r.period === at.period);
      return {
        code: 'range-open' as const,
        path: `rows[${row}].period`,
        row,
        field: 'period',
        file: data.file,
        ...(at.line === undefined ? {} : { line: at.line }),
        message: jumpMessage(j, fix),
      };
    }),
  );
}

/**
 * Periods given in the wrong form for every frequency (`--from 2017-13`),
 * refused before the data is read, with `parsePeriod`'s words; whether they
 * are of the data's frequency is checked once it is read.
 */
function readableSomehow(given: Record<string, string | undefined>): void {
  const text = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const issues: IndicatorIssue[] = [];
  for (const [name, value] of Object.entries(text)) {
    try {
      readPeriods({ [name]: value }, 'month');
    } catch (month) {
      const asMonth = asProblem(month);
      if (asMonth === null) throw month;
      try {
        parseReportingPeriod(value);
      } catch (other) {
        // A quarter or year with a flaw (`Q5 2017-18`) gets parseReportingPeriod's reason; anything else parsePeriod's.
        const reason = asProblem(other)?.issues[0]?.message;
        issues.push(...(reason !== undefined && !reason.includes('parseReportingPeriod') ? [{ ...asMonth.issues[0]!, message: reason }] : asMonth.issues));
      }
    }
  }
  if (issues.length > 0) throw new InputProblem('INVALID_OPTIONS', issues);
}

/**
 * The default last period when monthly (or quarterly) data are reported
 * every quarter or year (`frequency`): the last one the data cover whole,
 * said on standard error when the data end inside a later one; undefined
 * when the data have no rows or are already of `frequency`. No whole
 * period in the data is an `INVALID_OPTIONS` issue at `option`.
 */
function lastWholePeriod(io: CliIo, data: LoadedData, frequency: Frequency, option: '--to' | '--as-of'): string | undefined {
  if (frequency === data.frequency) return undefined;
  const span = dataMonths(data.rows, data.frequency);
  if (span === null) return undefined;
  const { key, within, complete } = lastCompletePeriod(span.first, span.last, frequency);
  if (complete) return key!;
  const noun = frequency === 'quarter' ? 'quarter' : 'year';
  const end = periodLabel(keyOfMonth(span.last, 'month'));
  const label = (k: string): string => periodName(k, frequency);
  if (key === null) {
    throw new InputProblem('INVALID_OPTIONS', [
      {
        code: 'missing-key',
        path: option,
        message: `${data.file} runs from ${periodLabel(keyOfMonth(span.first, 'month'))} to ${end}, and no ${noun} within it is complete: give the ${noun} to report with ${option}, e.g. ${option} "${label(within)}"`,
      },
    ]);
  }
  io.stderr(
    `note: ${data.file} ends at ${end}, inside ${label(within)}, which is incomplete: reporting up to the last complete ${noun}, ${label(key)} (give ${option} "${label(within)}" for the incomplete one)
`,
  );
  return key;
}

/** Options of `compute`. */
export interface ComputeCommandOptions extends SpecDataOptions {
  from?: string;
  to?: string;
  /** Report the rows every `quarter`, `year` (`financial-year`) or `calendar-year`. */
  every?: string;
  format: Format;
}

/** `compute`: every spec's results over the data, as CSV, JSON (the `IndicatorResult` array), Markdown or HTML. */
export function computeCommand(io: CliIo, options: ComputeCommandOptions): string {
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? [], options.settings);
  const every = everyFrequency(options.every);
  readableSomehow({ from: options.from, to: options.to });
  const data = loadData(io, requireData(options), options, '--data', specFrequency(specs));
  // --from and --to are periods of what is reported: the rows' frequency, or --every's.
  const reported = every ?? data.frequency;
  const range = readPeriods({ from: options.from, to: options.to }, reported);
  if (range.from === undefined || range.to === undefined) {
    const within = {
      ...(range.from === undefined ? {} : { from: monthIndex(range.from, reported) }),
      ...(range.to === undefined ? {} : { to: monthIndex(range.to, reported) + (reported === 'month' ? 0 : reported === 'quarter' ? 2 : 11) }),
    };
    const jumps = periodJumps(data.rows, data.lines, data.frequency, within);
    if (jumps.length > 0) throw jumpProblem(data, jumps, 'to report across the gap anyway, give both --from and --to');
  }
  // With --every, the last period defaults to the last one the data cover whole (unless --from is later).
  if (every !== undefined && range.to === undefined) {
    const to = lastWholePeriod(io, data, every, '--to');
    if (to !== undefined && (range.from === undefined || monthIndex(range.from, every) <= monthIndex(to, every))) range.to = to;
  }
  const results = computeAll(specs, data, range, options.every);
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
  /** Report the monthly data every `quarter`, `year` (`financial-year`) or `calendar-year`. */
  every?: string;
  /** Periods (months, quarters or years) of each row's series. */
  periods?: string;
  title?: string;
  /** HTML only: an XmR (SPC) chart per indicator, as `toHtml`'s `spc: true`. */
  spc?: boolean;
  format: Format;
}

/** A whole-number option (`--months`, `--periods`), or undefined when not given. */
function wholeNumber(text: string | undefined, name: 'months' | 'periods', example: string): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n)) {
    throw new InputProblem('INVALID_OPTIONS', [{ code: 'bad-option', path: name === 'months' ? 'months' : '--periods', message: `${name} ${JSON.stringify(text)} must be a whole number of ${example}` }]);
  }
  return n;
}

/**
 * `--as-of` with `--every`: a quarter or year as reports write it (`Q2
 * 2017-18`, `2017-Q3`, `2017/18`, `2017`), read with `parseReportingPeriod`.
 * A month is passed on as `YYYY-MM`, for the scorecard to say which quarter
 * or year to give instead.
 */
function reportingAsOf(text: string): string {
  try {
    return parseReportingPeriod(text);
  } catch (e) {
    const problem = asProblem(e);
    if (problem === null) throw e;
    try {
      return parsePeriod(text);
    } catch {
      throw new InputProblem('INVALID_OPTIONS', problem.issues.map((i) => ({ ...i, path: 'asOf', message: optionWords(i.message) })));
    }
  }
}

/** The paths of `computeScorecard`'s options, whose messages {@link optionWords} rewrites. */
const OPTION_PATHS = new Set(['asOf', 'every', '--every', 'periods', '--periods', 'months', '--months']);

/**
 * `computeScorecard`'s words for its options as the command line spells
 * them: `asOf "2017-09" is a month, but ... (every "quarter")` as
 * `--as-of "2017-09" is a month, but ... (--every quarter)`.
 */
function optionWords(message: string): string {
  return message
    .replace(/^asOf:? (?=")/, '')
    .replace(/\basOf:? (?=")/g, '--as-of ')
    .replace(/\basOf\b/g, '--as-of')
    .replace(/\bevery "([a-z-]+)"/g, '--every $1')
    .replace(/\bfewer (periods|months)\b/g, 'fewer --$1')
    .replace(/\b(periods|months): (\d+)/g, '--$1 $2');
}

/** A scorecard issue of one spec (`specs[1].thresholdsPer`) placed in that spec's file, at the key's line. */
function scorecardIssue(specs: readonly IndicatorSpec[], issue: IndicatorIssue): IndicatorIssue {
  const m = /^specs\[(\d+)\](?:\.(.*))?$/.exec(issue.path);
  const spec = m === null ? undefined : specs[Number(m[1])];
  if (m === null || spec === undefined) return OPTION_PATHS.has(issue.path) ? { ...issue, message: optionWords(issue.message) } : issue;
  const placed = placeSpecIssue(spec, { ...issue, path: m[2] ?? '', message: optionWords(issue.message) });
  // Unplaced (a spec made in code): keep the library's path.
  return placed.file === undefined && !placed.path.startsWith('--catalogue') ? issue : placed;
}

/** Option paths of `computeScorecard` as the command line spells the ones `issues.ts` does not. */
const SCORECARD_OPTIONS: Record<string, string> = { every: '--every', periods: '--periods' };

/** `scorecard`: the scorecard at `--as-of` (default: the data's last month, or with `--every` the last quarter or year it covers whole), as the scorecard subpath writes it. */
export function scorecardCommand(io: CliIo, options: ScorecardCommandOptions): string {
  if (options.spc === true && options.format !== 'html') {
    throw new InputProblem('INVALID_OPTIONS', [
      { code: 'bad-option', path: '--spc', message: `--spc draws SPC charts on the HTML page, and the output is ${options.format}: give --format html (or an --out file ending .html), or leave out --spc` },
    ]);
  }
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? [], options.settings);
  const every = options.every;
  if (every === undefined) readableSomehow({ asOf: options.asOf });
  const withEvery = options.asOf === undefined || every === undefined ? undefined : reportingAsOf(options.asOf);
  const months = wholeNumber(options.months, 'months', 'months, e.g. 18');
  const periods = wholeNumber(options.periods, 'periods', 'periods, e.g. 8 (quarters)');
  const data = loadData(io, requireData(options), options, '--data', specFrequency(specs));
  // Without --every, --as-of is a period of the rows' frequency.
  const given = withEvery ?? (options.asOf === undefined ? undefined : readPeriods({ asOf: options.asOf }, data.frequency).asOf);
  const last = data.rows.map((r) => String(r.period)).sort().at(-1);
  // A bad --every is the scorecard's to name.
  const everyKnown = every !== undefined && ['quarter', 'year', 'financial-year', 'calendar-year'].includes(every) ? everyFrequency(every) : undefined;
  if (options.asOf === undefined) {
    const jumps = periodJumps(data.rows, data.lines, data.frequency);
    if (jumps.length > 0) throw jumpProblem(data, jumps, 'to report anyway, give the period with --as-of');
  }
  // With --every, the last quarter or year the data cover whole (said on standard error when the data end inside a later one).
  const asOf = given ?? (last === undefined ? undefined : everyKnown === undefined ? last : lastWholePeriod(io, data, everyKnown, '--as-of') ?? last);
  if (asOf === undefined) {
    throw new InputProblem('INVALID_OPTIONS', [
      {
        code: 'missing-key',
        path: 'asOf',
        message: `${data.file} has no rows to take the ${every === undefined ? 'month' : 'period'} from: give it with --as-of, e.g. --as-of ${every === undefined ? '2017-09' : '"Q2 2017-18"'}`,
      },
    ]);
  }
  // Every row checked, and every issue placed at its line, before the scorecard is made.
  computeAll(specs, data, {});
  let card;
  try {
    card = computeScorecard(specs, data.rows, {
      asOf,
      ...(every === undefined ? {} : { every: every as NonNullable<ScorecardOptions['every']> }),
      ...(months === undefined ? {} : { months }),
      ...(periods === undefined ? {} : { periods }),
      statistics,
    });
  } catch (e) {
    const problem = asProblem(e);
    if (problem === null) throw e;
    throw new InputProblem(problem.kind, problem.issues.map((i) => atLine(data, scorecardIssue(specs, { ...i, path: SCORECARD_OPTIONS[i.path] ?? i.path }))));
  }
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(card, null, 2)}\n`;
    case 'md':
      return toMarkdown(card);
    case 'csv':
      return toCsv(card);
    default:
      return toHtml(card, { ...(options.title === undefined ? {} : { title: options.title }), ...(options.spc === true ? { spc: true } : {}) });
  }
}

/** `validate`: the specs checked, and the data against them when given; a one-line summary when all is well. */
export function validateCommand(io: CliIo, options: SpecDataOptions): string {
  const specs = loadSpecs(io, options.spec ?? [], options.catalogue ?? [], options.settings);
  const ids = specs.map((s) => s.id).join(', ');
  const specWords = `${specs.length} spec${specs.length === 1 ? '' : 's'} (${ids})`;
  if (options.data === undefined) return `ok: ${specWords} valid\n`;
  const data = loadData(io, options.data, options, '--data', specFrequency(specs));
  computeAll(specs, data, {});
  // validate reports no range, so a jump is a warning here: compute and scorecard refuse it without a range.
  for (const j of periodJumps(data.rows, data.lines, data.frequency)) {
    const line = (j.odd === 'before' ? j.before : j.after).line;
    io.stderr(`warning: ${data.file}${line === undefined ? '' : ` line ${line}`}: ${jumpMessage(j, 'compute and scorecard refuse to take their range from these rows: give --from and --to (scorecard: --as-of)')}\n`);
  }
  const noun = data.frequency === 'month' ? '' : ` (${data.frequency === 'quarter' ? 'quarterly' : 'yearly'})`;
  return `ok: ${specWords} valid; ${data.rows.length} row${data.rows.length === 1 ? '' : 's'}${noun} of ${data.file} read by every spec without a problem\n`;
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
