/**
 * RAG band checks: every value a rating can meet must fall in exactly one
 * band, and bands must not contradict the polarity.
 *
 * @module
 */
import type { IndicatorIssue } from '../errors.js';
import * as I from '../exact/int.js';
import type { Int } from '../exact/int.js';
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { Band, Polarity, Rating } from './types.js';

/** The values a rating can meet: `null` ends are unbounded. @internal */
export interface Domain {
  lo: Q | null;
  hi: Q | null;
}

/** Ratings from worst to best. */
const RANK: Record<Rating, number> = { red: 0, amber: 1, green: 2, blue: 3 };

/** A bound of an interval: a value (null is infinite) and whether it is included. */
interface Bound {
  v: Q | null;
  closed: boolean;
}

interface Interval {
  index: number;
  band: Band;
  lo: Bound;
  hi: Bound;
}

/** Order of lower bounds: -inf first; at one value a closed bound starts first. */
function cmpLower(a: Bound, b: Bound): number {
  if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? -1 : 1;
  const c = R.cmp(a.v, b.v);
  if (c !== 0) return c;
  return a.closed === b.closed ? 0 : a.closed ? -1 : 1;
}

const fmt = (q: Q): string => R.toDecimalString(q);

/** `84 <= x < 85`, `x = 98`, `x > 10` for the interval between two bounds. */
function describeInterval(lo: Bound, hi: Bound): string {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an infinite (null) bound is never closed, so the closed checks already rule it out
  if (lo.v !== null && hi.v !== null && lo.closed && hi.closed && R.cmp(lo.v, hi.v) === 0) return `x = ${fmt(lo.v)}`;
  const left = lo.v === null ? '' : `${fmt(lo.v)} ${lo.closed ? '<=' : '<'} `;
  if (hi.v === null) return lo.v === null ? 'every x' : `x ${lo.closed ? '>=' : '>'} ${fmt(lo.v)}`;
  return `${left}x ${hi.closed ? '<=' : '<'} ${fmt(hi.v)}`;
}

function describeBand(it: Interval): string {
  return `bands[${it.index}] (${it.band.rating}, ${describeInterval(it.lo, it.hi)})`;
}

/** The complement bound: the lower bound just after an upper bound, and vice versa. */
const after = (b: Bound): Bound => ({ v: b.v, closed: !b.closed });

/**
 * Check a band set against its domain. `decimals` null judges coverage on the
 * real line (`using: 'exact'`); a number judges it on the values displayable
 * at that many decimals (`using: 'rounded'`).
 *
 * @internal
 */
