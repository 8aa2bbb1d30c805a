/**
 * Every issue the records subpath raises carries a code from the IssueCode
 * union of src/errors.ts (read from its source, so a code outside the union
 * fails here even though tests are not type-checked), and the right one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndicatorError } from 'council-indicators';
import { addWorkingDays, bankHolidays, deriveMonthly, isBankHoliday, isWorkingDay, workingDaysBetween } from 'council-indicators/records';
import type { CaseRecords, DeriveOptions, RecordMeasure } from 'council-indicators/records';
import { indicatorErrorOf } from '../helpers.js';

/** The members of the IssueCode union, from the source. */
function issueCodes(): Set<string> {
  const source = readFileSync(new URL('../../src/errors.ts', import.meta.url), 'utf8');
  const union = /export type IssueCode =([^;]*);/.exec(source)![1]!;
  return new Set([...union.matchAll(/\|\s*'([a-z0-9-]+)'/g)].map((m) => m[1]!));
}

const options: DeriveOptions = { from: '2017-01', to: '2017-03', measures: { inCare: { type: 'in-care' } } };
const withMeasures = (measures: unknown) => ({ ...options, measures: measures as Record<string, RecordMeasure> });

/** Inputs that fail, each with what it throws. */
const failures: Record<string, () => unknown> = {
  'bad records': () =>
    deriveMonthly(
      {
        children: [
          { childId: 'A', dateOfBirth: '2010-01-01' },
          { childId: 'B', dateOfBirth: '2012-06-01' },
          { childId: 'A', dateOfBirth: '2011-01-01' },
          { childId: 'C', dateOfBirth: '2017-02-30' },
          { childId: 'D' },
          { childId: '', dateOfBirth: '2010-01-01' },
          7,
        ],
        episodes: [
          { childId: 'A', start: '2016-01-01', end: '2016-06-01' },
          { childId: 'A', start: '2016-03-01', end: '2016-04-01' },
          { childId: 'B', start: '2017-05-01', end: '2017-04-01' },
          { childId: 'Z', start: '2017-01-01' },
          { childId: 'B', start: '2017-02-30' },
          { childId: 'B', start: '2012-05-01', end: '2012-07-01' },
          { childId: 'B', start: '2013-01-01', end: '2013-02-01' },
          { childId: 'B', start: '2013-03-01', end: '2013-04-01', reasonNewEpisode: 'P' },
          null,
        ],
        events: [{ childId: 'Q', type: 'HA', date: '2016-02-01' }, { childId: 'A', type: 'HA', date: '2016-2-1' }, { childId: 'A', date: '2016-02-01' }, []],
      } as unknown as CaseRecords,
      options,
    ),
  'records not an object': () => deriveMonthly(null as unknown as CaseRecords, options),
  'children not an array': () => deriveMonthly({ children: {}, episodes: [] } as unknown as CaseRecords, options),
  'events not an array': () => deriveMonthly({ children: [], episodes: [], events: 'x' } as unknown as CaseRecords, options),
  'a days-between event with no start, a deadline out of range': () =>
    deriveMonthly(
      {
        children: [{ childId: 'A', dateOfBirth: '1990-01-01' }],
        episodes: [{ childId: 'A', start: '1994-06-01' }],
        events: [{ childId: 'A', type: 'AO', date: '1994-05-01' }],
        eventTypes: ['AO', 'HA'],
      },
      {
        from: '1994-05',
        to: '1994-06',
        measures: {
          d: { type: 'days-between', part: 'total', from: 'period-start', to: 'AO' },
          w: { type: 'event-within', part: 'eligible', event: 'HA', days: 5, working: true },
        },
      },
    ),
  'bad measures': () =>
    deriveMonthly(
      { children: [], episodes: [] },
      withMeasures({
        a: { type: 'admissions' },
        b: { type: 'placements' },
        c: { type: 'placements', atLeast: 0 },
        d: { type: 'in-care', filter: { colour: ['red'] } },
        e: { type: 'long-term-stability', part: 'all' },
        f: { type: 'in-care', filter: { inCareAtLeast: {} } },
        g: { type: 'event-within', part: 'met', event: 'HA', days: 20, region: 'scotland' },
      }),
    ),
  'bad measure names': () => deriveMonthly({ children: [], episodes: [] }, withMeasures({ '1st': { type: 'in-care' } })),
  'a measure named period': () => deriveMonthly({ children: [], episodes: [] }, withMeasures({ period: { type: 'in-care' } })),
  'a __proto__ key': () => deriveMonthly({ children: [], episodes: [] }, withMeasures(JSON.parse('{"__proto__": {"type": "in-care"}}'))),
  'a bad year': () => bankHolidays(1900),
  'a bad region': () => bankHolidays(2017, 'wales' as never),
  'a malformed date': () => isBankHoliday('2017-02-30'),
  'a date out of range': () => isWorkingDay('1990-01-01'),
  'a fractional n': () => addWorkingDays('2017-01-02', 1.5),
  'a result out of range': () => addWorkingDays('2100-12-30', 5),
  'options not an object': () => workingDaysBetween('2017-01-02', '2017-01-03', 'x' as never),
  'extraHolidays not an array': () => isWorkingDay('2017-01-02', { extraHolidays: 'x' as never }),
  'a bad extra holiday': () => isWorkingDay('2017-01-02', { extraHolidays: ['2017-13-01'] }),
};

