#!/usr/bin/env bash
# Quit must quit (issue 13): the real kilowatch in a real tray (run by
# tests/alerts/run_desktop_session.sh: Xvfb, trayer, dunst, a private session bus). For SIGTERM,
# SIGINT and SIGHUP (what logout, `kill`, Ctrl+C and a closing terminal send), with the window
# shown and with it hidden to the tray, each on a fresh HOME and a database of its own:
#   - the process exits with code 0 within the issue's 2 s of the signal (the time is printed);
#   - its tray icon is gone from the tray;
#   - the database passes PRAGMA integrity_check and holds every reading stored before.
# usage: quit_signals.sh PATH/TO/kilowatch
set -euo pipefail
kilowatch="$1"
for tool in xwininfo python3; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (Debian packages x11-utils, python3)" >&2; exit 1; }
done
work="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    for f in "$case"/*.out "$case"/data/Kilowatch/kilowatch.log; do
        [ -f "$f" ] && { echo "--- $f" >&2; tail -n 15 "$f" >&2; }
    done
    exit 1
}

# The X windows of kilowatch: "main=viewable|unmapped|none tray=yes|no". The tray icon is the
# window embedded in trayer's panel; the main window a top-level window of its own.
x_state() {
    xwininfo -root -tree | python3 -c '
import re, subprocess, sys
main, tray, panel_indent = "none", "no", None
for line in sys.stdin:
    indent = len(line) - len(line.lstrip())
    if "(\"panel\" \"trayer\")" in line:
        panel_indent = indent
        continue
    if panel_indent is not None and indent <= panel_indent:
        panel_indent = None
    if "(\"kilowatch\" \"Kilowatch\")" not in line:
        continue
    if panel_indent is not None:
        tray = "yes"
        continue
    size = re.search(r"(\d+)x(\d+)", line.split(")")[-1])
    if size and int(size.group(1)) > 200:
        wid = line.split()[0]
        info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True).stdout
        main = "viewable" if "IsViewable" in info else "unmapped"
print(f"main={main} tray={tray}")
'
}

# readings DB: the number of readings; integrity DB: PRAGMA integrity_check's answer.
db_query() {
    python3 - "$1" "$2" <<'PY'
import sqlite3, sys
what, path = sys.argv[1], sys.argv[2]
con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
if what == "readings":
    print(con.execute("SELECT COUNT(*) FROM readings").fetchone()[0])
else:
    print(con.execute("PRAGMA integrity_check").fetchone()[0])
PY
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

for signal in TERM INT HUP; do
    for window in shown hidden; do
        case="$work/$signal-$window"
        mkdir -p "$case/home" "$case/run"
        chmod 700 "$case/run"
        db="$case/meters.sqlite"
        minimised=false
        [ "$window" = hidden ] && minimised=true
        printf '[desktop]\nstart_minimised=%s\n' "$minimised" >"$case/settings.ini"
        HOME="$case/home" XDG_DATA_HOME="$case/data" XDG_CONFIG_HOME="$case/config" \
            XDG_CACHE_HOME="$case/cache" XDG_RUNTIME_DIR="$case/run" \
            QT_LOGGING_RULES="kilowatch.*.info=true" \
            "$kilowatch" --database "$db" --settings "$case/settings.ini" >"$case/kilowatch.out" 2>&1 &
        pid=$!
        pids+=("$pid")
        # Ready: the demo meter's 30 days are stored, the tray icon is up, the window as asked.
        want="main=viewable tray=yes"
        [ "$window" = hidden ] && want="main=unmapped tray=yes"
        ready=""
        for _ in $(seq 600); do
            kill -0 "$pid" 2>/dev/null || fail "kilowatch exited before it was ready"
            if [ -f "$db" ] && [ "$(db_query readings "$db" 2>/dev/null || echo 0)" -gt 80000 ] &&
                [ "$(x_state)" = "$want" ]; then
                ready=1
                break
            fi
            sleep 0.1
        done
        [ -n "$ready" ] || fail "not ready within 60 s ($(x_state), wanted $want)"
        before=$(db_query readings "$db")

        start=$(now_ms)
        kill "-$signal" "$pid"
        exited=""
        for _ in $(seq 500); do # gives up after some 10 s, to report what is left
            kill -0 "$pid" 2>/dev/null || { exited=1; break; }
            sleep 0.01
        done
        elapsed=$(($(now_ms) - start))
        if [ -z "$exited" ]; then
            state="$(x_state)"
            kill -KILL "$pid"
            wait "$pid" 2>/dev/null || true
            fail "SIG$signal, window $window: still running ${elapsed} ms after the signal ($state)"
        fi
        rc=0
        wait "$pid" || rc=$?
        echo "SIG$signal, window $window: exit code $rc after ${elapsed} ms"
        [ "$rc" -eq 0 ] || fail "SIG$signal, window $window: exit code $rc"
        [ "$elapsed" -le 2000 ] || fail "SIG$signal, window $window: exited ${elapsed} ms after the signal, over 2 s"
        state="$(x_state)"
        [ "$state" = "main=none tray=no" ] || fail "SIG$signal, window $window: windows left behind ($state)"
        [ "$(db_query integrity "$db")" = ok ] || fail "SIG$signal, window $window: integrity_check failed"
        after=$(db_query readings "$db")
        [ "$after" -ge "$before" ] || fail "SIG$signal, window $window: $before readings before, $after after"
        grep -q "quitting on signal" "$case/data/Kilowatch/kilowatch.log" || fail "the quit was not logged"
    done
done
echo "quit on signals: ok"
