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
echo "cli end to end: ok"
