/** `derive` and `audit` run in-process, against the library's own results. */
import { readFileSync, readdirSync } from 'node:fs';
import { auditTable } from 'council-indicators/audit';
import { catalogueMeasures } from 'council-indicators/catalogue';
import { readSsda903, readTable } from 'council-indicators/readers';
import { deriveMonthly } from 'council-indicators/records';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LARGE_INPUT } from '../../src/cli/derive.js';
import { runIn } from './memory-io.js';

const dir = new URL('../../examples/cli/ssda903/', import.meta.url);
const ssda: Record<string, string> = Object.fromEntries(readdirSync(dir).map((f) => [`ssda903/${f}`, readFileSync(new URL(f, dir), 'utf8')]));
const measuresText = readFileSync(new URL('../../examples/cli/measures.yaml', import.meta.url), 'utf8');
const files: Record<string, string> = { ...ssda, 'measures.yaml': measuresText };
const names = Object.keys(ssda);
const byPrefix = (p: string) => names.filter((n) => n.startsWith(`ssda903/${p}`)).map((n) => ({ name: n, text: ssda[n]! }));
const records = readSsda903({ header: byPrefix('header'), episodes: byPrefix('episodes'), missing: byPrefix('missing'), reviews: byPrefix('reviews') });

describe('derive', () => {
  const args = ['derive', '--records', ...names, '--measures', 'measures.yaml', '--from', '2016-04', '--to', '2017-09'];

  it('derives the library rows from SSDA903 files recognised by their header line, in any order', () => {
    const expected = deriveMonthly(records, { from: '2016-04', to: '2017-09', measures: parseYaml(measuresText) });
    const r = runIn(files, [...args, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
    const reversed = runIn(files, ['derive', '--records', ...[...names].reverse(), '--measures', 'measures.yaml', '--from', '2016-04', '--to', '2017-09', '--format', 'json']);
    expect(reversed.stdout).toBe(r.stdout);
    const csv = runIn(files, args).stdout.split('\r\n');
    expect(csv[0]).toBe('period,inCare,admissions,ceased,missingChildren,reviews');
    expect(csv[1]).toBe(['2016-04', ...['inCare', 'admissions', 'ceased', 'missingChildren', 'reviews'].map((k) => expected[0]![k])].join(','));
  });

  it('reads one JSON file of records, and the catalogue measures of named entries', () => {
    const json = JSON.stringify({ children: records.children, episodes: records.episodes, events: records.events }, null, 2);
    const r = runIn({ 'records.json': json }, ['derive', '--records', 'records.json', '--catalogue', 'cic-number-in-care', '--from', '2017-01', '--to', '2017-03', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(deriveMonthly(records, { from: '2017-01', to: '2017-03', measures: { cic: catalogueMeasures.cic! } }));
  });

  it('places record problems at the SSDA903 file, line and column', () => {
    const broken = { ...files, 'ssda903/episodes-2018.csv': files['ssda903/episodes-2018.csv']!.replace(/\n1003,01\/07\/2017,L,/, '\n1003,01/06/2017,L,') };
    const r = runIn(broken, args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\n  ssda903\/episodes-2018\.csv line 4: episode 2017-06-01 to 2017-11-01 overlaps .* \[episode-overlap\]\n/);
    const notSsda = runIn({ ...files, 'other.csv': 'period,n\n2017-01,1\n' }, ['derive', '--records', ...names, 'other.csv', '--measures', 'measures.yaml', '--from', '2016-04', '--to', '2016-05']);
    expect(notSsda.status).toBe(1);
    expect(notSsda.stderr).toContain('--records: other.csv is not an SSDA903 table');
  });

  it('places a bad measure at its line in the measures file', () => {
    const r = runIn({ ...files, 'bad.yaml': 'inCare: { type: in-care }\nadmissions: { type: strated }\n' }, ['derive', '--records', ...names, '--measures', 'bad.yaml', '--from', '2016-04', '--to', '2016-05']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml line 2, at admissions/);
  });

  it('needs --from and --to, and one source of measures', () => {
    expect(runIn(files, ['derive', '--records', ...names, '--measures', 'measures.yaml', '--from', '2016-04']).stderr).toContain('--to: derive needs both --from and --to');
    expect(runIn(files, ['derive', '--records', ...names, '--from', '2016-04', '--to', '2016-05']).stderr).toContain('no measures given');
  });

  it('shows a progress bar only on a terminal and for a large input', () => {
    expect(runIn(files, args, { stderrIsTTY: true }).progress).toEqual([]);
    // One long cell (an extra column, kept as an attribute) makes the input large without making it slow to read.
    const [head, first, ...rest] = files['ssda903/header-2017.csv']!.split(/\r?\n/);
    const big = { ...files, 'ssda903/header-2017.csv': [`${head},NOTE`, `${first},${'x'.repeat(LARGE_INPUT)}`, ...rest.map((l) => (l === '' ? l : `${l},`))].join('\n') };
    expect(runIn(big, args).progress).toEqual([]);
    const shown = runIn(big, args, { stderrIsTTY: true });
    expect(shown.status).toBe(0);
    expect(shown.progress).toHaveLength(1);
    expect(shown.progress[0]!.total).toBe(3);
    expect(shown.progress[0]!.steps.map((s) => s[0])).toEqual([0, 1, 2, 3]);
    expect(shown.progress[0]!.stopped).toBe(true);
  });
});

describe('audit', () => {
  const ref = new URL('../../examples/reference/', import.meta.url);
  const read = (f: string) => readFileSync(new URL(f, ref), 'utf8');
  const tables = readdirSync(ref).filter((f) => f.endsWith('.csv'));

  it.each(tables)('%s: the findings are auditTable\'s on the same table', (csv) => {
    const specFile = csv.replace(/\.csv$/, '.spec.json');
    const text = read(csv);
    const r = runIn({ [csv]: text, [specFile]: read(specFile) }, ['audit', '--spec', specFile, '--table', csv, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const printed = ['numerator', 'denominator', 'value', 'target', 'variance', 'rag', 'direction'];
    const table = readTable(text, { textColumns: printed.map((c) => `printed_${c}`) });
    const rows = table.rows.map((row) => {
      const out: Record<string, unknown> = {};
      const cells: Record<string, string> = {};
      for (const [k, v] of Object.entries(row)) {
        if (k.startsWith('printed_')) cells[k.slice(8)] = v === null ? '' : String(v);
        else out[k] = v;
      }
      return { ...out, printed: cells } as never;
    });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(auditTable(JSON.parse(read(specFile)), rows))));
  });

  it('prints one finding a line by default, with its reason, and Markdown, CSV and HTML on request', () => {
    const f = { 't.csv': read('admissions-per-10k.csv'), 's.json': read('admissions-per-10k.spec.json') };
    const text = runIn(f, ['audit', '--spec', 's.json', '--table', 't.csv']);
    expect(text.stdout).toMatch(/^Audit of t\.csv against cic-admissions-rate: \d+ findings\n/);
    expect(text.stdout).toContain('  Mar-17 numerator: printed 198, computed 199: ');
    expect(text.stdout).toContain('[window-total-does-not-add-up]');
    expect(runIn(f, ['audit', '--spec', 's.json', '--table', 't.csv', '--format', 'csv']).stdout).toMatch(/^period,cell,printed,computed,reason,year_start_month,explanation\r\n2017-03,numerator,198,199,window-total-does-not-add-up,,/);
    expect(runIn(f, ['audit', '--spec', 's.json', '--table', 't.csv', '--out', 'a.md']).written['a.md']).toContain('| 2017-03 | numerator | 198 | 199 | window-total-does-not-add-up |');
    expect(runIn(f, ['audit', '--spec', 's.json', '--table', 't.csv', '--out', 'a.html']).written['a.html']).toContain('<td>window-total-does-not-add-up</td>');
  });

  it('reports a bad input cell at its CSV line, and an unknown printed column', () => {
    const t = read('admissions-per-10k.csv').replace(/\n2016-06,34,/, '\n2016-06,3A,');
    const r = runIn({ 't.csv': t, 's.json': read('admissions-per-10k.spec.json') }, ['audit', '--spec', 's.json', '--table', 't.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('t.csv line 4, column admissions: "3A" is not a number');
    const u = runIn({ 't.csv': 'period,n,printed_rating\n2017-09,1,G\n', 's.json': read('admissions-per-10k.spec.json') }, ['audit', '--spec', 's.json', '--table', 't.csv']);
    expect(u.status).toBe(1);
    expect(u.stderr).toContain('column printed_rating is not a printed cell the audit checks');
  });
});
