/**
 * What deriveMonthly refuses rather than count as 0: a measure reading an
 * event type the records do not have (a typo, or events the source never
 * holds), and months outside what the records cover. And the ways to say
 * that a type may be absent (`eventTypes`) or that the records run on
 * (`coverage`).
 */
import { describe, expect, it } from 'vitest';
import { deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, RecordMeasure } from 'council-indicators/records';
import { indicatorErrorOf } from '../helpers.js';

const base: CaseRecords = {
  children: [
    { childId: 'A', dateOfBirth: '2010-01-01' },
    { childId: 'B', dateOfBirth: '2005-06-01' },
  ],
  episodes: [
    { childId: 'A', start: '2017-01-10', reasonNewEpisode: 'S', legalStatus: 'C2' },
    { childId: 'B', start: '2016-11-01', end: '2017-02-15', reasonNewEpisode: 'S', legalStatus: 'C2' },
  ],
  events: [
    { childId: 'A', type: 'missing', date: '2017-01-20' },
    { childId: 'A', type: 'missing-ended', date: '2017-01-21' },
    { childId: 'B', type: 'review', date: '2017-02-01' },
  ],
};
const range = { from: '2017-01', to: '2017-02' };
const derive = (records: CaseRecords, measures: Record<string, RecordMeasure>, r = range) => deriveMonthly(records, { ...r, measures });

