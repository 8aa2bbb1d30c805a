/**
 * Direction of travel and trend.
 *
 * @module
 */
import * as R from '../exact/rational.js';
import type { Q } from '../exact/rational.js';
import type { Polarity } from '../spec/types.js';

/** Whether the displayed value went up, down or stayed the same. */
export type Direction = 'up' | 'down' | 'same';

/** Whether the change is for the better, given the polarity. */
export type Trend = 'improving' | 'worsening' | 'no-change';

/**
 * Compare two displayed (rounded) values; a change of at most `tolerance`
 * is `same`.
 *
 * @internal
 */
export function direction(current: Q, previous: Q, tolerance: Q): Direction {
  const change = R.sub(current, previous);
  if (R.cmp(R.abs(change), tolerance) <= 0) return 'same';
  // Stryker disable next-line EqualityOperator: equivalent, the tolerance check above has already returned for a zero change
  return R.cmp(change, R.ZERO) > 0 ? 'up' : 'down';
}

/**
 * What a direction means under a polarity. Closer-to-target compares the
 * distance of both values from the current target. Neutral indicators have
 * no trend.
 *
 * @internal
 */
export function trend(dir: Direction, polarity: Polarity, current: Q, previous: Q, target: Q | null): Trend | null {
  switch (polarity) {
    case 'neutral':
      return null;
    case 'higher-is-better':
      return dir === 'same' ? 'no-change' : dir === 'up' ? 'improving' : 'worsening';
    case 'lower-is-better':
      return dir === 'same' ? 'no-change' : dir === 'down' ? 'improving' : 'worsening';
    case 'closer-to-target': {
      if (dir === 'same') return 'no-change';
      if (target === null) return null;
      const c = R.cmp(R.abs(R.sub(current, target)), R.abs(R.sub(previous, target)));
      return c < 0 ? 'improving' : c > 0 ? 'worsening' : 'no-change';
    }
  }
}
