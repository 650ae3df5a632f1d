# measure.sh: timing helpers sourced by the benchmark scripts (scan-vs-find.sh, raccogli.sh).
# They write into "$work", which the sourcing script creates.

# Runs "$@" once; appends its wall-clock and CPU (user + system) milliseconds to $work/$1.wall and .cpu.
measure() {
  local name=$1 times
  shift
  times=$( { TIMEFORMAT='%R %U %S'; time "$@" > /dev/null 2>&1; } 2>&1 )
  awk -v t="$times" 'BEGIN { split(t, v, " "); printf "%d\n", v[1] * 1000 }' >> "$work/$name.wall"
  awk -v t="$times" 'BEGIN { split(t, v, " "); printf "%d\n", (v[2] + v[3]) * 1000 }' >> "$work/$name.cpu"
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