describe('issue codes', () => {
  const codes = issueCodes();

  it('the union is read from the source', () => {
    expect(codes.has('episode-overlap')).toBe(true);
    expect(codes.size).toBeGreaterThan(40);
  });

  it.each(Object.entries(failures))('every issue of %s has a code from the IssueCode union', (_, f) => {
    const error: IndicatorError = indicatorErrorOf(f);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(codes, `${issue.path}: ${issue.message}`).toContain(issue.code);
  });

  it('each problem with records has its own code', () => {
    const error = indicatorErrorOf(failures['bad records']!);
    expect(Object.fromEntries(error.issues.map((i) => [i.path, i.code]))).toEqual({
      'children[2].childId': 'duplicate-child',
      'children[3].dateOfBirth': 'bad-date',
      'children[4].dateOfBirth': 'missing-key',
      'children[5].childId': 'bad-id',
      'children[6]': 'not-an-object',
      'episodes[1]': 'episode-overlap',
      'episodes[2].end': 'episode-order',
      'episodes[3].childId': 'unknown-child',
      'episodes[4].start': 'bad-date',
      'episodes[5].start': 'episode-before-birth',
      'episodes[7].reasonNewEpisode': 'episode-gap',
      'episodes[8]': 'not-an-object',
      'events[0].childId': 'unknown-child',
      'events[1].date': 'bad-date',
      'events[2].type': 'wrong-type',
      'events[3]': 'not-an-object',
    });
  });

  it('problems found while counting, and with the shape of the records', () => {
    expect(indicatorErrorOf(failures['a days-between event with no start, a deadline out of range']!).issues.map((i) => [i.path, i.code])).toEqual([
      ['events[0]', 'event-without-start'],
      ['episodes[0].start', 'date-out-of-range'],
    ]);
    expect(indicatorErrorOf(failures['records not an object']!).issues.map((i) => i.code)).toEqual(['not-an-object']);
    expect(indicatorErrorOf(failures['children not an array']!).issues.map((i) => i.code)).toEqual(['not-an-array']);
    expect(indicatorErrorOf(failures['events not an array']!).issues.map((i) => i.code)).toEqual(['not-an-array']);
  });

  it('measures: zod issues mapped as the spec maps them, and the records rules', () => {
    expect(indicatorErrorOf(failures['bad measures']!).issues.map((i) => [i.path, i.code])).toEqual([
      ['measures.a.type', 'bad-choice'],
      ['measures.b.atLeast', 'wrong-type'],
      ['measures.c.atLeast', 'out-of-range'],
      ['measures.d.filter.colour', 'unknown-key'],
      ['measures.e.part', 'bad-choice'],
      ['measures.f.filter.inCareAtLeast', 'missing-key'],
      ['measures.g.region', 'region-needs-working'],
    ]);
    expect(indicatorErrorOf(failures['bad measure names']!).issues.map((i) => i.code)).toEqual(['bad-id']);
    expect(indicatorErrorOf(failures['a measure named period']!).issues.map((i) => i.code)).toEqual(['reserved-name']);
    expect(indicatorErrorOf(failures['a __proto__ key']!).issues.map((i) => i.code)).toEqual(['forbidden-key']);
  });

  it('working days and bank holidays', () => {
    const codeOf = (name: string) => indicatorErrorOf(failures[name]!).issues.map((issue) => issue.code);
    expect(codeOf('a bad year')).toEqual(['out-of-range']);
    expect(codeOf('a bad region')).toEqual(['bad-region']);
    expect(codeOf('a malformed date')).toEqual(['bad-date']);
    expect(codeOf('a date out of range')).toEqual(['date-out-of-range']);
    expect(codeOf('a fractional n')).toEqual(['bad-option']);
    expect(codeOf('a result out of range')).toEqual(['date-out-of-range']);
    expect(codeOf('options not an object')).toEqual(['not-an-object']);
    expect(codeOf('extraHolidays not an array')).toEqual(['not-an-array']);
    expect(codeOf('a bad extra holiday')).toEqual(['bad-date']);
  });
});
