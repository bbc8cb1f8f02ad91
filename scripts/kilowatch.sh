#!/usr/bin/env bash
# Kilowatch set-up helper: installs what is missing (Debian 12 packages), builds, and then
#   run   [kilowatch options]  opens the window (the demo meter on first start)
#   test                       runs the whole test suite through ctest
#   build                      only builds
# Each command is complete by itself on a fresh Debian 12 machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

build_packages=(
    cmake ninja-build g++ pkg-config tzdata fonts-dejavu-core
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite qt6-httpserver-dev
    qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev libgl1-mesa-dev
)
# Real X server, session bus, keychain and notification daemon for the GUI and system tests.
test_packages=(xvfb xauth python3 openssl dbus dbus-x11 gnome-keyring dunst libnotify-bin locales trayer)

install_missing() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "kilowatch: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    local preset="$1"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing "${build_packages[@]}"
    build default
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "kilowatch: no display found; run this from a desktop session (or under xvfb-run)." >&2
        exit 1
    fi
    exec "$here/build/app/kilowatch" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build ci
    ctest --preset ci
    ;;
build)
    install_missing "${build_packages[@]}"
    build default
    ;;
*)
    echo "usage: scripts/kilowatch.sh run [--database FILE] | test | build" >&2
    exit 2
    ;;
esac
