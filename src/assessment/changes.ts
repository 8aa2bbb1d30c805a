/**
 * Changes: how far a period's value moved against the previous period, the
 * same period a year before, and a fixed base period, as a difference and
 * as a relative change in %.
 *
 * Changes are taken between displayed values (each value rounded to the
 * spec's decimals), as direction of travel is: a report that prints 370 and
 * 373 says "up 3", whatever the unrounded figures were.
 *
 * @module
 */
import * as I from '../exact/int.js';
import type { Int } from '../exact/int.js';
import * as R from '../exact/rational.js';
import type { RoundingMode } from '../exact/rational.js';
import { formatChange } from '../outputs/format.js';
import type { Period } from '../periods/period.js';

/**
 * A change from an earlier period to this one. Both figures are the values
 * as displayed (rounded to the spec's decimals); the change is exact, then
 * rounded.
 */
export interface Change {
  /** The period compared with, `YYYY-MM`. */
  from: Period;
  /**
   * This period's displayed value minus that period's, at the spec's
   * decimals (in percentage points for a percentage).
   */
  difference: number;
  /**
   * The difference as a percentage of the size of the earlier value, at the
   * spec's `changes.decimals` (default 1); null when the earlier value is
   * zero (see `changeReasons`), never Infinity.
   */
  relative: number | null;
  /** The difference as printed, with its sign: `'+3'`, `'-0.4'`, `'0'` (no sign for zero). */
  formattedDifference: string;
  /** The relative change as printed, with its sign: `'+2.6%'`, `'-5%'`, `'0.0%'`; null with `relative`. */
  formattedRelative: string | null;
}

/**
 * The changes of a period: against the previous period, the same period a
 * year before, and the base period (`changes.base` in the spec, or `base` in
 * the options). Each is null when it cannot be taken; `changeReasons` says
 * why.
 */
export interface Changes {
  previous: Change | null;
  yearAgo: Change | null;
  base: Change | null;
}

/**
 * Why a change, or its relative part, is null:
 * - `no-value`: this period has no value (its `status` says why);
 * - `no-comparison-value`: the period compared with has no value (outside
 *   the rows, or not `ok`);
 * - `no-base`: no base period was given (only for `base`);
 * - `before-base`: this period comes before the base period (only for `base`);
 * - `zero-from`: the earlier value is zero, so the difference is given and
 *   the relative change is null.
 */
export type ChangeReason = 'no-value' | 'no-comparison-value' | 'no-base' | 'before-base' | 'zero-from';

/** For each change of {@link Changes}, why it (or its relative part) is null; null when it is complete. */
export interface ChangeReasons {
  previous: ChangeReason | null;
  yearAgo: ChangeReason | null;
  base: ChangeReason | null;
}

/** The changes of a period with none: one frozen object shared by every such period. @internal */
export const NO_CHANGES: Changes = Object.freeze({ previous: null, yearAgo: null, base: null });

/** Each reason as a small number, so the shared objects are found by index, not by a string key. */
const REASON_INDEX: Record<ChangeReason, number> = { 'no-value': 1, 'no-comparison-value': 2, 'no-base': 3, 'before-base': 4, 'zero-from': 5 };
const reasonsCache: (ChangeReasons | undefined)[] = new Array(6 * 6 * 6);

/** The reasons as one frozen object, shared by every period with the same reasons. @internal */
export function reasonsOf(previous: ChangeReason | null, yearAgo: ChangeReason | null, base: ChangeReason | null): ChangeReasons {
  const key = (previous === null ? 0 : REASON_INDEX[previous]) * 36 + (yearAgo === null ? 0 : REASON_INDEX[yearAgo]) * 6 + (base === null ? 0 : REASON_INDEX[base]);
  let found = reasonsCache[key];
  if (found === undefined) reasonsCache[key] = found = Object.freeze({ previous, yearAgo, base });
  return found;
}

/** How changes are rounded: the spec's decimals for differences, `changes.decimals` for relative changes. @internal */
export interface ChangeRounding {
  decimals: number;
  relativeDecimals: number;
  rounding: RoundingMode;
}

/**
 * The change from `before` to `now` (both as displayed: units at the spec's
 * decimals), or the change with a null relative part when `before` is zero.
 *
 * @internal
 */
export function changeFrom(now: Int, before: Int, from: Period, r: ChangeRounding): Change {
  // Both values are whole units of the spec's decimals, so the difference is
  // too (no rounding), and the relative change is (now - before) x 100 /
  // |before| with the units' scale cancelling out.
  const units = I.sub(now, before);
  let relative: number | null = null;
  let formattedRelative: string | null = null;
  if (I.sign(before) !== 0) {
    const relUnits = R.roundToUnits({ n: I.mul(units, 100), d: I.abs(before) }, r.relativeDecimals, r.rounding);
    relative = R.toNumber(R.fromUnits(relUnits, r.relativeDecimals));
    formattedRelative = formatChange(relUnits, r.relativeDecimals, true);
  }
  return {
    from,
    difference: R.toNumber(R.fromUnits(units, r.decimals)),
    relative,
    formattedDifference: formatChange(units, r.decimals, false),
    formattedRelative,
  };
}
