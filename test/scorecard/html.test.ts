/**
 * toHtml and toSvg: one self-contained, script-free, well-formed page;
 * accessible charts; RAG never by colour alone; everything escaped.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorSpecInput } from 'council-indicators';
import { computeScorecard, toHtml, toSvg } from '../../src/scorecard/index.js';
import { admissions, admissionsRolling as rolling, cicRate, reviews, rows } from './fixtures.js';
import { sampleRows, sampleSpecs } from './sample.js';

const card = computeScorecard([reviews, cicRate, admissions], rows, { asOf: '2017-03', months: 3 });
const html = toHtml(card);
const sample = toHtml(computeScorecard(sampleSpecs, sampleRows, { asOf: '2017-09' }), { title: 'Sample' });

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Problems with the nesting of tags: unclosed, stray or crossed. */
function tagProblems(doc: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = doc.replace(/<!DOCTYPE html>/i, '').replace(/<style>[\s\S]*?<\/style>/, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const [, closing, name, rest] = m as unknown as [string, string, string, string];
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!VOID.has(name) && !rest.trimEnd().endsWith('/')) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

const attrs = (doc: string, name: string): string[] => [...doc.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const svgs = (doc: string): string[] => doc.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];

describe('toHtml: one valid, self-contained HTML5 page', () => {
  for (const [name, doc] of [
    ['small', html],
    ['sample', sample],
  ] as const) {
    it(`${name}: doctype, lang, charset, viewport, title`, () => {
      expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
      expect(doc).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(doc.slice(0, doc.indexOf('</head>')).match(/<title>/g)).toHaveLength(1);
      expect(doc.trimEnd().endsWith('</html>')).toBe(true);
    });

    it(`${name}: tags nest properly, ids are unique and every reference resolves`, () => {
      expect(tagProblems(doc)).toEqual([]);
      const ids = attrs(doc, 'id');
      expect(new Set(ids).size).toBe(ids.length);
      const refs = [...attrs(doc, 'aria-labelledby').flatMap((v) => v.split(' ')), ...attrs(doc, 'href').map((h) => h.replace(/^#/, ''))];
      expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    });

    it(`${name}: no script, no event handlers, nothing fetched`, () => {
      expect(doc).not.toMatch(/<script/i);
      expect(doc).not.toMatch(/\son\w+=/i);
      expect([...new Set(doc.match(/https?:\/\/[^\s"'<>)]*/g))]).toEqual(['http://www.w3.org/2000/svg']);
      expect(doc).not.toMatch(/\ssrc=|url\(|@import|<link|<img|<iframe/i);
      for (const href of attrs(doc, 'href')) expect(href.startsWith('#')).toBe(true);
    });

    it(`${name}: one <svg role="img"> per indicator, labelled by its <title> and <desc>`, () => {
      const charts = svgs(doc);
      const count = name === 'small' ? 3 : 4;
      expect(charts).toHaveLength(count);
      expect(doc.match(/<section class="indicator"/g)).toHaveLength(count);
      expect(doc.match(/<details>/g)).toHaveLength(count);
      for (const svg of charts) {
        const [, t, d] = /^<svg[^>]*\brole="img"[^>]*\baria-labelledby="([^" ]+) ([^" ]+)"/.exec(svg) ?? [];
        expect(svg).toContain(`<title id="${t}">`);
        expect(svg).toContain(`<desc id="${d}">`);
      }
    });
  }

  it('writes RAG as a coloured cell with a letter and a word, and direction as an arrow and a word', () => {
    expect(html).toContain('<td class="rag rag-green"><span class="letter" aria-hidden="true">G</span>Green</td>');
    expect(sample).toContain('<td class="rag rag-red"><span class="letter" aria-hidden="true">R</span>Red</td>');
    expect(sample).toContain('<td class="rag rag-amber"><span class="letter" aria-hidden="true">A</span>Amber</td>');
    expect(html).toContain('<td class="nowrap"><span aria-hidden="true">↑</span> up</td>');
    expect(sample).toContain('<span aria-hidden="true">→</span> same');
    // The CSS colours the cells.
    expect(html).toMatch(/\.rag-green\{background:#[0-9a-f]{6}/);
  });

  it('summarises each row: value, target, variance, trend and benchmarks in the table', () => {
    const tr = /<tr><th scope="row"><a href="#ind-reviews">[\s\S]*?<\/tr>/.exec(html)![0];
    expect(tr).toContain('<td class="num">81.3%</td><td class="num">80.0%</td><td class="num">1.3</td>');
    expect(tr).toContain('<span class="improving">improving</span>');
    expect(tr).toContain('<td class="num bench">75.0%<small>2016</small><small>ours better</small></td>');
    // Columns: England then statistical neighbours; none for reviews.
    expect(tr.endsWith('<td class="num"><span class="none" aria-label="none">–</span></td></tr>')).toBe(true);
  });

  it('says why a value is missing', () => {
    const feb = toHtml(computeScorecard([admissions], rows, { asOf: '2017-02', months: 2 }));
    expect(feb).toContain('<td class="num"><span class="status">missing data: admitted has no figure for Feb-17</span></td>');
  });

  it('escapes every text from specs and options', () => {
    const nasty: IndicatorSpecInput = { ...reviews, title: 'Care <b>&" leavers', benchmarks: { england: [{ from: '2017-01', value: 75, label: "<i>'16" }] } };
    const doc = toHtml(computeScorecard([nasty], rows, { asOf: '2017-03', months: 3 }), { title: 'Pack <script>alert(1)</script>' });
    expect(doc).not.toContain('<b>');
    expect(doc).not.toContain('<i>');
    expect(doc).not.toMatch(/<script/i);
    expect(doc).toContain('<title>Pack &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(doc).toContain('<h1>Pack &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    // Table, section heading, chart title, chart description, data table caption.
    expect(doc.split('Care &lt;b&gt;&amp;&quot; leavers').length - 1).toBe(5);
    expect(doc).toContain('&lt;i&gt;&#39;16');
    expect(tagProblems(doc)).toEqual([]);
  });

  it('defaults the title to the month', () => {
    expect(html).toContain('<title>Scorecard, March 2017</title>');
    expect(html).toContain('Charts show the 3 months to Mar-17.');
  });
});

describe('toSvg: the chart', () => {
  const row = (id: string) => card.rows.find((r) => r.id === id)!;

  it('describes the series in words', () => {
    expect(toSvg(row('cic-rate'))).toContain(
      '<desc id="chart-cic-rate-desc">Children in care per 10,000, monthly from Jan-17 to Mar-17: 68.0 in Jan-17 to 68.0 in Mar-17 (lowest 67.0 in Feb-17, highest 68.0 in Jan-17); latest 68.0 against target 65.0.</desc>',
    );
    expect(toSvg(row('admissions'))).toContain(
      '<desc id="chart-admissions-desc">Admissions, monthly from Jan-17 to Mar-17: 4 in Jan-17 to 6 in Mar-17 (lowest 4 in Jan-17, highest 6 in Mar-17); latest 6; no value in Feb-17 (missing data: admitted has no figure for Feb-17).</desc>',
    );
    expect(toSvg(row('reviews'))).toContain('latest 81.3% (green) against target 80.0%.</desc>');
    const april = computeScorecard([reviews], rows, { asOf: '2017-04', months: 2 }).rows[0]!;
    expect(toSvg(april)).toContain(': one value, 81.3% in Mar-17; latest, Apr-17: no value (missing data: no row for Apr-17) against target 80.0%.</desc>');
    const none = computeScorecard([reviews], [], { asOf: '2017-04', months: 2 }).rows[0]!;
    expect(toSvg(none)).toContain(
      'monthly from Mar-17 to Apr-17: no month has a value; latest, Apr-17: no value (missing data: no row for Apr-17) against target 80.0%; no value in Mar-17 (missing data: no row for Mar-17).</desc>',
    );
  });

  it('titles the chart and takes another id prefix', () => {
    const svg = toSvg(row('reviews'), { id: 'x1' });
    expect(svg).toContain('aria-labelledby="x1-title x1-desc"');
    expect(svg).toContain('<title id="x1-title">Reviews | in time: the 3 months to Mar-17</title>');
  });

  it('marks each point by RAG with a shape and a tooltip: amber diamond, green circles', () => {
    const svg = toSvg(row('reviews'));
    expect(svg).toContain('<title>Jan-17: 75.0%, Amber, target 80.0%</title><path d="M');
    expect(svg).toContain('<title>Feb-17: 80.0%, Green, target 80.0%</title><circle');
    expect(svg).toContain('<title>Mar-17: 81.3%, Green, target 80.0%</title><circle');
    // The key names each rating drawn, in words.
    expect(svg).toMatch(/>Green<\/text>/);
    expect(svg).toMatch(/>Amber<\/text>/);
    expect(svg).not.toMatch(/>Red<\/text>/);
  });

  it('draws the target as a dashed line that steps where it changes', () => {
    const target = /<path d="([^"]*)" fill="none" stroke="#1f2328" stroke-width="1.5" stroke-dasharray="6 4"\/>/.exec(toSvg(row('cic-rate')))!;
    // January and February at 70, then a vertical step down to 65 for March.
    expect(target[1]!.match(/[MHV]/g)).toEqual(['M', 'H', 'V', 'H']);
    // A target that stops and starts again is broken, not joined.
    const gap: IndicatorSpecInput = { ...reviews, target: [{ from: '2017-01', value: 80 }, { from: '2017-02', value: null }, { from: '2017-03', value: 80 }] };
    const gapSvg = toSvg(computeScorecard([gap], rows, { asOf: '2017-03', months: 3 }).rows[0]!);
    const d = /<path d="([^"]*)" fill="none" stroke="#1f2328" stroke-width="1.5" stroke-dasharray/.exec(gapSvg)![1]!;
    expect(d.match(/[MHV]/g)).toEqual(['M', 'H', 'M', 'H']);
    expect(toSvg(row('admissions'))).not.toContain('stroke-dasharray');
  });

  it('leaves a gap marked n/a for a month without a value', () => {
    const svg = toSvg(row('admissions'));
    const line = /<path d="([^"]*)" fill="none" stroke="#24527a"/.exec(svg)![1]!;
    expect(line.match(/[ML]/g)).toEqual(['M', 'M']);
    expect(svg.match(/>n\/a<\/text>/g)).toHaveLength(1);
    expect(svg).toContain('>No rating</text>');
  });

  it('labels months and values: every month of a short series, value ticks with units', () => {
    const svg = toSvg(row('reviews'));
    for (const m of ['Jan-17', 'Feb-17', 'Mar-17']) expect(svg).toContain(`>${m}</text>`);
    expect(svg).toMatch(/>80%<\/text>/);
    const long = toSvg(computeScorecard([reviews], rows, { asOf: '2017-03' }).rows[0]!);
    // 18 months: every second label, ending at the last month.
    expect(long.match(/text-anchor="middle" fill="#1f2328">[A-Z][a-z]{2}-\d\d</g)).toHaveLength(9);
    expect(long).toContain('>Mar-17</text>');
    expect(long).not.toContain('>Feb-17</text>');
  });

  it('never ticks a count axis at fractions, even when every value is 0', () => {
    const zeros = computeScorecard([admissions], [{ period: '2017-02', admitted: 0 }, { period: '2017-03', admitted: 0 }], { asOf: '2017-03', months: 2 });
    const ticks = [...toSvg(zeros.rows[0]!).matchAll(/text-anchor="end" fill="#57606a">([^<]*)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['0', '1']);
  });
});

describe('why a value is missing, in words (issue 8, point 3)', () => {
  // No row for 2017-02: February has no row, March and April's windows lack it; May's window is whole but its admitted is null.
  const gappy = [
    { period: '2016-11', admitted: 2 },
    { period: '2016-12', admitted: 3 },
    { period: '2017-01', admitted: 4 },
    { period: '2017-03', admitted: 6 },
    { period: '2017-04', admitted: 5 },
    { period: '2017-05', admitted: null },
  ];
  const card = computeScorecard([rolling], gappy, { asOf: '2017-05', months: 5 });
  const doc = toHtml(card);

  it('the summary table and the headline say why', () => {
    expect(doc).toContain('<td class="num"><span class="status">missing data: admitted has no figure for May-17</span></td>');
    expect(doc).toContain('<span class="big"><span class="status">missing data: admitted has no figure for May-17</span></span>');
  });

  it('the chart description groups consecutive months with the same status and says what they lack', () => {
    expect(toSvg(card.rows[0]!)).toContain(
      '<desc id="chart-admissions-3m-desc">Admissions, rolling 3 months, monthly from Jan-17 to May-17: one value, 9 in Jan-17; latest, May-17: no value (missing data: admitted has no figure for May-17); no value in Feb-17 (missing data: no row for Feb-17); no value in Mar-17 to Apr-17 (incomplete window: no row for Feb-17).</desc>',
    );
  });

  it('each month without a value has a tooltip and a data-table cell that say why', () => {
    const svg = toSvg(card.rows[0]!);
    expect(svg).toContain('<g><title>Mar-17: no value (incomplete window: no row for Feb-17)</title><text');
    expect(svg.match(/<title>[A-Z][a-z]{2}-17: no value \(/g)).toHaveLength(4);
    expect(doc).toContain('<tr><th scope="row">Apr-17</th><td class="num"><span class="status">incomplete window: no row for Feb-17</span></td>');
    expect(tagProblems(doc)).toEqual([]);
  });

  it('escapes the field names it quotes', () => {
    const odd: IndicatorSpecInput = { ...admissions, id: 'odd', numerator: '<b>' };
    const html = toHtml(computeScorecard([odd], [{ period: '2017-03', '<b>': null }], { asOf: '2017-03', months: 1 }));
    expect(html).toContain('missing data: &lt;b&gt; has no figure for Mar-17');
    expect(html).not.toContain('<b>');
  });
});

describe('interval whiskers and SPC charts (issue 10)', () => {
  const months = ['2016-01', '2016-02', '2016-03', '2016-04', '2016-05', '2016-06', '2016-07', '2016-08', '2016-09', '2016-10', '2016-11', '2016-12', '2017-01', '2017-02'];
  const counts = [10, 12, 11, 13, 12, 10, 11, 12, 13, 11, 12, 10, 11, 25];
  const spcSpec: IndicatorSpecInput = { id: 'missing', title: 'Missing episodes', measure: { type: 'count' }, numerator: 'n', polarity: 'lower-is-better', target: 15 };
  const spcRows = months.map((period, i) => ({ period, n: counts[i]! }));
  const spcCard = computeScorecard([spcSpec], spcRows, { asOf: '2017-02', months: 14 });

  it('spc: true adds an XmR chart per indicator, its icons as data and in words, and keeps the page valid', () => {
    const doc = toHtml(spcCard, { spc: true });
    expect(svgs(doc)).toHaveLength(2);
    expect(doc).toContain('<p class="spc-icons" data-variation="concern" data-assurance="inconsistent">');
    expect(doc).toContain('<span class="letter" aria-hidden="true">H</span>Variation: special cause: concern</span>');
    expect(doc).toContain('Assurance: hit and miss: the target is within the process limits</span>');
    const spc = svgs(doc)[1]!;
    expect(spc).toContain('role="img" aria-labelledby="spc-missing-title spc-missing-desc" data-variation="concern" data-assurance="inconsistent"');
    expect(spc).toContain(
      '<desc id="spc-missing-desc">XmR chart of Missing episodes, Jan-16 to Feb-17: mean 12.4, process limits 8.6 to 16.1; special cause: concern in Feb-17 (outside the process limits); latest, Feb-17: special cause: concern; against the target 15, the process hit and miss: the target is within the process limits.</desc>',
    );
    expect(spc).toContain('<title>Feb-17: 25, special cause: concern (outside the process limits)</title><rect');
    expect(tagProblems(doc)).toEqual([]);
    const ids = attrs(doc, 'id');
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc).not.toMatch(/<script/i);
    // Without the option, no SPC chart.
    expect(toHtml(spcCard)).not.toContain('<p class="spc-icons"');
  });

  it('a month without a value: no SPC chart, and the page says why', () => {
    const gappy = computeScorecard([spcSpec], spcRows.filter((r) => r.period !== '2016-06'), { asOf: '2017-02', months: 14 });
    const doc = toHtml(gappy, { spc: true });
    expect(svgs(doc)).toHaveLength(1);
    expect(doc).toContain('<p class="notes spc-none">No SPC chart: Jun-16 (2016-06) has no value (missing data: no row for Jun-16): an XmR chart needs every month;');
    // With gaps: "rebase" the chart starts again after the gap.
    const rebased = toHtml(gappy, { spc: { gaps: 'rebase' } });
    expect(svgs(rebased)).toHaveLength(2);
    expect(rebased).toContain('Jan-16 to May-16: mean');
  });

  it('draws a whisker per confidence level and says so in words', () => {
    const row = card.rows.find((r) => r.id === 'reviews')!;
    const withIntervals = {
      ...row,
      series: row.series.map((p) =>
        p.rounded === null
          ? p
          : {
              ...p,
              intervals: [
                { level: 0.95, lower: p.rounded - 5, upper: p.rounded + 5, formattedLower: `${(p.rounded - 5).toFixed(1)}%`, formattedUpper: `${(p.rounded + 5).toFixed(1)}%` },
                { level: 0.998, lower: p.rounded - 9, upper: p.rounded + 9, formattedLower: `${(p.rounded - 9).toFixed(1)}%`, formattedUpper: `${(p.rounded + 9).toFixed(1)}%` },
              ],
            },
      ),
    };
    const svg = toSvg(withIntervals);
    expect(svg.match(/stroke="#57606a" stroke-width="2.5"\/>/g)).toHaveLength(3 + 1);
    expect(svg.match(/stroke="#57606a" stroke-width="1.25"\/>/g)).toHaveLength(3 + 1);
    expect(svg).toContain('<title>Mar-17: 81.3%, Green, 95% interval 76.3% to 86.3%, 99.8% interval 72.3% to 90.3%, target 80.0%</title>');
    expect(svg).toContain('latest 81.3% (green), 95% interval 76.3% to 86.3%, 99.8% interval 72.3% to 90.3% against target 80.0%; whiskers show 95% and 99.8% confidence intervals.</desc>');
    expect(svg).toContain('>95% interval</text>');
    // Absent intervals draw none.
    expect(toSvg(row)).not.toContain('interval');
  });
});
