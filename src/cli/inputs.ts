/**
 * Reading the command line's inputs: spec files (JSON or YAML) and
 * catalogue ids, data files (CSV, JSON or JSON Lines), months. Every
 * problem comes out as an issue naming the file and line, all of them at
 * once.
 *
 * @module
 */
import { catalogue, catalogueEntry, catalogueSpec } from 'council-indicators/catalogue';
import type { LocalSettings } from 'council-indicators/catalogue';
import { jsonDuplicateKeys, readTable } from 'council-indicators/readers';
import type { ReadOptions } from 'council-indicators/readers';
import { isIndicatorError, parsePeriod, validateSpec } from 'council-indicators';
import type { DataRow, Frequency, IndicatorIssue, IndicatorSpec, Period } from 'council-indicators';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { CliIo } from './io.js';
import { InputProblem, asProblem } from './issues.js';

/** A file's extension, lower case, without the dot: `'csv'`, `'yaml'`; `''` when it has none. */
export function extension(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** A file's text, or an `INVALID_OPTIONS` problem naming the option and saying why it cannot be read. */
export function readText(io: CliIo, file: string, option: string): string {
  try {
    return io.readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file (check the name, and the folder you run the command from)'
        : code === 'EISDIR'
          ? 'it is a folder: give a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String((e as Error).message ?? e);
    throw new InputProblem('INVALID_OPTIONS', [{ code: 'bad-option', path: option, message: `cannot read ${JSON.stringify(file)}: ${why}` }]);
  }
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The segments of an issue path: `rag.bands[1].min` to `['rag', 'bands', 1, 'min']`. */
function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
  return out;
}

/** A parsed JSON or YAML file, and where in it a path is. */
export interface Structured {
  value: unknown;
  /**
   * The 1-based line of `path`: of its key, for an object's key (`polarty:`
   * on line 12, not the line of the object it is in), of the item for a
   * list's; or of its nearest parent that exists. Undefined when unknown.
   */
  lineOf(path: string): number | undefined;
}

/**
 * Parse a JSON (`.json`) or YAML (any other extension: `.yaml`, `.yml`)
 * file. A syntax error is an `INVALID_SPEC` problem (code `bad-format`)
 * with the file and line.
 */
export function parseStructured(text: string, file: string, kind: 'INVALID_SPEC' | 'INVALID_DATA' = 'INVALID_SPEC'): Structured {
  const json = extension(file) === 'json';
  let value: unknown;
  if (json) {
    try {
      value = JSON.parse(text);
    } catch (e) {
      const message = String((e as Error).message);
      const position = /position (\d+)/.exec(message);
      const lineCol = /line (\d+)/.exec(message);
      const line = lineCol ? Number(lineCol[1]) : position ? lineAt(text, Number(position[1])) : undefined;
      throw new InputProblem(kind, [
        { code: 'bad-format', path: '', file, ...(line === undefined ? {} : { line }), message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}` },
      ]);
    }
    // JSON.parse keeps the last of a key written twice; YAML refuses it, and so does this.
    const duplicates = jsonDuplicateKeys(text);
    if (duplicates.length > 0) {
      throw new InputProblem(
        kind,
        duplicates.map((d) => ({
          code: 'bad-format' as const,
          path: [...d.object, d.key].map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join(''),
          file,
          line: d.again.line,
          message: `key ${JSON.stringify(d.key)} appears twice in this object (line ${d.first.line} column ${d.first.column} and line ${d.again.line} column ${d.again.column}): keep one`,
        })),
      );
    }
  }
  const counter = new LineCounter();
  // YAML's parser also finds the lines of a JSON file's paths, but it is slow on large files (about 8 s for 10 MB of
  // JSON records): a JSON file is parsed by it only when a line is asked for, that is when there is a problem to place.
  let parsedDoc: ReturnType<typeof parseDocument> | undefined;
  const docOf = () => (parsedDoc ??= parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false }));
  if (!json) {
    const doc = docOf();
    if (doc.errors.length > 0) {
      throw new InputProblem(
        kind,
        doc.errors.map((err) => ({
          code: 'bad-format' as const,
          path: '',
          file,
          line: counter.linePos(err.pos[0]).line,
          message: `not valid YAML: ${err.message.split('\n')[0]}`,
        })),
      );
    }
    value = doc.toJS({ maxAliasCount: 100 });
  }
  return {
    value,
    lineOf(path) {
      const doc = docOf();
      if (doc.errors.length > 0) return undefined;
      const lineOfNode = (n: unknown): number | undefined => {
        const range = (n as { range?: [number, number, number] } | null | undefined)?.range;
        return range ? counter.linePos(range[0]).line : undefined;
      };
      let node: unknown = doc.contents;
      let line = lineOfNode(node);
      for (const segment of pathSegments(path)) {
        if (isMap(node)) {
          const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
          if (pair === undefined) break;
          line = lineOfNode(pair.key) ?? lineOfNode(pair.value) ?? line;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item: unknown = node.items[segment];
          if (item === undefined || item === null) break;
          line = lineOfNode(item) ?? line;
          node = item;
        } else break;
      }
      return line;
    },
  };
}

/** A spec as given, before validation: from a file (with where its paths are) or from the catalogue. */
export interface SpecInput {
  input: unknown;
  /** The file, or null for a catalogue entry. */
  file: string | null;
  /** The path prefix of this spec in its file (`[1]` in a file holding a list of specs), or `''`. */
  prefix: string;
  /** The line of a path of this spec in its file. */
  lineOf(path: string): number | undefined;
  /** The catalogue id, for a catalogue entry. */
  id?: string;
}

/** A `--settings` file: a council's local settings for catalogue entries, by id (JSON or YAML). */
export interface LoadedSettings {
  file: string;
  byId: Record<string, unknown>;
  lineOf(path: string): number | undefined;
}

/**
 * Read a `--settings` file: an object whose keys are catalogue ids and
 * whose values are local settings (`{ "cic-rate-per-10k": { "population":
 * 48117, "target": 74 } }`), the shape of `referenceSettings`. A file that
 * cannot be read is an `INVALID_OPTIONS` problem; one that is not such an
 * object, or names an id the catalogue does not have, `INVALID_SPEC` at its
 * line.
 */
export function loadSettings(io: CliIo, file: string): LoadedSettings {
  const parsed = parseStructured(readText(io, file, '--settings'), file);
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputProblem('INVALID_SPEC', [
      {
        code: 'wrong-type',
        path: '',
        file,
        message: 'the settings file must hold an object whose keys are catalogue ids, e.g. { "cic-rate-per-10k": { "population": 48117 } }',
      },
    ]);
  }
  const ids = catalogue.map((e) => e.id);
  const issues: IndicatorIssue[] = [];
  for (const key of Object.keys(value)) {
    if (!ids.includes(key)) {
      const line = parsed.lineOf(key);
      issues.push({
        code: 'unknown-id',
        path: key,
        file,
        ...(line === undefined ? {} : { line }),
        message: `the catalogue has no indicator ${JSON.stringify(key)}; its ids are ${ids.join(', ')}`,
      });
    }
  }
  if (issues.length > 0) throw new InputProblem('INVALID_SPEC', issues);
  return { file, byId: value as Record<string, unknown>, lineOf: (path) => parsed.lineOf(path) };
}

/**
 * A catalogue entry's spec with its local settings from the `--settings`
 * file (none without one), or the issues that stop it, placed in the
 * settings file (`cic-rate-per-10k.population`, at its line). A required
 * setting missing without a settings file says to give one.
 */
export function catalogueInput(id: string, settings: LoadedSettings | null): { spec: IndicatorSpec } | { issues: IndicatorIssue[] } {
  try {
    return { spec: catalogueSpec(id, settings?.byId[id] as LocalSettings | undefined) };
  } catch (e) {
    if (!isIndicatorError(e) || e.code !== 'INVALID_SPEC') throw e;
    return {
      issues: e.issues.map((issue) => {
        if (settings === null) {
          return { ...issue, path: '--settings', message: `${issue.message}; on the command line, give it in a --settings FILE (JSON or YAML) under "${id}"` };
        }
        const path = issue.path === '' ? id : issue.path.startsWith('[') ? `${id}${issue.path}` : `${id}.${issue.path}`;
        const line = settings.byId[id] === undefined ? undefined : settings.lineOf(path);
        return { ...issue, path, file: settings.file, ...(line === undefined ? {} : { line }) };
      }),
    };
  }
}

/**
 * Read spec files (one spec, or a list of specs) and catalogue entries
 * (each made with its local settings from `settingsFile`, when given),
 * without validating the files' specs. Files that cannot be read and
 * unknown ids are one `INVALID_OPTIONS` problem; syntax errors and
 * catalogue entries whose settings are missing or wrong one `INVALID_SPEC`
 * problem.
 */
export function readSpecInputs(io: CliIo, files: readonly string[], ids: readonly string[], settingsFile?: string): SpecInput[] {
  if (files.length === 0 && ids.length === 0) {
    throw new InputProblem('INVALID_OPTIONS', [
      { code: 'missing-key', path: '--spec', message: 'no spec given: name a spec file with --spec FILE (JSON or YAML), or a catalogue entry with --catalogue ID' },
    ]);
  }
  if (settingsFile !== undefined && ids.length === 0) {
    throw new InputProblem('INVALID_OPTIONS', [
      { code: 'bad-option', path: '--settings', message: 'local settings are for catalogue entries: name them with --catalogue ID, or put the settings in your --spec file' },
    ]);
  }
  const optionIssues: IndicatorIssue[] = [];
  const texts: [string, string][] = [];
  for (const file of files) {
    try {
      texts.push([file, readText(io, file, '--spec')]);
    } catch (e) {
      optionIssues.push(...(asProblem(e)?.issues ?? []));
    }
  }
  for (const id of ids) {
    try {
      catalogueEntry(id);
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      optionIssues.push(...problem.issues.map((i) => ({ ...i, path: '--catalogue' })));
    }
  }
  if (optionIssues.length > 0) throw new InputProblem('INVALID_OPTIONS', optionIssues);
  const settings = settingsFile === undefined ? null : loadSettings(io, settingsFile);
  const inputs: SpecInput[] = [];
  const issues: IndicatorIssue[] = [];
  for (const [file, text] of texts) {
    let parsed: Structured;
    try {
      parsed = parseStructured(text, file);
    } catch (e) {
      issues.push(...(asProblem(e)?.issues ?? []));
      continue;
    }
    const list = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    list.forEach((input, i) => {
      const prefix = Array.isArray(parsed.value) ? `[${i}]` : '';
      inputs.push({ input, file, prefix, lineOf: (path) => parsed.lineOf(path) });
    });
  }
  const fromCatalogue: SpecInput[] = [];
  for (const id of ids) {
    const made = catalogueInput(id, settings);
    if ('spec' in made) fromCatalogue.push({ input: made.spec, file: null, prefix: '', id, lineOf: () => undefined });
    else issues.push(...made.issues);
  }
  if (issues.length > 0) throw new InputProblem('INVALID_SPEC', issues);
  return [...inputs, ...fromCatalogue];
}

/** A spec issue placed in its file: the path prefixed for a list of specs, the file and the line. */
export function inSpecFile(spec: SpecInput, issue: IndicatorIssue): IndicatorIssue {
  if (spec.file === null) return issue;
  const p = spec.prefix;
  const path = p === '' ? issue.path : issue.path === '' ? p : `${p}${issue.path.startsWith('[') ? '' : '.'}${issue.path}`;
  // An unknown key reported at the object it is in (`Unrecognized key: "polarty"` at ''): placed at the key's own line.
  const unknown = issue.code === 'unknown-key' ? /^Unrecognized keys?: "((?:[^"\\]|\\.)*)"/.exec(issue.message)?.[1] : undefined;
  const own = unknown !== undefined && pathSegments(path).at(-1) !== unknown ? (path === '' ? unknown : `${path}.${unknown}`) : path;
  const line = spec.lineOf(own);
  return { ...issue, path, file: spec.file, ...(line === undefined ? {} : { line }) };
}

/** Where each spec `loadSpecs` returned came from, for issues found later, while computing. */
const SPEC_INPUTS = new WeakMap<IndicatorSpec, SpecInput>();

/** The keys whose line places an issue at a key the spec does not have (`thresholdsPer`, which speaks of them): the first present. */
const ABSENT_KEY_PLACES: Record<string, readonly string[]> = { thresholdsPer: ['target', 'rag', 'benchmarks', 'id'] };

/** Whether `path` names a key present in `value`. */
function hasPath(value: unknown, path: string): boolean {
  let node = value;
  for (const segment of pathSegments(path)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return true;
}

/**
 * An issue of one spec found while computing (by `computeIndicator` or
 * `computeScorecard`, at the spec's own path, e.g. `thresholdsPer` or
 * `target[1].from`), placed as validation places it: the spec's file and
 * the key's line (`stepq.yaml line 10, at target[1].from`). A key the spec
 * lacks (`thresholdsPer`) is placed at the line of the thresholds it
 * speaks of. A catalogue spec is named by its id. Issues of the data
 * (`rows[...]`) are left as they are.
 */
export function placeSpecIssue(spec: IndicatorSpec, issue: IndicatorIssue): IndicatorIssue {
  const given = SPEC_INPUTS.get(spec);
  if (given === undefined || /^rows(\[|$)/.test(issue.path) || issue.row !== undefined) return issue;
  if (given.file === null) return given.id === undefined ? issue : { ...issue, path: `--catalogue ${given.id}${issue.path === '' ? '' : ` ${issue.path}`}` };
  const placed = inSpecFile(given, issue);
  const own = issue.path.split('.')[0]!;
  const near = issue.path !== '' && !hasPath(given.input, issue.path) ? ABSENT_KEY_PLACES[own]?.find((k) => hasPath(given.input, k)) : undefined;
  if (near !== undefined) {
    const line = given.lineOf(`${given.prefix}${given.prefix === '' ? '' : '.'}${near}`);
    if (line !== undefined) return { ...placed, line };
  }
  return placed;
}

/** Specs read from files and the catalogue (with the `--settings` file's local settings) and validated, in the order given: files first, then catalogue ids. */
export function loadSpecs(io: CliIo, files: readonly string[], ids: readonly string[], settingsFile?: string): IndicatorSpec[] {
  const specs: IndicatorSpec[] = [];
  const issues: IndicatorIssue[] = [];
  for (const given of readSpecInputs(io, files, ids, settingsFile)) {
    const checked = validateSpec(given.input);
    if (checked.ok) {
      specs.push(checked.spec);
      SPEC_INPUTS.set(checked.spec, given);
    } else issues.push(...checked.issues.map((i) => inSpecFile(given, i)));
  }
  if (issues.length > 0) throw new InputProblem('INVALID_SPEC', issues);
  return specs;
}

/** The data formats `readTable` reads, by file extension: `.tsv` and `.tab` are CSV separated by tabs; `.txt` needs `--delimiter`. */
const DATA_FORMATS: Record<string, 'csv' | 'json' | 'jsonl'> = { csv: 'csv', tsv: 'csv', tab: 'csv', txt: 'csv', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl' };

/** The delimiter a file's extension implies when `--delimiter` is not given. */
const DEFAULT_DELIMITERS: Record<string, string> = { tsv: '\t', tab: '\t' };

/** Rows read from a data file (monthly, quarterly or yearly), with the file line of each row. */
export interface LoadedData {
  file: string;
  rows: DataRow[];
  /** `lines[i]` is the file line of `rows[i]`. */
  lines: readonly number[];
  columns: readonly string[];
  /** What the rows' periods are: months (`2017-09`), quarters (`2017-Q3`) or years (`2017-18`, `2017`). */
  frequency: Frequency;
}

/** How the cells of a data file are read (the `readTable` options the command line passes on). */
export interface DataReading {
  periodColumn?: string;
  delimiter?: string;
  thousands?: boolean;
  /** `.` or `,`: the decimal point (`readTable`'s `decimal`). */
  decimal?: string;
  percent?: boolean;
  textColumns?: ReadOptions['textColumns'];
}

/**
 * A reader's message with its options as the command line spells them:
 * `the option periodColumn` becomes `--period-column`, `the option
 * delimiter: ';'` becomes `--delimiter ";"`, `the option thousands: true`
 * becomes `--thousands`.
 */
export function cliOptionWords(message: string): string {
  return message.replace(/the option (\w+)(?:: (?:'((?:[^'\\]|\\.)*)'|(true)))?/g, (_, name: string, value: string | undefined) => {
    const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return value === undefined || name === 'percent' ? flag : `${flag} "${value}"`;
  });
}

/**
 * The reader's words on the period's frequency as the command line says
 * them: its frequency comes from the specs' `frequency` (`readTable`'s
 * option `frequency`), and monthly rows are reported quarterly with
 * `--every`.
 */
function frequencyWords(message: string): string {
  return message
    .replace(/the option frequency: '([a-z-]+)'/g, 'frequency: "$1" in the spec')
    .replace(/with the option frequency \(([^)]*)\)/g, (_, list: string) => `with ${list.split(' or ').map((f) => `frequency: ${f.replace(/'/g, '"')}`).join(' or ')} in the spec`)
    .replace("computeIndicator's option every", '--every');
}

/**
 * Read a data file (CSV, JSON or JSON Lines, by extension) into rows; every
 * issue names the file and line. The period column holds months, or
 * quarters or years as reports write them (`2017-Q3`, `Q1 2017-18`,
 * `2017-18`, `2017/18`, `2017`), one frequency a file, read by `readTable`:
 * at `frequency`, the frequency every spec names, or else the one its cells
 * are (`'detect'`, which refuses keys such as `2007-08`, August 2007 or the
 * year 2007-08, when no cell decides).
 */
export function loadData(io: CliIo, file: string, reading: DataReading = {}, option = '--data', frequency?: Frequency): LoadedData {
  const ext = extension(file);
  const format = DATA_FORMATS[ext];
  if (format === undefined || (ext === 'txt' && reading.delimiter === undefined)) {
    throw new InputProblem('INVALID_OPTIONS', [
      {
        code: 'bad-option',
        path: option,
        message:
          format === undefined
            ? `cannot tell the format of ${JSON.stringify(file)} from its name: give a file ending .csv, .tsv (tab-separated), .json or .jsonl (JSON Lines); for delimited text with another name, rename it .csv and give --delimiter`
            : `${JSON.stringify(file)} is read as delimited text when you say what separates its cells: give --delimiter "\\t" (a tab), --delimiter ";" or --delimiter ","`,
      },
    ]);
  }
  const text = readText(io, file, option);
  const options: ReadOptions = { format, file, frequency: frequency ?? 'detect' };
  if (reading.periodColumn !== undefined) options.periodColumn = reading.periodColumn;
  const delimiter = reading.delimiter ?? DEFAULT_DELIMITERS[ext];
  if (delimiter !== undefined) options.delimiter = delimiter === '\\t' ? '\t' : delimiter;
  if (reading.thousands === true) options.thousands = true;
  if (reading.decimal !== undefined) options.decimal = reading.decimal as ReadOptions['decimal'];
  if (reading.percent === true) options.percent = 'number';
  if (reading.textColumns !== undefined) options.textColumns = reading.textColumns;
  try {
    const table = readTable(text, options);
    return { file, rows: table.rows, lines: table.lines, columns: table.columns, frequency: table.frequency };
  } catch (e) {
    const problem = asProblem(e);
    if (problem === null) throw e;
    throw new InputProblem(
      problem.kind,
      problem.issues.map((i) => ({
        ...i,
        file,
        message: cliOptionWords(frequencyWords(i.message)),
        ...(problem.kind === 'INVALID_OPTIONS' && /^[a-z]\w*$/i.test(i.path) ? { path: `--${i.path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` } : {}),
      })),
    );
  }
}

/** Place an issue from computing on `data` rows at its file and line. */
export function atLine(data: Pick<LoadedData, 'file' | 'lines'>, issue: IndicatorIssue): IndicatorIssue {
  if (issue.row !== undefined) {
    const line = data.lines[issue.row];
    return { ...issue, file: data.file, ...(line === undefined ? {} : { line }) };
  }
  return /^rows(\[|$)/.test(issue.path) ? { ...issue, file: data.file } : issue;
}

/**
 * Months given on the command line, read as `parsePeriod` reads them
 * (`2017-09`, `Sep-17`, `September 2017`, ...). Every bad month is an
 * `INVALID_OPTIONS` issue at its option; undefined stays undefined.
 */
export function readMonths<K extends string>(given: Partial<Record<K, string>>): Partial<Record<K, Period>> {
  const out: Partial<Record<K, Period>> = {};
  const issues: IndicatorIssue[] = [];
  for (const [name, text] of Object.entries(given) as [K, string | undefined][]) {
    if (text === undefined) continue;
    try {
      out[name] = parsePeriod(text);
    } catch (e) {
      const problem = asProblem(e);
      if (problem === null) throw e;
      issues.push(...problem.issues.map((i) => ({ ...i, path: name })));
    }
  }
  if (issues.length > 0) throw new InputProblem('INVALID_OPTIONS', issues);
  return out;
}

/** Issues without repeats (several specs reading the same bad row report it once). */
export function distinct(issues: readonly IndicatorIssue[]): IndicatorIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.path}\u0000${i.file ?? ''}\u0000${i.line ?? ''}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
