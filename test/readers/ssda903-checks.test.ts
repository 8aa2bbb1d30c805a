/**
 * readSsda903's checks across files (new-user trial 2: A2, A3, B5): ids
 * that differ only by leading zeros, an episode open at one return's year
 * end and missing from the next, overlaps named by file and line, and the
 * messages for dates and a header file without DOB.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSsda903Table, readSsda903 } from 'council-indicators/readers';
import type { Ssda903Files } from 'council-indicators/readers';
import { indicatorErrorOf } from '../helpers.js';

const file = (name: string, edit: (text: string) => string = (t) => t) => ({ name, text: edit(readFileSync(new URL(`./fixtures/ssda903/${name}`, import.meta.url), 'utf8')) });
/** The fixture's two years' header and episodes files, each edited as given. */
const twoYears = (edits: Record<string, (text: string) => string> = {}): Ssda903Files => ({
  header: ['header-2017.csv', 'header-2018.csv'].map((n) => file(n, edits[n])),
  episodes: ['episodes-2017.csv', 'episodes-2018.csv'].map((n) => file(n, edits[n])),
});
/** The fixture's 2017 files with ids written with a leading zero, as text kept through a spreadsheet. */
const zeroed = (t: string) => t.replace(/^100(\d),/gm, '0100$1,');
const E = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const H = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const issuesOf = (files: Ssda903Files) => indicatorErrorOf(() => readSsda903(files)).issues;

describe('ids that differ only by leading zeros', () => {
  it('in two years’ header files are one child written two ways: an error naming both files and lines', () => {
    const issues = issuesOf(twoYears({ 'header-2017.csv': zeroed, 'episodes-2017.csv': zeroed }));
    expect(issues.map((i) => [i.code, i.file, i.line, i.field])).toEqual([
      ['duplicate-child', 'header-2018.csv', 2, 'CHILD'],
      ['duplicate-child', 'header-2018.csv', 3, 'CHILD'],
      ['duplicate-child', 'header-2018.csv', 4, 'CHILD'],
    ]);
    expect(issues[0]!.message).toBe(
      'header-2018.csv line 2, column CHILD: child 1001 here and child 01001 in header-2017.csv line 2 differ only by leading zeros, so they would be counted as two children: ' +
        'a spreadsheet may have dropped them (reading the ids as numbers): write the ids the same way in every file',
    );
  });

  it('an episodes row whose child is in the header only with leading zeros says so', () => {
    const issues = issuesOf({ header: { name: 'h.csv', text: `${H}\n01001,1,01/01/2010,WBRI,,,\n` }, episodes: { name: 'e.csv', text: `${E}\n1001,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n` } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('unknown-child');
    expect(issues[0]!.message).toBe(
      'e.csv line 2, column CHILD: episodes row for child 1001, who is in no header file: h.csv line 2 has child 01001, which differs only by leading zeros: ' +
        'a spreadsheet may have dropped them (reading the ids as numbers): write the ids the same way in every file',
    );
    const plain = issuesOf({ header: { name: 'h.csv', text: `${H}\n1002,1,01/01/2010,WBRI,,,\n` }, episodes: { name: 'e.csv', text: `${E}\n1001,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n` } });
    expect(plain[0]!.message).toBe('e.csv line 2, column CHILD: episodes row for child 1001, who is in no header file: give the header file of the same return');
  });

  it('within one header file, two such ids are two children (no spreadsheet writes a column both ways)', () => {
    const records = readSsda903({ header: `${H}\n01001,1,01/01/2010,WBRI,,,\n1001,2,01/01/2011,WBRI,,,\n`, episodes: `${E}\n` });
    expect(records.children.map((c) => c.childId)).toEqual(['01001', '1001']);
  });
});

describe('an episode open at one return’s year end and missing from the next return', () => {
  // The fixture's lines end in CRLF.
  const without1001 = (t: string) => t.replace(/^1001,.*\r?\n/gm, '');

  it('is a contradiction on the earlier file’s line, naming the later file', () => {
    for (const order of ['oldest first', 'newest first']) {
      const files = twoYears({ 'episodes-2018.csv': without1001 });
      if (order === 'newest first') (files.episodes as unknown[]).reverse();
      const issues = issuesOf(files);
      expect(issues.map((i) => [i.code, i.file, i.line, i.field])).toEqual([['contradiction', 'episodes-2017.csv', 3, 'DEC']]);
      expect(issues[0]!.message).toBe(
        "episodes-2017.csv line 3, column DEC: child 1001's episode starting 2016-06-01 has no DEC here, so it was open at the end of this return's year (2017-03-31, by the file's latest date), " +
          "but it is not in episodes-2018.csv, the next year's return: each year's return lists every episode open during its year, so add the episode there (with its DEC if it has ceased), or write its DEC here if it ceased by 2017-03-31",
      );
    }
  });

  it('is not asked of a file of another year, nor of an episode that ceased within the year', () => {
    // The later file two years on (its latest date in 2018-19): the year between is not given, and the episode may have ceased in it,
    // so no contradiction is said of it; the year missing between the returns is the one problem.
    const later = (t: string) => `${without1001(t)}1002,01/04/2018,S,V2,N2,U1,PR1,,,,,,\n`;
    expect(issuesOf(twoYears({ 'episodes-2018.csv': later })).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'missing-key',
        'episodes',
        "the episodes files are of 2016-17 and 2018-19 (by each file's latest date), but none is of 2017-18: the records would run across that year with nothing known of it. Give every year's return between the first and the last",
      ],
    ]);
    // Both files of one year (the latest date of each in 2016-17): not compared.
    const sameYear = (t: string) => `${E}\n1003,01/03/2017,S,C1,N1,U1,PR1,,,,PE6 6FF,PE7 7GG,\n`;
    expect(readSsda903(twoYears({ 'episodes-2018.csv': sameYear })).episodes).toHaveLength(4);
    // 1001's first episode (DEC 01/06/2016) and 1002's (DEC 30/09/2016) are not in the 2018 file, rightly.
    expect(readSsda903(twoYears()).episodes.map((e) => [e.childId, e.start])).toEqual([
      ['1001', '2016-01-10'],
      ['1001', '2016-06-01'],
      ['1002', '2016-05-05'],
      ['1003', '2017-03-01'],
      ['1003', '2017-07-01'],
      ['1003', '2017-11-01'],
      ['1004', '2017-09-12'],
    ]);
  });

  it('is found under an id the next file writes without its leading zeros (that is its own issue)', () => {
    const issues = issuesOf(twoYears({ 'header-2017.csv': zeroed, 'episodes-2017.csv': zeroed }));
    expect(issues.every((i) => i.code === 'duplicate-child')).toBe(true);
  });
});

