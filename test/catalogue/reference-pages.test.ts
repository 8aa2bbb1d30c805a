/**
 * The catalogue specs of the six pages of the reference report whose
 * monthly rows are printed, recomputed from those rows (as transcribed in
 * examples/reference/peterborough-2017-09.ts). Every printed value, rolling
 * total, target, variance and 2017-18 RAG cell is reproduced or listed as a
 * publisher error, with the reason; the five pages whose specs the golden
 * tables in test/golden/peterborough.test.ts share are checked there.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator, defineIndicator } from 'council-indicators';
import type { RagStep } from 'council-indicators';
import { auditTable } from 'council-indicators/audit';
import * as page from '../../examples/reference/peterborough-2017-09.js';
import { catalogueSpec, referenceSettings } from '../../src/catalogue/index.js';
import * as reference from '../../examples/reference/specs.js';
import { printedRows } from '../golden/printed-rows.js';

/** A catalogue definition with the reference council's settings. */
const spec = (id: string) => catalogueSpec(id, referenceSettings[id]);

describe('cic-rate-per-10k on page 24', () => {
  const result = computeIndicator(spec('cic-rate-per-10k'), page.childrenInCarePer10k.rows);
  const { findings } = auditTable(spec('cic-rate-per-10k'), printedRows(page.childrenInCarePer10k, ['numerator', 'value', 'target', 'variance', 'rag'], '2016-04'));

  it('reproduces every rate, target, relative variance and RAG of 2016-17 and 2017-18, except the September cells left blank', () => {
    expect(result.periods.every((p) => p.status === 'ok')).toBe(true);
    expect(findings).toEqual([
      // Publisher error: September's target cell was left blank, so the
      // spreadsheet divided by an empty cell and printed #DIV/0!. The
      // contents page gives the target as 74.0, and against it the variance
      // is 5.6%. The RAG cell was left blank too; the contents page rates
      // September R, as the thresholds do (373 children > 365).
      { period: '2017-09', cell: 'target', printed: '', computed: '74.0', reason: 'variance-of-blank-target' },
      { period: '2017-09', cell: 'variance', printed: '#DIV/0!', computed: '5.6%', reason: 'variance-of-blank-target' },
      { period: '2017-09', cell: 'rag', printed: '', computed: 'R', reason: 'rating-contradicts-bands' },
    ]);
  });

  it("prints every rate and variance it reproduces in the library's own text, character for character", () => {
    // The audit compares figures as exact decimals ('5.6' would agree with '5.6%'); the text must match too.
    const differing = result.periods.flatMap((p) => {
      const printed = page.childrenInCarePer10k.printed[p.period]!;
      return [
        ...(printed.value === p.formatted ? [] : [`${p.period} value`]),
        ...(printed.variance === p.formattedVariance ? [] : [`${p.period} variance`]),
      ];
    });
    expect(differing).toEqual(['2017-09 variance']);
  });

  it('rates the rate exactly as the printed thresholds rate the count of children (G <=350, A 351-365, R >=366)', () => {
    for (let cic = 300; cic <= 420; cic++) {
      const [p] = computeIndicator(spec('cic-rate-per-10k'), [{ period: '2017-09', cic }]).periods;
      const byCount = cic <= 350 ? 'green' : cic <= 365 ? 'amber' : 'red';
      expect(p!.rag, `${cic} children`).toBe(byCount);
    }
  });
});

