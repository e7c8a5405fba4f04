"""Numbered citations for one page: markers in the text, the list at the end."""

from __future__ import annotations

from typing import Iterable

from ..atlas import Atlas
from ..models import Source
from .text import external, inline, record_link


class Citations:
    """Collects the sources a page cites, numbering each on first use."""

    def __init__(self, atlas: Atlas, here: str):
        self.atlas = atlas
        self.here = here
        self.order: list[str] = []

    def cite(self, source_ids: Iterable[str]) -> str:
        """A superscript marker such as `[1][3]` linking to the list below (kept out of the search index)."""
        marks = []
        for source_id in dict.fromkeys(source_ids):
            if source_id not in self.order:
                self.order.append(source_id)
            number = self.order.index(source_id) + 1
            marks.append(f"[[{number}]](#source-{number})")
        return f'<sup class="atlas-cite" data-search-exclude>{"".join(marks)}</sup>' if marks else ""

    def render(self) -> str:
        """The numbered source list (excluded from the search index)."""
        if not self.order:
            return ""
        items = [
            f'<li id="source-{n}" markdown>{source_line(self.atlas, sid, self.here)}</li>'
            for n, sid in enumerate(self.order, 1)
        ]
        return "\n".join(
            [
                "## Sources { #sources data-search-exclude }",
                "",
                '<ol class="atlas-sources" markdown>',
                *items,
                "</ol>",
                "",
            ]
        )


def source_line(atlas: Atlas, source_id: str, here: str) -> str:
    """`Title — Publisher, date. URL` for one source, linked to its page."""
    entry = atlas.get("sources", source_id)
    if entry is None:
        return inline(source_id)
    source: Source = entry.model  # type: ignore[assignment]
    parts = [record_link(here, "sources", source_id, source.title), " — ", inline(source.publisher)]
    if source.date:
        parts.append(f", {source.date.human()}")
    parts.append(".")
    if source.url:
        parts.append(" " + external(source.url, _short_url(source.url)))
    return "".join(parts)


def _short_url(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")
