# outputs.bash: the outputs tests/e2e/golden.sh compares and tests/golden/update writes (sourced).
# GOLDEN_FILES: what golden_outputs writes into its directory.
GOLDEN_FILES="graph.json graph.dot graph.graphml extract.jsonl"
# golden_outputs KG INPUT DIR: kg build INPUT's graph.json, graph.dot and graph.graphml (graph.svg
# depends on the fonts and kg.db on the clock, so they are left out) and kg extract --documents
# INPUT as extract.jsonl, into DIR. kg runs in INPUT's folder and is given its name alone, since the
# documents' "source" holds the path as given. Fails when kg does.
golden_outputs() {
	local kg input=$2 dir=$3 work
	kg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
	work=$(mktemp -d)
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	(cd "$(dirname "$input")" && "$kg" build -q "$(basename "$input")" -o "$work/out" &&
		"$kg" extract -q --documents "$(basename "$input")" >"$dir/extract.jsonl")
	cp "$work/out/graph.json" "$work/out/graph.dot" "$work/out/graph.graphml" "$dir/"
	rm -rf "$work"
}
