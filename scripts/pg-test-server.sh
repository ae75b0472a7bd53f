#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL cluster for the server tests and prints its URL on stdout.
#   export TEST_DATABASE_URL="$(scripts/pg-test-server.sh)"
#   scripts/pg-test-server.sh --stop
# Environment: URA_PG_PORT (54329), URA_PG_DIR (/tmp/ura-pg-test-<port>), URA_PG_DB (ura_test).
set -euo pipefail

PORT="${URA_PG_PORT:-54329}"
DIR="${URA_PG_DIR:-${TMPDIR:-/tmp}/ura-pg-test-$PORT}"
DB="${URA_PG_DB:-ura_test}"
HOST=127.0.0.1
URL="postgres://postgres@$HOST:$PORT/$DB"

log() { echo "pg-test-server: $*" >&2; }

find_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
    return
  fi
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  log "no PostgreSQL server binaries found (install the 'postgresql' package)"
  exit 1
}

BIN="$(find_bindir)"

# PostgreSQL refuses to run as root: run the cluster as the 'postgres' user then.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
  log "creating system user 'postgres'"
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DIR/data/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2
  else
    log "no cluster running in $DIR"
  fi
  exit 0
fi

is_ready() { "$BIN/pg_isready" -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }

if ! is_ready; then
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    log "initdb in $DIR/data"
    mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres: "$DIR"
    as_owner "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
  fi
  log "starting on $HOST:$PORT"
  # A stale pid file from a killed cluster would stop pg_ctl from starting it again.
  if [ -f "$DIR/data/postmaster.pid" ] && ! is_ready; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1 || rm -f "$DIR/data/postmaster.pid"
  fi
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-p $PORT -k $DIR -c listen_addresses=$HOST -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || { tail -n 30 "$DIR/server.log" >&2; exit 1; }
else
  log "reusing the cluster already running on $HOST:$PORT"
fi

if ! as_owner "$BIN/psql" -h "$HOST" -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_owner "$BIN/createdb" -h "$HOST" -p "$PORT" -U postgres "$DB"
fi

echo "$URL"
