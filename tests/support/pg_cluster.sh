#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the test suite (the CTest fixture `postgres`).
#
#   pg_cluster.sh start DIR   initdb + start on a free loopback port; writes DIR/connection.env
#   pg_cluster.sh stop DIR    stop immediately and remove the cluster
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the
# `postgres` system user (or `nobody`). That user must be able to reach the
# cluster directory; when DIR is below a directory it cannot traverse (e.g.
# /root), the cluster lives in a mktemp directory under /tmp instead and DIR
# records where. Durability is switched off: the data is thrown away.
#
# Environment: PG_BINDIR overrides where initdb/pg_ctl/psql are looked for.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
[[ -n $dir ]] || usage
case $dir in /*) ;; *) dir="$PWD/$dir" ;; esac

log() { echo "pg_cluster: $*" >&2; }

find_bindir() {
    if [[ -n ${PG_BINDIR:-} && -x $PG_BINDIR/initdb ]]; then echo "$PG_BINDIR"; return; fi
    # Debian puts the real binaries in a versioned directory; take the newest.
    local best
    best=$(for d in /usr/lib/postgresql/*/bin; do [[ -x $d/initdb ]] && echo "$d"; done | sort -V | tail -n 1 || true)
    if [[ -n $best ]]; then echo "$best"; return; fi
    if command -v pg_config >/dev/null 2>&1 && [[ -x $(pg_config --bindir)/initdb ]]; then
        pg_config --bindir; return
    fi
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
    log "no PostgreSQL binaries found (install the postgresql package or set PG_BINDIR)"
    exit 1
}

# Runs a command as the cluster's user, from a directory that user can read
# (initdb and pg_ctl fail when they cannot resolve the working directory).
as_cluster_user() {
    if [[ -n $run_user ]]; then
        (cd / && runuser -u "$run_user" -- "$@")
    else
        (cd / && "$@")
    fi
}

random_secret() { od -An -tx1 -N18 /dev/urandom | tr -d ' \n'; }

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - <<'EOF' 2>/dev/null && return
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
EOF
    fi
    # No python: a random high port; start() retries when it is taken.
    echo $(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
}

# Stops and removes the cluster recorded in DIR/cluster.env, if any.
stop_cluster() {
    local env="$dir/cluster.env"
    [[ -f $env ]] || return 0
    local CLUSTER_DIR="" SOCKET_DIR="" PG_BINDIR_USED="" RUN_USER=""
    # shellcheck disable=SC1090
    source "$env"
    run_user=$RUN_USER
    if [[ -n $CLUSTER_DIR && -f $CLUSTER_DIR/data/postmaster.pid ]]; then
        as_cluster_user "$PG_BINDIR_USED/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate -w -t 30 stop \
            >/dev/null 2>&1 || log "pg_ctl stop failed (already stopped?)"
    fi
    if [[ -n $CLUSTER_DIR && -d $CLUSTER_DIR ]]; then rm -rf -- "$CLUSTER_DIR"; fi
    if [[ -n $SOCKET_DIR && -d $SOCKET_DIR ]]; then rm -rf -- "$SOCKET_DIR"; fi
    rm -f -- "$env" "$dir/connection.env"
}

