#!/usr/bin/env bash
# raccogli.sh: how long `cycle raccogli` takes, and how much memory, on 4 Settori x 4 DUP files of
# about 50 pages each and 200 scheda rows, against simply unzipping the same files, measured in the
# same run.
#
# Usage (from anywhere; builds the command and the benchmarks jar first if they are missing):
#   benchmarks/raccogli.sh              # 5 repetitions
#   REPS=9 KEEP=1 benchmarks/raccogli.sh
#
# What it does:
#   1. generates the shared folder of the worked example's directive (docs/examples/raccolta/
#      direttiva.json): the office's 4 strategic-direction files and each Settore's copy (20 .docx
#      of ~23,000 words, ~50 pages, with red proposals and tracked insertions) and 4 schede of 50
#      rows (CollectStoreGenerator, fixed seed);
#   2. in one warm JVM, alternately, unzips every file (java.util.zip, every part inflated) and runs
#      the collector; prints medians, their ratio and the peak heap of each (CollectBenchmark);
#   3. end to end, REPS times alternating: `unzip -p` of every file to /dev/null, and
#      `java -Xmx64m -jar cycle.jar raccogli ... --format json` (JVM start included); medians of wall
#      and CPU time, and their ratio; the command's largest resident set (/usr/bin/time -v, if
#      installed); and the smallest heap (-Xmx) the command completes with, tried from 16 MB up.
#
# Needs: bash, awk, unzip, Java 17. Leaves nothing behind unless KEEP=1 (then prints the path).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-5}
directive="$here/docs/examples/raccolta/direttiva.json"
cli="$here/cycle-cli/target/cycle.jar"
bench="$here/benchmarks/target/benchmarks.jar"

work=$(mktemp -d "${TMPDIR:-/tmp}/raccogli.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  echo "store kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi
store="$work/store"

if [ ! -f "$cli" ] || [ ! -f "$bench" ]; then
  # A reactor build of just these modules: nothing is installed into ~/.m2.
  (cd "$here" && ./mvnw -q -B -pl cycle-cli,benchmarks -am -DskipTests package)
fi

java -cp "$bench" it.ciclo.bench.CollectStoreGenerator "$store"
mapfile -t files < <(find "$store" -type f \( -name '*.docx' -o -name '*.xlsx' \) | sort)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo '?') cores"

echo "== in one warm JVM (-Xmx256m)"
java -Xmx256m -cp "$bench" it.ciclo.bench.CollectBenchmark "$directive" "$store" "$((reps + 2))"

echo "== end to end"
# shellcheck source=measure.sh
source "$here/benchmarks/measure.sh"
run_unzip() { for f in "${files[@]}"; do unzip -p "$f" > /dev/null; done; }
run_cycle() { java -Xmx64m -jar "$cli" raccogli "$directive" --store "$store" --format json > /dev/null; }

run_unzip; run_cycle   # warm the page cache
for _ in $(seq "$reps"); do
  measure unzip run_unzip
  measure cycle run_cycle
done
for clock in wall cpu; do
  u=$(median < "$work/unzip.$clock")
  c=$(median < "$work/cycle.$clock")
  echo "[$clock] unzip -p of the ${#files[@]} files:  median ${u} ms   (runs: $(tr '\n' ' ' < "$work/unzip.$clock"))"
  echo "[$clock] cycle raccogli --format json:   median ${c} ms   (runs: $(tr '\n' ' ' < "$work/cycle.$clock"))"
  awk -v c="$c" -v u="$u" -v k="$clock" 'BEGIN { printf "[%s] ratio cycle / unzip:           %.1f\n", k, c / (u > 0 ? u : 1) }'
done
if [ -x /usr/bin/time ]; then
  rss=$( { /usr/bin/time -v java -Xmx64m -jar "$cli" raccogli "$directive" --store "$store" --format json > /dev/null; } 2>&1 |
    awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
  echo "largest resident set (-Xmx64m):  $((rss / 1024)) MB"
fi
for heap in 16 24 32 48 64 96 128; do
  if java -Xmx${heap}m -jar "$cli" raccogli "$directive" --store "$store" --format json > /dev/null 2>&1; then
    echo "smallest heap that completes:    -Xmx${heap}m (tried 16, 24, 32, 48, 64, 96, 128 MB)"
    break
  fi
done
