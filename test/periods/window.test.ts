/**
 * Windows: the first month of the window that ends with a reported month.
 */
import { describe, expect, it } from 'vitest';
import { periodFromIndex, periodIndex } from '../../src/periods/period.js';
import { windowStart } from '../../src/periods/window.js';
import type { WindowSpec } from '../../src/periods/window.js';

const start = (window: WindowSpec, period: string): string => periodFromIndex(windowStart(window, periodIndex(period)));
const length = (window: WindowSpec, period: string): number => periodIndex(period) - windowStart(window, periodIndex(period)) + 1;

describe('windowStart: period', () => {
  it.each(['2017-01', '2017-09', '2017-12'])('a period window of %s is the month itself', (p) => {
    expect(start({ type: 'period' }, p)).toBe(p);
  });
});

describe('windowStart: rolling', () => {
  it.each([
    [12, '2017-09', '2016-10'], // Oct-16 .. Sep-17 is 12 months
    [12, '2017-03', '2016-04'],
    [12, '2018-01', '2017-02'],
    [12, '2017-12', '2017-01'],
    [1, '2017-09', '2017-09'],
    [3, '2017-02', '2016-12'], // Dec, Jan, Feb
    [3, '2017-01', '2016-11'],
    [24, '2017-09', '2015-10'],
  ] as const)('rolling %i ending %s starts %s', (months, p, expected) => {
    const w: WindowSpec = { type: 'rolling', months };
    expect(start(w, p)).toBe(expected);
    expect(length(w, p)).toBe(months);
  });
});

describe('windowStart: year to date', () => {
  it.each([
    // April year start (councils).
    [4, '2017-04', '2017-04', 1], // at the start month: the month alone
    [4, '2017-03', '2016-04', 12], // the month before it: the whole year
    [4, '2017-05', '2017-04', 2],
    [4, '2017-09', '2017-04', 6],
    [4, '2017-12', '2017-04', 9],
    [4, '2018-01', '2017-04', 10],
    // September year start (academic years).
    [9, '2017-09', '2017-09', 1],
    [9, '2017-08', '2016-09', 12],
    [9, '2017-10', '2017-09', 2],
    [9, '2017-12', '2017-09', 4],
    [9, '2018-01', '2017-09', 5],
    // January year start (calendar years): the month before January is December of the same year.
    [1, '2017-01', '2017-01', 1],
    [1, '2017-12', '2017-01', 12],
    [1, '2017-06', '2017-01', 6],
    [1, '2016-12', '2016-01', 12],
    // December year start.
    [12, '2017-12', '2017-12', 1],
    [12, '2017-11', '2016-12', 12],
    [12, '2018-01', '2017-12', 2],
  ] as const)('year start %i: %s starts %s (%i months)', (yearStartMonth, p, expected, months) => {
    const w: WindowSpec = { type: 'year-to-date', yearStartMonth };
    expect(start(w, p)).toBe(expected);
    expect(length(w, p)).toBe(months);
  });
});
