#!/bin/sh
# The scan benchmark: generates a corpus of Kubernetes objects of mixed kinds (once) and measures
#   1. the wall time of ./moat scan over it, JVM start included (hyperfine when installed, else a loop);
#   2. in the same runs (--timings), the CPU time spent reading+parsing versus judging, summed over
#      threads, and the wall time of the scan and of writing the report.
# Usage: bench/run.sh [OBJECTS=10000] [RUNS=10]
set -eu
cd "$(dirname "$0")/.."
objects=${1:-10000}
runs=${2:-10}
corpus=bench/corpus/k8s-$objects
if [ ! -d "$corpus" ]; then
  java bench/GenerateCorpus.java "$corpus" "$objects"
fi
./moat --version >/dev/null # builds the jar first if needed, outside the measurement
mkdir -p bench/results
cmd="./moat scan $corpus -f json -o /dev/null --fail-on none --timings"
echo "machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -n 1)"
echo "corpus:  $corpus ($(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1))"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" --export-json bench/results/scan.json "$cmd" 2>/dev/null
else
  echo "(hyperfine not installed: timing a plain loop)"
  i=0
  while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f "wall %e s" $cmd 2>&1 | grep -E "^wall"
    i=$((i + 1))
  done
fi
echo "phase split over $runs runs (in-process, JVM start excluded):"
i=0
: > bench/results/timings.txt
while [ "$i" -lt "$runs" ]; do
  $cmd 2>&1 >/dev/null | grep "timings" >> bench/results/timings.txt
  i=$((i + 1))
done
awk '{
  for (f = 1; f <= NF; f++) {
    if ($f == "read+parse") parse += $(f + 1);
    if ($f == "rules") rules += $(f + 1);
    if ($f == "scan") scan += $(f + 1);
    if ($f == "report") report += $(f + 1);
    if ($f == "total") total += $(f + 1);
  }
  n++
} END {
  printf "  CPU summed over threads: read+parse %.0f ms, rules %.0f ms (means of %d runs)\n", parse/n, rules/n, n;
  printf "  scan / parse-only (CPU) = %.2f\n", (parse+rules)/parse;
  printf "  wall inside the JVM: scan %.0f ms, report %.0f ms, total %.0f ms\n", scan/n, report/n, total/n;
}' bench/results/timings.txt
