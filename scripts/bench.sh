#!/usr/bin/env bash
# make bench: every benchmark, one table. $1 is the release bin directory.
#
# 1. tahaluf-bench: the in-process benchmarks (load, text engine, render + diff per keypress).
# 2. Over a real pty, with ../shared/tools/ttff.py, in the same run: tahaluf (bundled data), tahaluf
#    --low-bandwidth, and w3m (the seed articles as one HTML page, built by
#    ../shared/tools/peer_corpus.py), all at 120x40: time to the first full frame, bytes written per
#    cursor move, peak RSS.
#
# RUNS (default 10) measured runs per program after one warm-up run. PTY_ONLY=1 skips part 1 (only
# the tahaluf binary needs a release build then).
set -euo pipefail
bin="$(cd "$1" && pwd)"
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-10}"
cols=120 rows=40 presses=10

# shared/ sits next to the repository (../shared); a git worktree one level deeper looks higher up.
shared=""
for candidate in "$repo/../shared" "$repo/../../shared"; do
  if [ -f "$candidate/tools/ttff.py" ]; then shared="$(cd "$candidate" && pwd)"; break; fi
done

echo "Machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "Date: $(date -u +%FT%TZ)"
echo
[ "${PTY_ONLY:-}" = 1 ] || (cd "$repo" && "$bin/tahaluf-bench" ${BENCH_SUITE:-})

if [ -z "$shared" ]; then
  echo; echo "shared/tools/ttff.py not found next to the repository: pty benchmarks skipped."; exit 0
fi
# A python3 with pyte: the one on PATH, else Debian's (python3-pyte, from make bench-deps).
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import pyte' 2>/dev/null; then python="$candidate"; break; fi
done
if [ -z "$python" ]; then
  echo; echo "pyte is missing (make bench-deps installs python3-pyte): pty benchmarks skipped."; exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" "$shared/tools/peer_corpus.py" "$shared/seeds" "$work/corpus" --rows 1000 >/dev/null

ttff() {  # ttff NAME READY-REGEX COMMAND...
  local name="$1" ready="$2"; shift 2
  "$python" "$shared/tools/ttff.py" --cols "$cols" --rows "$rows" --ready-re "$ready" \
    --keys down --key-repeat "$presses" --runs "$runs" --warmup 1 --label "$name" \
    --json "$work/ttff-$name.json" -- "$@" > "$work/ttff-$name.log" 2>&1 \
    || { echo "ttff failed for $name:"; cat "$work/ttff-$name.log"; exit 1; }
}
# Ready: tahaluf's status bar (drawn in the same doupdate as the rest of the first frame) shows
# the position "N/M"; w3m's status line shows "Viewing <".
(cd "$repo" && ttff tahaluf 'Enter[^\n]*[0-9]+/[0-9]+' "$bin/tahaluf")
(cd "$repo" && ttff tahaluf-low 'Enter[^\n]*[0-9]+/[0-9]+' "$bin/tahaluf" --low-bandwidth)
ttff w3m 'Viewing <' w3m "$work/corpus/seeds.html"

echo
"$python" - "$work/ttff-tahaluf.json" "$work/ttff-tahaluf-low.json" "$work/ttff-w3m.json" "$runs" "$cols" "$rows" <<'EOF'
import json, sys
ours, low, peer = (json.load(open(p))["summary"] for p in sys.argv[1:4])
runs, cols, rows = sys.argv[4:7]

def row(label, key, unit, target, pick=lambda s, k: s.get(k)):
    a, l, b = pick(ours, key), pick(low, key), pick(peer, key)
    fmt = lambda v: "n/a" if v is None else (f"{v:.1f}" if isinstance(v, float) else str(v))
    ratio = lambda v: f"{v / b:.2f}" if v is not None and b not in (None, 0) else "n/a"
    print(f"| {label} | {fmt(a)} | {fmt(l)} | {fmt(b)} | {unit} | {ratio(a)} | {ratio(l)} | {target} |")

later = lambda s, _: s["keys"]["down"]["bytes_later_presses_median"]
first = lambda s, _: s["keys"]["down"]["bytes_first_press_median"]
latency = lambda s, _: s["keys"]["down"]["latency_last_byte_ms_median"]
print(f"pty benchmarks at {cols}x{rows}, TERM=xterm-256color, median of {runs} runs (tahaluf: bundled data; w3m: seeds.html)")
print()
print("| measure | tahaluf | tahaluf --low-bandwidth | w3m | unit | ratio tahaluf/w3m | ratio low-bandwidth/w3m | target |")
print("|---|---|---|---|---|---|---|---|")
row("first frame (ready)", "ready_ms_median", "ms", "not slower than w3m")
row("first frame settled", "settled_ms_median", "ms", "")
row("bytes of the first frame", "bytes_first_frame_median", "B", "")
row("bytes per cursor move (Down, presses 2..N)", None, "B", "< 86", later)
row("bytes for the first Down", None, "B", "", first)
row("keypress to last byte", None, "ms", "", latency)
row("peak RSS (VmHWM)", "vmhwm_mib_median", "MiB", "< 16")
for name, s in (("tahaluf", ours), ("tahaluf --low-bandwidth", low), ("w3m", peer)):
    if s.get("failed"):
        print(f"\nwarning: {s['failed']} of {s['runs']} {name} runs failed (see ttff log)")
EOF
