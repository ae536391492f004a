"""news_extract.record_schema() is the shipped JSON Schema, and
spark_schema() gives every field a record can have, in a DDL Spark reads."""

import json
import re
import subprocess

import news_extract

from test_pipeline import BIN, ROOT, SEEDS


def ddl_fields(ddl: str) -> dict:
    """A DDL string parsed back into {name: type}, a type being a scalar
    name, ("ARRAY", type) or a dict of fields (STRUCT)."""
    tokens = re.findall(r"`[^`]+`|<|>|,|:|[A-Z]+", ddl)
    pos = 0

    def kind():
        nonlocal pos
        word = tokens[pos]
        pos += 1
        if word == "ARRAY":
            assert tokens[pos] == "<"
            pos += 1
            inner = kind()
            assert tokens[pos] == ">"
            pos += 1
            return ("ARRAY", inner)
        if word == "STRUCT":
            assert tokens[pos] == "<"
            pos += 1
            fields = fields_until(">")
            pos += 1
            return fields
        return word

    def fields_until(end):
        nonlocal pos
        out = {}
        while pos < len(tokens) and tokens[pos] != end:
            name = tokens[pos].strip("`")
            pos += 1
            if tokens[pos] == ":":
                pos += 1
            out[name] = kind()
            if pos < len(tokens) and tokens[pos] == ",":
                pos += 1
        return out

    return fields_until(None)


def fits(value, kind, path="record"):
    """Whether a JSON value has the DDL type (None fits every type)."""
    if value is None:
        return
    if isinstance(kind, dict):
        assert isinstance(value, dict), path
        for key, v in value.items():
            assert key in kind, f"{path}.{key} is not in the Spark schema"
            fits(v, kind[key], f"{path}.{key}")
    elif isinstance(kind, tuple):
        assert isinstance(value, list), path
        for i, v in enumerate(value):
            fits(v, kind[1], f"{path}[{i}]")
    else:
        want = {"STRING": str, "BIGINT": int, "DOUBLE": (int, float), "BOOLEAN": bool}[kind]
        assert isinstance(value, want) and not (kind == "BIGINT" and isinstance(value, bool)), f"{path}: {value!r} is not {kind}"


def test_record_schema_is_the_shipped_file():
    shipped = json.loads((ROOT / "pipeline/schema/record.schema.json").read_text())
    assert news_extract.record_schema() == shipped


def test_every_field_of_the_seed_records_and_an_error_record_has_its_spark_type(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "broken\n', encoding="utf-8")
    fields = ddl_fields(news_extract.spark_schema())
    assert list(fields)[:2] == ["id", "source"]
    assert "error" in fields and fields["entities"][1]["start"] == "BIGINT"
    assert fields["numbers"][1]["value"] == "DOUBLE"
    out = subprocess.run(
        [BIN, "run", str(bad), *map(str, SEEDS), "-o", "-", "-q"],
        cwd=ROOT, capture_output=True, text=True)
    lines = [json.loads(l) for l in out.stdout.splitlines()]
    assert any("error" in r for r in lines) and len(lines) == len(SEEDS) + 1
    for record in lines:
        fits(record, fields)


def test_a_field_the_schema_lacks_is_caught():
    fields = ddl_fields(news_extract.spark_schema())
    try:
        fits({"id": "x", "entities": [{"start": 0, "end": 1, "text": "A", "label": "PER", "score": 1.0, "extra": 1}]}, fields)
    except AssertionError as e:
        assert "extra" in str(e)
    else:
        raise AssertionError("an unknown field passed")
