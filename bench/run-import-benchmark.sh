#!/usr/bin/env bash
# National-size Excel import: POI alone vs. our streaming parse + validation, with peak heap, in 512 MiB.
# Usage: bench/run-import-benchmark.sh [communes=10000] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -o -q test-compile
mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -Xmx512m -XX:+UseG1GC -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.ntm.exchange.ImportBenchmark "${1:-10000}" "${2:-3}"
