/**
 * The command line and statistics: specs with confidence intervals computed
 * without an import (the CLI always passes `statistics`), interval columns
 * in compute's CSV and Markdown, `scorecard --spc` (HTML only),
 * `derive --from/--to` given as a quarter or year, and `--every`'s default
 * period the last one the data cover whole (new-user trial 2: A7, B1, B3, B4).
 */
import { readFileSync } from 'node:fs';
import { computeIndicator, defineIndicator } from 'council-indicators';
import { readTable } from 'council-indicators/readers';
import { computeScorecard, toHtml } from 'council-indicators/scorecard';
import { statistics } from 'council-indicators/statistics';
import { describe, expect, it } from 'vitest';
import { runIn } from './memory-io.js';

const example = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), 'utf8');
const admissions = JSON.parse(example('admissions.json')) as Record<string, unknown>;
const withCi = { ...admissions, confidence: [0.95, 0.998] };
const inMonth = { ...admissions, id: 'adm-month', title: 'Admissions per 10,000 in the month', window: { type: 'period' }, numerator: 'admissions', rag: undefined, target: 3.5 };
const files: Record<string, string> = {
  'data.csv': example('data.csv'),
  'ci.json': JSON.stringify(withCi),
  'month.json': JSON.stringify(inMonth),
  // data.csv without September 2017: the data end inside Q2 2017-18 (July to September).
  'aug.csv': example('data.csv').trimEnd().split(/\r?\n/).slice(0, -1).join('\n') + '\n',
};
const rows = readTable(files['data.csv']!).rows;
const ssda = ['header-2017.csv', 'header-2018.csv', 'episodes-2017.csv', 'episodes-2018.csv', 'missing-2017.csv', 'missing-2018.csv', 'reviews-2017.csv', 'reviews-2018.csv'];
for (const f of ssda) files[f] = example(`ssda903/${f}`);
files['measures.yaml'] = example('measures.yaml');

