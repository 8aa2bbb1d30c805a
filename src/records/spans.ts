/**
 * Sets of months as ordered spans `[from, to]` of month indices, and the
 * difference arrays they are added into. A child's months in care that meet
 * a condition are a few spans, whatever the length of the report, so each
 * measure costs what the child's records cost, not records times months.
 *
 * @internal
 * @module
 */

/** A month index later than any report: "and every month after". */
export const FOREVER = 1e9;

/** Ordered, disjoint spans of months, reused from child to child. */
export class MonthSpans {
  from: number[] = [];
  to: number[] = [];
  length = 0;

  clear(): this {
    this.length = 0;
    return this;
  }

  /**
   * Add `[from, to]`, which must not start before the last span does; empty
   * spans are ignored and touching or overlapping ones merge.
   */
  push(from: number, to: number): void {
    if (from > to) return;
    const n = this.length;
    if (n > 0 && from <= this.to[n - 1]! + 1) {
      if (to > this.to[n - 1]!) this.to[n - 1] = to;
      return;
    }
    this.from[n] = from;
    this.to[n] = to;
    this.length = n + 1;
  }

  /** Replace these spans by the months that are both in them and in `other`. */
  intersect(other: MonthSpans, scratch: MonthSpans): void {
    scratch.clear();
    let i = 0;
    let j = 0;
    while (i < this.length && j < other.length) {
      const from = Math.max(this.from[i]!, other.from[j]!);
      const to = Math.min(this.to[i]!, other.to[j]!);
      scratch.push(from, to);
      if (this.to[i]! < other.to[j]!) i++;
      else j++;
    }
    this.length = 0;
    for (let k = 0; k < scratch.length; k++) this.push(scratch.from[k]!, scratch.to[k]!);
  }
}

/** Counts per month of a report from `first` to `last`, added a span at a time. */
export class MonthlyDifferences {
  private readonly diff: Float64Array;

  constructor(
    readonly first: number,
    readonly last: number,
  ) {
    this.diff = new Float64Array(last - first + 2);
  }

  /** One more in every month of `[from, to]` that is in the report. */
  add(from: number, to: number): void {
    const a = Math.max(from, this.first);
    const b = Math.min(to, this.last);
    if (a > b) return;
    this.diff[a - this.first]! += 1;
    this.diff[b - this.first + 1]! -= 1;
  }

  addAll(spans: MonthSpans): void {
    for (let k = 0; k < spans.length; k++) this.add(spans.from[k]!, spans.to[k]!);
  }

  /** The count of each month. */
  totals(): number[] {
    const out: number[] = [];
    let running = 0;
    for (let m = 0; m <= this.last - this.first; m++) out.push((running += this.diff[m]!));
    return out;
  }
}
