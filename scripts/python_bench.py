#!/usr/bin/env python3
"""Time news_extract.Pipeline.pipe_json over a folder of .txt files, fed as a CLI run reads them
(bytes, ids and sources), writing /tmp/bbc-py.jsonl: python scripts/python_bench.py FOLDER"""
import json, os, sys, time
t0 = time.time()
import news_extract
root = sys.argv[1]
files = []
for d, dirs, names in os.walk(root):
    dirs.sort()
    for n in names:
        if n.endswith(".txt"):
            p = os.path.join(d, n)
            files.append((os.path.relpath(p, root).split(os.sep), p))
files.sort()
nlp = news_extract.Pipeline(threads=0)
t1 = time.time()
docs = ((open(p, "rb").read(), {"id": "/".join(rel)[:-4], "source": p}) for rel, p in files)
words = 0
with open("/tmp/bbc-py.jsonl", "w") as out:
    for line in nlp.pipe_json(docs, batch_size=64):
        out.write(line + "\n")
t2 = time.time()
for line in open("/tmp/bbc-py.jsonl"):
    r = json.loads(line)
    if "error" not in r:
        words += len(r["text"].split())
print(json.dumps({"docs": len(files), "words": words, "load_s": round(t1 - t0, 2), "pipe_s": round(t2 - t1, 2), "total_s": round(t2 - t0, 2), "words_per_s_pipe": round(words / (t2 - t1)), "words_per_s_total": round(words / (t2 - t0))}))
