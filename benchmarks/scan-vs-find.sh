#!/usr/bin/env bash
# scan-vs-find.sh: how long `cycle status` takes to scan a large shared folder, against a plain
# `find` walk of the same tree, measured in the same run.
#
# Usage (from anywhere; builds the command first if needed):
#   benchmarks/scan-vs-find.sh            # 5 repetitions
#   REPS=9 KEEP=1 benchmarks/scan-vs-find.sh
#
# What it does:
#   1. generates a directive of 20 acts x 100 sectors (2,000 sector folders) and, with
#      `cycle init`, the folder tree; then puts 50 files in every sector folder: 100,000 files;
#   2. warms the file-system cache with one walk, then REPS times, alternating: times
#      `find DIR -type f | wc -l` and `./cycle status ... --format json >/dev/null` (JVM start
#      included, JAVA_OPTS=-Xmx256m so that a run that needed more heap would fail);
#   3. prints the median wall-clock time of each and the ratio (target: under 2), the same for the
#      CPU time (user + system: steadier than wall-clock on a busy machine), the heap in use when the JVM exits
#      after a scan (-Xlog:gc+heap+exit), and the largest resident set size (/usr/bin/time -v, if
#      installed). For reference it also times `find -printf` with size and mtime, which reads what
#      the scan reads (one stat per file), while `find -type f` usually needs no stat at all.
#
# Needs: bash, awk, GNU find, Java 17. Leaves nothing behind unless KEEP=1 (then prints the path).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-5}
acts=20
sectors=100
files=50

work=$(mktemp -d "${TMPDIR:-/tmp}/scan-vs-find.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
  echo "tree kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi
store="$work/store"
directive="$work/directive.json"
mkdir -p "$store"

if [ ! -f "$here/cycle-cli/target/cycle.jar" ]; then
  (cd "$here" && ./mvnw -q -B -o -DskipTests install)
fi

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

"$here/cycle" init "$directive" --store "$store" > /dev/null
names=$(seq -f 'Relazione %02g.docx' 1 "$files")
find "$store" -mindepth 4 -type d -print0 | while IFS= read -r -d '' dir; do
  (cd "$dir" && printf '%s\n' "$names" | tr '\n' '\0' | xargs -0 touch)
done
count=$(find "$store" -type f | wc -l)
folders=$(find "$store" -mindepth 4 -type d | wc -l)
echo "tree: $count files in $folders sector folders ($acts acts x $sectors sectors)"

# shellcheck source=measure.sh
source "$here/benchmarks/measure.sh"

run_find() { find "$store" -type f | wc -l > /dev/null; }
run_find_stat() { find "$store" -type f -printf '%s %T@ %p\n' | wc -l > /dev/null; }
run_cycle() { JAVA_OPTS="-Xmx256m ${JAVA_OPTS:-}" "$here/cycle" status "$directive" --store "$store" --today 2024-02-01 --format json > /dev/null; }

run_find; run_cycle   # warm the page cache and the JVM's class data sharing archive
for _ in $(seq "$reps"); do
  measure find run_find
  measure cycle run_cycle
  measure stat run_find_stat
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo '?') cores"
for clock in wall cpu; do
  find_ms=$(median < "$work/find.$clock")
  stat_ms=$(median < "$work/stat.$clock")
  cycle_ms=$(median < "$work/cycle.$clock")
  echo "[$clock] find -type f | wc -l:         median ${find_ms} ms   (runs: $(tr '\n' ' ' < "$work/find.$clock"))"
  echo "[$clock] find -printf size,mtime:      median ${stat_ms} ms   (runs: $(tr '\n' ' ' < "$work/stat.$clock"))"
  echo "[$clock] cycle status --format json:   median ${cycle_ms} ms   (runs: $(tr '\n' ' ' < "$work/cycle.$clock"))"
  awk -v c="$cycle_ms" -v f="$find_ms" -v s="$stat_ms" -v k="$clock" 'BEGIN {
    printf "[%s] ratio cycle / find:           %.2f (target < 2)\n", k, c / (f > 0 ? f : 1)
    printf "[%s] ratio cycle / find -printf:   %.2f\n", k, c / (s > 0 ? s : 1)
  }'
done

heap=$(JAVA_OPTS="-Xmx256m -Xlog:gc+heap+exit=info:stdout" "$here/cycle" status "$directive" --store "$store" \
  --today 2024-02-01 --format json | grep -E '^\[.*(def new generation|tenured generation)' | \
  awk '{ for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); sum += v } } END { printf "%.1f", sum / 1024 }')
echo "heap in use at exit (-Xmx256m): ${heap} MB"
if [ -x /usr/bin/time ]; then
  rss=$( { JAVA_OPTS="-Xmx256m" /usr/bin/time -v "$here/cycle" status "$directive" --store "$store" --today 2024-02-01 \
    --format json > /dev/null; } 2>&1 | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
  echo "max resident set size:          $((rss / 1024)) MB"
fi
