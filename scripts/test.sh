#!/usr/bin/env bash
# `npm test`: installs what is missing, builds native and wasm, runs every test suite.
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root_dir"

step() { printf '\n== %s\n' "$*"; }

step "setup"
bash scripts/bootstrap.sh
step "build (native and wasm)"
bash scripts/build.sh all

step "C++ tests, native"
ctest --test-dir build/native --output-on-failure
step "C++ tests, wasm under Node"
ctest --test-dir build/wasm --output-on-failure

step "types (tsc on a small consumer of index.d.ts)"
npx tsc -p tests/types

step "JS API and CLI (node:test)"
node --test --test-reporter=spec tests/js/

step "evaluation checks on ../shared/eval (each skips when the data is absent)"
node --test --test-reporter=spec tests/eval/

step "page in Chromium (playwright-core)"
node --test --test-reporter=spec tests/browser/

printf '\nAll tests passed.\n'
