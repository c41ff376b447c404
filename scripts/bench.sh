#!/usr/bin/env bash
# make bench: every benchmark, one table. $1 is the release bin directory.
set -euo pipefail
bin="$1"
echo "Machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
"$bin/tahaluf-bench"
