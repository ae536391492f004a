"""The Python package against the CLI: same records byte for byte, errors as
the CLI gives them, config errors naming the key, Ctrl-C.

Run by scripts/python_test.sh with the package installed; NX_BIN names the
`news-extract` binary to compare with (default: target/release/news-extract).
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import news_extract

ROOT = Path(__file__).resolve().parents[3]
BIN = os.environ.get("NX_BIN", str(ROOT / "target/release/news-extract"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def cli(*args: str) -> list:
    """The lines `news-extract run ARGS -o -` writes, run from the repository root."""
    out = subprocess.run([BIN, "run", *args, "-o", "-", "-q"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.fixture(scope="module")
def nlp():
    return news_extract.Pipeline()


def spans(record):
    """Every span of a record that carries `text`, as (start, end, text)."""
    found = []

    def walk(v):
        if isinstance(v, dict):
            if {"start", "end", "text"} <= v.keys():
                found.append((v["start"], v["end"], v["text"]))
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for key, value in record.items():
        if key != "text":
            walk(value)
    return found


def test_version_and_config_hash_are_the_clis(nlp):
    assert re.fullmatch(r"\d+\.\d+\.\d+", news_extract.__version__)
    line = json.loads(cli(str(SEEDS[0]))[0])
    assert nlp.config_hash == line["config_hash"]
    assert news_extract.__version__ == line["pipeline_version"]
    other = news_extract.Pipeline(set={"numbers.enabled": False})
    assert other.config_hash != nlp.config_hash
    assert other.config["numbers"]["enabled"] is False


def test_a_text_becomes_a_record_with_code_point_offsets(nlp):
    text = '🚀 "We will not sell 3,000 boats," Ann Lee said on Monday in Paris.'
    record = nlp(text)
    assert (record["id"], record["source"], record["text"]) == ("1", "python", text)
    assert "error" not in record
    assert [q["speaker"]["name"] for q in record["quotes"]] == ["Ann Lee"]
    assert any(n["value"] == 3000 for n in record["numbers"])
    assert spans(record), "the record has spans"
    for start, end, piece in spans(record):
        assert text[start:end] == piece
    assert nlp(text, id="a-7", source="here")["id"] == "a-7"


def test_pipe_gives_the_cli_lines_of_the_same_json_lines(nlp, tmp_path):
    shard = tmp_path / "seeds.jsonl"
    docs = [{"id": p.stem, "title": None, "text": p.read_text(encoding="utf-8")} for p in SEEDS]
    # One without an id: the CLI names it by file and line, Python by place.
    docs.append({"text": "Prices rose 4% in May, the ministry said."})
    shard.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    expected = cli(str(shard))
    got = list(nlp.pipe_json(docs, batch_size=3, source=str(shard)))
    assert len(got) == len(expected) == len(SEEDS) + 1
    assert got[:-1] == expected[:-1]
    last_cli, last_py = json.loads(expected[-1]), json.loads(got[-1])
    assert (last_cli["id"], last_py["id"]) == ("seeds#6", "6")
    last_cli["id"] = last_py["id"]
    assert last_py == last_cli
    assert [json.loads(line) for line in got] == list(nlp.pipe(docs, source=str(shard)))


def test_a_text_gives_the_cli_line_of_its_file():
    # One document per group on both sides, so the model batches the same windows.
    nlp = news_extract.Pipeline(set={"pipeline.group_size": 1})
    expected = cli("seeds", "--set", "pipeline.group_size=1")
    got = [nlp.line(p.read_text(encoding="utf-8"), id=p.stem, source=f"seeds/{p.name}") for p in SEEDS]
    assert got == expected
    assert nlp(SEEDS[0].read_text(encoding="utf-8"), id=SEEDS[0].stem, source=f"seeds/{SEEDS[0].name}") == json.loads(expected[0])


def test_pipe_gives_the_cli_lines_of_a_folder_of_text_files(nlp):
    expected = cli("seeds")
    pairs = [(p.read_bytes(), {"id": p.stem, "source": f"seeds/{p.name}"}) for p in SEEDS]
    assert list(nlp.pipe_json(pairs)) == expected
    latin1 = "Caf\u00e9 prices rose 5%, Ann Lee said.".encode("cp1252")
    record = nlp.pipe([(latin1, {"id": "x"})]).__next__()
    assert (record["id"], record["encoding"], record["text"][:4]) == ("x", "windows-1252", "Caf\u00e9")


def test_records_do_not_depend_on_the_thread_count():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    one = list(news_extract.Pipeline(threads=1).pipe_json(texts, batch_size=8))
    two = list(news_extract.Pipeline(threads=2).pipe_json(texts, batch_size=8))
    assert one == two


def test_a_bad_key_or_value_raises_value_error_naming_it():
    with pytest.raises(ValueError, match=r"entities\.precison"):
        news_extract.Pipeline(set={"entities.precison": "fp32"})
    with pytest.raises(ValueError, match=r"pipeline\.group_size"):
        news_extract.Pipeline(set={"pipeline.group_size": 0})
    with pytest.raises(ValueError, match=r"entities\.model"):
        news_extract.Pipeline(set={"entities.model": "no/such/model"})
    with pytest.raises(ValueError, match=r"config file"):
        news_extract.Pipeline(config="no/such/config.toml")


def test_a_failing_document_gives_its_error_record_and_the_batch_goes_on(nlp):
    docs = ["Ann Lee said it cost $5 million.", {"title": "No body"}, "", "Bob left at noon."]
    records = list(nlp.pipe(docs))
    assert [r["id"] for r in records] == ["1", "2", "3", "4"]
    assert records[1]["error"]["kind"] == "no_text"
    assert "document 2" in records[1]["error"]["message"]
    assert records[2]["error"]["kind"] == "empty"
    assert "error" not in records[0] and "error" not in records[3]
    assert nlp("")["error"]["kind"] == "empty"
    with pytest.raises(TypeError, match="document 1"):
        list(nlp.pipe([42]))


def test_ctrl_c_interrupts_a_long_pipe():
    script = (
        "import itertools, sys, news_extract\n"
        "nlp = news_extract.Pipeline(set={'entities.enabled': False}, threads=1)\n"
        "docs = itertools.repeat('Ann Lee said 3 boats sank on Monday. ' * 200)\n"
        "for i, r in enumerate(nlp.pipe(docs)):\n"
        "    if i == 0: print('started', flush=True)\n"
    )
    # A child of a shell's background job inherits SIGINT ignored, and Python then installs no
    # KeyboardInterrupt handler: give the child the default disposition, as a terminal would.
    p = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert p.stdout.readline().strip() == "started"
    time.sleep(0.5)
    sent = time.monotonic()
    p.send_signal(signal.SIGINT)
    try:
        _, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        raise
    assert time.monotonic() - sent < 30
    assert p.returncode != 0
    assert "KeyboardInterrupt" in err


def test_shared_pipeline_is_made_once_per_process_and_arguments():
    a = news_extract.shared_pipeline(set={"entities.enabled": False})
    assert news_extract.shared_pipeline(set={"entities.enabled": False}) is a
    b = news_extract.shared_pipeline(set=["entities.enabled=false"])
    assert b is not a and b.config_hash == a.config_hash  # other arguments, the same config
    assert news_extract.shared_pipeline(set={"entities.enabled": False}, threads=1) is not a
    record = a("Ann Lee said 3 ships sank.")
    assert record["entities"] == [] and record["numbers"]
