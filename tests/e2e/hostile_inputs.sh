#!/bin/bash
# hostile_inputs.sh: broken and hostile input files in one batch: invalid UTF-8, NUL bytes, a binary
# file, empty and blank files, deeply nested and truncated JSON, CRLF line ends, Latin-1 bytes inside
# UTF-8, file names with spaces and newlines, unreadable entries in a directory walk. Each bad one is
# reported on one line as "kg: error: FILE:LINE:COLUMN: what" (FILE alone when there is no position),
# the good documents of the batch still make the graph, and the exit status is 2 (a partial batch).
# Usage: hostile_inputs.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
need python3
# the walk test leaves unreadable directories
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
in="$tmp/in"
mkdir -p "$in/sub"

# labels GRAPH_JSON: the node labels, one per line
labels() { python3 -c 'import json,sys; print("\n".join(n["label"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$1"; }
# has_label GRAPH_JSON LABEL
has_label() { labels "$1" >"$tmp/labels" && grep -qxF "$2" "$tmp/labels"; }
# expect_line ERRFILE PATTERN WHAT: a line matching PATTERN (grep -E) is in ERRFILE, else fail with WHAT
expect_line() { grep -qE "$2" "$1" || { cat "$1" >&2; fail "$3"; }; }

# good documents: each names two people who meet
printf 'Finance Minister Ana Silva met Carl Dahl in Lisbon on Monday.\n' >"$in/good.txt"
printf 'Prime Minister Eva Lund met Olof Ekberg in Bergen on Tuesday.\r\nThe talks lasted two hours.\r\n' >"$in/crlf.txt"
printf 'President Ida Sandberg met Per Holm in Vienna on Friday.\n' >"$in/with space.txt"
printf 'Mayor Nina Berglund met Tomas Lindqvist in Geneva.\n' >"$in/$(printf 'new\nline.txt')"
# bad documents
printf 'Governor Lena Varga met \xff\xfe Kovacs in Budapest.\n' >"$in/bad_utf8.txt"
printf 'Senator Rosa Klein met\0 Hugo Brandt in Berlin.\n' >"$in/nul.txt"
printf 'Ren\xe9 Dupont, the mayor of Lyon, met Anna Fischer.\n' >"$in/latin1.txt"
head -c 20000 /bin/ls >"$in/program.bin"
: >"$in/empty.txt"
printf '  \n\t\r\n' >"$in/blank.txt"
python3 -c 'print("{\"id\":\"deep\",\"text\":" + "[" * 5000 + "]" * 5000 + "}")' >"$in/nested.jsonl"
printf '{"id":"cut","text":"Minister Jan Novak met' >"$in/truncated.jsonl"
python3 -c 'print("{\"subject\":\"Lars Berg\",\"predicate\":\"meet\",\"object\":\"Mia Holt\"}"); print("{\"subject\":" + "[" * 5000); print("{\"subject\":\"Lars Berg\",\"predicate\":\"visits\",\"object\":\"Tromso\"}")' >"$in/sub/triples.jsonl"
printf 'Bad name doc \xc3\x28 here.\n' >"$in/$(printf 'bad\nname.txt')"
ln -s "$in/missing.txt" "$in/dangling.txt"
mkdir "$in/sub/locked"
printf 'Queen Sofia Alm met Erik Dahlberg.\n' >"$in/sub/locked/hidden.txt"
root=0
[ "$(id -u)" -eq 0 ] && root=1
if [ "$root" -eq 0 ]; then
	printf 'Minister Karl Strand met Eva Moen.\n' >"$in/sub/unreadable.txt"
	chmod 000 "$in/sub/unreadable.txt"
	chmod 000 "$in/sub/locked"
fi

status=0
"$kg" build "$in" -o "$tmp/out" 2>"$tmp/err" || status=$?
cat "$tmp/err" >&2
[ "$status" -eq 2 ] || fail "a partial batch: exit $status, expected 2"
[ -s "$tmp/out/graph.json" ] || fail "graph.json not written for a partial batch"
for name in "Ana Silva" "Carl Dahl" "Eva Lund" "Ida Sandberg" "Nina Berglund" "Lars Berg" "Mia Holt"; do
	has_label "$tmp/out/graph.json" "$name" || fail "the good input naming $name was not used"
done
for name in "Lena Varga" "Rosa Klein" "Hugo Brandt"; do
	if has_label "$tmp/out/graph.json" "$name"; then fail "a refused document gave $name"; fi
done

e="kg: error: $in"
expect_line "$tmp/err" "^$e/bad_utf8.txt:1:25: invalid UTF-8 at byte 24: .*--replace-invalid" "invalid UTF-8: no FILE:LINE:COLUMN and byte"
expect_line "$tmp/err" "^$e/nul.txt:1:23: NUL byte at byte 22" "NUL byte: no FILE:LINE:COLUMN and byte"
expect_line "$tmp/err" "^$e/latin1.txt:1:4: invalid UTF-8 at byte 3: Latin-1 .*iconv -f WINDOWS-1252 -t UTF-8.*--replace-invalid" "Latin-1 byte: no FILE:LINE:COLUMN, byte and fix (iconv, --replace-invalid)"
expect_line "$tmp/err" "^kg: warning: $in/program.bin: skipped: an ELF executable, not text" "binary file in a folder: not skipped as a PNG is"
expect_line "$tmp/err" "^$e/nested.jsonl:1:[0-9]+: malformed JSON: maximum parsing depth" "nested JSON: no FILE:LINE:COLUMN"
expect_line "$tmp/err" "^$e/truncated.jsonl:1:[0-9]+: malformed JSON: premature end of input" "truncated JSON: no FILE:LINE:COLUMN"
expect_line "$tmp/err" "^$e/sub/triples.jsonl:2:[0-9]+: malformed JSON" "nested JSON in triples: no FILE:LINE:COLUMN"
expect_line "$tmp/err" "^$e/bad\\?name.txt:1:14: invalid UTF-8 at byte 13: " "a file name with a newline: not shown inert on one line"
expect_line "$tmp/err" "^$e/dangling.txt: cannot (read|open|follow)" "a dangling link: not reported"
expect_line "$tmp/err" "^kg: warning: $in/empty.txt: empty document" "an empty file: no warning"
expect_line "$tmp/err" "^kg: warning: $in/blank.txt: blank document" "a blank file: no warning"
if [ "$root" -eq 0 ]; then
	expect_line "$tmp/err" "^$e/sub/unreadable.txt: .*Permission denied" "an unreadable file: not reported"
	expect_line "$tmp/err" "^$e/sub/locked: .*Permission denied" "an unreadable directory: not reported"
fi
expect_line "$tmp/err" "^kg: 1 of 1 input had errors\$" "no count of the inputs that had errors"
if grep -E "empty.txt|blank.txt" "$tmp/err" | grep -q "kg: error"; then fail "an empty file is an error"; fi
# every message is one line that starts with "kg: "
if grep -v '^kg: ' "$tmp/err" | grep -v '^  ' | grep -q .; then fail "a message spans lines"; fi

# each bad input alone next to a good one: exit 2 and the good one still read; an empty or blank
# file is only a warning
for f in bad_utf8.txt nul.txt latin1.txt program.bin nested.jsonl truncated.jsonl sub/triples.jsonl \
	"$(printf 'bad\nname.txt')" dangling.txt empty.txt blank.txt; do
	status=0
	"$kg" extract "$in/$f" "$in/good.txt" >"$tmp/one.jsonl" 2>"$tmp/one.err" || status=$?
	case $f in
	empty.txt | blank.txt) want=0 ;;
	*) want=2 ;;
	esac
	[ "$status" -eq "$want" ] || { cat "$tmp/one.err" >&2; fail "$f next to a good file: exit $status, expected $want"; }
	grep -q '"Carl Dahl"' "$tmp/one.jsonl" || fail "$f next to a good file: the good file was not read"
	grep -q "^kg: \(error\|warning\): $in/" "$tmp/one.err" || fail "$f: no message naming it"
