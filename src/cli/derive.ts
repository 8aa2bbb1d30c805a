/**
 * `derive`: case records (the SSDA903 return's CSV files, recognised by
 * their header line, or one JSON file of records) and record-level measures
 * (a JSON or YAML file, or the catalogue's) to monthly rows.
 *
 * @module
 */
import type { IndicatorIssue } from 'council-indicators';
import { catalogue, catalogueEntry, catalogueMeasures } from 'council-indicators/catalogue';
import { detectSsda903Table, readSsda903 } from 'council-indicators/readers';
import type { RecordSource, Ssda903Files, Ssda903TableName } from 'council-indicators/readers';
import { deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, DerivedRow, RecordMeasure } from 'council-indicators/records';
import type { CliIo, Progress } from './io.js';
import { extension, parseStructured, readText } from './inputs.js';
import { readDeriveMonths } from './periods.js';
import type { Structured } from './inputs.js';
import { InputProblem, asProblem } from './issues.js';
import { toCsvTable } from './outputs.js';

/** Input this many characters long or more (about 50,000 episodes) shows a progress bar, on a terminal. */
export const LARGE_INPUT = 5_000_000;

/** Options of `derive`. */
export interface DeriveCommandOptions {
  records?: string[];
  measures?: string;
  /** `true` for every catalogue measure, or the ids whose measures to derive. */
  catalogue?: true | string[];
  from?: string;
  to?: string;
  format?: 'csv' | 'json';
}

/** The SSDA903 column a record field is read from, to name it in issues. */
const COLUMNS: Record<string, Record<string, string>> = {
  children: { childId: 'CHILD', dateOfBirth: 'DOB' },
  episodes: { childId: 'CHILD', start: 'DECOM', end: 'DEC', reasonNewEpisode: 'RNE', legalStatus: 'LS', reasonEnded: 'REC', placementType: 'PLACE' },
  events: { childId: 'CHILD' },
};

/**
 * With the catalogue's measures, a measure reading events the records do not
 * hold refuses its catalogue entry, saying why, and names the entries the
 * records can give.
 */
function catalogueRefusals(unknown: readonly IndicatorIssue[], measures: Record<string, RecordMeasure>, records: CaseRecords, ids: true | readonly string[]): IndicatorIssue[] {
  const typeAt = (path: string): string => String(path.split('.').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], measures));
  const failing = new Map<string, string[]>();
  for (const i of unknown) {
    const name = i.path.split('.')[1]!;
    failing.set(name, [...(failing.get(name) ?? []), typeAt(i.path)]);
  }
  const held = records.eventTypes ?? [...new Set((records.events ?? []).map((e) => e.type))];
  const entries = catalogue.filter((e) => e.measures !== null && (ids === true || ids.includes(e.id)));
  const issues: IndicatorIssue[] = [];
  const fine: string[] = [];
  for (const e of entries) {
    const names = Object.keys(e.measures!).filter((n) => failing.has(n));
    if (names.length === 0) {
      fine.push(e.id);
      continue;
    }
    const types = [...new Set(names.flatMap((n) => failing.get(n)!))].map((t) => JSON.stringify(t)).join(' and ');
    const its = names.length === 1 ? `its measure ${names[0]} reads` : `its measures ${names.join(', ')} read`;
    issues.push({
      code: 'unknown-event-type',
      path: '--catalogue',
      message: `${e.id} cannot be derived from these records: ${its} ${types} events, which the records do not hold (they hold ${held.length === 0 ? 'no events' : held.join(', ')}), so it would be 0 every month`,
    });
  }
  if (fine.length > 0) issues.push({ code: 'unknown-event-type', path: '--catalogue', message: `derive the entries these records can give with --catalogue ${fine.join(' ')}` });
  return issues;
}

function fail(path: string, message: string, code: IndicatorIssue['code'] = 'bad-option'): never {
  throw new InputProblem('INVALID_OPTIONS', [{ code, path, message }]);
}

