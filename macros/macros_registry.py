"""The macros available to pages. Each returns finished Markdown; data is escaped on the way in."""

from __future__ import annotations

from typing import Any

from .atlas import Atlas
from .render.indexes import collection_index
from .render.record import render_record


def register(env: Any, atlas: Atlas) -> None:
    """Register every macro on the mkdocs-macros environment."""

    def here() -> str:
        return env.page.file.src_uri

    @env.macro
    def record_page(collection: str, record_id: str) -> str:
        """The page of one record (used by generated pages)."""
        entry = atlas.get(collection, record_id)
        if entry is None:
            raise KeyError(f"no record {collection}/{record_id}")
        return render_record(atlas, entry)

    def _collection_index(collection: str) -> str:
        """The table of all records of a collection."""
        return collection_index(atlas, collection, here())

    env.macro(_collection_index, "collection_index")
