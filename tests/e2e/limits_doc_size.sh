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
[ "$status" -eq 2 ] || fail "100 MB file: exit $status, expected 2"
grep -qx "kg: error: $tmp/big.txt: document of 104857600 bytes is over the limit of 67108864 bytes" "$tmp/err1" ||
	fail "100 MB file: the error does not name the file and its size"
grep -q '"Carl Dahl"' "$tmp/out1/graph.json" || fail "100 MB file: the other input was not read"
check_rss "100 MB news file"

# on standard input (news, then auto) reading stops at the limit
for x in news auto; do
	run_kg "$tmp/err2" extract -x "$x" - <"$tmp/big.txt"
	[ "$status" -eq 2 ] || fail "100 MB on standard input ($x): exit $status, expected 2"
	grep -qx "kg: error: -: document of more than 67108864 bytes is over the limit; not read further" "$tmp/err2" ||
		fail "100 MB on standard input ($x): the error does not name it"
	check_rss "100 MB on standard input ($x)"
done
# so does a device that never ends
run_kg "$tmp/err2" extract -x news --max-doc-bytes 1000000 /dev/zero
[ "$status" -eq 2 ] || fail "/dev/zero: exit $status, expected 2"
grep -qx "kg: error: /dev/zero: document of more than 1000000 bytes is over the limit; not read further" "$tmp/err2" ||
	fail "/dev/zero: not refused at the limit"

# as one line of triples
mv "$tmp/big.txt" "$tmp/big.tsv"
printf 'Ana Silva\tPERSON\tmeet\tCarl Dahl\tPERSON\n' >"$tmp/good.tsv"
run_kg "$tmp/err3" build "$tmp/big.tsv" "$tmp/good.tsv" -o "$tmp/out3"
[ "$status" -eq 2 ] || fail "100 MB triples line: exit $status, expected 2"
grep -q "^kg: error: $tmp/big.tsv:1: line of 104857600 bytes is longer than 67108864" "$tmp/err3" ||
	fail "100 MB triples line: the error does not name the file, line and size"
grep -q '"Carl Dahl"' "$tmp/out3/graph.json" || fail "100 MB triples line: the other input was not read"
check_rss "100 MB triples line"
rm -f "$tmp/big.tsv"

# --max-doc-bytes moves the limit
run_kg "$tmp/err4" build --max-doc-bytes 20 "$tmp/good.txt" -o "$tmp/out4"
[ "$status" -eq 2 ] || fail "--max-doc-bytes 20: exit $status, expected 2"
grep -q "^kg: error: $tmp/good.txt: document of [0-9]* bytes is over the limit of 20 bytes" "$tmp/err4" ||
	fail "--max-doc-bytes 20: the document was not refused"
run_kg "$tmp/err5" build --max-doc-bytes=1000 "$tmp/good.txt" -o "$tmp/out5"
[ "$status" -eq 0 ] || fail "--max-doc-bytes=1000: exit $status, expected 0"
run_kg "$tmp/err6" build --max-doc-bytes lots "$tmp/good.txt" -o "$tmp/out6"
[ "$status" -eq 2 ] || fail "--max-doc-bytes lots: exit $status, expected a usage error"
grep -q "needs a whole number" "$tmp/err6" || fail "--max-doc-bytes lots: no usage error"
echo ok
