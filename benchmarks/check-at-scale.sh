#!/usr/bin/env bash
# check-at-scale.sh: how `cycle check` grows with the number of acts, and the far-future case
# (issue 10, item 6). Measured, never asserted: it prints its figures.
#
# Usage (from anywhere; builds nothing, stops if a jar is missing):
#   ./mvnw -q -DskipTests package -pl cycle-cli,benchmarks -am
#   benchmarks/check-at-scale.sh            # 3 runs of each command
#   RUNS=5 benchmarks/check-at-scale.sh
#
# Prints two tables:
#   1. in process (it.ciclo.bench.CheckAtScale measure): reading, evaluating and checking 2,500 to
#      20,000 acts, best of three after a cold run, and each step's growth (x2 acts: x2 is linear,
#      x2.1-2.3 is n log n, x4 would be quadratic); then the far-future directive;
#   2. the command itself, JVM start included (`java -jar cycle-cli/target/cycle.jar check FILE`):
#      median wall-clock of RUNS runs for 2,500, 5,000 and 20,000 acts and for the far-future case,
#      and the exit code (1: check found errors, as it should on these directives).
#
# Needs: bash, awk, Java 17. Leaves nothing behind.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
cycle="$here/cycle-cli/target/cycle.jar"
bench="$here/benchmarks/target/benchmarks.jar"
for jar in "$cycle" "$bench"; do
  if [ ! -f "$jar" ]; then
    echo "missing $jar: build with ./mvnw -q -DskipTests package -pl cycle-cli,benchmarks -am" >&2
    exit 2
  fi
done
work=$(mktemp -d "${TMPDIR:-/tmp}/check-at-scale.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo '?') cores"
echo
echo "== in process =="
java -cp "$bench" it.ciclo.bench.CheckAtScale measure

echo
echo "== the command, JVM start included (median of $runs runs) =="
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
time_check() {
  local file=$1 label=$2 times=() code=0 start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    java -jar "$cycle" check "$file" > /dev/null 2>&1 || code=$?
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%-36s median %6s ms   (runs: %s)   exit %s\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}" "$code"
}
for n in 2500 5000 20000; do
  java -cp "$bench" it.ciclo.bench.CheckAtScale write "$n" "$work/acts-$n.json"
  time_check "$work/acts-$n.json" "check, $n acts ($(( $(wc -c < "$work/acts-$n.json") / 1024 )) KB)"
done
java -cp "$bench" it.ciclo.bench.CheckAtScale far "$work/far.json"
time_check "$work/far.json" "check, far future (100 acts)"
sed 's/2999-12-31/9999-12-31/' "$work/far.json" > "$work/far-9999.json"
time_check "$work/far-9999.json" "check, 9999-12-31 (refused, exit 2)"
