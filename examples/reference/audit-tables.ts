/**
 * The six Peterborough pages (September 2017) as the tables `auditTable`
 * and `council-indicators audit` read: each page's printed rows (inputs and
 * printed cells, as text) with the spec to audit them by, RAG bands exactly
 * as printed. The CSV and spec JSON files beside this one
 * (`<name>.csv`, `<name>.spec.json`) hold the same tables for the CLI;
 * test/audit/peterborough.test.ts checks that they agree with this file.
 *
 * Page 24 prints a rate per 10,000 but rates the count of children, so it is
 * two tables: the rate (value, target, variance, direction) and the count
 * (its RAG column). The direction cells are the September arrows of the
 * report's contents page ("Latest Data"); the tables print no arrows.
 */
import type { Band, IndicatorSpec, IndicatorSpecInput } from 'council-indicators';
import type { AuditRow, PrintedCells } from 'council-indicators/audit';
import * as page from './peterborough-2017-09.js';
import type { PublishedPage } from './peterborough-2017-09.js';
import * as spec from './specs.js';

export interface AuditTable {
  /** The file name stem of the table's CSV and spec JSON. */
  name: string;
  title: string;
  spec: IndicatorSpec | IndicatorSpecInput;
  rows: AuditRow[];
}

type Cell = keyof PrintedCells;

function rowsOf(p: PublishedPage, cells: readonly Cell[], arrow: string): AuditRow[] {
  return p.rows.map((r) => {
    const printed = p.printed[r.period]!;
    const all: Record<Cell, string> = {
      numerator: printed.total === undefined ? '' : String(printed.total),
      denominator: '',
      value: printed.value,
      target: printed.target,
      variance: printed.variance,
      rag: printed.rag,
      direction: r.period === '2017-09' ? arrow : '',
    };
    return { ...r, printed: Object.fromEntries(cells.map((c) => [c, all[c]])) };
  });
}

/** Page 24's thresholds as printed: "G <=350 | A >351-365 | R >365" (so 351 itself has no colour). */
export const countBandsAsPrinted: Band[] = [
  { rating: 'green', max: 350, maxInclusive: true, label: 'G <=350' },
  { rating: 'amber', min: 351, minInclusive: false, max: 365, maxInclusive: true, label: 'A >351-365' },
  { rating: 'red', min: 365, minInclusive: false, label: 'R >365' },
];

/** A catalogue spec with its 2017-18 RAG replaced by the bands as printed. */
function withPrintedBands(s: IndicatorSpec, printed: string, bands: Band[]): IndicatorSpecInput {
  const description = `${s.title}, for auditing the printed table: the catalogue's definition, targets and windows, with the 2017-18 RAG bands exactly as printed ("${printed}"), gaps included.`;
  return { ...s, description, rag: [{ from: '2017-04', rag: { on: 'value', using: 'rounded', bands } }] };
}

const VALUE_CELLS = ['value', 'target', 'variance', 'direction'] as const;
const RATED_CELLS = ['value', 'target', 'variance', 'rag', 'direction'] as const;
const TOTAL_CELLS = ['numerator', 'value', 'target', 'variance', 'direction'] as const;

export const tables: AuditTable[] = [
  {
    name: 'cic-per-10k',
    title: page.childrenInCarePer10k.title,
    spec: spec.childrenInCarePer10k,
    rows: rowsOf(page.childrenInCarePer10k, VALUE_CELLS, page.contents.childrenInCarePer10k.arrow),
  },
  {
    name: 'cic-count-rag',
    title: `${page.childrenInCarePer10k.title}: RAG (rated on the count of children)`,
    spec: {
      ...spec.childrenInCareCount,
      description: 'Children in care at month end, rated on the per-10,000 page\'s thresholds exactly as printed ("G <=350 | A >351-365 | R >365"), which are counts of children; 351 itself has no colour.',
      rag: { on: 'value', using: 'rounded', bands: countBandsAsPrinted },
    },
    rows: rowsOf(page.childrenInCarePer10k, ['rag'], ''),
  },
  {
    name: 'admissions-per-10k',
    title: page.admissionsPer10k.title,
    spec: spec.admissionsPer10k,
    rows: rowsOf(page.admissionsPer10k, TOTAL_CELLS, page.contents.admissionsPer10k.arrow),
  },
  {
    name: 'ceased-per-10k',
    title: page.ceasedPer10k.title,
    spec: spec.ceasedPer10k,
    rows: rowsOf(page.ceasedPer10k, TOTAL_CELLS, page.contents.ceasedPer10k.arrow),
  },
  {
    name: 'three-or-more-placements',
    title: page.threeOrMorePlacements.title,
    spec: spec.threeOrMorePlacements,
    rows: rowsOf(page.threeOrMorePlacements, RATED_CELLS, page.contents.threeOrMorePlacements.arrow),
  },
  {
    name: 'reviews-in-time',
    title: page.reviewsInTime.title,
    spec: withPrintedBands(spec.reviewsInTime, page.reviewsInTime.printedThresholds, spec.reviewsBandsAsPrinted),
    rows: rowsOf(page.reviewsInTime, RATED_CELLS, page.contents.reviewsInTime.arrow),
  },
  {
    name: 'personal-education-plans',
    title: page.personalEducationPlans.title,
    spec: withPrintedBands(spec.personalEducationPlans, page.personalEducationPlans.printedThresholds, spec.pepBandsAsPrinted),
    rows: rowsOf(page.personalEducationPlans, RATED_CELLS, page.contents.personalEducationPlans.arrow),
  },
];
