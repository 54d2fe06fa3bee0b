#!/usr/bin/env bash
# Affinity, failover and failback through scripts/haproxy/two-backends.cfg with two tiny backends.
set -u
cd /tmp/pgtry
node backend.js s1 8401 & B1=$!
node backend.js s2 8402 & B2=$!
trap 'kill $B1 $B2 2>/dev/null; /work/wt/pgspike/scripts/haproxy.sh stop' EXIT
sleep 0.5
/work/wt/pgspike/scripts/haproxy.sh start /work/wt/pgspike/scripts/haproxy/two-backends.cfg || exit 1
sleep 1.2
map() { for i in $(seq 1 ${1:-12}); do printf '%s:%s ' w$i "$(curl -s -m 2 "http://127.0.0.1:8400/yjs/b?workshop=w$i")"; done; echo; }
echo "before:        $(map)"
echo "again:         $(map)"
kill -9 $B2; t0=$(date +%s%N)
# Sticky entries pointing to s2 keep failing until the health check marks s2 down.
for n in $(seq 200); do r=$(curl -s -m 1 'http://127.0.0.1:8400/x?workshop=w3'); [ -n "$r" ] && break; sleep 0.05; done
echo "failed over after $(( ($(date +%s%N)-t0)/1000000 )) ms (w3 now on '$r')"
echo "after kill:    $(map)"
node backend.js s2 8402 & B2=$!
sleep 2
echo "after restart: $(map)"
echo "new keys:      $(for i in $(seq 13 20); do printf '%s:%s ' w$i "$(curl -s -m 2 "http://127.0.0.1:8400/yjs/b?workshop=w$i")"; done)"
echo "show table canvas" | socat - "${TMPDIR:-/tmp}/canvas-haproxy.sock" 2>/dev/null | head -4 || echo "(socat missing)"
