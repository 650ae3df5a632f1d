#!/usr/bin/env bash
# serve-load.sh: `cycle serve` under the load of an office: 50 clients that, for one minute, ask
# again and again for the board and the calendar feed, on a shared folder of 100,000 files in 2,000
# sector folders. Prints the latency of each (median, 95th, 99th percentile), the scans the server
# made meanwhile, and the server's memory (resident set, peak, and the Java heap in use).
#
# Usage (from anywhere):
#   benchmarks/serve-load.sh                      # 50 clients, 60 s, rescan every 10 s
#   CLIENTS=20 DURATION=30 RESCAN=5s KEEP=1 benchmarks/serve-load.sh
#
# Builds nothing but what is missing (`./mvnw package`, never `install`): the command's jar and the
# benchmarks' jar. The server runs with -Xmx512m; it is stopped at the end, and the tree removed
# unless KEEP=1. A script that prints figures, not a timed test: nothing here passes or fails.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
clients=${CLIENTS:-50}
seconds=${DURATION:-60}
rescan=${RESCAN:-10s}
port=${PORT:-18765}
jar="$here/cycle-cli/target/cycle.jar"
bench="$here/benchmarks/target/benchmarks.jar"

if [ ! -f "$jar" ] || [ ! -f "$bench" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests package -pl cycle-cli,benchmarks -am)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/serve-load.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "tree kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

java -cp "$bench" it.ciclo.bench.ServeLoad tree "$work" 20 100 50
echo "tree: $(find "$work/store" -type f | wc -l) files in $(find "$work/store" -mindepth 4 -type d | wc -l) sector folders"

java -Xmx512m -jar "$jar" serve "$work/directive.json" --store "$work/store" --port "$port" --rescan "$rescan" \
    > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do
  grep -q "http://127.0.0.1:$port/" "$work/serve.log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.2
done
sed -n 1p "$work/serve.log"

java -cp "$bench" it.ciclo.bench.ServeLoad load "http://127.0.0.1:$port/" "$seconds" "$clients"

rss=$(awk '/^VmRSS/ {print $2}' "/proc/$server/status")
hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$server/status")
echo "server memory: resident $((rss / 1024)) MB, peak resident $((hwm / 1024)) MB (-Xmx512m)"
if command -v jcmd >/dev/null 2>&1; then
  jcmd "$server" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1 | sed 's/^ */java heap: /' || true
fi
echo "scan of the store, alone: $(grep -o 'elementi letti in [0-9,.]* s\|entries read in [0-9,.]* s' "$work/serve.log" | head -1)"
