#!/usr/bin/env bash
# Sets up a fresh machine (pnpm, Chromium, PostgreSQL, HAProxy, dependencies), builds everything and
# runs every test: unit, protocol, access matrix, durability and browser tests on the embedded SQLite
# default, then the API and socket suite again on PostgreSQL (issue 15).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/ensure-pnpm.sh
bash scripts/ensure-chromium.sh
pnpm install --frozen-lockfile
pnpm build

# A throwaway PostgreSQL cluster on loopback (Debian's, installed if missing; runs as its own OS user).
# The server's OS user must be able to enter the cluster's parent folder (mktemp makes it 0700).
if [ -z "${CANVAS_PG_DIR:-}" ]; then PG_PARENT="$(mktemp -d)"; chmod 755 "$PG_PARENT"; export CANVAS_PG_DIR="$PG_PARENT/pg"; fi
CANVAS_TEST_POSTGRES="$(bash scripts/postgres.sh start | sed 's/^DATABASE_URL=//')"
export CANVAS_TEST_POSTGRES
trap 'bash scripts/postgres.sh stop' EXIT
# HAProxy for the cluster tests (each test starts its own instance with deploy/haproxy/haproxy.cfg).
bash scripts/haproxy.sh install

pnpm test            # SQLite; the storage package's PostgreSQL tests use CANVAS_TEST_POSTGRES
pnpm test:postgres   # the server's API/socket, crash, fuzz and export-limit tests again on PostgreSQL; the cluster tests
