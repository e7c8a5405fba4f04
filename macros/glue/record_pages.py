"""MkDocs glue: a record's page takes its HTML from the record renderer instead of converting Markdown.

MkDocs makes a Page for every documentation file that has none yet; the Atlas gives each record's
generated file a `RecordPage` first. Its `render` skips Python-Markdown (and the Markdown instance
MkDocs creates for every page) and sets what a conversion would: the HTML, the table of contents,
the title and the ids other pages may link to. Everything else (plugins' page events, templates,
search) treats it as any page.
"""

from __future__ import annotations

from typing import Any, Callable

from markdown.extensions.toc import nest_toc_tokens
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from macros.data.atlas import Entry
from macros.render.escape import html_text
from macros.render.record import RecordHtml


class RecordPage(Page):
    """The page of one record, rendered to HTML by `macros.render.record`."""

    def __init__(
        self, file: File, config: Any, entry: Entry, render: Callable[[], RecordHtml], meta: dict[str, Any]
    ):
        super().__init__(None, file, config)
        self.entry = entry  # the record this page shows
        self._render_record = render
        self._record_meta = meta
        self.prerendered: RecordHtml | None = None

    def read_source(self, config: Any) -> None:
        """No Markdown to read: the page is rendered from the data (and the macros plugin skips it)."""
        self.markdown = ""
        self.meta = dict(self._record_meta)

    def render(self, config: Any, files: Any) -> None:
        """The record's HTML, table of contents, title and anchors, without Markdown."""
        rendered, self.prerendered = self.prerendered or self._render_record(), None
        self.content = rendered.html
        tokens = [
            {"level": h.level, "id": h.id, "name": h.name, "html": h.name, "data-toc-label": ""}
            for h in rendered.headings
        ]
        self.toc = get_toc(nest_toc_tokens(tokens))
        # MkDocs and the theme treat a page title as HTML and print it unescaped (header, search, prev/next):
        # the record's title is text, so it becomes HTML here. (overrides/main.html escapes the <title>.)
        self._title_from_render = html_text(rendered.title)
        self.present_anchor_ids = rendered.anchors
