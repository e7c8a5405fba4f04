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
from macros.data.queries import RELIABILITY_MARKS, reliability
from macros.data.reliability import copy_host, url_host
from macros.render.escape import html_attribute, markdown_inline
from macros.render.html import HtmlLinks
from macros.render.i18n import t
from macros.render.links import external, record_link
from macros.render.page_extras import description

MARK_LABELS: dict[str, tuple[str, str]] = {
    "official": ("official", "Official: the publisher's own copy, or an official host's"),
    "press": ("press", "Press: a news report, or someone else's summary of the document"),
    "copy": ("copy", "Copy: the full text, read on another site than the publisher's"),
    "weak": ("weak", "Weak: an unreliable host"),
}
"""Each reliability mark's label and its explanation (the methodology page's legend says the same)."""


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
            marks.append(f'<a href="#source-{number}" class="atlas-cite-ref">[{number}]</a>')
        return f'<sup class="atlas-cite" data-search-exclude>{"".join(marks)}</sup>' if marks else ""

    def items(self) -> str:
        """The numbered source list, `<ol>` (empty when nothing was cited)."""
        if not self.order:
            return ""
        attr = " markdown" if self.links.markdown else ""
        items = [
            f'<li id="source-{n}"{_preview(self.atlas, sid)}{attr}>{source_line(self.atlas, sid, self.links)}</li>'
            for n, sid in enumerate(self.order, 1)
        ]
        return "\n".join([f'<ol class="atlas-sources"{attr}>', *items, "</ol>"])

    def render(self) -> str:
        """The "Sources" section of a Markdown page (excluded from the search index)."""
        if not self.order:
            return ""
        return "\n".join(["## Sources { #sources data-search-exclude }", "", self.items(), ""])


def source_line(atlas: Atlas, source_id: str, links: MarkdownLinker | HtmlLinks) -> str:
    """`Title — Publisher, date, via HOST. [mark]` for one source, linked to its page: a copy read on another
    host than the publisher's says so ("via"), and every line ends with the source's reliability mark."""
    entry = atlas.get("sources", source_id)
    if entry is None:
        return links.text(source_id)
    source: Source = entry.model  # type: ignore[assignment]
    title = links.record("sources", source_id, source.title)
    if source.language != language.current() and not (source.ja and source.ja.title):
        title = f'<span lang="{source.language}">{title}</span>'  # the published title, in its own language
    parts = [title, " — ", links.text(source.publisher)]
    if source.date:
        parts.append(f"{t(', ')}{source.date.human()}")
    if source.url and (host := copy_host(source)):
        via = links.external(source.url, host)
        parts.append(f"（{via}経由）" if language.current() == "ja" else f", via {via}")
    parts.append("。" if language.current() == "ja" else ".")
    if source.url and not copy_host(source):
        parts.append(" " + links.external(source.url, url_host(source.url)))
    parts.append(" " + reliability_mark(source))
    return "".join(parts)


def reliability_mark(source: Source) -> str:
    """The source's reliability mark, a small labelled badge whose title explains it."""
    mark = reliability(source)
    name, explanation = MARK_LABELS[mark]
    return (
        f'<span class="atlas-rel atlas-rel--{mark}" title="{html_attribute(t(explanation))}">{t(name)}</span>'
    )


def _preview(atlas: Atlas, source_id: str) -> str:
    """The source's summary as a `data-summary` attribute, which the hover preview shows (atlas-cite.js)."""
    entry = atlas.get("sources", source_id)
    if entry is None:
        return ""
    return f' data-summary="{description(entry.model.summary, 300)}"'


def reliability_legend(atlas: Atlas) -> str:
    """The legend of the reliability marks for the methodology page: each mark, what it means, how many sources
    carry it (an HTML table, which reads the same inside Markdown)."""
    counts = {mark: 0 for mark in RELIABILITY_MARKS}
    for entry in atlas.collection("sources"):
        counts[reliability(entry.model)] += 1  # type: ignore[arg-type]
    rows = []
    for mark in RELIABILITY_MARKS:
        name, explanation = MARK_LABELS[mark]
        badge = f'<span class="atlas-rel atlas-rel--{mark}">{t(name)}</span>'
        meaning = t(explanation).split("：" if language.current() == "ja" else ": ", 1)[-1]
        rows.append(f"<tr><td>{badge}</td><td>{meaning}</td><td>{counts[mark]}</td></tr>")
    header = f"<tr><th>{t('Mark')}</th><th>{t('Meaning')}</th><th>{t('Sources')}</th></tr>"
    return "\n".join(['<table class="atlas-rel-legend">', "<thead>", header, "</thead>", "<tbody>", *rows, "</tbody>", "</table>"])
