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
Runs are cut by bytes, not documents, and shrink as the job goes on (guided
self-scheduling): the first partitions are large, the last small, so that no
task slot idles through a long last task while the others wait.
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


def documents(root: str) -> Iterator[Tuple[str, str, str, int, int]]:
    """(kind, path, id, line, bytes) of every document in input order: a text
    file is one (`text`, line 0); a shard gives one per non-blank line (`json`).
    Shards are read here only to count and measure their lines; executors read
    the text."""
    for rel, path in walk(root):
        if path.endswith(TEXT_EXT):
            yield "text", path, file_id(rel), 0, os.path.getsize(path)
            continue
        with open(path, "rb") as f:
            lines = [(n, len(line)) for n, line in enumerate(f, start=1) if line.strip()]
        for n, size in lines:
            yield "json", path, f"{file_id(rel)}#{n}", n, size


def plan_partitions(sizes: List[int], group: int, slots: int, parts: int = 0) -> List[int]:
    """The partition of each document: runs of whole `group`-document groups.
    With `parts`, that many runs of about equal bytes. Without, guided
    self-scheduling: each run takes 1/(2 x slots) of the bytes still to
    place (at least one group), so runs shrink toward the end and the
    slots finish together; the time a document takes grows with its bytes."""
    group_bytes = [sum(sizes[i : i + group]) for i in range(0, len(sizes), group)]
    remaining = sum(group_bytes)
    plan, part, taken = [], 0, 0
    for n, size in enumerate(group_bytes):
        if parts:
            target = remaining / max(1, parts - part)
        else:
            target = remaining / (2 * max(1, slots))
        plan.append(part)
        taken += size
        if taken >= target and n + 1 < len(group_bytes):
            remaining -= taken
            part, taken = part + 1, 0
    return [plan[i // group] for i in range(len(sizes))]


def annotate_partition(config, overrides, threads, cwd, counts):
    """The mapInPandas function: rows (idx, kind, path, id, line) in, rows
    (line) out, a frame per 256 documents; `counts` are the (documents,
    failed, words) accumulators it adds to. A relative
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
            return pd.DataFrame({"line": out})

        rows = [r for f in frames for r in f.itertuples(index=False)]
        rows.sort(key=lambda r: r.idx)
        out, documents, failed, words = [], 0, 0, 0
        for line in nlp.pipe_json(docs(rows), batch_size=64):
            record = json.loads(line)
            documents += 1
            if "error" in record:
                failed += 1
            else:
                words += len(record.get("text", "").split())
            out.append(line)
            if len(out) == 256:
                yield frame(out)
                out = []
        if out:
            yield frame(out)
        for acc, n in zip(counts, (documents, failed, words)):
            acc.add(n)

    return run


def warm_up(config, overrides, threads):
    """A mapInPandas task that loads the pipeline in its worker and names the
    process, so that executors start, and load the model, before the job is
    timed. It goes the job's own way (mapInPandas, not an RDD map): Spark
    keeps pandas workers apart from RDD ones, and a warm-up that took the
    other way left the job to start its workers and import pandas, pyarrow
    and the package inside its first tasks."""

    def run(frames):
        import pandas as pd
        import news_extract

        for _ in frames:
            pass
        news_extract.shared_pipeline(config=config, set=list(overrides), threads=threads)
        yield pd.DataFrame({"pid": [os.getpid()]})

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
    ap.add_argument("--partitions", type=int, default=0,
                    help="that many partitions of about equal bytes (default: guided, shrinking toward the end)")
    ap.add_argument("--threads", type=int, default=1, help="pipeline threads per task (match spark.task.cpus)")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

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
    workers = [r.pid for r in spark.range(slots, numPartitions=slots).mapInPandas(
        warm_up(args.config, args.set, args.threads), "pid long").collect()]
    started = time.time()
    docs = list(documents(args.input))
    if not docs:
        print(f"spark_extract: no .txt or .jsonl files under {args.input}", file=sys.stderr)
        return 2
    plan = plan_partitions([d[4] for d in docs], group, slots, args.partitions)
    # Partition k holds run k exactly, with no shuffle: a list of n runs in n
    # slices is one run per slice, in order (a range or hash partitioner would
    # move runs of unequal length), and Spark starts tasks in partition order.
    runs: List[list] = [[] for _ in range(plan[-1] + 1)]
    for i, (part, (kind, path, id_, line, _)) in enumerate(zip(plan, docs)):
        runs[part].append((i, kind, path, id_, line))
    rows = spark.sparkContext.parallelize(runs, len(runs)).flatMap(lambda run: run)
    df = spark.createDataFrame(rows, "idx long, kind string, path string, id string, line long")
    # The counts travel in accumulators, so the write is the job's one action and
    # one stage: no cached copy of the records, no second pass to count them. A
    # result stage adds each partition's updates once, whatever the retries.
    counts = tuple(spark.sparkContext.accumulator(0) for _ in range(3))
    annotated = df.mapInPandas(annotate_partition(args.config, args.set, args.threads, os.getcwd(), counts), "line string")
    if args.format == "jsonl":
        annotated.write.mode("overwrite").text(args.output)
    else:
        # The record's own schema, not one inferred per run: the same columns and
        # types whatever the documents; a line that does not fit fails the job.
        lines = annotated.rdd.map(lambda r: r.line)
        records = spark.read.schema(news_extract.spark_schema()).option("mode", "FAILFAST").json(lines)
        records.write.mode("overwrite").parquet(args.output)
    summary = {
        "documents": counts[0].value,
        "failed": counts[1].value,
        "words": counts[2].value,
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
