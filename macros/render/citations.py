"""Numbered citations for one page: markers in the text, the list at the end.

The markers and the list are HTML, which reads the same inside Markdown; only the links in the
list differ: Markdown links between `.md` files on hand-written pages (MkDocs checks and
rewrites them), final relative URLs on record pages, which are rendered as HTML directly.
"""

from __future__ import annotations

from typing import Iterable

from macros.data import language
from macros.data.atlas import Atlas
from macros.data.models import Source
from macros.render.html import HtmlLinks
from macros.render.links import external, record_link
from macros.render.escape import markdown_inline


class MarkdownLinker:
    """Markdown links relative to a hand-written page's `.md` file."""

    markdown = True

    def __init__(self, here: str):
        self.here = here

    def record(self, collection: str, record_id: str, label: str) -> str:
        """A Markdown link to a record's page."""
        return record_link(self.here, collection, record_id, label)

    external = staticmethod(external)
    text = staticmethod(markdown_inline)


class Citations:
    """Collects the sources a page cites, numbering each on first use."""

    def __init__(self, atlas: Atlas, links: MarkdownLinker | HtmlLinks):
        self.atlas = atlas
        self.links = links
        self.order: list[str] = []
        self._numbers: dict[str, int] = {}

    def cite(self, source_ids: Iterable[str]) -> str:
        """A superscript marker such as `[1][3]` linking to the list below (kept out of the search index)."""
        marks = []
        for source_id in dict.fromkeys(source_ids):
            if source_id not in self._numbers:
                self.order.append(source_id)
                self._numbers[source_id] = len(self.order)
            number = self._numbers[source_id]
            marks.append(f'<a href="#source-{number}">[{number}]</a>')
        return f'<sup class="atlas-cite" data-search-exclude>{"".join(marks)}</sup>' if marks else ""

    def items(self) -> str:
        """The numbered source list, `<ol>` (empty when nothing was cited)."""
        if not self.order:
            return ""
        attr = " markdown" if self.links.markdown else ""
        items = [
            f'<li id="source-{n}"{attr}>{source_line(self.atlas, sid, self.links)}</li>'
            for n, sid in enumerate(self.order, 1)
        ]
        return "\n".join([f'<ol class="atlas-sources"{attr}>', *items, "</ol>"])

    def render(self) -> str:
        """The "Sources" section of a Markdown page (excluded from the search index)."""
        if not self.order:
            return ""
        return "\n".join(["## Sources { #sources data-search-exclude }", "", self.items(), ""])


def source_line(atlas: Atlas, source_id: str, links: MarkdownLinker | HtmlLinks) -> str:
    """`Title — Publisher, date. URL` for one source, linked to its page."""
    entry = atlas.get("sources", source_id)
    if entry is None:
        return links.text(source_id)
    source: Source = entry.model  # type: ignore[assignment]
    title = links.record("sources", source_id, source.title)
    if source.language != language.current() and not (source.ja and source.ja.title):
        title = f'<span lang="{source.language}">{title}</span>'  # the published title, in its own language
    parts = [title, " — ", links.text(source.publisher)]
    if source.date:
        parts.append(f", {source.date.human()}")
    parts.append(".")
    if source.url:
        parts.append(" " + links.external(source.url, _short_url(source.url)))
    return "".join(parts)


def _short_url(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")
