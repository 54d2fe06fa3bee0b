#!/usr/bin/env bash
# Sets up a fresh machine (pnpm, Chromium, dependencies), builds everything and runs every test:
# unit, protocol, access matrix, durability and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/ensure-pnpm.sh
bash scripts/ensure-chromium.sh
pnpm install --frozen-lockfile
pnpm build
pnpm test
