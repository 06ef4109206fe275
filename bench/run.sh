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
    s=$(date +%s%N); "$bin" build --no-cache --output /tmp/policysite-bench-site >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
done | median | xargs -I{} echo "full build of the explainer (wall): {} ms"
rm -rf /tmp/policysite-bench-site

# Incremental builds (issue 6): a copy of the explainer with its own cache; the same command
# after no change, and after one page's body changed (a different sentence each run).
inc=$(mktemp -d)
cp -r content "$inc/content"
timed() { local s e; s=$(date +%s%N); "$bin" build --root "$inc" >"$inc/last.log"; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
ms=$(for _ in $(seq "$RUNS"); do rm -rf "$inc/site" "$inc/.build-site"; timed; done | median)
echo "incremental build, from nothing (no cache): $ms ms"
ms=$(for _ in $(seq "$RUNS"); do timed; done | median)
echo "incremental build, nothing changed: $ms ms ($(sed 's/.*ms; //' "$inc/last.log"))"
ms=$(for i in $(seq "$RUNS"); do echo "Bench sentence $i." >>"$inc/content/about.md"; timed; done | median)
echo "incremental build, one page's text changed: $ms ms ($(sed 's/.*ms; //' "$inc/last.log"))"
rm -rf "$inc"

# The preview server under load: wrk for 10 s against a page on loopback, with a rebuild
# (a page edited) 4 s into the run. Every request must succeed.
if command -v wrk >/dev/null; then
    work=$(mktemp -d)
    cp -r content "$work/content"
    "$bin" serve --root "$work" --port 0 >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 200); do grep -q '^Serving' "$work/serve.log" && break; sleep 0.05; done
    url=$(sed -n 's/^Serving .* at \(http[^ ]*\) .*/\1/p' "$work/serve.log")
    (sleep 4; sed -i 's/^title: About this site$/title: About this site (edited)/' "$work/content/about.md") &
    wrk -t2 -c32 -d10s --latency "${url}policies/new-industrialization-finance/" >"$work/wrk.txt"
    kill -INT "$server"; wait "$server" 2>/dev/null || true
    rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
    total=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt"); p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    bad=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt"); errors=$(awk '/Socket errors/ {print $0}' "$work/wrk.txt")
    rebuild=$(grep -m1 'page content/about.md: rebuilt in' "$work/serve.log" | sed 's/.*rebuilt in \([0-9]*\) ms.*/\1/')
    echo "preview server, wrk 2 threads 32 connections 10 s on loopback: $rps requests/s ($total requests), latency p50 $p50, p99 $p99"
    echo "  rebuild during the run: ${rebuild:-none seen} ms; failed requests: ${bad:-0} non-2xx${errors:+, $errors}"
    rm -rf "$work"
    [ -z "$bad" ] && [ -z "$errors" ] && [ -n "$rebuild" ] || { echo "preview server: requests failed or no rebuild seen"; exit 1; }
fi
