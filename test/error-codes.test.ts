/**
 * Every issue code: reachable through the public API, and documented in
 * docs/errors.md with a real example message. Each trigger below is a
 * likely mistake; the test checks that the issue it raises carries the code
 * and that the docs show the message it really gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addMonths, computeIndicator, defineIndicator, isIndicatorError, parsePeriod, validateSpec } from 'council-indicators';
import type { IndicatorError, IndicatorIssue, IndicatorSpecInput, IssueCode } from 'council-indicators';
import { addWorkingDays, bankHolidays, deriveMonthly } from 'council-indicators/records';
import { catalogueEntry, catalogueSpec } from 'council-indicators/catalogue';
import { computeScorecard } from 'council-indicators/scorecard';
import { xmr } from 'council-indicators/statistics';
import { readRows, readSsda903 } from 'council-indicators/readers';
import { pct } from './helpers.js';

const ERRORS_TS = readFileSync(new URL('../src/errors.ts', import.meta.url), 'utf8');
const DOC = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');

/** The codes of the `IssueCode` union, as written in src/errors.ts. */
const CODES = [...ERRORS_TS.slice(ERRORS_TS.indexOf('export type IssueCode'), ERRORS_TS.indexOf(';', ERRORS_TS.indexOf('export type IssueCode'))).matchAll(/'([a-z0-9-]+)'/g)].map(
  (m) => m[1] as IssueCode,
);

function issuesOf(f: () => unknown): IndicatorIssue[] {
  try {
    const result = f();
    if (result !== null && typeof result === 'object' && 'ok' in result && result.ok === false && 'issues' in result) {
      return result.issues as IndicatorIssue[];
    }
  } catch (e) {
    if (isIndicatorError(e)) return [...(e as IndicatorError).issues];
    throw e;
  }
  throw new Error('expected the call to fail');
}

const child = { childId: 'A', dateOfBirth: '2010-01-01' };
const derive = (records: object, measures: object = { inCare: { type: 'in-care' } }) =>
  deriveMonthly(records as never, { from: '2017-01', to: '2017-02', measures: measures as never });
const count = (extra: Partial<IndicatorSpecInput> = {}): IndicatorSpecInput => ({
  id: 'count',
  title: 'Count',
  measure: { type: 'count' },
  numerator: 'n',
  polarity: 'neutral',
  ...extra,
});
const bands = (b: unknown) => pct({ rag: { bands: b as never } });

