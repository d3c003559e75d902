#!/bin/bash
# Cross-compiles the Windows check of the managed client configuration
# (client/core/AdminOnlyAcl.cpp) with MinGW-w64 together with
# acl_check_test.cpp, and runs it under Wine (or prints how to run it on
# Windows). Not part of CI: the packages are large (docs/testing.md).
#
#   tests/windows/run-acl-check.sh [output-dir]     default: build-windows-acl
#
# Needs (Debian): g++-mingw-w64-x86-64-posix (or -win32) and wine wine64.
# Exit status: 0 all checks passed, 1 a check failed, 2 tools missing.
# Lines starting with "NOT VERIFIABLE" name what this platform could not
# arrange (under Wine: an Administrators-owned file, conditional and object
# ACEs); run the same .exe on Windows, elevated, to cover them.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-windows-acl}
mkdir -p "$out"
out=$(cd "$out" && pwd)

compiler=""
for c in x86_64-w64-mingw32-g++-posix x86_64-w64-mingw32-g++-win32 x86_64-w64-mingw32-g++; do
    if command -v "$c" >/dev/null; then compiler=$c; break; fi
done
if [ -z "$compiler" ]; then
    echo "run-acl-check: no MinGW-w64 C++ compiler (apt-get install g++-mingw-w64-x86-64-posix)" >&2
    exit 2
fi

exe=$out/acl_check_test.exe
echo "== compiling with $compiler"
"$compiler" -std=c++17 -Wall -Wextra -Werror -O1 -municode -static -I"$root" \
    "$here/acl_check_test.cpp" "$root/client/core/AdminOnlyAcl.cpp" -ladvapi32 -o "$exe"

wine=""
for w in wine wine64; do
    if command -v "$w" >/dev/null; then wine=$w; break; fi
done
if [ -z "$wine" ]; then
    echo "run-acl-check: built $exe; no Wine here (apt-get install wine wine64)."
    echo "On Windows, in an elevated prompt: acl_check_test.exe %TEMP%\\erp-acl-check"
    exit 2
fi

# A private Wine prefix, kept in the output folder so later runs start fast.
export WINEPREFIX=$out/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "== creating the Wine prefix (first run only)"
    "$wine" wineboot -i >/dev/null 2>&1 || true
fi
scratch=$(mktemp -d "$out/scratch.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
echo "== running under $("$wine" --version 2>/dev/null || echo Wine)"
status=0
"$wine" "$exe" "$(winepath -w "$scratch" 2>/dev/null || echo "Z:${scratch//\//\\}")" | tr -d '\r' | tee "$out/acl-check.log" \
    || status=$?
# Wine's exit code is the program's.
grep -q '^SUMMARY .* 0 failed' "$out/acl-check.log" || status=1
exit $status