describe('overlapping episodes', () => {
  it('name the other episode by its files and lines, not an index into the records', () => {
    const issues = issuesOf({
      header: { name: 'h.csv', text: `${H}\n1,1,01/01/2010,WBRI,,,\n` },
      episodes: { name: 'e.csv', text: `${E}\n1,01/02/2017,S,C2,N1,U1,PR1,01/06/2017,E13,,,,\n1,01/05/2017,S,C2,N1,U1,PR1,,,,,,\n` },
    });
    expect(issues).toEqual([
      {
        code: 'episode-overlap',
        path: 'episodes',
        file: 'e.csv',
        line: 3,
        message: "e.csv line 3: episode 2017-05-01 to open overlaps the episode of e.csv line 2 (2017-02-01 to 2017-06-01) of child 1: a child is in one episode at a time: correct this episode's start or the other episode's end",
      },
    ]);
  });

  it('across years, suggest one episode whose DECOM differs between the returns', () => {
    const moved = (t: string) => t.replace('1003,01/03/2017,S', '1003,02/03/2017,S');
    const issues = issuesOf(twoYears({ 'episodes-2018.csv': moved }));
    expect(issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['contradiction', 'episodes-2017.csv', 5],
      ['episode-overlap', 'episodes-2018.csv', 3],
      ['episode-overlap', 'episodes-2018.csv', 4],
      ['episode-overlap', 'episodes-2018.csv', 5],
    ]);
    expect(issues[1]!.message).toBe(
      'episodes-2018.csv line 3: episode 2017-03-02 to 2017-07-01 overlaps the episode of episodes-2017.csv line 5 (2017-03-01 to open) of child 1003: ' +
        'no one file has both: if they are one episode, its start differs between the files (2017-03-01 in episodes-2017.csv, 2017-03-02 in episodes-2018.csv): write the same start in each',
    );
    // The child's later episodes in that file overlap the same one, but are not the same episode.
    expect(issues[2]!.message).toMatch(/: a child is in one episode at a time: correct this episode's start or the other episode's end$/);
  });
});

