#!/usr/bin/env python3
"""Speed of the Spark job against itself and the CLI, on one machine:

    python scripts/spark_bench.py INPUT [--bin target/release/news-extract] [--memory 2048]

Runs scripts/spark_extract.py over INPUT on `local-cluster[1,1,M]` (one executor
of one core) and `local-cluster[2,1,M]` (two), then `news-extract run INPUT -j 2`,
and prints documents/s and words/s of each (the Spark figures exclude the
cluster's start, printed apart), the 2-over-1 executor ratio and the 2-executor
job over the CLI. Needs the package installed in this Python (see README,
"Python") and PySpark with Java 17.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def spark(input_dir: str, executors: int, memory: int, out: str) -> dict:
    started = time.time()
    proc = subprocess.run(
        [sys.executable, os.path.join(HERE, "spark_extract.py"), input_dir, out,
         "--master", f"local-cluster[{executors},1,{memory}]", "--threads", "1"],
        capture_output=True, text=True,
        env=dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable))
    if proc.returncode not in (0, 1):
        sys.exit(f"spark_extract failed:\n{proc.stderr[-3000:]}")
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    summary["wall"] = time.time() - started
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "news-extract"))
    ap.add_argument("--memory", type=int, default=2048, help="MB per executor")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one = spark(args.input, 1, args.memory, os.path.join(tmp, "one"))
        two = spark(args.input, 2, args.memory, os.path.join(tmp, "two"))
        started = time.time()
        subprocess.run([args.bin, "run", args.input, "-j", "2", "-q", "-o", os.path.join(tmp, "cli.jsonl")], check=False)
        cli_seconds = time.time() - started
    words = two["words"]
    for name, s in (("1 executor ", one), ("2 executors", two)):
        print(f"spark {name}: {s['documents']} documents, {s['words']} words in {s['seconds']:.1f} s "
              f"({s['documents'] / s['seconds']:.1f} documents/s, {s['words'] / s['seconds']:.0f} words/s); "
              f"cluster start (executors up, pipelines loaded) {s['startup_seconds']:.1f} s, "
              f"all else outside the job {s['wall'] - s['seconds'] - s['startup_seconds']:.1f} s")
    print(f"cli -j 2: {words / cli_seconds:.0f} words/s ({cli_seconds:.1f} s, process start and model load included)")
    print(f"2 executors over 1: {one['seconds'] / two['seconds']:.2f}x; "
          f"2-executor job over the CLI: {cli_seconds / two['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
