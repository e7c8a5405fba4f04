"""HTML for pages rendered without Markdown: links and headings.

Record pages are written as HTML directly (there are thousands of them, and converting their
Markdown was half of the build). Links are relative, as MkDocs writes them (macros/render/urls.py),
so the site works from any folder and from `file://`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown.extensions.toc import slugify, unique

from macros.render.escape import html_attribute, html_line, html_text, url_in_markup
from macros.render.urls import page_url, relative_url


class HtmlLinks:
    """Links from one page to other pages and files of the site, as HTML."""

    markdown = False

    def __init__(self, here: str, directory_urls: bool):
        self.directory_urls = directory_urls
        self.here = page_url(here, directory_urls)

    def url(self, docs_path: str, anchor: str = "") -> str:
        """The relative URL of a page or file given by its path under docs/."""
        return relative_url(page_url(docs_path, self.directory_urls), self.here) + (f"#{anchor}" if anchor else "")

    def link(self, docs_path: str, label: str, anchor: str = "") -> str:
        """`<a>` to a page or file, with an escaped label."""
        return f'<a href="{html_attribute(self.url(docs_path, anchor))}">{html_text(label)}</a>'

    def record(self, collection: str, record_id: str, label: str) -> str:
        """`<a>` to a record's page."""
        return self.link(f"{collection}/{record_id}.md", label)

    @staticmethod
    def external(url: str, label: str) -> str:
        """`<a>` to an external http(s) URL (validated upstream)."""
        return f'<a href="{html_attribute(url_in_markup(url))}">{html_text(label)}</a>'

    text = staticmethod(html_line)


@dataclass(frozen=True)
class Heading:
    """A heading of a rendered page, for its table of contents."""

    level: int
    id: str
    name: str  # HTML-escaped text, as in Python-Markdown's toc tokens


@dataclass
class Headings:
    """The headings of one page: ids made unique as Python-Markdown's toc extension does, permalinks added."""

    reserved: set[str]
    items: list[Heading] = field(default_factory=list)

    def add(self, level: int, text: str, anchor: str = "", *, searchable: bool = True) -> str:
        """An `<hN>` with its permalink; `anchor` fixed, or else made from the text."""
        name = html_text(text)
        anchor = anchor or unique(slugify(text, "-"), self.reserved)
        self.reserved.add(anchor)
        self.items.append(Heading(level, anchor, name))
        exclude = " data-search-exclude" if not searchable else ""
        return (
            f'<h{level}{exclude} id="{anchor}">{name}'
            f'<a class="headerlink" href="#{anchor}" title="Permanent link">&para;</a></h{level}>'
        )
