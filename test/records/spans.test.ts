/**
 * Month spans and difference arrays (src/records/spans.ts), against plain
 * sets of months.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FOREVER, MonthlyDifferences, MonthSpans } from '../../src/records/spans.js';

/** The months of some spans, as a set (spans must be bounded). */
function monthsOf(spans: MonthSpans): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < spans.length; k++) for (let m = spans.from[k]!; m <= spans.to[k]!; m++) out.add(m);
  return out;
}

/** Spans from sorted (from, length) pairs; length -1 makes an empty span. */
const spansArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -1, max: 8 })), { maxLength: 12 })
  .map((pairs) => pairs.sort((a, b) => a[0] - b[0]));

function build(pairs: [number, number][]): MonthSpans {
  const spans = new MonthSpans();
  for (const [from, length] of pairs) spans.push(from, from + length);
  return spans;
}

describe('MonthSpans', () => {
  it('push keeps the months pushed, merging touching and overlapping spans and ignoring empty ones', () => {
    fc.assert(
      fc.property(spansArb, (pairs) => {
        const spans = build(pairs);
        const expected = new Set<number>();
        for (const [from, length] of pairs) for (let m = from; m <= from + length; m++) expected.add(m);
        expect(monthsOf(spans)).toEqual(expected);
        // Ordered and disjoint, with a gap between spans (else they would have merged).
        for (let k = 1; k < spans.length; k++) expect(spans.from[k]!).toBeGreaterThan(spans.to[k - 1]! + 1);
      }),
    );
  });

  it('intersect keeps the months in both', () => {
    fc.assert(
      fc.property(spansArb, spansArb, (a, b) => {
        const x = build(a);
        const y = build(b);
        const both = new Set([...monthsOf(x)].filter((m) => monthsOf(y).has(m)));
        x.intersect(y, new MonthSpans());
        expect(monthsOf(x)).toEqual(both);
      }),
    );
  });

  it('clear empties the spans for the next child', () => {
    const spans = build([[3, 2]]);
    spans.clear().push(10, 11);
    expect([spans.length, spans.from[0], spans.to[0]]).toEqual([1, 10, 11]);
  });
});

describe('MonthlyDifferences', () => {
  it('totals count, for each month of the report, the spans covering it (spans beyond the report clipped)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -20, max: 80 }), fc.integer({ min: -1, max: 40 }))), (pairs) => {
        const out = new MonthlyDifferences(10, 50);
        const expected = new Array<number>(41).fill(0);
        for (const [from, length] of pairs) {
          out.add(from, from + length);
          for (let m = Math.max(10, from); m <= Math.min(50, from + length); m++) expected[m - 10]! += 1;
        }
        expect(out.totals()).toEqual(expected);
      }),
    );
  });

  it('a span open to FOREVER counts to the end of the report', () => {
    const out = new MonthlyDifferences(0, 3);
    out.add(2, FOREVER);
    expect(out.totals()).toEqual([0, 0, 1, 1]);
  });
});
