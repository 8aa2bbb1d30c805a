/**
 * `npm run demo`: the whole pipeline on seeded synthetic case records.
 * Records -> monthly rows (deriveMonthly, with the catalogue's record-level
 * measures) -> every catalogue indicator that can be derived from records,
 * as at a month -> the scorecard in the terminal, as one HTML file and as
 * CSV (formula-safe, for a spreadsheet).
 *
 *   npm run demo                      as at 2024-03
 *   npm run demo -- 2023-09           as at another month
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogue, catalogueMeasures, catalogueSpec, referenceSettings } from 'council-indicators/catalogue';
import { deriveMonthly } from 'council-indicators/records';
import { computeScorecard, toCsv, toHtml, toMarkdown } from 'council-indicators/scorecard';
import { generateRecords } from './synthetic/records.js';

const asOf = process.argv[2] ?? '2024-03';
const started = performance.now();

// Synthetic records (seed 1): about 370 children in care, 200 admissions a year.
const records = generateRecords({ seed: 1, from: '2012-04-01', to: '2024-03-31' });

// Monthly rows from April 2013: adoption milestones need a year of history before the first month.
const derived = deriveMonthly(records, { from: '2013-04', to: asOf, measures: catalogueMeasures });

// Initial health assessments are reported one month in arrears (the 20 working days must
// have passed): each month carries the previous month's admissions and assessments.
const rows = derived.map((row, i) => ({
  ...row,
  ihaMet: i === 0 ? null : derived[i - 1]!.ihaMet,
  ihaEligible: i === 0 ? null : derived[i - 1]!.ihaEligible,
}));

// The catalogue's national definitions with the reference council's local settings (its population,
// targets, bands and benchmarks); another council gives its own.
const derivable = catalogue.filter((entry) => entry.measures !== null);
const card = computeScorecard(
  derivable.map((entry) => catalogueSpec(entry.id, referenceSettings[entry.id])),
  rows,
  { asOf },
);

console.log(
  `Synthetic records: ${records.children.length.toLocaleString('en-GB')} children, ${records.episodes.length.toLocaleString('en-GB')} episodes, ${records.events.length.toLocaleString('en-GB')} events; ${rows.length} months derived.`,
);
console.log(`\nScorecard as at ${asOf}\n`);
console.log(toMarkdown(card));

const skipped = catalogue.filter((entry) => entry.measures === null);
console.log(`\nNot derivable from case records (${skipped.length}):`);
for (const entry of skipped) console.log(`- ${entry.definition.title}: ${entry.whyNoMeasures ?? ''}`);

const outDir = resolve('demo-output');
mkdirSync(outDir, { recursive: true });
const file = resolve(outDir, `scorecard-${asOf}.html`);
writeFileSync(file, toHtml(card, { title: `Children in care scorecard, ${asOf} (synthetic data)` }));
const csvFile = resolve(outDir, `scorecard-${asOf}.csv`);
writeFileSync(csvFile, toCsv(card));
console.log(`\nHTML scorecard written to ${file}, CSV to ${csvFile} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
