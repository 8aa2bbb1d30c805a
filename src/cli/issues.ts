/**
 * How the command-line tool reports problems: every issue on one line of
 * standard error, naming the file, line, column or path and the issue code,
 * with colour only on a terminal and never when `NO_COLOR` is set.
 *
 * @module
 */
import { isIndicatorError } from 'council-indicators';
import type { IndicatorErrorCode, IndicatorIssue } from 'council-indicators';
import type { CliIo } from './io.js';

/**
 * Inputs that are wrong: the issues to print, and exit status 1. Thrown by
 * the commands' reading and checking steps; `run` prints it.
 */
export class InputProblem extends Error {
  constructor(
    readonly kind: IndicatorErrorCode,
    readonly issues: IndicatorIssue[],
  ) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} with the inputs`);
    this.name = 'InputProblem';
  }
}

/** Whether to colour what goes to standard error: a terminal, and no `NO_COLOR` (https://no-color.org). */
export function useColour(io: Pick<CliIo, 'stderrIsTTY' | 'env'>): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stderrIsTTY && (noColor === undefined || noColor === '');
}

/** ANSI styles, or none. */
export interface Style {
  red(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const PLAIN: Style = { red: (t) => t, dim: (t) => t, bold: (t) => t };
const ANSI: Style = {
  red: (t) => `\u001b[31m${t}\u001b[39m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
};

/** The style for standard error. */
export function styleFor(io: Pick<CliIo, 'stderrIsTTY' | 'env'>): Style {
  return useColour(io) ? ANSI : PLAIN;
}

/** Options paths as the command line spells them. */
const OPTION_NAMES: Record<string, string> = { from: '--from', to: '--to', asOf: '--as-of', months: '--months', every: '--every', periods: '--periods' };

/**
 * Where an issue is, as a person looks for it: `data.csv line 19, column
 * admissions`, `spec.yaml line 7, at rag.bands[1].min`, `--from`.
 */
function issueWhere(issue: IndicatorIssue): string {
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(issue.file);
  if (issue.line !== undefined) parts.push(`line ${issue.line}`);
  const head = parts.join(' ');
  const dataPath = issue.row !== undefined || /^rows(\[|$)/.test(issue.path);
  if (head !== '' && dataPath) {
    if (issue.field === undefined) return head;
    if (issue.line !== undefined) return `${head}, column ${issue.field}`;
    return issue.row === undefined ? head : `${head}, ${issue.period ?? `row ${issue.row + 1}`}, ${issue.field}`;
  }
  if (head !== '' && issue.line !== undefined && issue.field !== undefined && issue.path === '') return `${head}, column ${issue.field}`;
  const path = OPTION_NAMES[issue.path] ?? issue.path;
  if (head === '') return path;
  return path === '' ? head : `${head}, at ${path}`;
}

/** One issue on one line: `data.csv line 19, column admissions: "1O" is not a number [not-a-number]`. */
function formatIssue(issue: IndicatorIssue, style: Style = PLAIN): string {
  // Messages of text readers already start with where they are (`data.csv line 19, column admissions: ...`).
  if (issue.line !== undefined) {
    const own = issue.file === undefined ? null : `${issue.file} line ${issue.line}`;
    if ((own !== null && issue.message.startsWith(own)) || issue.message.startsWith(`line ${issue.line}`)) {
      const file = issue.file !== undefined && !issue.message.startsWith(issue.file) ? `${issue.file} ` : '';
      return `${file}${issue.message} ${style.dim(`[${issue.code}]`)}`;
    }
  }
  const where = issueWhere(issue);
  return `${where === '' ? '' : `${style.bold(where)}: `}${issue.message} ${style.dim(`[${issue.code}]`)}`;
}

const KIND_WORDS: Record<IndicatorErrorCode, string> = {
  INVALID_SPEC: 'the spec',
  INVALID_DATA: 'the data',
  INVALID_OPTIONS: 'the options',
};

/** The report of wrong inputs, every issue on its own line, for standard error. */
export function formatProblem(kind: IndicatorErrorCode, issues: readonly IndicatorIssue[], style: Style = PLAIN): string {
  const n = issues.length;
  const lines = [`${style.red('error')}: ${n} problem${n === 1 ? '' : 's'} with ${KIND_WORDS[kind]} (${kind}); nothing was written`];
  for (const issue of issues) lines.push(`  ${formatIssue(issue, style)}`);
  return `${lines.join('\n')}\n`;
}

/** An `IndicatorError` or `InputProblem` as its kind and issues; null for anything else. */
export function asProblem(error: unknown): { kind: IndicatorErrorCode; issues: IndicatorIssue[] } | null {
  if (error instanceof InputProblem) return { kind: error.kind, issues: error.issues };
  if (isIndicatorError(error)) return { kind: error.code, issues: [...error.issues] };
  return null;
}
