/**
 * Options that name months: `from` and `to` of `computeIndicator` and
 * `deriveMonthly`, `asOf` of `computeScorecard`, and any of a caller's own.
 * One reading and one set of messages for all of them: strict `YYYY-MM`,
 * with `parsePeriod` named for other forms.
 *
 * @module
 */
import { IndicatorError } from '../errors.js';
import type { IndicatorIssue } from '../errors.js';
import { periodIndex, periodIssue, shown } from './period.js';
import type { Period } from './period.js';
import { frequenciesOf } from './frequency.js';

/** A range of months, both ends included. */
export interface PeriodSpan {
  /** The first month. */
  from: Period;
  /** The last month, not before `from`. */
  to: Period;
}

/**
 * The problems with a month option, without throwing: an empty list when
 * `value` is a `YYYY-MM` month; otherwise one issue, code `missing-key` when
 * it is `undefined` and `bad-period` for anything else, with `path` set to
 * `name`. Use it to check several options and report them together; use
 * {@link periodOption} to throw at once.
 *
 * @example
 * ```ts
 * import { periodOptionIssues } from 'council-indicators';
 *
 * periodOptionIssues('2017-09', 'asOf'); // []
 * periodOptionIssues('Sep-17', 'asOf').map((i) => i.code); // ['bad-period']
 * periodOptionIssues(undefined, 'asOf').map((i) => i.code); // ['missing-key']
 * ```
 */
export function periodOptionIssues(value: unknown, name: string): IndicatorIssue[] {
  if (value === undefined) {
    return [{ code: 'missing-key', path: name, message: `${name} is missing: give a month in YYYY-MM form, e.g. "2017-09"` }];
  }
  const issue = periodIssue(value, name);
  return issue ? [issue] : [];
}

/**
 * Read a month option strictly, as the library reads `from`, `to` and
 * `asOf`: returns `value` when it is a `YYYY-MM` month from 1000-01 to
 * 9999-12, and otherwise throws `INVALID_OPTIONS` with one issue at `name`
 * (`missing-key` for `undefined`, `bad-period` for anything else) whose
 * message names the value. Lenient forms such as `'Sep-17'` are refused:
 * read them with `parsePeriod` first.
 *
 * @example
 * ```ts
 * import { isIndicatorError, periodOption } from 'council-indicators';
 *
 * periodOption('2017-09', 'asOf'); // '2017-09'
 * try {
 *   periodOption('2017-9', 'asOf');
 * } catch (e) {
 *   isIndicatorError(e) && e.issues[0]!.code; // 'bad-period'
 *   isIndicatorError(e) && e.issues[0]!.path; // 'asOf'
 * }
 * ```
 */
export function periodOption(value: unknown, name: string): Period {
  const issues = periodOptionIssues(value, name);
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return value as Period;
}

/**
 * Read a `from`/`to` pair of options, as `computeIndicator` and
 * `deriveMonthly` read theirs, and return the range. Each end given must be
 * a `YYYY-MM` month (`bad-period`). An end left `undefined` is taken from
 * `extent`, e.g. the first and last month of your data; with no `extent` it
 * is an error (`range-open`). The range must not run backwards
 * (`range-reversed`, at `from`, or at `to` when only `to` was given).
 * Throws one `INVALID_OPTIONS` error naming every problem.
 *
 * @example
 * ```ts
 * import { isIndicatorError, rangeOption } from 'council-indicators';
 *
 * rangeOption('2017-04', '2018-03'); // { from: '2017-04', to: '2018-03' }
 * rangeOption(undefined, '2017-06', { from: '2017-01', to: '2017-09' }); // { from: '2017-01', to: '2017-06' }
 * try {
 *   rangeOption('2017-06', '2017-01');
 * } catch (e) {
 *   isIndicatorError(e) && e.issues[0]!.code; // 'range-reversed'
 * }
 * ```
 */
export function rangeOption(from: unknown, to: unknown, extent?: PeriodSpan): PeriodSpan {
  const issues: IndicatorIssue[] = [];
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined) issues.push(...periodOptionIssues(value, name));
    else if (extent === undefined) {
      issues.push({
        code: 'range-open',
        path: name,
        message: `${name} is missing, and there are no months to take it from: give both from and to, e.g. from: "2017-04", to: "2018-03"`,
      });
    }
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  const start = (from ?? extent!.from) as Period;
  const end = (to ?? extent!.to) as Period;
  if (periodIndex(start) > periodIndex(end)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      to === undefined
        ? { code: 'range-reversed', path: 'from', message: `from ${start} is after ${end}, the last month of the data: give to as well` }
        : from === undefined
          ? { code: 'range-reversed', path: 'to', message: `to ${end} is before ${start}, the first month of the data: give from as well` }
          : { code: 'range-reversed', path: 'from', message: `from ${start} is after to ${end}: from is the first month of the range, to the last` },
    ]);
  }
  return { from: start, to: end };
}

