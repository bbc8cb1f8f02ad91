#!/usr/bin/env bash
# The security promises after a full run, with the real executables (run inside
# run_with_keyring.sh: a private D-Bus session with an unlocked GNOME Keyring):
#   - two json meters whose requests carry a known bearer token and password (one server echoes
#     them back in its error body), added with --secret-stdin, polled by kilowatch-cli with debug
#     logging, by a kilowatch-cli killed with SIGSEGV and SIGABRT mid-run, and by the window;
#     every kind of CSV exported; then every file under HOME and every captured stdout/stderr is
#     searched for the secrets (as is, base64, URL-encoded, hex): none may contain them;
#   - the server saw the secrets (so the search is not vacuous);
#   - the database, its -wal/-shm and the log files are created 0600;
#   - no code path can turn TLS verification off.
# usage: secret_scan.sh KILOWATCH_CLI KILOWATCH SOURCE_DIR
set -euo pipefail
cli="$1" window="$2" source_dir="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
token="kw-secret-token-5b1f0c9e7a3d" password="kw-Pa55-word-77c2e41b"
outside="$(mktemp -d)"   # the server's side: not searched
out="$HOME/captured"     # what our programs printed: searched
mkdir -p "$out"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "${KEEP:-}" ] && cat "$out"/*.err >&2; rm -rf "$outside"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 "$here/provider_server.py" "$token" "$password" "$outside/count" >"$outside/port" &
server=$!
for _ in $(seq 100); do [ -s "$outside/port" ] && break; sleep 0.1; done
port="$(cat "$outside/port")"

export XDG_DATA_HOME="$HOME/data" XDG_CONFIG_HOME="$HOME/config" XDG_CACHE_HOME="$HOME/cache"
export QT_LOGGING_RULES="kilowatch.*.debug=true" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
db="$XDG_DATA_HOME/Kilowatch/kilowatch.sqlite"
umask 022   # a permissive umask: the 0600 files must not depend on the caller's
k() { "$cli" --database "$db" "$@"; }

for meter in ok echo; do
    printf 'token=%s\npassword=%s\n' "$token" "$password" |
        k meter add --name "$meter" --provider json --url "http://127.0.0.1:$port/$meter" --method POST \
            --header 'Authorization: Bearer ${secret:token}' --body '{"user":"me","password":"${secret:password}"}' \
            --balance-path data.balance --grid-kwh-path data.kwh --currency INR --interval 1 --secret-stdin \
            >>"$out/cli.out" 2>>"$out/cli.err" || fail "meter add $meter"
done
k poll --once >>"$out/cli.out" 2>>"$out/cli.err" || true
k poll --for 4 >>"$out/cli.out" 2>>"$out/cli.err" || true
k --json meter list >>"$out/cli.out" 2>>"$out/cli.err"
k --json readings --meter ok >>"$out/cli.out" 2>>"$out/cli.err"
k alerts --meter echo >>"$out/cli.out" 2>>"$out/cli.err" || true
for what in readings usage daily monthly recharges sessions alerts; do
    k export --meter ok --meter echo --what "$what" --out "$HOME/export-$what.csv" >>"$out/cli.out" 2>>"$out/cli.err" ||
        fail "export $what"
done
# Crash output: the process dies mid-poll; whatever it or the runtime prints is searched too.
for signal in SEGV ABRT; do
    k poll --for 30 >"$out/crash-$signal.out" 2>"$out/crash-$signal.err" &
    pid=$!
    sleep 2
    kill -"$signal" "$pid"
    wait "$pid" 2>>"$out/crash-$signal.err" || true
done
# The window polls the same meters and writes its log file.
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" env -u QT_QPA_PLATFORM bash -c \
        "'$window' --database '$db' >'$out/window.out' 2>&1 & pid=\$!; sleep 6; kill -TERM \$pid; wait \$pid" ||
        fail "the window did not run"
fi

sent="$(cat "$outside/count" 2>/dev/null || echo 0)"
[ "$sent" -ge 3 ] || fail "the server received the credentials only $sent times: the scan would prove nothing"
[ "$(k --json readings --meter ok | grep -c '"balance"')" -ge 2 ] || fail "the good meter stored no readings"

# Every form a secret might take on disk.
forms=()
for secret in "$token" "$password"; do
    forms+=("$secret" "$(printf %s "$secret" | base64)" "$(printf %s "$secret" | xxd -p 2>/dev/null || printf %s "$secret" | od -An -tx1 | tr -d ' \n')")
    forms+=("$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$secret")")
done
files=$(find "$HOME" -type f | wc -l)
for form in "${forms[@]}"; do
    if hits="$(grep -rlaF -- "$form" "$HOME")"; then
        fail "a secret ($form) is in: $hits"
    fi
done

# Owner-only files, whatever the umask.
for f in "$db" "$db-wal" "$db-shm" "$XDG_DATA_HOME"/Kilowatch/kilowatch.log*; do
    [ -e "$f" ] || continue
    mode="$(stat -c %a "$f")"
    [ "$mode" = 600 ] || fail "$f is mode $mode, not 600"
done
[ -e "$db" ] || fail "no database at $db"

# TLS verification: nothing in the sources can switch it off.
if grep -rnE 'VerifyNone|QueryPeer|ignoreSslErrors|setPeerVerifyMode' "$source_dir/core" "$source_dir/ui" "$source_dir/app"; then
    fail "TLS verification can be weakened (above)"
fi
echo "secret scan: $files files and every captured output free of the secrets in ${#forms[@]} forms;" \
     "the server saw them $sent times; database, WAL, SHM and logs 0600; no way to disable TLS verification"
