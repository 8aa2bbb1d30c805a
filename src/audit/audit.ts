/**
 * `auditTable`: recompute every printed cell of a published table from its
 * own printed inputs with a spec, and report each cell that disagrees, with
 * a reason.
 *
 * @module
 */
import { computeIndicator, defineIndicator, IndicatorError, isIndicatorError, parsePeriod, periodLabel, stepInForce, validateSpec } from '../index.js';
import type {
  ComputeOptions,
  IndicatorIssue,
  IndicatorSpec,
  IndicatorSpecInput,
  PeriodResult,
  Period,
  RagInput,
  RagStep,
  Rating,
} from '../index.js';
import * as D from './decimal.js';
import type { Dec } from './decimal.js';
import { ARROW, RATING_LETTER, readInputText, readPrintedDirection, readPrintedNumber, readPrintedRating } from './printed.js';
import type { PrintedNumber } from './printed.js';

/**
 * Why a printed cell disagrees with its recomputation. The list is fixed
 * (see docs/audit.md for an example of each); a minor version may add a
 * reason, none is renamed or removed without a major version.
 *
 * @example
 * ```ts
 * import { AUDIT_REASONS } from 'council-indicators/audit';
 *
 * AUDIT_REASONS.length; // 9
 * AUDIT_REASONS[0]; // 'window-total-does-not-add-up'
 * AUDIT_REASONS.includes('printed-as-fraction'); // true
 * ```
 */
export const AUDIT_REASONS = [
  'window-total-does-not-add-up',
  'year-to-date-starts-in-wrong-month',
  'rating-in-band-gap',
  'rating-contradicts-bands',
  'arrow-contradicts-values',
  'variance-of-blank-target',
  'printed-as-fraction',
  'rounding',
  'value-does-not-follow-from-inputs',
] as const;

/** One of {@link AUDIT_REASONS}. */
export type AuditReason = (typeof AUDIT_REASONS)[number];

/** The printed cells an audit checks. */
export type AuditCell = 'numerator' | 'denominator' | 'value' | 'target' | 'variance' | 'rag' | 'direction';

const CELLS: readonly AuditCell[] = ['numerator', 'denominator', 'value', 'target', 'variance', 'rag', 'direction'];

/**
 * What a table printed for one period, as text exactly as published
 * (`'6.2%'`, `'#DIV/0!'`, `''` for a blank cell); every key is optional (a
 * key left out is a cell the table does not print). A number is read as
 * its decimal text.
 */
export type PrintedCells = Partial<Record<AuditCell, string | number>>;

/**
 * One row of a printed table: its period (`YYYY-MM`, or any form
 * `parsePeriod` reads), the input fields the spec reads (numbers, or text
 * as printed: `''` is a missing figure, `'1,234'` a number), and the printed
 * cells under `printed`.
 */
export interface AuditRow {
  period: string;
  printed?: PrintedCells;
  [field: string]: unknown;
}

/** The months to audit; both ends default to the first and last month of the rows (as `computeIndicator` reads them). */
export interface AuditOptions {
  from?: Period;
  to?: Period;
}

/** A printed cell that disagrees with its recomputation. */
export interface AuditFinding {
  period: Period;
  cell: AuditCell;
  /** The cell as printed. */
  printed: string;
  /** The cell as recomputed, in the table's notation (`'41.7'`, `'5.6%'`, `'R'`, `'↓'`); null when the inputs give no value for it. */
  computed: string | null;
  reason: AuditReason;
  /** With `year-to-date-starts-in-wrong-month` only: the year start (1 to 12) under which the printed cells are reproduced. */
  yearStartMonth?: number;
}

/** What {@link auditTable} returns. */
export interface AuditResult {
  /** Every printed cell that disagrees, by period, then in the order numerator, denominator, value, target, variance, rag, direction. */
  findings: AuditFinding[];
  /** The gaps and overlaps of the bands as printed (issues with code `band-gap` or `band-overlap`, as `validateSpec` gives them). */
  bands: IndicatorIssue[];
}

interface Rag {
  on: 'value' | 'difference-from-target' | 'relative-difference-from-target';
  using: 'rounded' | 'exact';
  bands: RagInput['bands'];
}

const BAND_CODES = new Set(['band-gap', 'band-overlap']);

function normaliseRag(r: RagInput | null): Rag | null {
  return r === null ? null : { on: r.on ?? 'value', using: r.using ?? 'rounded', bands: r.bands };
}

