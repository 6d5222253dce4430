#!/bin/sh
# Usage, from the repository root: bench/load/run.sh load|replay h2|mariadb [arguments of the bench]
# Builds the application classes, compiles the benches against them and runs one with the project's classpath.
set -e
cd "$(dirname "$0")/../.."
bench="$1"
shift
mvn -B -q -ntp compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-load-classes bench/load/data
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -encoding UTF-8 -parameters -cp "$CP" -d target/bench-load-classes bench/load/src/vn/motcua/bench/*.java
gc=
case "$bench" in
  load) main=vn.motcua.bench.LoadBench ;;
  # The replay is a batch on one thread: the throughput collector, 6-10 % faster than G1 on a replayed January.
  replay) main=vn.motcua.bench.YearReplay; gc=-XX:+UseParallelGC ;;
  ceiling) main=vn.motcua.bench.EngineCeiling ;;
  *) echo "load, replay or ceiling, not $bench" >&2; exit 2 ;;
esac
# BENCH_JAVA_OPTS: extra JVM options, e.g. -Dcamunda.bpm.history-level=audit for our app (bench/load/README.md).
exec java -Xmx2g ${gc} ${BENCH_JAVA_OPTS} -Duser.timezone=UTC -Dfile.encoding=UTF-8 -cp "target/bench-load-classes:$CP" "$main" "$@"
