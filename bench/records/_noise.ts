import { generateRecords } from '../../examples/synthetic/records.js';
import { openDuckDb, loadRecords, monthlySql, MACROS_SQL, queryMonthly } from './duckdb.js';
const r = generateRecords({ episodes: 1_000_000 });
const db = await openDuckDb(Number(process.argv[2] ?? 2));
await loadRecords(db, r, { first: 2014, last: 2025 });
await db.connection.run(MACROS_SQL);
const sql = monthlySql('2014-04', '2024-03', { first: 2014, last: 2024 });
for (let i = 0; i < 5; i++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  await queryMonthly(db, sql);
  const c = process.cpuUsage(c0);
  console.log('query', (performance.now() - t0).toFixed(0), 'cpu user', (c.user/1000).toFixed(0), 'sys', (c.system/1000).toFixed(0), 'rss', (process.memoryUsage.rss()/2**20).toFixed(0));
}
