#!/usr/bin/env bash
# Builds the erp-server and erp-client Debian packages, installs them on this
# machine with apt-get, starts the installed server as its system user on the
# embedded PostgreSQL default (systemd when it runs, otherwise the unit's own
# command line), creates an organisation beside it and signs in over HTTPS,
# starts the installed client offscreen, then purges both packages and checks
# that only the documented data directory (and its user) is left. Finally it
# removes what the packages brought onto this machine (that data directory,
# the user, dependencies apt-get pulled in), so the machine is left as found.
#
#   installer/test-debian-packages.sh [build-dir]        (as root)
#
# build-dir defaults to build-package (configured RelWithDebInfo without tests
# when it does not exist). .ci/run passes the tree the test suite has just
# built and tested (build-tests, Debug): its erp-server and erp-client are
# packaged as they are, stripped by CPack, without a second build.
#
# ERP_PACKAGE_COMPONENTS=server skips the client (a build without it).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-package}
components=${ERP_PACKAGE_COMPONENTS:-server;client}
[[ $(id -u) -eq 0 ]] || { echo "run as root (installs packages)"; exit 2; }

started=$SECONDS
step() { printf '\n== %s (%d s)\n' "$*" $((SECONDS - started)); }
fail() { echo "FAILED: $*" >&2; exit 1; }

# What the packages own on this machine must not exist yet: the test removes
# it all again at the end and must not remove anything it did not create.
for package in erp-server erp-client; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed\|config-files'; then
        fail "$package is already installed here; this test installs and purges it (apt-get purge $package first)"
    fi
done
for path in /var/lib/erp-server /etc/erp; do
    [[ ! -e $path ]] || fail "$path exists already; this test creates and removes it"
done
getent passwd erp-server >/dev/null && fail "the user erp-server exists already; this test creates and removes it"
# The installed server listens on its default port; another program there
# would answer in its place.
if (exec 3<>/dev/tcp/127.0.0.1/8443) 2>/dev/null; then
    fail "port 8443 is in use; the installed server listens there by default"
fi

work=$(mktemp -d /tmp/erp-package-test.XXXXXX)
chmod 755 "$work"
installed_packages() {
    dpkg-query -W -f='${db:Status-Abbrev}${Package}:${Architecture}\n' | sed -n 's/^ii *//p' | sort
}
installed_packages >"$work/packages-before"
server_pid=""
installed=0

# Runs on every exit, passed or failed: stop what was started, purge what was
# installed, remove the user and data directory the packages created and the
# dependencies apt-get pulled in.
cleanup() {
    local rc=$?
    set +e
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"
        wait "$server_pid"
    fi
    if [[ -d /run/systemd/system ]] && [[ $installed -eq 1 ]]; then
        systemctl stop erp-server.service 2>/dev/null
    fi
    # An embedded cluster left behind by a failed run (the server stops it on SIGTERM).
    if [[ -f /var/lib/erp-server/postgres/postmaster.pid ]]; then
        local pg_ctl
        pg_ctl=$(printf '%s\n' /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)
        setpriv --reuid=erp-server --regid=erp-server --init-groups \
            "$pg_ctl" -D /var/lib/erp-server/postgres -m fast -w stop >/dev/null 2>&1
    fi
    if [[ $installed -eq 1 ]]; then
        apt-get purge -y erp-server erp-client >/dev/null 2>&1
    fi
    # Dependencies apt-get pulled in: installed since the start and marked automatic.
    local added
    added=$(comm -12 <(comm -13 "$work/packages-before" <(installed_packages) | sed 's/:.*//' | sort) \
                     <(apt-mark showauto | sort))
    if [[ -n $added ]]; then
        echo "removing what apt-get installed for the packages: $added"
        # shellcheck disable=SC2086
        apt-get purge -y $added >/dev/null
    fi
    rm -rf /var/lib/erp-server
    if getent passwd erp-server >/dev/null; then userdel erp-server; fi
    if getent group erp-server >/dev/null; then groupdel erp-server; fi
    rm -rf "$work"
    echo "cleaned up: packages purged, /var/lib/erp-server and the user erp-server removed ($((SECONDS - started)) s in all)"
    exit $rc
}
trap cleanup EXIT

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
command -v lintian >/dev/null || fail "lintian is not installed (apt-get install lintian; .ci/packages.txt lists it)"
step "lintian"
lintian --fail-on error "${debs[@]}"

step "install"
export DEBIAN_FRONTEND=noninteractive
mapfile -t absolute < <(realpath "${debs[@]}")
installed=1
apt-get install -y "${absolute[@]}" >/dev/null
getent passwd erp-server >/dev/null || fail "no erp-server system user"
[[ $(stat -c %a /var/lib/erp-server) == 700 ]] || fail "data directory is not 0700"
[[ $(stat -c %a:%G /etc/erp/server.conf) == 640:erp-server ]] || fail "server.conf is not root:erp-server 0640"
dpkg-query -W -f='${Conffiles}\n' erp-server | grep -q /etc/erp/server.conf || fail "server.conf is not a conffile"
# The conffile shows every setting the server knows (as `erp-server --help` lists them).
settings_help=$(/usr/bin/erp-server --help | sed -n '/^Settings/,/^Options/p' | sed -n 's/^  \([a-z_]*\/[a-z_]*\)$/\1/p' | sort)
settings_conf=$(awk '/^\[/ { section = substr($0, 2, length($0) - 2) }
                     /^#?[a-z_]+=/ { key = $0; sub(/^#/, "", key); sub(/=.*/, "", key); print section "/" key }' \
                /etc/erp/server.conf | sort -u)
