#!/usr/bin/env bash
# HAProxy for tests and benches (Debian's package, installed on first use).
#
#   scripts/haproxy.sh install        # install Debian's haproxy if missing (the cluster tests start their own)
#   scripts/haproxy.sh start CONFIG   # install if missing, check CONFIG, start in the background
#   scripts/haproxy.sh stop           # stop the instance this script started; does nothing if none
#   scripts/haproxy.sh pid            # print its pid (exit 1 if not running)
#
# Environment: CANVAS_HAPROXY_PID pid file (default ${TMPDIR:-/tmp}/canvas-haproxy.pid);
# CANVAS_HAPROXY_SOCK admin socket that the config may use (default ${TMPDIR:-/tmp}/canvas-haproxy.sock).
set -euo pipefail

PIDFILE="${CANVAS_HAPROXY_PID:-${TMPDIR:-/tmp}/canvas-haproxy.pid}"
export CANVAS_HAPROXY_SOCK="${CANVAS_HAPROXY_SOCK:-${TMPDIR:-/tmp}/canvas-haproxy.sock}"

ensure_installed() {
  command -v haproxy >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || { echo "haproxy is missing and installing it needs root (apt-get install -y haproxy)" >&2; exit 1; }
  # Debian's package does not start a service here (no systemd), so only our instance runs.
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
}

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

case "${1:-}" in
  install)
    ensure_installed
    ;;
  start)
    CONFIG="${2:?usage: $0 start CONFIG}"
    ensure_installed
    if running; then echo "haproxy already running (pid $(cat "$PIDFILE"))" >&2; exit 1; fi
    haproxy -c -q -f "$CONFIG"
    # -D daemonises once the listeners are bound, so callers can connect as soon as this returns.
    haproxy -f "$CONFIG" -D -p "$PIDFILE"
    echo "haproxy pid $(cat "$PIDFILE")"
    ;;
  stop)
    if running; then
      pid="$(cat "$PIDFILE")"
      kill "$pid"
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    # HAProxy leaves its admin socket file behind.
    rm -f "$PIDFILE" "$CANVAS_HAPROXY_SOCK"
    ;;
  pid) running || exit 1; cat "$PIDFILE" ;;
  *) echo "usage: $0 install|start CONFIG|stop|pid" >&2; exit 2 ;;
esac
