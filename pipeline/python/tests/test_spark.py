"""scripts/spark_extract.py on a real multi-process cluster (local-cluster: two
executor JVMs, each with its own Python worker and pipeline) gives the CLI's
records. Skipped without Java or PySpark (scripts/python_test.sh installs
PySpark where Java is present)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_pipeline import BIN, ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="SKIPPED spark test: java not found")


def test_the_spark_job_on_two_executors_gives_the_cli_records(tmp_path):
    pytest.importorskip("pyspark", reason="SKIPPED spark test: pyspark not installed")
    data = tmp_path / "in"
    (data / "a").mkdir(parents=True)
    for p in SEEDS:
        shutil.copy(p, data / "a" / p.name)
    lines = [
        json.dumps({"id": "j1", "title": "Rates", "text": "The bank raised rates to 5.25%, its chief said."}),
        "",
        json.dumps({"text": "No id here: 3 ships sank, the navy said on Monday."}),
        '{"text": "broken',
    ]
    (data / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Groups of two: four groups over two partitions, cut where the CLI cuts them.
    # INPUT and OUTPUT relative to the driver's folder: executors run in folders of their own.
    sets = ["--set", "pipeline.group_size=2"]
    expected = subprocess.run([BIN, "run", "in", "-o", "-", "-q", *sets], capture_output=True, text=True, cwd=tmp_path)
    assert expected.returncode == 1, expected.stderr  # the broken line fails
    out = tmp_path / "out"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    job = subprocess.run(
        [sys.executable, str(ROOT / "scripts/spark_extract.py"), "in", "out",
         "--master", "local-cluster[2,1,1024]", "--partitions", "2", *sets],
        capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path,
    )
    assert job.returncode == 1, job.stderr[-3000:]  # one document failed
    got = [line for f in sorted(out.glob("part-*")) for line in f.read_text(encoding="utf-8").splitlines()]
    want = expected.stdout.splitlines()
    assert len(got) == len(want) == len(SEEDS) + 3
    bad_cli = [json.loads(w) for w in want if '"error"' in w[:200] and json.loads(w).get("error")]
    bad_job = [json.loads(g) for g in got if json.loads(g).get("error")]
    assert [b["id"] for b in bad_job] == [b["id"] for b in bad_cli] == ["b#4"]
    # The same lines, any order; a bad line's message names its place by the CLI's words.
    assert sorted(got) == sorted(want)
    summary = json.loads((out / "_SUCCESS").read_text())
    assert (summary["documents"], summary["failed"]) == (len(SEEDS) + 3, 1)
    assert summary["words"] == sum(len(json.loads(w).get("text", "").split()) for w in want if "error" not in json.loads(w))
    assert summary["partitions"] == 2
    # One warm-up task per task slot: each executor's worker loaded its pipeline before the job.
    assert summary["warm_workers"] == 2 and summary["startup_seconds"] > 0


def test_parquet_output_has_the_record_schema_and_the_cli_records(tmp_path):
    pytest.importorskip("pyspark", reason="SKIPPED spark test: pyspark not installed")
    pq = pytest.importorskip("pyarrow.parquet", reason="SKIPPED spark test: pyarrow not installed")
    data = tmp_path / "in"
    data.mkdir()
    for p in SEEDS[:3]:
        shutil.copy(p, data / p.name)
    (data / "b.jsonl").write_text(json.dumps({"id": "j1", "text": "Rates rose 2%, Ann Lee said."}) + "\n{broken\n", encoding="utf-8")
    want = subprocess.run([BIN, "run", str(data), "-o", "-", "-q"], capture_output=True, text=True).stdout.splitlines()
    out = tmp_path / "out"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    job = subprocess.run(
        [sys.executable, str(ROOT / "scripts/spark_extract.py"), str(data), str(out), "--master", "local[2]", "--format", "parquet"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert job.returncode == 1, job.stderr[-3000:]  # the broken line
    table = pq.read_table(out)
    import news_extract
    from test_schema import ddl_fields

    assert table.column_names == list(ddl_fields(news_extract.spark_schema()))
    got = {r["id"]: r for r in table.to_pylist()}
    assert len(got) == len(want) == 5

    def same(g, w, path):
        """g (from Parquet) holds w (the CLI's JSON); fields w lacks are null."""
        if isinstance(w, dict):
            assert isinstance(g, dict), path
            for key, value in g.items():
                if key not in w:
                    assert value is None, f"{path}.{key}"
            for key, value in w.items():
                same(g[key], value, f"{path}.{key}")
        elif isinstance(w, list):
            assert len(g) == len(w), path
            for i, (a, b) in enumerate(zip(g, w)):
                same(a, b, f"{path}[{i}]")
        else:
            assert g == w, f"{path}: {g!r} != {w!r}"

    for line in want:
        record = json.loads(line)
        same(got[record["id"]], record, record["id"])


def _plan_partitions():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from spark_extract import plan_partitions
    finally:
        sys.path.pop(0)
    return plan_partitions


def test_partitions_are_runs_of_whole_groups_that_shrink_toward_the_end():
    plan_partitions = _plan_partitions()
    sizes = [1000 + (i * 7919) % 5000 for i in range(400)]
    plan = plan_partitions(sizes, group=8, slots=2)
    # Contiguous runs, numbered from 0, cut only between groups.
    assert plan[0] == 0 and all(b - a in (0, 1) for a, b in zip(plan, plan[1:]))
    assert all(plan[i] == plan[i - 1] for i in range(1, len(plan)) if i % 8)
    # Guided: the first run takes about a quarter of the bytes, the last few are single groups.
    runs = [sum(s for s, p in zip(sizes, plan) if p == k) for k in range(plan[-1] + 1)]
    assert 0.2 < runs[0] / sum(sizes) < 0.3
    assert runs[0] > runs[len(runs) // 2] > runs[-1]
    assert [plan.count(k) for k in range(plan[-2] - 1, plan[-1] + 1)][-2:] == [8, 8]


def test_partitions_asked_for_are_of_about_equal_bytes():
    plan_partitions = _plan_partitions()
    sizes = [100] * 100 + [1000] * 100
    plan = plan_partitions(sizes, group=4, slots=2, parts=4)
    runs = [sum(s for s, p in zip(sizes, plan) if p == k) for k in range(plan[-1] + 1)]
    assert len(runs) == 4 and max(runs) < 1.3 * min(runs)
    # One document, one partition; fewer groups than partitions asked, a partition per group.
    assert plan_partitions([5], group=8, slots=2) == [0]
    assert plan_partitions([1] * 16, group=8, slots=2, parts=4) == [0] * 8 + [1] * 8
