# Sourced by the .ci/check-*.sh scripts that try the package as a user gets
# it: sets ROOT (the repository) and SCRATCH (a temporary folder, removed on
# exit), and defines
#   pack_tarball: npm pack the package into $SCRATCH; sets TARBALL (its file name);
#   scratch_project DIR NAME [PACKAGE...]: make DIR an ES module project named
#     NAME, cd into it, and install the tarball there (and any PACKAGEs).
# The caller sets `set -euo pipefail` first.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT

pack_tarball() {
  TARBALL="$(cd "$ROOT" && npm pack --silent --pack-destination "$SCRATCH" | tail -n 1)"
}

scratch_project() {
  local dir="$1" name="$2"
  shift 2
  mkdir -p "$dir"
  cd "$dir"
  printf '{ "name": "%s", "version": "1.0.0", "private": true, "type": "module" }\n' "$name" > package.json
  npm install --silent --no-audit --no-fund "$SCRATCH/$TARBALL" "$@"
}
