"""The two editions' links to each other in a page's head: `hreflang` alternates to the same page in each."""

from __future__ import annotations

import re
from html import escape
from typing import Any

# Material writes one alternate link per language switch entry, to that edition's home page; ours replace them.
_MATERIAL_ALTERNATES = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def with_hreflang(output: str, page: Any, config: Any) -> str:
    """The page's HTML with `<link rel="alternate" hreflang>` to the same page in every edition (absolute URLs)."""
    editions: dict[str, str] = (config.get("extra") or {}).get("editions") or {}
    output = _MATERIAL_ALTERNATES.sub("", output)
    if page is None or not editions:
        return output
    path = page.url
    links = [f'<link rel="alternate" hreflang="{lang}" href="{escape(root + path)}">' for lang, root in editions.items()]
    if "en" in editions:
        links.append(f'<link rel="alternate" hreflang="x-default" href="{escape(editions["en"] + path)}">')
    return output.replace("</head>", "\n".join(links) + "\n</head>", 1)