/** The spec without its RAG, validated, and its RAG steps exactly as written. */
function splitSpec(spec: IndicatorSpec | IndicatorSpecInput): { base: IndicatorSpec; ragAt: (p: Period) => Rag | null; bands: IndicatorIssue[] } {
  const check = validateSpec(spec);
  const bands = check.ok ? [] : check.issues.filter((i) => BAND_CODES.has(i.code));
  if (!check.ok && bands.length < check.issues.length) {
    throw new IndicatorError('INVALID_SPEC', check.issues.filter((i) => !BAND_CODES.has(i.code)));
  }
  const { rag, ...rest } = spec as IndicatorSpecInput;
  const base = defineIndicator(rest);
  let ragAt: (p: Period) => Rag | null = () => null;
  if (Array.isArray(rag)) {
    const steps = (rag as RagStep<RagInput>[]).map((s) => ({ from: s.from, rag: normaliseRag(s.rag) }));
    ragAt = (p) => stepInForce(steps, p)?.rag ?? null;
  } else if (rag !== undefined) {
    const one = normaliseRag(rag as RagInput);
    ragAt = () => one;
  }
  return { base, ragAt, bands };
}

interface Parsed {
  rows: Record<string, unknown>[];
  printed: Map<Period, { row: number; text: Partial<Record<AuditCell, string>> }>;
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'string' ? `the text ${JSON.stringify(x)}` : typeof x === 'object' ? 'an object' : `${typeof x} ${String(x)}`;
}

function readRows(rows: unknown, fields: readonly string[]): Parsed {
  if (!Array.isArray(rows)) {
    throw new IndicatorError('INVALID_DATA', [{ code: 'not-an-array', path: 'rows', message: `rows must be an array of printed rows, received ${describe(rows)}` }]);
  }
  const issues: IndicatorIssue[] = [];
  const out: Record<string, unknown>[] = [];
  const printed: Parsed['printed'] = new Map();
  rows.forEach((row: unknown, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({ code: 'not-an-object', path: `rows[${i}]`, row: i, message: `each row must be an object with a period and printed cells, received ${describe(row)}` });
      return;
    }
    const r = row as Record<string, unknown>;
    let period: Period | undefined;
    if (!Object.hasOwn(r, 'period') || r.period === undefined || r.period === null) {
      issues.push({ code: 'missing-period', path: `rows[${i}].period`, row: i, field: 'period', message: 'the row has no period' });
    } else if (typeof r.period !== 'string') {
      issues.push({ code: 'bad-period', path: `rows[${i}].period`, row: i, field: 'period', message: `period must be text such as "2017-09", received ${describe(r.period)}` });
    } else {
      try {
        period = parsePeriod(r.period);
      } catch (e) {
        if (!isIndicatorError(e)) throw e;
        const why = e.issues[0]!.message;
        issues.push({ code: 'bad-period', path: `rows[${i}].period`, row: i, field: 'period', message: why });
      }
    }
    const at = period === undefined ? {} : { period };
    const input: Record<string, unknown> = { period: period ?? r.period };
    for (const f of fields) {
      if (!Object.hasOwn(r, f)) continue;
      const v = r[f];
      if (typeof v !== 'string') {
        input[f] = v;
        continue;
      }
      const n = readInputText(v);
      if (n === undefined) {
        issues.push({ code: 'not-a-number', path: `rows[${i}].${f}`, row: i, ...at, field: f, message: `${JSON.stringify(v)} is not a number: write it as 12 or 12.5 (1,234 is read too), or leave the cell blank for a missing figure` });
      } else input[f] = n;
    }
    out.push(input);
    if (!Object.hasOwn(r, 'printed') || r.printed === undefined) return;
    const p = r.printed;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      issues.push({ code: 'not-an-object', path: `rows[${i}].printed`, row: i, ...at, field: 'printed', message: `printed must be an object of printed cells such as { value: "41.5", rag: "A" }, received ${describe(p)}` });
      return;
    }
    const text: Partial<Record<AuditCell, string>> = {};
    for (const [key, cell] of Object.entries(p as Record<string, unknown>)) {
      const path = `rows[${i}].printed.${key}`;
      const where = { path, row: i, ...at, field: `printed.${key}` };
      if (!(CELLS as readonly string[]).includes(key)) {
        issues.push({ code: 'unknown-key', ...where, message: `"${key}" is not a printed cell the audit checks; the cells are ${CELLS.join(', ')}` });
        continue;
      }
      if (cell === undefined) continue;
      if (typeof cell !== 'string' && !(typeof cell === 'number' && Number.isFinite(cell))) {
        issues.push({ code: 'wrong-type', ...where, message: `a printed cell must be text as published (or a finite number), received ${describe(cell)}` });
        continue;
      }
      const s = String(cell);
      const c = key as AuditCell;
      if (c === 'rag') {
        if (readPrintedRating(s) === null) issues.push({ code: 'bad-choice', ...where, message: `printed rating ${JSON.stringify(s)} is not G, A, R, B (or green, amber, red, blue) or blank` });
      } else if (c === 'direction') {
        if (readPrintedDirection(s) === null) issues.push({ code: 'bad-choice', ...where, message: `printed direction ${JSON.stringify(s)} is not an arrow (↑ ↓ →) or a word (up, down, same) or blank` });
      } else if (readPrintedNumber(s) === null) {
        issues.push({ code: 'not-a-number', ...where, message: `printed ${c} ${JSON.stringify(s)} is not a figure: the audit reads figures such as 41.5, -1.1, 6.2%, 1,234, spreadsheet errors such as #DIV/0!, and blanks` });
      }
      text[c] = s;
    }
    if (period !== undefined && !printed.has(period)) printed.set(period, { row: i, text });
  });
  if (issues.length > 0) throw new IndicatorError('INVALID_DATA', issues);
  return { rows: out, printed };
}

