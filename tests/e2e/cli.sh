#!/bin/bash
# cli.sh: the kg command's conventions: help on stdout with exit 0, usage errors with "kg: error:" and
# exit 2, a missing file named in the error, and query/explain on the graph of the examples
# (exit 0 found, 1 nothing found, 2 no such entity).
# Usage: cli.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"

run --help
expect 0 "kg --help"
if ! grep -q "build" "$tmp/out" || [ -s "$tmp/err" ]; then fail "kg --help does not go to stdout"; fi
run --version
expect 0 "kg --version"
grep -q "^kg [0-9]" "$tmp/out" || fail "kg --version"
for cmd in build extract query explain render ner help; do
	run "$cmd" --help
	expect 0 "kg $cmd --help"
	grep -q "^usage: kg $cmd" "$tmp/out" || [ "$cmd" = help ] || fail "kg $cmd --help has no usage line"
done
run
expect 2 "kg with no command"
run --bogus
expect 2 "kg --bogus"
grep -q "^kg: error:" "$tmp/err" || fail "no 'kg: error:' for an unknown option"
run frobnicate
expect 2 "kg frobnicate"
run build --bogus
expect 2 "kg build --bogus"
grep -q "^kg: error: unknown option '--bogus'" "$tmp/err" || fail "kg build --bogus: message"
run query --format xml met x
expect 2 "kg query --format xml"
run build "$tmp/no/such/file.txt" -o "$tmp/o"
expect 2 "kg build on a missing file"
grep -q "^kg: error: $tmp/no/such/file.txt: " "$tmp/err" || fail "the missing file is not named"

# the graph of the examples
run build "$src/examples" -o "$tmp/g" -q
expect 0 "kg build examples"
[ ! -s "$tmp/err" ] || fail "kg build -q printed: $(cat "$tmp/err")"
graph=$tmp/g/graph.json

run query -g "$graph" who-met Blinken
expect 0 "query who-met Blinken"
grep -q "Sybiha" "$tmp/out" || fail "who-met Blinken does not list Sybiha"
run query -g "$graph" "who-met Blinken"
expect 0 "query as one argument"
run query -g "$graph" '(x)-[:meet]-(blinken)'
expect 0 "query pattern"
grep -q "Sybiha" "$tmp/out" || fail "the pattern does not find Sybiha"
run query -g "$graph" met blinken --format jsonl
expect 0 "query --format jsonl"
python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]; assert rows' "$tmp/out" ||
	fail "--format jsonl is not JSON Lines"
run query -g "$graph" path Sybiha Lammy
expect 0 "query path"

# a name with no meetings: any entity of the graph that no meet edge touches
lonely=$(python3 - "$graph" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
met = set()
for e in g.get("edges", g.get("links", [])):
    if e.get("relation") == "meet":
        met.update((e["source"], e["target"]))
labels = [n["label"] for n in g["nodes"] if n["id"] not in met and n.get("type") == "PLACE"]
print(sorted(labels, key=len, reverse=True)[0] if labels else "")
PY
)
[ -n "$lonely" ] || fail "every place of the examples has a meeting?"
run query -g "$graph" met "$lonely"
expect 1 "query met '$lonely' (no meetings)"
run query -g "$graph" met Nobody Nowhere-Person
expect 2 "query for an unknown name"
grep -q "^kg: error: no entity named 'Nobody Nowhere-Person'" "$tmp/err" || fail "unknown name: message"
run query -g "$tmp/none.json" met Blinken
expect 2 "query on a missing graph"

run explain -g "$graph" zelensky
expect 0 "explain zelensky"
grep -q "Volodymyr Zelensky" "$tmp/out" || fail "explain zelensky: no canonical name"
grep -Eq "Zelenskiy|Zelenskyy" "$tmp/out" || fail "explain zelensky: aliases not listed"

run render -g "$graph" --format dot --top 10
expect 0 "render --format dot"
dot -Tcanon "$tmp/out" >/dev/null || fail "render --format dot does not parse"

run extract "$src/examples/news/000_9f5eef8a525d3995.txt"
expect 0 "extract one article"
python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; assert rows and all("subject" in r or "participants" in r for r in rows); assert any("participants" in r for r in rows)' "$tmp/out" ||
	fail "kg extract: not triples and events as JSON Lines"
# news on standard input (the auto extractor buffers it and hands it to the news extractor)
status=0
"$kg" extract -q <"$src/examples/news/000_9f5eef8a525d3995.txt" >"$tmp/out" || status=$?
expect 0 "extract news from standard input"
python3 -c 'import json,sys; rows=[json.loads(l) for l in open(sys.argv[1])]; assert rows and rows[0]["evidence"]["doc"] == "-"' "$tmp/out" ||
	fail "kg extract on standard input: no triples, or the document is not named -"

# -o - writes graph.json on standard output
run build "$src/examples/triples" -o - -q
expect 0 "build -o -"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert g["nodes"] and g["edges"]' "$tmp/out" ||
	fail "build -o - does not print graph.json"
echo ok
