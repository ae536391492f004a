"""The record's JSON Schema, and the same shape as a Spark SQL schema, so
that JSON lines and Parquet read into Spark get stable columns and types
(schema inference differs from one shard to the next: a field that is null
in every record of a shard, a value that happens to be whole)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

from ._native import RECORD_SCHEMA as _RECORD_SCHEMA

_SCALARS = {"string": "STRING", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN"}


def record_schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record, one line of ``run``:
    a document record or an error record."""
    return json.loads(_RECORD_SCHEMA)


def spark_schema() -> str:
    """A record as a Spark SQL DDL string, for ``spark.read.schema(...)``:
    the fields of the document record, then those only an error record
    has (``error``); every field nullable, as Spark's are. Enumerations are
    strings, JSON numbers doubles and integers BIGINT, in the schema's order.

        >>> df = spark.read.schema(news_extract.spark_schema()).json("out/*.jsonl")
    """
    schema = record_schema()
    defs = schema["$defs"]
    return ", ".join(f"`{name}` {ddl}" for name, ddl in _fields(schema, defs))


def _resolve(node: Any, defs: Dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _fields(node: Dict[str, Any], defs: Dict[str, Any]) -> List[Tuple[str, str]]:
    """(name, DDL type) of an object's properties: its own in order (a
    ``true`` property takes its type from the ``allOf`` it inherits), then
    inherited ones not listed, then the members of a ``oneOf`` of objects."""
    node = _resolve(node, defs)
    inherited: Dict[str, Any] = {}
    for part in node.get("allOf", []):
        inherited.update(_resolve(part, defs).get("properties", {}))
    out: Dict[str, str] = {}
    for name, prop in node.get("properties", {}).items():
        out[name] = _ddl(inherited[name] if prop is True else prop, defs)
    for name, prop in inherited.items():
        out.setdefault(name, _ddl(prop, defs))
    for member in node.get("oneOf", []):
        for name, ddl in _fields(member, defs):
            out.setdefault(name, ddl)
    return list(out.items())


def _ddl(node: Any, defs: Dict[str, Any]) -> str:
    node = _resolve(node, defs)
    if "oneOf" in node:  # X or null
        kinds = [m for m in node["oneOf"] if _resolve(m, defs).get("type") != "null"]
        if len(kinds) != 1:
            raise ValueError(f"no Spark type for a oneOf of {len(kinds)} kinds")
        return _ddl(kinds[0], defs)
    if "enum" in node:
        return "STRING"
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        if len(kinds) != 1:
            raise ValueError(f"no Spark type for {kind}")
        kind = kinds[0]
    if kind == "array":
        return f"ARRAY<{_ddl(node['items'], defs)}>"
    if kind == "object":
        return "STRUCT<" + ", ".join(f"`{n}`: {t}" for n, t in _fields(node, defs)) + ">"
    if kind in _SCALARS:
        return _SCALARS[kind]
    raise ValueError(f"no Spark type for {node!r}")
