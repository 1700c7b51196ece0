#!/bin/bash
# add_then_build.sh: kg add into a store and kg build --db from it give the graph that kg build gives
# from the same inputs (the same extraction, language models included), whatever the route.
# Usage: add_then_build.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1
shared=${3:-}
. "$(dirname "$0")/common.bash"
need_shared dev/news
# the development news: their names need the learned entity tagger, which examples/ does not
news=$shared/dev/news

"$kg" build -q -o "$tmp/direct" "$news" || fail "kg build exited $?"
"$kg" add -q --db "$tmp/kg.db" "$news" || fail "kg add exited $?"
"$kg" build -q --db "$tmp/kg.db" -o "$tmp/stored" || fail "kg build --db exited $?"
cmp -s "$tmp/direct/graph.json" "$tmp/stored/graph.json" ||
	fail "graph.json of kg add + kg build --db differs from kg build's: $(cmp "$tmp/direct/graph.json" "$tmp/stored/graph.json")"
echo "ok: kg add + kg build --db = kg build on the development news"
