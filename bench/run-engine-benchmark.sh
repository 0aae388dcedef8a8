#!/usr/bin/env bash
# JMH benchmark of the criteria engine: 10,000 communes × 75 indicators (see CriteriaEngineBenchmark).
# Writes bench/engine.json; about 1 minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cp_file=target/bench-classpath.txt
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main \
  CriteriaEngineBenchmark -f 1 -wi 2 -i 3 -rf json -rff bench/engine.json "$@"
