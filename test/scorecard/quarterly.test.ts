/**
 * Quarterly and yearly scorecards: monthly rows reported every quarter or
 * year (`every`), quarterly and yearly rows, `asOf` read strictly at the
 * scorecard's frequency, `periods`, mixed frequencies, and the labels of
 * every output (`Q2 2017-18`, `2017-18`, never a month name for a
 * quarter). Every figure is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator } from 'council-indicators';
import type { IndicatorSpecInput } from 'council-indicators';
import { computeScorecard, toCsv, toHtml, toMarkdown, toSpcSvg, toSvg } from '../../src/scorecard/index.js';
import type { ScorecardRow } from '../../src/scorecard/index.js';
import { indicatorErrorOf } from '../helpers.js';

/** Visits in time: a percentage of two flows, summed over a quarter; red below 85%, green from 85%. */
const visits: IndicatorSpecInput = {
  id: 'visits',
  title: 'Visits in time',
  measure: { type: 'percentage' },
  numerator: { field: 'inTime', aggregate: 'sum' },
  denominator: { field: 'due', aggregate: 'sum' },
  polarity: 'higher-is-better',
  target: 90,
  rag: {
    bands: [
      { rating: 'red', max: 85, maxInclusive: false },
      { rating: 'green', min: 85, minInclusive: true },
    ],
  },
  // Read at a quarter's first month, as targets are (a step inside a quarter is refused by the spec's checks).
  benchmarks: {
    england: [
      { from: '2016-04', value: 85, label: '2016-17' },
      { from: '2017-07', value: 87, label: 'Q2 2017-18' },
    ],
  },
};

/** Visits in time reported by the year: its benchmark steps at a year's first month (a step inside a reported year is refused). */
const visitsYearly: IndicatorSpecInput = { ...visits, id: 'visits', benchmarks: { england: [{ from: '2016-04', value: 85, label: '2016-17' }] } };

/** Children in care: a snapshot, the quarter's last month. */
const cic: IndicatorSpecInput = {
  id: 'cic',
  title: 'Children in care',
  measure: { type: 'count' },
  numerator: { field: 'cic', aggregate: 'last' },
  polarity: 'lower-is-better',
  target: 310,
};

// Monthly rows, October 2016 to September 2017 (four calendar quarters):
//   2016-Q4 (Oct-Dec): in time 7 + 8 + 9 = 24 of 30 = 80.0%; children in care at December 300
//   2017-Q1 (Jan-Mar): 9 + 9 + 9 = 27 of 30 = 90.0%; at March 310
//   2017-Q2 (Apr-Jun): 8 + 9 + 10 = 27 of 30 = 90.0%; at June 305
//   2017-Q3 (Jul-Sep): 9 + 7 + 8 = 24 of 30 = 80.0%; at September 320
const MONTHS = ['2016-10', '2016-11', '2016-12', '2017-01', '2017-02', '2017-03', '2017-04', '2017-05', '2017-06', '2017-07', '2017-08', '2017-09'];
const IN_TIME = [7, 8, 9, 9, 9, 9, 8, 9, 10, 9, 7, 8];
const CIC = [290, 295, 300, 302, 306, 310, 300, 301, 305, 315, 318, 320];
const monthly = MONTHS.map((period, i) => ({ period, inTime: IN_TIME[i]!, due: 10, cic: CIC[i]! }));

// The same four quarters as quarterly rows.
const quarterly = [
  { period: '2016-Q4', inTime: 24, due: 30, cic: 300 },
  { period: '2017-Q1', inTime: 27, due: 30, cic: 310 },
  { period: '2017-Q2', inTime: 27, due: 30, cic: 305 },
  { period: '2017-Q3', inTime: 24, due: 30, cic: 320 },
];

const byQuarter = computeScorecard([visits, cic], monthly, { asOf: '2017-Q3', every: 'quarter' });
const ofQuarters = computeScorecard([visits, cic], quarterly, { asOf: '2017-Q3' });
const row = (card: { rows: ScorecardRow[] }, id: string): ScorecardRow => card.rows.find((r) => r.id === id)!;

/** A month label such as `Sep-17`, or a month's name: never printed for a quarter or a year. */
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d\d\b|January|February|March|April|May|June|July|August|September|October|November|December/;

