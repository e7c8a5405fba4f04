"""HTML for pages rendered without Markdown: URLs between pages, links, headings.

Record pages are written as HTML directly (there are thousands of them, and converting their
Markdown was half of the build). URLs follow MkDocs' rules: `people/x.md` is served at
`people/x/` with directory URLs and at `people/x.html` without, and links are relative, as
MkDocs writes them, so the site works from any folder and from `file://`.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from urllib.parse import quote

from markdown.extensions.toc import slugify, unique

from macros.render.text import encoded_url, html


_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;"})


def escape_text(value: object) -> str:
    """Text for an element's content: `&`, `<` and `>` escaped, and braces too, so that no data text
    ever reads as a Jinja expression, even if a page were passed through a template by mistake."""
    return str(value).translate(_TEXT)


def page_url(docs_path: str, directory_urls: bool) -> str:
    """The URL, relative to the site root, of the file built from `docs_path` (relative to docs/)."""
    if not docs_path.endswith(".md"):
        return quote(docs_path)
    parent, filename = posixpath.split(docs_path[:-3])
    if filename in ("index", "README"):
        url = posixpath.join(parent, "index.html")
        return quote((parent or ".") + "/") if directory_urls else quote(url)
    return quote(posixpath.join(parent, filename) + ("/" if directory_urls else ".html"))


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other` (both relative to the site root), as MkDocs computes it."""
    directory, _, basename = other.rpartition("/")
    if "." in basename:
        other = directory
    other_parts, dest_parts = _parts(other), _parts(url)
    common = 0
    for a, b in zip(other_parts, dest_parts):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(other_parts) - common) + dest_parts[common:]) or "."
    return rel + "/" if url.endswith("/") else rel


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path.lstrip("/"))[1:]
    return path.split("/") if path else []


def text_line(value: object) -> str:
    """Text on one line (runs of white space made one space), escaped for an element's content."""
    return escape_text(" ".join(str(value).split()))


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
        return f'<a href="{html(self.url(docs_path, anchor))}">{escape_text(label)}</a>'

    def record(self, collection: str, record_id: str, label: str) -> str:
        """`<a>` to a record's page."""
        return self.link(f"{collection}/{record_id}.md", label)

    @staticmethod
    def external(url: str, label: str) -> str:
        """`<a>` to an external http(s) URL (validated upstream)."""
        return f'<a href="{html(encoded_url(url))}">{escape_text(label)}</a>'

    text = staticmethod(text_line)


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
        name = escape_text(text)
        anchor = anchor or unique(slugify(text, "-"), self.reserved)
        self.reserved.add(anchor)
        self.items.append(Heading(level, anchor, name))
        exclude = " data-search-exclude" if not searchable else ""
        return (
            f'<h{level}{exclude} id="{anchor}">{name}'
            f'<a class="headerlink" href="#{anchor}" title="Permanent link">&para;</a></h{level}>'
        )
