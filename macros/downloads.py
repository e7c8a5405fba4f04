"""Files built from the data for download: filled in by the downloads feature."""

from __future__ import annotations

from pathlib import Path

from .atlas import Atlas


def assets(atlas: Atlas, root: Path) -> list[tuple[str, str | bytes]]:
    """(path under the site, content) for every generated download."""
    return []
