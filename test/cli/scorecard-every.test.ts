/**
 * The `scorecard` command every quarter or year: `--every` and `--periods`
 * passed to `computeScorecard`, `--as-of` read as reports write a quarter
 * or year, its default the quarter or year of the data's last month, and
 * errors at the command line's options. Called as `run` calls it, on the
 * examples' data (April 2016 to September 2017).
 */
import { readFileSync } from 'node:fs';
import { defineIndicator } from 'council-indicators';
import { readTable } from 'council-indicators/readers';
import { computeScorecard, toCsv, toHtml, toMarkdown } from 'council-indicators/scorecard';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scorecardCommand } from '../../src/cli/commands.js';
import type { ScorecardCommandOptions } from '../../src/cli/commands.js';
import type { CliIo } from '../../src/cli/io.js';
import { InputProblem } from '../../src/cli/issues.js';

const example = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), 'utf8');
const files: Readonly<Record<string, string>> = {
  'data.csv': example('data.csv'),
  'admissions.json': example('admissions.json'),
  'placements.yaml': example('placements.yaml'),
  'two-months.json': JSON.stringify({ ...JSON.parse(example('admissions.json')), id: 'two-months', window: { type: 'rolling', months: 2 } }),
};
const rows = readTable(files['data.csv']!).rows;
const specs = [defineIndicator(JSON.parse(files['admissions.json']!)), defineIndicator(parseYaml(files['placements.yaml']!))];

const io: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  readFile(path) {
    if (!Object.hasOwn(files, path)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    return files[path]!;
  },
  writeFile: () => undefined,
  stdoutIsTTY: false,
  stderrIsTTY: false,
  env: {},
  progress: () => ({ update: () => undefined, stop: () => undefined }) as never,
};

const base: ScorecardCommandOptions = { spec: ['admissions.json', 'placements.yaml'], data: 'data.csv', format: 'md' };
const scorecard = (options: Partial<ScorecardCommandOptions>): string => scorecardCommand(io, { ...base, ...options });

/** The problem a call threw. */
function problemOf(f: () => unknown): InputProblem {
  try {
    f();
  } catch (e) {
    if (e instanceof InputProblem) return e;
    throw e;
  }
  throw new Error('expected the call to throw');
}

