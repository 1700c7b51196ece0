#!/bin/bash
# bench/scale.sh: how kg grows with its input (issue 18): MB/s, peak RSS and output size of kg extract,
# kg add, kg build --db (the graph stage alone, from kg add's store), kg build (graph.json with the
# default 3 evidence items a relation, and with --evidence 0, all of them) on bench/gen news of each SIZE, and scripts/kg-dask on a local cluster of 2 workers
# beside kg add on the first size. A measurement, not a test: it prints a table. Each run is niced
# and bounded by LIMIT seconds (default 900); one that runs out shows "timeout".
# Usage: bench/scale.sh [KG_BINARY] [SIZE...]   (SIZE as bench/gen --size: 25M 100M 1G; default 25M 100M)
# Peak RSS is the largest single process (getrusage of the children, via /usr/bin/time): for kg-dask
# that is one worker's kg, not the sum over the cluster.
#
# Measured 2026-12-05 (git d81b7d2, RelWithDebInfo, 2 cores shared with other jobs: load average about
# 8 during the run, so the MB/s are low and only comparable within the table), with
# `LIMIT=400 bench/scale.sh build/kg 25M` (25 MB of text, 26.3 MB of JSON Lines; out/in against the
# JSON Lines file):
#
#   size   step                       MB/s        s    peak MB     out MB   out/in
#   25M    kg extract                 0.84     31.2         65      210.9   801.6%
#   25M    kg add                     0.27     97.2         51      265.5  1009.2%
#   25M    kg build (graph.json)      0.19    135.6        569      146.6   557.2%
#   25M    kg build --evidence 0      0.22    122.2        569      174.0   661.3%
#   25M    kg-dask --local 2          0.24    111.8         95      265.5  1009.2%
#
# The 100 MB and 1 GB rows were not run (no time left). The evidence limit cuts graph.json by 16% here,
# far from 10% of the input: most edges of bench/gen at 25 MB have one or two evidence items, and on
# a 5 MB run the "events" list (one object a meeting, with its evidence) was 15 MB of 33, edge evidence
# 10 MB. kg build's peak memory does not change with --evidence (it still holds every evidence item).
#
# Measured again 2026-12-06 on a quiet machine (git c8af72d, the store written 1024 documents a
# transaction; Release build; load average under 1 at the start, the rows niced while other small jobs
# ran), `bench/scale.sh build/kg 25M 100M`, all -j 1:
#
#   size   step                       MB/s        s    peak MB     out MB   out/in
#   25M    kg extract                 3.69      7.1         89      213.6   811.8%
#   25M    kg add                     2.21     11.9        124      268.5  1020.6%
#   25M    kg build (graph.json)      1.54     17.0        619      134.8   512.3%
#   25M    kg build --evidence 0      1.54     17.1        619      175.7   668.0%
#   25M    kg-dask --local 2          1.14     23.1         92      268.5  1020.6%
#   100M   kg extract                 3.87     27.2         89      853.3   810.9%
#   100M   kg add                     1.88     56.1        124     1071.9  1018.8%
#   100M   kg build (graph.json)      1.30     80.7       2155      442.4   420.5%
#   100M   kg build --evidence 0      1.25     84.3       2155      673.4   640.0%
#
# and at 1 GB (`bench/gen corpus -o c1g.jsonl --size 1G`, 1.05 GB of JSON Lines, -j 2): kg extract -j 2
# 184.9 s (5.7 MB/s, 289 s CPU), peak 93 MB; kg add -j 2 684 s (1.54 MB/s), peak 170 MB, a 10.7 GB
# store. kg extract and kg add are flat (89-93 MB and 124-170 MB from 10 MB to 1 GB); kg build is not:
# its graph stage loads every stored fact (619 MB at 25 MB, 2.2 GB at 100 MB). On the 1 GB store (kg
# add -j 2 again: 666 s), `kg build -q -j 2 --db kg.db -o out` took 229 s (178 s user, 64 s system)
# and 20.6 GB at its peak, and wrote graph.json 2.75 GB (261% of the input), graph.graphml 3.1 GB,
# graph.dot 476 MB, graph.svg 14 MB; with `--since 2024-06 --until 2024-06` (one month of the twelve)
# 256 s (154 s user, 63 s system), the same peak, graph.json 617 MB: the period is applied to the whole
# graph, so it costs no more work than none, and saves no memory.
#
# Measured 2026-12-07 after the graph stage became a scan (git 8651a31: kg_store_scan, kg_graph_builder;
# Release build; 2 cores shared with two other jobs, load average 3-4, so the MB/s are low), with
# `LIMIT=900 bench/scale.sh build/kg 25M 100M`; "kg build --db (graph)" is the graph stage alone, from
# the store the kg add row made:
#
#   size   step                       MB/s        s    peak MB     out MB   out/in
#   25M    kg extract                 3.36      7.8         89      213.6   811.8%
#   25M    kg add                     1.82     14.5        123      268.5  1020.6%
#   25M    kg build --db (graph)      3.72      7.1        314      134.8   512.3%
#   25M    kg build (graph.json)      0.88     29.9        359      134.8   512.3%
#   25M    kg build --evidence 0      0.98     26.9        408      175.7   668.0%
#   25M    kg-dask --local 2          0.89     29.4         92      268.5  1020.6%
#   100M   kg extract                 3.11     33.9         89      853.3   810.9%
#   100M   kg add                     1.57     66.9        124     1071.9  1018.8%
#   100M   kg build --db (graph)      5.38     19.6        928      442.4   420.5%
#   100M   kg build (graph.json)      1.27     82.6        973      442.4   420.5%
#   100M   kg build --evidence 0      0.86    122.2       1266      673.4   640.0%
#
# kg build's peak fell from 619 to 359 MB at 25 MB and from 2155 to 973 MB at 100 MB; graph.json is
# byte-identical to the one the whole-store load wrote. At 1 GB (the store of `kg add -q -j 2` of
# `bench/gen corpus --size 1G`, 10.7 GB, 18 minutes on the loaded machine), `kg build -q -j 2 --db
# c1g.db -o out`: 289 s wall (177 s user, 40 s system), peak 6.4 GB (20.6 GB before), graph.json 2.75 GB
# (the same bytes), graph.graphml 1.70 GB (3.1 GB: it now holds the --evidence items too), graph.dot
# 477 MB, graph.svg 14 MB; `-o -` (graph.json only) 171 s, 6.1 GB; `--since 2024-06 --until 2024-06`
# 176 s, 3.3 GB (256 s and 20.6 GB before); `--since 2030` (nothing in the period: reading the store and
# merging its entities only) 90 s, 2.5 GB. Memory now follows the graph, and bench/gen's graph keeps
# growing with the text (2000 people in random pairs: 316k edges and 381k events at 100 MB, graph.json
# 442 MB -> 2.75 GB from 100 MB to 1 GB), so the 1 GB peak is 6.6 times the 100 MB one, not flat.
#
# kg extract with the learned layer (issue 14), 10 MB of bench/gen news (`bench/gen corpus -o c10.jsonl
# --size 10M --people 5000 --orgs 300`, 10.5 MB of JSON Lines), `nice -n 10 /usr/bin/time -f "%e %U"
# build/kg extract -q -o /dev/null c10.jsonl`, load average about 3.5, 2026-12-06: git 78cf010 (the
# entity model run on every document) 12.9-14.9 s wall, 12.4-14.6 s CPU (0.8 MB/s); git 56076ff (run
# only where a name needs its vote, batched weight lookups) 3.9-4.2 s wall, 3.8-3.9 s CPU (2.7 MB/s a
# core); without models (KG_MODELS=/nonexistent) 3.5 s CPU. Outputs byte-identical
# (bench/same-output.sh).
#
# kg add alone, 2026-12-07, before (git 20dae9e) and after the writer thread (6ed5da6, "thread") and the
# 64 MiB write cache (the commit after it, "cache"): `/usr/bin/time -f "%e %U %S %M" kg add -q -j J
# --db NEW.db IN` on `bench/gen corpus --size 10M` and `--size 25M`, Release build, the three builds
# interleaved, two rounds. The machine's 2 cores ran two other jobs the whole time (load average 9 to
# 16), so the walls are low and spread; system time and peak RSS are steady. Wall s of the two rounds:
#
#   size  -j   before         thread         cache          system s (before / cache)   peak MB
#   10M    1   42.0  33.0     40.3  15.7     42.3  13.2     0.97 0.83 / 0.75 0.64       123 / 144 / 190
#   10M    2   37.0  13.8     26.0   9.0     25.2  15.1     1.07 0.98 / 0.80 0.76       160 / 176 / 227
#   25M    1   75.7  33.8     91.0  29.2     77.2  27.8     3.29 3.28 / 2.55 2.73       123 / 146 / 195
#   25M    2   80.6  27.1     64.7  26.6     57.6  19.1     3.58 3.34 / 2.34 2.80       160 / 185 / 232
#
# A third round at 10M, before and cache only, load average 8 to 10: -j 1 11.4 11.3 s before, 10.7
# 12.5 s after; -j 2 11.2 13.0 s before, 9.0 8.3 s after (system 0.93 1.01 s -> 0.71 0.79 s).
# The store is the same bytes of content (`sqlite3 .dump` with documents.added blanked: identical),
# 107.0 MB at 10M and 267.6 MB at 25M.
#
# Schema 5 (integer document keys, 2026-12-07, Release, load average 5 to 8): `bench/gen corpus -o
# s5.jsonl --size 10M`, `/usr/bin/time -f "%e %U %S %M" kg add -q -j 2 --db X.db s5.jsonl`, main's
# kg (schema 4) and the new one interleaved, twice each: wall 6.20 4.35 s -> 3.02 2.04 s, user 4.48
# 4.21 -> 3.62 3.45 s, system 0.79 0.79 -> 0.28 0.30 s, peak 245 241 -> 222 222 MB; the store 106.9 MB
# -> 58.9 MB (VACUUM INTO: 89.8 -> 54.1 MB); kg build --db gives the same graph.json from both.
# At 100M (the corpus of the first table), schema 5 with the writer thread, load average 6 to 7:
# `/usr/bin/time -f "%e %U %S %M" kg add -q -j 2 --db c100.db c100.jsonl` 55.5 s wall (66.9 s with
# schema 4 at load 3 to 4), 39.8 s user, 2.0 s system, peak 251 MB, store 594 MB (1072 MB); `kg build
# -q -j 2 --db c100.db -o DIR` (graph.json, GraphML, DOT, SVG) 40.5 s, peak 1108 MB, graph.json 442 MB
# as before. At 1 GB (`bench/gen corpus -o c1g.jsonl --size 1G`), load 2 to 7: kg add -q -j 2 254 s wall
# (367 s user, 31 s system), peak 258 MB, store 5.96 GB (11-18 minutes and 10.7 GB with schema 4 and
# no writer thread); kg build -q -j 2 --db -o DIR 173 s, peak 6.46 GB, graph.json 2.75 GB, GraphML
# 1.70 GB, DOT 477 MB, SVG 14 MB: 7.1 minutes from text to drawing.
#
# The merge log read folded (git a661114) and negated events bounded per set of participants (0b463b9),
# 2026-12-07, Release, load average 3 to 5 (two other jobs): `/usr/bin/time -f "%e %U %M" kg build -q
# --db STORE -o DIR` from the schema-5 stores above: 100M 25.4 s wall, 20.5 s user, peak 854 MB (1108),
# graph.json 409 MB (442; nodes 21.6 -> 0.9 MB, events 381k -> 356k); 1G 241 s wall, peak 4.37 GB
# (6.46), graph.json 2.27 GB (2.75; 1.49 million edges, events 2.59 -> 2.08 million), GraphML 1.70 GB,
# DOT 477 MB, SVG 14 MB. The 1 GB peak is 5.1 times the 100 MB one (5.8 before): what is held is the
# edges' kept evidence and the events they name, and bench/gen's edges keep growing with the text.
#
# The graph stage's memory, 2026-12-07 (branch mem: the scan's 4 MiB page cache 3f432ef, the builder's
# slots and edges made the graph's in place 78cac76, the string pool of a built graph 48a92bd), Release,
# 2 cores shared, `nice -n 10 /usr/bin/time -f "%e %M" kg build -q --db STORE -o DIR` from stores of
# `kg add -q -j 2`, before (5c33588) and after, every output file byte-identical:
#
#   size   step                        s before  s after   peak MB before  peak MB after
#   25M    kg build --db (graph)          12.4       9.7              368            256
#   25M    kg build (from JSON Lines)     27.2      26.5              405            336
#   100M   kg build --db (graph)          42.1      32.0              851            634
#   100M   kg build (from JSON Lines)     93.4      88.9              909            700
#   1G     kg build --db (graph)         420.3     325.3             4340           3169
#
# The 1 GB peak is still 5.0 times the 100 MB one: what is held is the graph itself (1.49 million
# edges, their kept evidence sentences, 2.08 million events with theirs), and the DOT writer's cgraph
# copy of it comes on top once the scan is over.
#
# Branch mem2, 2026-12-07 (Release, 2 cores shared, load average 2 to 5): the DOT written without
# cgraph (efd803c), one copy of each evidence sentence a document gives (7e7e63f), integer edge keys
# (8b62af3), smaller evidence items (eefe666), event ids and extractor lists in the pool (67d4e47), the
# store's documents freed after the merge (35f7066), smaller item arrays and slots (47aed0c), the
# builder's documents by pointer and its adding state freed before the graph (c341874). `nice -n 10
# /usr/bin/time -f "%e %U %M" kg build -q --db STORE -o DIR` from stores of `kg add -q -j 2` of
# `bench/gen corpus --size SIZE`; before is main at 4395c26; every output file byte-identical at 100M
# (and on examples and 5 MB with --evidence 0, --since/--until, --top):
#
#   size   step                          s before  s after   peak MB before  peak MB after
#   100M   kg build --db (graph)            33.6      25.6              634            411
#   100M   kg build --db --evidence 0       46.4      35.7              841            523
#   1G     kg build --db (graph)           325.3     340.0             3169           2379
#
# The 1 GB row is the binary of 35f7066 (the two commits after it took the 100 MB peak from 426 to
# 411 MiB), at a load average of 4 to 5 (kg add of that store took 574 s against 254 s before, same
# machine): 726,985 documents, graph.json 2.31 GB, GraphML 1.76 GB, DOT 488 MB, SVG 15 MB. The 1 GB peak
# is now 5.8 times the 100 MB one (5.0 before: the 100 MB one fell more). At 100 MB the peak is no
# longer the end of the scan (369 MiB by a sampler of VmRSS every 0.25 s) but kg_graph_builder_finish
# (402: igraph and the adjacency made while the builder's records go) and the SVG drawing (407: a
# cgraph of the 500 top entities, bounded by the drawing limits). What grows with the text is still
# the graph held whole: at 100 MB 325,433 edges (208 bytes each while built), 674,371 kept items (64
# bytes and a share of a sentence), 388,705 events (168 bytes, participants and sentence); bench/gen's
# graph grows 4.6 times in edges and 5.4 times in events from 100 MB to 1 GB.
#
# Branch mem3, 2026-12-08 (Release, 2 cores shared, load average 3 to 6): the documents go into the
# graph only when a kept item or event cites them, moved from the merged entities (kg_graph_builder_take_docs)
# instead of copied; event ids are shared texts freed with their last holder (the string pool kept the id
# of every event ever read, 6.08 million strings and a 134 MB table at 1 GB, though only 2.45 million
# events are held); graph.json's writer finds an event by id in a sorted index, not a map of every id
# (about 100 MB at 1 GB, at the peak). `nice -n 10 /usr/bin/time -f "%e %U %M" kg build -q --db STORE -o
# DIR` from stores of `kg add -q` of `bench/gen corpus --size SIZE`; before is e017e7d (main); every
# output file byte-identical (graph.json, DOT, GraphML, SVG at 100 MB with and without --evidence 0
# and at 1 GB; examples and 5 MB, also --evidence 1 and 2 and a --since/--until --top run):
#
#   size   step                          s before  s after   peak MB before  peak MB after  graph.json MB
#   100M   kg build --db (graph)            44.5      37.6              412            400          416.9
#   100M   kg build --db --evidence 0       38.2      42.7              524            512          667.9
#   1G     kg build --db (graph)           912.2     471.4             2303           1921         2314.7
#
# (MiB, from %M; the 1 GB walls ran beside other jobs: user 442.7 s before, 301.8 s after.) The 1 GB
# peak is now under 2 GiB (1.88 GiB) and 4.8 times the 100 MB one (5.6 before): not flat, because
# bench/gen's aggregated graph is not, and the builder holds only that graph. At the end of the scan
# at 1 GB (KG_MEMDEBUG-style counts, not committed): 1,527,058 edges (208 bytes: 318 MB), 3,955,604
# kept items (72 bytes: 285 MB), 2,455,010 events held (168 bytes: 412 MB, their participants 123
# MB), 3,032,013 distinct sentences (311 MB), the pool 117 MB of strings and its table 134 MB (both
# mostly the ids this branch frees); at 100 MB 325,433 edges, 674,371 items, 388,705 events. From
# 100 MB to 1 GB the edges grow 4.7 times and the events 6.3 times (2000 people met in random pairs:
# the pairs keep coming). The events held at the end of the scan are those the (at most N+5) items of
# each edge cite and the negated ones within their group's bound (the others are freed after each
# document); the cut to N items at the end leaves the 2,098,522 that graph.json lists at 1 GB.
#
# graph.json and the 10% target: at 100 MB graph.json is 416.9 MB, of which edges 217.5 MB (325,434
# lines, 668 bytes each) and events 195.5 MB (356,660, 548 bytes); at 1 GB edges 1124.6 MB (1,527,059,
# 736 bytes) and events 1161.4 MB (2,098,522, 553 bytes). 10% of the 100 MB input is 10.5 MB, 32 bytes
# an edge: less than an edge's source, target and relation, before its evidence sentence (80 bytes of
# text on average, about 250 with its keys). With one sentence an edge the edges alone are at least
# 325,434 x 250 = 81 MB (about 80% of the input); the events list, one object a cited event, doubles it.
# Meeting 10% needs fewer edges written (a --top for graph.json) or no sentence on them.
set -euo pipefail
kg=$(realpath "${1:-build/kg}")
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25M 100M)
limit=${LIMIT:-900}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$kg" ] || { echo "bench/scale.sh: no kg binary at $kg" >&2; exit 2; }