/** A computed figure (`'41.7'`, `'6.2%'`) as a rational. */
function decOf(text: string): Dec {
  const q = D.parseDec(text.replace(/%$/, ''));
  if (q === null) throw new Error(`internal error: cannot read the computed figure ${text}`);
  return q;
}

function same(printed: PrintedNumber, computed: string | null): boolean {
  return computed !== null && printed.kind === 'number' && D.cmp(printed.q, decOf(computed)) === 0;
}

/** Whether some rounding of `x` at the printed places gives the printed figure. */
function roundsTo(printed: PrintedNumber, xs: readonly Dec[]): boolean {
  if (printed.kind !== 'number') return false;
  return xs.some((x) => D.ROUNDINGS.some((mode) => D.roundUnits(x, printed.places, mode) * printed.q.d === printed.q.n * 10n ** BigInt(printed.places)));
}

/**
 * Whether a percentage printed as a fraction of 1 (`0.062` for 6.2%) is the
 * computed cell: the printed figure times 100 is `computed` exactly, or (at
 * two places fewer than printed, so `0.0621` is 6.21%) some rounding of one
 * of `xs`. Exact throughout: times 100 only moves the decimal point. Not
 * for text printed with a `%` sign (`0.062%` says it is in percent).
 */
function isFraction(text: string, printed: PrintedNumber, computed: string | null, xs: readonly Dec[]): boolean {
  if (printed.kind !== 'number' || computed === null || text.trim().endsWith('%')) return false;
  const hundred: PrintedNumber = { kind: 'number', q: D.mul(printed.q, { n: 100n, d: 1n }), places: printed.places - 2 };
  return same(hundred, computed) || (hundred.places >= 0 && roundsTo(hundred, xs));
}

/** As the core takes a variance: negated for `target-minus-value`; relative to the size of the target. */
function varianceOf(type: 'difference' | 'relative', x: Dec, target: Dec, sign: IndicatorSpec['variance']['sign'] = 'value-minus-target'): Dec | null {
  const diff = sign === 'value-minus-target' ? D.sub(x, target) : D.sub(target, x);
  return type === 'difference' ? diff : D.div(D.mul(diff, { n: 100n, d: 1n }), target.n < 0n ? { n: -target.n, d: target.d } : target);
}

