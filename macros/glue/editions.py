"""The two editions' links to each other beyond the header switch: `hreflang` alternates in the sitemap.

Each `<url>` of an edition's sitemap.xml lists the same page in every edition as
`<xhtml:link rel="alternate" hreflang>`, the form search engines read for a multilingual site. Material's own
script reads the same links to keep a reader on the same page when the language changes. (Page-level
`<link rel="alternate">` tags in the head would not do: Material fetches a sitemap.xml beside each of them.)
"""

from __future__ import annotations

import gzip
import os
import re
from html import escape
from pathlib import Path
from typing import Any

_LOC = re.compile(r"(<loc>([^<]*)</loc>)")
_XHTML = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def sitemap_with_alternates(sitemap: str, own_root: str, roots: dict[str, str]) -> str:
    """The sitemap's text with, after each `<loc>`, an alternate link per edition (`roots`: language → root URL)."""

    def alternates(match: re.Match[str]) -> str:
        url = match.group(2)
        if not url.startswith(own_root):
            return match.group(1)
        path = url[len(own_root) :]
        links = "".join(
            f'\n         <xhtml:link rel="alternate" hreflang="{lang}" href="{escape(root + path)}"/>'
            for lang, root in roots.items()
        )
        return match.group(1) + links

    text = _LOC.sub(alternates, sitemap)
    if _XHTML not in text:
        text = text.replace("<urlset ", f"<urlset {_XHTML} ", 1)
    return text


def add_sitemap_alternates(config: Any) -> None:
    """Rewrite the built sitemap.xml (and its .gz) with every page's alternates in the other editions."""
    roots: dict[str, str] = (config.get("extra") or {}).get("editions") or {}
    sitemap = Path(config["site_dir"]) / "sitemap.xml"
    own_root = config.get("site_url") or ""
    if not roots or not own_root or not sitemap.is_file():
        return
    text = sitemap_with_alternates(sitemap.read_text(encoding="utf-8"), own_root, roots)
    sitemap.write_text(text, encoding="utf-8")
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)  # reproducible: the build's date, not the clock
    with open(sitemap.with_suffix(".xml.gz"), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=mtime) as gz:
        gz.write(text.encode("utf-8"))
