#!/usr/bin/env bash
# --version and --help of both executables work without any display, and --lang is accepted.
# usage: version_without_display.sh PATH/TO/kilowatch PATH/TO/kilowatch-cli VERSION
set -euo pipefail
kilowatch="$1"
cli="$2"
version="$3"
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb)

fail() { echo "FAIL: $*" >&2; exit 1; }

out="$("${nodisplay[@]}" "$kilowatch" --version)" || fail "kilowatch --version exited with $?"
[ "$out" = "Kilowatch $version" ] || fail "kilowatch --version printed '$out'"
out="$("${nodisplay[@]}" "$kilowatch" --lang bn --version)" || fail "kilowatch --lang bn --version failed"
[ "$out" = "Kilowatch $version" ] || fail "kilowatch --lang bn --version printed '$out'"
help="$("${nodisplay[@]}" "$kilowatch" --help)" || fail "kilowatch --help exited with $?"
for option in --database --lang --version --help; do
    grep -q -- "$option" <<<"$help" || fail "kilowatch --help does not list $option"
done

out="$("$cli" --version)" || fail "kilowatch-cli --version exited with $?"
[ "$out" = "kilowatch-cli $version" ] || fail "kilowatch-cli --version printed '$out'"
cli_help="$("$cli" --help)" || fail "kilowatch-cli --help failed"
# (Captured first: grep -q would close the pipe early and pipefail would see SIGPIPE.)
grep -q -- "--lang CODE" <<<"$cli_help" || fail "kilowatch-cli --help does not list --lang"
out="$("$cli" --lang=hi --version)" || fail "kilowatch-cli --lang=hi --version failed"
[ "$out" = "kilowatch-cli $version" ] || fail "kilowatch-cli --lang=hi printed '$out'"
rc=0
"$cli" --lang 2>/dev/null || rc=$?
[ "$rc" -eq 2 ] || fail "kilowatch-cli --lang without a code gave $rc, not 2"
echo "version and help without a display: ok"
