/**
 * The published pages' printed cells as `auditTable` reads them, shared by
 * the golden tests (test/golden/peterborough.test.ts) and the catalogue's
 * (test/catalogue/reference-pages.test.ts).
 */
import type { AuditRow, PrintedCells } from 'council-indicators/audit';
import type { PublishedPage } from '../../examples/reference/peterborough-2017-09.js';

/** The cells of a page the audit checks. */
export type Cell = 'numerator' | 'value' | 'target' | 'variance' | 'rag';

/**
 * `rows` (a page's inputs) with the page's printed `cells` as the audit reads
 * them: the rolling total as `numerator` where the page prints one, and the
 * RAG cells only from `ragFrom` on (the first month whose thresholds the page
 * prints; without it, no RAG cell is checked).
 */
export function withPrinted(p: PublishedPage, rows: readonly { period: string }[], cells: readonly Cell[], ragFrom?: string): AuditRow[] {
  return rows.map((r) => {
    const cellsOf = p.printed[r.period]!;
    const printed: PrintedCells = {};
    for (const c of cells) {
      if (c === 'numerator') {
        if (cellsOf.total !== undefined) printed.numerator = String(cellsOf.total);
      } else if (c === 'rag') {
        if (ragFrom !== undefined && r.period >= ragFrom) printed.rag = cellsOf.rag;
      } else printed[c] = cellsOf[c];
    }
    return { ...r, printed };
  });
}

/** A page's printed cells with its own inputs. */
export const printedRows = (p: PublishedPage, cells: readonly Cell[], ragFrom?: string): AuditRow[] => withPrinted(p, p.rows, cells, ragFrom);
