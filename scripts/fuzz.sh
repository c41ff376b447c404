#!/usr/bin/env bash
# make fuzz: libFuzzer targets for the data loader and the text engine, each run for
# FUZZ_SECONDS (default 60). Not part of CI. Crashes land in fuzz-out/<target>/crash-*;
# turn each into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
out=fuzz-out
mkdir -p "$out/bin"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

build() { # name, sources...
  local name=$1; shift
  echo "building $name"
  swiftc "${flags[@]}" -module-name "$(echo "$name" | tr -d -)" "$@" -o "$out/bin/$name" 2> "$out/bin/$name.build.log" \
    || { cat "$out/bin/$name.build.log"; exit 1; }
}
build fuzz-loader $(find Sources/CoalitionStore -name '*.swift') Fuzz/LoaderFuzz.swift
build fuzz-text -I Sources/CFriBidi -Xcc -I/usr/include/fribidi -lfribidi \
  $(find Sources/RTLText -name '*.swift') Fuzz/TextFuzz.swift

run() { # name, seed files...
  local name=$1; shift
  local corpus="$out/$name/corpus"
  mkdir -p "$corpus"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$corpus/" ; done
  echo "fuzzing $name for ${seconds}s"
  (cd "$out/$name" && ../bin/"$name" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 corpus 2>&1 | tail -n 12)
}
.build/debug/tahaluf export --format json > "$out/export.json" 2>/dev/null || true
run fuzz-loader "$out/export.json" Resources/*.json
run fuzz-text ../shared/seeds/*.txt
ls "$out"/fuzz-*/crash-* 2>/dev/null && { echo "crashes found (see above)"; exit 1; } || echo "no crashes"
