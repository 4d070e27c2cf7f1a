#!/usr/bin/env bash
# `npm run bench`: builds the wasm module and runs every bench/*.bench.js (not part of npm test:
# timings do not belong in pass/fail tests). Results are printed and kept in bench/results/.
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root_dir"
bash scripts/bootstrap.sh --no-browser >/dev/null
bash scripts/build.sh wasm >/dev/null
mkdir -p bench/results
shopt -s nullglob
for bench in bench/*.bench.js; do
  printf '\n== %s\n' "$bench"
  node "$bench" "$@" | tee "bench/results/$(basename "$bench" .bench.js).txt"
done
