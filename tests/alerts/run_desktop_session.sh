#!/usr/bin/env bash
# Runs a test on a real desktop of its own: a private D-Bus session, an X server (Xvfb), a
# system tray host (trayer) and a real notification daemon (dunst), with dbus-monitor writing
# every org.freedesktop.Notifications call to $KILOWATCH_DBUS_LOG for the test to read.
# Everything started here is stopped by its process id when the test ends.
set -euo pipefail
for tool in dbus-run-session dbus-monitor dbus-send Xvfb trayer dunst; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is needed (Debian packages dbus, xvfb, trayer, dunst)" >&2
        exit 1
    fi
done
exec dbus-run-session -- bash -c '
    set -euo pipefail
    work="$(mktemp -d)"
    pids=()
    cleanup() {
        for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
        wait 2>/dev/null || true
        rm -rf "$work"
    }
    trap cleanup EXIT
    export HOME="$work/home"
    mkdir -p "$HOME"
    # A free display number, told by the server itself.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    pids+=($!)
    for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(head -n1 "$work/display")"
    export KILOWATCH_DBUS_LOG="$work/notifications.log"
    dbus-monitor --session "interface=org.freedesktop.Notifications" >"$KILOWATCH_DBUS_LOG" 2>&1 &
    pids+=($!)
    trayer --edge top --align right --widthtype request --height 32 --SetDockType true \
        --transparent false --tint 0xdddddd >"$work/trayer.log" 2>&1 &
    pids+=($!)
    dunst >"$work/dunst.log" 2>&1 &
    pids+=($!)
    # Wait until dunst owns the notification service (at most 20 s).
    for _ in $(seq 1 200); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
    sleep 0.5 # trayer maps its window
    status=0
    "$@" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "--- notifications seen on the bus:"; cat "$KILOWATCH_DBUS_LOG" || true
        echo "--- dunst:"; cat "$work/dunst.log" || true
    fi
    exit "$status"
' kilowatch-desktop "$@"
