#!/usr/bin/env bash
# Builds the erp-server and erp-client Debian packages, installs them on this
# machine with apt-get, starts the installed server as its system user on the
# embedded PostgreSQL default (systemd when it runs, otherwise the unit's own
# command line), creates an organisation beside it and signs in over HTTPS,
# starts the installed client offscreen, then purges both packages and checks
# that only the documented data directory (and its user) is left.
#
#   installer/test-debian-packages.sh [build-dir]        (as root)
#
# ERP_PACKAGE_COMPONENTS=server skips the client (a build without it).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-package}
components=${ERP_PACKAGE_COMPONENTS:-server;client}
[[ $(id -u) -eq 0 ]] || { echo "run as root (installs packages)"; exit 2; }

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "build and package ($build)"
if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DERP_BUILD_TESTS=OFF >/dev/null
fi
targets=(erp-server)
[[ $components == *client* ]] && targets+=(erp-client)
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"
rm -f "$build"/erp-server_*.deb "$build"/erp-client_*.deb
(cd "$build" && cpack -G DEB -D "CPACK_COMPONENTS_ALL=$components" >/dev/null)
debs=("$build"/erp-server_*.deb)
[[ $components == *client* ]] && debs+=("$build"/erp-client_*.deb)
ls -l "${debs[@]}"
for deb in "${debs[@]}"; do dpkg-deb --info "$deb" | sed -n '/Package:/p;/Depends:/p'; done
if command -v lintian >/dev/null; then
    step "lintian"
    lintian --fail-on error "${debs[@]}"
else
    echo "lintian is not installed: skipped"
fi

step "install"
export DEBIAN_FRONTEND=noninteractive
mapfile -t absolute < <(realpath "${debs[@]}")
apt-get install -y "${absolute[@]}" >/dev/null
getent passwd erp-server >/dev/null || fail "no erp-server system user"
[[ $(stat -c %a /var/lib/erp-server) == 700 ]] || fail "data directory is not 0700"
[[ $(stat -c %a:%G /etc/erp/server.conf) == 640:erp-server ]] || fail "server.conf is not root:erp-server 0640"
dpkg-query -W -f='${Conffiles}\n' erp-server | grep -q /etc/erp/server.conf || fail "server.conf is not a conffile"

step "start the installed server"
server_pid=""
if [[ -d /run/systemd/system ]]; then
    systemctl restart erp-server.service
else
    # The unit's ExecStart, as its user, with its umask.
    (umask 077; exec setpriv --reuid=erp-server --regid=erp-server --init-groups \
        /usr/bin/erp-server serve --config /etc/erp/server.conf) >/tmp/erp-server-package-test.log 2>&1 &
    server_pid=$!
    # A failed check must not leave the installed server running.
    trap 'kill -TERM "$server_pid" 2>/dev/null || true' EXIT
fi
cert=/var/lib/erp-server/server.crt
for _ in $(seq 1 120); do
    if [[ -f $cert ]] && curl -sf --cacert "$cert" https://localhost:8443/readyz >/dev/null; then break; fi
    sleep 1
done
curl -sf --cacert "$cert" https://localhost:8443/readyz >/dev/null || {
    [[ -n $server_pid ]] && cat /tmp/erp-server-package-test.log
    fail "installed server not ready"
}

step "create an organisation beside it and sign in over HTTPS"
echo "packaged and signed in" | setpriv --reuid=erp-server --regid=erp-server --init-groups \
    /usr/bin/erp-server create-tenant --config /etc/erp/server.conf --slug pkgtest --name "Package test" \
    --admin-email admin@pkgtest.example
login=$(curl -s --cacert "$cert" -H 'Content-Type: application/json' \
    -d '{"organisation":"pkgtest","email":"admin@pkgtest.example","password":"packaged and signed in"}' \
    https://localhost:8443/api/v1/auth/login)
grep -q '"access_token"' <<<"$login" || fail "sign-in failed: $login"
curl -sf --cacert "$cert" https://localhost:8443/readyz >/dev/null || fail "server not ready after create-tenant"

if [[ $components == *client* ]]; then
    step "installed client, offscreen"
    # Without a configured server it opens the sign-in dialog and waits there:
    # still running after 10 s means it got that far (no missing plugin or library).
    set +e
    QT_QPA_PLATFORM=offscreen HOME=$(mktemp -d) timeout 10 /usr/bin/erp-client >/tmp/erp-client-package-test.log 2>&1
    rc=$?
    set -e
    [[ $rc -eq 124 ]] || fail "the client exited ($rc): $(cat /tmp/erp-client-package-test.log)"
    test -f /usr/share/applications/erp-client.desktop || fail "no desktop file"
    # The desktop entry's Icon= names the installed application icon.
    icon=$(sed -n 's/^Icon=//p' /usr/share/applications/erp-client.desktop)
    test -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" || fail "no icon $icon.svg for the desktop entry"
fi

step "stop and purge"
if [[ -n $server_pid ]]; then
    kill -TERM "$server_pid"
    wait "$server_pid" || fail "server did not exit 0 on SIGTERM"
    trap - EXIT
fi
packages=(erp-server)
[[ $components == *client* ]] && packages+=(erp-client)
apt-get purge -y "${packages[@]}" >/dev/null
for path in /usr/bin/erp-server /usr/bin/erp-client /etc/erp /usr/lib/systemd/system/erp-server.service \
            /lib/systemd/system/erp-server.service /usr/share/applications/erp-client.desktop \
            /usr/share/doc/erp-server; do
    [[ ! -e $path ]] || fail "$path left after purge"
done
[[ -d /var/lib/erp-server ]] || fail "the data directory must be kept on purge"
pgrep -u erp-server >/dev/null && fail "processes of erp-server left running"
echo
echo "OK: packages built, installed, served HTTPS, purged (kept: /var/lib/erp-server and its user erp-server)"
