#!/usr/bin/env bash
# Runs the already built suite N times in a row the way CI runs it (the
# ASan/UBSan transport tests, then the main suite with one job per core) and
# prints one line per run, to catch tests that fail by chance. Build first
# (tests/run.sh, or its cmake steps); this script only runs tests. Keeps the
# log of every run under <build>/soak/ and core files of crashing tests
# beside their binaries.
#
#   tests/soak.sh [runs=20]
#
# ERP_TEST_BUILD_DIR (build-tests) and ERP_ASAN_BUILD_DIR (build-asan) name
# the trees; a missing ASan tree is skipped. Exit status: the number of runs
# that failed (0 = all green).
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
jobs=${ERP_JOBS:-$(nproc)}
build=${ERP_TEST_BUILD_DIR:-build-tests}
asan=${ERP_ASAN_BUILD_DIR:-build-asan}
logs=$build/soak
mkdir -p "$logs"
ulimit -c unlimited 2>/dev/null || true
failed=0
for i in $(seq 1 "$runs"); do
    start=$(date +%s)
    asan_status=skipped
    if [[ -d $asan ]]; then
        ASAN_OPTIONS=detect_leaks=1 ctest --test-dir "$asan" --output-on-failure \
            -R 'tst_httpserver|tst_requestparser|tst_router' >"$logs/asan-$i.log" 2>&1
        asan_status=$?
    fi
    ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 600 -LE fuzz >"$logs/main-$i.log" 2>&1
    main_status=$?
    summary=$(grep -h 'tests passed' "$logs/main-$i.log")
    echo "run $i/$runs: asan=$asan_status main=$main_status $((($(date +%s) - start))) s; $summary"
    if [[ $asan_status != 0 && $asan_status != skipped || $main_status != 0 ]]; then
        failed=$((failed + 1))
        grep -h -A3 'tests FAILED' "$logs/asan-$i.log" "$logs/main-$i.log" 2>/dev/null | grep -v '^--$'
    fi
done
echo "$((runs - failed)) of $runs runs green (logs: $logs)"
exit "$failed"
