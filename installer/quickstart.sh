#!/usr/bin/env bash
# Quick start on Debian 12 / Ubuntu: installs the packages that are missing,
# builds, starts the server on its embedded PostgreSQL with a demo
# organisation (printing the URL, the certificate fingerprint and the demo
# logins) and, when a desktop is available, the client already pointed at it.
#
#   installer/quickstart.sh            (as root or as a user with sudo)
#
# Data (certificate, keys, database) goes to /var/lib/erp-server as root and
# to ~/.local/share/erp-server otherwise; ERP_SERVER_DATA_DIR overrides it.
# ERP_HTTP_PORT picks the port (default 8443). Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
missing=()
for package in $(grep -v '^\s*#' .ci/packages.txt); do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DERP_BUILD_TESTS=OFF >/dev/null
cmake --build build-release -j "$(nproc)"

if [[ $(id -u) -eq 0 ]]; then
    data_dir=${ERP_SERVER_DATA_DIR:-/var/lib/erp-server}
else
    data_dir=${ERP_SERVER_DATA_DIR:-$HOME/.local/share/erp-server}
fi
export ERP_SERVER_DATA_DIR=$data_dir
# Everything written from here on (data directory, logs, client settings) is
# for this account only; the server keeps its data directory at 0700 anyway.
umask 077
mkdir -p "$data_dir"
chmod 700 "$data_dir"
log="$data_dir/quickstart-server.log"

build-release/server/erp-server serve --demo "$@" >"$log" 2>&1 &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' INT TERM EXIT

# Wait until the server says where it listens (first start: initdb, migrations).
for _ in $(seq 1 240); do
    grep -q "Press Ctrl+C to stop" "$log" && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$log" >&2
        echo "The server did not start." >&2
        exit 1
    fi
    sleep 0.5
done
grep -v -E "^[0-9]{4}-[0-9]{2}-[0-9]{2}T" "$log"
# The server writes no passwords to its log; show them here, on the terminal,
# from the owner-only file it keeps them in.
if [[ -r $data_dir/demo-logins.ini ]]; then
    echo "Demo logins (organisation demo):"
    awk -F= '/^[0-9]+\\(role|email|password)=/ { split($1, k, "\\\\"); v[k[1], k[2]] = substr($0, length($1) + 2); n = (k[1] > n ? k[1] : n) }
             END { for (i = 1; i <= n; i++) printf "  %-16s %-28s password: %s\n", v[i, "role"], v[i, "email"], v[i, "password"] }' \
        "$data_dir/demo-logins.ini"
fi

url=$(grep -o -E "https://[^ ]+" "$log" | head -n 1)
fingerprint=$(grep "fingerprint" "$log" | grep -o -E "([0-9A-F]{2}:){31}[0-9A-F]{2}" | head -n 1)
if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -x build-release/client/erp-client ]]; then
    # The client trusts exactly this server's certificate: no question asked.
    client_config="$data_dir/quickstart-client.ini"
    cat >"$client_config" <<INI
[general]
default_server=Demo (this computer)

[server.demo]
name=Demo (this computer)
url=$url
organisation=demo
pin-sha256=$fingerprint
INI
    ERP_CLIENT_CONFIG=$client_config build-release/client/erp-client >>"$data_dir/quickstart-client.log" 2>&1 &
    echo "The client is starting; sign in with one of the logins above."
else
    echo "No desktop found: start the client elsewhere with build-release/client/erp-client and the URL above."
fi
echo "Server log: $log"
wait "$server_pid"
