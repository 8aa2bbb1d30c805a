/**
 * `derive` with measures reading events the records do not hold: the
 * catalogue's entries that cannot be derived from SSDA903 files refuse with
 * the reason, instead of printing 0% health assessments; a misspelt type is
 * placed at its line of the measures file; an empty table's events count 0.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIn } from './memory-io.js';

const dir = new URL('../../examples/cli/ssda903/', import.meta.url);
const files: Record<string, string> = Object.fromEntries(readdirSync(dir).map((f) => [`ssda903/${f}`, readFileSync(new URL(f, dir), 'utf8')]));
const names = Object.keys(files);
const range = ['--from', '2017-03', '--to', '2017-05'];

describe('derive: event types the records do not hold', () => {
  it('--catalogue refuses the entries whose events an SSDA903 return never holds, and names the ones it can give', () => {
    const r = runIn(files, ['derive', '--records', ...names, '--catalogue', ...range]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      '--catalogue: cic-initial-health-assessments cannot be derived from these records: its measures ihaMet, ihaEligible read "health-assessment-initial" events, which the records do not hold (they hold review, missing, missing-ended), so it would be 0 every month [unknown-event-type]',
    );
    expect(r.stderr).toContain('--catalogue: cic-dental-checks cannot be derived from these records: its measure dentalMet reads "dental-check" events');
    expect(r.stderr).toContain('--catalogue: cic-adoption-a2-days cannot be derived from these records: its measures a2Days, a2Children read "placement-order" and "matched" events');
    expect(r.stderr).toMatch(/--catalogue: derive the entries these records can give with --catalogue cic-rate-per-10k .*cic-missing-individuals \[unknown-event-type\]/);
    expect(r.stderr).not.toContain('cic-number-in-care cannot');
  });

  it('--catalogue with named entries: only those are refused or offered', () => {
    const r = runIn(files, ['derive', '--records', ...names, '--catalogue', 'cic-number-in-care', 'cic-annual-health-assessments', ...range]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cic-annual-health-assessments cannot be derived from these records');
    expect(r.stderr).toContain('derive the entries these records can give with --catalogue cic-number-in-care [unknown-event-type]');
    const ok = runIn(files, ['derive', '--records', ...names, '--catalogue', 'cic-number-in-care', 'cic-missing-individuals', ...range]);
    expect(ok.status).toBe(0);
  });

  it('a misspelt event type in a measures file, at its line, with a did-you-mean', () => {
    const r = runIn({ ...files, 'm.yaml': 'inCare: { type: in-care }\nmissing: { type: events, event: mising }\n' }, ['derive', '--records', ...names, '--measures', 'm.yaml', ...range]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/m\.yaml line 2, at missing\.event: measure missing reads "mising" events, .*did you mean "missing"\?/);
  });

  it('a table given with no rows: its events may be absent, and count 0', () => {
    const noMissing = { ...files, 'ssda903/missing-2017.csv': 'CHILD,DOB,MISSING,MIS_START,MIS_END\n' };
    const r = runIn({ ...noMissing, 'm.yaml': 'missing: { type: events, event: missing }\n' }, ['derive', '--records', ...names, '--measures', 'm.yaml', ...range]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\r\n').slice(0, 4)).toEqual(['period,missing', '2017-03,0', '2017-04,0', '2017-05,0']);
    // Without the missing table, the type is not one the records can hold.
    const without = Object.fromEntries(Object.entries(files).filter(([n]) => !n.includes('missing')));
    const refused = runIn({ ...without, 'm.yaml': 'missing: { type: events, event: missing }\n' }, ['derive', '--records', ...Object.keys(without), '--measures', 'm.yaml', ...range]);
    expect(refused.status).toBe(1);
    // Said for the command line: the file to give, never records.eventTypes, which no SSDA903 file has.
    expect(refused.stderr).toContain(
      'm.yaml line 1, at missing.event: measure missing reads "missing" events, which come from the SSDA903 missing table, and no missing file was given (the files given hold review events), so it would count 0 every month: ' +
        "give each year's missing file (headed CHILD,DOB,MISSING,MIS_START,MIS_END) to --records, or leave the measure out [unknown-event-type]",
    );
    expect(refused.stderr).not.toContain('records.eventTypes');
  });

  it('a misspelt type is told to be corrected in the measures file, not declared', () => {
    const r = runIn({ ...files, 'm.yaml': 'missing: { type: events, event: mising }\n' }, ['derive', '--records', ...names, '--measures', 'm.yaml', ...range]);
    expect(r.stderr).toContain('measure missing reads "mising" events, which no SSDA903 table holds (the files given hold review, missing, missing-ended events;');
    expect(r.stderr).toContain('did you mean "missing"?: correct the type in the measures file [unknown-event-type]');
    expect(r.stderr).not.toContain('records.eventTypes');
  });

  it('an event table given for one year of two is refused, naming the year and the file to give', () => {
    const one = Object.fromEntries(Object.entries(files).filter(([n]) => n !== 'ssda903/missing-2018.csv'));
    const r = runIn({ ...one, 'm.yaml': 'missing: { type: events, event: missing }\n' }, ['derive', '--records', ...Object.keys(one), '--measures', 'm.yaml', '--from', '2016-04', '--to', '2018-03']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      '--records: the missing table is given for 2016-17 (ssda903/missing-2017.csv) but not for 2017-18, which the episodes files cover: its "missing" and "missing-ended" events would count 0 through 2017-18, ' +
        "since an event table of one return holds that return's April-to-March year only. Give each year's missing file to --records (a file with the header line only for a year with nothing to list), or leave out the missing files (measures reading their events are then refused) [missing-key]",
    );
  });

  it('months after the returns: derive within their years, or give the next year\'s files, never records.coverage', () => {
    const r = runIn({ ...files, 'm.yaml': 'inCare: { type: in-care }\n' }, ['derive', '--records', ...names, '--measures', 'm.yaml', '--from', '2016-04', '--to', '2018-06']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "--to: to 2018-06 is after the months the records cover, 2016-04 to 2018-03 (the years of the returns given): months after 2018-03 would be counted as if nothing happened in them. Derive up to 2018-03: SSDA903 returns cover their April-to-March years only; to derive later months, give that year's return files (header, episodes and the event tables) to --records as well [outside-records]",
    );
    expect(r.stderr).not.toContain('widen');
    expect(r.stderr).not.toContain('records.coverage');
  });
});
