import { deriveMonthly } from '../../src/records/index.js';
import { edgeCases, EDGE_FROM, EDGE_TO } from './edge-cases.js';
import { measures } from './measures.js';
const rows = deriveMonthly(edgeCases, { from: EDGE_FROM, to: EDGE_TO, measures });
const names = Object.keys(measures);
for (const n of names) console.log(n.padEnd(24), rows.map((r) => String(r[n])).join(' '));