describe('a measure naming an event type no event has', () => {
  it.each<[string, RecordMeasure, string, string]>([
    ['events', { type: 'events', event: 'mising' }, 'event', 'missing'],
    ['events, distinct children', { type: 'events', event: 'Missing', distinctChildren: true }, 'event', 'missing'],
    ['event-within', { type: 'event-within', part: 'met', event: 'reviews', days: 20 }, 'event', 'review'],
    ['days-between (to)', { type: 'days-between', part: 'count', from: 'period-start', to: 'revew' }, 'to', 'review'],
    ['days-between (from)', { type: 'days-between', part: 'count', from: 'misssing', to: 'missing-ended' }, 'from', 'missing'],
    ['a hadEvent filter', { type: 'in-care', filter: { hadEvent: { type: 'reviews', withinMonths: 6 } } }, 'filter.hadEvent.type', 'review'],
    ['a hadEvent filter on placements', { type: 'placements', atLeast: 1, filter: { hadEvent: { type: 'missng', withinMonths: 6 } } }, 'filter.hadEvent.type', 'missing'],
  ])('%s: an INVALID_DATA issue naming the measure, the type, the types there are, and a did-you-mean', (_, measure, at, meant) => {
    const error = indicatorErrorOf(() => derive(base, { m: measure }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue!.code).toBe('unknown-event-type');
    expect(issue!.path).toBe(`measures.m.${at}`);
    expect(issue!.message).toContain('measure m reads');
    expect(issue!.message).toContain('their event types are missing, missing-ended, review');
    expect(issue!.message).toContain(`did you mean "${meant}"?`);
    expect(issue!.message).toContain('records.eventTypes');
  });

  it('lists every measure at fault at once, and none that is fine', () => {
    const error = indicatorErrorOf(() =>
      derive(base, {
        fine: { type: 'events', event: 'missing' },
        a: { type: 'events', event: 'health-check' },
        b: { type: 'in-care', filter: { hadEvent: { type: 'dental-check', withinMonths: 12 } } },
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['measures.a.event', 'measures.b.filter.hadEvent.type']);
    // No close type: no guess.
    expect(error.issues[0]!.message).not.toContain('did you mean');
  });

  it('records with no events at all say so', () => {
    const error = indicatorErrorOf(() => derive({ ...base, events: [] }, { m: { type: 'events', event: 'missing' } }));
    expect(error.issues[0]!.message).toMatch(/the records have no events at all/);
  });

  it('a type with events outside the months asked for is known, and counts 0 (none in the range is not none at all)', () => {
    const later = { from: '2017-03', to: '2017-04' };
    const records = { ...base, coverage: { from: '2016-11', to: '2017-04' } };
    expect(derive(records, { m: { type: 'events', event: 'missing' } }, later)).toEqual([
      { period: '2017-03', m: 0 },
      { period: '2017-04', m: 0 },
    ]);
  });

  it('records.eventTypes: a type the records can hold and have none of counts 0', () => {
    const records = { ...base, eventTypes: ['missing', 'missing-ended', 'review', 'health-assessment'] };
    expect(derive(records, { ha: { type: 'in-care', filter: { hadEvent: { type: 'health-assessment', withinMonths: 12 } } }, missing: { type: 'events', event: 'missing' } })).toEqual([
      { period: '2017-01', ha: 0, missing: 1 },
      { period: '2017-02', ha: 0, missing: 0 },
    ]);
  });

  it('records.eventTypes: a type outside it is still an error, with the declared types', () => {
    const records = { ...base, eventTypes: ['missing', 'missing-ended', 'review'] };
    const error = indicatorErrorOf(() => derive(records, { m: { type: 'events', event: 'reveiw' } }));
    expect(error.issues).toEqual([
      {
        code: 'unknown-event-type',
        path: 'measures.m.event',
        message:
          'measure m reads "reveiw" events, which these records cannot hold (records.eventTypes says they can hold missing, missing-ended, review); did you mean "review"? If so, write event: "review" in the measure. ' +
          'Only if "reveiw" is a type of its own, which the records can hold and simply have none of, list it in records.eventTypes',
      },
    ]);
  });

  it('records.eventTypes: an event of a type not listed is an INVALID_DATA issue at its row', () => {
    const records = { ...base, eventTypes: ['missing', 'review'] };
    const error = indicatorErrorOf(() => derive(records, { m: { type: 'events', event: 'missing' } }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => [i.code, i.path, i.row, i.field])).toEqual([['unknown-event-type', 'events[1].type', 1, 'type']]);
    expect(error.issues[0]!.message).toContain('"missing-ended" is not one of the types records.eventTypes says the records can hold (missing, review)');
  });

  it('records.eventTypes must be a list of non-empty strings', () => {
    for (const eventTypes of ['missing', [], [''], [3]]) {
      const error = indicatorErrorOf(() => derive({ ...base, eventTypes } as unknown as CaseRecords, { m: { type: 'events', event: 'missing' } }));
      expect(error.code).toBe('INVALID_DATA');
      expect(error.issues.map((i) => i.path)).toEqual(['records.eventTypes']);
    }
  });

  it('a measure that reads no events needs no events', () => {
    expect(derive({ ...base, events: undefined }, { inCare: { type: 'in-care' }, ended: { type: 'ended' } })).toEqual([
      { period: '2017-01', inCare: 2, ended: 0 },
      { period: '2017-02', inCare: 1, ended: 1 },
    ]);
  });
});

describe('months outside what the records cover', () => {
  const inCare = { inCare: { type: 'in-care' } } as const;

  it('by default the records cover the months of their earliest to their latest date', () => {
    // Earliest 2016-11-01 (B's start), latest 2017-02-15 (B's end).
    expect(derive(base, inCare, { from: '2016-11', to: '2017-02' }).map((r) => r.inCare)).toEqual([1, 1, 2, 1]);
  });

  it('to after the records: an INVALID_OPTIONS issue naming the span and how to extend it, never frozen figures', () => {
    const error = indicatorErrorOf(() => derive(base, inCare, { from: '2017-01', to: '2019-03' }));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.issues).toEqual([
      {
        code: 'outside-records',
        path: 'to',
        message:
          'to 2019-03 is after the months the records cover, 2016-11 to 2017-02 (their earliest date is 2016-11-01, their latest 2017-02-15): months after 2017-02 would be counted as if nothing happened in them. ' +
          'Derive up to 2017-02, or, if the records are complete for more months than their dates show (an extract taken later, a return whose year runs on), say so with records.coverage: ' +
          'coverage: { from: "YYYY-MM", to: "YYYY-MM" }, the first and last months they are complete for (to is the last whole month before the extract was taken), not the months you want derived',
      },
    ]);
  });

  it('from before the records: an issue, never silent zeros; both ends at once', () => {
    const error = indicatorErrorOf(() => derive(base, inCare, { from: '2014-01', to: '2017-03' }));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['outside-records', 'from'],
      ['outside-records', 'to'],
    ]);
    expect(error.issues[0]!.message).toMatch(/^from 2014-01 is before the months the records cover, 2016-11 to 2017-02 .*Derive from 2016-11, or/);
  });

  it('a range wholly outside names the span to derive within', () => {
    const error = indicatorErrorOf(() => derive(base, inCare, { from: '2014-01', to: '2014-03' }));
    expect(error.issues.map((i) => i.path)).toEqual(['from']);
    expect(error.issues[0]!.message).toContain('Derive months within 2016-11 to 2017-02');
  });

  it('records.coverage says the records run on: those months are derived', () => {
    const records = { ...base, coverage: { from: '2016-04', to: '2017-06' } };
    expect(derive(records, inCare, { from: '2017-01', to: '2017-06' }).map((r) => r.inCare)).toEqual([2, 1, 1, 1, 1, 1]);
    // And it bounds them: outside it is an error, even inside the records' dates.
    const narrow = { ...base, coverage: { from: '2017-01', to: '2017-01' } };
    const error = indicatorErrorOf(() => derive(narrow, inCare));
    expect(error.issues.map((i) => [i.path, i.message])).toEqual([
      [
        'to',
        'to 2017-02 is after the months the records cover, 2017-01 to 2017-01 (records.coverage): months after 2017-01 would be counted as if nothing happened in them. Derive up to 2017-01, or, if the records are complete for those months (not merely wanted), widen records.coverage to the months they are complete for',
      ],
    ]);
  });

  it('records with no episodes or events cover no month unless they say so', () => {
    const empty: CaseRecords = { children: [], episodes: [] };
    const error = indicatorErrorOf(() => derive(empty, inCare));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.issues[0]!.message).toMatch(/^the records have no episodes or events, so they cover no month/);
    expect(derive({ ...empty, coverage: { from: '2017-01', to: '2017-02' } }, inCare)).toEqual([
      { period: '2017-01', inCare: 0 },
      { period: '2017-02', inCare: 0 },
    ]);
  });

  it('a malformed coverage is an INVALID_DATA issue naming the key, the value and the fix', () => {
    const meaning = 'coverage is the first and last months the records are complete for, e.g. { from: "2016-04", to: "2018-03" }';
    const cases: [unknown, [string, string, string][]][] = [
      ['2017', [['not-an-object', 'records.coverage', `${meaning}; received "2017"`]]],
      [{ from: '2016-04', to: '2017-3' }, [['bad-period', 'records.coverage.to', `coverage.to "2017-3" is not in YYYY-MM form: write 2017-03; ${meaning}`]]],
      [
        { from: '2016-Q2', to: '2017-Q1' },
        [
          ['bad-period', 'records.coverage.from', `coverage.from "2016-Q2" is a quarter, and coverage is months: write 2016-04, the first month of 2016-Q2; ${meaning}`],
          ['bad-period', 'records.coverage.to', `coverage.to "2017-Q1" is a quarter, and coverage is months: write 2017-03, the last month of 2017-Q1; ${meaning}`],
        ],
      ],
      [{ from: '2017-03', to: '2017-02' }, [['range-reversed', 'records.coverage', `coverage runs from 2017-03 to 2017-02, backwards: ${meaning}`]]],
      [{ from: '2017-01' }, [['bad-period', 'records.coverage.to', `coverage.to is missing: give the last month the records are complete for as text in YYYY-MM form, e.g. "2018-03"; ${meaning}`]]],
      [
        { from: '2017-01', too: '2017-02' },
        [
          ['unknown-key', 'records.coverage.too', `"too" is not a key of coverage; did you mean "to"?: ${meaning}`],
          ['bad-period', 'records.coverage.to', `coverage.to is missing: give the last month the records are complete for as text in YYYY-MM form, e.g. "2018-03"; ${meaning}`],
        ],
      ],
    ];
    for (const [coverage, expected] of cases) {
      const error = indicatorErrorOf(() => derive({ ...base, coverage } as unknown as CaseRecords, inCare));
      expect(error.code).toBe('INVALID_DATA');
      expect(error.issues.map((i) => [i.code, i.path, i.message])).toEqual(expected);
    }
  });

  it('the fix for months after the records never shows the months asked for as the coverage', () => {
    const error = indicatorErrorOf(() => derive(base, inCare, { from: '2017-01', to: '2017-06' }));
    expect(error.issues[0]!.message).not.toContain('2017-06" }');
    expect(error.issues[0]!.message).toContain('not the months you want derived');
  });
});

