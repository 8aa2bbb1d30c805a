/**
 * The periods of a scorecard: months, quarters or years. Keys as numbers
 * (to step back through a series), keys read strictly, and labels as
 * every output prints them (`Sep-17`, `Q1 2017-18`, `2017-18`), through
 * the core's public period helpers.
 *
 * @internal
 * @module
 */
import { isCalendarYear, isFinancialYear, isPeriod, isQuarter, periodLabel, reportingPeriodLabel } from '../index.js';
import type { Frequency } from '../index.js';

/** Whether `value` is a key of `frequency`. @internal */
export function isKeyOf(value: unknown, frequency: Frequency): value is string {
  return (frequency === 'month' ? isPeriod : frequency === 'quarter' ? isQuarter : frequency === 'financial-year' ? isFinancialYear : isCalendarYear)(value);
}

/** A key of `frequency` as a whole number: months `year * 12 + month - 1`, quarters `year * 4 + quarter - 1`, years the year they start in. @internal */
export function keyNumber(key: string, frequency: Frequency): number {
  const year = Number(key.slice(0, 4));
  if (frequency === 'month') return year * 12 + Number(key.slice(5)) - 1;
  if (frequency === 'quarter') return year * 4 + Number(key.slice(6)) - 1;
  return year;
}

/** The key of whole number `n` of `frequency`. @internal */
export function keyOfNumber(n: number, frequency: Frequency): string {
  if (frequency === 'month') {
    const year = Math.floor(n / 12);
    return `${year}-${String(n - year * 12 + 1).padStart(2, '0')}`;
  }
  if (frequency === 'quarter') {
    const year = Math.floor(n / 4);
    return `${year}-Q${n - year * 4 + 1}`;
  }
  return frequency === 'financial-year' ? `${n}-${String((n + 1) % 100).padStart(2, '0')}` : String(n);
}

/** The first whole number of each frequency, year 1000's first period: the earliest a series may start. @internal */
export function firstNumber(frequency: Frequency): number {
  return frequency === 'month' ? 12_000 : frequency === 'quarter' ? 4000 : 1000;
}

/** The key `periods - 1` periods before `key`: the first of a series of `periods` ending at `key`. @internal */
export function seriesStart(key: string, periods: number, frequency: Frequency): string {
  return keyOfNumber(keyNumber(key, frequency) - periods + 1, frequency);
}

/** What a key of each frequency looks like, for messages. @internal */
export const KEY_FORMS: Readonly<Record<Frequency, string>> = {
  month: 'a month in YYYY-MM form, e.g. "2017-09"',
  quarter: 'a quarter in YYYY-Qn form, e.g. "2017-Q2"',
  'financial-year': 'a financial year in YYYY-YY form, e.g. "2017-18"',
  'calendar-year': 'a calendar year in YYYY form, e.g. "2017"',
};

/** `'a quarter'`: what a key is, for messages. @internal */
export const A_KEY: Readonly<Record<Frequency, string>> = { month: 'a month', quarter: 'a quarter', 'financial-year': 'a financial year', 'calendar-year': 'a calendar year' };

/** How a scorecard of each frequency is reported, in words. @internal */
export const REPORTED: Readonly<Record<Frequency, string>> = {
  month: 'monthly',
  quarter: 'quarterly',
  'financial-year': 'by financial year',
  'calendar-year': 'by calendar year',
};

/** `'Sep-17'`, `'Q1 2017-18'`, `'2017-18'`, `'2017'`: a period in a table, an axis or a tooltip. @internal */
export function shortLabel(period: string, frequency: Frequency): string {
  return frequency === 'month' ? periodLabel(period) : reportingPeriodLabel(period, { frequency });
}

/** `'September 2017'`, `'Q1 2017-18'`, `'2017-18'`: a period in a heading or a sentence. @internal */
export function longLabel(period: string, frequency: Frequency): string {
  return frequency === 'month' ? periodLabel(period, 'MMMM yyyy') : reportingPeriodLabel(period, { frequency });
}

/** `'month'`, `'quarter'` or `'year'`, plural unless `count` is 1. @internal */
export function periodNoun(frequency: Frequency, count: number): string {
  const noun = frequency === 'month' ? 'month' : frequency === 'quarter' ? 'quarter' : 'year';
  return count === 1 ? noun : `${noun}s`;
}

/** `'monthly'`, `'quarterly'` or `'yearly'`: how a chart's series runs. @internal */
export function periodAdverb(frequency: Frequency): string {
  return frequency === 'month' ? 'monthly' : frequency === 'quarter' ? 'quarterly' : 'yearly';
}

/** The frequency of a scorecard or one of its rows: months when it names none. @internal */
export function frequencyOf(x: { frequency?: Frequency }): Frequency {
  return x.frequency ?? 'month';
}