describe('the five pages whose reading the golden tables share', () => {
  // test/golden/peterborough.test.ts recomputes these pages, publisher errors
  // named, with exactly these specs: examples/reference/specs.ts makes them
  // from the catalogue's definitions with the reference settings. Only what the golden tables do not cover is here.
  it('are the specs the golden tables use', () => {
    expect(reference.admissionsPer10k).toEqual(spec('cic-admissions-rate'));
    expect(reference.ceasedPer10k).toEqual(spec('cic-ceased-rate'));
    expect(reference.threeOrMorePlacements).toEqual(spec('cic-three-or-more-placements'));
    expect(reference.reviewsInTime).toEqual(spec('cic-reviews-in-time'));
    expect(reference.personalEducationPlans).toEqual(spec('cic-personal-education-plans'));
  });

  it('do not rate admissions and ceased: the pages print no thresholds ("G = A > R <")', () => {
    expect(spec('cic-admissions-rate').rag).toBeUndefined();
    expect(spec('cic-ceased-rate').rag).toBeUndefined();
  });

  it('do not rate 3+ placements in 2016-17, whose printed cells follow no printed thresholds (5.7% G but 6.6% A)', () => {
    const result = computeIndicator(spec('cic-three-or-more-placements'), page.threeOrMorePlacements.rows);
    expect(result.periods.filter((p) => p.period < '2017-04').every((p) => p.rag === null)).toBe(true);
    expect(page.threeOrMorePlacements.printed['2016-07']).toMatchObject({ value: '5.7%', rag: 'G' });
    expect(page.threeOrMorePlacements.printed['2016-08']).toMatchObject({ value: '6.6%', rag: 'A' });
  });

  it('reproduce the 2016-17 reviews RAG cells too, though the spec rates only from the thresholds of 2017-18', () => {
    const reviews = spec('cic-reviews-in-time');
    const [step] = reviews.rag as RagStep[];
    expect(step!.from).toBe('2017-04');
    const from201604 = defineIndicator({ ...reviews, rag: [{ from: '2016-04', rag: step!.rag }] });
    expect(auditTable(from201604, printedRows(page.reviewsInTime, ['rag'], '2016-04')).findings).toEqual([]);
  });
});

describe('cic-number-in-care on the counts printed on page 24', () => {
  // Page 27's own monthly rows are withheld; page 24 prints the same
  // month-end counts. Differences from 345: April 18, May 17, June 27,
  // July 36, August 28, September 28.
  const rows = page.childrenInCarePer10k.rows.filter((r) => r.period >= '2017-04');
  const result = computeIndicator(spec('cic-number-in-care'), rows);

  it('gives the counts, the differences from 345 and their ratings under the reading |d| < 20 G, 20-29 A, >= 30 R', () => {
    expect(result.periods.map((p) => [p.period, p.formatted, p.formattedVariance, p.rag])).toEqual([
      ['2017-04', '363', '18', 'green'],
      ['2017-05', '362', '17', 'green'],
      ['2017-06', '372', '27', 'amber'],
      ['2017-07', '381', '36', 'red'],
      ['2017-08', '373', '28', 'amber'],
      // The contents page: 373 against 345, A.
      ['2017-09', '373', '28', 'amber'],
    ]);
  });
});

describe('the contents page, September 2017, for the six pages with rows', () => {
  const latest = (id: string, p: page.PublishedPage) => computeIndicator(spec(id), p.rows).periods.at(-1)!;

  it('reproduces every latest value and every rating the thresholds allow', () => {
    const cases: [string, page.PublishedPage, keyof typeof page.contents, string | null][] = [
      ['cic-rate-per-10k', page.childrenInCarePer10k, 'childrenInCarePer10k', 'red'],
      // Printed A, but the page has no thresholds: not reproducible.
      ['cic-admissions-rate', page.admissionsPer10k, 'admissionsPer10k', null],
      ['cic-ceased-rate', page.ceasedPer10k, 'ceasedPer10k', null],
      ['cic-three-or-more-placements', page.threeOrMorePlacements, 'threeOrMorePlacements', 'green'],
      ['cic-reviews-in-time', page.reviewsInTime, 'reviewsInTime', 'amber'],
      ['cic-personal-education-plans', page.personalEducationPlans, 'personalEducationPlans', 'green'],
    ];
    for (const [id, p, key, rag] of cases) {
      const sep = latest(id, p);
      expect(sep.formatted, id).toBe(page.contents[key].actual);
      expect(sep.rag, id).toBe(rag);
    }
  });
});
