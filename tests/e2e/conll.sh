#!/bin/bash
# conll.sh: `kg ner --conll` keeps every input line, appends one IOB2 tag column, and scores span F1
# of at least 0.80 on a small hand-tagged CoNLL sample with the shared conll_score.py.
# Usage: conll.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2 shared=${3:-}
. "$(dirname "$0")/common.bash"
in="$src/tests/data/conll/sample.conll"
"$kg" ner --conll "$in" >"$tmp/pred" || fail "kg ner exited $?"
[ "$(wc -l <"$in")" -eq "$(wc -l <"$tmp/pred")" ] || fail "line count changed"
awk 'NF && $1 != "-DOCSTART-" && $NF !~ /^(O|[BI]-(PER|ORG|LOC))$/ { print "bad tag: " $0; bad = 1 } END { exit bad }' "$tmp/pred" ||
	fail "a tag is not IOB2 PER/ORG/LOC/O"
"$kg" ner --conll <"$in" | cmp -s - "$tmp/pred" || fail "stdin and file input differ"
if [ -z "$shared" ] || [ ! -f "$shared/eval/conll_score.py" ]; then
	echo "skipped scoring: no conll_score.py under '$shared'" >&2
	exit 0
fi
python3 "$shared/eval/conll_score.py" "$tmp/pred" --json | tee "$tmp/score"
python3 - "$tmp/score" <<'PY' || fail "span F1 below 0.80"
import json, sys
last = [l for l in open(sys.argv[1]) if l.startswith("{")][-1]
sys.exit(0 if json.loads(last)["f1"] >= 0.80 else 1)
PY