/** The measures to derive, and where their paths are. */
function readMeasures(io: CliIo, options: DeriveCommandOptions): { measures: Record<string, RecordMeasure>; file?: string; structured?: Structured } {
  if (options.measures !== undefined && options.catalogue !== undefined) fail('--measures', 'give the measures either with --measures FILE or with --catalogue, not both');
  if (options.measures !== undefined) {
    const file = options.measures;
    const structured = parseStructured(readText(io, file, '--measures'), file);
    const value = structured.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputProblem('INVALID_SPEC', [
        { code: 'wrong-type', path: '', file, message: 'the measures file holds one object: each key names a measure, e.g. { "inCare": { "type": "in-care" } }' },
      ]);
    }
    return { measures: value as Record<string, RecordMeasure>, file, structured };
  }
  if (options.catalogue === undefined) fail('--measures', 'no measures given: name a measures file with --measures FILE, or derive the catalogue\'s with --catalogue', 'missing-key');
  if (options.catalogue === true) return { measures: catalogueMeasures };
  const measures: Record<string, RecordMeasure> = {};
  const issues: IndicatorIssue[] = [];
  for (const id of options.catalogue) {
    try {
      const entry = catalogueEntry(id);
      if (entry.measures === null) issues.push({ code: 'bad-option', path: '--catalogue', message: `${id} cannot be derived from case records: ${entry.whyNoMeasures ?? 'it has no measures'}` });
      else Object.assign(measures, entry.measures);
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      issues.push(...problem.issues.map((i) => ({ ...i, path: '--catalogue' })));
    }
  }
  if (issues.length > 0) throw new InputProblem('INVALID_OPTIONS', issues);
  return { measures };
}

/** Case records from the files given, with where each record was read (SSDA903) or where its paths are (JSON). */
function readRecords(
  io: CliIo,
  files: readonly string[],
  texts: readonly string[],
): { records: CaseRecords; sources?: { children: RecordSource[][]; episodes: RecordSource[][]; events: RecordSource[][] }; json?: { file: string; structured: Structured } } {
  const jsonFiles = files.filter((f) => extension(f) === 'json');
  if (jsonFiles.length > 0) {
    if (files.length > 1) fail('--records', `give either SSDA903 CSV files or one JSON file of records, not ${files.length} files with ${jsonFiles.join(', ')} among them`);
    const structured = parseStructured(texts[0]!, files[0]!, 'INVALID_DATA');
    return { records: structured.value as CaseRecords, json: { file: files[0]!, structured } };
  }
  const byTable = new Map<Ssda903TableName, { name: string; text: string }[]>();
  const unknown: IndicatorIssue[] = [];
  files.forEach((name, i) => {
    const table = detectSsda903Table(texts[i]!);
    if (table === null) {
      unknown.push({
        code: 'bad-option',
        path: '--records',
        message: `${name} is not an SSDA903 table this tool reads (header, episodes, reviews, missing, AD1 adoption, placed for adoption): its header line names none of them; or give one JSON file of records`,
      });
      return;
    }
    byTable.set(table, [...(byTable.get(table) ?? []), { name, text: texts[i]! }]);
  });
  if (unknown.length > 0) throw new InputProblem('INVALID_OPTIONS', unknown);
  for (const needed of ['header', 'episodes'] as const) {
    if (!byTable.has(needed)) fail('--records', `no SSDA903 ${needed} file among ${files.join(', ')}: the ${needed} table is required`, 'missing-key');
  }
  // The reader declares the event types of the tables given and the years the returns cover.
  try {
    const read = readSsda903(Object.fromEntries(byTable) as unknown as Ssda903Files);
    return { records: read, sources: read.sources };
  } catch (e) {
    const problem = asProblem(e);
    if (problem === null) throw e;
    throw new InputProblem(problem.kind, problem.issues.map(forCommandLine));
  }
}

