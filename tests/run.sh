#!/usr/bin/env bash
# Builds everything and runs the whole test suite (unit, server over TLS
# against a throwaway PostgreSQL cluster, client offscreen). Usable as root
# and as a normal user; the PostgreSQL cluster runs unprivileged either way.
#
#   tests/run.sh                 build in build-tests/ and run every test
#   tests/run.sh -R users        only tests whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ERP_TEST_BUILD_DIR:-build-tests}
jobs=${ERP_JOBS:-$(nproc)}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DERP_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"
# Tests share one PostgreSQL cluster but each uses its own database, so they
# may run in parallel.
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 600 "$@"
