#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang-14, ASan + UBSan) and runs each for
# SECONDS (default 60) on the corpus in tests/fuzz/corpus/<target>, writing what it finds into
# a scratch folder, never into the repository. Fails when a target crashes, hangs, leaks or
# trips a sanitizer, naming the input that did it; add that input to the corpus as
# corpus/<target>/regression-<what> once the bug is fixed, and the replay test keeps it.
#   tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(elnet dpdc desco ingufupay json csvreader csvimporter settings)

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

dictionary() {
    case "$1" in
    csvreader | csvimporter) echo "$here/dict/csv.dict" ;;
    settings) echo "$here/dict/ini.dict" ;;
    *) echo "$here/dict/json.dict" ;;
    esac
}

# Seconds one input may take. An import whose rows lie years apart writes an hour rollup for
# every hour between them (a minute or more under ASan for decades): slow, not stuck.
input_timeout() {
    case "$1" in
    csvimporter) echo 300 ;;
    *) echo 10 ;;
    esac
}

scratch="${KILOWATCH_FUZZ_SCRATCH:-$(mktemp -d "${TMPDIR:-/tmp}/kilowatch-fuzz.XXXXXX")}"
failed=()
for target in "${targets[@]}"; do
    binary="$root/build-fuzz/tests/fuzz/fuzz_$target"
    work="$scratch/$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    echo "fuzz: $target for ${seconds}s"
    # New inputs go to the first folder (scratch); the repo's corpus is only read.
    if (cd "$work" && ASAN_OPTIONS=detect_leaks=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="$(input_timeout "$target")" -max_len=8192 \
            -print_final_stats=1 -dict="$(dictionary "$target")" \
            -artifact_prefix="$work/artifacts/" "$work/corpus" "$here/corpus/$target" \
            >"$work/log.txt" 2>&1); then
        { grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$work/log.txt" || true; } | sed "s/^/  /"
    else
        failed+=("$target")
        { grep -E "ERROR|runtime error|fuzz invariant|CsvReader:|AppSettings:|CsvImporter:" "$work/log.txt" || true; } |
            head -5 | sed "s/^/  /"
        for input in "$work"/artifacts/*; do
            [ -e "$input" ] && echo "  crashing input: $input"
        done
        echo "  log: $work/log.txt"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs and logs under $scratch)" >&2
    exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds}s each without a finding"
