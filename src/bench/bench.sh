#!/usr/bin/env bash
# Side-by-side benchmark: Dossier against Hugo on the same synthetic corpus.
#
#   src/bench/bench.sh [-r RUNS] [-n "1000 10000"] [-l "100000"] [-p hugo] [-t TOOLS_DIR] [-e EDITS]
#
# For each corpus size it generates the corpus once with TOOLS_DIR/gen_corpus.py
# (default ../shared/bench), then alternates cold builds: Dossier (java -jar
# target/dossier.jar build into a fresh output folder) and the peer
# (TOOLS_DIR/run_peer.sh). Each build is timed as a whole process with GNU time.
# It prints, per size and tool, the median wall time, CPU time, peak RSS and pages
# per second, and the ratio Dossier / peer of the median wall times. Each size given with -l is
# built once by Dossier alone (with DOSSIER_LARGE_JAVA_OPTS, by default the JVM's own heap size and
# collector with the JIT settings of .mvn/jvm.config, as a user would run the jar), for growth: its wall
# time against the median of the largest -n size, and its peak RSS. The other builds run with
# DOSSIER_JAVA_OPTS, by default the settings of .mvn/jvm.config. Then, on the largest -n corpus,
# it measures the live preview's edit latency with src/bench/incremental.sh (EDITS edits,
# default 5; -e 0 skips it).
#
# Needs: python3, GNU time, and the peer (apt-get install -y time hugo).
set -euo pipefail

runs=3 sizes="1000 10000" large="" peer=hugo edits=5
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
project=$(cd "$here/../.." && pwd -P)
tools=${DOSSIER_BENCH_TOOLS:-$project/../shared/bench}
# A worktree sits one folder deeper than the main checkout.
[ -f "$tools/gen_corpus.py" ] || [ -n "${DOSSIER_BENCH_TOOLS:-}" ] || tools=$project/../../shared/bench
while getopts "r:n:l:p:t:e:" opt; do
  case $opt in
    r) runs=$OPTARG ;; n) sizes=$OPTARG ;; l) large=$OPTARG ;; p) peer=$OPTARG ;; t) tools=$OPTARG ;;
    e) edits=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-n SIZES] [-l SIZES] [-p PEER] [-t TOOLS_DIR] [-e EDITS]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "bench: needs GNU time: apt-get install -y time" >&2; exit 2; }
[ -f "$tools/gen_corpus.py" ] || { echo "bench: no gen_corpus.py in $tools (set -t)" >&2; exit 2; }

work=$project/target/bench
mkdir -p "$work"
jar=$project/target/dossier.jar
(cd "$project" && { mvn -q -o -DskipTests package || mvn -q -DskipTests package; })
# The JVM settings the project's Maven goals run with (the README explains them); for the large
# sizes, the JVM's default heap and collector (G1), with the same JIT settings.
java_opts=${DOSSIER_JAVA_OPTS-$(cat "$project/.mvn/jvm.config")}
large_java_opts=${DOSSIER_LARGE_JAVA_OPTS:--XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000}

# Every build starts from the same state: earlier writes on disk and, where this user may (root),
# the page cache dropped, so no build finds an earlier build's files (its own or the other tool's)
# in memory, nor pays for writing them back. Without it, a 10,000-article Dossier build after
# other builds spent three times the kernel time and varied by a quarter from run to run.
settle() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then echo 3 > /proc/sys/vm/drop_caches; fi
}

