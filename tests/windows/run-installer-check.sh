#!/bin/bash
# Builds the client's Windows installer script with CPack and makensis
# (tests/windows/nsis-installer: cmake/WindowsPackaging.cmake with a stand-in
# for erp-client.exe, which cannot be built here) and runs the installer
# silently under Wine:
#   - a fresh install creates %ProgramData%\erp, runs
#     protect-managed-config.cmd and puts the example erp-client.ini there;
#   - a second install keeps the erp-client.ini IT has edited;
#   - when the folder cannot be made (a file is in its place) the installer
#     exits with 3 and copies nothing;
#   - uninstalling leaves IT's erp-client.ini in place.
# Wine's icacls.exe is a stub that changes nothing, so whether the folder
# really ends up admin-only is NOT checked here (see docs/testing.md).
#
#   tests/windows/run-installer-check.sh [output-dir]   default: build-windows-installer
#
# Needs: cmake, nsis, g++-mingw-w64-x86-64-posix, wine wine64. Not in CI.
# Exit status: 0 passed, 1 a check failed, 2 tools missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/build-windows-installer}
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in cmake cpack makensis wine wineserver x86_64-w64-mingw32-gcc; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-installer-check: $tool is missing (apt-get install cmake nsis g++-mingw-w64-x86-64-posix wine wine64)" >&2
        exit 2
    fi
done

failures=0
check() {  # check "what" command...
    local what=$1
    shift
    if "$@"; then echo "PASS $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

echo "== stand-in for erp-client.exe"
printf 'int main(void) { return 0; }\n' >"$out/standin.c"
x86_64-w64-mingw32-gcc -O1 -o "$out/standin.exe" "$out/standin.c"

echo "== cpack -G NSIS"
rm -rf "$out/cmake"
cmake -S "$here/nsis-installer" -B "$out/cmake" -DERP_STANDIN_EXE="$out/standin.exe" >"$out/cmake.log"
(cd "$out/cmake" && cpack -G NSIS >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
nsi=$out/cmake/_CPack_Packages/Linux/NSIS/project.nsi
# CPack builds NSIS's 32-bit installer, which needs a 32-bit Wine; build the
# same generated script as a 64-bit installer to run it under wine64.
makensis -V2 "-XTarget amd64-unicode" "$nsi" >"$out/makensis.log"
installer=$out/erp-client-setup.exe
cp "$(sed -n 's/^ *OutFile "\(.*\)"/\1/p' "$nsi")" "$installer"
file "$installer" | grep -q 'x86-64'
grep -q 'ErpProtectManagedConfig' "$nsi"
echo "PASS installer script with the managed-configuration step compiled (CPack template + installer/windows)"

export WINEPREFIX=$out/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "== creating the Wine prefix (first run only)"
    wine wineboot -i >/dev/null 2>&1 || true
fi
drive=$WINEPREFIX/drive_c
config=$drive/ProgramData/erp
installed=$drive/Program\ Files/ERP
uninstall() {
    if [ -f "$installed/Uninstall.exe" ]; then
        # The uninstaller copies itself to a temporary folder and returns at
        # once; wait until every Wine process has ended.
        wine "$installed/Uninstall.exe" /S >/dev/null 2>&1 || true
        wineserver -w
    fi
}
uninstall
rm -rf "$config" "$installed"

echo "== fresh install"
status=0
wine "$installer" /S >/dev/null 2>&1 || status=$?
check "fresh install exits 0 (got $status)" test "$status" = 0
check "client installed" test -f "$installed/bin/erp-client.exe"
check "protect-managed-config.cmd installed" test -f "$installed/bin/protect-managed-config.cmd"
check "%ProgramData%\\erp created" test -d "$config"
check "example erp-client.ini placed there" cmp -s "$config/erp-client.ini" "$root/installer/windows/erp-client.ini"

echo "== install again over IT's own file"
printf '[server.head-office]\r\nurl=https://erp.example.com\r\n' >"$config/erp-client.ini"
cp "$config/erp-client.ini" "$out/it-file.ini"
status=0
wine "$installer" /S >/dev/null 2>&1 || status=$?
check "second install exits 0 (got $status)" test "$status" = 0
check "IT's erp-client.ini kept" cmp -s "$config/erp-client.ini" "$out/it-file.ini"

echo "== uninstall"
uninstall
check "program removed" test ! -e "$installed/bin/erp-client.exe"
check "IT's erp-client.ini left in place" cmp -s "$config/erp-client.ini" "$out/it-file.ini"

echo "== the folder cannot be made (a file is in its way)"
rm -rf "$config"
printf 'not a folder' >"$config"
status=0
wine "$installer" /S >/dev/null 2>&1 || status=$?
check "installer exits 3 when the folder cannot be protected (got $status)" test "$status" = 3
check "client still installed" test -f "$installed/bin/erp-client.exe"
check "nothing copied" test "$(cat "$config")" = "not a folder"
uninstall
rm -f "$config"

echo "NOT VERIFIABLE the folder's owner and ACL after installation: Wine's icacls.exe and takeown are stubs or missing"
echo "SUMMARY $failures failed"
[ "$failures" = 0 ]
