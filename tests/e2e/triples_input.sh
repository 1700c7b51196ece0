#!/bin/bash
# triples_input.sh: ready-made triples in: a malformed JSON line is reported with its file and line
# and skipped (exit 2, the graph still written), --strict stops, TSV and standard input work, and
# kg extract's output reads back.
# Usage: triples_input.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
nodes() { python3 -c 'import json,sys; print("\n".join(sorted(n["label"] for n in json.load(open(sys.argv[1]))["nodes"])))' "$1"; }
# has_node GRAPH LABEL: the graph has a node with exactly this label
has_node() { nodes "$1" >"$tmp/labels" && grep -qx "$2" "$tmp/labels"; }

cat >"$tmp/mixed.jsonl" <<'J'
{"subject":"Ada Quill","subject_type":"PERSON","predicate":"meet","object":"Bo Lind","object_type":"PERSON"}
{"subject":"Cy Moor","predicate":"meet" "object":"Di Park"}
{"subject":"Ada Quill","subject_type":"PERSON","predicate":"holds_position","object":"Nordland","object_type":"PLACE","attrs":{"title":"Prime Minister"}}
J

# a malformed line in the middle: reported, skipped, the rest used, exit 2
status=0
"$kg" build "$tmp/mixed.jsonl" -o "$tmp/a" 2>"$tmp/err" || status=$?
cat "$tmp/err" >&2
[ "$status" -eq 2 ] || fail "partial input: exit $status, expected 2"
grep -q "^kg: error: $tmp/mixed.jsonl:2:[0-9]*: " "$tmp/err" || fail "the error does not name FILE:LINE:COLUMN"
grep -q "1 of 1 input had errors" "$tmp/err" || fail "no count of failed inputs"
[ -s "$tmp/a/graph.json" ] || fail "graph.json not written for a partial input"
nodes "$tmp/a/graph.json" >"$tmp/labels"
if ! grep -qx "Bo Lind" "$tmp/labels" || ! grep -qx "Nordland" "$tmp/labels"; then
	fail "the good lines were not used"
fi
if grep -qx "Cy Moor" "$tmp/labels"; then fail "the malformed line was used"; fi

# --strict stops at the first problem and writes nothing
status=0
"$kg" build --strict "$tmp/mixed.jsonl" -o "$tmp/b" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "--strict: exit $status, expected 2"
grep -q "mixed.jsonl:2:" "$tmp/err" || fail "--strict: the error does not name the line"
[ ! -e "$tmp/b/graph.json" ] || fail "--strict wrote a graph"

# TSV, with a header, a comment and a missing object
printf '# facts\nsubject\tsubject_type\tpredicate\tobject\tobject_type\ttitle\nAda Quill\tPERSON\tleads\tNorth Party\tORG\t\nBo Lind\tPERSON\tmeet\t\tPERSON\t\n' >"$tmp/facts.tsv"
status=0
"$kg" build "$tmp/facts.tsv" -o "$tmp/c" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "TSV with a bad row: exit $status, expected 2"
grep -q "facts.tsv:4: object is missing" "$tmp/err" || fail "TSV: the bad row is not named"
has_node "$tmp/c/graph.json" "North Party" || fail "TSV: the good row was not used"

# standard input: JSON Lines sniffed by the auto extractor, TSV with -x triples
grep -v Moor "$tmp/mixed.jsonl" | "$kg" build -o "$tmp/d" -q || fail "stdin JSON Lines: exit $?"
has_node "$tmp/d/graph.json" "Ada Quill" || fail "stdin JSON Lines not read"
printf 'Eve Rowe\tPERSON\tvisits\tOslo\tPLACE\n' | "$kg" build -x triples - -o "$tmp/e" -q || fail "stdin TSV: exit $?"
has_node "$tmp/e/graph.json" "Oslo" || fail "stdin TSV not read"

# kg extract prints JSON Lines that kg build reads back
"$kg" extract -q "$tmp/facts.tsv" >"$tmp/x.jsonl" 2>/dev/null || [ $? -eq 2 ] || fail "kg extract failed"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/x.jsonl" || fail "kg extract: not JSON Lines"
"$kg" build -x triples "$tmp/x.jsonl" -o "$tmp/f" -q || fail "kg extract's output does not read back"
has_node "$tmp/f/graph.json" "North Party" || fail "round trip lost a fact"

# an empty input: nothing found (exit 1), not an error
: >"$tmp/empty.jsonl"
status=0
"$kg" build "$tmp/empty.jsonl" -o "$tmp/g" -q || status=$?
[ "$status" -eq 1 ] || fail "empty input: exit $status, expected 1"
echo ok
