#!/bin/bash
# store_shards.sh: a corpus split into shards by document, each shard extracted on its own with
# kg extract --documents (files, or JSON Lines on standard input as a Hadoop Streaming mapper reads
# it) and the shards merged in any order gives byte-identical graph files to one kg add of the whole
# corpus; a shard cut short is reported and its last document not stored; merging again changes
# nothing.
# Usage: store_shards.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"
need sqlite3

# the corpus: the examples, plus a document with entities but no triple and an empty one
mkdir -p "$tmp/corpus"
cp "$src"/examples/news/*.txt "$src"/examples/triples/* "$tmp/corpus/"
printf 'Ada Quill spoke in Oslo on Monday.\n' >"$tmp/corpus/lone.txt"
: >"$tmp/corpus/empty.txt"
files=$(cd "$tmp/corpus" && ls)

# the reference: one kg add, then the graph
"$kg" add "$tmp/corpus" --db "$tmp/ref.db" -q || fail "kg add exited $?"
"$kg" build --db "$tmp/ref.db" -o "$tmp/ref" -q || fail "kg build --db exited $?"
same_as_ref() {
	for f in graph.json graph.dot graph.svg graph.graphml; do
		cmp -s "$tmp/ref/$f" "$1/$f" || fail "$2: $f differs from one kg add of the corpus"
	done
}

# split N: the files dealt into N shard directories, round robin from an offset
split() {
	local n=$1 offset=$2 i=0 f
	rm -rf "$tmp/shards"
	for f in $files; do
		mkdir -p "$tmp/shards/$(( (i + offset) % n ))"
		cp "$tmp/corpus/$f" "$tmp/shards/$(( (i + offset) % n ))/"
		i=$((i + 1))
	done
}

for plan in "2 0" "3 1" "9 4"; do
	read -r n offset <<<"$plan"
	split "$n" "$offset"
	rm -f "$tmp"/shard-*.jsonl
	for d in "$tmp"/shards/*; do
		"$kg" extract --documents -q "$d" >"$tmp/shard-$(basename "$d").jsonl" || [ $? -eq 1 ] ||
			fail "kg extract of shard $d failed"
	done
	# merge the shards in reverse order, in one kg merge
	rm -rf "$tmp/m" && mkdir -p "$tmp/m"
	# shellcheck disable=SC2046 # the file list is meant to split
	"$kg" merge $(ls -r "$tmp"/shard-*.jsonl) --db "$tmp/m/kg.db" -q || fail "kg merge ($plan) exited $?"
	"$kg" build --db "$tmp/m/kg.db" -o "$tmp/m" -q || fail "kg build --db after kg merge exited $?"
	same_as_ref "$tmp/m" "$n shards"
done

# merged one shard at a time (several kg merge runs, from standard input), in shuffled order
rm -rf "$tmp/m2" && mkdir -p "$tmp/m2"
for s in $(ls "$tmp"/shard-*.jsonl | python3 -c 'import random,sys; l=sys.stdin.read().split(); random.shuffle(l); print(" ".join(l))'); do
	"$kg" merge --db "$tmp/m2/kg.db" -q <"$s" || fail "kg merge - exited $?"
done
"$kg" build --db "$tmp/m2/kg.db" -o "$tmp/m2" -q || fail "kg build --db exited $?"
same_as_ref "$tmp/m2" "shards merged one by one"
# merging again changes nothing
"$kg" merge "$tmp"/shard-*.jsonl --db "$tmp/m2/kg.db" 2>"$tmp/err" || fail "kg merge again exited $?"
grep -q " 0 added, 0 replaced, " "$tmp/err" || fail "merging the same shards again changed the store: $(cat "$tmp/err")"

# the Hadoop Streaming way: JSON Lines documents on standard input of each mapper
python3 - "$tmp/corpus" "$tmp/docs" <<'P'
import json, os, sys
os.makedirs(sys.argv[2])
names = sorted(n for n in os.listdir(sys.argv[1]) if n.endswith(".txt"))
for k in range(2):
    with open(os.path.join(sys.argv[2], f"part-{k}.jsonl"), "w") as out:
        for n in names[k::2]:
            out.write(json.dumps({"id": n, "text": open(os.path.join(sys.argv[1], n)).read()}) + "\n")
P
rm -f "$tmp"/map-*.jsonl
for p in "$tmp"/docs/part-*.jsonl; do
	"$kg" extract --documents -q - <"$p" >"$tmp/map-$(basename "$p")" || [ $? -eq 1 ] || fail "mapper on $p failed"
done
"$kg" add "$tmp/docs" --db "$tmp/jref.db" -q || fail "kg add of the JSON Lines exited $?"
"$kg" build --db "$tmp/jref.db" -o "$tmp/jref" -q || fail "kg build --db exited $?"
cat "$tmp"/map-*.jsonl | "$kg" merge --db "$tmp/jm.db" -q || fail "kg merge of the mapper output exited $?"
"$kg" build --db "$tmp/jm.db" -o "$tmp/jm" -q || fail "kg build --db exited $?"
cmp -s "$tmp/jref/graph.json" "$tmp/jm/graph.json" || fail "the mapper path differs from kg add of the JSON Lines"

# a shard cut short: its last document is reported and not stored; the whole shard completes it
big=$(ls -S "$tmp"/shard-*.jsonl | head -1)
# cut.jsonl: the shard up to the first document line that closes some entity or triple lines, without it
python3 - "$big" "$tmp/cut.jsonl" <<'P'
import json, sys
lines = open(sys.argv[1]).read().splitlines(True)
for i, line in enumerate(lines):
    if "document" in json.loads(line) and i > 0 and "document" not in json.loads(lines[i - 1]):
        open(sys.argv[2], "w").writelines(lines[:i])
        break
P
status=0
"$kg" merge "$tmp/cut.jsonl" --db "$tmp/cut.db" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "a cut shard: exit $status, expected 2"
grep -q "no document line: the input was cut short; not stored" "$tmp/err" || fail "a cut shard is not reported: $(cat "$tmp/err")"
want=$(grep -c '"document"' "$tmp/cut.jsonl" || true)
total=$(grep -c '"document"' "$big")
have=$(sqlite3 -batch "$tmp/cut.db" "SELECT count(*) FROM documents")
[ "$have" -eq "$want" ] || fail "a cut shard stored $have documents, expected the $want whole ones"
"$kg" merge "$big" --db "$tmp/cut.db" 2>"$tmp/err" || fail "kg merge of the whole shard exited $?"
grep -q " $((total - want)) added, 0 replaced, $want unchanged" "$tmp/err" ||
	fail "the whole shard did not complete the cut one: $(cat "$tmp/err")"
echo ok