start_cluster() {
    local bindir
    bindir=$(find_bindir)

    # A previous run that was interrupted may have left a cluster running.
    stop_cluster
    rm -rf -- "$dir"
    mkdir -p -- "$dir"

    run_user=""
    if [[ $(id -u) -eq 0 ]]; then
        if id -u postgres >/dev/null 2>&1; then run_user=postgres; else run_user=nobody; fi
    fi

    local cluster_dir
    if [[ -n $run_user ]]; then
        chmod 0755 "$dir"
        if runuser -u "$run_user" -- test -x "$dir" 2>/dev/null; then
            cluster_dir="$dir/cluster"
            mkdir -p "$cluster_dir"
        else
            cluster_dir=$(mktemp -d /tmp/erp-test-pg.XXXXXX)
        fi
        chown "$run_user" "$cluster_dir"
    else
        cluster_dir="$dir/cluster"
        mkdir -p "$cluster_dir"
    fi
    chmod 0700 "$cluster_dir"

    # Unix socket paths are limited to 107 bytes; a deep build tree exceeds it.
    local socket_dir="$cluster_dir"
    if (( ${#socket_dir} > 80 )); then
        socket_dir=$(mktemp -d /tmp/erp-test-pgsock.XXXXXX)
        if [[ -n $run_user ]]; then chown "$run_user" "$socket_dir"; fi
    fi

    # Record the location before anything can fail, so stop can clean up.
    cat >"$dir/cluster.env" <<EOF
CLUSTER_DIR='$cluster_dir'
SOCKET_DIR='$socket_dir'
PG_BINDIR_USED='$bindir'
RUN_USER='$run_user'
EOF

    local superuser=postgres
    local super_pw owner_pw app_pw
    super_pw=$(random_secret)
    owner_pw=$(random_secret)
    app_pw=$(random_secret)

    local pwfile="$cluster_dir/pwfile"
    printf '%s\n' "$super_pw" >"$pwfile"
    if [[ -n $run_user ]]; then chown "$run_user" "$pwfile"; fi
    chmod 0600 "$pwfile"

    if ! as_cluster_user "$bindir/initdb" -D "$cluster_dir/data" -U "$superuser" --pwfile="$pwfile" \
            -E UTF8 --no-locale --auth-local=trust --auth-host=scram-sha-256 --no-sync \
            >"$cluster_dir/initdb.log" 2>&1; then
        cat "$cluster_dir/initdb.log" >&2
        log "initdb failed"
        exit 1
    fi
    rm -f "$pwfile"

    # Local (socket) trust is safe: the socket lives in a 0700 directory of
    # the cluster user. TCP needs a password.
    cat >>"$cluster_dir/data/postgresql.conf" <<EOF

# erp test fixture
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
max_connections = 200
fsync = off
full_page_writes = off
synchronous_commit = off
shared_buffers = 32MB
log_min_messages = warning
log_min_error_statement = panic
EOF

    # The malloc settings the product's embedded cluster runs with
    # (EmbeddedPostgres::mallocTunables, which says why), unless the
    # environment tunes malloc already.
    if [[ ${GLIBC_TUNABLES:-} != *glibc.malloc.* ]]; then
        export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=33554432:glibc.malloc.top_pad=4194304"
    fi
    local port="" attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(free_port)
        if as_cluster_user "$bindir/pg_ctl" -D "$cluster_dir/data" -l "$cluster_dir/server.log" \
                -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
            break
        fi
        log "start on port $port failed (attempt $attempt)"
        tail -n 5 "$cluster_dir/server.log" >&2 || true
        port=""
        # The port may have been taken between choosing and binding; retry.
        sleep 0.5
    done
    if [[ -z $port ]]; then
        log "could not start PostgreSQL"
        exit 1
    fi

    local i
    for i in $(seq 1 120); do
        if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; then break; fi
        if (( i == 120 )); then log "server did not become ready"; exit 1; fi
        sleep 0.25
    done

    # Passwords are hex, but quote them through psql variables anyway.
    as_cluster_user "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket_dir" -p "$port" \
        -U "$superuser" -d postgres \
        -v owner_pw="$owner_pw" -v app_pw="$app_pw" >/dev/null <<'EOF'
CREATE ROLE erp_owner LOGIN CREATEDB NOSUPERUSER NOCREATEROLE PASSWORD :'owner_pw';
CREATE ROLE erp_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';
EOF
    # As on the server's own clusters: ILIKE may use trigram indexes under
    # row-level security (docs/decisions/0007). Test databases are created
    # from template1, so they inherit it.
    as_cluster_user "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket_dir" -p "$port" \
        -U "$superuser" -d template1 -c 'ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF' >/dev/null

    # Over TCP with the password, exactly as the tests will connect.
    if ! PGPASSWORD="$app_pw" "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U erp_app -d postgres \
            -c 'SELECT 1' >/dev/null; then
        log "cannot connect as erp_app over TCP"
        exit 1
    fi

    umask 077
    cat >"$dir/connection.env" <<EOF
PG_HOST=127.0.0.1
PG_PORT=$port
PG_SUPERUSER=$superuser
PG_SUPERUSER_PASSWORD=$super_pw
PG_OWNER_USER=erp_owner
PG_OWNER_PASSWORD=$owner_pw
PG_APP_USER=erp_app
PG_APP_PASSWORD=$app_pw
PG_BINDIR=$bindir
EOF
    chmod 0600 "$dir/connection.env"
    log "PostgreSQL ready on 127.0.0.1:$port (cluster $cluster_dir)"
}

run_user=""
case $action in
    start) start_cluster ;;
    stop) stop_cluster; rm -rf -- "$dir" ;;
    *) usage ;;
esac
