#!/bin/sh
# Usage, from the repository root: bench/indicators/run.sh h2|mariadb [dossiers] [--skip-load]
# Builds the application classes, compiles the bench against them and runs it with the project's classpath.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/bench-classes
CP="target/classes:$(cat target/bench-classpath.txt)"
javac -encoding UTF-8 -parameters -cp "$CP" -d target/bench-classes bench/indicators/src/vn/motcua/indicator/IndicatorBench.java
exec java -Xmx6g -Duser.timezone=UTC -Dfile.encoding=UTF-8 -cp "target/bench-classes:$CP" vn.motcua.indicator.IndicatorBench "$@"