/** The ratings the bands give a period (more than one where bands overlap, none in a gap); null when there is nothing to rate. */
function ratingsOf(rag: Rag, spec: IndicatorSpec, p: PeriodResult): Rating[] | null {
  if (p.exact === null || p.formatted === null) return null;
  const exact = decOf(p.exact);
  const rounded = decOf(p.formatted);
  let x: Dec | null;
  if (rag.on === 'value') x = rag.using === 'rounded' ? rounded : exact;
  else {
    if (p.target === null) return null;
    const base = spec.variance.using === 'rounded' ? rounded : exact;
    x = varianceOf(rag.on === 'difference-from-target' ? 'difference' : 'relative', base, D.fromNumber(p.target));
    const d = spec.variance.decimals;
    if (x !== null && rag.using === 'rounded') x = { n: D.roundUnits(x, d, spec.rounding), d: 10n ** BigInt(d) };
  }
  if (x === null) return null;
  const at = x;
  const inside = (b: Rag['bands'][number]): boolean => {
    if (b.min !== undefined) {
      const c = D.cmp(at, D.fromNumber(b.min));
      if (c < 0 || (c === 0 && b.minInclusive !== true)) return false;
    }
    if (b.max !== undefined) {
      const c = D.cmp(at, D.fromNumber(b.max));
      if (c > 0 || (c === 0 && b.maxInclusive !== true)) return false;
    }
    return true;
  };
  return [...new Set(rag.bands.filter(inside).map((b) => b.rating))];
}

function formatTarget(spec: IndicatorSpec, target: number): string {
  const q = D.fromNumber(target);
  return `${D.toFixed(q, Math.max(spec.decimals, D.placesOf(q)), 'half-up')}${spec.measure.type === 'percentage' ? '%' : ''}`;
}

function safeCompute(spec: IndicatorSpecInput, rows: readonly object[], options: ComputeOptions | undefined): Map<Period, PeriodResult> | null {
  try {
    return new Map(computeIndicator(spec, rows, options).periods.map((p) => [p.period, p]));
  } catch (e) {
    // Printed totals the core rejects (a numerator over its denominator) leave nothing to compare with.
    if (isIndicatorError(e)) return null;
    throw e;
  }
}

/**
 * Audit a published table: recompute every printed cell from the table's own
 * printed inputs with `spec`, and report each cell that disagrees, with a
 * reason from {@link AUDIT_REASONS}. Nothing is reported for a cell that
 * agrees (figures are compared as exact decimals, so `'41.50'` agrees with
 * `41.5`; a `%` sign is read, not compared). A percentage printed as a
 * fraction of 1 (`'0.062'` for 6.2%, as a spreadsheet exports a cell it
 * formats with `%`) is a `printed-as-fraction` finding, one for each such
 * cell.
 *
 * The spec's RAG bands are taken exactly as printed, gaps and overlaps
 * included: `bands` lists those gaps and overlaps (the `band-gap` and
 * `band-overlap` issues of `validateSpec`) instead of throwing, and a
 * printed rating of a value in a gap is a `rating-in-band-gap` finding.
 * Every other spec rule still applies (`INVALID_SPEC`). Printed text the
 * audit cannot read throws `INVALID_DATA` naming the row and cell, as do
 * input figures the core rejects.
 *
 * Cells that cannot be checked are not reported: a window total where the
 * rows do not cover the window (it is then taken as printed, and the value,
 * variance and rating are recomputed from it), a rating in a period with no
 * bands, a blank direction, or a direction where the inputs give no
 * previous value. See docs/audit.md.
 *
 * @example
 * ```ts
 * import { defineIndicator } from 'council-indicators';
 * import { auditTable } from 'council-indicators/audit';
 *
 * const spec = defineIndicator({
 *   id: 'reviews', title: 'Reviews in time', measure: { type: 'percentage' },
 *   numerator: 'done', denominator: 'due', polarity: 'higher-is-better', target: 100,
 * });
 * const { findings } = auditTable(spec, [
 *   { period: '2017-08', done: 368, due: 371, printed: { value: '99.2%', variance: '-0.8' } },
 *   { period: '2017-09', done: 368, due: 371, printed: { value: '99.2%', variance: '-0.8', direction: '↑' } },
 * ]);
 * findings; // [{ period: '2017-09', cell: 'direction', printed: '↑', computed: '→', reason: 'arrow-contradicts-values' }]
 * ```
 */
