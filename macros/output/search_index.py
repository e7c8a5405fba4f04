"""The offline copy's search index: one script per edition (search/atlas-index.js) that works from file://.

Pagefind cannot run from file:// (it imports modules and fetches chunks), so the offline copy gets an index
that loads as a plain script defining a global. It is read from the built pages' own search markup
(macros/render/search_markup.py), the same markup Pagefind indexes on the hosted site, so both searches see
the same regions, kinds, names and summaries; docs/assets/atlas-search.js ranks both with the same rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

INDEX_FILE = "search/atlas-index.js"
"""Where each edition's offline index is written, relative to the edition's folder."""
GLOBAL = "__atlas_search_index"
"""The global the index script defines."""
BODY_LIMIT = 6000
"""Characters of body text kept per page: enough for any record page; long list pages are cut."""

_META = re.compile(r"^(\w+)\[(data-[\w-]+)\]$")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIP_TAGS = {"script", "style", "svg", "template"}


@dataclass
class PageText:
    """The searchable parts of one page."""

    title: str = ""
    names: str = ""
    body: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


class _Reader(HTMLParser):
    """Collects the text of the page's data-pagefind-body region, as Pagefind would read it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageText()
        self.found = False
        self.stack: list[str] = []  # per open element inside the region: '' or what it marks (skip, title, names)

    def _marks(self) -> set[str]:
        return set(self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if not self.stack and not self.found and "data-pagefind-body" in attributes:
            self.found = True
            self.stack.append("body")
            return
        if not self.stack:
            return
        if spec := attributes.get("data-pagefind-meta"):
            for part in spec.split(","):
                if match := _META.match(part.strip()):
                    self.page.meta[match.group(1)] = attributes.get(match.group(2)) or ""
        classes = (attributes.get("class") or "").split()
        mark = ""
        if (
            tag in _SKIP_TAGS
            or "data-pagefind-ignore" in attributes
            or "data-search-exclude" in attributes
            or "headerlink" in classes
        ):
            mark = "skip"
        elif "atlas-search-names" in classes:
            mark = "names"
        elif tag == "h1" and not self.page.title:
            mark = "title"
        if tag not in _VOID:
            self.stack.append(mark)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stack:
            attributes = dict(attrs)
            if spec := attributes.get("data-pagefind-meta"):
                for part in spec.split(","):
                    if match := _META.match(part.strip()):
                        self.page.meta[match.group(1)] = attributes.get(match.group(2)) or ""

    def handle_endtag(self, tag: str) -> None:
        if self.stack and tag not in _VOID:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack:
            return
        marks = self._marks()
        if "skip" in marks:
            return
        if "names" in marks:
            self.page.names += data
        elif "title" in marks:
            self.page.title += data
        else:
            self.page.body.append(data)


def read_page(html: str) -> PageText | None:
    """The searchable text of one built page, or None if it has no search region."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.page if reader.found else None


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def index_entries(site: Path, *, skip: tuple[str, ...] = ()) -> list[list[str | int]]:
    """One entry per searchable page of the edition built in `site` (folders in `skip` left out), in path order:
    [url, title, kind, rank, status, names, summary, body]."""
    entries: list[list[str | int]] = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith(skip):
            continue
        page = read_page(path.read_text(encoding="utf-8"))
        if page is None:
            continue
        meta = page.meta
        entries.append(
            [
                relative,
                _squeeze(page.title),
                meta.get("kind", ""),
                int(meta.get("rank", "1") or 1),
                meta.get("status", ""),
                _squeeze(page.names),
                meta.get("summary", ""),
                _squeeze(" ".join(page.body))[:BODY_LIMIT],
            ]
        )
    return entries


def index_script(entries: list[list[str | int]], language: str) -> str:
    """The index as a script that defines the global `__atlas_search_index` (safe to inline: no `</`)."""
    data = json.dumps({"lang": language, "docs": entries}, ensure_ascii=False, separators=(",", ":"))
    safe = data.replace("</", "<\\/")
    return f"var {GLOBAL} = {safe};\n"


def write_offline_index(site: Path, language: str, *, skip: tuple[str, ...] = ()) -> Path:
    """Write the edition's offline index script into `site` and return its path."""
    target = site / INDEX_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(index_script(index_entries(site, skip=skip), language), encoding="utf-8")
    return target


__all__ = ["BODY_LIMIT", "GLOBAL", "INDEX_FILE", "PageText", "index_entries", "index_script", "read_page", "write_offline_index"]