describe('a quarterly scorecard from monthly rows (every: "quarter")', () => {
  it('records its frequency, asOf a quarter, and 8 quarters by default (24 months)', () => {
    expect(byQuarter.asOf).toBe('2017-Q3');
    expect(byQuarter.frequency).toBe('quarter');
    expect(byQuarter.periods).toBe(8);
    expect(byQuarter.months).toBe(24);
    expect(byQuarter.rows.map((r) => [r.period, r.frequency])).toEqual([
      ['2017-Q3', 'quarter'],
      ['2017-Q3', 'quarter'],
    ]);
  });

  it('sums flows over the quarter and takes snapshots at its last month, against the quarter before', () => {
    const v = row(byQuarter, 'visits');
    // 24 / 30 = 80.0%, 10.0 points under 90; red (under 85); down from Q2's 90.0%.
    expect([v.status, v.exact, v.formatted, v.formattedTarget, v.formattedVariance, v.rag, v.direction, v.trend]).toEqual(['ok', '80', '80.0%', '90.0%', '-10.0', 'red', 'down', 'worsening']);
    const c = row(byQuarter, 'cic');
    // September's 320, up from June's 305; 10 over the target of 310.
    expect([c.formatted, c.formattedVariance, c.direction, c.trend]).toEqual(['320', '10', 'up', 'worsening']);
  });

  it('reads benchmarks at the first month of the quarter, as targets are', () => {
    // July 2017's step (87): 80.0% is worse; in 2017-Q2, April's (85).
    expect(row(byQuarter, 'visits').benchmarks).toEqual([{ name: 'england', label: 'Q2 2017-18', value: 87, formatted: '87.0%', comparison: 'worse' }]);
    const q2 = computeScorecard([visits], monthly, { asOf: '2017-Q2', every: 'quarter', periods: 1 });
    expect(q2.rows[0]!.benchmarks[0]!.value).toBe(85);
  });

  it('has the series computeIndicator reports every quarter, oldest first', () => {
    for (const spec of [visits, cic]) {
      const direct = computeIndicator(spec, monthly, { from: '2015-Q4', to: '2017-Q3', every: 'quarter' }).periods;
      expect(row(byQuarter, spec.id).series).toEqual(direct);
    }
    const v = row(byQuarter, 'visits').series;
    expect(v.map((p) => p.period)).toEqual(['2015-Q4', '2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4', '2017-Q1', '2017-Q2', '2017-Q3']);
    expect(v.map((p) => p.formatted)).toEqual([null, null, null, null, '80.0%', '90.0%', '90.0%', '80.0%']);
  });

  it('takes periods for the length of the series', () => {
    const card = computeScorecard([visits], monthly, { asOf: '2017-Q3', every: 'quarter', periods: 2 });
    expect([card.periods, card.months]).toEqual([2, 6]);
    expect(card.rows[0]!.series.map((p) => p.period)).toEqual(['2017-Q2', '2017-Q3']);
  });

  it('a quarter with a month missing is an incomplete window, naming the month', () => {
    const gappy = monthly.filter((r) => r.period !== '2017-08');
    const v = computeScorecard([visits], gappy, { asOf: '2017-Q3', every: 'quarter', periods: 1 }).rows[0]!;
    expect(v.status).toBe('incomplete-window');
    expect(v.missingMonths).toEqual(['2017-08']);
  });
});

describe('a scorecard of quarterly rows', () => {
  it('reports quarterly without every, with the figures of the same months reported every quarter', () => {
    expect([ofQuarters.frequency, ofQuarters.periods, ofQuarters.months]).toEqual(['quarter', 8, 24]);
    for (const id of ['visits', 'cic']) {
      const a = row(ofQuarters, id);
      const b = row(byQuarter, id);
      expect([a.period, a.exact, a.formatted, a.formattedVariance, a.rag, a.direction, a.trend, a.benchmarks]).toEqual([
        b.period,
        b.exact,
        b.formatted,
        b.formattedVariance,
        b.rag,
        b.direction,
        b.trend,
        b.benchmarks,
      ]);
      expect(a.series.map((p) => p.formatted)).toEqual(b.series.map((p) => p.formatted));
    }
  });

  it('works with specs that say frequency: "quarter", and reports them every year', () => {
    const specs = [{ ...visitsYearly, frequency: 'quarter' as const }, { ...cic, frequency: 'quarter' as const }];
    expect(row(computeScorecard(specs, quarterly, { asOf: '2017-Q3', periods: 2 }), 'cic').formatted).toBe('320');
    // 2017 calendar year from its four quarters would need 2017-Q4: 2016 is incomplete, 2017 has Q1 to Q3 only.
    const yearly = computeScorecard(specs, quarterly, { asOf: '2017', every: 'calendar-year', periods: 1 });
    expect(yearly.frequency).toBe('calendar-year');
    expect(yearly.rows[0]!.status).toBe('missing-data');
    expect(yearly.rows[0]!.missingMonths).toEqual(['2017-Q4']);
  });
});

