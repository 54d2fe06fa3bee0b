#!/usr/bin/env bash
# Sets up a fresh machine and runs Canvas Sessions on http://localhost:${PORT:-3000}
# with the embedded SQLite store in ./data (override with DATA_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/ensure-pnpm.sh
pnpm install --frozen-lockfile
pnpm build
exec pnpm start