export function auditTable(spec: IndicatorSpec | IndicatorSpecInput, rows: readonly AuditRow[], options?: AuditOptions): AuditResult {
  const { base, ragAt, bands } = splitSpec(spec);
  const fields = [base.numerator, base.denominator].flatMap((c) => (c !== undefined && 'field' in c ? [c.field] : []));
  const parsed = readRows(rows, fields);
  const result = computeIndicator(base, parsed.rows, options);
  const plain = { ...base } as IndicatorSpecInput;

  // The value recomputed from the printed window totals, where a table prints them.
  let fromTotals: Map<Period, PeriodResult> | null = null;
  const anyTotals = [...parsed.printed.values()].some((p) => p.text.numerator !== undefined || p.text.denominator !== undefined);
  if (anyTotals) {
    const all = new Map(computeIndicator(base, parsed.rows).periods.map((p) => [p.period, p]));
    const totalOf = (cell: 'numerator' | 'denominator', period: Period): number | null => {
      const t = parsed.printed.get(period)?.text[cell];
      const n = t === undefined ? undefined : readPrintedNumber(t);
      if (n !== undefined && n !== null && n.kind === 'number') return Number(D.toFixed(n.q, n.places, 'half-up'));
      return all.get(period)?.[cell] ?? null;
    };
    const periods = parsed.rows.map((r) => r.period as Period);
    const hasDenominator = base.denominator !== undefined;
    const totalsSpec: IndicatorSpecInput = {
      ...plain,
      numerator: { field: 'n', aggregate: 'last' },
      window: { type: 'period' },
      ...(hasDenominator ? { denominator: { field: 'd', aggregate: 'last' } } : {}),
    };
    const totalRows = periods.map((period) => ({ period, n: totalOf('numerator', period), ...(hasDenominator ? { d: totalOf('denominator', period) } : {}) }));
    fromTotals = safeCompute(totalsSpec, totalRows, options);
  }

  // Every other year start, for year-to-date windows.
  const otherStarts: { month: number; periods: Map<Period, PeriodResult> }[] = [];
  if (base.window.type === 'year-to-date') {
    for (let month = 1; month <= 12; month++) {
      if (month === base.window.yearStartMonth) continue;
      const periods = safeCompute({ ...plain, window: { type: 'year-to-date', yearStartMonth: month } }, parsed.rows, options);
      if (periods !== null) otherStarts.push({ month, periods });
    }
  }

  // Where a spreadsheet's percentages may have been exported as fractions of 1: a percentage's value and target, and a
  // variance in percent (relative) or in percentage points (the difference of two percentages).
  const percent = base.measure.type === 'percentage';
  const percentVariance = percent || base.variance.type === 'relative';

  const findings: AuditFinding[] = [];
  for (const p of result.periods) {
    const entry = parsed.printed.get(p.period);
    if (entry === undefined) continue;
    const text = entry.text;
    const num = (c: AuditCell): PrintedNumber | undefined => (text[c] === undefined ? undefined : readPrintedNumber(text[c]!)!);
    const totals = fromTotals?.get(p.period) ?? null;
    const report = (cell: AuditCell, computed: string | null, reason: AuditReason, yearStartMonth?: number): void => {
      findings.push({ period: p.period, cell, printed: text[cell]!, computed, reason, ...(yearStartMonth !== undefined ? { yearStartMonth } : {}) });
    };

    // Printed totals that differ from the window's.
    const totalCells = (['numerator', 'denominator'] as const).filter((c) => {
      const n = num(c);
      return n !== undefined && n.kind === 'number' && p[c] !== null && !same(n, String(p[c]));
    });
    // A year start under which every printed figure of the period is reproduced.
    const figures = (['numerator', 'denominator', 'value', 'variance'] as const).filter((c) => num(c)?.kind === 'number');
    const computedOf = (q: PeriodResult, c: (typeof figures)[number]): string | null =>
      c === 'value' ? q.formatted : c === 'variance' ? q.formattedVariance : q[c] === null ? null : String(q[c]);
    const ytd = otherStarts.find((s) => {
      const q = s.periods.get(p.period);
      return q !== undefined && figures.length > 0 && figures.every((c) => same(num(c)!, computedOf(q, c)));
    });
    const totalsReason = (): [AuditReason, number?] => (ytd !== undefined ? ['year-to-date-starts-in-wrong-month', ytd.month] : ['window-total-does-not-add-up']);
    const explained = (cell: 'value' | 'variance'): [AuditReason, number?] | null => {
      const n = num(cell)!;
      if (totalCells.length > 0 && totals !== null && same(n, cell === 'value' ? totals.formatted : totals.formattedVariance)) return totalsReason();
      if (ytd !== undefined) return ['year-to-date-starts-in-wrong-month', ytd.month];
      return null;
    };

    for (const c of totalCells) report(c, String(p[c]), ...totalsReason());

    // Where the window is incomplete, the printed totals stand in for it.
    const ref: PeriodResult | null = p.status === 'ok' ? p : totals !== null && totals.status === 'ok' ? totals : null;

    const value = num('value');
    if (value !== undefined) {
      const expected = ref?.formatted ?? null;
      const zeroDivision = value.kind === 'spreadsheet-error' && p.status === 'zero-denominator' && expected === null;
      if (value.kind === 'blank' ? expected !== null : !zeroDivision && !same(value, expected)) {
        const why = value.kind === 'number' ? explained('value') : null;
        if (why !== null) report('value', expected, ...why);
        else if (percent && ref !== null && isFraction(text.value!, value, expected, [decOf(ref.exact!)])) report('value', expected, 'printed-as-fraction');
        else if (ref !== null && roundsTo(value, [decOf(ref.exact!)])) report('value', expected, 'rounding');
        else report('value', expected, 'value-does-not-follow-from-inputs');
      }
    }

    const target = num('target');
    const printedTargetBlank = target !== undefined && target.kind === 'blank';
    if (target !== undefined) {
      const expected = p.target === null ? null : formatTarget(base, p.target);
      if (target.kind === 'blank') {
        if (expected !== null) report('target', expected, text.variance !== undefined ? 'variance-of-blank-target' : 'value-does-not-follow-from-inputs');
      } else if (!same(target, expected)) report('target', expected, percent && isFraction(text.target!, target, expected, []) ? 'printed-as-fraction' : 'value-does-not-follow-from-inputs');
    }

    const variance = num('variance');
    if (variance !== undefined) {
      const expected = ref?.formattedVariance ?? null;
      const blankReason: AuditReason = printedTargetBlank ? 'variance-of-blank-target' : 'value-does-not-follow-from-inputs';
      if (variance.kind !== 'number') {
        if (expected !== null) report('variance', expected, blankReason);
      } else if (expected === null) {
        if (ref !== null) report('variance', null, blankReason);
      } else if (!same(variance, expected)) {
        const why = explained('variance');
        const t = ref!.target === null ? null : D.fromNumber(ref!.target);
        const candidates = t === null ? [] : [decOf(ref!.exact!), decOf(ref!.formatted!)].map((x) => varianceOf(base.variance.type, x, t, base.variance.sign)).filter((x): x is Dec => x !== null);
        if (why !== null) report('variance', expected, ...why);
        else if (percentVariance && isFraction(text.variance!, variance, expected, candidates)) report('variance', expected, 'printed-as-fraction');
        else if (roundsTo(variance, candidates)) report('variance', expected, 'rounding');
        else report('variance', expected, 'value-does-not-follow-from-inputs');
      }
    }

    const ragText = text.rag;
    const rag = ragAt(p.period);
    if (ragText !== undefined && rag !== null && ref !== null) {
      const printed = readPrintedRating(ragText)!;
      const ratings = ratingsOf(rag, base, ref);
      const letters = ratings === null || ratings.length === 0 ? null : ratings.map((r) => RATING_LETTER[r]).join('/');
      if (ratings === null || ratings.length === 0) {
        if (printed !== '') report('rag', null, ratings === null ? 'rating-contradicts-bands' : 'rating-in-band-gap');
      } else if (printed === '' || !ratings.includes(printed)) {
        const fromPrinted = totals !== null && ref !== totals ? ratingsOf(rag, base, totals) : null;
        if (printed !== '' && totalCells.length > 0 && fromPrinted !== null && fromPrinted.includes(printed)) report('rag', letters, ...totalsReason());
        else report('rag', letters, 'rating-contradicts-bands');
      }
    }

    const dirText = text.direction;
    const direction = p.direction ?? totals?.direction ?? null;
    if (dirText !== undefined && direction !== null) {
      const printed = readPrintedDirection(dirText)!;
      if (printed !== '' && printed !== direction) report('direction', ARROW[direction], 'arrow-contradicts-values');
    }
  }
  return { findings, bands };
}

