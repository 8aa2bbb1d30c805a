/**
 * Checking confidence levels: 0.9 to 0.999, one or two of them. No quantile
 * code here, so the scorecard can use the significance rule without the
 * `@stdlib` packages.
 *
 * @internal
 * @module
 */
import type { IndicatorIssue } from '../index.js';

/** The lowest and highest confidence levels accepted. @internal */
const MIN_LEVEL = 0.9;
/** @internal */
const MAX_LEVEL = 0.999;

/** The problem with one level, if any. @internal */
export function levelIssues(level: unknown, path = 'level'): IndicatorIssue[] {
  if (typeof level !== 'number' || !(level >= MIN_LEVEL && level <= MAX_LEVEL)) {
    return [
      {
        code: 'out-of-range',
        path,
        message: `confidence level ${String(level)} must be a fraction from ${MIN_LEVEL} to ${MAX_LEVEL}, e.g. 0.95 (95%) or 0.998 (99.8%)`,
      },
    ];
  }
  return [];
}

/** The problems with a list of one or two levels. @internal */
export function levelsIssues(levels: unknown, path: string): IndicatorIssue[] {
  if (!Array.isArray(levels) || levels.length < 1 || levels.length > 2) {
    return [{ code: 'out-of-range', path, message: `${path} must be one or two confidence levels, e.g. [0.95] or [0.95, 0.998]` }];
  }
  return levels.flatMap((l, i) => levelIssues(l, `${path}[${i}]`));
}
