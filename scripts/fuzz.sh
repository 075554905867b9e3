#!/usr/bin/env bash
# Runs the libFuzzer targets one after another, FUZZ_SECONDS each (default 60),
# niced and one at a time, then prints a summary; fails if any target crashed,
# hung or tripped AddressSanitizer. What each target feeds: docs/robustness.md.
#
#   scripts/fuzz.sh [TARGET ...]      targets: parser edtf json csv timelinejs
#
# Kept across runs (ignored by git): the corpora in fuzz/corpus/TARGET, the
# logs in fuzz/logs, and crashing inputs in fuzz/artifacts/TARGET/ (replay one
# with the plain build: `swift run fuzz-TARGET FILE`).
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
[ $# -gt 0 ] || set -- parser edtf json csv timelinejs
targets=("$@")
swift="${SWIFT:-swift}"

max_len() { case "$1" in parser | edtf) echo 4096 ;; *) echo 65536 ;; esac; }

# The seeds come from exports made by the plain build of the tool.
nice -n 10 "$swift" build --product timeline >/dev/null || exit 1
nice -n 10 scripts/fuzz-seeds.sh "$("$swift" build --show-bin-path)/timeline" || exit 1
mkdir -p fuzz/logs

failed=0
summary=()
for target in "${targets[@]}"; do
    product="fuzz-$target"
    echo "== $product: building with -sanitize=fuzzer,address"
    # --sanitize fuzzer for SwiftPM's link step; the compiler flags carry both sanitizers
    # (SwiftPM keeps only the last of several --sanitize options).
    if ! nice -n 10 "$swift" build -c release --scratch-path .build-fuzz --product "$product" \
        --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING; then
        summary+=("$(printf '%-16s build failed' "$product")")
        failed=1
        continue
    fi
    mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
    log="fuzz/logs/$target.log"
    echo "== $product: ${seconds}s, log in $log"
    # Swift's own crash backtracer reads memory ASan guards: leave crash reports to ASan.
    SWIFT_BACKTRACE=enable=no nice -n 10 ".build-fuzz/release/$product" \
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len="$(max_len "$target")" -dict="fuzz/dict/$target.dict" \
        -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1 \
        "fuzz/corpus/$target" "fuzz/seeds/$target" >"$log" 2>&1
    status=$?
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$last")
    seeds=$(ls "fuzz/seeds/$target" | wc -l)
    if [ "$status" -eq 0 ]; then
        result=ok
    else
        result="FAILED (status $status): $(grep -m1 -E 'ERROR: |==ERROR|Fatal error|fuzz property failed' "$log")"
        failed=1
        tail -40 "$log"
    fi
    summary+=("$(printf '%-16s %5ss  seeds %-4s execs %-9s exec/s %-6s cov %-6s ft %-6s corpus %-5s %s' \
        "$product" "$seconds" "$seeds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "$result")")
done

echo
echo "== fuzz summary (FUZZ_SECONDS=$seconds)"
printf '%s\n' "${summary[@]}"
exit "$failed"
