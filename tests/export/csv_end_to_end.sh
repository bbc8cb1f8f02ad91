#!/usr/bin/env bash
# CSV through the built kilowatch-cli: every kind parses as RFC 4180 (Python's csv module),
# a readings and recharges round trip gives identical files, and errors keep their exit codes.
set -euo pipefail
cli="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
a="$work/a.db"
b="$work/b.db"

"$cli" --database "$a" meter add --name "=home" --provider simulator --seed 11 >/dev/null
"$cli" --database "$a" simulate --meter "=home" --days 5 >/dev/null
for kind in readings usage daily monthly recharges sessions alerts; do
    "$cli" --database "$a" export --meter "=home" --what "$kind" --out "$work/$kind.csv"
done >/dev/null
python3 - "$work" <<'PY'
import csv, sys, os
work = sys.argv[1]
expected = {
    "readings": "meter,time,balance,grid_kwh,generator_kwh,load_kw,source",
    "usage": "meter,start,end,grid_kwh,generator_kwh,kwh,cost,estimated,gap",
    "daily": "meter,date,grid_kwh,generator_kwh,kwh,cost,recharged,closing_balance",
    "monthly": "meter,month,grid_kwh,generator_kwh,kwh,cost,recharged,days_with_data,avg_daily_cost",
    "recharges": "meter,time,amount,balance_after,origin,token",
    "sessions": "meter,source,start,end,duration_s,kwh,cost,avg_kw",
    "alerts": "meter,time,kind,message",
}
for kind, header in expected.items():
    raw = open(os.path.join(work, kind + ".csv"), "rb").read()
    assert raw.startswith(header.encode() + b"\r\n"), (kind, raw[:80])
    assert b"\n" not in raw.replace(b"\r\n", b""), kind  # CRLF only
    rows = list(csv.reader(raw.decode("utf-8").splitlines(True), strict=True))
    width = len(header.split(","))
    assert all(len(r) == width for r in rows), kind
    for r in rows[1:]:
        assert r[0] == "'=home", r[0]  # the meter's name is neutralised
    print(kind, len(rows) - 1, "rows")
PY

# Round trip into another database.
"$cli" --database "$b" meter add --name "=home" --provider manual --interval 30 --timezone Asia/Kolkata --currency INR >/dev/null
"$cli" --database "$b" import --meter "=home" --what readings --in "$work/readings.csv" >/dev/null
"$cli" --database "$b" import --meter "=home" --what recharges --in "$work/recharges.csv" >/dev/null
"$cli" --database "$b" export --meter "=home" --what readings --out - >"$work/readings2.csv"
"$cli" --database "$b" export --meter "=home" --what recharges --out - >"$work/recharges2.csv"
"$cli" --database "$b" export --meter "=home" --what daily --out - >"$work/daily2.csv"
cmp "$work/readings.csv" "$work/readings2.csv"
cmp "$work/recharges.csv" "$work/recharges2.csv"
cmp "$work/daily.csv" "$work/daily2.csv"

# Errors: a bad row stops the import (exit 1, line and column), a wrong option is exit 2.
printf 'meter,time,balance\r\nx,2025-01-01T00:00:00Z,abc\r\n' >"$work/bad.csv"
set +e
"$cli" --database "$b" import --meter "=home" --what readings --in "$work/bad.csv" >/dev/null 2>"$work/err"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q 'Line 2, column 3 (balance)' "$work/err" || { echo "bad row: rc=$rc $(cat "$work/err")"; exit 1; }
set +e
"$cli" --database "$b" export --meter "=home" --what everything --out - >/dev/null 2>&1; rc=$?
set -e
[ "$rc" -eq 2 ] || { echo "wrong --what gave $rc"; exit 1; }
# The database itself is never an export's target nor an import's source: exit 1, file intact.
sum_before=$(sha256sum "$b" | cut -d' ' -f1)
for target in "$b" "$b-wal"; do
    set +e
    "$cli" --database "$b" export --meter "=home" --what readings --out "$target" >/dev/null 2>"$work/err"; rc=$?
    set -e
    [ "$rc" -eq 1 ] && grep -q "Kilowatch's database" "$work/err" || { echo "export over $target: rc=$rc $(cat "$work/err")"; exit 1; }
done
set +e
"$cli" --database "$b" import --meter "=home" --what readings --in "$b" >/dev/null 2>"$work/err"; rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "not a CSV file" "$work/err" || { echo "import of the database: rc=$rc $(cat "$work/err")"; exit 1; }
[ "$(sha256sum "$b" | cut -d' ' -f1)" = "$sum_before" ] || { echo "the database changed"; exit 1; }
echo "csv end to end: ok"
