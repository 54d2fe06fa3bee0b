#!/usr/bin/env bash
# pnpm 10.34.9 (pnpm 11+ needs Node 22). Installed with npm if missing.
set -euo pipefail
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "10.34.9" ]; then
  echo "== installing pnpm 10.34.9"
  if [ -w "$(npm prefix -g)/lib" ] || [ "$(id -u)" = "0" ]; then npm install -g pnpm@10.34.9; else sudo npm install -g pnpm@10.34.9; fi
fi
