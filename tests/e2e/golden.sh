#!/bin/bash
# golden.sh: kg's outputs are the committed ones, byte for byte: graph.json, graph.dot, graph.graphml
# and kg extract --documents of examples/ against tests/golden/examples/, and of the development set
# (../shared/dev/news) against the SHA-256 sums of tests/golden/dev.sha256. A change that alters an
# output on purpose updates them with tests/golden/update (and says why); any other change must not.
# Usage: golden.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2 shared=${3:-}
. "$(dirname "$0")/common.bash"
. "$src/tests/golden/outputs.bash"

golden_outputs "$kg" "$src/examples" "$tmp/examples"
bad=0
for f in $GOLDEN_FILES; do
	if ! cmp -s "$src/tests/golden/examples/$f" "$tmp/examples/$f"; then
		echo "examples: $f differs from tests/golden/examples/$f:" >&2
		diff "$src/tests/golden/examples/$f" "$tmp/examples/$f" | head -20 >&2 || true
		bad=1
	fi
done
if [ -n "$shared" ] && [ -d "$shared/dev/news" ]; then
	golden_outputs "$kg" "$shared/dev/news" "$tmp/dev"
	(cd "$tmp/dev" && sha256sum --quiet -c "$src/tests/golden/dev.sha256") >&2 || {
		echo "development set: outputs differ from tests/golden/dev.sha256" >&2
		bad=1
	}
else
	echo "no development set under '$shared': only the examples compared" >&2
fi
[ "$bad" -eq 0 ] || fail "outputs changed; if on purpose: tests/golden/update build/kg, and say why in the commit"
echo ok