[[ -n $settings_help ]] || fail "erp-server --help lists no settings"
diff <(echo "$settings_help") <(echo "$settings_conf") || fail "/etc/erp/server.conf does not show every setting (< missing, > unknown)"

step "systemd unit"
unit=$(dpkg -L erp-server | grep '/erp-server\.service$')
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify "$unit"
    # The hardening, scored offline: exposure 0 (confined) to 10 (not at all),
    # failing above 5.0 ("MEDIUM"); --threshold counts in tenths.
    systemd-analyze security --offline=true --threshold=50 "$unit" | tail -n 1
else
    echo "systemd-analyze is not installed: unit not verified"
fi

step "start the installed server"
if [[ -d /run/systemd/system ]]; then
    systemctl restart erp-server.service
else
    # The unit's ExecStart, as its user, with its umask.
    (umask 077; exec setpriv --reuid=erp-server --regid=erp-server --init-groups \
        /usr/bin/erp-server serve --config /etc/erp/server.conf) >"$work/server.log" 2>&1 &
    server_pid=$!
fi
cert=/var/lib/erp-server/server.crt
for _ in $(seq 1 120); do
    if [[ -f $cert ]] && curl -sf --cacert "$cert" https://localhost:8443/readyz >/dev/null; then break; fi
    sleep 1
done
curl -sf --cacert "$cert" https://localhost:8443/readyz >/dev/null || {
    [[ -n $server_pid ]] && cat "$work/server.log"
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
    mkdir "$work/home"
    QT_QPA_PLATFORM=offscreen HOME="$work/home" timeout 10 /usr/bin/erp-client >"$work/client.log" 2>&1
    rc=$?
    set -e
    [[ $rc -eq 124 ]] || fail "the client exited ($rc): $(cat "$work/client.log")"
    test -f /usr/share/applications/erp-client.desktop || fail "no desktop file"
    # IT's configuration example, as installed, with its placeholders filled
    # in for this server: the installed client reads it without a complaint
    # (problems are logged as "configuration FILE : ...").
    example=/usr/share/doc/erp-client/examples/erp-client.ini.example
    test -f "$example" || fail "no client configuration example"
    cp "$cert" "$work/company-root-ca.pem"
    fingerprint=$(openssl x509 -in "$cert" -noout -fingerprint -sha256 | sed 's/.*=//')
    sed -e 's/^;\([^ ]\)/\1/' -e "s|^ca_file=.*|ca_file=$work/company-root-ca.pem|" \
        -e "s|^pin-sha256=.*|pin-sha256=$fingerprint|" -e 's|^url=.*|url=https://localhost:8443|' \
        "$example" >"$work/erp-client.ini"
    grep -q '^\[server\.' "$work/erp-client.ini" || fail "no server section in the example"
    set +e
    QT_QPA_PLATFORM=offscreen HOME="$work/home" timeout 10 /usr/bin/erp-client --config "$work/erp-client.ini" \
        >"$work/client-configured.log" 2>&1
    rc=$?
    set -e
    [[ $rc -eq 124 ]] || fail "the client exited with the example configuration ($rc): $(cat "$work/client-configured.log")"
    if grep -E 'configuration|managed trust' "$work/client-configured.log"; then
        fail "the client complained about the packaged configuration example"
    fi
    # The desktop entry's Icon= names the installed application icon.
    icon=$(sed -n 's/^Icon=//p' /usr/share/applications/erp-client.desktop)
    test -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" || fail "no icon $icon.svg for the desktop entry"
fi

step "stop and purge"
if [[ -n $server_pid ]]; then
    kill -TERM "$server_pid"
    wait "$server_pid" || fail "server did not exit 0 on SIGTERM"
    server_pid=""
else
    systemctl stop erp-server.service
fi
packages=(erp-server)
[[ $components == *client* ]] && packages+=(erp-client)
apt-get purge -y "${packages[@]}" >/dev/null
installed=0
for path in /usr/bin/erp-server /usr/bin/erp-client /etc/erp /usr/lib/systemd/system/erp-server.service \
            /lib/systemd/system/erp-server.service /usr/share/applications/erp-client.desktop \
            /usr/share/doc/erp-server /usr/share/doc/erp-client /usr/share/man/man1/erp-server.1.gz \
            /usr/share/man/man1/erp-client.1.gz; do
    [[ ! -e $path ]] || fail "$path left after purge"
done
[[ -d /var/lib/erp-server ]] || fail "the data directory must be kept on purge"
pgrep -u erp-server >/dev/null && fail "processes of erp-server left running"
echo
echo "OK: packages built, installed, served HTTPS, purged (kept: /var/lib/erp-server and its user erp-server) in $((SECONDS - started)) s"
