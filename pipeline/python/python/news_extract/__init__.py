"""news-extract in Python: news articles to records of anatomy, sentences,
named entities, quotations and numbers.

    >>> import news_extract
    >>> nlp = news_extract.Pipeline(set={"entities.precision": "fp32"})
    >>> record = nlp('"We will win," Ann Lee said on Monday.')
    >>> [q["speaker"]["name"] for q in record["quotes"]]
    ['Ann Lee']
    >>> for record in nlp.pipe(texts, batch_size=64): ...

A record is the dict of one line of ``news-extract run``: for the same text,
id, source and configuration it is the CLI's line byte for byte
(``pipe_json`` yields the lines themselves). Offsets are code-point offsets
into ``record["text"]``, so ``text[s["start"]:s["end"]] == s["text"]``.

Where things are found:

* libtorch: the extension module has an rpath to the ``libtorch/lib`` of the
  checkout it was built in. Elsewhere, set ``NEWS_EXTRACT_LIBTORCH`` to a
  libtorch folder (or its ``lib``) before importing; its libraries are loaded
  from there first.
* the NER model: a relative ``entities.model`` (the default,
  ``models/ner-attr-minilm-l3-f1024-cased``) is looked up in the working directory,
  then under ``$NEWS_EXTRACT_HOME``, then in the checkout the package was built
  from.
"""

from __future__ import annotations

import ctypes
import json
import os
from typing import Any, Dict, Iterable, Iterator, List, Mapping, NamedTuple, Optional, Tuple, Union


def _preload_libtorch() -> None:
    """Load libtorch from ``$NEWS_EXTRACT_LIBTORCH`` before the extension module
    needs it, so a copy shipped beside the package (a cluster's archive) is
    used whatever the rpath baked in at build time says."""
    root = os.environ.get("NEWS_EXTRACT_LIBTORCH")
    if not root:
        return
    lib = os.path.join(root, "lib") if os.path.isdir(os.path.join(root, "lib")) else root
    # Dependencies first; RTLD_GLOBAL so the extension's references resolve to them.
    for name in ("libgomp-a34b3233.so.1", "libcudart.so.12", "libcupti.so.12", "libc10.so", "libtorch_cpu.so", "libtorch.so"):
        path = os.path.join(lib, name)
        if os.path.exists(path):
            ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)


_preload_libtorch()

from ._native import Engine as _Engine  # noqa: E402
from ._native import __version__  # noqa: E402
from .schema import record_schema, spark_schema  # noqa: E402

__all__ = ["Json", "Pipeline", "__version__", "record_schema", "shared_pipeline", "spark_schema"]


class Json(NamedTuple):
    """One JSON object as raw text, read exactly as a line of a ``.jsonl``
    input (bad JSON gives an error record, as in a CLI run): for lines read
    from shards or queues without parsing them in Python."""

    raw: Union[str, bytes]


#: A document: its text; the bytes of a text file (decoded as ``run`` decodes a
#: ``.txt``: BOM, UTF-16, Windows-1252 fallback); or an object as a line of a
#: ``.jsonl`` input (fields by ``[input.fields]``: ``text``/``maintext``/...,
#: ``title``, ``id``, ``date_publish``, ``url``, ``authors``, ``source``, ...),
#: or such a line unparsed as a :class:`Json`.
#: In ``pipe``, also a ``(doc, {"id": ..., "source": ..., "line": ...})`` pair:
#: the id and source the record gets, as a file's path gives them in a CLI
#: run, and the line of the shard a JSON document was read from, which a bad
#: document's error message names as a CLI run does ("line 7: ...").
Doc = Union[str, bytes, Mapping[str, Any], Json]


def _toml_value(value: Any) -> str:
    """A Python value as the TOML text of a ``--set`` override."""
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise ValueError(f"config override value {value!r}: use str, bool, int, float or a list of them")


