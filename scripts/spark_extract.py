#!/usr/bin/env python3
"""news-extract as a Spark job: INPUT (a folder of .txt files and/or JSON-lines
shards) to OUTPUT (JSON lines or Parquet), one record per article, the same
records `news-extract run INPUT` writes (any order).

    python scripts/spark_extract.py INPUT OUTPUT [--master URL] [--config FILE]
        [--set KEY=VALUE]... [--format jsonl|parquet] [--partitions N] [--threads N]

How: the driver lists the documents in the CLI's input order (files sorted by
name at every level; a shard's non-blank lines in order) and numbers them; the
numbers are cut into runs of whole `pipeline.group_size` groups, one run per
partition, so every executor batches the model's windows as the CLI run does.
Each executor's Python worker builds one `news_extract.Pipeline` the first time
it needs one and keeps it for every later task (`news_extract.shared_pipeline`,
mapInPandas); a warm-up task per task slot loads it before the job is timed.
Failed documents are records with an `error`, as in the CLI. OUTPUT/_SUCCESS
holds a JSON summary: documents, failed, words, config_hash, seconds (the job),
startup_seconds (session, executors and pipelines), warm_workers.

The files are read by the executors, so INPUT must be a path every executor
sees (the same machine, NFS, a mounted bucket). Shipping to a cluster: see
the README, section "Spark".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Dict, Iterator, List, Tuple

TEXT_EXT = (".txt",)
SHARD_EXT = (".jsonl",)

def walk(root: str) -> List[Tuple[str, str]]:
    """(relative path, path as the CLI names it) of the input files, in the
    CLI's order: sorted by name at every level."""
    if os.path.isfile(root):
        return [(os.path.basename(root), root)]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in filenames:
            if name.endswith(TEXT_EXT + SHARD_EXT):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                found.append((rel, path))
    found.sort(key=lambda f: f[0].split("/"))
    return found


def file_id(rel: str) -> str:
    """The CLI's id of a file: its relative path without the extension."""
    return rel.rsplit(".", 1)[0]


def documents(root: str) -> Iterator[Tuple[str, str, str, int]]:
    """(kind, path, id, line) of every document in input order: a text file is
    one (`text`, line 0); a shard gives one per non-blank line (`json`).
    Shards are read here only to count their lines; executors read the text."""
    for rel, path in walk(root):
        if path.endswith(TEXT_EXT):
            yield "text", path, file_id(rel), 0
            continue
        with open(path, "rb") as f:
            lines = [n for n, line in enumerate(f, start=1) if line.strip()]
        for n in lines:
            yield "json", path, f"{file_id(rel)}#{n}", n


def annotate_partition(config, overrides, threads, cwd):
    """The mapInPandas function: rows (idx, kind, path, id, line) in, rows
    (idx, line, failed, words) out, a frame per 256 documents. A relative
    path is the driver's (`cwd`): executors run in folders of their own, and
    the record's `source` keeps the path as given, as the CLI's does."""

    def run(frames):
        import pandas as pd
        import news_extract

        # One pipeline per Python worker process, kept by the package across tasks
        # (this function is unpickled afresh for every task).
        nlp = news_extract.shared_pipeline(config=config, set=list(overrides), threads=threads)
        shard_cache: Dict[str, List[bytes]] = {}

        def docs(rows):
            for r in rows:
                if r.kind == "text":
                    with open(os.path.join(cwd, r.path), "rb") as f:
                        yield (f.read(), {"id": r.id, "source": r.path})
                else:
                    if r.path not in shard_cache:
                        shard_cache.clear()
                        with open(os.path.join(cwd, r.path), "rb") as f:
                            shard_cache[r.path] = f.read().split(b"\n")
                    raw = shard_cache[r.path][r.line - 1].rstrip(b"\r")
                    if r.line == 1:
                        raw = raw.removeprefix(b"\xef\xbb\xbf")
                    # The line as the CLI reads it (bad JSON is an error record); its `id` field wins.
                    yield (news_extract.Json(raw), {"id": r.id, "source": r.path, "line": r.line})

        def frame(out):
            return pd.DataFrame(out, columns=["idx", "line", "failed", "words"])

        rows = [r for f in frames for r in f.itertuples(index=False)]
        rows.sort(key=lambda r: r.idx)
        out = []
        for r, line in zip(rows, nlp.pipe_json(docs(rows), batch_size=64)):
            record = json.loads(line)
            failed = "error" in record
            out.append((r.idx, line, int(failed), 0 if failed else len(record.get("text", "").split())))
            if len(out) == 256:
                yield frame(out)
                out = []
        if out:
            yield frame(out)

    return run