describe('scorecard --every', () => {
  it('writes the quarterly scorecard of the library, --as-of as reports write the quarter', () => {
    const card = computeScorecard(specs, rows, { asOf: '2017-Q3', every: 'quarter' });
    for (const asOf of ['Q2 2017-18', '2017-Q3']) expect(scorecard({ every: 'quarter', asOf })).toBe(toMarkdown(card));
    // Q3 2017 is July to September 2017 to some, October to December to councils counting from April: never guessed.
    expect(problemOf(() => scorecard({ every: 'quarter', asOf: 'Q3 2017' })).issues[0]!.message).toContain('"Q3 2017" is ambiguous');
    expect(scorecard({ every: 'quarter', asOf: '2017-Q3', format: 'csv' })).toBe(toCsv(card));
    expect(scorecard({ every: 'quarter', asOf: '2017-Q3', format: 'html' })).toBe(toHtml(card));
    expect(toMarkdown(card)).toContain('| Q2 2017-18 |');
  });

  it('defaults --as-of to the last quarter or year the data (April 2016 to September 2017) cover whole', () => {
    // September 2017 ends 2017-Q3: the quarter is complete.
    expect(scorecard({ every: 'quarter' })).toBe(toMarkdown(computeScorecard(specs, rows, { asOf: '2017-Q3', every: 'quarter' })));
    // 2017-18 is incomplete: 2016-17, said on standard error.
    const notes: string[] = [];
    expect(scorecardCommand({ ...io, stderr: (t) => void notes.push(t) }, { ...base, every: 'year' })).toBe(
      toMarkdown(computeScorecard(specs, rows, { asOf: '2016-17', every: 'year' })),
    );
    expect(notes).toEqual(['note: data.csv ends at Sep-17, inside 2017-18, which is incomplete: reporting up to the last complete year, 2016-17 (give --as-of "2017-18" for the incomplete one)\n']);
    // No calendar year is whole (2016 lacks January to March, 2017 October to December): give one.
    const p = problemOf(() => scorecard({ every: 'calendar-year', format: 'json' }));
    expect(p.issues).toEqual([
      {
        code: 'missing-key',
        path: '--as-of',
        message: 'data.csv runs from Apr-16 to Sep-17, and no year within it is complete: give the year to report with --as-of, e.g. --as-of "2017"',
      },
    ]);
    expect(scorecard({ every: 'calendar-year', asOf: '2017', format: 'json' })).toBe(
      `${JSON.stringify(computeScorecard(specs, rows, { asOf: '2017', every: 'calendar-year' }), null, 2)}\n`,
    );
  });

  it('takes --periods for the length of each series', () => {
    const json = JSON.parse(scorecard({ every: 'quarter', periods: '4', format: 'json' }));
    expect([json.frequency, json.periods, json.months]).toEqual(['quarter', 4, 12]);
    // Placements at each quarter's last month, of the children in care then: 44 / 368 = 11.96%, 40 / 371 = 10.78%,
    // 43 / 372 = 11.56%, 40 / 373 = 10.72% (examples/cli/data.csv, December, March, June, September).
    expect(json.rows[1].series.map((p: { period: string; formatted: string | null }) => `${p.period} ${p.formatted}`)).toEqual([
      '2016-Q4 12.0%',
      '2017-Q1 10.8%',
      '2017-Q2 11.6%',
      '2017-Q3 10.7%',
    ]);
    // A monthly scorecard takes --periods as months.
    expect(scorecard({ periods: '6' })).toBe(toMarkdown(computeScorecard(specs, rows, { asOf: '2017-09', months: 6 })));
  });

  it('a month with --every says which quarter to give, at --as-of', () => {
    const p = problemOf(() => scorecard({ every: 'quarter', asOf: 'Sep-17' }));
    expect(p.kind).toBe('INVALID_OPTIONS');
    expect(p.issues).toEqual([
      {
        code: 'bad-period',
        path: 'asOf',
        message: '"2017-09" is a month, but this scorecard reports quarterly (--every quarter): give a quarter in YYYY-Qn form, e.g. "2017-Q2"; the month 2017-09 falls in "2017-Q3"',
      },
    ]);
    const bad = problemOf(() => scorecard({ every: 'quarter', asOf: 'Q5 2017' }));
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([['bad-period', 'asOf']]);
    expect(bad.issues[0]!.message).toContain('quarters run from 1 to 4');
  });

  it('a bad --every, --periods, or --months with --every, is named as the command line spells it', () => {
    expect(problemOf(() => scorecard({ every: 'monthly' })).issues.map((i) => [i.code, i.path])).toEqual([['bad-option', '--every']]);
    const periods = problemOf(() => scorecard({ every: 'quarter', periods: 'eight' }));
    expect(periods.issues).toEqual([{ code: 'bad-option', path: '--periods', message: 'periods "eight" must be a whole number of periods, e.g. 8 (quarters)' }]);
    const months = problemOf(() => scorecard({ every: 'quarter', months: '12' }));
    expect(months.issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'months']]);
    expect(months.issues[0]!.message).toContain('give periods');
    expect(problemOf(() => scorecard({ months: '6', periods: '6' })).issues[0]!.message).toContain('give months or periods, not both');
  });

  it('a window that is not whole quarters names the spec', () => {
    const p = problemOf(() => scorecard({ spec: ['two-months.json'], every: 'quarter' }));
    expect(p.kind).toBe('INVALID_SPEC');
    // At the spec's file (a JSON file of one line), not the library's specs[0].
    expect(p.issues.map((i) => [i.code, i.path, i.file, i.line])).toEqual([['window-not-whole-periods', 'window', 'two-months.json', 1]]);
  });
});
