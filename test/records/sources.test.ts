/**
 * Episodes' `source`: the records' overlap check names the other episode by
 * it (file and line, several, or a label); `checkCaseRecords`; and a
 * numeric childId in JSON records.
 */
import { describe, expect, it } from 'vitest';
import { checkCaseRecords, deriveMonthly } from 'council-indicators/records';
import type { CaseRecords, EpisodeRecord } from 'council-indicators/records';
import { indicatorErrorOf } from '../helpers.js';

const children = [{ childId: 'A', dateOfBirth: '2010-01-01' }];
const issuesOf = (records: CaseRecords) => indicatorErrorOf(() => checkCaseRecords(records)).issues;
const overlap = (first: Partial<EpisodeRecord>, second: Partial<EpisodeRecord> = {}) =>
  issuesOf({
    children,
    episodes: [
      { childId: 'A', start: '2017-01-10', end: '2017-06-01', ...first },
      { childId: 'A', start: '2017-05-01', ...second },
    ],
  });

describe('an overlap names the other episode by its source', () => {
  it('without a source, by its index (as before)', () => {
    expect(overlap({}).map((i) => [i.code, i.path, i.message])).toEqual([
      ['episode-overlap', 'episodes[1]', 'episode 2017-05-01 to open overlaps episodes[0] (2017-01-10 to 2017-06-01) of child A'],
    ]);
  });

  it('a file and line, several, or a label', () => {
    const fix = ": a child is in one episode at a time: correct this episode's start or the other episode's end";
    expect(overlap({ source: { file: 'e.csv', line: 2 } })[0]!.message).toBe(`episode 2017-05-01 to open overlaps the episode of e.csv line 2 (2017-01-10 to 2017-06-01) of child A${fix}`);
    expect(overlap({ source: [{ file: 'e17.csv', line: 2 }, { file: 'e18.csv', line: 4 }] }, { source: { file: 'e18.csv', line: 5 } })[0]!.message).toBe(
      `episode 2017-05-01 to open overlaps the episode of e17.csv line 2 and e18.csv line 4 (2017-01-10 to 2017-06-01) of child A${fix}`,
    );
    expect(overlap({ source: 'case 4471 in the LCS extract' })[0]!.message).toBe(`episode 2017-05-01 to open overlaps the episode of case 4471 in the LCS extract (2017-01-10 to 2017-06-01) of child A${fix}`);
  });

  it('from two files of which none holds both, the later first in its file: one episode whose start differs', () => {
    const issues = overlap({ source: { file: 'e17.csv', line: 5 } }, { source: { file: 'e18.csv', line: 3 } });
    expect(issues[0]!.message).toBe(
      'episode 2017-05-01 to open overlaps the episode of e17.csv line 5 (2017-01-10 to 2017-06-01) of child A: ' +
        'no one file has both: if they are one episode, its start differs between the files (2017-01-10 in e17.csv, 2017-05-01 in e18.csv): write the same start in each',
    );
  });

  it('a source of another shape is an error at its row, loud rather than ignored', () => {
    for (const source of ['', { file: 'e.csv' }, { file: 'e.csv', line: 0 }, [], 7]) {
      const issues = issuesOf({ children, episodes: [{ childId: 'A', start: '2017-01-10', source } as EpisodeRecord] });
      expect(issues.map((i) => [i.code, i.path, i.field])).toEqual([['wrong-type', 'episodes[0].source', 'source']]);
    }
  });

  it('checkCaseRecords passes good records and is what deriveMonthly checks', () => {
    const records: CaseRecords = { children, episodes: [{ childId: 'A', start: '2017-01-10', source: { file: 'e.csv', line: 2 } }] };
    expect(checkCaseRecords(records)).toBeUndefined();
    const bad: CaseRecords = { children, episodes: [{ childId: 'A', start: '2017-01-10', end: '2017-01-01' }] };
    const derived = indicatorErrorOf(() => deriveMonthly(bad, { from: '2017-01', to: '2017-01', measures: { n: { type: 'in-care' } } }));
    expect(indicatorErrorOf(() => checkCaseRecords(bad)).issues).toEqual(derived.issues);
  });
});

describe('a numeric childId (JSON 1001)', () => {
  it('is one issue saying ids are text, not also a record for an unknown child', () => {
    const records = {
      children: [{ childId: 1001, dateOfBirth: '2010-01-01' }],
      episodes: [{ childId: '1001', start: '2017-01-10' }],
      events: [{ childId: '1001', type: 'review', date: '2017-02-01' }],
    } as unknown as CaseRecords;
    expect(issuesOf(records).map((i) => [i.code, i.path, i.message])).toEqual([['bad-id', 'children[0].childId', 'childId 1001 is a number: ids are text: write "1001"']]);
  });

  it('on an episode or event, the same issue at its row', () => {
    const records = {
      children: [{ childId: '1001', dateOfBirth: '2010-01-01' }],
      episodes: [{ childId: 1001, start: '2017-01-10' }],
      events: [{ childId: 1001, type: 'review', date: '2017-02-01' }],
    } as unknown as CaseRecords;
    expect(issuesOf(records).map((i) => [i.code, i.path, i.message])).toEqual([
      ['bad-id', 'episodes[0].childId', 'childId 1001 is a number: ids are text: write "1001"'],
      ['bad-id', 'events[0].childId', 'childId 1001 is a number: ids are text: write "1001"'],
    ]);
  });
});
