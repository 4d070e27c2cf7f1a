#!/usr/bin/env bash
# Fuzzes analyze() with libFuzzer under AddressSanitizer and UndefinedBehaviorSanitizer.
#   scripts/fuzz.sh [SECONDS]   (default 60; findings land in build/fuzz/findings/)
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root_dir"
seconds=${1:-60}
bash scripts/bootstrap.sh --no-browser >/dev/null
CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARTICLE_LENS_BUILD_TESTS=OFF \
  -DARTICLE_LENS_FUZZ=ON >/dev/null
cmake --build build/fuzz -j "$(nproc)" --target analyze_fuzzer
mkdir -p build/fuzz/corpus build/fuzz/findings
cp -n seeds/*.txt build/fuzz/corpus/ 2>/dev/null || true
build/fuzz/analyze_fuzzer build/fuzz/corpus -max_total_time="$seconds" -max_len=65536 \
  -artifact_prefix=build/fuzz/findings/ -print_final_stats=1