def warm_up(config, overrides, threads):
    """A task that loads the pipeline in its worker and names the process, so
    that executors start, and load the model, before the job is timed."""

    def run(_rows):
        import news_extract

        news_extract.shared_pipeline(config=config, set=list(overrides), threads=threads)
        yield os.getpid()

    return run


def write_summary(spark, output: str, summary: dict) -> None:
    """OUTPUT/_SUCCESS with the summary, through Hadoop's file system (any URI)."""
    jvm = spark._jvm
    path = jvm.org.apache.hadoop.fs.Path(output.rstrip("/") + "/_SUCCESS")
    fs = path.getFileSystem(spark._jsc.hadoopConfiguration())
    stream = fs.create(path, True)
    stream.write(bytearray(json.dumps(summary, indent=1).encode() + b"\n"))
    stream.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's, else local[*])")
    ap.add_argument("--config", default=None, help="TOML configuration, as `run -c`")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a key, as `run --set`")
    ap.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    ap.add_argument("--partitions", type=int, default=0, help="default: 4 per executor core")
    ap.add_argument("--threads", type=int, default=1, help="pipeline threads per task (match spark.task.cpus)")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession
    from pyspark import StorageLevel

    # The config is checked (and its group size read) on the driver before any executor starts.
    import news_extract

    probe = news_extract.Pipeline(config=args.config, set=args.set, threads=1)
    group = probe.config["pipeline"]["group_size"]
    config_hash = probe.config_hash
    del probe

    builder = SparkSession.builder.appName("news-extract")
    if args.master:
        builder = builder.master(args.master)
    began = time.time()
    spark = builder.getOrCreate()
    # Executors start and load the pipeline first (one warm-up task per task slot), so
    # that `seconds` times the job itself and `startup_seconds` the cluster's start.
    slots = spark.sparkContext.defaultParallelism
    workers = spark.sparkContext.parallelize(range(slots), slots).mapPartitions(
        warm_up(args.config, args.set, args.threads)).collect()
    started = time.time()
    docs = list(documents(args.input))
    if not docs:
        print(f"spark_extract: no .txt or .jsonl files under {args.input}", file=sys.stderr)
        return 2
    parts = args.partitions or max(1, 4 * spark.sparkContext.defaultParallelism)
    groups = -(-len(docs) // group)
    per_part = -(-groups // parts)  # whole groups per partition
    rows = [(i, i // group // per_part, kind, path, id_, line) for i, (kind, path, id_, line) in enumerate(docs)]
    df = spark.createDataFrame(rows, "idx long, part long, kind string, path string, id string, line long")
    df = df.repartitionByRange(-(-groups // per_part), "part").drop("part")
    out_schema = "idx long, line string, failed int, words long"
    annotated = df.mapInPandas(annotate_partition(args.config, args.set, args.threads, os.getcwd()), out_schema)
    annotated = annotated.persist(StorageLevel.MEMORY_AND_DISK)
    stats = annotated.groupBy().agg({"idx": "count", "failed": "sum", "words": "sum"}).collect()[0]
    if args.format == "jsonl":
        annotated.select("line").write.mode("overwrite").text(args.output)
    else:
        # The record's own schema, not one inferred per run: the same columns and
        # types whatever the documents; a line that does not fit fails the job.
        lines = annotated.select("line").rdd.map(lambda r: r.line)
        records = spark.read.schema(news_extract.spark_schema()).option("mode", "FAILFAST").json(lines)
        records.write.mode("overwrite").parquet(args.output)
    summary = {
        "documents": int(stats["count(idx)"]),
        "failed": int(stats["sum(failed)"] or 0),
        "words": int(stats["sum(words)"] or 0),
        "config_hash": config_hash,
        "format": args.format,
        "partitions": df.rdd.getNumPartitions(),
        "seconds": round(time.time() - started, 3),
        "startup_seconds": round(started - began, 3),
        "warm_workers": len(set(workers)),
    }
    write_summary(spark, args.output, summary)
    print(json.dumps(summary))
    spark.stop()
    return 1 if summary["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