export function checkBands(
  bands: readonly Band[],
  domain: Domain,
  decimals: number | null,
  polarity: Polarity,
  path: string,
): IndicatorIssue[] {
  const issues: IndicatorIssue[] = [];
  const intervals: Interval[] = [];
  bands.forEach((band, index) => {
    const at = `${path}[${index}]`;
    let ok = true;
    if (band.min !== undefined && band.minInclusive === undefined) {
      issues.push({ code: 'band-inclusivity', path: `${at}.minInclusive`, message: `say whether min ${band.min} is in the band: minInclusive true or false` });
      ok = false;
    }
    if (band.max !== undefined && band.maxInclusive === undefined) {
      issues.push({ code: 'band-inclusivity', path: `${at}.maxInclusive`, message: `say whether max ${band.max} is in the band: maxInclusive true or false` });
      ok = false;
    }
    if (band.min === undefined && band.minInclusive !== undefined) {
      issues.push({ code: 'band-inclusivity', path: `${at}.minInclusive`, message: 'minInclusive without a min' });
      ok = false;
    }
    if (band.max === undefined && band.maxInclusive !== undefined) {
      issues.push({ code: 'band-inclusivity', path: `${at}.maxInclusive`, message: 'maxInclusive without a max' });
      ok = false;
    }
    if (!ok) return;
    // Stryker disable next-line BooleanLiteral: equivalent, whether an infinite bound is closed is never read
    const lo: Bound = band.min === undefined ? { v: null, closed: false } : { v: R.fromNumber(band.min), closed: band.minInclusive === true };
    // Stryker disable next-line BooleanLiteral: equivalent, whether an infinite bound is closed is never read
    const hi: Bound = band.max === undefined ? { v: null, closed: false } : { v: R.fromNumber(band.max), closed: band.maxInclusive === true };
    intervals.push({ index, band, lo, hi });
  });
  if (issues.length > 0) return issues;

  // Stryker disable next-line ConditionalExpression: equivalent, whether an infinite bound is closed is never read
  const domainLo: Bound = { v: domain.lo, closed: domain.lo !== null };
  // Stryker disable next-line ConditionalExpression: equivalent, whether an infinite bound is closed is never read
  const domainHi: Bound = { v: domain.hi, closed: domain.hi !== null };
  // Stryker disable next-line ConditionalExpression: equivalent, both branches give decimals
  const grid = decimals === null ? null : decimals;
  // Stryker disable next-line StringLiteral: equivalent, a domain's bounds are closed whole numbers (0, 100), which lower and upper scoping leave alone
  const dLo = toScope(domainLo, 'lower', grid);
  // Stryker disable next-line StringLiteral: equivalent, toScope treats any side but 'lower' as upper
  const dHi = toScope(domainHi, 'upper', grid);
  const covers: Cover[] = intervals.map((it) => {
    let lo = toScope(it.lo, 'lower', grid);
    // Stryker disable next-line StringLiteral: equivalent, toScope treats any side but 'lower' as upper
    let hi = toScope(it.hi, 'upper', grid);
    // Stryker disable next-line EqualityOperator: equivalent, at 0 the two bounds are equal
    if (cmpLower(lo, dLo) < 0) lo = dLo;
    // Stryker disable next-line EqualityOperator: equivalent, at 0 the two bounds are equal
    if (cmpUpper(hi, dHi) > 0) hi = dHi;
    return { it, lo, hi };
  });

  for (const c of covers) {
    if (isEmpty(c.lo, c.hi)) {
      issues.push({
        code: 'band-empty',
        path: `${path}[${c.it.index}]`,
        message: `${describeBand(c.it)} covers no ${grid === null ? 'value' : 'displayable value'} in ${describeInterval(domainLo, domainHi)}`,
      });
    }
  }
  if (issues.length > 0) return issues;

  const sorted = [...covers].sort((a, b) => cmpLower(a.lo, b.lo) || a.it.index - b.it.index);
  // The lower bound of what is not yet covered; null once everything up to +infinity is.
  let cursor: Bound | null = dLo;
  let previous: Cover | null = null;
  for (const c of sorted) {
    const order = cursor === null ? -1 : cmpLower(c.lo, cursor);
    if (order > 0) {
      issues.push({ code: 'band-gap', path, message: `bands leave ${gapText(previous, c, domainLo, domainHi, cursor!, c.lo, grid)}` });
    // Stryker disable next-line ConditionalExpression: equivalent, the first band starts at or after the domain's start (clamped above), so order < 0 always has a previous band
    } else if (order < 0 && previous !== null) {
      issues.push({ code: 'band-overlap', path, message: `${describeBand(previous.it)} and ${describeBand(c.it)} overlap on ${overlapText(previous, c, grid)}` });
    }
    const next = c.hi.v === null ? null : afterUpper(c.hi, grid);
    if (cursor !== null && (next === null || cmpLower(next, cursor) > 0)) {
      cursor = next;
      previous = c;
    }
  }
  if (cursor !== null && !isEmpty(cursor, dHi)) {
    issues.push({ code: 'band-gap', path, message: `bands leave ${gapText(previous, null, domainLo, domainHi, cursor, null, grid)}` });
  }
  if (issues.length > 0) return issues;

  // Stryker disable next-line ConditionalExpression: equivalent, the check inside flags only these two polarities
  if (polarity === 'higher-is-better' || polarity === 'lower-is-better') {
    for (let i = 1; i < sorted.length; i++) {
      const lower = sorted[i - 1]!;
      const higher = sorted[i]!;
      const rise = RANK[higher.it.band.rating] - RANK[lower.it.band.rating];
      if ((polarity === 'higher-is-better' && rise < 0) || (polarity === 'lower-is-better' && rise > 0)) {
        issues.push({
          code: 'band-polarity',
          path,
          message: `with polarity "${polarity}", ${describeBand(higher.it)} rates higher values ${polarity === 'higher-is-better' ? 'worse' : 'better'} than ${describeBand(lower.it)}`,
        });
      }
    }
  }
  return issues;
}

