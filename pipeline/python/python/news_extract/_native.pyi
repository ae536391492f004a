"""Type stubs of the extension module (the engine); use news_extract.Pipeline."""

from typing import List, Optional, Tuple, Union

__version__: str
RECORD_SCHEMA: str

class Engine:
    """A configured pipeline: the stages, the model, the thread pool."""

    def __init__(self, config: Optional[str] = None, overrides: List[str] = ..., threads: int = 0) -> None: ...
    @property
    def config_hash(self) -> str: ...
    @property
    def group_size(self) -> int: ...
    def config_json(self) -> str: ...
    def lines(self, items: List[Tuple[str, Union[str, bytes], str, str, str]]) -> List[str]:
        """JSON lines of (kind "text"|"json", payload, id, source, place) items, in
        order; place names a bad JSON document in its error ("line 7")."""
