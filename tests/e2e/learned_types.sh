#!/bin/bash
# learned_types.sh: where the learned tagger of models/ and the rules disagree on a name's type, the
# rules' cues win: a name right after an ambassador's posting ("Ambassador to Tanzania Li Wenhao", which
# the model reads as part of the place) and a name with an office in apposition ("Henrik Lund, chief
# executive of ...") are people. Invented names; the models are the committed ones.
# Usage: learned_types.sh KG_BINARY SOURCE_DIR [SHARED_DIR]
set -euo pipefail
kg=$1
. "$(dirname "$0")/common.bash"
cat >"$tmp/a.txt" <<'TXT'
Transport Minister Ivo Stask on Friday held talks with Omar Vessad, chairman of Kolvar Group.

The meeting was also attended by Chinese Ambassador to Tanzania Li Wenhao.

Henrik Lund, chief executive of Nordvik Shipping, visited Mombasa on Monday.
TXT
"$kg" extract -q --documents "$tmp/a.txt" >"$tmp/out" || fail "kg extract exited $?"
grep -q '"entity":"Li Wenhao".*"type":"PERSON"' "$tmp/out" || fail "Li Wenhao is not a person"
grep -q '"entity":"Henrik Lund".*"type":"PERSON"' "$tmp/out" || fail "Henrik Lund is not a person"
grep -q '"object":"Li Wenhao".*"predicate":"meet"\|"predicate":"meet".*"subject":"Li Wenhao"' "$tmp/out" ||
	fail "Li Wenhao meets no one"
