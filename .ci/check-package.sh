#!/usr/bin/env bash
# Pack the package as npm would publish it, install the tarball in a scratch
# project, and check that it imports from ESM and CJS, that its types resolve
# under node16 and bundler resolution, that the entry points of each format
# share one IndicatorError class and one registry of validated specs, and that
# the error guard works across the ESM and CJS copies. Needs `npm run build`
# first.
set -euo pipefail
source "$(dirname "$0")/scratch-lib.sh"

cd "$ROOT"
npx --no-install attw --pack . --profile node16

# What the tarball ships: listed here, and checked for what it must and must
# not hold (the README links docs/*.md; no sources or tests).
npm pack --dry-run
npm pack --dry-run --json --silent | node -e '
  const files = JSON.parse(require("fs").readFileSync(0, "utf8"))[0].files.map((f) => f.path);
  const missing = ["LICENSE", "README.md", "package.json", "docs/concepts.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]
    .filter((f) => !files.includes(f));
  const stray = files.filter((f) => /^(src|test|bench|examples|\.ci)\//.test(f) || f.startsWith("node_modules/"));
  if (missing.length > 0 || stray.length > 0) {
    console.error(`tarball: missing ${JSON.stringify(missing)}, should not ship ${JSON.stringify(stray)}`);
    process.exit(1);
  }
  console.log(`tarball holds LICENSE, README.md, docs/ and dist/ and no sources or tests (${files.length} files)`);
'
pack_tarball
scratch_project "$SCRATCH/package" scratch

cat > esm.mjs <<'JS'
import { computeIndicator, defineIndicator } from 'council-indicators';
const spec = defineIndicator({
  id: 'pct', title: 'Percentage', measure: { type: 'percentage' },
  numerator: 'n', denominator: 'd', polarity: 'higher-is-better',
  rag: { bands: [{ rating: 'red', max: 57, maxInclusive: false }, { rating: 'green', min: 57, minInclusive: true }] },
});
const [p] = computeIndicator(spec, [{ period: '2017-09', n: 57, d: 100 }]).periods;
if (p.formatted !== '57.0%' || p.rag !== 'green') throw new Error(`ESM: unexpected ${JSON.stringify(p)}`);
console.log('ESM import ok:', p.formatted, p.rag);
const { deriveMonthly, addWorkingDays } = await import('council-indicators/records');
if (addWorkingDays('2023-12-22', 1) !== '2023-12-27') throw new Error('ESM records: addWorkingDays');
const rows = deriveMonthly({ children: [{ childId: 'A', dateOfBirth: '2010-01-01' }], episodes: [{ childId: 'A', start: '2017-01-10' }], coverage: { from: '2017-01', to: '2017-02' } },
  { from: '2017-01', to: '2017-02', measures: { inCare: { type: 'in-care' } } });
if (rows[1].inCare !== 1) throw new Error('ESM records: deriveMonthly');
console.log('ESM import of council-indicators/records ok');
const { catalogue, catalogueSpec, referenceSettings } = await import('council-indicators/catalogue');
const cicRate = catalogueSpec(catalogue[0].id, referenceSettings[catalogue[0].id]);
const { computeScorecard, toHtml } = await import('council-indicators/scorecard');
const card = computeScorecard([cicRate], [{ period: '2017-09', cic: 373 }], { asOf: '2017-09' });
if (card.rows[0].formatted !== '78.2' || !toHtml(card).includes('<svg')) throw new Error('ESM catalogue/scorecard');
console.log('ESM import of council-indicators/catalogue and /scorecard ok');
// One class and one registry of validated specs across the entry points.
const { IndicatorError, validateSpec } = await import('council-indicators');
const caughtBy = (f) => { try { f(); } catch (e) { return e; } throw new Error('expected a throw'); };
const fromRecords = caughtBy(() => deriveMonthly({ children: [], episodes: [] }, { from: '2017-13', to: '2017-01', measures: {} }));
if (!(fromRecords instanceof IndicatorError) || fromRecords.code !== 'INVALID_OPTIONS') throw new Error('ESM: an error from /records is not the main entry\'s IndicatorError');
const fromScorecard = caughtBy(() => computeScorecard([{ id: 'Bad Id' }], [], { asOf: '2017-09' }));
if (!(fromScorecard instanceof IndicatorError)) throw new Error('ESM: an error from /scorecard is not the main entry\'s IndicatorError');
const checked = validateSpec(cicRate);
if (!checked.ok || checked.spec !== cicRate) throw new Error('ESM: the main entry validated a catalogue spec again');
console.log('ESM entry points share one IndicatorError class and one registry of validated specs');
JS
node esm.mjs

cat > cjs.cjs <<'JS'
const { computeIndicator, defineIndicator } = require('council-indicators');
const spec = defineIndicator({ id: 'n', title: 'Count', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral' });
const [p] = computeIndicator(spec, [{ period: '2017-09', n: 373 }]).periods;
if (p.formatted !== '373') throw new Error(`CJS: unexpected ${JSON.stringify(p)}`);
console.log('CJS require ok:', p.formatted);
const records = require('council-indicators/records');
if (records.workingDaysBetween('2023-12-22', '2023-12-27') !== 1) throw new Error('CJS records: workingDaysBetween');
console.log('CJS require of council-indicators/records ok');
// One class and one registry of validated specs across the entry points.
const main = require('council-indicators');
const caughtBy = (f) => { try { f(); } catch (e) { return e; } throw new Error('expected a throw'); };
const fromRecords = caughtBy(() => records.deriveMonthly({ children: [], episodes: [] }, { from: '2017-13', to: '2017-01', measures: {} }));
if (!(fromRecords instanceof main.IndicatorError) || fromRecords.code !== 'INVALID_OPTIONS') throw new Error('CJS: an error from /records is not the main entry\'s IndicatorError');
const { computeScorecard } = require('council-indicators/scorecard');
const fromScorecard = caughtBy(() => computeScorecard([{ id: 'Bad Id' }], [], { asOf: '2017-09' }));
if (!(fromScorecard instanceof main.IndicatorError)) throw new Error('CJS: an error from /scorecard is not the main entry\'s IndicatorError');
const { catalogue, catalogueSpec, referenceSettings } = require('council-indicators/catalogue');
const cicRate = catalogueSpec(catalogue[0].id, referenceSettings[catalogue[0].id]);
const checked = main.validateSpec(cicRate);
if (!checked.ok || checked.spec !== cicRate) throw new Error('CJS: the main entry validated a catalogue spec again');
console.log('CJS entry points share one IndicatorError class and one registry of validated specs');
JS
node cjs.cjs

cat > dual.mjs <<'JS'
import { createRequire } from 'node:module';
import { isIndicatorError, IndicatorError } from 'council-indicators';
const cjs = createRequire(import.meta.url)('council-indicators');
if (cjs.IndicatorError === IndicatorError) throw new Error('expected two copies of the class');
let caught;
try { cjs.defineIndicator({ id: 'Bad Id' }); } catch (e) { caught = e; }
if (caught instanceof IndicatorError) throw new Error('instanceof unexpectedly crossed copies');
if (!isIndicatorError(caught) || caught.code !== 'INVALID_SPEC') throw new Error('guard failed across ESM and CJS copies');
console.log('isIndicatorError works across the ESM and CJS copies');
JS
node dual.mjs

cat > types.mts <<'TS'
import { computeIndicator, defineIndicator, isIndicatorError } from 'council-indicators';
import type { IndicatorResult, PeriodResult, Rating } from 'council-indicators';
const spec = defineIndicator({ id: 'x', title: 'X', measure: { type: 'rate', per: 10000 }, numerator: 'n', denominator: { value: 47715 }, polarity: 'lower-is-better' });
const result: IndicatorResult = computeIndicator(spec, [{ period: '2017-09', n: 1 }]);
const first: PeriodResult | undefined = result.periods[0];
const rating: Rating | null | undefined = first?.rag;
const e: unknown = null;
if (isIndicatorError(e)) { const code: 'INVALID_SPEC' | 'INVALID_DATA' | 'INVALID_OPTIONS' = e.code; void code; }
void rating;
import { deriveMonthly } from 'council-indicators/records';
import type { RecordMeasure, DerivedRow } from 'council-indicators/records';
const measure: RecordMeasure = { type: 'in-care', filter: { ageBelow: 18 } };
const derived: DerivedRow[] = deriveMonthly({ children: [], episodes: [] }, { from: '2017-01', to: '2017-01', measures: { inCare: measure } });
void derived;
TS
cp types.mts types.cts
for RES in node16 bundler; do
  if [ "$RES" = node16 ]; then MOD=node16; FILES='"types.mts", "types.cts"'; else MOD=esnext; FILES='"types.mts"'; fi
  cat > tsconfig.json <<JSON
{ "compilerOptions": { "strict": true, "noEmit": true, "types": [], "target": "es2022",
  "module": "$MOD", "moduleResolution": "$RES", "skipLibCheck": false }, "files": [$FILES] }
JSON
  "$ROOT/node_modules/.bin/tsc" -p tsconfig.json
  echo "types resolve and check with moduleResolution $RES"
done
echo "package check passed: $TARBALL"
