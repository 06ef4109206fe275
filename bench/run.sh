#!/usr/bin/env bash
# make bench: performance figures of policysite on this machine (release build).
# Prints the median of RUNS runs for each figure. Later issues add the Hugo comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
bin=.build/release/policysite
swift build -c release --product policysite >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
figure() {  # figure STEP-PATTERN: median milliseconds of that step of `check --timings`
    for _ in $(seq "$RUNS"); do "$bin" check --timings 2>&1 >/dev/null | grep -F "$1" | awk '{print $1}'; done | median
}

echo "policysite benchmark, $(nproc) cores, median of $RUNS runs"
echo "pinyin readings table load (once per process): $(figure 'pinyin readings table') ms"
echo "pinyin checker over the site's glossary ($(grep -c '^- id:' content/data/glossary.yml) terms): $(figure 'pinyin checks') ms"
for _ in $(seq "$RUNS"); do
    s=$(date +%s%N); "$bin" build --output /tmp/policysite-bench-site >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
done | median | xargs -I{} echo "full build of the explainer (wall): {} ms"
rm -rf /tmp/policysite-bench-site