/**
 * The rows of a printed table read as text (a CSV file's records, one
 * object per line keyed by the header) as {@link auditTable} reads them:
 * each `printed_<cell>` column (`printed_value`, `printed_target`,
 * `printed_rag`, ...) goes under `printed`, kept as text with blanks as
 * `''`; every other column, `period` included, stays as it is (input
 * figures as text are read by `auditTable`: blank is a missing figure).
 *
 * @example
 * ```ts
 * import { printedTableRows } from 'council-indicators/audit';
 *
 * printedTableRows([{ period: '2017-09', cic: '373', printed_value: '78.2', printed_target: '' }]);
 * // [{ period: '2017-09', cic: '373', printed: { value: '78.2', target: '' } }]
 * printedTableRows([{ period: 'Sep-17', printed_rag: 'R' }]); // [{ period: 'Sep-17', printed: { rag: 'R' } }]
 * ```
 */
export function printedTableRows(records: readonly Record<string, string>[]): AuditRow[] {
  return records.map((record) => {
    const row: AuditRow = { period: record.period as string };
    const printed: Record<string, string> = {};
    for (const [key, text] of Object.entries(record)) {
      if (key.startsWith('printed_')) printed[key.slice('printed_'.length)] = text;
      else row[key] = text;
    }
    if (Object.keys(printed).length > 0) row.printed = printed as PrintedCells;
    return row;
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const EXPLAIN: Record<AuditReason, string> = {
  'window-total-does-not-add-up': 'the monthly rows of the window do not add up to the printed total, and the cell follows from the printed total',
  'year-to-date-starts-in-wrong-month': 'the year to date was cumulated from another month than the spec\'s year start',
  'rating-in-band-gap': 'the value falls in a gap between the printed bands, so no rating follows from them',
  'rating-contradicts-bands': 'the bands give the value another rating',
  'arrow-contradicts-values': 'the arrow does not match the change from the previous value',
  'variance-of-blank-target': 'the target cell is blank, so the variance was taken from an empty cell',
  'printed-as-fraction': 'printed as a fraction of 1',
  rounding: 'the printed figure is the exact value rounded another way',
  'value-does-not-follow-from-inputs': 'the printed inputs and the spec do not give the printed figure',
};

/**
 * A finding in plain English, for a report or a terminal.
 *
 * @example
 * ```ts
 * import { describeFinding } from 'council-indicators/audit';
 *
 * const total = { period: '2017-03', cell: 'numerator', printed: '198', computed: '199', reason: 'window-total-does-not-add-up' } as const;
 * describeFinding(total); // 'Mar-17 numerator: printed 198, computed 199: the monthly rows of the window do not add up to the printed total, and the cell follows from the printed total'
 * describeFinding({ period: '2017-09', cell: 'target', printed: '', computed: '74.0', reason: 'variance-of-blank-target' }); // 'Sep-17 target: printed (blank), computed 74.0: the target cell is blank, so the variance was taken from an empty cell'
 * describeFinding({ period: '2017-09', cell: 'value', printed: '0.062', computed: '6.2%', reason: 'printed-as-fraction' }); // 'Sep-17 value: printed 0.062, computed 6.2%: printed as a fraction of 1 (0.062 is 6.2%)'
 * ```
 */
export function describeFinding(finding: AuditFinding): string {
  const printed = finding.printed.trim() === '' ? '(blank)' : finding.printed;
  const computed = finding.computed === null ? 'no value' : finding.computed === '' ? '(blank)' : finding.computed;
  const start = finding.yearStartMonth === undefined ? '' : ` (a year starting in ${MONTHS[finding.yearStartMonth - 1]} reproduces the printed cells)`;
  return `${periodLabel(finding.period)} ${finding.cell}: printed ${printed}, computed ${computed}: ${explain(finding)}${start}`;
}

function explain(finding: AuditFinding): string {
  const { reason, cell, computed } = finding;
  if (reason === 'printed-as-fraction') {
    const n = readPrintedNumber(finding.printed);
    if (n === null || n.kind !== 'number') return EXPLAIN[reason];
    // Times 100 moves the decimal point two places: exact at the places left.
    const hundred = D.toFixed(D.mul(n.q, { n: 100n, d: 1n }), Math.max(0, n.places - 2), 'half-up');
    const points = cell === 'variance' && computed !== null && !computed.endsWith('%');
    const unit = !points ? '%' : /^-?1$/.test(hundred) ? ' percentage point' : ' percentage points';
    return `${EXPLAIN[reason]} (${finding.printed.trim()} is ${hundred}${unit})`;
  }
  if (reason === 'value-does-not-follow-from-inputs' && cell === 'target') {
    if (computed === null) return 'the spec has no target for the month';
    return finding.printed.trim() === '' ? 'the spec has a target for the month, and the cell is blank' : "the spec's target for the month is another figure";
  }
  return EXPLAIN[reason];
}
