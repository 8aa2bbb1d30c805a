/**
 * The command line's answers to a new user's trial (notes: A3, A4, B1, B2,
 * B5, C3): JSON files with a key twice, `--out` with an unknown extension,
 * readers' messages in the command line's words, tab-separated files, a
 * population written `48,117`, and the docs' catalogue example.
 */
import { readFileSync } from 'node:fs';
import { isIndicatorError } from 'council-indicators';
import { catalogueSpec } from 'council-indicators/catalogue';
import { describe, expect, it } from 'vitest';
import { cliOptionWords } from '../../src/cli/inputs.js';
import { runIn } from './memory-io.js';

const example = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), 'utf8');
const files = {
  'data.csv': example('data.csv'),
  'admissions.json': example('admissions.json'),
  'settings.yaml': example('settings.yaml'),
};
const compute = (extra: Record<string, string>, ...args: string[]) => runIn({ ...files, ...extra }, ['compute', '--spec', 'admissions.json', ...args]);

describe('JSON files with a key written twice (A3)', () => {
  it('refuses a spec file with "window" twice, at the second line, naming both places', () => {
    const spec = files['admissions.json'].replace('"target": 38,', '"target": 38,\n  "window": { "type": "period" },');
    const r = runIn({ ...files, 'dup.json': spec }, ['compute', '--spec', 'dup.json', '--data', 'data.csv', '--from', '2017-09']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('dup.json line 10, at window: key "window" appears twice in this object (line 7 column 3 and line 10 column 3): keep one [bad-format]');
  });

  it('gives the path of a key twice deeper down, in a list of specs', () => {
    const list = `[${files['admissions.json'].replace('"maxInclusive": true }', '"maxInclusive": true, "max": 39 }')}]`;
    const r = runIn({ ...files, 'list.json': list }, ['validate', '--spec', 'list.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/list\.json line 13, at \[0\]\.rag\.bands\[0\]\.max: key "max" appears twice in this object \(line 13 column \d+ and line 13 column \d+\): keep one \[bad-format\]/);
  });

  it('refuses a settings file with a key twice', () => {
    const r = runIn({ ...files, 's.json': '{\n "cic-rate-per-10k": { "population": 1,\n   "population": 48117 }\n}' }, ['catalogue', 'cic-rate-per-10k', '--settings', 's.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('s.json line 3, at cic-rate-per-10k.population: key "population" appears twice in this object (line 2 column 24 and line 3 column 4): keep one [bad-format]');
  });

  it('refuses a JSON data file whose row has a column twice (which would compute 1/7 silently)', () => {
    const r = compute({ 'd.json': '[{"period":"2017-09","admissions":5,"admissions":7}]' }, '--data', 'd.json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('d.json line 1, column admissions: key "admissions" appears twice in this row (line 1 column 22 and line 1 column 37): keep one [duplicate-column]');
  });
});

describe('--out with an extension that names no format (A4)', () => {
  it('is a usage error naming the formats and --format; nothing is written', () => {
    const r = compute({}, '--data', 'data.csv', '--out', 'res.xlsx');
    expect(r.status).toBe(2);
    expect(r.written).toEqual({});
    expect(r.stderr).toContain(
      'error: --out "res.xlsx": cannot tell the output format from the file\'s name (this command writes csv, json, md, html): end the name with .csv, .json, .md, .markdown, .html, .htm, or say the format with --format, e.g. --format csv',
    );
  });

  it('writes the file with --format given, and from a known extension as before', () => {
    const r = compute({}, '--data', 'data.csv', '--from', '2017-09', '--out', 'res.txt', '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.written['res.txt']).toMatch(/^id,title,period/);
    expect(compute({}, '--data', 'data.csv', '--out', 'res.JSON').status).toBe(0);
  });

  it('applies to scorecard and derive (which writes csv or json only)', () => {
    const s = runIn(files, ['scorecard', '--spec', 'admissions.json', '--data', 'data.csv', '--out', 'card.pdf']);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('--format html');
    const d = runIn(files, ['derive', '--records', 'x.json', '--catalogue', '--from', '2017-04', '--to', '2017-05', '--out', 'monthly.md']);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain('(this command writes csv, json): end the name with .csv, .json');
  });
});

describe("readers' messages in the command line's words (B1)", () => {
  it('a ";" file read without --delimiter says to give --delimiter ";"', () => {
    const r = compute({ 'semi.csv': files['data.csv'].replace(/,/g, ';') }, '--data', 'semi.csv');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('semi.csv line 1: the header is one column, "period;admissions;cic;placements3": the file looks separated by ";", not ",": read it with --delimiter ";" [missing-key]');
    expect(r.stderr).not.toContain('the option');
  });

  it('names --period-column, --thousands, --percent and --decimal, never the library option names', () => {
    expect(compute({ 'm.csv': 'month,admissions\n2017-09,1\n' }, '--data', 'm.csv').stderr).toContain('or say which it is with --period-column [missing-key]');
    expect(compute({ 'c.csv': 'period,admissions\n2017-09,"1,234"\n' }, '--data', 'c.csv').stderr).toContain('read it with --thousands;');
    expect(compute({ 'p.csv': 'period,admissions\n2017-09,12%\n' }, '--data', 'p.csv').stderr).toContain('with --percent [not-a-number]');
    const eu = compute({ 'eu.csv': 'period;admissions\n2017-09;1.234\n' }, '--data', 'eu.csv', '--delimiter', ';');
    expect(eu.stderr).toContain('say which with --decimal "." (1.234) or --decimal "," (1234;');
  });

  it('reads with --decimal', () => {
    const count = JSON.stringify({ id: 'adm', title: 'Admissions', measure: { type: 'count' }, numerator: 'admissions', polarity: 'lower-is-better' });
    const args = ['compute', '--spec', 'cnt.json', '--data', 'eu.csv', '--delimiter', ';', '--format', 'json'];
    const r = runIn({ 'cnt.json': count, 'eu.csv': 'period;admissions\n2017-09;1.234\n' }, [...args, '--decimal', ',']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].periods[0].numerator).toBe(1234);
    const point = runIn({ 'cnt.json': count, 'eu.csv': 'period;admissions\n2017-09;1.234\n' }, [...args, '--decimal', '.']);
    expect(JSON.parse(point.stdout)[0].periods[0].numerator).toBe(1.234);
    expect(compute({}, '--data', 'data.csv', '--decimal', ';').status).toBe(2);
  });

  it('cliOptionWords maps every form of "the option"', () => {
    expect(cliOptionWords("the option delimiter: '\\t' or the option periodColumn, the option thousands: true, the option percent: 'number'")).toBe(
      '--delimiter "\\t" or --period-column, --thousands, --percent',
    );
  });
});

describe('tab-separated files (B2)', () => {
  const tabs = files['data.csv'].replace(/,/g, '\t');
  it('reads .tsv and .tab as CSV separated by tabs', () => {
    const csv = compute({}, '--data', 'data.csv', '--format', 'json');
    for (const name of ['data.tsv', 'data.tab']) {
      const r = compute({ [name]: tabs }, '--data', name, '--format', 'json');
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(csv.stdout);
    }
  });

  it('reads .txt only with --delimiter, and says so', () => {
    const r = compute({ 'data.txt': tabs }, '--data', 'data.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--data: "data.txt" is read as delimited text when you say what separates its cells: give --delimiter "\\t" (a tab), --delimiter ";" or --delimiter "," [bad-option]');
    expect(compute({ 'data.txt': tabs }, '--data', 'data.txt', '--delimiter', '\\t').status).toBe(0);
  });

  it('an unknown extension says to rename it .csv and give --delimiter', () => {
    expect(compute({ 'data.dat': tabs }, '--data', 'data.dat').stderr).toContain('for delimited text with another name, rename it .csv and give --delimiter');
  });
});

describe('a population written 48,117 (B5)', () => {
  it('is refused by catalogueSpec, not taken for a field name', () => {
    for (const [given, fix] of [
      ['48,117', 'looks like a number with a thousands separator, which is read as text (a field name): write 48117'],
      ['48117', 'is a number written as text (quoted), which is read as a field name: write it without quotes, 48117'],
    ] as const) {
      try {
        catalogueSpec('cic-rate-per-10k', { population: given });
        expect.unreachable();
      } catch (e) {
        if (!isIndicatorError(e)) throw e;
        expect(e.issues.map((i) => [i.code, i.path, i.message])).toEqual([['bad-format', 'population', `population ${JSON.stringify(given)} ${fix}`]]);
      }
    }
    expect(catalogueSpec('cic-rate-per-10k', { population: 'pop0to17' }).denominator).toEqual({ field: 'pop0to17', aggregate: 'last' });
  });

  it('is reported at the settings file line on the command line', () => {
    const r = runIn({ ...files, 's.yaml': 'cic-rate-per-10k:\n  target: 70\n  population: 48,117\n' }, ['compute', '--catalogue', 'cic-rate-per-10k', '--settings', 's.yaml', '--data', 'data.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('s.yaml line 3, at cic-rate-per-10k.population: population "48,117" looks like a number with a thousands separator');
    expect(r.stderr).not.toContain('data.csv');
  });
});

describe("docs/cli.md's catalogue example (C3)", () => {
  it('catalogue cic-rate-per-10k --settings settings.yaml runs with examples/cli/settings.yaml', () => {
    const r = runIn(files, ['catalogue', 'cic-rate-per-10k', '--settings', 'settings.yaml', '--out', 'rate.json']);
    expect(r.stderr).toBe('wrote rate.json\n');
    expect(JSON.parse(r.written['rate.json']!)).toMatchObject({ id: 'cic-rate-per-10k', denominator: { value: 47715 }, target: 74 });
  });
});
