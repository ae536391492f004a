"""Type stubs of news_extract (see the module docstring of __init__.py)."""

import os
from typing import Any, Dict, Iterable, Iterator, Mapping, NamedTuple, Optional, Tuple, Union

__version__: str

class Json(NamedTuple):
    raw: Union[str, bytes]

Doc = Union[str, bytes, Mapping[str, Any], Json]
DocIn = Union[Doc, Tuple[Doc, Mapping[str, str]]]

class Pipeline:
    def __init__(
        self,
        config: Optional[Union[str, os.PathLike[str]]] = None,
        set: Optional[Union[Mapping[str, Any], Iterable[str]]] = None,
        threads: int = 0,
    ) -> None: ...
    @property
    def config_hash(self) -> str: ...
    @property
    def config(self) -> Dict[str, Any]: ...
    def __call__(self, doc: Doc, id: Optional[str] = None, source: str = "python") -> Dict[str, Any]: ...
    def line(self, doc: Doc, id: Optional[str] = None, source: str = "python") -> str: ...
    def pipe(self, docs: Iterable[DocIn], batch_size: int = 64, source: str = "python") -> Iterator[Dict[str, Any]]: ...
    def pipe_json(self, docs: Iterable[DocIn], batch_size: int = 64, source: str = "python") -> Iterator[str]: ...

def record_schema() -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a record: a document or an error record."""
    ...

def spark_schema() -> str:
    """A record as a Spark SQL DDL string, for ``spark.read.schema(...)``."""
    ...

def shared_pipeline(
    config: Optional[Union[str, os.PathLike]] = None,
    set: Optional[Union[Mapping[str, Any], Iterable[str]]] = None,
    threads: int = 0,
) -> Pipeline:
    """The process's pipeline for these arguments, made once (for Spark, Dask, Ray tasks)."""
    ...
