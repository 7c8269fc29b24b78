#!/bin/sh
# Builds the engine if needed and runs the benchmark from the project folder, e.g.
#   bench/run.sh --docs=10000
#   bench/run.sh --docs=10000,20000     (also reports linearity)
# See 'bench/run.sh --help' for every option.
set -e
cd "$(dirname "$0")/.."
[ -f target/briefing-engine.jar ] || mvn -q -DskipTests package
exec java -jar target/briefing-engine.jar bench "$@"
