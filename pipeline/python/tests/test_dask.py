"""scripts/dask_extract.py, the README's Dask example, on worker processes gives
the CLI's records. Skipped without Dask (scripts/python_test.sh installs it)."""

import subprocess
import sys

import pytest

from test_pipeline import BIN, ROOT, SEEDS


def test_the_dask_example_on_two_worker_processes_gives_the_cli_lines(tmp_path):
    pytest.importorskip("dask.bag", reason="SKIPPED dask test: dask not installed (pip install dask)")
    # Groups of two: three model groups of the five seeds over two partitions.
    sets = ["--set", "pipeline.group_size=2"]
    expected = subprocess.run([BIN, "run", "seeds", "-o", "-", "-q", *sets], capture_output=True, text=True, cwd=ROOT)
    assert expected.returncode == 0, expected.stderr
    out = tmp_path / "out"
    job = subprocess.run(
        [sys.executable, str(ROOT / "scripts/dask_extract.py"), "seeds", str(out), "--partitions", "2", *sets],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert job.returncode == 0, job.stderr[-3000:]
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 2
    got = [line for f in parts for line in f.read_text(encoding="utf-8").splitlines()]
    want = expected.stdout.splitlines()
    assert len(got) == len(want) == len(SEEDS)
    assert sorted(got) == sorted(want)
