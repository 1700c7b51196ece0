#!/bin/bash
# bench/store.sh: measures the store on the seed articles repeated to about N documents (default
# 10,000; each copy made distinct by a last line): kg add time and store size, a second kg add (all
# unchanged), kg build --db, kg extract --documents + kg merge, and the memory of kg extract on 10x,
# 100x and 1000x the articles (it should stay flat). A measurement, not a test: it prints numbers.
# Usage: bench/store.sh [KG_BINARY] [N] [JOBS]   (a Release build gives the meaningful times)
set -euo pipefail
kg=$(realpath "${1:-build/kg}")
n=${2:-10000}
jobs=${3:-1}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$kg" ] || { echo "bench/store.sh: no kg binary at $kg" >&2; exit 2; }

# seconds and max RSS of a command: "S KB"
measure() {
	/usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
	cat "$tmp/time"
}

# the corpus: files in a directory and the same documents as one JSON Lines file
articles=("$src"/examples/news/*.txt)
copies=$(( (n + ${#articles[@]} - 1) / ${#articles[@]} ))
python3 - "$tmp" "$copies" "${articles[@]}" <<'P'
import json, os, sys
tmp, copies, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
os.makedirs(f"{tmp}/docs")
texts = [(os.path.basename(f)[:-4], open(f).read()) for f in files]
with open(f"{tmp}/corpus.jsonl", "w") as out:
    for i in range(copies):
        for name, text in texts:
            body = f"{text}\n\nCopy {i} of the article.\n"
            with open(f"{tmp}/docs/{name}_{i:05d}.txt", "w") as f:
                f.write(body)
            out.write(json.dumps({"id": f"{name}_{i:05d}", "text": body}) + "\n")
P
docs=$(ls "$tmp/docs" | wc -l)
bytes=$(du -sb "$tmp/docs" | cut -f1)
echo "corpus: $docs documents, $((bytes / 1024)) KiB of text; kg $("$kg" --version | cut -d' ' -f2), -j $jobs"

read -r t rss <<<"$(measure "$kg" add "$tmp/docs" --db "$tmp/kg.db" -q -j "$jobs")"
size=$(du -b "$tmp/kg.db" | cut -f1)
counts=$(python3 -c 'import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); print(*(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents","entities","triples")))' "$tmp/kg.db")
read -r nd ne nt <<<"$counts"
echo "kg add:             $t s ($(python3 -c "print(f'{$docs/$t:.0f}')") documents/s), max RSS $((rss / 1024)) MiB"
echo "store:              $((size / 1024)) KiB ($(python3 -c "print(f'{$size/$nd:.0f}')") bytes/document): $nd documents, $ne entity rows, $nt triple rows"
read -r t rss <<<"$(measure "$kg" add "$tmp/docs" --db "$tmp/kg.db" -q)"
echo "kg add again:       $t s (every document unchanged, none extracted), max RSS $((rss / 1024)) MiB"
read -r t rss <<<"$(measure "$kg" build --db "$tmp/kg.db" -o "$tmp/out" -q)"
echo "kg build --db:      $t s (load, alias merging, graph, measures, four files), max RSS $((rss / 1024)) MiB"
read -r t rss <<<"$(measure "$kg" add "$tmp/corpus.jsonl" --db "$tmp/jsonl.db" -q -j "$jobs")"
echo "kg add JSON Lines:  $t s, max RSS $((rss / 1024)) MiB"

# the scale-out path: extract (a mapper) and merge
measure_out() {
	/usr/bin/time -f "%e %M" -o "$tmp/time" "$@" 2>"$tmp/err" || [ $? -eq 1 ] || { cat "$tmp/err" >&2; exit 1; }
}
measure_out "$kg" extract --documents -q -j "$jobs" - <"$tmp/corpus.jsonl" >"$tmp/triples.jsonl"
read -r t rss <"$tmp/time"
echo "kg extract --documents (stdin): $t s, max RSS $((rss / 1024)) MiB, $(( $(du -b "$tmp/triples.jsonl" | cut -f1) / 1024 )) KiB out"
read -r t rss <<<"$(measure "$kg" merge "$tmp/triples.jsonl" --db "$tmp/merged.db" -q)"
echo "kg merge:           $t s, max RSS $((rss / 1024)) MiB"
"$kg" build --db "$tmp/merged.db" -o "$tmp/merged" -q
"$kg" build --db "$tmp/jsonl.db" -o "$tmp/jsonl" -q
cmp -s "$tmp/merged/graph.json" "$tmp/jsonl/graph.json" && echo "extract + merge gives the graph of kg add: yes" ||
	echo "extract + merge gives the graph of kg add: NO"

# memory of the streaming filter on growing input
for mult in 10 100 1000; do
	head -n $((mult * ${#articles[@]})) "$tmp/corpus.jsonl" >"$tmp/in.jsonl"
	measure_out "$kg" extract --documents -q - <"$tmp/in.jsonl" >/dev/null
	read -r t rss <"$tmp/time"
	echo "kg extract on ${mult}x the articles ($(( $(du -b "$tmp/in.jsonl" | cut -f1) / 1024 )) KiB): max RSS $((rss / 1024)) MiB, $t s"
done
