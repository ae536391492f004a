#!/usr/bin/env python3
"""The pipeline over a folder of .txt files with Dask: each partition of file
paths is annotated in a Dask worker by that worker's one pipeline
(`news_extract.shared_pipeline`, loaded once per process), and the records are
written as JSON lines, one file per partition. The lines are the CLI's for the
same files (`news-extract run FOLDER`), in any order.

    python scripts/dask_extract.py INPUT_FOLDER OUTPUT_FOLDER [--partitions N]
        [--scheduler processes|threads|synchronous] [--set KEY=VALUE]...

A Dask example of the package, not a replacement for `run`: for many machines
use `scripts/spark_extract.py` or a `dask.distributed` cluster (the same code;
pass `--scheduler` the cluster's address through `dask.config`).
"""

import argparse
from pathlib import Path
from typing import Iterable, List, Sequence

import dask
import dask.bag as db

import news_extract


def annotate(groups: Iterable[List[str]], root: str, overrides: Sequence[str]) -> List[str]:
    """The CLI's lines for these groups of files: ids and sources as `run`
    gives them for the folder `root` (the path below it without its extension;
    the path). A partition holds whole model groups (`pipeline.group_size`
    documents, as the CLI batches them), so its records are the CLI's."""
    nlp = news_extract.shared_pipeline(set=list(overrides), threads=1)
    base = Path(root)
    docs = []
    for p in (p for group in groups for p in group):
        path = Path(p)
        rel = path.relative_to(base).with_suffix("")
        docs.append((path.read_bytes(), {"id": rel.as_posix(), "source": p}))
    return list(nlp.pipe_json(docs))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="folder of .txt files (walked recursively, sorted)")
    ap.add_argument("output", help="folder for part-N.jsonl files")
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--scheduler", default="processes", choices=["processes", "threads", "synchronous"])
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    args = ap.parse_args()
    # The config is checked, and its group size read, before any worker starts.
    group = news_extract.Pipeline(set=args.set, threads=1).config["pipeline"]["group_size"]
    files = [str(p) for p in sorted(Path(args.input).rglob("*.txt"))]
    groups = [files[i : i + group] for i in range(0, len(files), group)]
    lines = db.from_sequence(groups, npartitions=args.partitions).map_partitions(
        annotate, args.input, args.set
    )
    Path(args.output).mkdir(parents=True, exist_ok=True)
    with dask.config.set(scheduler=args.scheduler):
        lines.to_textfiles(str(Path(args.output) / "part-*.jsonl"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
