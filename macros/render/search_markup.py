"""What the site search reads on a page: the indexed region, the record's kind, status, names and summary.

One markup serves both searches: Pagefind (hosted site) reads the `data-pagefind-*` attributes itself, and the
offline index (macros/output/search_index.py) reads the same attributes from the built HTML. A page's content is
wrapped in one `data-pagefind-body` element (the header, navigation, footer and infobox stay out); the kind,
status and summary ride on empty elements as `data-pagefind-meta` attributes; the names a reader may type (the
name, the Japanese name, aliases) sit in one hidden element weighted like the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from macros.render.escape import html_attribute, html_text

NAMES_WEIGHT = 10
"""Pagefind weight of the title and the names (body text weighs 1; the maximum is 10)."""

_H1 = re.compile(r"<h1(?=[\s>])(?![^>]*data-pagefind-weight)")
_INFOBOX = re.compile(r'<div class="atlas-infobox"(?=>)')

KIND_ORDER = {"people": 0, "organizations": 0, "topics": 0, "page": 2, "sources": 3}
"""Rank of each kind of page in the results, lowest first (other records: 1): a person's, organization's or
topic's own page above other records, records above the hand-written pages and the sources that mention them."""


@dataclass(frozen=True)
class SearchFacts:
    """What a result says about its page: its kind (label and collection), status, names and summary."""

    kind: str
    """The kind as a reader sees it, in the edition's language: Person, 約束 …"""
    collection: str = "page"
    """The record's collection (`people` …), or `page` for a hand-written page."""
    status: str = ""
    """A commitment's current status, as its label."""
    names: list[str] = field(default_factory=list)
    """Names a reader may search for besides the title: the Japanese name, aliases, short forms."""
    summary: str = ""
    """The plain-text summary the result shows as its excerpt (not escaped)."""


def rank(collection: str) -> int:
    """The kind's place in the results (0 first): see KIND_ORDER."""
    return KIND_ORDER.get(collection, 1)


def _meta(name: str, value: str) -> str:
    attribute = f"data-{name}"
    return f'<span data-pagefind-meta="{name}[{attribute}]" {attribute}="{html_attribute(value)}" hidden></span>'


def mark_page(html: str, facts: SearchFacts) -> str:
    """The page's content HTML wrapped as the search's indexed region, with its facts and weighted names."""
    parts = [
        f'<div data-pagefind-body data-atlas-search-rank="{rank(facts.collection)}">',
        _meta("kind", facts.kind),
        _meta("collection", facts.collection),
        _meta("rank", str(rank(facts.collection))),
    ]
    if facts.status:
        parts.append(_meta("status", facts.status))
    if facts.summary:
        parts.append(_meta("summary", facts.summary))
    names = [n for n in dict.fromkeys(facts.names) if n]
    if names:
        parts.append(_meta("names", " · ".join(names)))
        parts.append(
            f'<p class="atlas-search-names" data-pagefind-weight="{NAMES_WEIGHT}" hidden>'
            + html_text(" · ".join(names))
            + "</p>"
        )
    body = _H1.sub(f'<h1 data-pagefind-weight="{NAMES_WEIGHT}"', html, count=1)
    body = _INFOBOX.sub('<div class="atlas-infobox" data-pagefind-ignore', body)
    return "\n".join([*parts, body, "</div>"])


__all__ = ["KIND_ORDER", "NAMES_WEIGHT", "SearchFacts", "mark_page", "rank"]
