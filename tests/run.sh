#!/usr/bin/env bash
# Builds everything and runs the whole test suite: unit tests, the server over
# real TLS against a throwaway PostgreSQL cluster, the client offscreen, the
# HTTP transport again under AddressSanitizer/UBSan, and a short fuzz run of
# the request framing. Usable as root and as a normal user; the PostgreSQL
# cluster runs unprivileged either way.
#
#   tests/run.sh                 everything
#   tests/run.sh -R users        only the main suite's tests whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${ERP_JOBS:-$(nproc)}

if [[ $# -eq 0 ]]; then
    echo "== HTTP transport under AddressSanitizer + UBSan"
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DERP_SANITIZE=ON -DERP_BUILD_CLIENT=OFF >/dev/null
    cmake --build build-asan -j "$jobs" --target tst_httpserver tst_requestparser tst_router
    ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure -R 'tst_httpserver|tst_requestparser|tst_router'

    if command -v clang++ >/dev/null 2>&1; then
        echo "== Fuzzing the request framing (20 s)"
        CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DERP_BUILD_FUZZERS=ON -DERP_BUILD_CLIENT=OFF >/dev/null
        cmake --build build-fuzz -j "$jobs" --target fuzz_request_framing
        ctest --test-dir build-fuzz --output-on-failure -L fuzz
    fi
fi

echo "== Main suite"
build_dir=${ERP_TEST_BUILD_DIR:-build-tests}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DERP_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"
# Tests share one PostgreSQL cluster but each uses its own database, so they
# may run in parallel.
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 600 -LE fuzz "$@"
