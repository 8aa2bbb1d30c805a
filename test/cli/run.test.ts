/**
 * The command-line tool run in-process: each command's output against the
 * library's own, exit statuses, errors at file lines, help, colour.
 */
import { readFileSync } from 'node:fs';
import { computeIndicator, defineIndicator, indicatorSpecJsonSchema } from 'council-indicators';
import { catalogue, catalogueSpec, referenceSettings } from 'council-indicators/catalogue';
import { readTable } from 'council-indicators/readers';
import { computeScorecard, toCsv, toHtml, toMarkdown } from 'council-indicators/scorecard';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runIn } from './memory-io.js';

const example = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), 'utf8');
const files = {
  'data.csv': example('data.csv'),
  'bad-data.csv': example('bad-data.csv'),
  'admissions.json': example('admissions.json'),
  'placements.yaml': example('placements.yaml'),
};
const rows = readTable(files['data.csv']).rows;
const admissions = defineIndicator(JSON.parse(files['admissions.json']));
const placements = defineIndicator(parseYaml(files['placements.yaml']));

describe('compute', () => {
  it('writes the library results as JSON, for JSON and YAML specs', () => {
    const r = runIn(files, ['compute', '--spec', 'admissions.json', '--spec', 'placements.yaml', '--data', 'data.csv', '--from', '2017-04', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = [admissions, placements].map((s) => computeIndicator(s, rows, { from: '2017-04' }));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads months as people type them (--from Apr-17 --to September 2017)', () => {
    const a = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--from', 'Apr-17', '--to', 'September 2017', '--format', 'json']);
    const b = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--from', '2017-04', '--to', '2017-09', '--format', 'json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)[0].periods).toHaveLength(6);
  });

  it('writes CSV by default: one line per indicator and month, values as printed', () => {
    const r = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--from', '2017-09']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'id,title,period,status,numerator,denominator,exact,value,target,variance,rag,direction,trend,reason\r\n' +
        'cic-admissions-rate,"Admissions of children in care per 10,000 (rolling 12 months)",2017-09,ok,202,47715,' +
        '42.33469558838939536833280938908100178141,42.3,38,11.4%,amber,down,improving,\r\n',
    );
  });

  it('says why a month has no value in the CSV reason column', () => {
    const r = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--to', '2016-04']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toMatch(/,incomplete-window,.*,"?incomplete window: no row for /);
  });

  it('writes Markdown and HTML to --out, the format taken from the extension', () => {
    const r = runIn(files, ['compute', '--spec', 'placements.yaml', '--data', 'data.csv', '--from', '2017-08', '--out', 'out.md']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote out.md\n');
    expect(r.written['out.md']).toContain('| Sep-17 | 40 | 373 | 10.7% | 10.0% | 0.7 |');
    const h = runIn(files, ['compute', '--spec', 'placements.yaml', '--data', 'data.csv', '--out', 'out.html']);
    expect(h.written['out.html']).toMatch(/^<!doctype html>/);
    expect(h.written['out.html']).toContain('<td>10.7%</td>');
  });

  it('takes catalogue specs by id, with the local settings of --settings (JSON or YAML)', () => {
    const settings = JSON.stringify({ 'cic-number-in-care': referenceSettings['cic-number-in-care'] });
    const r = runIn({ ...files, 'settings.json': settings }, ['compute', '--catalogue', 'cic-number-in-care', '--settings', 'settings.json', '--data', 'data.csv', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = computeIndicator(catalogueSpec('cic-number-in-care', referenceSettings['cic-number-in-care']), rows);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify([expected])));
    // An entry that requires no setting needs no file.
    const a = runIn(files, ['compute', '--catalogue', 'cic-three-or-more-placements', '--data', 'data.csv', '--format', 'json']);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(JSON.stringify([computeIndicator(catalogueSpec('cic-three-or-more-placements'), rows)])));
    // A council's own population, as a field of its rows, from YAML.
    const yaml = 'cic-admissions-rate:\n  population: population\n  target: 40\n';
    const data = 'period,admissions,population\n' + Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')},${i < 2 ? 20 : 19},48117`).join('\n') + '\n';
    const y = runIn({ 's.yaml': yaml, 'own.csv': data }, ['compute', '--catalogue', 'cic-admissions-rate', '--settings', 's.yaml', '--data', 'own.csv', '--from', '2017-12']);
    expect(y.status).toBe(0);
    expect(y.stdout.split('\r\n')[1]).toMatch(/^cic-admissions-rate,.*,2017-12,ok,230,48117,47\.80.*,47\.8,40,/);
  });

  it('reads examples/cli/settings.yaml, the reference settings of three entries, as the help examples use it', () => {
    const yaml = example('settings.yaml');
    expect(parseYaml(yaml)).toEqual({
      'cic-number-in-care': referenceSettings['cic-number-in-care'],
      'cic-admissions-rate': { population: 47715, target: 38 },
      'cic-rate-per-10k': { population: 47715, target: 74 },
    });
    const r = runIn({ ...files, 'settings.yaml': yaml }, ['scorecard', '--catalogue', 'cic-number-in-care', 'cic-admissions-rate', '--settings', 'settings.yaml', '--data', 'data.csv', '--format', 'md']);
    expect(r.stderr).toBe('');
    const specs = ['cic-number-in-care', 'cic-admissions-rate'].map((id) => catalogueSpec(id, parseYaml(yaml)[id]));
    expect(r.stdout).toBe(toMarkdown(computeScorecard(specs, rows, { asOf: '2017-09' })));
  });

  it('refuses a catalogue rate without a population, saying to give it in --settings', () => {
    const r = runIn(files, ['compute', '--catalogue', 'cic-admissions-rate', '--data', 'data.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--settings: cic-admissions-rate is a rate per 10,000 of the population aged 0-17, .*give it in a --settings FILE \(JSON or YAML\) under "cic-admissions-rate" \[missing-setting\]/);
    expect(r.written).toEqual({});
  });

  it('places settings problems at their line of the settings file, and refuses ids the catalogue does not have', () => {
    const yaml = 'cic-adopted-ytd:\n  target: 14\n  population: 47715\ncic-rate-per-10k:\n  target: 74\n';
    const r = runIn({ ...files, 's.yaml': yaml }, ['validate', '--catalogue', 'cic-adopted-ytd', 'cic-rate-per-10k', '--settings', 's.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('s.yaml line 3, at cic-adopted-ytd.population: cic-adopted-ytd is a percentage of the field ceased, not a rate per head of population: remove population [unknown-key]');
    // A missing setting is placed at the line of its entry's key, cic-rate-per-10k: (line 4).
    expect(r.stderr).toMatch(/s\.yaml line 4, at cic-rate-per-10k\.population: cic-rate-per-10k is a rate per 10,000 .* \[missing-setting\]/);
    const u = runIn({ ...files, 's.json': '{\n  "cic-adoptd-ytd": {}\n}\n' }, ['validate', '--catalogue', 'cic-adopted-ytd', '--settings', 's.json']);
    expect(u.status).toBe(1);
    expect(u.stderr).toMatch(/s\.json line 2, at cic-adoptd-ytd: the catalogue has no indicator "cic-adoptd-ytd".* \[unknown-id\]/);
    const n = runIn({ ...files, 's.json': '{}' }, ['validate', '--spec', 'admissions.json', '--settings', 's.json']);
    expect(n.stderr).toContain('--settings: local settings are for catalogue entries');
  });
});

describe('errors: exit 1, every issue at its file and line, nothing written', () => {
  it('prints a bad cell with its CSV line and column', () => {
    const r = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'bad-data.csv', '--out', 'out.csv']);
    expect(r.status).toBe(1);
    expect(r.written).toEqual({});
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad-data.csv line 6, column admissions: "1O" is not a number');
    expect(r.stderr).toContain('[not-a-number]');
    expect(r.stderr).toMatch(/^error: 1 problem with the data \(INVALID_DATA\); nothing was written\n/);
  });

  it("maps a computeIndicator row to the CSV line (not the array index), once for several specs", () => {
    const negative = files['bad-data.csv'].replace('1O', '14');
    const r = runIn({ ...files, 'neg.csv': negative }, ['compute', '--spec', 'admissions.json', '--spec', 'placements.yaml', '--data', 'neg.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error: 1 problem with the data (INVALID_DATA); nothing was written\n' +
        '  neg.csv line 10, column admissions: -3 is negative; the figures an indicator reads must be zero or more [negative-value]\n',
    );
  });

  it('places spec issues at their YAML and JSON lines', () => {
    const yaml = files['placements.yaml'].replace('polarity: lower-is-better', 'polarity: lower');
    const json = files['admissions.json'].replace('"per": 10000', '"per": "10000"');
    const r = runIn({ ...files, 'bad.yaml': yaml, 'bad.json': json }, ['validate', '--spec', 'bad.yaml', '--spec', 'bad.json']);
    expect(r.status).toBe(1);
    const yamlLine = yaml.split('\n').findIndex((l) => l.startsWith('polarity:')) + 1;
    const jsonLine = json.split('\n').findIndex((l) => l.includes('"per"')) + 1;
    expect(r.stderr).toContain(`bad.yaml line ${yamlLine}, at polarity: `);
    expect(r.stderr).toContain(`bad.json line ${jsonLine}, at measure.per: `);
    expect(r.stderr).toMatch(/^error: 2 problems with the spec \(INVALID_SPEC\)/);
  });

  it('reports JSON and YAML syntax errors with their line', () => {
    const r = runIn({ 'a.json': '{\n  "id": "x",\n  "title": "X",\n}\n', 'b.yaml': 'id: x\ntitle: [X\n' }, ['validate', '--spec', 'a.json', '--spec', 'b.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a\.json line 4: not valid JSON: .* \[bad-format\]/);
    expect(r.stderr).toMatch(/b\.yaml line \d+: not valid YAML: .* \[bad-format\]/);
  });

  it('names a file that cannot be read, and a month that is not one', () => {
    const r = runIn(files, ['compute', '--spec', 'nope.json', '--data', 'data.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--spec: cannot read "nope.json": there is no such file');
    const m = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--from', '2017-13']);
    expect(m.status).toBe(1);
    expect(m.stderr).toMatch(/--from: .*2017-13.* \[bad-period\]/);
    const reversed = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--from', '2017-09', '--to', '2017-04']);
    expect(reversed.status).toBe(1);
    expect(reversed.stderr).toContain('[range-reversed]');
  });

  it('refuses a data file whose format its name does not tell, and an unknown catalogue id', () => {
    const r = runIn({ ...files, 'data.xls': files['data.csv'] }, ['compute', '--spec', 'admissions.json', '--data', 'data.xls']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--data: cannot tell the format of "data.xls"');
    const c = runIn(files, ['compute', '--catalogue', 'cic-nope', '--data', 'data.csv']);
    expect(c.status).toBe(1);
    expect(c.stderr).toMatch(/--catalogue: the catalogue has no indicator "cic-nope".* \[unknown-id\]/);
  });

  it('reports a spec field that no column holds', () => {
    const r = runIn({ ...files, 'other.csv': 'period,admission\n2017-09,3\n' }, ['compute', '--spec', 'admissions.json', '--data', 'other.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/other\.csv: .*did you mean "admission"\?.* \[unknown-field\]|other\.csv: .*\[unknown-field\]/);
  });

  it('names the --out file it cannot write', () => {
    const r = runIn(files, ['schema', '--out', '/nonexistent/schema.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--out: cannot write "/nonexistent/schema.json"');
  });
});

describe('usage errors: exit 2', () => {
  it.each([
    [['nonsense']],
    [['compute', '--format', 'xml']],
    [['compute', '--spec']],
    [['compute', '--no-such-option']],
    [[]],
  ])('%j', (argv) => {
    const r = runIn(files, argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });
});

describe('help and version', () => {
  it.each(['compute', 'scorecard', 'derive', 'validate', 'audit', 'schema', 'catalogue'])('%s --help has a worked example', (command) => {
    const r = runIn(files, [command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: council-indicators ${command}`);
    expect(r.stdout).toMatch(new RegExp(`Example:\\n  \\$ council-indicators ${command}\\b`));
  });

  it('--version prints the package version', () => {
    const r = runIn(files, ['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});

describe('colour', () => {
  const failing = ['compute', '--spec', 'admissions.json', '--data', 'bad-data.csv'];
  it('is used on a terminal', () => {
    expect(runIn(files, failing, { stderrIsTTY: true }).stderr).toContain('\u001b[31merror\u001b[39m');
  });
  it('is not used when standard error is not a terminal, or NO_COLOR is set', () => {
    expect(runIn(files, failing).stderr).not.toContain('\u001b[');
    expect(runIn(files, failing, { stderrIsTTY: true, env: { NO_COLOR: '1' } }).stderr).not.toContain('\u001b[');
  });
});

describe('scorecard', () => {
  const specs = [admissions, placements];
  it('writes the scorecard subpath HTML, as at --as-of', () => {
    const r = runIn(files, ['scorecard', '--spec', 'admissions.json', '--spec', 'placements.yaml', '--data', 'data.csv', '--as-of', '2017-09', '--out', 'card.html']);
    expect(r.status).toBe(0);
    expect(r.written['card.html']).toBe(toHtml(computeScorecard(specs, rows, { asOf: '2017-09' })));
  });

  it('defaults --as-of to the last month of the data, and writes Markdown, CSV and JSON', () => {
    const card = computeScorecard(specs, rows, { asOf: '2017-09', months: 6 });
    const args = ['scorecard', '--spec', 'admissions.json', '--spec', 'placements.yaml', '--data', 'data.csv', '--months', '6'];
    expect(runIn(files, [...args, '--format', 'md']).stdout).toBe(toMarkdown(card));
    expect(runIn(files, [...args, '--format', 'csv']).stdout).toBe(toCsv(card));
    expect(JSON.parse(runIn(files, [...args, '--format', 'json']).stdout)).toEqual(JSON.parse(JSON.stringify(card)));
  });

  it('takes --title for the HTML page, and refuses a bad --months', () => {
    const r = runIn(files, ['scorecard', '--spec', 'admissions.json', '--data', 'data.csv', '--title', 'Children in care, <Sep>']);
    expect(r.stdout).toBe(toHtml(computeScorecard([admissions], rows, { asOf: '2017-09' }), { title: 'Children in care, <Sep>' }));
    const m = runIn(files, ['scorecard', '--spec', 'admissions.json', '--data', 'data.csv', '--months', 'six']);
    expect(m.status).toBe(1);
    expect(m.stderr).toContain('--months: months "six" must be a whole number');
  });
});

describe('validate, schema, catalogue', () => {
  it('validate says ok and computes nothing', () => {
    const r = runIn(files, ['validate', '--spec', 'admissions.json', '--spec', 'placements.yaml', '--data', 'data.csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('ok: 2 specs (cic-admissions-rate, cic-three-placements) valid; 18 rows of data.csv read by every spec without a problem\n');
    expect(r.written).toEqual({});
  });

  it('schema prints the JSON Schema', () => {
    const r = runIn(files, ['schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(indicatorSpecJsonSchema());
  });

  it('catalogue lists every entry, and prints one spec as a spec file', () => {
    const list = runIn(files, ['catalogue']);
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split('\n')).toHaveLength(catalogue.length);
    const csv = runIn(files, ['catalogue', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('id,title,page,from_records,requires');
    expect(csv[1]).toBe('cic-rate-per-10k,"Number of Children in Care per 10,000",24,yes,population');
    expect(list.stdout.split('\n')[3]).toMatch(/^cic-number-in-care +Number of Children in Care \(needs target\)$/);
    const one = runIn(files, ['catalogue', 'cic-adopted-ytd', '--out', 'adopted.json']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.written['adopted.json']!)).toEqual(JSON.parse(JSON.stringify(catalogueSpec('cic-adopted-ytd'))));
    // With the council's settings, the spec carries them.
    const settings = JSON.stringify({ 'cic-rate-per-10k': referenceSettings['cic-rate-per-10k'] });
    const rate = runIn({ 'settings.json': settings }, ['catalogue', 'cic-rate-per-10k', '--settings', 'settings.json']);
    expect(JSON.parse(rate.stdout)).toEqual(JSON.parse(JSON.stringify(catalogueSpec('cic-rate-per-10k', referenceSettings['cic-rate-per-10k']))));
    expect(runIn(files, ['catalogue', 'cic-rate-per-10k']).stderr).toContain('[missing-setting]');
    // The printed spec is a spec file the other commands read.
    const back = runIn({ ...files, 'adopted.json': one.written['adopted.json']! }, ['validate', '--spec', 'adopted.json']);
    expect(back.stdout).toBe('ok: 1 spec (cic-adopted-ytd) valid\n');
    expect(runIn(files, ['catalogue', 'nope']).status).toBe(1);
  });
});

describe('the README', () => {
  it("its BI teams' one command makes the scorecard page from a CSV and a JSON spec", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = /## For BI teams: the command line\n([\s\S]*?)\n## /.exec(readme)![1]!;
    const command = /```sh\nnpx council-indicators (scorecard [^\n]*)\n```/.exec(section)![1]!;
    const r = runIn({ 'spec.json': files['admissions.json'], 'data.csv': files['data.csv'] }, command.split(' '));
    expect(r.status).toBe(0);
    expect(r.written['scorecard.html']).toBe(toHtml(computeScorecard([admissions], rows, { asOf: '2017-09' })));
  });
});
