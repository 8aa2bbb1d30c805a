/**
 * council-indicators/audit: check a published table against its own printed
 * inputs. `auditTable` recomputes every printed cell with a spec and reports
 * each disagreement with a reason (see docs/audit.md). Browser-usable: no
 * Node modules.
 *
 * @module
 */
export { AUDIT_REASONS, auditTable, describeFinding, printedTableRows } from './audit.js';
export type { AuditCell, AuditFinding, AuditOptions, AuditReason, AuditResult, AuditRow, PrintedCells } from './audit.js';