done

# CRLF: the evidence of the CRLF document keeps no carriage return
python3 - "$tmp/out/graph.json" <<'PY' || fail "CRLF: the evidence holds a carriage return"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [ev["text"] for e in g["edges"] for ev in e["evidence"] if "Eva Lund" in ev.get("text", "")]
assert texts, "no evidence from the CRLF document"
assert all("\r" not in t for t in texts), texts
PY

# --replace-invalid: the Latin-1 and NUL documents are read, with warnings that name them
status=0
"$kg" build --replace-invalid "$in/latin1.txt" "$in/nul.txt" "$in/good.txt" -o "$tmp/out2" 2>"$tmp/err2" || status=$?
cat "$tmp/err2" >&2
[ "$status" -eq 0 ] || fail "--replace-invalid: exit $status, expected 0"
expect_line "$tmp/err2" "^kg: warning: $in/latin1.txt:1:4: 1 invalid UTF-8 byte replaced with U\\+FFFD, the first at byte 3" "--replace-invalid: no warning naming the file and byte"
expect_line "$tmp/err2" "^kg: warning: $in/nul.txt:1:23: NUL byte at byte 22: read as a space" "--replace-invalid: no warning for the NUL byte"
has_label "$tmp/out2/graph.json" "Hugo Brandt" || fail "--replace-invalid: the NUL document was not read"
has_label "$tmp/out2/graph.json" "Anna Fischer" || fail "--replace-invalid: the Latin-1 document was not read"

# a path that is a file where a directory is expected, and one that does not exist
status=0
"$kg" build "$in/good.txt/" "$in/nothing-here" "$in/good.txt" -o "$tmp/out3" 2>"$tmp/err3" || status=$?
cat "$tmp/err3" >&2
[ "$status" -eq 2 ] || fail "missing inputs: exit $status, expected 2"
expect_line "$tmp/err3" "^kg: error: $in/good.txt/: .*Not a directory" "a file used as a directory: not reported"
expect_line "$tmp/err3" "^kg: error: $in/nothing-here: .*No such file" "a missing input: not reported"
expect_line "$tmp/err3" "^kg: 2 of 3 inputs had errors\$" "missing inputs: no count"
has_label "$tmp/out3/graph.json" "Ana Silva" || fail "missing inputs: the good input was not used"

# kg extract goes on past the same bad inputs and still prints the good triples
status=0
"$kg" extract "$in" >"$tmp/x.jsonl" 2>"$tmp/err4" || status=$?
[ "$status" -eq 2 ] || fail "kg extract on a partial batch: exit $status, expected 2"
grep -q '"Ana Silva"' "$tmp/x.jsonl" || fail "kg extract lost the good documents"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/x.jsonl" || fail "kg extract wrote broken JSON Lines"

# standard input: binary and NUL bytes on stdin are refused with the position too
status=0
"$kg" extract -x news - <"$in/nul.txt" >/dev/null 2>"$tmp/err5" || status=$?
[ "$status" -eq 2 ] || fail "NUL on stdin: exit $status, expected 2"
expect_line "$tmp/err5" "^kg: error: -:1:23: NUL byte at byte 22" "NUL on stdin: no position"
echo ok