describe('dates and tables', () => {
  const episode = (decom: string) => ({ header: { name: 'h.csv', text: `${H}\n1,1,01/01/2010,WBRI,,,\n` }, episodes: { name: 'e.csv', text: `${E}\n1,${decom},S,C2,N1,U1,PR1,,,,,,\n` } });

  it('an unreadable DECOM is one issue, saying why', () => {
    expect(issuesOf(episode('10/01/16')).map((i) => [i.code, i.field, i.message])).toEqual([
      ['bad-date', 'DECOM', 'e.csv line 2, column DECOM: "10/01/16" has a two-digit year: write the year in full, dd/mm/yyyy, e.g. 31/03/2017'],
    ]);
    expect(issuesOf(episode('5/13/2016')).map((i) => i.message)).toEqual([
      'e.csv line 2, column DECOM: "5/13/2016" looks month-first (mm/dd/yyyy), as a spreadsheet set to US dates writes it: SSDA903 dates are day-first, dd/mm/yyyy; if the day is 13, write 13/05/2016',
    ]);
    expect(issuesOf(episode('31/02/2017')).map((i) => i.message)).toEqual(['e.csv line 2, column DECOM: "31/02/2017" is not a real date: write dates as dd/mm/yyyy, e.g. 31/03/2017']);
    // An empty DECOM is still missing.
    expect(issuesOf(episode('')).map((i) => [i.code, i.field])).toEqual([['missing-key', 'DECOM']]);
  });

  it('a header file without DOB is named the header table, and the missing column said, without its children reported unknown', () => {
    const noDob = 'CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,WBRI,,,\n';
    expect(detectSsda903Table(noDob)).toBe('header');
    expect(detectSsda903Table('CHILD,SEX,DOB,DUC\n')).toBeNull(); // UASC: not read
    const issues = issuesOf({ header: { name: 'header-2018.csv', text: noDob }, episodes: { name: 'e.csv', text: `${E}\n1,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n` } });
    expect(issues.map((i) => [i.code, i.file, i.line, i.message])).toEqual([
      [
        'missing-key',
        'header-2018.csv',
        1,
        'header-2018.csv line 1: the header table has no column DOB; its columns are CHILD, SEX, ETHNIC, UPN, MOTHER, MC_DOB: the SSDA903 header file starts with CHILD,DOB',
      ],
    ]);
  });
});

describe('an event table given for fewer years than the episodes cover', () => {
  const missing = (name: string) => file(name);
  it('is refused, naming the years it is given for and those it is not', () => {
    const issues = issuesOf({ ...twoYears(), missing: missing('missing-2017.csv') });
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'missing-key',
        'missing',
        'the missing table is given for 2016-17 (missing-2017.csv) but not for 2017-18, which the episodes files cover: its "missing" and "missing-ended" events would count 0 through 2017-18, ' +
          "since an event table of one return holds that return's April-to-March year only. Give each year's missing file in files.missing (a file with the header line only for a year with nothing to list), or leave out the missing table (measures reading its events are then refused)",
      ],
    ]);
  });

  it('a file with no dates cannot be placed in a year: the count is said', () => {
    const issues = issuesOf({ ...twoYears(), reviews: { name: 'reviews.csv', text: 'CHILD,DOB,REVIEW,REVIEW_CODE\n' } });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['missing-key', 'reviews']]);
    expect(issues[0]!.message).toContain('the reviews table is given in 1 file (reviews.csv), but the episodes files cover 2 return years (2016-17 and 2017-18): its "review" events would count 0 through the years without a file');
  });

  it('one file a year, a year with nothing to list included, is read', () => {
    const r = readSsda903({ ...twoYears(), missing: [missing('missing-2017.csv'), missing('missing-2018.csv')] });
    expect(r.eventTypes).toEqual(['missing', 'missing-ended']);
    expect(r.events.filter((e) => e.type === 'missing')).toHaveLength(3);
    // One year's return with its one missing file: nothing to refuse.
    expect(readSsda903({ header: file('header-2018.csv'), episodes: file('episodes-2018.csv'), missing: missing('missing-2018.csv') }).coverage).toEqual({ from: '2017-04', to: '2018-03' });
  });
});
