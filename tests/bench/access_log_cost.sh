#!/usr/bin/env bash
# Cost of the per-request access line at full load (docs/benchmarks.md,
# "Access log cost"): three `erp-server serve` processes of one build, each on
# the embedded default in its own throwaway data directory, standard output
# to a file (as journald would take it), differing only in the log settings:
#   A  log/level=info     log/format=text   (one access line per request)
#   B  log/level=info     log/format=json   (one JSON access line per request)
#   C  log/level=warning  log/format=text   (no access line)
# wrk loads GET /healthz on one of them at a time, A, B, C back to back, for
# ROUNDS rounds, so that a change in the machine's load hits all three alike.
#
#   tests/bench/access_log_cost.sh BUILD_DIR        (a Release build)
#
# Environment: ROUNDS=3 DURATION=8 CONNECTIONS=16 THREADS=2.
# Prints one line per run: round, setting, requests/s, lines written, and the
# server's CPU time per request (user + system, from /proc/PID/stat), which a
# busy shared machine disturbs far less than requests/s.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
server=$(realpath "$build/server/erp-server")
rounds=${ROUNDS:-3}
duration=${DURATION:-8}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d /tmp/erp-access-log-cost.XXXXXX)
chmod 755 "$work"   # the embedded cluster's user (postgres when run as root) must reach it
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

declare -A port level format pid
settings=(A B C)
level=([A]=info [B]=info [C]=warning)
format=([A]=text [B]=json [C]=text)
for s in "${settings[@]}"; do
    port[$s]=$(free_port)
    mkdir -m 700 "$work/$s"
    ERP_LOG_LEVEL=${level[$s]} ERP_LOG_FORMAT=${format[$s]} \
        "$server" serve --data-dir "$work/$s" --port "${port[$s]}" >"$work/$s.log" 2>&1 &
    pids+=($!)
    pid[$s]=$!
done
for s in "${settings[@]}"; do
    for _ in $(seq 1 180); do
        curl -skf "https://127.0.0.1:${port[$s]}/readyz" >/dev/null && break
        sleep 1
    done
    curl -skf "https://127.0.0.1:${port[$s]}/readyz" >/dev/null || { cat "$work/$s.log"; echo "server $s not ready" >&2; exit 1; }
done

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# wrk -t$threads -c$connections -d${duration}s https://127.0.0.1:<port>/healthz, $server"
for round in $(seq 1 "$rounds"); do
    for s in "${settings[@]}"; do
        before=$(wc -l <"$work/$s.log")
        ticks_before=$(cpu_ticks "${pid[$s]}")
        out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" "https://127.0.0.1:${port[$s]}/healthz")
        ticks=$(( $(cpu_ticks "${pid[$s]}") - ticks_before ))
        after=$(wc -l <"$work/$s.log")
        rps=$(sed -n 's/^Requests\/sec: *//p' <<<"$out")
        requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
        errors=$(sed -n 's/^ *Non-2xx or 3xx responses: *//p' <<<"$out")
        cpu_us=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
        printf 'round=%s level=%s format=%s rps=%s requests=%s non2xx=%s lines_written=%s cpu_us_per_request=%s load=%s\n' \
            "$round" "${level[$s]}" "${format[$s]}" "$rps" "$requests" "${errors:-0}" $((after - before)) \
            "$cpu_us" "$(cut -d' ' -f1 /proc/loadavg)"
    done
done
