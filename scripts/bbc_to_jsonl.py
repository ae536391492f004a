#!/usr/bin/env python3
"""Turn a folder of BBC-style .txt articles (headline, blank line, body) into one
.jsonl.gz file, one object per article: {"id", "title", "text"}.

The id is the path relative to the folder without extension, as `news-extract run`
gives the .txt files; files that are not UTF-8 are decoded as Windows-1252, as
news-extract does. news-extract turns each object back into "title\\n\\nbody".

usage: scripts/bbc_to_jsonl.py FOLDER OUT.jsonl.gz
"""
import gzip
import json
import sys
from pathlib import Path


def articles(root: Path):
    for path in sorted(root.rglob("*.txt"), key=lambda p: p.relative_to(root).parts):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        title, _, rest = text.partition("\n")
        if rest.startswith("\n"):
            rest = rest[1:]
        rel = path.relative_to(root).with_suffix("")
        yield {"id": "/".join(rel.parts), "title": title, "text": rest}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    n = 0
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for a in articles(root):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
