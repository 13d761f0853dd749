#!/usr/bin/env python3
"""Measures how fast `dossier serve` follows an edit.

Usage: serve_latency.py CORPUS_DIR EDITS [JAR] [PORT] [TEMPLATES]

Runs `java -jar JAR serve` on CORPUS_DIR/articles (output in CORPUS_DIR/site), waits for the first
build, then appends a sentence to one article EDITS times, a few seconds apart. For each edit it
prints the time from the write to the article's own page changing on disk (polled here) and the
server's log line, whose times count from the file event: the page, then every file written.
The corpus comes from /work/shared/bench/gen_corpus.py; the edited article is the middle one.
"""
import json
import os
import statistics
import subprocess
import sys
import threading
import time

corpus, edits = sys.argv[1], int(sys.argv[2])
jar = sys.argv[3] if len(sys.argv) > 3 else "target/dossier.jar"
port = sys.argv[4] if len(sys.argv) > 4 else "18123"
templates = sys.argv[5] if len(sys.argv) > 5 else "templates"
articles, out = os.path.join(corpus, "articles"), os.path.join(corpus, "site")
server = subprocess.Popen(["java", "-jar", jar, "serve", "--articles", articles, "--templates", templates,
                           "--out", out, "--port", port],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
lines = []


def pump():
    for line in server.stdout:
        lines.append(line.rstrip())
        if not line.startswith("warning"):
            print("  serve:", line.rstrip(), flush=True)


threading.Thread(target=pump, daemon=True).start()
started = time.time()
while not any(line.startswith("Serving") for line in lines):
    if server.poll() is not None:
        sys.exit("serve stopped before serving")
    time.sleep(0.5)
print(f"first build and start: {time.time() - started:.1f} s", flush=True)
listed = json.load(open(os.path.join(out, "entities.json"), encoding="utf-8"))["articles"]
article = sorted(listed, key=lambda a: a["file"])[len(listed) // 2]
source, page = os.path.join(articles, article["file"]), os.path.join(out, article["url"])
print("editing", source, "->", page, flush=True)
pages = []
for k in range(edits):
    time.sleep(3)
    before = open(page, "rb").read()
    seen = len(lines)
    with open(source, "a", encoding="utf-8") as f:
        f.write(f"\nThe ministry in Seoul said on Friday that edit number {k} of this clipping was checked by officials.\n")
    written = time.time()
    while open(page, "rb").read() == before:
        time.sleep(0.002)
    pages.append((time.time() - written) * 1000)
    while not any(("Rebuilt" in line or "error" in line) for line in lines[seen:]):
        time.sleep(0.01)
    done = next(line for line in lines[seen:] if "Rebuilt" in line or "error" in line)
    print(f"edit {k}: page on disk {pages[-1]:.0f} ms after the write; {done}", flush=True)
server.terminate()
server.wait()
print(f"median page on disk: {statistics.median(pages):.0f} ms over {edits} edits")
