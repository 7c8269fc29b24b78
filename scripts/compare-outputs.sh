#!/bin/sh
# Checks that a change leaves the outputs as they were: runs the weekly job of an earlier build (a git ref) and of
# the working tree over the same input folders, each on a fresh database, and compares the week's outputs with
# scripts/CompareOutputs.java (CSVs line for line, the annex cell by cell, the PDF's text page by page; times
# masked). Exit 0 when every folder is identical.
#
#   scripts/compare-outputs.sh OLD_REF [INPUT_DIR ...]      (default inputs: input ../shared/corpus)
#   WEEK=2022-W21 JAVA_OPTS=-Xmx256m scripts/compare-outputs.sh 9c6c294 input target/bench/10000
#
# The earlier build is made in a git worktree under target/compare/old (its own jobs/ and templates/). Run info
# shows the input folder relative to the home folder when it lies inside it, so an input inside this clone shows
# as one difference there.
set -eu
cd "$(dirname "$0")/.."
home=$(pwd)
[ $# -ge 1 ] || { echo "usage: scripts/compare-outputs.sh OLD_REF [INPUT_DIR ...]" >&2; exit 2; }
ref=$1; shift
[ $# -gt 0 ] || set -- input ../shared/corpus
week=${WEEK:-2022-W21}
work="$home/target/compare"
old="$work/old"

mvn -q -B package -DskipTests
if [ ! -d "$old" ]; then
  git worktree add --detach "$old" "$ref" >/dev/null
else
  git -C "$old" checkout -q --detach "$ref"
fi
(cd "$old" && mvn -q -B package -DskipTests)
rm -rf "$work/app" && java -Djarmode=tools -jar target/briefing-engine.jar extract --destination "$work/app" >/dev/null

status=0
n=0
for input in "$@"; do
  n=$((n + 1))
  abs=$(cd "$input" && pwd)
  for side in old new; do
    dir="$work/run$n-$side"
    rm -rf "$dir" && mkdir -p "$dir"
    if [ "$side" = old ]; then build=$old; else build=$home; fi
    # shellcheck disable=SC2086
    (cd "$build" && java ${JAVA_OPTS:-} -jar target/briefing-engine.jar run weekly-briefing --input="$abs" \
        --output="$dir/out" --db="$dir/db" --week="$week" --no-mail >"$dir.log" 2>&1) \
      || { echo "the $side build failed on $input: see $dir.log" >&2; exit 1; }
  done
  echo "== $input"
  java -cp "$work/app/lib/*" scripts/CompareOutputs.java "$work/run$n-old/out/weekly-briefing/$week" \
      "$work/run$n-new/out/weekly-briefing/$week" || status=1
done
exit $status
