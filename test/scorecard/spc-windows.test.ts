/**
 * SPC on a scorecard: rolling and year-to-date rows get no chart and say
 * why where it would be; the mean and limits are printed with more
 * decimals than the values, so a point called outside a limit is never
 * shown equal to it; the page's SPC note only when a chart is drawn.
 */
import { describe, expect, it } from 'vitest';
import { addMonths } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';
import { computeScorecard, toHtml, toSpcSvg } from '../../src/scorecard/index.js';
import { indicatorErrorOf } from '../helpers.js';

// examples/cli/data.csv's admissions, April 2016 to September 2017 (sum 301).
const ADMISSIONS = [9, 15, 34, 9, 14, 18, 17, 24, 16, 10, 18, 15, 17, 23, 29, 15, 10, 8];
const rows = ADMISSIONS.map((admissions, i) => ({ period: addMonths('2016-04', i), admissions }));

const inMonth: IndicatorSpecInput = {
  id: 'admissions',
  title: 'Admissions in the month',
  measure: { type: 'count' },
  numerator: 'admissions',
  polarity: 'lower-is-better',
};
const rolling: IndicatorSpecInput = { ...inMonth, id: 'admissions-12m', title: 'Admissions, rolling 12 months', numerator: { field: 'admissions', aggregate: 'sum' }, window: { type: 'rolling', months: 12 } };
const ytd: IndicatorSpecInput = { ...inMonth, id: 'admissions-ytd', title: 'Admissions this year', numerator: { field: 'admissions', aggregate: 'sum' }, window: { type: 'year-to-date' } };

const NOTE = 'SPC charts (XmR, as NHS “Making Data Count”)';

describe('SPC refuses rolling and year-to-date rows', () => {
  const card = computeScorecard([inMonth, rolling, ytd], rows, { asOf: '2017-09' });

  it('rows carry their window', () => {
    expect(card.rows.map((r) => r.window)).toEqual([{ type: 'period' }, { type: 'rolling', months: 12 }, { type: 'year-to-date', yearStartMonth: 4 }]);
  });

  it('toSpcSvg throws INVALID_DATA at spec.window for a rolling row', () => {
    const e = indicatorErrorOf(() => toSpcSvg(card.rows[1]!));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]!.code).toBe('bad-choice');
    expect(e.issues[0]!.path).toBe('spec.window');
  });

  it('the page says why where the chart would be, and keeps the note for the chart it draws', () => {
    const html = toHtml(card, { spc: true });
    expect(html).toContain(
      '<p class="notes spc-none">No SPC chart: &quot;admissions-12m&quot; is a rolling 12-month figure: each month&#39;s figure shares 11 of its 12 months with the next, so the points are not independent and their moving ranges are too small, and the chart would call that special cause; chart the monthly figure instead: the same spec with window { type: &quot;period&quot; }.</p>',
    );
    expect(html).toContain('<p class="notes spc-none">No SPC chart: &quot;admissions-ytd&quot; is a year-to-date figure: each month&#39;s figure is the one before plus a month, starting again each April,');
    expect(html.match(/<figure class="spc">/g)).toHaveLength(1);
    expect(html).toContain(NOTE);
  });

  it('no chart drawn: no note on reading one', () => {
    const html = toHtml(computeScorecard([rolling, ytd], rows, { asOf: '2017-09' }), { spc: true });
    expect(html).not.toContain(NOTE);
    expect(html.match(/No SPC chart/g)).toHaveLength(2);
  });
});

describe('the mean and limits are printed with more decimals than the values', () => {
  it('admissions: "34 is outside 0 to 34" is now outside -0.2 to 33.7', () => {
    const { chart, svg } = toSpcSvg(computeScorecard([inMonth], rows, { asOf: '2017-09' }).rows[0]!);
    // Mean 301 / 18 = 16.72; moving ranges sum 127 over 17 (mean 7.47), July's 25 is 3.267 of them or more and is
    // screened: 102 / 16 = 6.375; limits 16.72 +/- 2.66 x 6.375 = 33.68 and -0.24.
    expect(chart.segments[0]!.upperLimit).toBeCloseTo(33.68, 2);
    expect(chart.segments[0]!.lowerLimit).toBeCloseTo(-0.24, 2);
    expect(svg).toContain('mean 16.7, process limits -0.2 to 33.7; special cause: concern in Jun-16 (outside the process limits)');
    // The axis labels the lines alike.
    expect(svg).toContain('>33.7</text>');
    expect(svg).toContain('>-0.2</text>');
    expect(svg).toContain('>16.7</text>');
  });

  it('two more decimals when one would print an outside point equal to its limit', () => {
    // Upper limit 18.976...: at one decimal 19.0, the outside point's own value; at two, 18.98.
    const values = [11, 13, 10, 10, 12, 11, 15, 13, 14, 10, 13, 12, 11, 19];
    const series = values.map((n, i) => ({ period: addMonths('2017-01', i), n }));
    const spec: IndicatorSpecInput = { id: 'n', title: 'N', measure: { type: 'count' }, numerator: 'n', polarity: 'lower-is-better' };
    const { chart, svg } = toSpcSvg(computeScorecard([spec], series, { asOf: '2018-02', months: 14 }).rows[0]!);
    expect(chart.points[13]!.rule).toBe('outside-limits');
    expect(svg).toContain('mean 12.43, process limits 5.88 to 18.98; special cause: concern in Feb-18 (outside the process limits)');
  });
});
