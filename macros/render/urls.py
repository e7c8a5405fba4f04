"""URLs and paths between pages, as MkDocs computes them (`people/x.md` → `people/x/` or `people/x.html`)."""

from __future__ import annotations

import posixpath
from urllib.parse import quote


def page_path(collection: str, record_id: str) -> str:
    """The source path of a record's generated page, relative to docs/."""
    return f"{collection}/{record_id}.md"


def relative_path(here: str, target: str) -> str:
    """A link from the page at `here` to the docs file `target` (both relative to docs/)."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def record_url(site_url: str, collection: str, record_id: str) -> str:
    """The absolute URL of a record's page on the hosted site (directory URLs)."""
    return f"{site_url.rstrip('/')}/{collection}/{record_id}/"


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
