/**
 * Month options: one reading of `from`, `to` and `asOf` across
 * computeIndicator, deriveMonthly and computeScorecard, and the public
 * helpers that do it (periodOption, periodOptionIssues, rangeOption).
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator, periodOption, periodOptionIssues, rangeOption } from 'council-indicators';
import type { ComputeOptions, IndicatorIssue } from 'council-indicators';
import { deriveMonthly } from 'council-indicators/records';
import type { DeriveOptions } from 'council-indicators/records';
import { computeScorecard } from 'council-indicators/scorecard';
import { indicatorErrorOf, pct } from '../helpers.js';

const NOT_A_MONTH = 'is not a month in YYYY-MM form from 1000-01 to 9999-12, e.g. "2017-09" (parsePeriod reads other forms, such as "Sep-17")';
const spec = defineIndicator(pct());
const rows = [
  { period: '2017-01', a: 1, b: 4 },
  { period: '2017-02', a: 1, b: 5 },
  { period: '2017-03', a: 2, b: 5 },
];
const records = { children: [{ childId: 'A', dateOfBirth: '2010-06-15' }], episodes: [] };
const measures = { inCare: { type: 'in-care' as const } };

describe('periodOption and periodOptionIssues', () => {
  it('return a YYYY-MM month as it is', () => {
    expect(periodOption('2017-09', 'asOf')).toBe('2017-09');
    expect(periodOptionIssues('2017-09', 'asOf')).toEqual([]);
  });

  it.each(['Sep-17', '2017-9', '2017-13', '0999-12', '10000-01', 201709, null, ['2017-09'], {}])('refuse %j as bad-period, naming it', (value) => {
    const issue: IndicatorIssue = {
      code: 'bad-period',
      path: 'month',
      message: `month ${typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'an array' : value !== null && typeof value === 'object' ? 'an object' : String(value)} ${NOT_A_MONTH}`,
    };
    expect(periodOptionIssues(value, 'month')).toEqual([issue]);
    const e = indicatorErrorOf(() => periodOption(value, 'month'));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([issue]);
  });

  it('call undefined missing-key, saying what to give', () => {
    const issue = { code: 'missing-key', path: 'asOf', message: 'asOf is missing: give a month in YYYY-MM form, e.g. "2017-09"' };
    expect(periodOptionIssues(undefined, 'asOf')).toEqual([issue]);
    expect(indicatorErrorOf(() => periodOption(undefined, 'asOf')).issues).toEqual([issue]);
  });
});

describe('rangeOption', () => {
  it('returns both ends given', () => {
    expect(rangeOption('2017-04', '2018-03')).toEqual({ from: '2017-04', to: '2018-03' });
    expect(rangeOption('2017-04', '2017-04')).toEqual({ from: '2017-04', to: '2017-04' });
  });

  it('takes a missing end from the extent', () => {
    const extent = { from: '2017-01', to: '2017-09' };
    expect(rangeOption(undefined, undefined, extent)).toEqual(extent);
    expect(rangeOption('2017-03', undefined, extent)).toEqual({ from: '2017-03', to: '2017-09' });
    expect(rangeOption(undefined, '2017-03', extent)).toEqual({ from: '2017-01', to: '2017-03' });
    expect(rangeOption('2016-01', '2016-02', extent)).toEqual({ from: '2016-01', to: '2016-02' });
  });

  it('names every bad end at once', () => {
    expect(indicatorErrorOf(() => rangeOption('Sep-17', 201709)).issues).toEqual([
      { code: 'bad-period', path: 'from', message: `from "Sep-17" ${NOT_A_MONTH}` },
      { code: 'bad-period', path: 'to', message: `to 201709 ${NOT_A_MONTH}` },
    ]);
  });

  it('a missing end with no extent is range-open', () => {
    const open = (end: string) => ({
      code: 'range-open',
      path: end,
      message: `${end} is missing, and there are no months to take it from: give both from and to, e.g. from: "2017-04", to: "2018-03"`,
    });
    expect(indicatorErrorOf(() => rangeOption(undefined, '2017-03')).issues).toEqual([open('from')]);
    expect(indicatorErrorOf(() => rangeOption('2017-03', undefined)).issues).toEqual([open('to')]);
    expect(indicatorErrorOf(() => rangeOption(undefined, undefined)).issues).toEqual([open('from'), open('to')]);
  });

  it('a range that runs backwards is range-reversed, at the end that was given', () => {
    const extent = { from: '2017-01', to: '2017-03' };
    expect(indicatorErrorOf(() => rangeOption('2017-06', '2017-01')).issues).toEqual([
      { code: 'range-reversed', path: 'from', message: 'from 2017-06 is after to 2017-01: from is the first month of the range, to the last' },
    ]);
    expect(indicatorErrorOf(() => rangeOption('2017-04', undefined, extent)).issues).toEqual([
      { code: 'range-reversed', path: 'from', message: 'from 2017-04 is after 2017-03, the last month of the data: give to as well' },
    ]);
    expect(indicatorErrorOf(() => rangeOption(undefined, '2016-12', extent)).issues).toEqual([
      { code: 'range-reversed', path: 'to', message: 'to 2016-12 is before 2017-01, the first month of the data: give from as well' },
    ]);
  });
});

describe('computeIndicator options', () => {
  it('undefined is no options', () => {
    expect(computeIndicator(spec, rows, undefined).periods).toHaveLength(3);
    expect(computeIndicator(spec, rows, {}).periods).toHaveLength(3);
  });

  it.each([
    ['the string', '2099-01', 'received "2099-01"'],
    ['null', null, 'received null'],
    ['an array', ['2017-01'], 'received an array'],
    ['a number', 201701, 'received 201701'],
  ])('%s as options is bad-option, not "no options"', (_, options, received) => {
    // Before: computeIndicator(spec, rows, '2099-01') and null were taken as no options.
    const e = indicatorErrorOf(() => computeIndicator(spec, rows, options as unknown as ComputeOptions));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([
      { code: 'bad-option', path: 'options', message: `options must be an object such as { from: "2017-04", to: "2018-03" }, or left out; ${received}` },
    ]);
  });

  it('an unknown key, such as the typo form, is unknown-key rather than ignored', () => {
    const e = indicatorErrorOf(() => computeIndicator(spec, rows, { form: '2017-02' } as unknown as ComputeOptions));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([{ code: 'unknown-key', path: 'form', message: 'unknown option "form": the options are from, to, statistics, base and every' }]);
  });

  it('names unknown keys and bad months together, and __proto__ from JSON too', () => {
    const options = JSON.parse('{"__proto__": {"from": "2017-02"}, "to": "2017-9"}') as ComputeOptions;
    expect(indicatorErrorOf(() => computeIndicator(spec, rows, options)).issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', '__proto__'],
      ['bad-period', 'to'],
    ]);
  });

  it('reads own properties only: an inherited from is not an option', () => {
    const options = Object.create({ from: '2017-03' }) as ComputeOptions;
    expect(computeIndicator(spec, rows, options).periods.map((p) => p.period)).toEqual(['2017-01', '2017-02', '2017-03']);
  });

  it('checks the options before the rows', () => {
    const e = indicatorErrorOf(() => computeIndicator(spec, [{ period: 'bad' }], { from: 'Sep-17' }));
    expect(e.code).toBe('INVALID_OPTIONS');
  });

  it('with no rows: no range gives no periods; one end is range-open; both ends report missing data', () => {
    expect(computeIndicator(spec, []).periods).toEqual([]);
    expect(indicatorErrorOf(() => computeIndicator(spec, [], { to: '2017-02' })).issues.map((i) => [i.code, i.path])).toEqual([['range-open', 'from']]);
    expect(computeIndicator(spec, [], { from: '2017-01', to: '2017-02' }).periods.map((p) => p.status)).toEqual(['missing-data', 'missing-data']);
  });

  it('one end past the rows is range-reversed, naming the rows\' month', () => {
    expect(indicatorErrorOf(() => computeIndicator(spec, rows, { from: '2017-04' })).issues).toEqual([
      { code: 'range-reversed', path: 'from', message: 'from 2017-04 is after 2017-03, the last month of the data: give to as well' },
    ]);
  });
});

describe('from, to and asOf read the same way in computeIndicator, deriveMonthly and computeScorecard', () => {
  const throughCompute = (name: 'from' | 'to', value: unknown) =>
    indicatorErrorOf(() => computeIndicator(spec, rows, { from: '2017-01', to: '2017-03', [name]: value } as ComputeOptions));
  const throughDerive = (name: 'from' | 'to', value: unknown) =>
    indicatorErrorOf(() => deriveMonthly(records, { from: '2017-01', to: '2017-03', measures, [name]: value } as DeriveOptions));
  const throughScorecard = (value: unknown) => indicatorErrorOf(() => computeScorecard([spec], rows, { asOf: value as string }));

  it.each(['2017-9', 'Sep-17', '2017-13', '0999-12', '2017-09-01', 201709, null, ''])('%j: the same code and message', (value) => {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    for (const name of ['from', 'to'] as const) {
      const expected = [{ code: 'bad-period', path: name, message: `${name} ${shown} ${NOT_A_MONTH}` }];
      for (const e of [throughCompute(name, value), throughDerive(name, value)]) {
        expect(e.code).toBe('INVALID_OPTIONS');
        expect(e.issues).toEqual(expected);
      }
    }
    const e = throughScorecard(value);
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues).toEqual([{ code: 'bad-period', path: 'asOf', message: `asOf ${shown} ${NOT_A_MONTH}` }]);
  });

  it('from after to: the same range-reversed issue from computeIndicator and deriveMonthly', () => {
    const expected = [{ code: 'range-reversed', path: 'from', message: 'from 2017-03 is after to 2017-01: from is the first month of the range, to the last' }];
    expect(indicatorErrorOf(() => computeIndicator(spec, rows, { from: '2017-03', to: '2017-01' })).issues).toEqual(expected);
    expect(indicatorErrorOf(() => deriveMonthly(records, { from: '2017-03', to: '2017-01', measures })).issues).toEqual(expected);
  });

  it('a missing end of deriveMonthly, or a missing asOf, says what to give', () => {
    expect(indicatorErrorOf(() => deriveMonthly(records, { to: '2017-01', measures } as unknown as DeriveOptions)).issues.map((i) => [i.code, i.path])).toEqual([
      ['range-open', 'from'],
    ]);
    expect(indicatorErrorOf(() => computeScorecard([spec], rows, {} as never)).issues).toEqual([
      { code: 'missing-key', path: 'asOf', message: 'asOf is missing: give a month in YYYY-MM form, e.g. "2017-09"' },
    ]);
  });

  it('computeScorecard: options that are not an object, and months reaching before 1000-01', () => {
    for (const options of [null, '2017-03', ['2017-03']]) {
      expect(indicatorErrorOf(() => computeScorecard([spec], rows, options as never)).issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'options']]);
    }
    expect(indicatorErrorOf(() => computeScorecard([spec], rows, { asOf: '1000-06', months: 7 })).issues).toEqual([
      { code: 'out-of-range', path: 'months', message: 'the 7 months to 1000-06 start before 1000-01, the first month supported: give fewer months' },
    ]);
    expect(computeScorecard([spec], rows, { asOf: '1000-06', months: 6 }).rows).toHaveLength(1);
  });
});

describe('options objects of every entry point: readOptions', () => {
  const records = { children: [{ childId: 'A', dateOfBirth: '2010-01-01' }], episodes: [{ childId: 'A', start: '2017-01-10' }] };
  const measures = { inCare: { type: 'in-care' as const } };

  it('deriveMonthly and computeScorecard refuse options that are not an object', () => {
    for (const bad of [null, '2017-09', ['2017-09']]) {
      expect(indicatorErrorOf(() => deriveMonthly(records, bad as never)).issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'options']]);
      expect(indicatorErrorOf(() => computeScorecard([], [], bad as never)).issues.map((i) => [i.code, i.path])).toEqual([['bad-option', 'options']]);
    }
  });

  it('deriveMonthly and computeScorecard name an unknown key instead of ignoring it', () => {
    const derive = indicatorErrorOf(() => deriveMonthly(records, { from: '2017-01', to: '2017-02', measures, form: '2017-01' } as never));
    expect(derive.issues).toEqual([
      { code: 'unknown-key', path: 'form', message: 'unknown option "form": the options are from, to and measures' },
    ]);
    const card = indicatorErrorOf(() => computeScorecard([], [], { asOf: '2017-09', month: 12 } as never));
    expect(card.issues).toEqual([
      { code: 'unknown-key', path: 'month', message: 'unknown option "month": the options are asOf, months, periods, every and statistics' },
    ]);
  });

  it('reads own properties only', () => {
    const inherited = Object.assign(Object.create({ measures: { sneaky: { type: 'in-care' } } }) as object, { from: '2017-01', to: '2017-01', measures });
    expect(deriveMonthly(records, inherited as never)).toEqual([{ period: '2017-01', inCare: 1 }]);
  });
});