describe('yearly scorecards', () => {
  // April 2016 to March 2018: 9 of 10 in time every month of 2016-17 (108 / 120 = 90.0%), 8 of 10 in 2017-18 (96 / 120 = 80.0%).
  const fyRows = Array.from({ length: 24 }, (_, i) => {
    const m = 2016 * 12 + 3 + i;
    return { period: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, inTime: i < 12 ? 9 : 8, due: 10, cic: 300 + i };
  });

  it('financial years from monthly rows (every: "year"): asOf 2017-18, 5 years by default', () => {
    const card = computeScorecard([visitsYearly, cic], fyRows, { asOf: '2017-18', every: 'year' });
    expect([card.frequency, card.periods, card.months]).toEqual(['financial-year', 5, 60]);
    const v = row(card, 'visits');
    expect([v.formatted, v.direction, v.trend]).toEqual(['80.0%', 'down', 'worsening']);
    expect(v.series.map((p) => [p.period, p.formatted])).toEqual([
      ['2013-14', null],
      ['2014-15', null],
      ['2015-16', null],
      ['2016-17', '90.0%'],
      ['2017-18', '80.0%'],
    ]);
    // March 2018, the year's last month: 300 + 23.
    expect(row(card, 'cic').formatted).toBe('323');
    // The benchmark in force in April 2017, the year's first month.
    expect(v.benchmarks[0]!.value).toBe(85);
    expect(computeScorecard([visitsYearly], fyRows, { asOf: '2017-18', every: 'financial-year', periods: 2 }).rows[0]!.series.map((p) => p.formatted)).toEqual(['90.0%', '80.0%']);
  });

  it('financial-year rows whose keys are also months, when the specs say so', () => {
    const specs = [{ ...cic, frequency: 'financial-year' as const }];
    const rows = [
      { period: '2010-11', cic: 280 },
      { period: '2011-12', cic: 290 },
    ];
    const card = computeScorecard(specs, rows, { asOf: '2011-12', periods: 2 });
    expect(card.frequency).toBe('financial-year');
    expect(card.rows[0]!.series.map((p) => [p.period, p.formatted])).toEqual([
      ['2010-11', '280'],
      ['2011-12', '290'],
    ]);
    expect(toMarkdown(card).split('\n')[2]).toBe('| Children in care | 2011-12 | 290 | 310 | -20 | – | ↑ up | worsening |');
  });

  it('calendar years from monthly rows: asOf 2017', () => {
    const card = computeScorecard([cic], fyRows, { asOf: '2017', every: 'calendar-year', periods: 1 });
    // December 2017 is the 21st month from April 2016: 300 + 20.
    expect([card.frequency, card.rows[0]!.formatted]).toEqual(['calendar-year', '320']);
  });
});