/**
 * Check the options object of `computeIndicator`: `undefined` means no
 * options; anything but a plain object is `bad-option`; a key it does not
 * know (a typo such as `form`) is `unknown-key`; `from` and `to`, when given,
 * must be months, or quarters or years when the result reports them; `every`
 * is checked by `everyOption`; `statistics`, when given, an object with an `intervals`
 * function; `base`, when given, a month. Own properties only. Returns them as given.
 *
 * @internal
 */
export function computeOptions(options: unknown): { from?: unknown; to?: unknown; statistics?: unknown; base?: unknown; every?: unknown } {
  if (options === undefined) return {};
  const { values: given, issues } = optionsOf(options, ['from', 'to', 'statistics', 'base', 'every'], '{ from: "2017-04", to: "2018-03" }', 'or left out');
  const own = (key: string): unknown => given[key];
  // statistics: what computes confidence intervals (`statistics` of council-indicators/statistics).
  const statistics = own('statistics');
  if (statistics !== undefined && (typeof statistics !== 'object' || statistics === null || typeof (statistics as { intervals?: unknown }).intervals !== 'function')) {
    issues.push({
      code: 'bad-option',
      path: 'statistics',
      message: `statistics must be the statistics object of council-indicators/statistics (import { statistics } from 'council-indicators/statistics'); received ${shown(statistics)}`,
    });
  }
  const from = own('from');
  const to = own('to');
  // A quarter or year key is checked against the reported frequency once the rows are read; so is base
  // (the base period of changes, overriding the spec's changes.base), and with every, anything.
  const base = own('base');
  const every = own('every');
  for (const [name, value] of [['from', from], ['to', to], ['base', base]] as const) {
    if (value !== undefined && every === undefined && frequenciesOf(value).length === 0) issues.push(...periodOptionIssues(value, name));
  }
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return { from, to, statistics, base, every };
}

/**
 * Read an options object the way every entry point of the package does: it
 * must be a plain object (not `null`, an array or a string), only its own
 * properties are read, and a key that is not one of `known` (a typo such as
 * `form` for `from`) is an error rather than silently ignored. Returns the
 * own values of the known keys that are present. Throws one
 * `INVALID_OPTIONS` error (`bad-option`, `unknown-key`).
 *
 * @example
 * ```ts
 * import { readOptions } from 'council-indicators';
 *
 * readOptions({ from: '2017-04' }, ['from', 'to'], '{ from: "2017-04" }'); // { from: '2017-04' }
 * try {
 *   readOptions({ form: '2017-04' }, ['from', 'to'], '{ from: "2017-04" }');
 * } catch (e) {
 *   (e as { issues: { code: string }[] }).issues[0].code; // 'unknown-key'
 * }
 * ```
 */
export function readOptions(options: unknown, known: readonly string[], example: string, orElse = ''): Record<string, unknown> {
  const { values, issues } = optionsOf(options, known, example, orElse);
  if (issues.length > 0) throw new IndicatorError('INVALID_OPTIONS', issues);
  return values;
}

/**
 * {@link readOptions} without the throw for unknown keys, so a caller can
 * report them with its own checks of the values, all at once.
 *
 * @internal
 */
export function optionsOf(options: unknown, known: readonly string[], example: string, orElse = ''): { values: Record<string, unknown>; issues: IndicatorIssue[] } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('INVALID_OPTIONS', [
      {
        code: 'bad-option',
        path: 'options',
        message: `options must be an object such as ${example}${orElse === '' ? '' : `, ${orElse}`}; received ${shown(options)}`,
      },
    ]);
  }
  const issues: IndicatorIssue[] = [];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      issues.push({ code: 'unknown-key', path: key, message: `unknown option ${JSON.stringify(key)}: the options are ${listed(known)}` });
    } else {
      out[key] = (options as Record<string, unknown>)[key];
    }
  }
  return { values: out, issues };
}

/** `['a', 'b', 'c']` as `a, b and c`. @internal */
export function listed(keys: readonly unknown[]): string {
  return keys.length <= 1 ? keys.join('') : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]!}`;
}
