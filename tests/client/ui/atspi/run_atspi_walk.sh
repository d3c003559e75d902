#!/bin/bash
# What Orca would read, through the real AT-SPI bus rather than Qt's own
# tree: starts the client (the sign-in dialog, as a user first sees it) on a
# virtual X display with a private session bus and the AT-SPI bus, then
# walks the accessibility tree over D-Bus (walk_atspi.py) and fails on any
# showing, focusable object without a name.
#
# Usage: xvfb-run -a dbus-run-session -- tests/client/ui/atspi/run_atspi_walk.sh <build>/client/erp-client
# Needs: Xvfb (xvfb-run), dbus-daemon, at-spi2-core (at-spi-bus-launcher), gdbus, python3.
set -u
client=${1:?usage: run_atspi_walk.sh path/to/erp-client}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'kill ${client_pid:-} ${launcher_pid:-} 2>/dev/null; rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
launcher=$(ls /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher 2>/dev/null | head -n1)
[ -n "$launcher" ] || { echo "at-spi-bus-launcher not found (package at-spi2-core)"; exit 2; }
"$launcher" --launch-immediately & launcher_pid=$!
sleep 2
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$client" & client_pid=$!
# The client registers with the bus once its first window is shown.
for _ in $(seq 1 30); do
    gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus --method org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
    sleep 1
done
sleep 4
python3 "$here/walk_atspi.py"
