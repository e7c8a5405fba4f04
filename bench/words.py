"""Count the words a reader sees in a built page's content."""

from __future__ import annotations

import re
from pathlib import Path

_ARTICLE = re.compile(r"<article\b.*?</article>", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style|svg)\b.*?</\1>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def content_words(page: Path) -> int:
    """Words of text inside the page's <article> (scripts, styles and SVG drawings left out)."""
    html = page.read_text(encoding="utf-8")
    article = _ARTICLE.search(html)
    text = _TAG.sub(" ", _HIDDEN.sub(" ", article.group(0) if article else html))
    return len([w for w in text.split() if any(c.isalnum() for c in w)])
