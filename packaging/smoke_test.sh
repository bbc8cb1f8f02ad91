#!/usr/bin/env bash
# Smoke test of the installed Debian package (run by `scripts/kilowatch.sh test` after
# `apt-get install ./kilowatch_*.deb`):
#   - both executables are on PATH and print the package's version (kilowatch without a display);
#   - the installed desktop file, AppStream metadata and man pages are valid;
#   - kilowatch-cli works on a fresh database (the SQLite driver plugin is there);
#   - the installed window starts under Xvfb on a temporary database, draws the demo meter's
#     chart (screenshot kept in ARTIFACTS), stays up, hands a second start over to itself, and
#     exits 0 on SIGTERM.
# usage: packaging/smoke_test.sh ARTIFACTS_DIR
set -euo pipefail
artifacts="$(mkdir -p "${1:-.}" && cd "${1:-.}" && pwd)"
work="$(mktemp -d)"
window=""
cleanup() {
    [ -n "$window" ] && kill -KILL "$window" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "package smoke test FAILED: $*" >&2
    for f in "$work"/*.out "$work"/data/Kilowatch/kilowatch.log; do
        [ -f "$f" ] && { echo "--- $f" >&2; tail -n 30 "$f" >&2; }
    done
    exit 1
}

version="$(dpkg-query -W -f='${Version}' kilowatch)" || fail "the kilowatch package is not installed"
[ "$(command -v kilowatch)" = /usr/bin/kilowatch ] || fail "kilowatch is not /usr/bin/kilowatch"
[ "$(kilowatch-cli --version)" = "kilowatch-cli $version" ] || fail "kilowatch-cli --version"
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY kilowatch --version)" = "Kilowatch $version" ] || fail "kilowatch --version"
desktop-file-validate /usr/share/applications/io.kilowatch.Kilowatch.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/io.kilowatch.Kilowatch.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"
for page in kilowatch kilowatch-cli; do
    [ "$(man -w "$page" 2>/dev/null)" = "/usr/share/man/man1/$page.1.gz" ] || fail "man $page is not installed"
done

export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
export XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

kilowatch-cli --database "$work/cli.sqlite" meter add --name smoke --provider simulator >/dev/null \
    || fail "kilowatch-cli meter add"
kilowatch-cli --database "$work/cli.sqlite" poll --once >/dev/null || fail "kilowatch-cli poll --once"
kilowatch-cli --database "$work/cli.sqlite" --json readings --meter smoke | grep -c '"balance"' >/dev/null \
    || fail "kilowatch-cli readings"

cat >"$work/window.sh" <<'SCRIPT'
set -euo pipefail
work="$1"
kilowatch --database "$work/gui.sqlite" >"$work/window.out" 2>&1 &
echo $! >"$work/window.pid"
# Up when it listens for other starts; the demo history fills in a few seconds.
for _ in $(seq 300); do
    grep -qs "single instance: listening" "$XDG_DATA_HOME/Kilowatch/kilowatch.log" && break
    sleep 0.1
done
sleep 6
import -window root "$work/installed-window.png"
timeout 30 kilowatch --database "$work/gui.sqlite" >"$work/second.out" 2>&1
pid="$(cat "$work/window.pid")"
kill -0 "$pid" || { echo "the window died" >&2; exit 1; }
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
echo "$rc" >"$work/window.rc"
SCRIPT
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/window.sh" "$work" || fail "the window script failed"
window="$(cat "$work/window.pid")"
[ "$(cat "$work/window.rc")" = 0 ] || fail "the window exited with $(cat "$work/window.rc") on SIGTERM"
window=""
cp "$work/installed-window.png" "$artifacts/installed-window.png"
grep -q "already running" "$work/second.out" || fail "a second start did not hand over"
grep -q "another start asked to show the window" "$XDG_DATA_HOME/Kilowatch/kilowatch.log" \
    || fail "the window did not hear the second start"
if grep -Eiq "could not (load|find)|driver not loaded|cannot load|failed to load" "$work/window.out"; then
    fail "the window reported a missing plugin"
fi
colours="$(convert "$work/installed-window.png" -format '%k' info:)"
[ "$colours" -gt 100 ] || fail "the screenshot has $colours colours: nothing was drawn"
# The default view is the balance chart: its balance line in the charts' blue (#2e7dd2) and
# the forecast in purple (#6a1b9a), as tst_balancechart checks in the build tree.
pixels() {
    convert "$work/installed-window.png" -fuzz 10% -fill black +opaque "$1" -fill white -opaque "$1" \
        -colorspace gray -format '%[fx:round(mean*w*h)]' info:
}
blue="$(pixels '#2e7dd2')"
purple="$(pixels '#6a1b9a')"
[ "$blue" -gt 1500 ] || fail "the balance chart's line was not drawn ($blue chart pixels)"
[ "$purple" -gt 200 ] || fail "the balance forecast was not drawn ($purple forecast pixels)"

# The installed window and CLI in Bengali and Hindi: the catalogues are inside the executables.
for lang in bn hi; do
    case "$lang" in bn) script='[\x{0980}-\x{09FF}]' ;; hi) script='[\x{0900}-\x{097F}]' ;; esac
    # Captured first: with pipefail, grep -q leaving early would fail the pipe with SIGPIPE.
    help_text="$(kilowatch-cli --lang "$lang" --help)"
    grep -Pq "$script" <<<"$help_text" || fail "kilowatch-cli --lang $lang is not translated"
    cat >"$work/lang.sh" <<'SCRIPT'
set -euo pipefail
work="$1" lang="$2"
kilowatch --lang "$lang" --database "$work/gui.sqlite" >"$work/window-$lang.out" 2>&1 &
pid=$!
for _ in $(seq 300); do
    [ "$(grep -cs "single instance: listening" "$XDG_DATA_HOME/Kilowatch/kilowatch.log")" -ge "$3" ] && break
    sleep 0.1
done
sleep 3
import -window root "$work/installed-window-$lang.png"
kill -TERM "$pid"
wait "$pid"
SCRIPT
    starts=$(( $(grep -cs "single instance: listening" "$XDG_DATA_HOME/Kilowatch/kilowatch.log") + 1 ))
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/lang.sh" "$work" "$lang" "$starts" \
        || fail "the window in $lang failed"
    cp "$work/installed-window-$lang.png" "$artifacts/installed-window-$lang.png"
    [ "$(convert "$work/installed-window-$lang.png" -format '%k' info:)" -gt 100 ] || fail "nothing drawn in $lang"
done
echo "package smoke test: kilowatch $version installed, validated, drew $blue chart pixels ($colours colours); bn and hi windows drawn"
