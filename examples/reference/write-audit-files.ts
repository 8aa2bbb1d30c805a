/**
 * Writes the CSV and spec JSON of every table in audit-tables.ts beside it,
 * for `council-indicators audit --spec FILE --table FILE`:
 * `npx tsx examples/reference/write-audit-files.ts`. The CSV has a `period`
 * column, the input columns, and a `printed_<cell>` column for each printed
 * cell (blank where the cell is blank). test/audit/peterborough.test.ts
 * checks that the files agree with audit-tables.ts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tables } from './audit-tables.js';

const CELLS = ['numerator', 'denominator', 'value', 'target', 'variance', 'rag', 'direction'] as const;

for (const t of tables) {
  const inputs = Object.keys(t.rows[0]!).filter((k) => k !== 'period' && k !== 'printed');
  const printed = CELLS.filter((c) => t.rows.some((r) => r.printed !== undefined && c in r.printed));
  const lines = [['period', ...inputs, ...printed.map((c) => `printed_${c}`)].join(',')];
  for (const r of t.rows) lines.push([r.period, ...inputs.map((k) => String(r[k])), ...printed.map((c) => String(r.printed![c] ?? ''))].join(','));
  writeFileSync(fileURLToPath(new URL(`${t.name}.csv`, import.meta.url)), `${lines.join('\n')}\n`);
  writeFileSync(fileURLToPath(new URL(`${t.name}.spec.json`, import.meta.url)), `${JSON.stringify(t.spec, null, 2)}\n`);
}
