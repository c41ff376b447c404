#!/usr/bin/env bash
# make fuzz: libFuzzer targets for the data loader and the text engine (the package in Fuzz/),
# each run for FUZZ_SECONDS (default 60). Not part of CI. Crashes land in fuzz-out/<target>/crash-*;
# turn each into a regression test before fixing it. Seeds: the bundled data and the articles in
# the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
out=fuzz-out
mkdir -p "$out"

echo "building the fuzz targets (Fuzz/Package.swift, optimised, -sanitize=fuzzer,address)"
swift build --package-path Fuzz -c release --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library > "$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log"; exit 1; }
bin="$(swift build --package-path Fuzz -c release --scratch-path .build-fuzz --show-bin-path)"

run() { # name, seed files...
  local name=$1; shift
  local corpus="$out/$name/corpus"
  mkdir -p "$corpus"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$corpus/" ; done
  echo "fuzzing $name for ${seconds}s"
  (cd "$out/$name" && "$bin/$name" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 corpus 2>&1 | tail -n 12)
}
.build/debug/tahaluf export --format json > "$out/export.json" 2>/dev/null || true
run FuzzLoader "$out/export.json" Resources/*.json
run FuzzText Resources/articles/*.txt Tests/Fixtures/articles/*.txt
ls "$out"/Fuzz*/crash-* 2>/dev/null && { echo "crashes found (see above)"; exit 1; } || echo "no crashes"