class Pipeline:
    """The news-extract pipeline, loaded once and applied to many documents.

    ``config``: a TOML file as ``news-extract run -c`` takes (None: built-in
    defaults, the same as ``config/default.toml``). ``set``: overrides as
    ``--set`` takes them, e.g. ``{"entities.precision": "fp32"}`` or
    ``{"pipeline.stages": ["sentences", "numbers"]}`` (Python values), or a
    list of ``"key=value"`` strings exactly as ``--set`` takes them (TOML
    values). ``threads``: worker
    threads (0: one per core); records do not depend on it.

    A key that is unknown or has a bad value, or a model that cannot be loaded,
    raises ValueError naming the key.
    """

    def __init__(
        self,
        config: Optional[Union[str, os.PathLike]] = None,
        set: Optional[Union[Mapping[str, Any], Iterable[str]]] = None,  # noqa: A002 (the CLI's name)
        threads: int = 0,
    ) -> None:
        if set is None:
            overrides: List[str] = []
        elif isinstance(set, Mapping):
            overrides = [f"{k}={_toml_value(v)}" for k, v in set.items()]
        else:
            overrides = [str(o) for o in set]
        self._engine = _Engine(None if config is None else os.fspath(config), overrides, threads)

    @property
    def config_hash(self) -> str:
        """Hash of the effective configuration, as written in every record."""
        return self._engine.config_hash

    @property
    def config(self) -> Dict[str, Any]:
        """The effective configuration (every key, defaults filled in)."""
        return json.loads(self._engine.config_json())

    def __call__(self, doc: Doc, id: Optional[str] = None, source: str = "python") -> Dict[str, Any]:  # noqa: A002
        """The record of one document (a dict as one line of ``news-extract run``).

        ``doc`` is the article text, or a dict as a JSON-lines input line holds
        it (its ``id`` field wins over ``id``). ``id`` defaults to ``"1"``
        (the document's place in an input of one); ``source`` is written as
        the record's ``source``. A document that cannot be processed gives
        its error record (``record["error"]``), not an exception.
        """
        return json.loads(self.line(doc, id=id, source=source))

    def line(self, doc: Doc, id: Optional[str] = None, source: str = "python") -> str:  # noqa: A002
        """As calling the pipeline, but the record as its JSON line (no newline),
        byte for byte what ``news-extract run`` writes."""
        return self._lines([(doc, id, source, 1, "document 1")])[0]

    def pipe(
        self,
        docs: Iterable[Doc],
        batch_size: int = 64,
        source: str = "python",
    ) -> Iterator[Dict[str, Any]]:
        """Records of ``docs``, in order, computed ``batch_size`` documents at a
        time in parallel on the engine's threads with the GIL released.

        A document is a str (its text; id: its place in ``docs`` from 1), the
        bytes of a text file, or a dict as a JSON-lines input line (id: its
        ``id`` field, else its place); any of them may come as a pair
        ``(doc, {"id": ..., "source": ..., "line": ...})`` giving the record's
        id and source and, for a JSON document, the shard line it came from.
        Batches are cut at multiples of ``pipeline.group_size``, as a CLI run
        groups its input, so fed in the order of a run over ``source`` the
        records are that run's lines. Ctrl-C raises KeyboardInterrupt at the
        end of the batch in progress.
        """
        for line in self.pipe_json(docs, batch_size=batch_size, source=source):
            yield json.loads(line)

    def pipe_json(
        self,
        docs: Iterable[Doc],
        batch_size: int = 64,
        source: str = "python",
    ) -> Iterator[str]:
        """As :meth:`pipe`, but yields each record as its JSON line (no newline),
        byte for byte what ``news-extract run`` writes."""
        group = self._engine.group_size
        size = max(group, -(-max(1, batch_size) // group) * group)
        batch: List[Tuple[Doc, Optional[str], str, int, str]] = []
        for n, doc in enumerate(docs, start=1):
            if isinstance(doc, tuple) and len(doc) == 2 and isinstance(doc[1], Mapping):
                doc, context = doc
                line = context.get("line")
                place = f"document {n}" if line is None else f"line {line}"
                batch.append((doc, context.get("id"), context.get("source", source), n, place))
            else:
                batch.append((doc, None, source, n, f"document {n}"))
            if len(batch) == size:
                yield from self._lines(batch)
                batch = []
        if batch:
            yield from self._lines(batch)

    def _lines(self, batch: List[Tuple[Doc, Optional[str], str, int, str]]) -> List[str]:
        items = []
        for doc, id_, source, n, place in batch:
            fallback = str(n) if id_ is None else str(id_)
            if isinstance(doc, Json):
                items.append(("json", doc.raw, fallback, source, place))
            elif isinstance(doc, (str, bytes)):
                items.append(("text", doc, fallback, source, place))
            elif isinstance(doc, Mapping):
                items.append(("json", json.dumps(doc, ensure_ascii=False), fallback, source, place))
            else:
                raise TypeError(f"document {n}: expected str, bytes or dict, got {type(doc).__name__}")
        return self._engine.lines(items)

    def __repr__(self) -> str:
        return f"news_extract.Pipeline(config_hash={self.config_hash!r})"


# The pipelines of this process by their arguments (see shared_pipeline).
_SHARED: Dict[Tuple[Any, ...], Pipeline] = {}


def shared_pipeline(
    config: Optional[Union[str, os.PathLike]] = None,
    set: Optional[Union[Mapping[str, Any], Iterable[str]]] = None,  # noqa: A002 (the CLI's name)
    threads: int = 0,
) -> Pipeline:
    """The process's pipeline for these arguments, made by the first call and
    returned by every later one: for Spark, Dask or Ray tasks, whose functions
    are unpickled afresh for each task (a cache in the task's own module would
    be new each time), so that a worker process loads the model once.

    Arguments as :class:`Pipeline`'s; calls with other arguments get a
    pipeline of their own (each holds a model copy: about 50 MB).
    """
    if set is None:
        overrides: Tuple[Any, ...] = ()
    elif isinstance(set, Mapping):
        overrides = tuple(sorted((str(k), repr(v)) for k, v in set.items()))
    else:
        overrides = tuple(str(o) for o in set)
    key = (None if config is None else os.fspath(config), overrides, threads)
    if key not in _SHARED:
        _SHARED[key] = Pipeline(config=config, set=set, threads=threads)
    return _SHARED[key]
