#!/usr/bin/env bash
# `npm run example`: the published tables of the reference report
# (Peterborough, September 2017; examples/reference/*.csv with their specs
# *.spec.json) checked by the command-line tool's `audit`, run from the
# sources. Each printed cell that disagrees with its recomputation from the
# table's own printed inputs is listed with its reason (docs/audit.md).
# The same, from an installed package: npx council-indicators audit --spec S --table T
set -euo pipefail
cd "$(dirname "$0")/../.."
for table in examples/reference/*.csv; do
  npx --no-install tsx src/cli/main.ts audit --spec "${table%.csv}.spec.json" --table "$table" "$@"
  echo
done