describe('confidence intervals on the command line', () => {
  it('compute: a spec with confidence just works; CSV gains interval columns', () => {
    const r = runIn(files, ['compute', '--spec', 'ci.json', '--data', 'data.csv', '--from', '2017-09']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [head, line] = r.stdout.split('\r\n');
    expect(head).toBe('id,title,period,status,numerator,denominator,exact,value,ci95_lower,ci95_upper,ci99.8_lower,ci99.8_upper,target,variance,rag,direction,trend,reason');
    // Byar's interval for 202 events in 47,715 (the trial's check): 36.7 to 48.6 per 10,000 at 95%.
    expect(line).toMatch(/^cic-admissions-rate,"[^"]+",2017-09,ok,202,47715,[^,]+,42\.3,36\.7,48\.6,\d+\.\d,\d+\.\d,38,/);
  });

  it('compute: JSON is computeIndicator with statistics; Markdown has a column per level', () => {
    const json = runIn(files, ['compute', '--spec', 'ci.json', '--data', 'data.csv', '--from', '2017-08', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify([computeIndicator(defineIndicator(withCi as never), rows, { from: '2017-08', statistics })])));
    const md = runIn(files, ['compute', '--spec', 'ci.json', '--data', 'data.csv', '--from', '2017-09', '--format', 'md']).stdout;
    expect(md).toContain('| Month | Numerator | Denominator | Value | 95% CI | 99.8% CI | Target |');
    expect(md).toContain('| Sep-17 | 202 | 47715 | 42.3 | 36.7 to 48.6 |');
  });

  it('scorecard: a spec with confidence just works', () => {
    const r = runIn(files, ['scorecard', '--spec', 'ci.json', '--data', 'data.csv', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(computeScorecard([withCi as never], rows, { asOf: '2017-09', statistics }))));
  });
});

describe('scorecard --spc', () => {
  it('is toHtml with spc: true: a chart for the monthly figure, a reason for the rolling one', () => {
    const r = runIn(files, ['scorecard', '--spec', 'ci.json', '--spec', 'month.json', '--data', 'data.csv', '--spc']);
    expect(r.status).toBe(0);
    const card = computeScorecard([withCi as never, inMonth as never], rows, { asOf: '2017-09', statistics });
    expect(r.stdout).toBe(`${toHtml(card, { spc: true })}`);
    expect(r.stdout).toContain('No SPC chart: &quot;cic-admissions-rate&quot; is a rolling 12-month figure');
    expect(r.stdout.match(/<figure class="spc">/g)).toHaveLength(1);
  });

  it('with another format is refused at --spc', () => {
    const r = runIn(files, ['scorecard', '--spec', 'month.json', '--data', 'data.csv', '--spc', '--format', 'md']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--spc: --spc draws SPC charts on the HTML page, and the output is md: give --format html (or an --out file ending .html), or leave out --spc [bad-option]');
  });
});

describe('derive --from and --to', () => {
  const derive = (from: string, to: string) => runIn(files, ['derive', '--records', ...ssda, '--measures', 'measures.yaml', '--from', from, '--to', to]);

  it('a quarter or year is read as its months, said on standard error', () => {
    const byMonth = derive('2017-04', '2017-09');
    const byQuarter = derive('2017-Q2', 'Q2 2017-18');
    expect(byQuarter.status).toBe(0);
    expect(byQuarter.stdout).toBe(byMonth.stdout);
    expect(byQuarter.stderr).toBe(
      'note: --from 2017-Q2 is a quarter: derive writes months, and reads it as its first month, 2017-04\n' +
        'note: --to Q2 2017-18 is a quarter: derive writes months, and reads it as its last month, 2017-09\n',
    );
    const year = derive('2016-17', '2016-17');
    expect(year.status).toBe(0);
    expect(year.stdout).toBe(derive('2016-04', '2017-03').stdout);
  });

  it('an unreadable one says derive writes months and what to give, never a library function', () => {
    const r = derive('Q2 2017', '2017-13');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--from: "Q2 2017" is ambiguous, and is never guessed');
    expect(r.stderr).toContain(
      '--to: "2017-13" has no month 13: months run from 1 to 12; derive writes months: give a month (2017-04, Apr-17), or a quarter or year for its months (2017-Q2, Q1 2017-18, 2017-18, 2017) [bad-period]',
    );
    expect(r.stderr).not.toContain('parseReportingPeriod');
    expect(derive('soon', '2017-05').stderr).toContain('--from: "soon" is not a month derive can read: write it as 2017-09,');
  });
});

describe('--every defaults to the last period the data cover whole', () => {
  it('scorecard: the data end at Aug-17, so Q1 2017-18, with a note (not a page of dashes for Q2 2017-18)', () => {
    const r = runIn(files, ['scorecard', '--spec', 'ci.json', '--data', 'aug.csv', '--every', 'quarter', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toBe('2017-Q2');
    expect(r.stderr).toBe(
      'note: aug.csv ends at Aug-17, inside Q2 2017-18, which is incomplete: reporting up to the last complete quarter, Q1 2017-18 (give --as-of "Q2 2017-18" for the incomplete one)\n',
    );
    // Asked for, the incomplete quarter is reported, without a note.
    const asked = runIn(files, ['scorecard', '--spec', 'ci.json', '--data', 'aug.csv', '--every', 'quarter', '--as-of', 'Q2 2017-18', '--format', 'json']);
    expect([JSON.parse(asked.stdout).asOf, asked.stderr]).toEqual(['2017-Q3', '']);
  });

  it('compute: --to defaults likewise; a later --from keeps the library default', () => {
    const r = runIn(files, ['compute', '--spec', 'ci.json', '--data', 'aug.csv', '--every', 'quarter', '--format', 'json']);
    expect(JSON.parse(r.stdout)[0].periods.at(-1).period).toBe('2017-Q2');
    expect(r.stderr).toContain('reporting up to the last complete quarter, Q1 2017-18 (give --to "Q2 2017-18" for the incomplete one)');
    const later = runIn(files, ['compute', '--spec', 'ci.json', '--data', 'aug.csv', '--every', 'quarter', '--from', '2017-Q3', '--format', 'json']);
    expect(later.status).toBe(0);
    expect(JSON.parse(later.stdout)[0].periods.map((p: { period: string }) => p.period)).toEqual(['2017-Q3']);
  });
});