/** The SSDA903 tables whose events a measure may read, by event type: the table in words and its header line. */
const EVENT_TABLES: Record<string, { table: string; header: string }> = {};
for (const [types, table, header] of [
  [['review'], 'reviews', 'CHILD,DOB,REVIEW,REVIEW_CODE'],
  [['missing', 'missing-ended'], 'missing', 'CHILD,DOB,MISSING,MIS_START,MIS_END'],
  [['adoption-decision', 'matched'], 'AD1 adoption', 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR'],
  [['should-be-placed-for-adoption', 'should-be-placed-for-adoption-ceased'], 'placed for adoption', 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED'],
] as const) {
  for (const type of types) EVENT_TABLES[type] = { table, header };
}

/**
 * The reader's issue about the files given (an event table for fewer years
 * than the episodes, a year missing between returns), with the fix said
 * for the command line: files to give to --records, not keys of the
 * reader's `files`.
 */
function forCommandLine(issue: IndicatorIssue): IndicatorIssue {
  if (issue.code !== 'missing-key' || issue.file !== undefined) return issue;
  const table = /^Give each year's (\w+) file/.exec(issue.message.split('. ').pop() ?? '')?.[1];
  if (table !== undefined) {
    const fix = `Give each year's ${table} file to --records (a file with the header line only for a year with nothing to list), or leave out the ${table} files (measures reading their events are then refused)`;
    return { ...issue, path: '--records', message: issue.message.replace(/ Give each year's \w+ file .*$/, ` ${fix}`) };
  }
  if (issue.path === 'episodes') return { ...issue, path: '--records', message: issue.message.replace(/Give every year's return between the first and the last$/, "Give every year's return files (header, episodes and the event tables) to --records, from the first year to the last") };
  return issue;
}

/**
 * A deriveMonthly issue that tells a library user to set `records.coverage`
 * or `records.eventTypes`, said for the command line, where SSDA903 files
 * have no such keys: derive within the returns' years; give the event
 * table's files to --records, or correct the type in the measures file.
 */
function ssda903Fix(issue: IndicatorIssue, records: CaseRecords): IndicatorIssue {
  if (issue.code === 'outside-records') {
    const cut = issue.message.indexOf(', or, ');
    const head = (cut < 0 ? issue.message : issue.message.slice(0, cut)).replace(' (records.coverage)', ' (the years of the returns given)');
    return {
      ...issue,
      message: `${head}: SSDA903 returns cover their April-to-March years only; to derive ${issue.path === 'from' ? 'earlier' : 'later'} months, give that year's return files (header, episodes and the event tables) to --records as well`,
    };
  }
  if (issue.code === 'unknown-event-type' && issue.path.startsWith('measures.')) {
    const type = /reads ("(?:[^"\\]|\\.)*") events/.exec(issue.message)?.[1];
    if (type === undefined) return issue;
    const name = JSON.parse(type) as string;
    const measure = /^measure (\S+) reads/.exec(issue.message)?.[1] ?? issue.path.split('.')[1];
    const held = records.eventTypes ?? [];
    const holds = held.length === 0 ? 'the files given have no event table' : `the files given hold ${held.join(', ')} events`;
    const source = EVENT_TABLES[name];
    if (source !== undefined) {
      return {
        ...issue,
        message: `measure ${measure} reads ${type} events, which come from the SSDA903 ${source.table} table, and no ${source.table} file was given (${holds}), so it would count 0 every month: give each year's ${source.table} file (headed ${source.header}) to --records, or leave the measure out`,
      };
    }
    const meant = /did you mean ("(?:[^"\\]|\\.)*")\?/.exec(issue.message)?.[1];
    return {
      ...issue,
      message: `measure ${measure} reads ${type} events, which no SSDA903 table holds (${holds}; the tables read give ${Object.keys(EVENT_TABLES).join(', ')})${meant === undefined ? '' : `; did you mean ${meant}?`}: correct the type in the measures file`,
    };
  }
  return issue;
}

/** `derive`: monthly rows, one per month from `--from` to `--to`, one column per measure, as CSV or JSON. */
export function deriveCommand(io: CliIo, options: DeriveCommandOptions): string {
  const files = options.records ?? [];
  if (files.length === 0) fail('--records', 'no records given: name the SSDA903 CSV files (or one JSON file of records) with --records FILE...', 'missing-key');
  const months = readDeriveMonths({ from: options.from, to: options.to }, (text) => io.stderr(text));
  if (months.from === undefined || months.to === undefined) {
    fail(months.from === undefined ? 'from' : 'to', 'derive needs both --from and --to, the first and last months to derive, e.g. --from 2017-04 --to 2018-03', 'missing-key');
  }
  const { measures, file: measuresFile, structured } = readMeasures(io, options);
  const texts: string[] = [];
  const unreadable: IndicatorIssue[] = [];
  for (const f of files) {
    try {
      texts.push(readText(io, f, '--records'));
    } catch (e) {
      unreadable.push(...(asProblem(e)?.issues ?? []));
    }
  }
  if (unreadable.length > 0) throw new InputProblem('INVALID_OPTIONS', unreadable);

  const size = texts.reduce((n, t) => n + t.length, 0);
  const bar: Progress | null = io.stderrIsTTY && size >= LARGE_INPUT ? io.progress(3) : null;
  try {
    bar?.update(0, `reading ${files.length} file${files.length === 1 ? '' : 's'}`);
    const { records, sources, json } = readRecords(io, files, texts);
    bar?.update(1, `deriving ${Object.keys(measures).length} measures, ${months.from} to ${months.to}`);
    let rows: DerivedRow[];
    try {
      rows = deriveMonthly(records, { from: months.from!, to: months.to!, measures });
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      const place = (issue: IndicatorIssue): IndicatorIssue => {
        if ((problem.kind === 'INVALID_SPEC' || issue.path.startsWith('measures.')) && measuresFile !== undefined) {
          const path = issue.path.replace(/^measures\.?/, '');
          const line = structured!.lineOf(path);
          return { ...issue, path, file: measuresFile, ...(line === undefined ? {} : { line }) };
        }
        if (problem.kind !== 'INVALID_DATA') return issue;
        if (json !== undefined) {
          const line = json.structured.lineOf(issue.path.replace(/^records\.?/, ''));
          return { ...issue, file: json.file, ...(line === undefined ? {} : { line }) };
        }
        const m = /^(children|episodes|events)\[(\d+)\]/.exec(issue.path);
        const source = m && sources ? sources[m[1] as 'children' | 'episodes' | 'events'][Number(m[2])]?.[0] : undefined;
        if (source === undefined) return issue;
        const column = issue.field === undefined ? undefined : (COLUMNS[m![1]!]![issue.field] ?? issue.field);
        const { row: _row, ...rest } = issue;
        void _row;
        return { ...rest, path: '', file: source.file, line: source.line, ...(column === undefined ? {} : { field: column }) };
      };
      const unknownTypes = problem.issues.filter((i) => i.code === 'unknown-event-type' && i.path.startsWith('measures.'));
      if (measuresFile === undefined && unknownTypes.length > 0) throw new InputProblem('INVALID_DATA', catalogueRefusals(unknownTypes, measures, records, options.catalogue ?? true));
      throw new InputProblem(problem.kind, problem.issues.map((i) => place(sources === undefined ? i : ssda903Fix(i, records))));
    }
    bar?.update(2, `writing ${rows.length} months`);
    const names = Object.keys(measures);
    const text = options.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : toCsvTable(['period', ...names], rows.map((r) => [r.period, ...names.map((n) => r[n] ?? null)]));
    bar?.update(3, 'done');
    return text;
  } finally {
    bar?.stop();
  }
}