/** One likely mistake per code. */
const TRIGGERS: Record<IssueCode, () => unknown> = {
  'wrong-type': () => validateSpec({ ...pct(), title: 7 }),
  'unknown-key': () => validateSpec({ ...pct(), decimls: 1 }),
  'forbidden-key': () => validateSpec(JSON.parse('{"id":"x","title":"X","measure":{"type":"count"},"numerator":"n","polarity":"neutral","benchmarks":{"__proto__":[{"from":"2017-04","value":1}]}}')),
  'missing-key': () => validateSpec({ id: 'x', title: 'X', measure: { type: 'count' }, numerator: 'n' }),
  'out-of-range': () => validateSpec({ ...pct(), decimals: 11 }),
  'bad-format': () => validateSpec({ ...pct(), target: [{ from: '2017-4', value: 1 }] }),
  'bad-choice': () => validateSpec({ ...pct(), rounding: 'half-down' }),
  'bad-id': () => validateSpec({ ...pct(), id: 'Admissions Rate' }),
  'duplicate-id': () => computeScorecard([count(), count()], [{ period: '2017-09', n: 1 }], { asOf: '2017-09' }),
  'unknown-id': () => catalogueEntry('cic-admisions'),
  'missing-setting': () => catalogueSpec('cic-admissions-rate', { target: 38 }),
  'window-needs-aggregate': () => validateSpec(count({ window: { type: 'rolling', months: 12 } })),
  'denominator-not-allowed': () => validateSpec(count({ denominator: 'd' })),
  'denominator-required': () => validateSpec({ ...pct(), denominator: undefined }),
  'needs-target': () => validateSpec({ ...pct(), polarity: 'closer-to-target' }),
  'steps-out-of-order': () => validateSpec({ ...pct(), target: [{ from: '2018-04', value: 1 }, { from: '2017-04', value: 2 }] }),
  'band-gap': () => validateSpec(bands([{ rating: 'red', max: 84, maxInclusive: false }, { rating: 'green', min: 85, minInclusive: true }])),
  'band-overlap': () => validateSpec(bands([{ rating: 'red', max: 85, maxInclusive: true }, { rating: 'green', min: 85, minInclusive: true }])),
  'band-empty': () => validateSpec(bands([{ rating: 'red', max: 85, maxInclusive: false }, { rating: 'amber', min: 85, minInclusive: true, max: 85, maxInclusive: false }, { rating: 'green', min: 85, minInclusive: true }])),
  'band-inclusivity': () => validateSpec(bands([{ rating: 'red', max: 85 }, { rating: 'green', min: 85, minInclusive: true }])),
  'band-polarity': () => validateSpec(bands([{ rating: 'green', max: 85, maxInclusive: false }, { rating: 'red', min: 85, minInclusive: true }])),
  'percentage-over-100': () => computeIndicator(pct(), [{ period: '2017-01', a: 5, b: 4 }, { period: '2017-02', a: 1, b: 4 }, { period: '2017-03', a: 1, b: 4 }], { from: '2017-03' }),
  'numerator-over-denominator': () =>
    computeIndicator(count({ measure: { type: 'rate', per: 10000, partOfDenominator: true }, numerator: 'cic', denominator: { value: 0.48117 } }), [{ period: '2017-09', cic: 373 }]),
  'percent-as-fraction': () => validateSpec({ ...pct(), target: 0.9 }),
  'reserved-name': () => derive({ children: [], episodes: [] }, { period: { type: 'in-care' } }),
  'no-interval': () => validateSpec(count({ measure: { type: 'ratio' }, denominator: 'd', confidence: 0.95 })),
  'signed-not-allowed': () => validateSpec(count({ measure: { type: 'rate', per: 10000 }, numerator: { field: 'n', signed: true }, denominator: 'd' })),
  'bad-period': () => computeIndicator(count(), [{ period: '2017-9', n: 1 }]),
  'mixed-frequency': () => computeIndicator(count(), [{ period: '2017-09', n: 1 }, { period: '2017-Q4', n: 3 }]),
  'window-not-whole-periods': () => validateSpec(count({ numerator: { field: 'n', aggregate: 'sum' }, window: { type: 'rolling', months: 2 }, frequency: 'quarter' })),
  'thresholds-period': () =>
    computeIndicator(count({ numerator: { field: 'n', aggregate: 'sum' }, target: 20 }), ['2017-04', '2017-05', '2017-06'].map((period) => ({ period, n: 9 })), { every: 'quarter' }),
  'inside-reported-period': () =>
    computeIndicator(
      count({ numerator: { field: 'n', aggregate: 'sum' }, thresholdsPer: 'quarter', target: [{ from: '2017-04', value: 60 }, { from: '2017-05', value: 66 }] }),
      ['2017-04', '2017-05', '2017-06'].map((period) => ({ period, n: 9 })),
      { every: 'quarter' },
    ),
  'range-reversed': () => computeIndicator(count(), [{ period: '2017-09', n: 1 }], { from: '2017-09', to: '2017-04' }),
  'range-open': () => computeIndicator(count(), [], { from: '2017-04' }),
  'bad-option': () => computeIndicator(count(), [{ period: '2017-09', n: 1 }], '2017-09' as never),
  'not-an-array': () => computeIndicator(count(), { period: '2017-09', n: 1 } as never),
  'not-an-object': () => computeIndicator(count(), [7] as never),
  'missing-period': () => computeIndicator(count(), [{ n: 1 }] as never),
  'duplicate-period': () => computeIndicator(count(), [{ period: '2017-09', n: 1 }, { period: '2017-09', n: 2 }]),
  'not-a-number': () => computeIndicator(count(), [{ period: '2017-09', n: '12' }]),
  'not-finite': () => computeIndicator(count(), [{ period: '2017-09', n: Number.NaN }]),
  'negative-value': () => computeIndicator(count(), [{ period: '2017-09', n: -1 }]),
  'too-large': () => computeIndicator(count(), [{ period: '2017-09', n: 2 ** 53 }]),
  'too-small': () => computeIndicator(count(), [{ period: '2017-09', n: 1e-21 }]),
  'unknown-field': () => computeIndicator(count({ numerator: 'admission' }), [{ period: '2017-09', admissions: 1, population: 2 }]),
  'series-gap': () => xmr([{ period: '2017-01', value: 1 }, { period: '2017-03', value: 2 }], { improvement: 'increase' }),
  'bad-date': () => derive({ children: [child], episodes: [{ childId: 'A', start: '10/01/2017' }] }),
  'date-out-of-range': () => addWorkingDays('2101-01-04', 1),
  'unknown-child': () => derive({ children: [child], episodes: [{ childId: 'B', start: '2017-01-10' }] }),
  'duplicate-child': () => derive({ children: [child, child], episodes: [] }),
  'episode-order': () => derive({ children: [child], episodes: [{ childId: 'A', start: '2017-01-10', end: '2017-01-09' }] }),
  'episode-overlap': () =>
    derive({ children: [child], episodes: [{ childId: 'A', start: '2017-01-10', end: '2017-02-10' }, { childId: 'A', start: '2017-02-01', reasonNewEpisode: 'P' }] }),
  'episode-before-birth': () => derive({ children: [child], episodes: [{ childId: 'A', start: '2009-12-31' }] }),
  'episode-gap': () =>
    derive({ children: [child], episodes: [{ childId: 'A', start: '2017-01-10', end: '2017-01-20' }, { childId: 'A', start: '2017-02-01', reasonNewEpisode: 'P' }] }),
  'event-without-start': () =>
    derive(
      { children: [child], episodes: [{ childId: 'A', start: '2016-06-01' }], events: [{ childId: 'A', type: 'adopted', date: '2017-01-20' }], eventTypes: ['placed', 'adopted'], coverage: { from: '2016-06', to: '2017-02' } },
      { days: { type: 'days-between', part: 'total', from: 'placed', to: 'adopted' } },
    ),
  'unknown-event-type': () =>
    derive({ children: [child], episodes: [{ childId: 'A', start: '2016-06-01' }], events: [{ childId: 'A', type: 'missing', date: '2017-01-20' }] }, { missing: { type: 'events', event: 'mising' } }),
  'outside-records': () => derive({ children: [child], episodes: [{ childId: 'A', start: '2016-06-01', end: '2016-12-01' }] }),
  'region-needs-working': () => derive({ children: [child], episodes: [] }, { hc: { type: 'event-within', part: 'met', event: 'health-check', days: 20, region: 'scotland' } }),
  'bad-region': () => bankHolidays(2017, 'wales' as never),
  'bad-csv': () => readRows('period,n\n2017-09,"12\n'),
  'bad-json': () => readRows('{"period":"2017-09"}\n{"period":}\n', { format: 'jsonl' }),
  'column-count': () => readRows('period,n\n2017-09,1,2\n'),
  'duplicate-column': () => readRows('period,n,n\n'),
  'inexact-number': () => readRows('period,n\n2017-09,9007199254740993\n'),
  'contradiction': () =>
    readSsda903({
      header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1,1,01/01/2010,WBRI,,,\n',
      episodes: [
        { name: 'episodes-2017.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/02/2017,S,C2,N1,U1,PR1,,,,,,\n' },
        { name: 'episodes-2018.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1,01/02/2017,S,C1,N1,U1,PR1,,,,,,\n' },
      ],
    }),
};

describe('issue codes', () => {
  it('every code of IssueCode has a trigger here', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)('%s: raised by a likely mistake, and documented with its real message', (code) => {
    const issues = issuesOf(TRIGGERS[code]);
    const issue = issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    const row = DOC.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
    expect(row, `docs/errors.md has no row for ${code}`).toBeDefined();
    expect(row).toContain(`\`${issue!.message.replace(/\|/g, '\\|')}\``);
  });

  it('every issue in the docs names a code that exists', () => {
    const documented = [...DOC.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(new Set(documented)).toEqual(new Set(CODES));
  });

  // Keep the helpers used, and show what an unused import would hide.
  it('parsePeriod and addMonths raise bad-period too', () => {
    expect(issuesOf(() => parsePeriod('09/10'))[0]!.code).toBe('bad-period');
    expect(issuesOf(() => addMonths('2017-9', 1))[0]!.code).toBe('bad-period');
    expect(issuesOf(() => defineIndicator({ ...pct(), title: '' }))[0]!.code).toBe('out-of-range');
  });
});
