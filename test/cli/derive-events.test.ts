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
    expect(refused.stderr).toContain('which these records cannot hold');
  });
});
