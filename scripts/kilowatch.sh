#!/usr/bin/env bash
# Kilowatch set-up helper: installs what is missing (Debian 12 packages), builds, and then
#   run   [kilowatch options]  builds only the window (target kilowatch: core, ui and its
#                              translations) and opens it (the demo meter on first start)
#   test                       the package step, the whole test suite through ctest, again under
#                              the sanitizers (preset asan), then scripts/static-checks.sh
#   package                    builds the .deb and .tar.gz (cpack), installs the .deb with apt-get
#                              and smoke-tests the installed programs (packaging/smoke_test.sh)
#   build                      builds the two programs, kilowatch and kilowatch-cli, with their
#                              translations, into build/ (no tests, benchmarks or packages;
#                              `cmake --build --preset default` builds everything)
# Each command is complete by itself on a fresh Debian 12 machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

build_packages=(
    cmake ninja-build g++ pkg-config tzdata fonts-dejavu-core libsqlite3-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6sql6-sqlite qt6-httpserver-dev
    qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-svg-dev libgl1-mesa-dev
)
# Real X server, session bus, keychain and notification daemon for the GUI and system tests;
# Noto fonts for the Bengali and Hindi windows; x11-utils (xwininfo) to see the tray's icons.
test_packages=(xvfb xauth x11-utils python3 openssl dbus dbus-x11 gnome-keyring dunst libnotify-bin locales trayer fonts-noto-core)
# Packaging: dpkg-shlibdeps for the .deb's Depends, the desktop-file and AppStream validators,
# man for the man page checks, ImageMagick for the installed window's screenshot.
package_packages=(dpkg-dev desktop-file-utils appstream man-db imagemagick)
# Fuzzing: clang with libFuzzer and the sanitizer runtimes (tests/fuzz/run_fuzzers.sh).
fuzz_packages=(clang-14 libclang-rt-14-dev)
# The test run's compiler cache: a fresh clone rebuilds three trees (ci, asan, fuzz); ccache keeps
# the objects in ~/.cache/ccache, keyed on paths relative to the clone, so the next clone reuses them.
cache_packages=(ccache)

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

# build PRESET [TARGET...]: configure, then build the targets given (all of them without any).
build() {
    local preset="$1"
    shift
    cmake --preset "$preset" >/dev/null
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}

# The Debian package and the tarball from the CI build, the .deb installed as a user would
# (apt-get resolves its Depends), then the installed programs smoke-tested under Xvfb.
package() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    (cd "$here/build-ci" && rm -f kilowatch_*.deb kilowatch-*.tar.gz && cpack -G DEB >/dev/null && cpack -G TGZ >/dev/null)
    local deb
    deb="$(ls "$here"/build-ci/kilowatch_*.deb)"
    echo "kilowatch: built $(basename "$deb") and $(basename "$(ls "$here"/build-ci/kilowatch-*.tar.gz)")"
    (cd "$here/build-ci" && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --reinstall "./$(basename "$deb")" >/dev/null)
    bash "$here/packaging/smoke_test.sh" "$here/build-ci/test-artifacts"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing "${build_packages[@]}"
    build default kilowatch
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "kilowatch: no display found; run this from a desktop session (or under xvfb-run)." >&2
        exit 1
    fi
    exec "$here/build/app/kilowatch" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}" "${fuzz_packages[@]}" \
        "${cache_packages[@]}"
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
    build ci
    package
    ctest --preset ci
    # The suite again under ASan + UBSan, every fuzz target for a short while
    # (KILOWATCH_FUZZ_SECONDS each) on the repo's corpus, then clang-tidy and cppcheck over core/.
    build asan
    ctest --preset asan
    bash "$here/tests/fuzz/run_fuzzers.sh" "${KILOWATCH_FUZZ_SECONDS:-30}"
    bash "$here/scripts/static-checks.sh"
    ;;
package)
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${package_packages[@]}"
    build ci
    package
    ;;
build)
    install_missing "${build_packages[@]}"
    build default kilowatch kilowatch-cli
    ;;
*)
    echo "usage: scripts/kilowatch.sh run [--database FILE] | test | package | build" >&2
    exit 2
    ;;
esac