// --- Coverage on the real line (grid null) or on the values displayable at
// `grid` decimals. On the grid every bound is turned into a closed bound on a
// displayable value, so the same comparisons serve both.

interface Cover {
  it: Interval;
  lo: Bound;
  hi: Bound;
}

/** Order of upper bounds: +inf last; at one value an open bound ends first. */
function cmpUpper(a: Bound, b: Bound): number {
  if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? 1 : -1;
  const c = R.cmp(a.v, b.v);
  if (c !== 0) return c;
  return a.closed === b.closed ? 0 : a.closed ? 1 : -1;
}

/** Whether nothing lies between a lower and an upper bound. */
function isEmpty(lo: Bound, hi: Bound): boolean {
  if (lo.v === null || hi.v === null) return false;
  const c = R.cmp(lo.v, hi.v);
  return c > 0 || (c === 0 && !(lo.closed && hi.closed));
}

/** The bound on the grid: the first (lower) or last (upper) displayable value inside it. */
function toScope(b: Bound, side: 'lower' | 'upper', grid: number | null): Bound {
  if (grid === null || b.v === null) return b;
  const units = R.mul(b.v, R.int(I.pow10(grid)));
  const [q, r] = I.divmod(units.n, units.d);
  const exact = r === 0;
  let u: Int;
  if (side === 'lower') u = exact && b.closed ? q : I.add(q, 1);
  else u = exact && !b.closed ? I.sub(q, 1) : q;
  return { v: R.fromUnits(u, grid), closed: true };
}

/** The lower bound of what lies just above an upper bound. */
function afterUpper(hi: Bound, grid: number | null): Bound {
  if (grid === null) return after(hi);
  return { v: R.add(hi.v!, R.fromUnits(1, grid)), closed: true };
}

function shownRange(first: Q | null, last: Q | null, grid: number): string {
  // Stryker disable next-line StringLiteral: equivalent, the values shown are already on the grid, so the rounding mode never applies
  const t = (q: Q) => R.unitsToFixed(R.roundToUnits(q, grid, 'half-up'), grid);
  if (first === null) return last === null ? 'every displayed value' : `displayed values up to ${t(last)}`;
  if (last === null) return `displayed values from ${t(first)} up`;
  if (R.cmp(first, last) === 0) return `the displayed value ${t(first)}`;
  return `displayed values ${t(first)} to ${t(last)}`;
}

function gapText(
  previous: Cover | null,
  next: Cover | null,
  domainLo: Bound,
  domainHi: Bound,
  from: Bound,
  to: Bound | null,
  grid: number | null,
): string {
  const lo = previous === null ? domainLo : after(previous.it.hi);
  const hi = next === null ? domainHi : after(next.it.lo);
  const real = describeInterval(lo, hi);
  if (grid === null) return `${real} uncovered`;
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, toScope keeps an infinite bound infinite (and treats any side but 'lower' as upper), and a gap never ends at an infinite lower bound
  const last = to === null ? (domainHi.v === null ? null : toScope(domainHi, 'upper', grid).v) : to.v === null ? null : R.sub(to.v, R.fromUnits(1, grid));
  return `${real} uncovered (${shownRange(from.v, last, grid)} at ${grid} decimal place${grid === 1 ? '' : 's'})`;
}

function overlapText(previous: Cover, c: Cover, grid: number | null): string {
  const hiFirst = cmpUpper(previous.hi, c.hi) < 0;
  const real = describeInterval(c.it.lo, hiFirst ? previous.it.hi : c.it.hi);
  if (grid === null) return real;
  const last = hiFirst ? previous.hi : c.hi;
  return `${real} (${shownRange(c.lo.v, last.v, grid)})`;
}
