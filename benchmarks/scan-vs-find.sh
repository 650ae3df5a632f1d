#!/usr/bin/env bash
# scan-vs-find.sh: how long `cycle status` takes to scan a large shared folder, against `find` on
# the same tree, measured in the same run; then the same scan when every listing waits like a round
# trip to a network (SMB) share, reading act folders one at a time and several at once (issue 12,
# item 9).
#
# Usage (from anywhere; builds nothing, stops if a jar is missing):
#   ./mvnw -q -DskipTests package -pl cycle-cli,benchmarks -am
#   benchmarks/scan-vs-find.sh                 # 5 repetitions, 5 ms of simulated latency
#   REPS=9 LATENCY_MS=10 KEEP=1 benchmarks/scan-vs-find.sh
#
# What it does:
#   1. generates a directive of 20 acts x 100 sectors (2,000 sector folders) and, with `cycle init`,
#      the folder tree; then puts 50 files in every sector folder: 100,000 files;
#   2. warms the page cache with one walk, then REPS times, alternating: `find DIR -type f | wc -l`,
#      `find DIR -type f -printf '%s %T@ %p\n' | wc -l` (which stats every file, as the scan must:
#      the baseline of the target) and `cycle status ... --format json > /dev/null`, JVM start
#      included, run as ./cycle runs it (client compiler, serial GC, a class-data-sharing archive made
#      once, before the timed runs) with -Xmx256m so that a run needing more heap would fail;
#   3. prints the median wall-clock and CPU time (user + system) of each and the ratios
#      (target: cycle / find -printf <= 2), the heap in use at exit and the largest resident set;
#   4. with LATENCY_MS per listing (it.ciclo.bench.ScanLatency on it.ciclo.bench.ListingLatency, a
#      store that sleeps before every listing; one JVM per measure, start included): the scan with
#      one thread and with Scan's default, and what a one-at-a-time walk must wait at least
#      (folders listed x latency), with the ratios.
#
# Needs: bash, awk, GNU find, Java 17. Leaves nothing behind unless KEEP=1 (then prints the path).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-5}
latency=${LATENCY_MS:-5}
acts=20
sectors=100
files=50
jar="$here/cycle-cli/target/cycle.jar"
bench="$here/benchmarks/target/benchmarks.jar"
for j in "$jar" "$bench"; do
  if [ ! -f "$j" ]; then
    echo "missing $j: build with ./mvnw -q -DskipTests package -pl cycle-cli,benchmarks -am" >&2
    exit 2
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/scan-vs-find.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  echo "tree kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi
store="$work/store"
directive="$work/directive.json"
mkdir -p "$store"
# As ./cycle starts the command: see the script at the repository's root.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off"
export LC_ALL=C.UTF-8

awk -v acts="$acts" -v sectors="$sectors" 'BEGIN {
  print "{\"id\": \"benchmark\", \"title\": \"Benchmark\", \"issued\": {\"on\": \"2023-09-20\", \"by\": \"bench\"},"
  print " \"cycle\": {\"firstYear\": 2024, \"lastYear\": 2026},"
  printf " \"sectors\": ["
  for (s = 1; s <= sectors; s++) printf "%s{\"id\": \"s-%03d\", \"name\": \"Settore %03d\", \"folder\": \"Settore %03d\"}", (s > 1 ? ", " : ""), s, s, s
  print "],"
  printf " \"acts\": ["
  for (a = 1; a <= acts; a++) printf "%s{\"id\": \"act-%02d\", \"title\": \"Atto %02d\", \"approval\": {\"on\": \"2024-06-28\"}, \"submission\": {\"due\": {\"on\": \"2024-03-01\"}, \"folder\": \"R:\\\\ATTIVITA%s TRASVERSALI\\\\Bench\\\\Atto %02d\"}}", (a > 1 ? ", " : ""), a, a, "\x27", a
  print "]}"
}' > "$directive"

java $flags -jar "$jar" init "$directive" --store "$store" > /dev/null
names=$(seq -f 'Relazione %02g.docx' 1 "$files")
find "$store" -mindepth 4 -type d -print0 | while IFS= read -r -d '' dir; do
  (cd "$dir" && printf '%s\n' "$names" | tr '\n' '\0' | xargs -0 touch)
done
count=$(find "$store" -type f | wc -l)
folders=$(find "$store" -type d | wc -l)
echo "tree: $count files in $folders folders ($acts acts x $sectors sectors)"

