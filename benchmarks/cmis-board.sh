#!/usr/bin/env sh
# The CMIS benchmark (cycle-cmis): board round trips and time at 10, 50 and 200 sectors, and
# classification throughput against plain CMIS document creation, in one run against the embedded
# OpenCMIS InMemory server. Needs a build first: ./mvnw -q -o install -DskipTests
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
cp_file=$(mktemp)
./mvnw -q -o -pl cycle-cmis dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
classpath="cycle-cmis/target/test-classes:cycle-cmis/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
exec java -Dbasedir="$here/cycle-cmis" -cp "$classpath" it.ciclo.cmis.CmisBoardBenchmark
