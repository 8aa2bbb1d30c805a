/**
 * Recompute a published page and list every printed cell that differs from
 * what its own inputs give.
 */
import { computeIndicator } from 'council-indicators';
import type { IndicatorResult, IndicatorSpec, PeriodResult } from 'council-indicators';
import type { PrintedCells, PublishedPage } from './peterborough-2017-09.js';

export type Column = 'total' | 'value' | 'target' | 'variance' | 'rag';

export interface CellDifference {
  period: string;
  column: Column;
  printed: string;
  computed: string;
}

const RAG_LETTER = { red: 'R', amber: 'A', green: 'G', blue: 'B' } as const;

/** A period's figures in the report's own notation. */
export function asPrinted(spec: IndicatorSpec, p: PeriodResult): Record<Column, string> {
  const pct = spec.measure.type === 'percentage' ? '%' : '';
  return {
    total: p.numerator === null ? '' : String(p.numerator),
    value: p.formatted ?? '',
    target: p.target === null ? '' : `${p.target.toFixed(spec.decimals)}${pct}`,
    variance: p.formattedVariance ?? '',
    rag: p.rag === null ? '' : RAG_LETTER[p.rag],
  };
}

export interface Comparison {
  result: IndicatorResult;
  differences: CellDifference[];
}

/**
 * Compare the printed cells of `columns` with the recomputed ones, for the
 * periods where the recomputation has a value (`ragFrom`: the first period
 * whose RAG thresholds the page prints; RAG cells before it are not compared).
 */
export function comparePage(
  page: PublishedPage,
  spec: IndicatorSpec,
  columns: readonly Column[],
  ragFrom?: string,
  ragSpec?: IndicatorSpec,
): Comparison {
  const result = computeIndicator(spec, page.rows);
  const ragResult = ragSpec === undefined ? result : computeIndicator(ragSpec, page.rows);
  const differences: CellDifference[] = [];
  result.periods.forEach((p, i) => {
    const printed: PrintedCells | undefined = page.printed[p.period];
    if (printed === undefined || p.status !== 'ok') return;
    const mine = asPrinted(spec, p);
    mine.rag = asPrinted(ragSpec ?? spec, ragResult.periods[i]!).rag;
    for (const column of columns) {
      if (column === 'rag' && (ragFrom === undefined || p.period < ragFrom)) continue;
      if (column === 'total' && printed.total === undefined) continue;
      const theirs = column === 'total' ? String(printed.total) : printed[column];
      if (theirs !== mine[column]) differences.push({ period: p.period, column, printed: theirs, computed: mine[column] });
    }
  });
  return { result, differences };
}
