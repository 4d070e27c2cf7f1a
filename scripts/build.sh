#!/usr/bin/env bash
# Builds the core natively (build/native: tests, tools) and to WebAssembly (build/wasm: the module
# in wasm/gen/ and the same tests as wasm).
#
#   scripts/build.sh [all|native|wasm]
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root_dir"
what=${1:-all}
jobs=$(nproc 2>/dev/null || echo 2)

# Debian's emscripten runs its JS optimizer with the system Node, which finds acorn only here.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

build_native() {
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j "$jobs"
}

build_wasm() {
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/wasm -j "$jobs"
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  all) build_native && build_wasm ;;
  *) echo "usage: scripts/build.sh [all|native|wasm]" >&2; exit 2 ;;
esac
