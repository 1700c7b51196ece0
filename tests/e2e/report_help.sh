#!/bin/bash
# report_help.sh: the help a new user finds: kg --help lists every command with where to start, each
# command's --help ends with examples, the manual page doc/kg.1 has a section for every command and
# formats without a warning, and cmake --install puts it in share/man/man1.
# Usage: report_help.sh KG_BINARY SOURCE_DIR SHARED_DIR
set -euo pipefail
kg=$1 src=$2
. "$(dirname "$0")/common.bash"

"$kg" --help >"$tmp/help" || fail "kg --help exited $?"
grep -q "^Start here:" "$tmp/help" || fail "kg --help has no examples to start with"
commands=$(awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }' "$tmp/help")
[ -n "$commands" ] || fail "kg --help lists no command"
for c in $commands; do
	"$kg" "$c" --help >"$tmp/c" || fail "kg $c --help exited $?"
	grep -q "^Examples:" "$tmp/c" || fail "kg $c --help has no examples"
	grep -q "^usage: kg $c" "$tmp/c" || fail "kg $c --help has no usage line"
	grep -q "^\.SS kg $c\b" "$src/doc/kg.1" || fail "doc/kg.1 has no section for kg $c"
done
if command -v groff >/dev/null; then
	groff -man -Tutf8 -ww -z "$src/doc/kg.1" 2>"$tmp/warn" || fail "groff failed on doc/kg.1"
	[ ! -s "$tmp/warn" ] || fail "doc/kg.1: $(cat "$tmp/warn")"
fi
build=$(dirname "$kg")
if command -v cmake >/dev/null && [ -f "$build/cmake_install.cmake" ]; then
	cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || fail "cmake --install failed"
	[ -s "$tmp/prefix/share/man/man1/kg.1" ] || fail "cmake --install did not install the manual page"
	[ -x "$tmp/prefix/bin/kg" ] || fail "cmake --install did not install kg"
fi
echo "ok: $(echo "$commands" | wc -w) commands with help, examples and a manual section"