describe('keys of the records object', () => {
  it('a misspelt key is an unknown-key issue with a did-you-mean, never ignored', () => {
    const records = { ...base, eventType: ['missing', 'review'], coverge: { from: '2016-04', to: '2017-03' } } as unknown as CaseRecords;
    const error = indicatorErrorOf(() => derive(records, { m: { type: 'events', event: 'missing' } }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['unknown-key', 'records.eventType', '"eventType" is not a key of case records, and would be ignored; did you mean "eventTypes"? The keys are children, episodes, events, eventTypes and coverage'],
      ['unknown-key', 'records.coverge', '"coverge" is not a key of case records, and would be ignored; did you mean "coverage"? The keys are children, episodes, events, eventTypes and coverage'],
    ]);
  });

  it('a key like none is named without a guess; readSsda903\'s sources is a key', () => {
    const error = indicatorErrorOf(() => derive({ ...base, notes: 'x' } as unknown as CaseRecords, { m: { type: 'events', event: 'missing' } }));
    expect(error.issues.map((i) => i.message)).toEqual(['"notes" is not a key of case records, and would be ignored. The keys are children, episodes, events, eventTypes and coverage']);
    expect(derive({ ...base, sources: { children: [], episodes: [], events: [] } } as unknown as CaseRecords, { m: { type: 'events', event: 'missing' } })).toHaveLength(2);
  });
});

describe('the fix offered for a misspelt event type', () => {
  it('is the type meant, never the typo added to eventTypes', () => {
    const error = indicatorErrorOf(() => derive(base, { m: { type: 'events', event: 'mising' } }));
    const message = error.issues[0]!.message;
    expect(message).toContain('did you mean "missing"? If so, write event: "missing" in the measure.');
    expect(message).not.toMatch(/eventTypes: \[[^\]]*"mising"/);
  });

  it('with no close type, the eventTypes example lists the type (it may be a type of its own)', () => {
    const error = indicatorErrorOf(() => derive(base, { m: { type: 'events', event: 'health-assessment' } }));
    expect(error.issues[0]!.message).toContain('e.g. eventTypes: ["missing", "missing-ended", "review", "health-assessment"]');
  });

});