describe('options at the scorecard frequency, read strictly', () => {
  it('a month with every is INVALID_OPTIONS, saying to give a quarter and which one', () => {
    const e = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-09', every: 'quarter' }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([
      {
        code: 'bad-period',
        path: 'asOf',
        message: 'asOf "2017-09" is a month, but this scorecard reports quarterly (every "quarter"): give a quarter in YYYY-Qn form, e.g. "2017-Q2"; the month 2017-09 falls in "2017-Q3"',
      },
    ]);
    const fy = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-Q3', every: 'year' }));
    expect(fy.issues[0]!.message).toBe('asOf "2017-Q3" is a quarter, but this scorecard reports by financial year (every "year"): give a financial year in YYYY-YY form, e.g. "2017-18"');
  });

  it('a quarter without every over monthly rows is INVALID_OPTIONS, saying to give a month or every', () => {
    const e = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-Q3' }));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]!.path).toBe('asOf');
    expect(e.issues[0]!.message).toBe(
      'asOf "2017-Q3" is a quarter, but this scorecard reports monthly (the rows are months and every is not given): give a month in YYYY-MM form, e.g. "2017-09"; to report quarters of monthly rows, give every: "quarter"',
    );
    expect(indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-18' })).issues[0]!.message).toContain('give every: "year"');
  });

  it('a month over quarterly rows is INVALID_OPTIONS, saying to give a quarter', () => {
    const e = indicatorErrorOf(() => computeScorecard([visits], quarterly, { asOf: '2017-09' }));
    expect(e.issues[0]!.message).toBe(
      'asOf "2017-09" is a month, but this scorecard reports quarterly (the rows are quarters and every is not given): give a quarter in YYYY-Qn form, e.g. "2017-Q2"; the month 2017-09 falls in "2017-Q3"',
    );
  });

  it('a quarter as reports print it is not a key: the message gives its key (parseReportingPeriod reads it)', () => {
    for (const every of [undefined, 'quarter'] as const) {
      const e = indicatorErrorOf(() => computeScorecard([visits], monthly, every === undefined ? { asOf: 'Q2 2017-18' } : { asOf: 'Q2 2017-18', every }));
      expect(e.issues[0]!.code).toBe('bad-period');
      expect(e.issues[0]!.message).toBe(
        'asOf "Q2 2017-18" is a quarter as reports print it, not a period key: its key is "2017-Q3" (parseReportingPeriod reads such forms): give asOf: "2017-Q3"',
      );
    }
    // A quarter's form at a yearly scorecard: its key, and the form the scorecard needs.
    expect(indicatorErrorOf(() => computeScorecard([visitsYearly], monthly, { asOf: 'Q2 2017-18', every: 'year' })).issues[0]!.message).toBe(
      'asOf "Q2 2017-18" is a quarter as reports print it, not a period key: its key is "2017-Q3" (parseReportingPeriod reads such forms), but this scorecard reports by financial year (every "year"): give a financial year in YYYY-YY form, e.g. "2017-18"',
    );
    // "Q2 2017" is ambiguous: parseReportingPeriod's reason, never a guess.
    const ambiguous = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: 'Q2 2017', every: 'quarter' })).issues[0]!.message;
    expect(ambiguous).toMatch(/^asOf "Q2 2017" is ambiguous, and is never guessed: .*; this scorecard reports quarterly \(every "quarter"\): give a quarter in YYYY-Qn form, e.g. "2017-Q2"$/);
    expect(indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: 'soon', every: 'quarter' })).issues[0]!.message).toBe(
      'asOf "soon" is not a key of any frequency, and this scorecard reports quarterly (every "quarter"): give a quarter in YYYY-Qn form, e.g. "2017-Q2"',
    );
  });

  it('every must be a frequency to report at', () => {
    const e = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-09', every: 'month' as never }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'every']]);
    expect(e.issues[0]!.message).toContain('write "quarter", "year"');
  });

  it('months and periods: not both, and months only on a monthly scorecard', () => {
    const both = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-09', months: 6, periods: 6 }));
    expect(both.issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'months']]);
    expect(both.issues[0]!.message).toContain('give months or periods, not both');
    const withEvery = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-Q3', every: 'quarter', months: 12 }));
    expect(withEvery.issues[0]!.message).toBe(
      'months counts months, and this scorecard reports quarterly (every "quarter"): give periods, the number of quarters in each series (default 8), instead of months 12',
    );
    const overQuarters = indicatorErrorOf(() => computeScorecard([visits], quarterly, { asOf: '2017-Q3', months: 12 }));
    expect(overQuarters.issues[0]!.message).toContain('give periods');
    // periods on a monthly scorecard is months by another name.
    expect(computeScorecard([visits], monthly, { asOf: '2017-09', periods: 3 }).months).toBe(3);
    expect(computeScorecard([visits], monthly, { asOf: '2017-09', periods: 3 }).frequency).toBe('month');
  });

  it('periods must be a whole number from 1 to 1200, starting in year 1000 at the earliest', () => {
    for (const periods of [0, 2.5, 1201, '8']) {
      const e = indicatorErrorOf(() => computeScorecard([visits], monthly, { asOf: '2017-Q3', every: 'quarter', periods: periods as never }));
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'periods']]);
    }
    const early = indicatorErrorOf(() => computeScorecard([visits], [], { asOf: '1001-Q1', every: 'quarter', periods: 6 }));
    expect(early.issues).toEqual([
      { code: 'out-of-range', path: 'periods', message: 'the 6 quarters to 1001-Q1 start before 1000-Q1, the first supported: give fewer periods' },
    ]);
    expect(computeScorecard([visits], [], { asOf: '1001-Q1', every: 'quarter', periods: 5 }).rows[0]!.series[0]!.period).toBe('1000-Q1');
  });
});

