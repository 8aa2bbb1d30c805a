/**
 * The command line and spec problems found while computing: every
 * `thresholds-period` and `inside-reported-period` issue of `compute` and
 * `scorecard` placed in its spec's file at its key's line, whichever of
 * several `--spec` files it is in (never the library's `specs[1]`); a step
 * refused only for the scorecard's history says how few `--periods` avoid
 * it; `--as-of` messages name `--as-of`, not `asOf` (new-user trial 3: B4, B7).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runIn } from './memory-io.js';

const example = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), 'utf8');
const files: Record<string, string> = {
  'data.csv': example('data.csv'),
  'admissions.json': example('admissions.json'),
  // A monthly count with a month's target (line 9), no thresholdsPer.
  'mcount.yaml': ['id: adm', 'title: Admissions in the month', 'measure:', '  type: count', 'numerator:', '  field: admissions', '  aggregate: sum', 'polarity: lower-is-better', 'target: 20', ''].join('\n'),
  // A target step from May 2017 (line 10), inside 2017-Q2.
  'stepq.yaml': [
    'id: p3',
    'title: Three placements',
    'measure:',
    '  type: percentage',
    'numerator: { field: placements3, aggregate: last }',
    'denominator: { field: cic, aggregate: last }',
    'polarity: lower-is-better',
    'target:',
    '  - { from: 2016-04, value: 12 }',
    '  - { from: 2017-05, value: 10 }',
    '',
  ].join('\n'),
};
const twoSpecs = ['--spec', 'admissions.json', '--spec', 'mcount.yaml', '--data', 'data.csv', '--every', 'quarter'];

describe('spec problems found while computing, placed in their files', () => {
  it('compute names which of two --spec files, and the line of the target a missing thresholdsPer speaks of', () => {
    const r = runIn(files, ['compute', ...twoSpecs]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ {2}mcount\.yaml line 9, at thresholdsPer: .*\[thresholds-period\]$/m);
    expect(r.stderr).not.toContain('admissions.json');
  });

  it('scorecard says the file, not specs[1]', () => {
    const r = runIn(files, ['scorecard', ...twoSpecs, '--format', 'md']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ {2}mcount\.yaml line 9, at thresholdsPer: .*\[thresholds-period\]$/m);
    expect(r.stderr).not.toContain('specs[');
  });

  it('an inside-reported-period step is placed at its from, by compute and by scorecard', () => {
    const want = '  stepq.yaml line 10, at target[1].from: target step from 2017-05 falls inside 2017-Q2 (Q1 2017-18), reported as a whole: start it at 2017-04 or 2017-07 [inside-reported-period]';
    const computed = runIn(files, ['compute', '--spec', 'stepq.yaml', '--data', 'data.csv', '--every', 'quarter']);
    expect(computed.stderr.split('\n')[1]).toBe(want);
    // A quarterly scorecard at 2017-Q2: the step is at asOf, so nothing is added.
    const card = runIn(files, ['scorecard', '--spec', 'stepq.yaml', '--data', 'data.csv', '--every', 'quarter', '--as-of', '2017-Q2', '--format', 'md']);
    expect(card.stderr.split('\n')[1]).toBe(want);
  });

  it('a step only in the scorecard history says so, and how few --periods avoid it; that many work', () => {
    const args = ['scorecard', '--spec', 'stepq.yaml', '--data', 'data.csv', '--every', 'quarter', '--as-of', 'Q2 2017-18', '--format', 'md'];
    const r = runIn(files, [...args, '--periods', '4']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      "stepq.yaml line 10, at target[1].from: target step from 2017-05 falls inside 2017-Q2 (Q1 2017-18), reported as a whole: start it at 2017-04 or 2017-07; 2017-Q2 is only in this scorecard's history, not at 2017-Q3: the 4 quarters to 2017-Q3 reach back to it. Give --periods 1 or fewer for a series that starts after it, or start the step as said [inside-reported-period]",
    );
    expect(runIn(files, [...args, '--periods', '1']).status).toBe(0);
  });
});

describe('--as-of in the words of the command line', () => {
  it('a month with --every names --as-of and --every, never asOf', () => {
    const r = runIn(files, ['scorecard', '--spec', 'admissions.json', '--data', 'data.csv', '--every', 'quarter', '--as-of', '2017-09']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '--as-of: "2017-09" is a month, but this scorecard reports quarterly (--every quarter): give a quarter in YYYY-Qn form, e.g. "2017-Q2"; the month 2017-09 falls in "2017-Q3" [bad-period]',
    );
    expect(r.stderr).not.toMatch(/\basOf\b/);
  });
});
