#!/bin/sh
# Runs the benchmark, e.g. bench/run.sh --docs=10000: the same as bin/briefing-engine bench (see its --help).
exec "$(dirname "$0")/../bin/briefing-engine" bench "$@"