describe('frequencies that do not mix', () => {
  it('specs of different frequencies without every are INVALID_SPEC, naming them', () => {
    const e = indicatorErrorOf(() => computeScorecard([{ ...visits, frequency: 'quarter' }, { ...cic, frequency: 'month' }], quarterly, { asOf: '2017-Q3' }));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues).toEqual([
      {
        code: 'mixed-frequency',
        path: 'specs[1].frequency',
        message:
          '"cic" (specs[1]) reports monthly (its spec says frequency "month"), and "visits" (specs[0]) quarterly (its spec says frequency "quarter"): a scorecard\'s column is one period, never a quarter beside a month; report them all quarterly with every: "quarter", or make one scorecard for each frequency',
      },
    ]);
    const years = indicatorErrorOf(() => computeScorecard([{ ...cic, frequency: 'financial-year' }, { ...visits, frequency: 'calendar-year' }], [], { asOf: '2017' }));
    expect(years.issues[0]!.message).toContain('financial and calendar years cannot be brought together');
  });

  it('a spec of months beside quarterly rows: the rows decide the others, and every brings them together', () => {
    const e = indicatorErrorOf(() => computeScorecard([visits, { ...cic, frequency: 'month' }], quarterly, { asOf: '2017-Q3' }));
    expect(e.issues[0]!.message).toContain('"visits" (specs[0]) quarterly (the rows are quarters)');
    const card = computeScorecard([{ ...visits, frequency: 'month' }, cic], monthly, { asOf: '2017-Q3', every: 'quarter', periods: 1 });
    expect(card.rows.map((r) => r.formatted)).toEqual(['80.0%', '320']);
  });

  it('rows of two frequencies are the core\'s mixed-frequency INVALID_DATA', () => {
    const e = indicatorErrorOf(() => computeScorecard([visits], [...monthly, quarterly[0]!], { asOf: '2017-09' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['mixed-frequency', 'rows[12].period']]);
  });

  it('a window that is not whole quarters is INVALID_SPEC at the spec', () => {
    const twoMonths: IndicatorSpecInput = { ...cic, id: 'cic-2m', window: { type: 'rolling', months: 2 } };
    const e = indicatorErrorOf(() => computeScorecard([cic, twoMonths], monthly, { asOf: '2017-Q3', every: 'quarter' }));
    expect(e.code).toBe('INVALID_SPEC');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['window-not-whole-periods', 'specs[1].window']]);
  });

  it('data errors still name the indicator', () => {
    const bad = monthly.map((r, i) => (i === 3 ? { ...r, inTime: -1 } : r));
    const e = indicatorErrorOf(() => computeScorecard([visits], bad, { asOf: '2017-Q3', every: 'quarter' }));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues[0]!.path).toBe('visits: rows[3].inTime');
  });
});

