#!/usr/bin/env bash
# Quick start on Debian 12 / Ubuntu: installs the packages that are missing,
# builds, and starts the server on its embedded PostgreSQL with a demo
# organisation. Prints the URL, the certificate fingerprint and the demo logins.
#
#   installer/quickstart.sh            (as root or as a user with sudo)
#
# Data (certificate, keys, database) goes to /var/lib/erp-server as root and
# to ~/.local/share/erp-server otherwise; ERP_SERVER_DATA_DIR overrides it.
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

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DERP_BUILD_TESTS=OFF >/dev/null
cmake --build build -j "$(nproc)"

exec build/server/erp-server serve --demo "$@"
