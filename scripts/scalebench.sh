#!/usr/bin/env bash
# The scale part of make bench (issue 14): a researcher's own 100,000 or 1,000,000 events.
#
#   bash scripts/scalebench.sh BIN_DIR        (BIN_DIR holds release builds of tahaluf and tahaluf-bench)
#
# For each size in SCALE_SIZES (default "100000 1000000"), `tahaluf-bench write-data` writes a
# synthetic data directory (realistic Arabic and English incident reports, one event per line) and
# the same event rows as CSV and as one HTML table. Then, over a real pty at 120x40 with
# scripts/ptybench.py, in interleaved rounds (the programs take turns, so a machine that gets
# busier weighs on all alike), it measures the first frame and peak RSS of:
#   tahaluf --data DIR    ready: the status bar's position "N/M" (as bench.sh)
#   VisiData on the CSV   ready: the first event's row drawn (VisiData draws rows while it loads;
#                         "settled", the first 150 ms of quiet, is when it has loaded them all)
#   lynx on the HTML      ready: its status line "-- press space for next page --", shown once the
#                         page is read (before, it shows a partial first page over "Read N KiB")
# and `tahaluf check --data DIR`: wall time and peak RSS (wait4's rusage). One markdown table per
# size, with ratios and the issue's targets; then `tahaluf-bench scale DIR` on the same directory:
# Store.load, search medians (target < 20 ms) and a keypress at 200x60 (target < 1 ms), in process. A program that refuses the data or never gets ready
# is a row saying so, not an abort.
#
# SCALE=0 skips all of it. SCALE_RUNS (default 6) measured runs per program and size, in 3
# rounds; SCALE_TIMEOUT (default 180) seconds before a run counts as never ready.
# VD is the VisiData to run (default .build/benchenv/bin/vd, from make bench-deps).
set -euo pipefail
[ "${SCALE:-1}" = 0 ] && { echo "Scale benchmark skipped (SCALE=0)."; exit 0; }
bin="$(cd "$1" && pwd)"
repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${SCALE_SIZES:-100000 1000000}"
runs="${SCALE_RUNS:-6}"
timeout="${SCALE_TIMEOUT:-180}"
vd="${VD:-$repo/.build/benchenv/bin/vd}"
cols=120 rows=40 rounds=3

python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import pyte' 2>/dev/null; then python="$candidate"; break; fi
done
[ -n "$python" ] || { echo "pyte is missing (make bench-deps installs python3-pyte): scale benchmark skipped."; exit 0; }
for tool in "$bin/tahaluf" "$bin/tahaluf-bench"; do
  [ -x "$tool" ] || { echo "scalebench: $tool is missing (make bench builds it)"; exit 1; }
done
peers=()
if [ -x "$vd" ]; then peers+=(visidata); else echo "VisiData is missing ($vd; make bench-deps installs it): its rows are skipped."; fi
if command -v lynx >/dev/null; then peers+=(lynx); else echo "lynx is missing (make bench-deps installs it): its rows are skipped."; fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tahaluf-scale.XXXXXX")"
trap 'rm -rf "$work"' EXIT
per_round=$(( (runs + rounds - 1) / rounds ))

ptybench() {  # ptybench SIZE NAME ROUND READY-REGEX COMMAND...
  local size="$1" name="$2" round="$3" ready="$4"; shift 4
  # A failed run is recorded in the JSON (ptybench exits 1 then); only a crash of ptybench itself has no JSON.
  "$python" "$repo/scripts/ptybench.py" --cols "$cols" --rows "$rows" --ready-re "$ready" --presses 3 \
    --runs "$per_round" --warmup 0 --timeout "$timeout" --label "$name" \
    --json "$work/$size/pty-$name-round$round.json" -- "$@" > "$work/$size/pty-$name.log" 2>&1 || true
}

# `tahaluf check` N times: wall time and peak RSS of each (os.wait4), its status and first lines.
check_runs() {  # check_runs SIZE
  "$python" - "$work/$1/check.json" "$runs" "$bin/tahaluf" check --data "$work/$1/data" <<'EOF'
import json, os, subprocess, sys, time
out, runs, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
results = []
for _ in range(runs):
    t0 = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    text = child.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    results.append({"seconds": time.perf_counter() - t0, "peak_rss_mib": usage.ru_maxrss / 1024.0,
                    "status": child.returncode, "output": text[:600]})
json.dump(results, open(out, "w"))
EOF
}