describe('labels of a quarterly or yearly scorecard', () => {
  it('Markdown: the quarter as reports print it, in the table and the commentary', () => {
    const md = toMarkdown(byQuarter, { commentary: true });
    const lines = md.split('\n');
    expect(lines[2]).toBe('| Visits in time | Q2 2017-18 | 80.0% | 90.0% | -10.0 | Red | ↓ down | worsening | 87.0% (Q2 2017-18), ours worse |');
    expect(lines[3]).toBe('| Children in care | Q2 2017-18 | 320 | 310 | 10 | – | ↑ up | worsening | – |');
    expect(lines[5]).toMatch(/^\*\*Visits in time\.\*\* Visits in time worsened, falling from 90\.0% to 80\.0% in Q2 2017-18 /);
    expect(md).not.toMatch(MONTH_NAME);
  });

  it('CSV: the key (2017-Q3, a calendar quarter) and its label (Q2 2017-18)', () => {
    const lines = toCsv(byQuarter).split('\r\n');
    expect(lines[0]!.startsWith('id,Indicator,Period,Period label,Status,Reason,Value,')).toBe(true);
    expect(lines[1]).toBe('visits,Visits in time,2017-Q3,Q2 2017-18,ok,,80.0%,80,90.0%,-10.0,Red,down,worsening,87.0%,Q2 2017-18,worse');
    // A monthly scorecard keeps its columns.
    expect(toCsv(computeScorecard([visits], monthly, { asOf: '2017-09' })).startsWith('id,Indicator,Period,Status,')).toBe(true);
  });

  it('HTML: title, lede, caption, headline, data table, chart axis and text alternative', () => {
    const html = toHtml(ofQuarters, { commentary: true });
    expect(html).toContain('<title>Scorecard, Q2 2017-18</title>');
    expect(html).toContain('<p class="lede">Figures for Q2 2017-18. Charts show the 8 quarters to Q2 2017-18.</p>');
    expect(html).toContain('<caption>2 indicators at Q2 2017-18</caption>');
    expect(html).toContain('<td>Q2 2017-18</td>');
    expect(html).toContain('<summary>Data for this chart (8 quarters)</summary>');
    expect(html).toContain('<caption>Visits in time, by quarter</caption>');
    expect(html).toContain('<th scope="col">Quarter</th>');
    expect(html).toContain('<tr><th scope="row">Q3 2016-17</th><td class="num">80.0%</td>');
    expect(html).toContain('<title id="chart-visits-title">Visits in time: the 8 quarters to Q2 2017-18</title>');
    expect(html).toContain(
      '<desc id="chart-visits-desc">Visits in time, quarterly from Q3 2015-16 to Q2 2017-18: 80.0% in Q3 2016-17 to 80.0% in Q2 2017-18 (lowest 80.0% in Q3 2016-17, highest 90.0% in Q4 2016-17); latest 80.0% (red) against target 90.0%; no value in Q3 2015-16 to Q2 2016-17 (missing data: no row for Q3 2015-16 to Q2 2016-17).</desc>',
    );
    // Every quarter labelled on the axis (8 fit at one per 84 pixels).
    for (const q of ['Q3 2015-16', 'Q4 2015-16', 'Q1 2016-17', 'Q2 2016-17', 'Q3 2016-17', 'Q4 2016-17', 'Q1 2017-18', 'Q2 2017-18']) {
      expect(html).toContain(`fill="#1f2328">${q}</text>`);
    }
    // Quarterly rows lack quarters, never months: no month is named anywhere.
    expect(html).not.toMatch(MONTH_NAME);
  });

  it('HTML: a long quarterly series labels every second quarter', () => {
    const long = computeScorecard([cic], quarterly, { asOf: '2017-Q3', periods: 12 });
    const svg = toSvg(long.rows[0]!);
    expect(svg).toContain('>Q2 2017-18</text>');
    expect(svg).not.toContain('>Q1 2017-18</text>');
    expect(svg).toContain('>Q4 2016-17</text>');
  });

  it('HTML of financial years: years, and the reasons a year lacks months', () => {
    const card = computeScorecard([visitsYearly], monthly, { asOf: '2017-18', every: 'year', periods: 2 });
    const html = toHtml(card);
    expect(html).toContain('<p class="lede">Figures for 2017-18. Charts show the 2 years to 2017-18.</p>');
    expect(html).toContain('<th scope="col">Year</th>');
    // 2017-18 has April to September 2017 only: the months it lacks are months.
    expect(html).toContain('yearly from 2016-17 to 2017-18: no year has a value; latest, 2017-18: no value (missing data: no row for Oct-17 to Mar-18)');
  });

  it('SPC: XmR charts are monthly; a quarterly row says so, and the page says why there is none', () => {
    const e = indicatorErrorOf(() => toSpcSvg(row(ofQuarters, 'cic')));
    expect(e.code).toBe('INVALID_DATA');
    expect(e.issues).toEqual([
      {
        code: 'bad-period',
        path: 'series',
        message: 'XmR charts are drawn from monthly series, and "cic" is reported quarterly (Q3 2015-16 to Q2 2017-18): compute a monthly scorecard for its SPC chart',
      },
    ]);
    const page = toHtml(ofQuarters, { spc: true });
    expect(page).toContain('<p class="notes spc-none">No SPC chart: XmR charts are drawn from monthly series');
    // No chart is drawn, so no note on how to read one.
    expect(page).not.toContain('SPC charts (XmR');
  });
});
