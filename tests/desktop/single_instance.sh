#!/usr/bin/env bash
# The real kilowatch, started twice on one database (run under xvfb-run):
#   - the second start hands over to the first (which logs the request) and exits 0 at once;
#   - another database gets its own window;
#   - after the first is SIGKILLed, the next start cleans up the stale socket and is the primary;
#   - SIGTERM quits with exit code 0.
# usage: single_instance.sh PATH/TO/kilowatch
set -euo pipefail
kilowatch="$1"
work="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
# No session bus: the keychain answers "not available" instead of autolaunching a bus.
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus"
export QT_LOGGING_RULES="kilowatch.*.info=true"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
db="$work/meters.sqlite"
log="$XDG_DATA_HOME/Kilowatch/kilowatch.log"

fail() {
    echo "FAIL: $*" >&2
    for f in "$work"/*.out "$log"; do [ -f "$f" ] && { echo "--- $f" >&2; tail -n 20 "$f" >&2; }; done
    exit 1
}
# count_in FILE TEXT: how many lines of FILE contain TEXT
count_in() { [ -f "$1" ] && grep -cF -- "$2" "$1" || echo 0; }
# wait_for FILE TEXT COUNT: until TEXT appears COUNT times in FILE (30 s at most)
wait_for() {
    local i
    for i in $(seq 300); do
        [ "$(count_in "$1" "$2")" -ge "$3" ] && return 0
        sleep 0.1
    done
    fail "\"$2\" did not appear $3 time(s) in $1"
}

"$kilowatch" --database "$db" >"$work/first.out" 2>&1 &
first=$!
pids+=("$first")
wait_for "$log" "single instance: listening on" 1
[ "$(stat -c %a "$log")" = 600 ] || fail "the log file is not 0600"

start=$(date +%s%N)
timeout 30 "$kilowatch" --database "$db" >"$work/second.out" 2>&1 || fail "the second start exited with $?"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q "already running" "$work/second.out" || fail "the second start did not say it handed over"
wait_for "$log" "another start asked to show the window" 1
kill -0 "$first" 2>/dev/null || fail "the first instance died"
echo "second start handed over in ${elapsed_ms} ms"

# Another database is another instance, with its own window.
XDG_DATA_HOME="$work/data-other" "$kilowatch" --database "$work/other.sqlite" >"$work/other.out" 2>&1 &
other=$!
pids+=("$other")
wait_for "$work/data-other/Kilowatch/kilowatch.log" "single instance: listening on" 1
kill -0 "$other" 2>/dev/null || fail "the instance on another database died"
kill -TERM "$other"
rc=0
wait "$other" || rc=$?
[ "$rc" -eq 0 ] || fail "SIGTERM gave exit code $rc"

# A crash leaves the socket file and the lock behind; the next start is not fooled by them.
kill -KILL "$first"
wait "$first" 2>/dev/null || true
ls "$XDG_RUNTIME_DIR"/kilowatch-*.socket >/dev/null || fail "expected the crashed instance's socket file"
"$kilowatch" --database "$db" >"$work/third.out" 2>&1 &
third=$!
pids+=("$third")
wait_for "$log" "single instance: removing the stale socket" 1
wait_for "$log" "single instance: listening on" 2
timeout 30 "$kilowatch" --database "$db" >"$work/fourth.out" 2>&1 || fail "the start after the crash exited with $?"
wait_for "$log" "another start asked to show the window" 2
kill -TERM "$third"
rc=0
wait "$third" || rc=$?
[ "$rc" -eq 0 ] || fail "SIGTERM gave exit code $rc"
grep -q "quitting on signal 15" "$log" || fail "the quit was not logged"

# SIGTERM at any moment of a first start (while the demo history is written) exits 0.
for delay in 0.2 0.5 0.9; do
    "$kilowatch" --database "$work/early-$delay.sqlite" >"$work/early.out" 2>&1 &
    early=$!
    pids+=("$early")
    sleep "$delay"
    kill -TERM "$early"
    rc=0
    wait "$early" || rc=$?
    [ "$rc" -eq 0 ] || fail "SIGTERM $delay s into a first start gave exit code $rc"
done
echo "single instance: ok"
