"""Compiled theme templates kept in memory across the rebuilds of one `mkdocs serve` process.

MkDocs makes a new Jinja environment for every build, so each rebuild of the preview compiled
Material's templates again (about a tenth of a rebuild of the real site). Jinja's bytecode cache
stores each compiled template under its name and a checksum of its source, so a template edited
during the preview is compiled afresh. A one-off `mkdocs build` compiles each template once anyway.
"""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Jinja bytecode kept in a dict for the life of the process."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill the bucket from memory, if this template was compiled before (Jinja checks the checksum)."""
        if (code := self._store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Remember a freshly compiled template."""
        self._store[bucket.key] = bucket.bytecode_to_string()


SHARED = MemoryBytecodeCache()
"""One cache per process: `hooks.py` is executed anew on each rebuild, this module is not."""