# time_one LABEL CMD... : runs CMD under GNU time, appends "wall cpu peak_kib" to $work/LABEL.samples
time_one() {
  local label=$1; shift
  settle
  /usr/bin/time -o "$work/last.time" -f "%e %U %S %M" "$@" > "$work/last.out" 2>&1 || {
    echo "bench: $label failed:" >&2; tail -20 "$work/last.out" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/last.time" >> "$work/$label.samples"
}

summary() { # summary LABEL PAGES
  python3 - "$work/$1.samples" "$1" "$2" <<'PY'
import statistics, sys
path, label, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [list(map(float, l.split())) for l in open(path) if l.strip()]
wall = sorted(r[0] for r in rows)
med = statistics.median(wall)
print("%-16s runs=%d wall_s(min/median/max)=%.2f/%.2f/%.2f cpu_s=%.2f peak_MiB=%.0f pages=%d pages_per_s=%.0f"
      % (label, len(rows), wall[0], med, wall[-1], statistics.median(r[1] for r in rows),
         statistics.median(r[2] for r in rows) / 1024, pages, pages / med if med else 0))
PY
}

median_wall() {
  python3 -c 'import statistics,sys; print(statistics.median(float(l.split()[0]) for l in open(sys.argv[1]) if l.strip()))' "$1"
}

generate() { # generate N: the corpus of N articles, once
  if [ ! -f "$work/corpus-$1/corpus.txt" ]; then
    python3 "$tools/gen_corpus.py" --seeds "$tools/../seeds" --out "$work/corpus-$1" --n "$1" > /dev/null
  fi
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
echo "Dossier's JVM options: ${java_opts:-none}"
if [ -w /proc/sys/vm/drop_caches ]; then echo "page cache: dropped before every build"
else echo "page cache: kept (not root): builds may find earlier builds' files in memory"; fi
for n in $sizes; do
  corpus=$work/corpus-$n
  generate "$n"
  rm -f "$work/dossier-$n.samples" "$work/$peer-$n.samples"
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/site-$n" "$work/.site-$n.previous" "$work/.site-$n.staging"
    time_one "dossier-$n" java $java_opts -jar "$jar" build --articles "$corpus/articles" --out "$work/site-$n"
    rm -rf "$work/peer-$n/.trash"
    time_one "$peer-$n" bash "$tools/run_peer.sh" "$peer" "$corpus" "$work/peer-$n"
  done
  rm -rf "$work/peer-$n/.trash"
  dossier_pages=$(find "$work/site-$n" -name '*.html' | wc -l)
  peer_pages=$(find "$work/peer-$n/public" -name '*.html' | wc -l)
  index_bytes=$(cat "$work/site-$n"/assets/search-index*.js 2>/dev/null | wc -c)
  html_bytes=$(find "$work/site-$n" -name '*.html' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  echo "== $n articles"
  summary "dossier-$n" "$dossier_pages"
  summary "$peer-$n" "$peer_pages"
  python3 -c 'import sys; d,p=float(sys.argv[1]),float(sys.argv[2]); print("ratio dossier/%s (median wall) = %.2f" % (sys.argv[3], d/p))' \
    "$(median_wall "$work/dossier-$n.samples")" "$(median_wall "$work/$peer-$n.samples")" "$peer"
  echo "output: html $((html_bytes / n)) bytes/article, search index $((index_bytes / n)) bytes/article"
done

largest=$(printf '%s\n' $sizes | sort -n | tail -1)
for n in $large; do
  generate "$n"
  rm -f "$work/dossier-$n.samples"
  rm -rf "$work/site-$n" "$work/.site-$n.previous" "$work/.site-$n.staging"
  # shellcheck disable=SC2086 # the options are several words
  time_one "dossier-$n" java $large_java_opts -jar "$jar" build --articles "$work/corpus-$n/articles" --out "$work/site-$n"
  echo "== $n articles, one build ($large_java_opts)"
  summary "dossier-$n" "$(find "$work/site-$n" -name '*.html' | wc -l)"
  python3 -c 'import sys; print("growth: %.2f times the %s-article median" % (float(sys.argv[1]) / float(sys.argv[2]), sys.argv[3]))' \
    "$(median_wall "$work/dossier-$n.samples")" "$(median_wall "$work/dossier-$largest.samples")" "$largest"
  rm -rf "$work/site-$n"
done

if [ "$edits" -gt 0 ]; then
  echo "== live preview, $largest articles, $edits edits"
  DOSSIER_JAR=$jar DOSSIER_JAVA_OPTS=$java_opts bash "$here/incremental.sh" "$work/corpus-$largest" "$edits"
fi
