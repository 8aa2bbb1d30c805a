#!/usr/bin/env bash
# The testing kit as a downstream project uses it: pack the tarball, install
# it in scratch projects, and
#  1. with fast-check and vitest@4: a property test (computeIndicator against
#     referenceCompute on the kit's arbitraries) and a table comparison, under
#     vitest and under node:test, from ESM and CJS;
#  2. WITHOUT fast-check: syntheticRecords, referenceCompute, referenceDerive
#     and compareTables work from ESM and CJS, and importing the arbitraries
#     fails with Node's error naming fast-check.
# Needs `npm run build` first. Installs from the npm registry (fast-check 4, vitest 4).
set -euo pipefail
source "$(dirname "$0")/scratch-lib.sh"

cd "$ROOT"
test -f dist/testing.js -a -f dist/testing.cjs || { echo "dist/ has no testing kit: run npm run build first" >&2; exit 1; }
pack_tarball

# ---------------------------------------------------------------------------
echo "== with fast-check: vitest and node:test"
scratch_project "$SCRATCH/with" scratch-with-fast-check fast-check@4 vitest@4

# Shared by both runners: one property and one table comparison, runner-free.
cat > checks.mjs <<'JS'
import fc from 'fast-check';
import { computeIndicator, defineIndicator } from 'council-indicators';
import { compareTables, referenceCompute } from 'council-indicators/testing';
import { invalidRowsArbitrary, rowsArbitrary, specArbitrary } from 'council-indicators/testing';

export function propertyHolds() {
  const cases = specArbitrary().chain((spec) => rowsArbitrary(spec).map((rows) => ({ spec, rows })));
  fc.assert(
    fc.property(cases, ({ spec, rows }) => {
      const { equal, differences } = compareTables(
        computeIndicator(spec, rows).periods,
        referenceCompute(spec, rows).periods,
      );
      if (!equal) throw new Error(JSON.stringify(differences));
    }),
    { numRuns: 100 },
  );
  fc.assert(fc.property(invalidRowsArbitrary('duplicate-period'), ({ spec, rows }) => {
    try { computeIndicator(spec, rows); } catch (e) { return e.issues.some((i) => i.code === 'duplicate-period'); }
    return false;
  }), { numRuns: 20 });
}

export function dashboardDifferences() {
  const spec = defineIndicator({ id: 'pct', title: 'P', measure: { type: 'percentage' }, numerator: 'n', denominator: 'd', polarity: 'higher-is-better' });
  const computed = computeIndicator(spec, [{ period: '2017-08', n: 57, d: 100 }, { period: '2017-09', n: 31, d: 500 }])
    .periods.map((p) => ({ period: p.period, value: p.formatted }));
  return compareTables([{ period: '2017-08', value: '57.0%' }, { period: '2017-09', value: '6.1%' }], computed).differences;
}
JS

cat > kit.test.mjs <<'JS'
import { describe, expect, it } from 'vitest';
import { dashboardDifferences, propertyHolds } from './checks.mjs';

describe('the testing kit under vitest', () => {
  it('computeIndicator agrees with referenceCompute on generated specs and rows', () => propertyHolds());
  it('compareTables names the differing cell of a dashboard export', () => {
    expect(dashboardDifferences()).toEqual([{ row: '2017-09', column: 'value', actual: '6.1%', expected: '6.2%' }]);
  });
});
JS
npx --no-install vitest run kit.test.mjs

cat > kit.node.test.mjs <<'JS'
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dashboardDifferences, propertyHolds } from './checks.mjs';

test('computeIndicator agrees with referenceCompute on generated specs and rows', () => propertyHolds());
test('compareTables names the differing cell of a dashboard export', () => {
  assert.deepEqual(dashboardDifferences(), [{ row: '2017-09', column: 'value', actual: '6.1%', expected: '6.2%' }]);
});
JS
node --test kit.node.test.mjs

cat > kit.node.test.cjs <<'JS'
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fc = require('fast-check');
const { computeIndicator } = require('council-indicators');
const { compareTables, referenceCompute } = require('council-indicators/testing');
const { rowsArbitrary, specArbitrary } = require('council-indicators/testing');

test('CJS: computeIndicator agrees with referenceCompute', () => {
  const cases = specArbitrary().chain((spec) => rowsArbitrary(spec).map((rows) => ({ spec, rows })));
  fc.assert(fc.property(cases, ({ spec, rows }) => compareTables(computeIndicator(spec, rows).periods, referenceCompute(spec, rows).periods).equal), { numRuns: 50 });
  assert.ok(true);
});
JS
node --test kit.node.test.cjs

# ---------------------------------------------------------------------------
echo "== without fast-check"
scratch_project "$SCRATCH/without" scratch-without-fast-check
test ! -e node_modules/fast-check || { echo "fast-check was installed; this check needs it absent" >&2; exit 1; }

cat > without.mjs <<'JS'
import assert from 'node:assert/strict';
import { computeIndicator, defineIndicator } from 'council-indicators';

// The package itself needs no fast-check.
const spec = defineIndicator({ id: 'cic', title: 'CiC', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral' });
assert.equal(computeIndicator(spec, [{ period: '2017-09', n: 373 }]).periods[0].formatted, '373');
// The testing kit does: Node's own error names the missing package.
await assert.rejects(import('council-indicators/testing'), (e) => e.code === 'ERR_MODULE_NOT_FOUND' && /Cannot find package 'fast-check'/.test(e.message));
console.log('ESM without fast-check: the core works; importing council-indicators/testing fails naming fast-check');
JS
node without.mjs

cat > without.cjs <<'JS'
const assert = require('node:assert/strict');
const { computeIndicator } = require('council-indicators');
assert.equal(computeIndicator({ id: 'c', title: 'C', measure: { type: 'count' }, numerator: 'n', polarity: 'neutral' }, [{ period: '2017-09', n: 1 }]).periods[0].formatted, '1');
assert.throws(() => require('council-indicators/testing'), (e) => e.code === 'MODULE_NOT_FOUND' && /Cannot find module 'fast-check'/.test(e.message));
console.log('CJS without fast-check: the core works; requiring council-indicators/testing fails naming fast-check');
JS
node without.cjs

echo "testing kit check passed: $TARBALL"
