#!/usr/bin/env bash
# Edit latency of the live preview: how soon `serve` has an edited article's page, and every page
# that depends on it, on disk.
#
#   src/bench/incremental.sh [-a] [-b SECONDS] [-c] CORPUS [EDITS]
#
# CORPUS is a folder of articles, or a corpus from gen_corpus.py (its articles/ subfolder is used);
# EDITS defaults to 5. The articles are copied to target/bench/incremental/articles and served
# (java -jar target/dossier.jar serve, output in target/bench/incremental/site, a free port). Once
# the first build is done, each edit appends to one article's body a sentence naming a person the
# article does not yet name and a figure, so the person's page, the figure's and the indexes
# change too. The edit is written in place, or with -a atomically (a hidden file beside, then
# renamed over), as editors do. The time of the write is taken in nanoseconds, then the output is
# polled every 5 ms until
#   own page: the article's page has changed on disk;
#   all pages: serve has logged the update ("Rebuilt ..."); the time is that of the latest file
#              the update wrote (its modification time), or of the log line if that is later.
# It prints each edit's latencies, serve's own log line, and the medians. With -b, each edit is
# saved SECONDS after the previous one's page appeared, while that update still runs, as when an
# author saves again and again: then "all pages" is timed once, from the last write to the end of
# the update that covers every edit. With -c it then builds the edited articles afresh and checks
# that the served folder is byte for byte the same.
#
# Needs: python3. DOSSIER_JAVA_OPTS goes to the JVM; DOSSIER_JAR names a jar to run instead of
# building target/dossier.jar.
set -euo pipefail

usage="usage: $0 [-a] [-b SECONDS] [-c] CORPUS [EDITS]"
atomic=0 burst=0 compare=0
while getopts "ab:c" opt; do
  case $opt in
    a) atomic=1 ;; b) burst=$OPTARG ;; c) compare=1 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "$usage" >&2; exit 2; }
