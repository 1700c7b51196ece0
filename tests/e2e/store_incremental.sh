#!/bin/bash
# store_incremental.sh: kg build goes through the store and gives the graph of building in memory;
# adding a document again changes nothing; a changed document replaces its old facts (an edge left
# with no evidence goes); a new spelling joins the entity already stored; the graph is byte-identical
# whatever the order the documents were added in; kg build with no input builds the stored graph.
# Usage: store_incremental.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
# edges GRAPH: "source relation target" per edge, sorted
edges() { python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print("\n".join(sorted(e["source"]+" "+e["relation"]+" "+e["target"] for e in g["edges"])))' "$1"; }

# the main job goes through DIR/kg.db and gives the graph built in memory (-o -)
"$kg" build "$src/examples" -o "$tmp/out" 2>"$tmp/err" || fail "kg build exited $?"
grep -q "kg: $tmp/out/kg.db: 7 added, 0 replaced, 0 unchanged" "$tmp/err" || fail "no store summary: $(cat "$tmp/err")"
[ -s "$tmp/out/kg.db" ] || fail "kg build wrote no store"
"$kg" build "$src/examples" -o - -q >"$tmp/memory.json" || fail "kg build -o - exited $?"
cmp -s "$tmp/out/graph.json" "$tmp/memory.json" || fail "the graph from the store differs from the one built in memory"

# the same documents again: nothing changes, nothing is extracted again
cp "$tmp/out/kg.db" "$tmp/before.db"
"$kg" add "$src/examples" --db "$tmp/out/kg.db" 2>"$tmp/err" || fail "kg add again exited $?"
grep -q "0 added, 0 replaced, 7 unchanged" "$tmp/err" || fail "a second kg add changed something: $(cat "$tmp/err")"
"$kg" build -o "$tmp/out2" --db "$tmp/out/kg.db" -q || fail "kg build --db exited $?"
cmp -s "$tmp/out/graph.json" "$tmp/out2/graph.json" || fail "the graph changed after adding the same documents"
# no INPUT and a store in DIR: the graph of the store, standard input is not read
"$kg" build -o "$tmp/out" -q </dev/null || fail "kg build with no input exited $?"
cmp -s "$tmp/out/graph.json" "$tmp/out2/graph.json" || fail "kg build with no input did not build the stored graph"

# a changed document replaces the old: the edge it alone supported goes
mkdir -p "$tmp/t"
cat >"$tmp/t/talks.jsonl" <<'J'
{"subject":"Ada Quill","subject_type":"PERSON","predicate":"meet","object":"Bo Lind","object_type":"PERSON","evidence":{"doc":"talks","text":"Ada Quill met Bo Lind."}}
J
cat >"$tmp/t/visit.jsonl" <<'J'
{"subject":"Anthony Rowe","subject_type":"PERSON","predicate":"visits","object":"Oslo","object_type":"PLACE","evidence":{"doc":"visit","text":"Anthony Rowe visited Oslo."}}
J
"$kg" add "$tmp/t" --db "$tmp/inc.db" -q || fail "kg add exited $?"
"$kg" build --db "$tmp/inc.db" -o "$tmp/g1" -q || fail "kg build --db exited $?"
edges "$tmp/g1/graph.json" >"$tmp/e1"
grep -qx "ada-quill meet bo-lind" "$tmp/e1" || fail "the first edge is missing"
cat >"$tmp/t/talks.jsonl" <<'J'
{"subject":"Ada Quill","subject_type":"PERSON","predicate":"meet","object":"Cy Moor","object_type":"PERSON","evidence":{"doc":"talks","text":"Ada Quill met Cy Moor."}}
J
"$kg" add "$tmp/t" --db "$tmp/inc.db" 2>"$tmp/err" || fail "kg add of a changed file exited $?"
grep -q "0 added, 1 replaced, 1 unchanged" "$tmp/err" || fail "the changed file was not replaced: $(cat "$tmp/err")"
"$kg" build --db "$tmp/inc.db" -o "$tmp/g2" -q || fail "kg build --db exited $?"
edges "$tmp/g2/graph.json" >"$tmp/e2"
grep -qx "ada-quill meet cy-moor" "$tmp/e2" || fail "the new edge is missing"
if grep -q "bo-lind" "$tmp/e2"; then fail "the edge with no evidence left is still there"; fi

# a new spelling in a new document joins the stored entity (Antony ~ Anthony)
cat >"$tmp/t2.jsonl" <<'J'
{"subject":"Antony Rowe","subject_type":"PERSON","predicate":"meet","object":"Ada Quill","object_type":"PERSON","evidence":{"doc":"later","text":"Antony Rowe met Ada Quill."}}
J
"$kg" add "$tmp/t2.jsonl" --db "$tmp/inc.db" -q || fail "kg add of a new spelling exited $?"
"$kg" build --db "$tmp/inc.db" -o "$tmp/g3" -q || fail "kg build --db exited $?"
n=$(python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print(sum(1 for n in g["nodes"] if n["label"].endswith("Rowe")))' "$tmp/g3/graph.json")
[ "$n" -eq 1 ] || fail "Antony Rowe and Anthony Rowe are $n nodes, expected one"

# any order of adding gives byte-identical files
mkdir -p "$tmp/rev"
for f in $(find "$src/examples" -type f \( -name '*.txt' -o -name '*.tsv' -o -name '*.jsonl' \) | sort -r); do
	"$kg" add "$f" --db "$tmp/rev/kg.db" -q || fail "kg add $f exited $?"
done
"$kg" build --db "$tmp/rev/kg.db" -o "$tmp/rev" -q || fail "kg build of the reversed store exited $?"
for f in graph.json graph.dot graph.svg graph.graphml; do
	cmp -s "$tmp/out/$f" "$tmp/rev/$f" || fail "$f differs when the documents are added in reverse order"
done
echo ok
