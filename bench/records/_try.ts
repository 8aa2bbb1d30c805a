import { generateRecords } from '../../examples/synthetic/records.js';
import { deriveMonthly } from '../../src/records/index.js';
import { measures, MEASURE_NAMES } from './measures.js';
import { openDuckDb, loadRecords, monthlySql, MACROS_SQL, queryMonthly } from './duckdb.js';
const n = Number(process.argv[2] ?? 0);
const r = generateRecords(n ? { episodes: n } : {});
const rows = deriveMonthly(r, { from: '2014-04', to: '2024-03', measures });
const db = await openDuckDb();
let t0 = performance.now();
await loadRecords(db, r, { first: 2014, last: 2025 });
console.log('load', (performance.now() - t0).toFixed(0));
await db.connection.run(MACROS_SQL);
const sql = monthlySql('2014-04', '2024-03', { first: 2014, last: 2024 });
for (let i = 0; i < 5; i++) {
t0 = performance.now();
const d = await queryMonthly(db, sql);
console.log('query', (performance.now() - t0).toFixed(0));
let mism = 0;
for (let k = 0; k < rows.length; k++) for (const name of MEASURE_NAMES) if (rows[k]![name] !== d[k]![name]) { if (mism++ < 20) console.log(rows[k]!.period, name, 'lib', rows[k]![name], 'sql', d[k]![name]); }
console.log('mismatches', mism, 'unmatched', d.reduce((s, x) => s + (x._unmatched as number), 0), d[60]);
}
