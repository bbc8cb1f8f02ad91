#!/usr/bin/env bash
# The foundation issue's promise, through the built executable:
#   meter add && poll --once && --json readings prints at least one reading.
set -euo pipefail
cli="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/x.db"

"$cli" --database "$db" meter add --name m --provider simulator >/dev/null
"$cli" --database "$db" poll --once >/dev/null
out=$("$cli" --database "$db" --json readings --meter m)
echo "$out"
count=$(printf '%s' "$out" | python3 -c 'import json,sys; rows=json.load(sys.stdin); assert all(set(r)=={"meter","time","balance","grid_kwh","generator_kwh","load_kw","source"} for r in rows); print(len(rows))')
[ "$count" -ge 1 ] || { echo "no reading printed"; exit 1; }

# KILOWATCH_DATABASE is honoured when --database is absent.
KILOWATCH_DATABASE="$db" "$cli" --json meter list | grep -q '"name": "m"'

# Errors: a sentence on stderr and the documented exit codes.
set +e
"$cli" --database "$db" readings --meter nope 2>"$work/err"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q 'no meter named "nope"' "$work/err" || { echo "bad error: rc=$rc $(cat "$work/err")"; exit 1; }
set +e
"$cli" --database "$db" frobnicate 2>/dev/null; rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "usage error gave $rc"; exit 1; }

# The file is the user's alone.
[ "$(stat -c %a "$db")" = "600" ] || { echo "database mode $(stat -c %a "$db")"; exit 1; }


# No keychain reachable (no session bus): exit code 3, the plain sentence, nothing half-added.
set +e
printf 'token=abcdef123456\ninput_type=blob-blob-blob\n' |
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/kilowatch-no-bus DISPLAY= \
    "$cli" --database "$db" meter add --name flat --provider elnet --base-url http://127.0.0.1:9 --secret-stdin \
    >/dev/null 2>"$work/err"; rc=$?
set -e
[ "$rc" -eq 3 ] || { echo "no keychain gave exit code $rc: $(cat "$work/err")"; exit 1; }
grep -q "No OS keychain is reachable" "$work/err" || { echo "no keychain sentence: $(cat "$work/err")"; exit 1; }
if "$cli" --database "$db" --json meter list | grep -q '"flat"'; then echo "meter kept without credentials"; exit 1; fi
if grep -rq "abcdef123456" "$work"; then echo "a secret reached a file"; exit 1; fi
echo "no keychain: ok"
echo "cli end to end: ok"
