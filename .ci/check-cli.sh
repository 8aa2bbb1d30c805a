#!/usr/bin/env bash
# The command-line tool end to end, as a user gets it: pack the package,
# install the tarball in a scratch folder, run `npx council-indicators ...`
# on the files in examples/cli/ and examples/reference/, and compare its
# output with the installed library's own results. Also checks the exit
# statuses (1: wrong inputs, with the CSV line; 2: usage) and that the
# installed CLI shares the library's chunks (one IndicatorError). Needs
# `npm run build` first.
set -euo pipefail
source "$(dirname "$0")/scratch-lib.sh"

cd "$ROOT"
test -x dist/cli.js || { echo "dist/cli.js is missing or not executable: run npm run build first" >&2; exit 1; }
pack_tarball
scratch_project "$SCRATCH/cli" scratch
cp -R "$ROOT/examples/cli" cli
cp -R "$ROOT/examples/reference" reference
CLI=(npx --no-install council-indicators)

echo "== council-indicators --version, --help"
test "$("${CLI[@]}" --version)" = "$(node -p 'require("./node_modules/council-indicators/package.json").version')"
"${CLI[@]}" --help > /dev/null
for c in compute scorecard derive validate audit schema catalogue; do
  "${CLI[@]}" "$c" --help | grep -q "Example:" || { echo "$c --help has no example" >&2; exit 1; }
done

# The CLI imports the package's entry points by name: no second copy of the core (one IndicatorError class).
if grep -q "class IndicatorError" node_modules/council-indicators/dist/cli.js; then
  echo "dist/cli.js bundles its own copy of the core" >&2; exit 1
fi

echo "== the README's one command: a scorecard page from a CSV and a JSON spec"
"${CLI[@]}" scorecard --spec cli/admissions.json --data cli/data.csv --as-of 2017-09 --out scorecard.html
test -s scorecard.html