machine() {
  echo "Machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

echo
echo "Scale: a researcher's own events (scripts/scalebench.sh; sizes: $sizes)"
machine
for size in $sizes; do
  mkdir -p "$work/$size"
  started=$(date +%s%N)
  "$bin/tahaluf-bench" write-data --events "$size" --members 1000 --seed 42 --out "$work/$size/data" \
    --csv "$work/$size/events.csv" --html "$work/$size/events.html"
  written=$(date +%s%N)
  check_runs "$size"
  "$bin/tahaluf-bench" scale "$work/$size/data" > "$work/$size/in-process.md" 2>&1 || true
  # VisiData is ready when the first event's row is drawn: its id at the start of a screen line.
  first_id="$(sed -n 2p "$work/$size/events.csv" | cut -d, -f1)"
  check_ok="$("$python" -c 'import json,sys; print(int(all(r["status"] == 0 for r in json.load(open(sys.argv[1])))))' "$work/$size/check.json")"
  for round in $(seq "$rounds"); do
    # A data set tahaluf refuses is reported from check; browsing it would refuse the same way.
    [ "$check_ok" = 1 ] && ptybench "$size" tahaluf "$round" 'Enter[^\n]*[0-9]+/[0-9]+' "$bin/tahaluf" --data "$work/$size/data"
    for peer in "${peers[@]}"; do
      case "$peer" in
        visidata) ptybench "$size" visidata "$round" "(^|\\n) ?$first_id *│" "$vd" "$work/$size/events.csv" ;;
        lynx) ptybench "$size" lynx "$round" 'press space for next page --' lynx "$work/$size/events.html" ;;
      esac
    done
  done
  "$python" - "$work/$size" "$size" "$(( (written - started) / 1000000 ))" "$(machine)" <<'EOF'
import glob, json, os, statistics, sys
work, size, write_seconds, machine = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) / 1000, sys.argv[4]
mib = lambda path: os.path.getsize(path) / 2**20
med = lambda xs: (lambda v: statistics.median(v) if v else None)([x for x in xs if x is not None])
targets = {100_000: ("≤ 200 ms", "≤ 100 MiB", ""), 1_000_000: ("≤ 1000 ms", "≤ 600 MiB", "≤ 3 s")}
ready_target, rss_target, check_target = targets.get(size, ("", "", ""))

def pty(name):
    runs = []
    for path in sorted(glob.glob(f"{work}/pty-{name}-round*.json")):
        runs += json.load(open(path))["runs"]
    if not runs:
        log = f"{work}/pty-{name}.log"
        return {"note": "not run" if not os.path.exists(log) else "ptybench failed: " + open(log).read()[-200:]}
    ok = [r for r in runs if "error" not in r]
    errors = sorted({r["error"] for r in runs if "error" in r})
    return {"ready": med(r["ready_ms"] for r in ok), "settled": med(r["settled_ms"] for r in ok),
            "rss": med(r["peak_rss_mib"] for r in ok), "runs": len(runs), "failed": len(runs) - len(ok),
            "note": "; ".join(errors)}

checks = json.load(open(f"{work}/check.json"))
ours = pty("tahaluf")
if any(c["status"] != 0 for c in checks):
    # The first line that says what is wrong, without the directory's temporary path.
    lines = [l for l in checks[0]["output"].splitlines() if l.strip()]
    message = next((l for l in lines[1:] if l.strip()), lines[0] if lines else "no message")
    ours = {"note": "refused: " + message.replace(work + "/data", "DIR").replace("|", "\\|")[:160]}
check_seconds = med(c["seconds"] for c in checks)
check_rss = med(c["peak_rss_mib"] for c in checks)
peers = {"VisiData 3.4 (CSV)": pty("visidata"), "lynx (HTML)": pty("lynx")}

fmt = lambda v, f="{:.0f}": "n/a" if v is None else f.format(v)
ratio = lambda a, b: "n/a" if a is None or not b else f"{a / b:.2f}"
print()
print(f"### {size:,} events: {mib(work + '/data/events.json'):.0f} MiB of JSON, "
      f"{mib(work + '/events.csv'):.0f} MiB CSV, {mib(work + '/events.html'):.0f} MiB HTML "
      f"(written in {write_seconds:.1f} s)")
print()
print(f"{machine}. Over a pty at 120x40; medians of {max([p.get('runs', 0) for p in [ours, *peers.values()]] + [0])} runs "
      f"each in 3 interleaved rounds; check: median of {len(checks)} runs.")
print()
print("| program | first frame (ms) | settled (ms) | peak RSS (MiB) | check (s) | check peak RSS (MiB) | note |")
print("|---|---|---|---|---|---|---|")
def row(name, s, check=("", "")):
    note = s.get("note", "") + (f" ({s['failed']} of {s['runs']} runs failed)" if s.get("failed") else "")
    print(f"| {name} | {fmt(s.get('ready'))} | {fmt(s.get('settled'))} | {fmt(s.get('rss'))} | {check[0]} | {check[1]} | {note} |")
row("tahaluf --data", ours, (fmt(check_seconds, "{:.2f}"), fmt(check_rss)))
for name, s in peers.items():
    row(name, s)
print(f"| target (issue 14) | {ready_target} | | {rss_target} | {check_target} | | |")
print()
print("| ratio | first frame | peak RSS |")
print("|---|---|---|")
for name, s in peers.items():
    print(f"| tahaluf / {name} | {ratio(ours.get('ready'), s.get('ready'))} | {ratio(ours.get('rss'), s.get('rss'))} |")
EOF
  echo
  echo "In process, on the same directory (tahaluf-bench scale: Store.load, search, a keypress at 200x60):"
  echo
  cat "$work/$size/in-process.md"
  rm -rf "${work:?}/$size"   # a million events take about 1.5 GiB in three formats
done
