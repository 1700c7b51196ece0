#!/bin/bash
# limits_doc_size.sh: a 100 MB file with no newline, generated here, as a news file, on standard input
# and as a triples line, and /dev/zero: refused with an error that names it and its size (the limit is
# 64 MiB, --max-doc-bytes changes it), the other inputs of the batch still read, exit status 2, and
# memory bounded (maximum resident set under 2 GB, when /usr/bin/time can tell).
# Usage: limits_doc_size.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
need python3
max_kb=$((2 * 1024 * 1024))

# run_kg LOG ARGS...: runs kg with its standard error in LOG, under /usr/bin/time -v when there is
# one (the report goes to LOG.time); sets $status and $rss_kb (0 when unknown).
run_kg() {
	local log=$1
	shift
	status=0
	rss_kb=0
	if [ -x /usr/bin/time ] && /usr/bin/time -v true 2>/dev/null; then
		/usr/bin/time -v -o "$log.time" "$kg" "$@" 2>"$log" || status=$?
		rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$log.time")
	else
		"$kg" "$@" 2>"$log" || status=$?
	fi
	cat "$log" >&2
}
# refused WHAT LOG GREP_ARGS...: fails unless the last run exited 2 with an error in LOG that grep finds
refused() {
	local what=$1 log=$2
	shift 2
	[ "$status" -eq 2 ] || fail "$what: exit $status, expected 2"
	grep -q "$@" "$log" || fail "$what: not refused with an error that names it"
}
# check_rss WHAT: fails when the last run used 2 GB or more
check_rss() {
	[ "${rss_kb:-0}" -lt "$max_kb" ] || fail "$1: maximum resident set $rss_kb kB, over 2 GB"
	echo "$1: maximum resident set ${rss_kb:-?} kB" >&2
}

python3 - "$tmp/big.txt" <<'PY'
import sys
words = b"the minister said talks would go on "
size = 100 * 1024 * 1024
with open(sys.argv[1], "wb") as f:
    f.write((words * (size // len(words) + 1))[:size])
PY
[ "$(wc -c <"$tmp/big.txt")" -eq 104857600 ] || fail "the big file is not 100 MB"
printf 'Foreign Minister Ana Silva met Carl Dahl in Lisbon.\n' >"$tmp/good.txt"

# as a news file: refused before it is read
run_kg "$tmp/err1" build "$tmp/big.txt" "$tmp/good.txt" -o "$tmp/out1"
refused "100 MB file" "$tmp/err1" -x "kg: error: $tmp/big.txt: document of 104857600 bytes is over the limit of 67108864 bytes"
grep -q '"Carl Dahl"' "$tmp/out1/graph.json" || fail "100 MB file: the other input was not read"
check_rss "100 MB news file"

# on standard input (news, then auto) reading stops at the limit
for x in news auto; do
	run_kg "$tmp/err2" extract -x "$x" - <"$tmp/big.txt"
	refused "100 MB on standard input ($x)" "$tmp/err2" \
		-x "kg: error: -: document of more than 67108864 bytes is over the limit; not read further"
	check_rss "100 MB on standard input ($x)"
done
# so does a device that never ends
run_kg "$tmp/err2" extract -x news --max-doc-bytes 1000000 /dev/zero
refused "/dev/zero" "$tmp/err2" -x "kg: error: /dev/zero: document of more than 1000000 bytes is over the limit; not read further"

# as one line of triples
mv "$tmp/big.txt" "$tmp/big.tsv"
printf 'Ana Silva\tPERSON\tmeet\tCarl Dahl\tPERSON\n' >"$tmp/good.tsv"
run_kg "$tmp/err3" build "$tmp/big.tsv" "$tmp/good.tsv" -o "$tmp/out3"
refused "100 MB triples line" "$tmp/err3" "^kg: error: $tmp/big.tsv:1: line of 104857600 bytes is longer than 67108864"
grep -q '"Carl Dahl"' "$tmp/out3/graph.json" || fail "100 MB triples line: the other input was not read"
check_rss "100 MB triples line"
rm -f "$tmp/big.tsv"

# --max-doc-bytes moves the limit
run_kg "$tmp/err4" build --max-doc-bytes 20 "$tmp/good.txt" -o "$tmp/out4"
refused "--max-doc-bytes 20" "$tmp/err4" "^kg: error: $tmp/good.txt: document of [0-9]* bytes is over the limit of 20 bytes"
run_kg "$tmp/err5" build --max-doc-bytes=1000 "$tmp/good.txt" -o "$tmp/out5"
[ "$status" -eq 0 ] || fail "--max-doc-bytes=1000: exit $status, expected 0"
run_kg "$tmp/err6" build --max-doc-bytes lots "$tmp/good.txt" -o "$tmp/out6"
refused "--max-doc-bytes lots" "$tmp/err6" "needs a whole number"
echo ok
