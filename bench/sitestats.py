"""Sizes in a built site: pages, record pages' HTML, the search index and what it holds."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SiteStats:
    """What a reader downloads."""

    pages: int
    site_mb: float
    median_record_kb: float
    largest_record_kb: float
    largest_record: str
    search_bytes: int
    search_record_bytes: int
    records: int

    @property
    def search_per_record(self) -> float:
        """Search index bytes per record (the whole index divided by the number of records)."""
        return self.search_bytes / max(1, self.records)


def site_stats(site: Path, record_paths: list[str]) -> SiteStats:
    """Measure the built `site`; `record_paths` are the records' page folders, e.g. `people/abe-akie`."""
    html = list(site.rglob("*.html"))
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    sizes = {
        rel: (site / rel / "index.html").stat().st_size for rel in record_paths if (site / rel / "index.html").exists()
    }
    largest = max(sizes, key=sizes.__getitem__) if sizes else ""
    index = site / "search" / "search_index.json"
    search_bytes = index.stat().st_size if index.exists() else 0
    return SiteStats(
        pages=len(html),
        site_mb=total / 1e6,
        median_record_kb=statistics.median(sizes.values()) / 1000 if sizes else 0.0,
        largest_record_kb=sizes[largest] / 1000 if sizes else 0.0,
        largest_record=largest,
        search_bytes=search_bytes,
        search_record_bytes=_record_share(index, record_paths) if search_bytes else 0,
        records=len(record_paths),
    )


def _record_share(index: Path, record_paths: list[str]) -> int:
    """Bytes of the index entries that belong to record pages."""
    prefixes = {f"{rel}/" for rel in record_paths}
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"]
    return sum(
        len(json.dumps(d, separators=(",", ":")))  # as Material writes it
        for d in docs
        if d["location"].split("#", 1)[0] in prefixes
    )
