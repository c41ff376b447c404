#!/usr/bin/env bash
# make bench: every benchmark, one table. $1 is the release bin directory.
#
# 1. tahaluf-bench: the in-process benchmarks (load, text engine, render + diff per keypress).
# 2. scripts/loadtest.py: N concurrent sessions (SESSIONS, default 20,50) in ptys receiving keys:
#    private memory, VmPeak, threads and CPU per key per session (the numbers in Docs/DEPLOY.md).
# 3. Over a real pty, with scripts/ptybench.py, in the same run: tahaluf (bundled data), tahaluf
#    --low-bandwidth, and w3m (the seed articles as one HTML page, from scripts/seed_page.py), all
#    at 120x40: time to the first full frame, bytes written per cursor move, peak RSS.
# 4. scripts/scalebench.sh: 100,000 and 1,000,000 synthetic events, tahaluf --data next to VisiData
#    (CSV) and lynx (HTML) on the same rows: first frame, peak RSS, check time (SCALE=0 skips it,
#    SCALE_SIZES picks the sizes).
#
# RUNS (default 12) measured runs per program, in 4 interleaved rounds, each after a warm-up run.
# PTY_ONLY=1 skips part 1 (only the tahaluf binary needs a release build then). Everything it reads
# is in the repository.
set -euo pipefail
bin="$(cd "$1" && pwd)"
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-12}"
cols=120 rows=40 presses=10

echo "Machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "Date: $(date -u +%FT%TZ)"
echo
[ "${PTY_ONLY:-}" = 1 ] || (cd "$repo" && "$bin/tahaluf-bench" ${BENCH_SUITE:-})

# 2. Load (standard library only, so it runs without pyte too).
echo
echo "Concurrent sessions at ${cols}x${rows}, 100 keys each (scripts/loadtest.py):"
(cd "$repo" && python3 "$repo/scripts/loadtest.py" --sessions "${SESSIONS:-20,50}" --keys 100 \
   --cols "$cols" --rows "$rows" -- "$bin/tahaluf" --no-mouse)
echo

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
"$python" "$repo/scripts/seed_page.py" "$work/seeds.html"

ptybench() {  # ptybench NAME ROUND READY-REGEX COMMAND...
  local name="$1" round="$2" ready="$3"; shift 3
  "$python" "$repo/scripts/ptybench.py" --cols "$cols" --rows "$rows" --ready-re "$ready" \
    --presses "$presses" --runs "$per_round" --warmup 1 --label "$name" \
    --json "$work/pty-$name-round$round.json" -- "$@" > "$work/pty-$name.log" 2>&1 \
    || { echo "ptybench failed for $name:"; cat "$work/pty-$name.log"; exit 1; }
}
# The three programs take turns, a few runs each per round: a machine that gets busier or quieter
# during the benchmark then weighs on all three alike (one block of runs after another measured
# the drift as much as the programs).
# Ready: tahaluf's status bar (drawn in the same doupdate as the rest of the first frame) shows
# the position "N/M"; w3m's status line shows "Viewing <".
per_round=$(( (runs + 3) / 4 ))
for round in 1 2 3 4; do
  (cd "$repo" && ptybench tahaluf "$round" 'Enter[^\n]*[0-9]+/[0-9]+' "$bin/tahaluf")
  (cd "$repo" && ptybench tahaluf-low "$round" 'Enter[^\n]*[0-9]+/[0-9]+' "$bin/tahaluf" --low-bandwidth)
  ptybench w3m "$round" 'Viewing <' w3m "$work/seeds.html"
done

echo
"$python" - "$work" "$(( per_round * 4 ))" "$cols" "$rows" <<'EOF'
import glob, json, statistics, sys
work, runs, cols, rows = sys.argv[1:5]

def load(name):
    """Every run of every round of one program, and its medians."""
    all_runs = []
    for path in sorted(glob.glob(f"{work}/pty-{name}-round*.json")):
        all_runs += json.load(open(path))["runs"]
    ok = [r for r in all_runs if "error" not in r]
    med = lambda xs: (lambda v: statistics.median(v) if v else None)([x for x in xs if x is not None])
    return {
        "runs": len(all_runs), "failed": len(all_runs) - len(ok),
        "ready_ms_median": med(r["ready_ms"] for r in ok),
        "settled_ms_median": med(r["settled_ms"] for r in ok),
        "bytes_first_frame_median": med(r["frame_bytes"] for r in ok),
        "vmhwm_mib_median": med(r["peak_rss_mib"] for r in ok),
        "first": med(r["key_bytes"][0] for r in ok if r["key_bytes"]),
        "later": med(b for r in ok for b in r["key_bytes"][1:]),
    }

ours, low, peer = load("tahaluf"), load("tahaluf-low"), load("w3m")

def row(label, key, unit, target):
    a, l, b = ours.get(key), low.get(key), peer.get(key)
    fmt = lambda v: "n/a" if v is None else (f"{v:.1f}" if isinstance(v, float) else str(v))
    ratio = lambda v: f"{v / b:.2f}" if v is not None and b not in (None, 0) else "n/a"
    print(f"| {label} | {fmt(a)} | {fmt(l)} | {fmt(b)} | {unit} | {ratio(a)} | {ratio(l)} | {target} |")

print(f"pty benchmarks at {cols}x{rows}, TERM=xterm-256color, median of {runs} runs each, "
      "in 4 interleaved rounds (tahaluf: bundled data; w3m: seeds.html)")
print()
print("| measure | tahaluf | tahaluf --low-bandwidth | w3m | unit | ratio tahaluf/w3m | ratio low-bandwidth/w3m | target |")
print("|---|---|---|---|---|---|---|---|")
row("first frame (ready)", "ready_ms_median", "ms", "not slower than w3m")
row("first frame settled", "settled_ms_median", "ms", "")
row("bytes of the first frame", "bytes_first_frame_median", "B", "")
row("bytes per cursor move (Down, presses 2..N)", "later", "B", "< 86")
row("bytes for the first Down", "first", "B", "")
row("peak RSS (VmHWM)", "vmhwm_mib_median", "MiB", "< 16")
for name, s in (("tahaluf", ours), ("tahaluf --low-bandwidth", low), ("w3m", peer)):
    if s.get("failed"):
        print(f"\nwarning: {s['failed']} of {s['runs']} {name} runs failed (see the ptybench log)")
EOF

# 4. A researcher's own data at scale, next to VisiData and lynx.
bash "$repo/scripts/scalebench.sh" "$bin"
