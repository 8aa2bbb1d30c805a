/**
 * toMarkdown and toCsv: exact output for the small scorecard of
 * fixtures.ts, written out by hand, and escaping and quoting.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorSpecInput } from 'council-indicators';
import { computeScorecard, toCsv, toMarkdown } from '../../src/scorecard/index.js';
import { admissions, admissionsRolling as rolling, cicRate, reviews, rows } from './fixtures.js';

const card = computeScorecard([reviews, cicRate, admissions], rows, { asOf: '2017-03', months: 3 });

describe('toMarkdown', () => {
  it('writes the scorecard as a GFM table', () => {
    expect(toMarkdown(card)).toBe(
      [
        '| Indicator | Period | Value | Target | Variance | RAG | Direction | Trend | England | Statistical neighbours |',
        '| :-- | :-- | --: | --: | --: | :-- | :-- | :-- | --: | --: |',
        '| Reviews \\| in time | Mar-17 | 81.3% | 80.0% | 1.3 | Green | ↑ up | improving | 75.0% (2016), ours better | – |',
        '| Children in care per 10,000 | Mar-17 | 68.0 | 65.0 | 4.6% | – | ↑ up | worsening | – | 68.0 (2016), ours the same |',
        '| Admissions | Mar-17 | 6 | – | – | – | – | – | 5 | – |',
        '',
      ].join('\n'),
    );
  });

  it('says why a value is missing, and writes every direction as an arrow and a word', () => {
    const feb = computeScorecard([admissions, reviews], rows, { asOf: '2017-02', months: 2 });
    expect(toMarkdown(feb).split('\n').slice(2, 4)).toEqual([
      '| Admissions | Feb-17 | – (missing data: admitted has no figure for Feb-17) | – | – | – | – | – | 5 |',
      '| Reviews \\| in time | Feb-17 | 80.0% | 80.0% | 0.0 | Green | ↑ up | improving | 75.0% (2016), ours better |',
    ]);
    const down = computeScorecard([reviews], [...rows, { period: '2017-04', a: 13, b: 16 }, { period: '2017-05', a: 12, b: 16 }], {
      asOf: '2017-05',
      months: 1,
    });
    expect(toMarkdown(down).split('\n')[2]).toContain('| Amber | ↓ down | worsening |');
    const same = computeScorecard([reviews], [...rows, { period: '2017-04', a: 13, b: 16 }], { asOf: '2017-04', months: 1 });
    expect(toMarkdown(same).split('\n')[2]).toContain('| Green | → same | no change |');
  });

  it('escapes pipes, Markdown punctuation and line breaks in titles', () => {
    const odd: IndicatorSpecInput = { ...admissions, title: 'A|B *c* <d> _e_ [f]\\g\nh' };
    const md = computeScorecard([odd], rows, { asOf: '2017-03', months: 1 });
    expect(toMarkdown(md).split('\n')[2]).toBe('| A\\|B \\*c\\* \\<d\\> \\_e\\_ \\[f\\]\\\\g h | Mar-17 | 6 | – | – | – | – | – | 5 |');
  });

  it('an empty scorecard is a header only', () => {
    expect(toMarkdown(computeScorecard([], rows, { asOf: '2017-03' }))).toBe(
      '| Indicator | Period | Value | Target | Variance | RAG | Direction | Trend |\n| :-- | :-- | --: | --: | --: | :-- | :-- | :-- |\n',
    );
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 CSV with CRLF line ends', () => {
    expect(toCsv(card)).toBe(
      [
        'id,Indicator,Period,Status,Reason,Value,Exact value,Target,Variance,RAG,Direction,Trend,England,England label,England comparison,Statistical neighbours,Statistical neighbours label,Statistical neighbours comparison',
        'reviews,Reviews | in time,2017-03,ok,,81.3%,81.25,80.0%,1.3,Green,up,improving,75.0%,2016,better,,,',
        'cic-rate,"Children in care per 10,000",2017-03,ok,,68.0,68,65.0,4.6%,,up,worsening,,,,68.0,2016,same',
        'admissions,Admissions,2017-03,ok,,6,6,,,,,,5,,,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('has the same number of fields on every line', () => {
    for (const line of toCsv(card).split('\r\n').slice(0, -1)) expect(line.replace(/"[^"]*"/g, '').split(',')).toHaveLength(18);
  });

  it('quotes fields with commas, double quotes or line breaks, doubling the quotes', () => {
    const odd: IndicatorSpecInput = { ...admissions, title: 'He said "in care", then\r\nleft\nagain', benchmarks: {} };
    const csv = toCsv(computeScorecard([odd], rows, { asOf: '2017-02', months: 1 }));
    expect(csv.split('\r\n')[1]).toBe('admissions,"He said ""in care"", then');
    expect(csv).toBe(
      'id,Indicator,Period,Status,Reason,Value,Exact value,Target,Variance,RAG,Direction,Trend\r\n' +
        'admissions,"He said ""in care"", then\r\nleft\nagain",2017-02,missing data,missing data: admitted has no figure for Feb-17,,,,,,,\r\n',
    );
  });
});

describe('toCsv with a benchmark stopped by a null step', () => {
  it('leaves its value, label and comparison empty, as Markdown shows nothing', () => {
    const card = computeScorecard(
      [
        {
          id: 'stopped',
          title: 'Stopped benchmark',
          measure: { type: 'count' },
          numerator: 'n',
          polarity: 'lower-is-better',
          benchmarks: { england: [{ from: '2016-04', value: 60, label: '2015-16' }, { from: '2017-04', value: null, label: 'withdrawn' }] },
        },
      ],
      [{ period: '2017-09', n: 5 }],
      { asOf: '2017-09' },
    );
    const row = toCsv(card).split('\r\n')[1]!;
    expect(row.endsWith(',,,')).toBe(true);
    expect(row).not.toContain('withdrawn');
  });
});

describe('why a value is missing, in words (issue 8, point 3)', () => {
  // No row for 2017-02 at all; every window that holds it is incomplete.
  const gappy = [
    { period: '2016-12', admitted: 3 },
    { period: '2017-01', admitted: 4 },
    { period: '2017-03', admitted: 6 },
  ];
  const card = computeScorecard([rolling], gappy, { asOf: '2017-03', months: 3 });

  it('Markdown: – (incomplete window: no row for Feb-17), not just the status', () => {
    expect(toMarkdown(card).split('\n')[2]).toBe('| Admissions, rolling 3 months | Mar-17 | – (incomplete window: no row for Feb-17) | – | – | – | – | – |');
  });

  it('CSV: the status, then the reason in its own column', () => {
    expect(toCsv(card).split('\r\n')[1]).toBe('admissions-3m,"Admissions, rolling 3 months",2017-03,incomplete window,incomplete window: no row for Feb-17,,,,,,,');
  });
});

describe('toCsv: no formula injection (issue 8, point 13)', () => {
  const titled = (title: string, extra: Partial<IndicatorSpecInput> = {}) =>
    toCsv(computeScorecard([{ ...admissions, title, ...extra }], rows, { asOf: '2017-03', months: 1 })).split('\r\n')[1]!;

  it('a title that is a formula is written as text: quote before it, cell quoted', () => {
    expect(titled('=HYPERLINK("http://evil","Click")')).toBe('admissions,"\'=HYPERLINK(""http://evil"",""Click"")",2017-03,ok,,6,6,,,,,,5,,');
  });

  it('every dangerous first character is neutralised: + - @ tab and carriage return too', () => {
    expect(titled('+1+1').split(',')[1]).toBe('"\'+1+1"');
    expect(titled('-1+1').split(',')[1]).toBe('"\'-1+1"');
    expect(titled('@SUM(A1:A9)').split(',')[1]).toBe('"\'@SUM(A1:A9)"');
    expect(titled('\t=1').split(',')[1]).toBe('"\'\t=1"');
    expect(titled('\r=1')).toContain(',"\'\r=1",');
    // Not at the start: left alone.
    expect(titled('Admissions = starts').split(',')[1]).toBe('Admissions = starts');
  });

  it('benchmark labels are text too', () => {
    const line = titled('Admissions', { benchmarks: { england: [{ from: '2017-01', value: 5, label: '=1+2' }] } });
    expect(line.endsWith(',5,"\'=1+2",')).toBe(true);
  });

  it('numbers as printed stay numbers: a negative variance, a relative one, a negative exact value', () => {
    const under: IndicatorSpecInput = { ...reviews, target: 90, benchmarks: {} };
    const relative: IndicatorSpecInput = { ...reviews, id: 'relative', target: 90, variance: 'relative', benchmarks: {} };
    const csv = toCsv(computeScorecard([under, relative], rows, { asOf: '2017-03', months: 1 })).split('\r\n');
    // 81.3% against 90.0%: -8.8 and (81.25 - 90) / 90 = -9.7%.
    expect(csv[1]).toBe('reviews,Reviews | in time,2017-03,ok,,81.3%,81.25,90.0%,-8.8,Green,up,improving');
    expect(csv[2]).toBe('relative,Reviews | in time,2017-03,ok,,81.3%,81.25,90.0%,-9.7%,Green,up,improving');
  });
});
