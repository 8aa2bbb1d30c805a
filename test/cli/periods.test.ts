/**
 * The command line on quarterly and yearly data files (period cells read as
 * reports write them, one frequency a file, --from/--to/--as-of at that
 * frequency, compute --every, Quarter/Year labels), unknown spec keys at
 * their own line, and rows years apart refused when the range is taken
 * from them.
 */
import { readFileSync } from 'node:fs';
import { computeIndicator, defineIndicator } from 'council-indicators';
import { readTable } from 'council-indicators/readers';
import { computeScorecard, toMarkdown } from 'council-indicators/scorecard';
import { describe, expect, it } from 'vitest';
import { inSpecFile, parseStructured } from '../../src/cli/inputs.js';
import { monthsInWords, periodJumps } from '../../src/cli/periods.js';
import { runIn } from './memory-io.js';

const example = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), 'utf8');

const admissionsSpec = {
  id: 'adm',
  title: 'Admissions (rolling 12 months)',
  measure: { type: 'count' },
  numerator: { field: 'admissions', aggregate: 'sum' },
  window: { type: 'rolling', months: 12 },
  polarity: 'lower-is-better',
  target: 170,
  variance: 'difference',
};
const spec = defineIndicator(admissionsSpec as never);

/** Quarterly rows as the library keys them, and the same rows as a report prints them. */
const quarterRows = [
  { period: '2016-Q2', admissions: 58 },
  { period: '2016-Q3', admissions: 40 },
  { period: '2016-Q4', admissions: 35 },
  { period: '2017-Q1', admissions: 44 },
  { period: '2017-Q2', admissions: 50 },
  { period: '2017-Q3', admissions: 41 },
];
const csvOf = (periods: readonly string[]) => `period,admissions\n${periods.map((p, i) => `${p},${quarterRows[i]!.admissions}`).join('\n')}\n`;
const files: Record<string, string> = {
  'adm.json': JSON.stringify(admissionsSpec, null, 2),
  'q.csv': csvOf(quarterRows.map((r) => r.period)),
  'report.csv': csvOf(['Q1 2016-17', 'Q2 2016-17', '"Q3 2016-17"', 'Quarter 4 2016/17', 'Q1 2017/18', ' Q2 2017-18 ']),
  'q.json': `[\n${quarterRows.map((r) => `  { "period": "${r.period}", "admissions": ${r.admissions} }`).join(',\n')}\n]\n`,
  'data.csv': example('data.csv'),
  'admissions.json': example('admissions.json'),
};
const json = (argv: string[], extra: Record<string, string> = {}) => {
  const r = runIn({ ...files, ...extra }, [...argv, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as unknown;
};

describe('quarterly and yearly data files', () => {
  it('computes quarterly rows as the library does, whether the file writes keys or report labels, CSV or JSON', () => {
    const expected = [computeIndicator(spec, quarterRows)];
    expect(JSON.parse(JSON.stringify(expected))).toEqual(json(['compute', '--spec', 'adm.json', '--data', 'q.csv']));
    expect(json(['compute', '--spec', 'adm.json', '--data', 'report.csv'])).toEqual(json(['compute', '--spec', 'adm.json', '--data', 'q.csv']));
    expect(json(['compute', '--spec', 'adm.json', '--data', 'q.json'])).toEqual(json(['compute', '--spec', 'adm.json', '--data', 'q.csv']));
    expect((json(['compute', '--spec', 'adm.json', '--data', 'q.csv']) as { frequency: string }[])[0]!.frequency).toBe('quarter');
  });

  it('reads --from and --to as quarters, as reports write them', () => {
    const got = json(['compute', '--spec', 'adm.json', '--data', 'report.csv', '--from', 'Q4 2016-17', '--to', '2017-Q3']);
    expect(JSON.parse(JSON.stringify([computeIndicator(spec, quarterRows, { from: '2017-Q1', to: '2017-Q3' })]))).toEqual(got);
  });

  it('heads the Markdown and HTML tables Quarter and labels quarters from April; CSV adds period_label', () => {
    const md = runIn(files, ['compute', '--spec', 'adm.json', '--data', 'q.csv', '--format', 'md']).stdout;
    expect(md).toContain('| Quarter | Numerator |');
    expect(md).toContain('| Q2 2017-18 | 170 |');
    expect(md).not.toContain('Month');
    const html = runIn(files, ['compute', '--spec', 'adm.json', '--data', 'q.csv', '--format', 'html']).stdout;
    expect(html).toContain('<th>Quarter</th>');
    expect(html).toContain('<td>Q4 2016-17</td>');
    const csv = runIn(files, ['compute', '--spec', 'adm.json', '--data', 'q.csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('id,title,period,period_label,status,numerator,denominator,exact,value,target,variance,rag,direction,trend,reason');
    expect(csv[6]).toBe('adm,Admissions (rolling 12 months),2017-Q3,Q2 2017-18,ok,170,,170,170,170,0,,up,worsening,');
    // Monthly output keeps its columns and its Month heading.
    const monthly = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--format', 'md', '--from', '2017-09']).stdout;
    expect(monthly).toContain('| Month | Numerator |');
    expect(monthly).toContain('| Sep-17 |');
    expect(runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--from', '2017-09']).stdout.split('\r\n')[0]).toBe(
      'id,title,period,status,numerator,denominator,exact,value,target,variance,rag,direction,trend,reason',
    );
  });

  it('reads financial years (2014/15) and calendar years (2017, a JSON number too), headed Year', () => {
    const fy = 'period,admissions\n2014/15,180\n2015-16,170\n2016/2017,177\n';
    const got = json(['compute', '--spec', 'adm.json', '--data', 'fy.csv'], { 'fy.csv': fy }) as { frequency: string; periods: { period: string; value: number }[] }[];
    expect(got[0]!.frequency).toBe('financial-year');
    expect(got[0]!.periods.map((p) => [p.period, p.value])).toEqual([
      ['2014-15', 180],
      ['2015-16', 170],
      ['2016-17', 177],
    ]);
    const md = runIn({ ...files, 'fy.csv': fy }, ['compute', '--spec', 'adm.json', '--data', 'fy.csv', '--format', 'md']).stdout;
    expect(md).toContain('| Year | Numerator |');
    expect(md).toContain('| 2016-17 | 177 |');
    const cy = '{"period":"2016","admissions":150}\n{"period":2017,"admissions":160}\n';
    const years = json(['compute', '--spec', 'adm.json', '--data', 'cy.jsonl'], { 'cy.jsonl': cy }) as { frequency: string; periods: { period: string }[] }[];
    expect(years[0]!.frequency).toBe('calendar-year');
    expect(years[0]!.periods.map((p) => p.period)).toEqual(['2016', '2017']);
  });

  it('reads keys that are months and years alike (2007-08) as the spec\'s frequency says, and refuses to guess without it', () => {
    const data = 'period,admissions\n2007-08,10\n2008-09,12\n';
    const unsaid = runIn({ ...files, 'd.csv': data }, ['compute', '--spec', 'adm.json', '--data', 'd.csv']);
    expect([unsaid.status, unsaid.stdout]).toEqual([1, '']);
    expect(unsaid.stderr.split('\n')[1]).toBe(
      '  d.csv line 2, column period: "2007-08" reads two ways, August 2007 or the financial year 2007-08 (April 2007 to March 2008), and so do all 2 period cells (lines 2 to 3), so none decides: say which with frequency: "month" or frequency: "financial-year" in the spec [bad-period]',
    );
    const monthly = JSON.stringify({ ...admissionsSpec, frequency: 'month' });
    const asMonths = json(['compute', '--spec', 'm.json', '--data', 'd.csv'], { 'd.csv': data, 'm.json': monthly }) as { frequency: string; periods: unknown[] }[];
    expect([asMonths[0]!.frequency, asMonths[0]!.periods.length]).toEqual(['month', 14]);
    const yearly = JSON.stringify({ ...admissionsSpec, frequency: 'financial-year' });
    const asYears = json(['compute', '--spec', 'y.json', '--data', 'd.csv'], { 'd.csv': data, 'y.json': yearly }) as { frequency: string; periods: { period: string }[] }[];
    expect(asYears[0]!.frequency).toBe('financial-year');
    expect(asYears[0]!.periods.map((p) => p.period)).toEqual(['2007-08', '2008-09']);
    // And with a year only a financial year can be, the file reads as years without the spec saying so.
    const mixedLooking = json(['compute', '--spec', 'adm.json', '--data', 'e.csv'], { 'e.csv': 'period,admissions\n2010-11,10\n2011-12,12\n2012-13,11\n' }) as { frequency: string }[];
    expect(mixedLooking[0]!.frequency).toBe('financial-year');
  });

  it('refuses a file mixing months and quarters, naming each line, with every other problem of the file', () => {
    const data = 'period,admissions\n2017-Q1,44\n2017-Q2,50\n2017-07,41\n2017-Q4,4x\n2017-Q2,1\n2017-Q5,1\nQ4 2016-17,2\n';
    const r = runIn({ ...files, 'm.csv': data }, ['validate', '--spec', 'adm.json', '--data', 'm.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').slice(1, -1)).toEqual([
      '  m.csv line 4, column period: "2017-07" is a month, and the other rows are quarters (the first: "2017-Q1", m.csv line 2): a table holds rows of one frequency: put months and quarters in separate files; monthly rows can be reported quarterly or yearly with --every [mixed-frequency]',
      '  m.csv line 5, column admissions: "4x" is not a number [not-a-number]',
      '  m.csv line 6, column period: 2017-Q2 is also the quarter of m.csv line 3: give each quarter one row [duplicate-period]',
      '  m.csv line 7, column period: "2017-Q5" has no quarter 5: quarters run from 1 to 4 [bad-period]',
      '  m.csv line 8, column period: "Q4 2016-17" (2017-Q1) is also the quarter of m.csv line 2: give each quarter one row [duplicate-period]',
    ]);
  });

  it('says which period to give when --from is a month for quarterly data', () => {
    const r = runIn(files, ['compute', '--spec', 'adm.json', '--data', 'q.csv', '--from', '2017-09']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '--from: "2017-09" is a month, and the periods reported are quarters: give a quarter, e.g. 2017-Q3 or Q2 2017-18 (July to September 2017); 2017-09 falls in 2017-Q3 [bad-period]',
    );
    const bad = runIn(files, ['compute', '--spec', 'adm.json', '--data', 'q.csv', '--to', 'Q5 2017-18']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--to: "Q5 2017-18" has no quarter 5: quarters run from 1 to 4 [bad-period]');
  });

  it('compute --every reports monthly rows by quarter or year as computeIndicator does, --from in that frequency', () => {
    const rows = readTable(files['data.csv']!).rows;
    const monthlySpec = defineIndicator(JSON.parse(files['admissions.json']!));
    for (const [every, from] of [
      ['quarter', 'Q1 2017-18'],
      ['year', '2016/17'],
      ['calendar-year', '2016'],
    ] as const) {
      const key = every === 'quarter' ? '2017-Q2' : every === 'year' ? '2016-17' : '2016';
      // The data end at Sep-17: the last quarter is whole; the last years are not, and --to defaults to the last whole one.
      if (every === 'calendar-year') continue;
      const to = every === 'quarter' ? '2017-Q3' : key;
      const r = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--every', every, '--from', from, '--format', 'json']);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify([computeIndicator(monthlySpec, rows, { every, from: key, to })])));
      expect(r.stderr).toBe(
        every === 'quarter'
          ? ''
          : `note: data.csv ends at Sep-17, inside 2017-18, which is incomplete: reporting up to the last complete year, ${key} (give --to "2017-18" for the incomplete one)\n`,
      );
    }
    // No calendar year is whole in April 2016 to September 2017: --to is asked for; given, the years are computed.
    const none = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--every', 'calendar-year', '--from', '2016']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('data.csv runs from Apr-16 to Sep-17, and no year within it is complete: give the year to report with --to, e.g. --to "2017" [missing-key]');
    expect(json(['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--every', 'calendar-year', '--from', '2016', '--to', '2017'])).toEqual(
      JSON.parse(JSON.stringify([computeIndicator(monthlySpec, rows, { every: 'calendar-year', from: '2016', to: '2017' })])),
    );
    const wrong = runIn(files, ['compute', '--spec', 'admissions.json', '--data', 'data.csv', '--every', 'quartr']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--every: "quartr" is not a frequency to report at: write quarter, year (April to March, as financial-year) or calendar-year [bad-option]');
  });

  it('scorecard on quarterly rows: --as-of defaults to the last quarter and is read as reports write it', () => {
    const expected = toMarkdown(computeScorecard([spec], quarterRows, { asOf: '2017-Q3' }));
    const r = runIn(files, ['scorecard', '--spec', 'adm.json', '--data', 'report.csv', '--format', 'md']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected);
    expect(runIn(files, ['scorecard', '--spec', 'adm.json', '--data', 'q.csv', '--format', 'md', '--as-of', 'Q2 2017-18']).stdout).toBe(expected);
    // Every year: the last year the quarters cover whole (2017-18 lacks Q3 and Q4 of 2017-18), said on standard error.
    const yearly = runIn(files, ['scorecard', '--spec', 'adm.json', '--data', 'q.csv', '--format', 'md', '--every', 'year']);
    expect(yearly.stdout).toBe(toMarkdown(computeScorecard([spec], quarterRows, { asOf: '2016-17', every: 'year' })));
    expect(yearly.stderr).toBe('note: q.csv ends at Sep-17, inside 2017-18, which is incomplete: reporting up to the last complete year, 2016-17 (give --as-of "2017-18" for the incomplete one)\n');
  });

  it('validate names the frequency it read', () => {
    const r = runIn(files, ['validate', '--spec', 'adm.json', '--data', 'report.csv']);
    expect([r.status, r.stdout]).toEqual([0, 'ok: 1 spec (adm) valid; 6 rows (quarterly) of report.csv read by every spec without a problem\n']);
  });

  it('reads period cells in CSV with quotes, blank lines and CRLF, and in JSON rows on one line, at their lines', () => {
    const csv = 'x,"period",admissions\r\n"7\n ",2017-Q1,44\r\n\r\n1,"Q1 2017-18",50\r\n';
    const got = json(['compute', '--spec', 'adm.json', '--data', 'c.csv'], { 'c.csv': csv }) as { frequency: string; periods: { period: string; numerator: string }[] }[];
    expect(got[0]!.periods.map((p) => [p.period, p.numerator])).toEqual([
      ['2017-Q1', null],
      ['2017-Q2', null],
    ]);
    const bad = runIn({ ...files, 'c.csv': csv.replace('2017-Q1,44', '2017-Q1,4x') }, ['validate', '--spec', 'adm.json', '--data', 'c.csv']);
    expect(bad.stderr).toContain('c.csv line 2, column admissions: "4x" is not a number [not-a-number]');
    const late = runIn({ ...files, 'c.csv': csv.replace('"Q1 2017-18",50', '"Q1 2017-18",5x') }, ['validate', '--spec', 'adm.json', '--data', 'c.csv']);
    expect(late.stderr).toContain('c.csv line 5, column admissions: "5x" is not a number [not-a-number]');
    const j = '[{"period":"2017-Q1","admissions":1},{"period":"Q2 2017-18","admissions":2}, {"period":"2017-Q3","admissions":3}]';
    const r = runIn({ ...files, 'j.json': j }, ['validate', '--spec', 'adm.json', '--data', 'j.json']);
    expect(r.stderr).toBe('error: 1 problem with the data (INVALID_DATA); nothing was written\n  j.json line 1, column period: 2017-Q3 is also the quarter of j.json line 1: give each quarter one row [duplicate-period]\n');
  });

  it('refuses Q2 2017 in a data file as ambiguous, naming both readings and what to write', () => {
    const r = runIn({ ...files, 'a.csv': 'period,admissions\n2017-Q1,1\nQ2 2017,2\n' }, ['validate', '--spec', 'adm.json', '--data', 'a.csv']);
    expect(r.stderr.split('\n')[1]).toBe(
      '  a.csv line 3, column period: "Q2 2017" is ambiguous, and is never guessed: it is the calendar quarter April to June 2017 (2017-Q2), and many UK councils mean by it the second quarter of the financial year 2017-18, July to September 2017 (2017-Q3): write 2017-Q2 or Q1 2017-18 for April to June 2017, 2017-Q3 or Q2 2017-18 for July to September 2017 [bad-period]',
    );
    // And in --from, read as a cell is.
    expect(runIn(files, ['compute', '--spec', 'adm.json', '--data', 'q.csv', '--from', 'Q2 2017']).stderr).toContain('--from: "Q2 2017" is ambiguous');
  });

  it('reads the data at the frequency every spec names: a cell of another frequency is named at its line', () => {
    const quarterly = JSON.stringify({ ...admissionsSpec, frequency: 'quarter' });
    const r = runIn({ ...files, 'qs.json': quarterly, 'm.csv': 'period,admissions\n2017-Q1,1\n2017-05,2\n' }, ['validate', '--spec', 'qs.json', '--data', 'm.csv']);
    expect(r.stderr.split('\n')[1]).toBe(
      '  m.csv line 3, column period: "2017-05" is a month, and frequency: "quarter" in the spec reads quarters: write a quarter, e.g. 2017-Q3 or Q2 2017-18 (July to September 2017); 2017-05 falls in 2017-Q2 [bad-period]',
    );
  });
});

describe('unknown spec keys at their own line', () => {
  const yaml = example('placements.yaml').replace('polarity:', 'polarty:') + 'extra:\n  a: 1\n';

  it('places an unknown key at its line, in YAML and JSON, also when its value starts on the next line', () => {
    const r = runIn({ 't.yaml': yaml }, ['validate', '--spec', 't.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/t\.yaml line 12, at polarty: Unrecognized key: "polarty"/);
    expect(r.stderr).toMatch(/t\.yaml line 19, at extra: Unrecognized key: "extra"/);
    const j = example('admissions.json').replace('"polarity"', '"polarty"');
    const s = runIn({ 't.json': j }, ['validate', '--spec', 't.json']);
    expect(s.stderr).toMatch(/t\.json line 8, at polarty: Unrecognized key: "polarty"/);
  });

  it('places an unknown key reported at its object (the message naming it) at the key\'s line', () => {
    const parsed = parseStructured('id: a\nrag:\n  bands: []\n  colour: red\n', 's.yaml');
    const given = { input: parsed.value, file: 's.yaml', prefix: '', lineOf: (p: string) => parsed.lineOf(p) };
    expect(inSpecFile(given, { code: 'unknown-key', path: 'rag', message: 'Unrecognized key: "colour"' }).line).toBe(4);
    expect(inSpecFile(given, { code: 'unknown-key', path: '', message: 'Unrecognized keys: "rag", "x"' }).line).toBe(2);
    expect(inSpecFile(given, { code: 'missing-key', path: 'title', message: 'title is required' }).line).toBe(1);
    expect(parsed.lineOf('rag.bands')).toBe(3);
  });
});

describe('rows years apart, when the range is taken from them', () => {
  const typo = 'period,admissions\n2017-06,5\n2017-07,6\n2017-08,7\n2071-09,8\n';
  const f = { ...files, 'typo.csv': typo };
  const message =
    'typo.csv line 5, column period: the rows jump from 2017-08 (line 4) to 2071-09 (line 5), 54 years and 1 month later: if 2071-09 is a typo, fix it; to report across the gap anyway, give both --from and --to [range-open]';

  it('refuses compute without --from and --to, naming both periods and lines', () => {
    const r = runIn(f, ['compute', '--spec', 'adm.json', '--data', 'typo.csv']);
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(`error: 1 problem with the data (INVALID_DATA); nothing was written\n  ${message}\n`);
    // Only --from: the range still runs to the data's last row.
    expect(runIn(f, ['compute', '--spec', 'adm.json', '--data', 'typo.csv', '--from', '2017-07']).stderr).toContain(message);
  });

  it('computes when --from and --to are given, or when --to leaves the far row out', () => {
    for (const range of [
      ['--from', '2017-06', '--to', '2017-08'],
      ['--to', '2017-08'],
    ]) {
      const r = runIn(f, ['compute', '--spec', 'adm.json', '--data', 'typo.csv', ...range]);
      expect([r.status, r.stderr]).toEqual([0, '']);
    }
  });

  it('refuses scorecard without --as-of, and makes it with', () => {
    const r = runIn(f, ['scorecard', '--spec', 'adm.json', '--data', 'typo.csv', '--format', 'csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('to report anyway, give the period with --as-of [range-open]');
    expect(runIn(f, ['scorecard', '--spec', 'adm.json', '--data', 'typo.csv', '--format', 'csv', '--as-of', '2017-08']).status).toBe(0);
  });

  it('validate warns and exits 0: it reports no range', () => {
    const r = runIn(f, ['validate', '--spec', 'adm.json', '--data', 'typo.csv']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'warning: typo.csv line 5: the rows jump from 2017-08 (line 4) to 2071-09 (line 5), 54 years and 1 month later: if 2071-09 is a typo, fix it; compute and scorecard refuse to take their range from these rows: give --from and --to (scorecard: --as-of)\n',
    );
  });

  it('names an early typo at its own line, and allows a gap of exactly two years', () => {
    const early = 'period,admissions\n1917-09,1\n2017-08,7\n2017-09,8\n';
    const r = runIn({ ...files, 'e.csv': early }, ['compute', '--spec', 'adm.json', '--data', 'e.csv']);
    expect(r.stderr).toContain('e.csv line 2, column period: the rows jump from 1917-09 (line 2) to 2017-08 (line 3), 99 years and 11 months later: if 1917-09 is a typo');
    const two = runIn({ ...files, 't.csv': 'period,admissions\n2015-09,1\n2017-09,2\n' }, ['compute', '--spec', 'adm.json', '--data', 't.csv']);
    expect([two.status, two.stderr]).toEqual([0, '']);
  });

  it('measures quarterly and yearly rows in months', () => {
    const q = [{ period: '2017-Q1' }, { period: '2019-Q2' }, { period: '2019-Q3' }];
    expect(periodJumps(q, [2, 3, 4], 'quarter')).toEqual([
      { before: { period: '2017-Q1', line: 2 }, after: { period: '2019-Q2', line: 3 }, months: 27, odd: 'before' },
    ]);
    expect(periodJumps([{ period: '2014-15' }, { period: '2016-17' }], [2, 3], 'financial-year')).toEqual([]);
    expect(periodJumps([{ period: '2014-15' }, { period: '2016-17' }], [2, 3], 'financial-year', { from: 0 })).toEqual([]);
    expect(monthsInWords(25)).toBe('2 years and 1 month');
    expect(monthsInWords(36)).toBe('3 years');
  });
});
