#!/bin/bash
# bench/same-output.sh: checks that two kg binaries give byte-identical outputs (for speed work that
# must not change results): kg extract JSON Lines (plain and --documents) and the graph files of
# kg build (graph.json, graph.dot, graph.graphml, graph.svg; kg.db carries timestamps and is left out)
# on each INPUT. Both binaries read the same models and lexicons. Prints one line per comparison and
# exits 1 when any output differs.
# Usage: bench/same-output.sh OLD_KG NEW_KG INPUT...
# e.g. bench/same-output.sh /tmp/kg.old build/kg ../shared/dev/news ../shared/seeds examples /tmp/c10.jsonl
set -uo pipefail
[ $# -ge 3 ] || { echo "usage: bench/same-output.sh OLD_KG NEW_KG INPUT..." >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# same NAME FILE_A FILE_B: one line saying whether they match
same() {
	if cmp -s "$2" "$3"; then
		printf "same    %-40s %10s bytes\n" "$1" "$(stat -c %s "$2")"
	else
		printf "DIFFER  %-40s %s\n" "$1" "$(cmp "$2" "$3" 2>&1 | head -1)"
		status=1
	fi
}

for input in "$@"; do
	name=$(basename "$input")
	for v in old new; do
		kg=${!v}
		mkdir -p "$tmp/$v"
		nice -n 10 "$kg" extract -q -o "$tmp/$v/x.jsonl" "$input"
		nice -n 10 "$kg" extract -q --documents -o "$tmp/$v/xd.jsonl" "$input"
		rm -rf "$tmp/$v/g"
		nice -n 10 "$kg" build -q -o "$tmp/$v/g" "$input" >/dev/null
	done
	same "$name: extract" "$tmp/old/x.jsonl" "$tmp/new/x.jsonl"
	same "$name: extract --documents" "$tmp/old/xd.jsonl" "$tmp/new/xd.jsonl"
	for f in graph.json graph.dot graph.graphml graph.svg; do
		same "$name: build $f" "$tmp/old/g/$f" "$tmp/new/g/$f"
	done
done
exit $status
