/**
 * `audit`: a published table (CSV: a period column, the input columns, and
 * `printed_<cell>` columns) checked against a spec with `auditTable`.
 *
 * @module
 */
import type { IndicatorIssue } from 'council-indicators';
import { auditTable, describeFinding } from 'council-indicators/audit';
import type { AuditCell, AuditResult, AuditRow } from 'council-indicators/audit';
import type { CliIo } from './io.js';
import { atLine, inSpecFile, loadData, readMonths, readSpecInputs, readText } from './inputs.js';
import type { DataReading } from './inputs.js';
import { InputProblem, asProblem } from './issues.js';
import { toCsvTable, toHtmlPage, toMarkdownPage } from './outputs.js';
import type { Format, Section } from './outputs.js';

/** The printed cells an audit checks, as the table's column names: `printed_value` and so on. */
const PRINTED_COLUMNS: Record<string, AuditCell> = {
  printed_numerator: 'numerator',
  printed_denominator: 'denominator',
  printed_value: 'value',
  printed_target: 'target',
  printed_variance: 'variance',
  printed_rag: 'rag',
  printed_direction: 'direction',
};

/** Options of `audit`. */
export interface AuditCommandOptions extends DataReading {
  spec?: string;
  catalogue?: string;
  /** A JSON or YAML file of local settings for the `--catalogue` entry, by id. */
  settings?: string;
  table?: string;
  from?: string;
  to?: string;
  /** Undefined: plain text, a finding a line. */
  format?: Format;
}

/** The table read into the rows `auditTable` takes, with the file line of each. */
function readAuditRows(io: CliIo, table: string, reading: DataReading): { rows: AuditRow[]; file: string; lines: readonly number[] } {
  // Every printed_ column is text as published; an unknown one is named below.
  const textColumns = (column: string): boolean => column.startsWith('printed_');
  const data = loadData(io, table, { ...reading, textColumns }, '--table');
  const unknown = data.columns.filter((c) => c.startsWith('printed_') && !Object.hasOwn(PRINTED_COLUMNS, c));
  if (unknown.length > 0) {
    throw new InputProblem(
      'INVALID_DATA',
      unknown.map((c) => ({
        code: 'unknown-key' as const,
        path: 'columns',
        file: data.file,
        field: c,
        message: `column ${c} is not a printed cell the audit checks: the printed columns are ${Object.keys(PRINTED_COLUMNS).join(', ')}`,
      })),
    );
  }
  const rows = data.rows.map((row) => {
    const out: AuditRow = { period: row.period as string };
    const printed: Record<string, string> = {};
    for (const [key, value] of Object.entries(row)) {
      if (key === 'period') continue;
      const cell = Object.hasOwn(PRINTED_COLUMNS, key) ? PRINTED_COLUMNS[key]! : undefined;
      if (cell !== undefined) printed[cell] = value === null ? '' : String(value);
      else out[key] = value;
    }
    if (Object.keys(printed).length > 0) out.printed = printed;
    return out;
  });
  return { rows, file: data.file, lines: data.lines };
}

/** The audit's findings and the printed bands' gaps and overlaps, in the format asked for. */
function write(result: AuditResult, title: string, format: Format | undefined): string {
  const { findings, bands } = result;
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  const findingRows = findings.map((f) => [f.period, f.cell, f.printed, f.computed, f.reason, f.yearStartMonth ?? null, describeFinding(f)]);
  if (format === 'csv') return toCsvTable(['period', 'cell', 'printed', 'computed', 'reason', 'year_start_month', 'explanation'], findingRows);
  if (format === 'md' || format === 'html') {
    const sections: Section[] = [
      {
        heading: `Findings (${findings.length})`,
        note: findings.length === 0 ? 'Every printed cell agrees with its recomputation.' : 'Printed cells that disagree with their recomputation from the printed inputs.',
        headers: ['Period', 'Cell', 'Printed', 'Computed', 'Reason', 'Explanation'],
        rows: findingRows.map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[6]!]),
      },
    ];
    if (bands.length > 0) {
      sections.push({ heading: 'The printed bands', headers: ['Issue', 'Where', 'Problem'], rows: bands.map((b) => [b.code, b.path, b.message]) });
    }
    return format === 'md' ? toMarkdownPage(title, sections) : toHtmlPage(title, sections);
  }
  const lines = [`${title}: ${findings.length === 0 ? 'no findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`}`];
  for (const f of findings) lines.push(`  ${describeFinding(f)} [${f.reason}]`);
  if (bands.length > 0) {
    lines.push('the printed bands:');
    for (const b of bands) lines.push(`  ${b.message} [${b.code}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** `audit`: every printed cell of the table recomputed from its printed inputs with the spec; each disagreement with its reason. */
export function auditCommand(io: CliIo, options: AuditCommandOptions): string {
  const [spec] = readSpecInputs(io, options.spec === undefined ? [] : [options.spec], options.catalogue === undefined ? [] : [options.catalogue], options.settings);
  if (options.table === undefined) {
    throw new InputProblem('INVALID_OPTIONS', [
      { code: 'missing-key', path: '--table', message: 'no table given: name the published table with --table FILE (CSV: period, the input columns, printed_value, ...)' },
    ]);
  }
  const range = readMonths({ from: options.from, to: options.to });
  const table = readAuditRows(io, options.table, options);
  let result: AuditResult;
  try {
    result = auditTable(spec!.input as Parameters<typeof auditTable>[0], table.rows, range);
  } catch (e) {
    const problem = asProblem(e);
    if (problem === null) throw e;
    const place = (i: IndicatorIssue): IndicatorIssue => (problem.kind === 'INVALID_SPEC' ? inSpecFile(spec!, i) : problem.kind === 'INVALID_DATA' ? atLine(table, i) : i);
    throw new InputProblem(problem.kind, problem.issues.map(place));
  }
  const id = typeof spec!.input === 'object' && spec!.input !== null && 'id' in spec!.input ? String((spec!.input as { id: unknown }).id) : 'the spec';
  return write(result, `Audit of ${table.file} against ${id}`, options.format);
}
