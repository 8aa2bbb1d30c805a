/**
 * What an indicator reads from its rows, and the row rules its spec brings.
 *
 * @module
 */
import type { ComponentSpec, IndicatorSpec } from '../spec/types.js';
import type { FieldRead, PercentageRowRule, RowReads } from './rows.js';

/** Whether every month's value stands alone in the window: a one-month window. @internal */
function singleMonth(spec: IndicatorSpec): boolean {
  return spec.window.type === 'period' || (spec.window.type === 'rolling' && spec.window.months === 1);
}

function sideOf(c: ComponentSpec): string | number {
  return 'field' in c ? c.field : c.value;
}

/**
 * The percentage rule that can be checked row by row, or null. It applies
 * when each month's numerator and denominator are what the window combines
 * alike: over a one-month window (fields or a fixed value), or with two
 * fields of the same aggregate (a sum, last or mean of figures each at most
 * its denominator is at most the denominator's). Otherwise (`last` over
 * `sum`, a fixed value over 12 months) only the window aggregates can be
 * compared: see {@link windowPercentageRule}.
 *
 * @internal
 */
function percentageRowRule(spec: IndicatorSpec): PercentageRowRule | null {
  const n = spec.numerator;
  const d = spec.denominator;
  if (!partOfWhole(spec) || d === undefined) return null;
  if ('value' in n && 'value' in d) return null; // A spec error, checked when validated.
  const alike = 'field' in n && 'field' in d && n.aggregate === d.aggregate;
  const per = spec.measure.type === 'rate' ? { per: spec.measure.per } : {};
  return singleMonth(spec) || alike ? { numerator: sideOf(n), denominator: sideOf(d), ...per } : null;
}

/**
 * Whether the numerator is part of the denominator, and so never above it:
 * a percentage, or a rate whose measure says `partOfDenominator: true`.
 *
 * @internal
 */
export function partOfWhole(spec: IndicatorSpec): boolean {
  return spec.measure.type === 'percentage' || (spec.measure.type === 'rate' && spec.measure.partOfDenominator === true);
}

/** Whether a percentage (or a rate of a part of its denominator) must be checked on its window aggregates, the row rule not implying them. @internal */
export function windowPercentageRule(spec: IndicatorSpec): boolean {
  const n = spec.numerator;
  const d = spec.denominator;
  if (!partOfWhole(spec) || d === undefined) return false;
  if ('value' in n && 'value' in d) return false;
  return percentageRowRule(spec) === null;
}

/**
 * The fields a spec reads (numerator first), the paths that read each, and
 * its row rules. A field may hold negative figures only when every
 * component that reads it is `signed`.
 *
 * @internal
 */
export function readsOf(spec: IndicatorSpec): RowReads {
  const fields: FieldRead[] = [];
  for (const [path, c] of [
    ['numerator', spec.numerator],
    ['denominator', spec.denominator],
  ] as const) {
    if (c === undefined || !('field' in c)) continue;
    const signed = c.signed === true;
    const known = fields.find((f) => f.name === c.field);
    if (known === undefined) fields.push({ name: c.field, paths: [path], signed });
    else {
      known.paths = [...known.paths, path];
      known.signed = known.signed && signed;
    }
  }
  const signable = spec.measure.type !== 'percentage' && spec.measure.type !== 'rate';
  return { specId: spec.id, fields, percentage: percentageRowRule(spec), signable };
}