echo "== outputs of every command"
"${CLI[@]}" compute --spec cli/admissions.json --spec cli/placements.yaml --data cli/data.csv --from 2017-04 --format json > compute.json
"${CLI[@]}" compute --spec cli/admissions.json --data cli/data.csv --from Apr-17 --to Sep-17 > compute.csv
"${CLI[@]}" scorecard --spec cli/admissions.json --spec cli/placements.yaml --catalogue cic-number-in-care --settings cli/settings.yaml --data cli/data.csv --format md > scorecard.md
"${CLI[@]}" derive --records cli/ssda903/*.csv --measures cli/measures.yaml --from 2016-04 --to 2017-09 --format json > derived.json
"${CLI[@]}" audit --spec reference/admissions-per-10k.spec.json --table reference/admissions-per-10k.csv --format json > audit.json
"${CLI[@]}" schema > schema.json
"${CLI[@]}" catalogue cic-number-in-care --settings cli/settings.yaml > entry.json
"${CLI[@]}" validate --spec cli/admissions.json --spec cli/placements.yaml --data cli/data.csv > validate.txt

cat > compare.mjs <<'JS'
import { readFileSync, readdirSync } from 'node:fs';
import { computeIndicator, defineIndicator, indicatorSpecJsonSchema, csvRow, statusReason } from 'council-indicators';
import { catalogueSpec, referenceSettings } from 'council-indicators/catalogue';
import { readTable, readSsda903, detectSsda903Table } from 'council-indicators/readers';
import { computeScorecard, toHtml, toMarkdown } from 'council-indicators/scorecard';
import { deriveMonthly } from 'council-indicators/records';
import { auditTable } from 'council-indicators/audit';
import { parse } from 'yaml';
const read = (f) => readFileSync(f, 'utf8');
const same = (what, got, want) => {
  if (got !== want) {
    console.error(`${what}: the CLI's output differs from the library's\n--- CLI\n${got.slice(0, 2000)}\n--- library\n${want.slice(0, 2000)}`);
    process.exit(1);
  }
  console.log(`${what}: same as the library`);
};
const rows = readTable(read('cli/data.csv')).rows;
const admissions = defineIndicator(JSON.parse(read('cli/admissions.json')));
const placements = defineIndicator(parse(read('cli/placements.yaml')));
const json = (v) => `${JSON.stringify(v, null, 2)}\n`;

same('compute --format json', read('compute.json'), json([admissions, placements].map((s) => computeIndicator(s, rows, { from: '2017-04' }))));
const r = computeIndicator(admissions, rows, { from: '2017-04', to: '2017-09' });
const header = 'id,title,period,status,numerator,denominator,exact,value,target,variance,rag,direction,trend,reason\r\n';
same('compute (CSV)', read('compute.csv'), header + r.periods.map((p) => csvRow([r.id, r.title, p.period, p.status, p.numerator, p.denominator, p.exact, p.formatted, p.target, p.formattedVariance, p.rag, p.direction, p.trend, statusReason(p)])).join(''));
same('scorecard --out scorecard.html', read('scorecard.html'), toHtml(computeScorecard([admissions], rows, { asOf: '2017-09' })));
same('scorecard --format md', read('scorecard.md'), toMarkdown(computeScorecard([admissions, placements, catalogueSpec('cic-number-in-care', referenceSettings['cic-number-in-care'])], rows, { asOf: '2017-09' })));

const tables = {};
for (const f of readdirSync('cli/ssda903')) {
  const text = read(`cli/ssda903/${f}`);
  (tables[detectSsda903Table(text)] ??= []).push({ name: `cli/ssda903/${f}`, text });
}
const records = readSsda903(tables);
same('derive --format json', read('derived.json'), json(deriveMonthly(records, { from: '2016-04', to: '2017-09', measures: parse(read('cli/measures.yaml')) })));

const printedColumns = ['numerator', 'denominator', 'value', 'target', 'variance', 'rag', 'direction'];
const table = readTable(read('reference/admissions-per-10k.csv'), { textColumns: printedColumns.map((c) => `printed_${c}`) });
const auditRows = table.rows.map((row) => {
  const out = { printed: {} };
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith('printed_')) out.printed[k.slice(8)] = v === null ? '' : String(v);
    else out[k] = v;
  }
  return out;
});
same('audit --format json', read('audit.json'), json(auditTable(JSON.parse(read('reference/admissions-per-10k.spec.json')), auditRows)));
same('schema', read('schema.json'), json(indicatorSpecJsonSchema()));
same('catalogue ID', read('entry.json'), json(catalogueSpec('cic-number-in-care', referenceSettings['cic-number-in-care'])));
same('validate', read('validate.txt'), 'ok: 2 specs (cic-admissions-rate, cic-three-placements) valid; 18 rows of cli/data.csv read by every spec without a problem\n');
JS
node compare.mjs

echo "== exit statuses"
set +e
"${CLI[@]}" compute --spec cli/admissions.json --data cli/bad-data.csv --out never.csv 2> bad.txt
status=$?
set -e
test "$status" -eq 1 || { echo "wrong inputs: expected exit status 1, got $status" >&2; exit 1; }
test ! -e never.csv || { echo "wrong inputs: --out was written" >&2; exit 1; }
grep -q 'cli/bad-data.csv line 6, column admissions: "1O" is not a number \[not-a-number\]' bad.txt || { echo "bad data: no line number in:" >&2; cat bad.txt >&2; exit 1; }
grep -q $'\e\[' bad.txt && { echo "colour written to a file" >&2; exit 1; }
echo "wrong inputs: exit 1, the CSV line and column named, nothing written"
set +e
"${CLI[@]}" compute --format xml 2> /dev/null
status=$?
set -e
test "$status" -eq 2 || { echo "usage error: expected exit status 2, got $status" >&2; exit 1; }
echo "usage error: exit 2"
echo "CLI check passed: $TARBALL"