# one row: SIZE STEP OUTPUT_PATH COMMAND... -> "size step MB/s peakMB outMB out%"
row() {
	local size=$1 step=$2 out=$3 bytes secs rss outb
	shift 3
	bytes=$(stat -c %s "$tmp/corpus.jsonl")
	if nice -n 10 /usr/bin/time -f "%e %M" -o "$tmp/time" timeout "$limit" "$@" >/dev/null 2>"$tmp/err"; then
		read -r secs rss <"$tmp/time"
		outb=$(du -sb "$out" | cut -f1)
		awk -v s="$size" -v t="$step" -v b="$bytes" -v e="$secs" -v r="$rss" -v o="$outb" 'BEGIN {
			printf "%-6s %-22s %8.2f %8.1f %10.0f %10.1f %7.1f%%\n", s, t, b / 1e6 / (e > 0 ? e : 0.01),
				e, r / 1024, o / 1e6, 100 * o / b }'
	else
		printf "%-6s %-22s %8s   (%s)\n" "$size" "$step" "timeout" "$(tail -1 "$tmp/err")"
	fi
}

printf "%-6s %-22s %8s %8s %10s %10s %8s\n" size step "MB/s" "s" "peak MB" "out MB" "out/in"
first=1
for size in "${sizes[@]}"; do
	rm -rf "$tmp"/run
	mkdir -p "$tmp/run"
	python3 "$src/bench/gen" corpus -o "$tmp/corpus.jsonl" --size "$size" 2>/dev/null
	row "$size" "kg extract" "$tmp/run/x.jsonl" "$kg" extract -q -o "$tmp/run/x.jsonl" "$tmp/corpus.jsonl"
	row "$size" "kg add" "$tmp/run/add.db" "$kg" add -q --db "$tmp/run/add.db" "$tmp/corpus.jsonl"
	row "$size" "kg build --db (graph)" "$tmp/run/g/graph.json" \
		"$kg" build -q --db "$tmp/run/add.db" -o "$tmp/run/g" --top 200
	row "$size" "kg build (graph.json)" "$tmp/run/b3/graph.json" \
		"$kg" build -q -o "$tmp/run/b3" --top 200 "$tmp/corpus.jsonl"
	row "$size" "kg build --evidence 0" "$tmp/run/b0/graph.json" \
		"$kg" build -q -o "$tmp/run/b0" --evidence 0 --top 200 "$tmp/corpus.jsonl"
	if [ $first = 1 ] && /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
		row "$size" "kg-dask --local 2" "$tmp/run/dask.db" \
			"$src/scripts/kg-dask" --local 2 -q --kg "$kg" --db "$tmp/run/dask.db" "$tmp/corpus.jsonl"
	fi
	first=0
done