[[ $burst =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "incremental: -b takes a number of seconds: $burst" >&2; exit 2; }
corpus=$1 edits=${2:-5}
[ -d "$corpus/articles" ] && corpus=$corpus/articles
[ -d "$corpus" ] || { echo "incremental: no such folder: $corpus" >&2; exit 2; }
[[ $edits =~ ^[1-9][0-9]*$ ]] || { echo "incremental: EDITS must be a positive number: $edits" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
project=$(cd "$here/../.." && pwd -P)
jar=${DOSSIER_JAR:-$project/target/dossier.jar}
[ -n "${DOSSIER_JAR:-}" ] || (cd "$project" && { mvn -q -o -DskipTests package || mvn -q -DskipTests package; })
work=$project/target/bench/incremental
rm -rf "$work"
mkdir -p "$work"
cp -r "$corpus" "$work/articles"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
echo "corpus: $corpus ($(find "$work/articles" -type f | wc -l) files); serving on port $port; log in $work/serve.log"
# shellcheck disable=SC2086 # DOSSIER_JAVA_OPTS holds several options
java ${DOSSIER_JAVA_OPTS:-} -jar "$jar" serve --articles "$work/articles" --templates "$project/templates" \
  --out "$work/site" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null && wait "$server" 2> /dev/null || true' EXIT

python3 - "$work" "$server" "$edits" "$atomic" "$burst" <<'PY'
import json, os, re, statistics, sys, time

work, server, edits, atomic, burst = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1", float(sys.argv[5])
articles, site, log_path = (os.path.join(work, name) for name in ("articles", "site", "serve.log"))
log = open(log_path, encoding="utf-8", errors="replace")
lines = []

def read_log():
    text = log.read()
    if text:
        lines.extend(text.splitlines())

def alive():
    try:
        os.kill(server, 0)
        return True
    except ProcessLookupError:
        return False

def wait_for(pattern, since):
    """The first log line from index `since` on that matches `pattern`, polled every 5 ms."""
    while True:
        read_log()
        for line in lines[since:]:
            if re.search(pattern, line):
                return line
        if not alive():
            sys.exit("incremental: serve stopped:\n" + "\n".join(lines[-20:]))
        time.sleep(0.005)

started = time.time()
first = wait_for(r"^(Built |error)", 0).strip()
if first.startswith("error"):
    sys.exit("incremental: the first build failed: " + first)
print(first)
wait_for(r"^Serving ", 0)
print(f"first build and start: {time.time() - started:.1f} s", flush=True)

with open(os.path.join(site, "entities.json"), encoding="utf-8") as f:
    dossier = json.load(f)
listed = sorted(dossier["articles"], key=lambda a: a["file"])
named = {}
for entity in dossier["entities"]:
    if entity["kind"] == "person":
        for mention in entity["mentions"]:
            named.setdefault(mention["article"], set()).add(entity["name"])
people = sorted((e for e in dossier["entities"] if e["kind"] == "person"), key=lambda e: -len(e["mentions"]))

def stamp(path):
    return os.stat(path).st_mtime_ns

def latest_write(since_ns):
    """The latest modification time in the site, of the files written after `since_ns`."""
    latest = 0
    for folder, _, files in os.walk(site):
        for name in files:
            mtime = stamp(os.path.join(folder, name))
            if mtime > since_ns:
                latest = max(latest, mtime)
    return latest

def write(path, text):
    if atomic:
        temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp")
        with open(temporary, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

def rebuilt(since):
    """How many articles the updates logged from index `since` on rebuilt, and the last such line."""
    read_log()
    count, last = 0, None
    for line in lines[since:]:
        if line.startswith("error"):
            sys.exit("incremental: an update failed: " + line)
        match = re.match(r"Rebuilt (\d+) article", line)
        if match:
            count, last = count + int(match.group(1)), line
    return count, last

own, every = [], []
read_log()
start = len(lines)
for k in range(edits):
    time.sleep(burst if burst and k else 1)
    article = listed[(2 * k + 1) * len(listed) // (2 * edits)]
    person = next(p["name"] for p in people if p["name"] not in named.get(article["id"], set()))
    source, page = os.path.join(articles, article["file"]), os.path.join(site, article["url"])
    with open(source, encoding="utf-8") as f:
        text = f.read()
    before = open(page, "rb").read()
    read_log()
    seen = len(lines)
    sentence = f"{person} said on Friday that about {3100 + 17 * k:,} soldiers had crossed the border in edit {k}."
    write(source, text.rstrip("\n") + "\n\n" + sentence + "\n")
    written = time.time_ns()
    while open(page, "rb").read() == before:
        time.sleep(0.005)
    page_seen = time.time_ns()
    own.append((page_seen - written) / 1e6)
    if burst:
        print(f"edit {k + 1}: {article['file']} (+ {person}): own page {own[-1]:.0f} ms after the write", flush=True)
        continue
    done = wait_for(r"^(Rebuilt |error)", seen)
    logged = time.time_ns()
    if done.startswith("error"):
        sys.exit(f"incremental: edit {k + 1}: own page {own[-1]:.0f} ms after the write, then the update failed: {done}")
    every.append((max(latest_write(written), logged) - written) / 1e6)
    print(f"edit {k + 1}: {article['file']} (+ {person}): own page {own[-1]:.0f} ms, all pages {every[-1]:.0f} ms"
          f" after the write; serve: {done.strip()}", flush=True)

if burst:
    while (covered := rebuilt(start))[0] < edits:
        if not alive():
            sys.exit("incremental: serve stopped:\n" + "\n".join(lines[-20:]))
        time.sleep(0.005)
    logged = time.time_ns()
    every.append((max(latest_write(written), logged) - written) / 1e6)
    print(f"all pages {every[-1]:.0f} ms after the last write; serve: {covered[1].strip()}")
print(f"median over {edits} edits: own page {statistics.median(own):.0f} ms (target 200),"
      f" all pages {statistics.median(every):.0f} ms (target 2000)")
PY

if [ "$compare" = 1 ]; then
  # shellcheck disable=SC2086
  java ${DOSSIER_JAVA_OPTS:-} -jar "$jar" build --articles "$work/articles" --templates "$project/templates" \
    --out "$work/full" > "$work/full.log" 2>&1 || { echo "incremental: the full build failed:" >&2; tail -5 "$work/full.log" >&2; exit 1; }
  if diff -rq "$work/site" "$work/full" > "$work/diff.txt"; then
    echo "the served folder is byte for byte a full build of the edited articles"
  else
    echo "incremental: the served folder differs from a full build ($(wc -l < "$work/diff.txt") files, see $work/diff.txt)" >&2
    exit 1
  fi
fi
