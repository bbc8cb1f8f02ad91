#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real, unlocked GNOME Keyring (Secret
# Service), in a throw-away HOME: the real keychain path QtKeychain takes on Linux desktops.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "dbus-run-session and gnome-keyring-daemon are needed (packages dbus, gnome-keyring)" >&2
    exit 1
fi
exec dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME="$(mktemp -d)"
    mkdir -p "$HOME/.local/share/keyrings"
    # An empty password or no --unlock makes the daemon want to prompt; give it both.
    eval "$(printf "kilowatch-test-keyring" | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    trap "rm -rf \"$HOME\"" EXIT
    # The daemon registers on the bus after it forks; until it does, a request would make D-Bus
    # start a second, locked keyring that wants to prompt. Wait for the name (at most 20 s).
    for _ in $(seq 1 200); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
    "$@"
' kilowatch-keyring "$@"
