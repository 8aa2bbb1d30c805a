/**
 * readSsda903 on a hand-made set of two years' returns of one council
 * (test/readers/fixtures/ssda903), end to end through deriveMonthly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveMonthly } from 'council-indicators/records';
import { detectSsda903Table, readSsda903 } from 'council-indicators/readers';
import type { Ssda903Files } from 'council-indicators/readers';
import { indicatorErrorOf } from '../helpers.js';

const file = (name: string) => ({ name, text: readFileSync(new URL(`./fixtures/ssda903/${name}`, import.meta.url), 'utf8') });
const twoYears = (): Ssda903Files => ({
  header: [file('header-2017.csv'), file('header-2018.csv')],
  episodes: [file('episodes-2017.csv'), file('episodes-2018.csv')],
  reviews: [file('reviews-2017.csv'), file('reviews-2018.csv')],
  // Each event table for both years: an event table of one return holds its year only (2017-18's missing file and 2016-17's adoption files list nothing).
  missing: [file('missing-2017.csv'), file('missing-2018.csv')],
  adoption: [file('ad1-2017.csv'), file('ad1-2018.csv')],
  placedForAdoption: [file('placed-for-adoption-2017.csv'), file('placed-for-adoption-2018.csv')],
});
const E = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const H = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';

describe('readSsda903', () => {
  it('reads children, with the changing columns from the last year given', () => {
    const r = readSsda903(twoYears());
    expect(r.children).toEqual([
      { childId: '1001', dateOfBirth: '2010-06-15', SEX: '1', ETHNIC: 'WBRI', UPN: 'A123456789012' },
      { childId: '1002', dateOfBirth: '2003-02-03', SEX: '2', ETHNIC: 'MWBC', MOTHER: '1', MC_DOB: '2018-01-01' },
      { childId: '1003', dateOfBirth: '2015-11-20', SEX: '1', ETHNIC: 'WBRI' },
      { childId: '1004', dateOfBirth: '2016-02-29', SEX: '2', ETHNIC: 'ASIA' },
    ]);
    expect(r.sources.children[0]).toEqual([
      { file: 'header-2017.csv', line: 2 },
      { file: 'header-2018.csv', line: 2 },
    ]);
  });

  it('joins an episode repeated across years, taking its end from the year it ended', () => {
    const r = readSsda903(twoYears());
    expect(r.episodes.map((e) => [e.childId, e.start, e.end, e.reasonEnded])).toEqual([
      ['1001', '2016-01-10', '2016-06-01', 'X1'],
      ['1001', '2016-06-01', '2017-08-15', 'E13'],
      ['1002', '2016-05-05', '2016-09-30', 'E13'],
      ['1003', '2017-03-01', '2017-07-01', 'X1'],
      ['1003', '2017-07-01', '2017-11-01', 'X1'],
      ['1003', '2017-11-01', undefined, undefined],
      ['1004', '2017-09-12', undefined, undefined],
    ]);
    expect(r.episodes[1]).toEqual({
      childId: '1001',
      start: '2016-06-01',
      end: '2017-08-15',
      reasonNewEpisode: 'P',
      legalStatus: 'C2',
      CIN: 'N1',
      placementType: 'U3',
      PLACE_PROVIDER: 'PR1',
      reasonEnded: 'E13',
      REASON_PLACE_CHANGE: 'CARPL',
      HOME_POST: 'PE1 1AA',
      PL_POST: 'PE3 3CC',
      source: [
        { file: 'episodes-2017.csv', line: 3 },
        { file: 'episodes-2018.csv', line: 2 },
      ],
    });
    expect(r.sources.episodes[1]).toEqual([
      { file: 'episodes-2017.csv', line: 3 },
      { file: 'episodes-2018.csv', line: 2 },
    ]);
    // Each episode's source is where it was read.
    r.episodes.forEach((e, i) => expect(e.source).toEqual(r.sources.episodes[i]));
  });

  it('types events by table and column, keeps the other columns, and reads a row repeated in two years once', () => {
    const r = readSsda903(twoYears());
    expect(r.events.map((e) => [e.childId, e.type, e.date])).toEqual([
      ['1001', 'review', '2016-05-05'],
      ['1001', 'review', '2016-07-20'],
      ['1002', 'missing', '2016-06-12'],
      ['1002', 'missing-ended', '2016-06-13'],
      ['1002', 'missing', '2016-06-20'],
      ['1002', 'missing-ended', '2016-06-20'],
      ['1002', 'missing', '2016-09-02'],
      ['1003', 'review', '2017-03-20'],
      ['1003', 'adoption-decision', '2017-08-15'],
      ['1003', 'should-be-placed-for-adoption', '2017-08-15'],
      ['1003', 'matched', '2017-10-20'],
      ['1004', 'review', '2017-10-01'],
    ]);
    expect(r.events[2]).toEqual({ childId: '1002', type: 'missing', date: '2016-06-12', MISSING: 'M', MIS_END: '2016-06-13' });
    expect(r.events[10]).toEqual({ childId: '1003', type: 'matched', date: '2017-10-20', DATE_INT: '2017-08-15', FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L0' });
    expect(r.sources.events[7]).toEqual([
      { file: 'reviews-2017.csv', line: 4 },
      { file: 'reviews-2018.csv', line: 2 },
    ]);
  });

  it('gives deriveMonthly the monthly figures worked out by hand', () => {
    // The reader says the returns cover 2016-04 to 2018-03, past the records' latest date (2017-11-01).
    const rows = deriveMonthly(readSsda903(twoYears()), {
      from: '2016-04',
      to: '2017-12',
      measures: {
        inCare: { type: 'in-care' },
        started: { type: 'started' },
        ended: { type: 'ended' },
        missing: { type: 'events', event: 'missing' },
        reviews: { type: 'events', event: 'review' },
        placedForAdoption: { type: 'in-care', filter: { episode: { placementType: ['A4'] } } },
        girls: { type: 'in-care', filter: { child: { SEX: ['2'] } } },
        decisionToMatch: { type: 'days-between', part: 'total', from: 'adoption-decision', to: 'matched' },
      },
    });
    const column = (name: string) => rows.map((r) => r[name]);
    // 1001 in care 10/01/2016 to 14/08/2017; 1002 05/05/2016 to 29/09/2016; 1003 from 01/03/2017; 1004 from 12/09/2017.
    expect(column('inCare')).toEqual([1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2]);
    expect(column('started')).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(column('ended')).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(column('missing')).toEqual([0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(column('reviews')).toEqual([0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(column('placedForAdoption')).toEqual([...Array(19).fill(0), 1, 1]);
    // 1002 (girl) May to Aug 2016; 1004 (girl) from Sep 2017.
    expect(column('girls')).toEqual([0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    // 15/08/2017 to 20/10/2017: 16 days left of August, 30 of September, 20 of October.
    expect(column('decisionToMatch')).toEqual([...Array(18).fill(0), 66, 0, 0]);
  });

  it('declares the event types of the tables given, and the April-to-March years of the returns', () => {
    const r = readSsda903(twoYears());
    expect(r.eventTypes).toEqual([
      'review',
      'missing',
      'missing-ended',
      'adoption-decision',
      'matched',
      'should-be-placed-for-adoption',
      'should-be-placed-for-adoption-ceased',
    ]);
    // episodes-2017.csv's latest date is in 2016-17, episodes-2018.csv's in 2017-18.
    expect(r.coverage).toEqual({ from: '2016-04', to: '2018-03' });
    // One year's return; a missing table given with no rows still declares its types (nobody went missing).
    const one = readSsda903({ header: file('header-2018.csv'), episodes: file('episodes-2018.csv'), missing: 'CHILD,DOB,MISSING,MIS_START,MIS_END\n' });
    expect(one.eventTypes).toEqual(['missing', 'missing-ended']);
    expect(one.coverage).toEqual({ from: '2017-04', to: '2018-03' });
    const rows = deriveMonthly(one, { from: '2017-04', to: '2017-05', measures: { missing: { type: 'events', event: 'missing' } } });
    expect(rows).toEqual([
      { period: '2017-04', missing: 0 },
      { period: '2017-05', missing: 0 },
    ]);
    // Months before the return's year are not in it.
    expect(indicatorErrorOf(() => deriveMonthly(one, { from: '2017-03', to: '2017-05', measures: { inCare: { type: 'in-care' } } })).issues[0]!.code).toBe('outside-records');
    // No event table: no declaration; no episode: no coverage.
    const bare = readSsda903({ header: `${H}\n`, episodes: `${E}\n` });
    expect([bare.eventTypes, bare.coverage]).toEqual([undefined, undefined]);
  });

  it('reads the years in either order to the same records', () => {
    const f = twoYears();
    const reversed = readSsda903({ ...f, header: [file('header-2018.csv'), file('header-2017.csv')], episodes: [file('episodes-2018.csv'), file('episodes-2017.csv')] });
    const forward = readSsda903(f);
    // The same episodes, each read from the same lines (listed in the order the files were given).
    const unsourced = (records: typeof forward) => records.episodes.map(({ source: _source, ...e }) => e);
    expect(unsourced(reversed)).toEqual(unsourced(forward));
    expect(reversed.sources.episodes.map((s) => [...s].reverse())).toEqual(forward.sources.episodes);
    expect(reversed.events).toEqual(forward.events);
  });

  it('a contradiction between years is an error naming both files and lines', () => {
    const e = indicatorErrorOf(() =>
      readSsda903({
        header: `${H}\n1,1,01/01/2010,WBRI,,,\n`,
        episodes: [
          { name: 'e2017.csv', text: `${E}\n1,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n` },
          { name: 'e2018.csv', text: `${E}\n1,01/02/2017,S,C1,N1,U1,PR1,01/05/2017,E13,,,,\n` },
        ],
      }),
    );
    expect(e.issues).toEqual([
      {
        code: 'contradiction',
        path: 'episodes[1].LS',
        field: 'LS',
        file: 'e2018.csv',
        line: 2,
        message:
          "e2018.csv line 2, column LS: child 1's episode starting 2017-02-01 has LS C1 here and C2 in e2017.csv line 2: correct one of the returns (a value one year leaves empty is taken from another; two different values are never chosen between)",
      },
    ]);
  });

  it('reports bad dates, unknown children, duplicates and missing columns, all at once', () => {
    const e = indicatorErrorOf(() =>
      readSsda903({
        header: { name: 'h.csv', text: `${H}\n1,1,31/02/2010,WBRI,,,\n2,1,01/01/2010,WBRI,,,\n2,1,01/01/2010,WBRI,,,\n` },
        episodes: { name: 'e.csv', text: `${E}\n1,2017-02-01,S,C2,N1,U1,PR1,,,,,,\n9,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n2,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n2,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n` },
        reviews: { name: 'r.csv', text: 'CHILD,DOB,REVIEW_CODE\n1,01/01/2010,PN1\n' },
      }),
    );
    expect(e.issues.map((i) => [i.code, i.file, i.line, i.field])).toEqual([
      ['bad-date', 'h.csv', 2, 'DOB'],
      ['duplicate-child', 'h.csv', 4, 'CHILD'],
      ['unknown-child', 'e.csv', 3, 'CHILD'],
      ['duplicate-id', 'e.csv', 5, 'DECOM'],
      ['missing-key', 'r.csv', 1, undefined],
    ]);
    expect(e.issues[0]!.message).toBe('h.csv line 2, column DOB: "31/02/2010" is not a real date: write dates as dd/mm/yyyy, e.g. 31/03/2017');
  });

  it('checks the shape of its argument', () => {
    const e = indicatorErrorOf(() => readSsda903({ header: '', oc2: '' } as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', 'oc2'],
      ['missing-key', 'episodes'],
    ]);
  });
});

describe('detectSsda903Table', () => {
  it.each([
    ['header-2017.csv', 'header'],
    ['episodes-2018.csv', 'episodes'],
    ['reviews-2017.csv', 'reviews'],
    ['missing-2017.csv', 'missing'],
    ['ad1-2018.csv', 'adoption'],
    ['placed-for-adoption-2018.csv', 'placedForAdoption'],
  ])('%s is the %s table', (name, table) => {
    expect(detectSsda903Table(file(name).text)).toBe(table);
  });

  it('names no table for other files', () => {
    expect(detectSsda903Table('CHILD,SEX,DOB,DUC\n')).toBeNull();
    expect(detectSsda903Table('')).toBeNull();
  });
});
