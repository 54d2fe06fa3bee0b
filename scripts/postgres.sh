#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests and benches, on 127.0.0.1 only.
#
#   scripts/postgres.sh start   # init + start (if not running), create the database, print DATABASE_URL=…
#   scripts/postgres.sh url     # print DATABASE_URL=… of the running cluster (exit 1 if none)
#   scripts/postgres.sh stop    # stop and delete the cluster; does nothing if there is none
#
# Environment:
#   CANVAS_PG_DIR   cluster directory (default ${TMPDIR:-/tmp}/canvas-pg); data, socket, log and port live here
#   CANVAS_PG_DB    database name (default canvas)
#   CANVAS_PG_PORT  port (default: a free one picked by the kernel)
#   CANVAS_PG_FSYNC on|off (default off: test data is disposable and fsync costs time on shared disks)
#
# initdb refuses to run as root, so as root the server runs as the `postgres` OS user (created if
# missing); as any other user it runs as that user. Authentication is `trust` on loopback: never
# point this at anything but a throwaway cluster.
set -euo pipefail

DIR="${CANVAS_PG_DIR:-${TMPDIR:-/tmp}/canvas-pg}"
DB="${CANVAS_PG_DB:-canvas}"
FSYNC="${CANVAS_PG_FSYNC:-off}"
ROLE=app

ensure_installed() {
  [ -x /usr/lib/postgresql/15/bin/initdb ] || command -v initdb >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { echo "PostgreSQL is missing and installing it needs root (apt-get install -y postgresql)" >&2; exit 1; }
  echo "== installing Debian's PostgreSQL" >&2
  apt-get update -qq
  # Debian's package may create and try to start a system cluster; ours runs beside it on its own port.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

find_bin() {
  BIN=/usr/lib/postgresql/15/bin
  [ -x "$BIN/pg_ctl" ] || BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)")"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    # cd first: the server user may not be able to enter the caller's working directory.
    (cd "$DIR" && runuser -u postgres -- "$@")
  else
    (cd "$DIR" && "$@")
  fi
}

url() { echo "postgres://$ROLE@127.0.0.1:$(cat "$DIR/port")/$DB"; }

running() { [ -f "$DIR/data/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }

free_port() {
  # Bind port 0 and report what the kernel chose; a race with another process is possible but rare.
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  ensure_installed
  find_bin
  if running; then echo "DATABASE_URL=$(url)"; return 0; fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  mkdir -p "$DIR"
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    rm -rf "$DIR/data"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    as_owner "$BIN/initdb" -D "$DIR/data" -A trust -U "$ROLE" -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
  fi
  echo "${CANVAS_PG_PORT:-$(free_port)}" >"$DIR/port"
  # listen_addresses=127.0.0.1 and a private socket dir (-k) so that nothing clashes with a system cluster.
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 start -o \
    "-p $(cat "$DIR/port") -k $DIR -c listen_addresses=127.0.0.1 -c fsync=$FSYNC -c max_connections=200" >/dev/null \
    || { tail -20 "$DIR/log" >&2; exit 1; }
  if ! psql -X -q -h 127.0.0.1 -p "$(cat "$DIR/port")" -U "$ROLE" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    psql -X -q -h 127.0.0.1 -p "$(cat "$DIR/port")" -U "$ROLE" -d postgres -c "CREATE DATABASE \"$DB\""
  fi
  echo "DATABASE_URL=$(url)"
}

stop() {
  find_bin
  if [ -f "$DIR/data/PG_VERSION" ]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  # Delete only what this script made: a directory holding our port file or a cluster.
  if [ -f "$DIR/port" ] || [ -f "$DIR/data/PG_VERSION" ]; then rm -rf "$DIR"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) find_bin; running || { echo "no cluster running in $DIR" >&2; exit 1; }; echo "DATABASE_URL=$(url)" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
