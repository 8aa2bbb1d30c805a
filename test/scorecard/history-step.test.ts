/**
 * A step inside a reported quarter that falls only in the scorecard's
 * history (before asOf) is refused saying so, with how few `periods` start
 * the series after it; at asOf it is refused as before (new-user trial 3, B7).
 */
import { describe, expect, it } from 'vitest';
import { computeScorecard } from 'council-indicators/scorecard';
import { indicatorErrorOf } from '../helpers.js';

const rows: { period: string; n: number; d: number }[] = [];
for (let y = 2016; y <= 2018; y++) for (let m = 1; m <= 12; m++) rows.push({ period: `${y}-${String(m).padStart(2, '0')}`, n: m, d: 100 });
const spec = {
  id: 'p',
  title: 'P',
  measure: { type: 'percentage' },
  numerator: { field: 'n', aggregate: 'last' },
  denominator: { field: 'd', aggregate: 'last' },
  polarity: 'lower-is-better',
  target: [
    { from: '2016-04', value: 12 },
    { from: '2017-11', value: 10 },
  ],
} as const;

describe('a step inside a quarter of the history', () => {
  it('says it is only in the history, and how few periods avoid it; that many work', () => {
    const e = indicatorErrorOf(() => computeScorecard([spec as never], rows, { asOf: '2018-Q2', every: 'quarter', periods: 4 }));
    expect(e.issues).toEqual([
      {
        code: 'inside-reported-period',
        path: 'specs[0].target[1].from',
        message:
          "target step from 2017-11 falls inside 2017-Q4 (Q3 2017-18), reported as a whole: start it at 2017-10 or 2018-01; 2017-Q4 is only in this scorecard's history, not at 2018-Q2: the 4 quarters to 2018-Q2 reach back to it. Give periods: 2 or fewer for a series that starts after it, or start the step as said",
      },
    ]);
    const card = computeScorecard([spec as never], rows, { asOf: '2018-Q2', every: 'quarter', periods: 2 });
    expect(card.rows[0]!.series.map((p) => [p.period, p.target])).toEqual([
      ['2018-Q1', 10],
      ['2018-Q2', 10],
    ]);
  });

  it('at asOf itself, adds nothing: fewer periods would not help', () => {
    const e = indicatorErrorOf(() => computeScorecard([spec as never], rows, { asOf: '2017-Q4', every: 'quarter', periods: 4 }));
    expect(e.issues[0]!.message).toBe('target step from 2017-11 falls inside 2017-Q4 (Q3 2017-18), reported as a whole: start it at 2017-10 or 2018-01');
  });
});