# The class-data-sharing archive ./cycle makes after a build, here made by a run of the command measured.
cds="$work/cycle.jsa"
java $flags -XX:ArchiveClassesAtExit="$cds" -jar "$jar" status "$directive" --store "$store" --today 2024-02-01 \
  --format json > /dev/null 2>&1 || true
[ -f "$cds" ] && flags="$flags -XX:SharedArchiveFile=$cds"

# shellcheck source=measure.sh
source "$here/benchmarks/measure.sh"

run_find() { find "$store" -type f | wc -l > /dev/null; }
run_find_stat() { find "$store" -type f -printf '%s %T@ %p\n' | wc -l > /dev/null; }
run_cycle() { java $flags -Xmx256m -jar "$jar" status "$directive" --store "$store" --today 2024-02-01 --format json > /dev/null; }

run_find; run_cycle   # warm the page cache and the JVM's files
for _ in $(seq "$reps"); do
  measure find run_find
  measure stat run_find_stat
  measure cycle run_cycle
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo '?') cores"
echo
echo "== no latency: a local disk, page cache warm =="
for clock in wall cpu; do
  find_ms=$(median < "$work/find.$clock")
  stat_ms=$(median < "$work/stat.$clock")
  cycle_ms=$(median < "$work/cycle.$clock")
  echo "[$clock] find -type f | wc -l:          median ${find_ms} ms   (runs: $(tr '\n' ' ' < "$work/find.$clock"))"
  echo "[$clock] find -printf '%s %T@ %p':      median ${stat_ms} ms   (runs: $(tr '\n' ' ' < "$work/stat.$clock"))"
  echo "[$clock] cycle status --format json:    median ${cycle_ms} ms   (runs: $(tr '\n' ' ' < "$work/cycle.$clock"))"
  awk -v c="$cycle_ms" -v f="$find_ms" -v s="$stat_ms" -v k="$clock" 'BEGIN {
    printf "[%s] ratio cycle / find -printf:    %.2f (target <= 2)\n", k, c / (s > 0 ? s : 1)
    printf "[%s] ratio cycle / find -type f:    %.2f\n", k, c / (f > 0 ? f : 1)
  }'
done

heap=$(java $flags -Xmx256m -Xlog:gc+heap+exit=info:stdout -jar "$jar" status "$directive" --store "$store" \
  --today 2024-02-01 --format json | grep -E '^\[.*(def new generation|tenured generation)' | \
  awk '{ for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); sum += v } } END { printf "%.1f", sum / 1024 }')
echo "heap in use at exit (-Xmx256m):       ${heap} MB"
if [ -x /usr/bin/time ]; then
  rss=$( { /usr/bin/time -v java $flags -Xmx256m -jar "$jar" status "$directive" --store "$store" --today 2024-02-01 \
    --format json > /dev/null; } 2>&1 | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
  echo "max resident set size:                $((rss / 1024)) MB"
fi

echo
echo "== ${latency} ms per listing, as on a network share (one JVM per run, start included) =="
run_latency() { java $flags -Xmx256m -cp "$bench" it.ciclo.bench.ScanLatency "$directive" "$store" "$latency" "$1"; }
for threads in 1 8; do
  for _ in $(seq "$reps"); do
    start=$(date +%s%N)
    line=$(run_latency "$threads")
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$work/latency-$threads.wall"
  done
  echo "$line" > "$work/latency-$threads.line"
done
listings=$(awk '{ print $4 }' "$work/latency-1.line")
stat_ms=$(median < "$work/stat.wall")
one=$(median < "$work/latency-1.wall")
eight=$(median < "$work/latency-8.wall")
floor=$(( listings * latency ))
echo "listings made by a scan:              $listings ($(cat "$work/latency-1.line"))"
echo "a walk one folder at a time waits:    ${floor} ms at least (listings x ${latency} ms); with find -printf: $(( floor + ${stat_ms%.*} )) ms"
echo "scan, act folders one at a time:      median ${one} ms   (runs: $(tr '\n' ' ' < "$work/latency-1.wall"))"
echo "scan, 8 act folders at once:          median ${eight} ms   (runs: $(tr '\n' ' ' < "$work/latency-8.wall"))"
awk -v one="$one" -v eight="$eight" -v floor="$floor" -v s="$stat_ms" 'BEGIN {
  printf "gain of reading in parallel:          %.2fx\n", one / (eight > 0 ? eight : 1)
  printf "ratio scan (8) / sequential find with the same latency: %.2f\n", eight / (floor + s)
  printf "ratio scan (1) / sequential find with the same latency: %.2f\n", one / (floor + s)
}'
