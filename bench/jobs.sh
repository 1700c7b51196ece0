#!/bin/bash
# bench/jobs.sh: what -j N gives end to end (issue 18): seconds, user CPU and peak RSS of kg add -j 1,
# kg add -j N, kg build --db (the graph stage alone), kg build -j 1 and kg build -j N on one input,
# each run ROUNDS times (default 2; the machine may be shared, so the spread shows), the store and
# outputs in a fresh directory under DIR (default a temporary one; give a directory on the disk the
# stores will live on: /tmp may be memory). A measurement, not a test: it prints a table.
# Usage: bench/jobs.sh [KG_BINARY] [INPUT] [N]   (INPUT default: 10 MB of bench/gen news)
#
# Measured 2026-12-06 on 10 MB of bench/gen (`python3 bench/gen corpus -o /tmp/c10.jsonl --size 10M`),
# RelWithDebInfo, 2 cores shared (load average 3-4), `DIR=/work/x bench/jobs.sh build/kg /tmp/c10.jsonl 2`:
# the same steps are seconds apart from one round to the next on a shared machine, so the syscall
# counts of the store are the steadier figure (`strace -c -e trace=pwrite64,pread64,fdatasync kg add
# -q -j 1 c5.jsonl --db NEW/kg.db`, 5 MB, 3649 documents):
#
#   kg                          pwrite    pread  fdatasync   kg build -j 1 s   kg build -j 2 s
#   251c320 (before)            381007   186052        420      25.5, 25.3        19.9, 27.6
#   16 MiB page cache, no       381007   123168        420      34.6, 21.4        26.7, 19.6
#   deletes for a new key
#
# Measured 2026-12-06 on a quiet machine (load average under 1), same input, Release build,
# `ROUNDS=2 DIR=/work/x bench/jobs.sh build/kg /work/x/c10.jsonl 2`, seconds (two rounds):
#
#   step               92ba97b (before)   documents stored 1024 a transaction, 1024 in flight with -j,
#                                         graph.dot/svg written on their own thread with -j 2
#   kg add -j 1        7.86               4.81, 4.68
#   kg add -j 2        6.16               3.80, 3.49
#   kg build --db      2.73               2.92, 3.00 (-j 1; -j 2: 2.26)
#   kg build -j 1      9.93               7.56, 7.64
#   kg build -j 2      8.29               5.72, 5.95  (1.3x -j 1; the store's writes and the graph
#                                                      stage's loading and Graphviz stay serial)
# `strace -c` of kg add -j 1 (10 MB): pwrite 786,413 -> 349,319, pread 309,821 -> 235,740, fdatasync
# 837 -> 33.
set -euo pipefail
kg=$(realpath "${1:-build/kg}")
src=$(cd "$(dirname "$0")/.." && pwd)
jobs=${3:-2}
rounds=${ROUNDS:-2}
tmp=$(mktemp -d "${DIR:-${TMPDIR:-/tmp}}/kg-jobs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x "$kg" ] || { echo "bench/jobs.sh: no kg binary at $kg" >&2; exit 2; }
input=${2:-}
if [ -z "$input" ]; then
	input=$tmp/c10.jsonl
	python3 "$src/bench/gen" corpus -o "$input" --size 10M >/dev/null 2>&1
fi

# run NAME COMMAND...: one line of seconds, user seconds and peak RSS, in a fresh output directory
run() {
	local name=$1
	shift
	rm -rf "$tmp/out"
	nice -n 10 /usr/bin/time -f "%e %U %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" ||
		{ cat "$tmp/err" >&2; exit 1; }
	read -r s u kb <"$tmp/time"
	printf "%-24s %8s %8s %8d\n" "$name" "$s" "$u" "$((kb / 1024))"
}

echo "input: $(du -h "$input" | cut -f1) ($input); kg $("$kg" --version | cut -d' ' -f2); N = $jobs"
printf "%-24s %8s %8s %8s\n" step s user "peak MB"
for r in $(seq "$rounds"); do
	run "kg add -j 1" "$kg" add -q -j 1 "$input" --db "$tmp/out/kg.db"
	run "kg add -j $jobs" "$kg" add -q -j "$jobs" "$input" --db "$tmp/out/kg.db"
	mkdir -p "$tmp/db"
	rm -f "$tmp"/db/*
	"$kg" add -q -j "$jobs" "$input" --db "$tmp/db/kg.db"
	run "kg build --db" "$kg" build -q --db "$tmp/db/kg.db" -o "$tmp/out"
	run "kg build -j 1" "$kg" build -q -j 1 "$input" -o "$tmp/out"
	run "kg build -j $jobs" "$kg" build -q -j "$jobs" "$input" -o "$tmp/out"
done
