#!/usr/bin/env bash
# Static checks: the formatting of every tracked .cpp/.h (clang-format --dry-run -Werror with
# the project's .clang-format), clang-tidy over core/ and ui/ (the checks in .clang-tidy, on
# build-ci's compile_commands.json) and cppcheck over core/ (warning, performance,
# portability; Qt's library config). Any finding fails. Installs the Debian packages
# clang-format, clang-tidy and cppcheck if missing; configures build-ci if it is not there and
# generates ui's moc/uic headers (kilowatch_ui_autogen), which clang-tidy needs to parse ui/.
# Two jobs each, for a 2-core machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

missing=()
for p in clang-format clang-tidy cppcheck; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "static-checks: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -f build-ci/compile_commands.json ] || cmake --preset ci >/dev/null
cmake --build build-ci --target kilowatch_ui_autogen >/dev/null

status=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "static-checks: clang-format over every tracked .cpp and .h"
git ls-files -z -- '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror || status=1

echo "static-checks: clang-tidy over core/ and ui/"
# -quiet still prints each command and clang's "N warnings generated" (Qt's headers, not
# shown); the findings are what is left.
if ! run-clang-tidy -p build-ci -j 2 -quiet "^$here/(core|ui)/" >"$log" 2>&1; then
    status=1
fi
grep -vE '^(clang-tidy|run-clang-tidy|Suppressed [0-9]+ warnings|Use -header-filter|[0-9]+ warnings? generated|Running clang-tidy)' "$log" || true
grep -qE '(warning|error): ' "$log" && status=1

echo "static-checks: cppcheck over core/"
cppcheck --enable=warning,performance,portability --library=qt --inline-suppr --std=c++17 \
    --language=c++ -I core -I build-ci/core -j 2 -q --error-exitcode=1 core/ || status=1

if [ "$status" -eq 0 ]; then
    echo "static-checks: no findings"
else
    echo "static-checks: findings above" >&2
fi
exit "$status"
