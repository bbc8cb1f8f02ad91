#!/usr/bin/env bash
# SQL only with bound parameters, shown by behaviour: meters named like SQL injections, quotes,
# format strings and other scripts are stored, listed, polled, exported and removed exactly,
# and a provider whose strings are SQL (source, time) changes nothing but its own meter's
# health. The database stays whole (integrity_check, every table still there).
# usage: hostile_names.sh KILOWATCH_CLI
set -euo pipefail
cli="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export QT_LOGGING_RULES="kilowatch.*.info=false" LANG=C.UTF-8
db="$work/hostile.sqlite"
k() { "$cli" --database "$db" "$@"; }

names=(
    "x'); DROP TABLE readings; --"
    "\"; DELETE FROM meters; --"
    "Robert'); DROP TABLE meters;--"
    "%1 %n %s \\\\ \\\" ' \` \$(id)"
    "বাড়ির মিটার ⚡ घर"
    "a' OR '1'='1"
)
for name in "${names[@]}"; do
    k meter add --name "$name" --provider simulator >/dev/null || fail "meter add [$name]"
done
k poll --once >/dev/null || fail "poll --once"
listed="$(k --json meter list)"
python3 -c '
import json, sys
listed = {m["name"] for m in json.loads(sys.argv[1])}
wanted = set(sys.argv[2:])
missing = wanted - listed
assert not missing and len(listed) == len(wanted), (missing, listed)
' "$listed" "${names[@]}" || fail "meter list differs: $listed"
for name in "${names[@]}"; do
    [ "$(k --json readings --meter "$name" | grep -c '"balance"')" -ge 1 ] || fail "no reading for [$name]"
    k export --meter "$name" --what readings --out "$work/export.csv" >/dev/null || fail "export for [$name]"
    python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
assert len(rows) > 1 and all(sys.argv[2] in row for row in rows[1:]), rows[:2]
' "$work/export.csv" "$name" || fail "the export does not name [$name] exactly"
    k recharge add --meter "$name" --amount 100 >/dev/null || fail "recharge add for [$name]"
done

# A provider answering SQL in its strings.
python3 "$here/provider_server.py" unused unused "$work/count" >"$work/port" &
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
k meter add --name hostile-provider --provider json --currency INR --url "http://127.0.0.1:$(cat "$work/port")/hostile" \
    --balance-path data.balance --grid-kwh-path data.kwh --source-path data.source --source-grid-values grid --source-generator-values '*' --time-path data.time >/dev/null ||
    fail "meter add hostile-provider"
k poll --once --meter hostile-provider >"$work/poll.out" 2>&1 || true

k meter remove "${names[0]}" >/dev/null || fail "meter remove [${names[0]}]"
python3 - "$db" "${#names[@]}" <<'PY' || fail "the database was damaged"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
assert {"meters", "readings"} <= tables, tables
meters = db.execute("SELECT count(*) FROM meters").fetchone()[0]
assert meters == int(sys.argv[2]), meters  # six hostile names + the provider meter - the removed one
assert db.execute("SELECT count(*) FROM readings").fetchone()[0] > 0
PY
echo "hostile names: ${#names[@]} meters stored, listed, polled, exported and recharged exactly;" \
     "a provider answering SQL changed nothing; integrity ok"
