"""Small pieces added to every page: glossary tooltips, last-updated line, description, safe links."""

from __future__ import annotations

import re

from macros.data.models import Glossary
from macros.render.escape import html_attribute

_ANCHOR = re.compile(r"<a\s([^>]*)>", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_UNSAFE = re.compile(r"^\s*(javascript|data|vbscript|file):", re.IGNORECASE)


def abbreviations(glossary: Glossary | None) -> str:
    """Markdown abbreviation definitions (`*[LNG]: liquefied natural gas`) for every glossary term."""
    if glossary is None:
        return ""
    lines = [f"*[{term.term}]: {' '.join(term.expansion.split())}" for term in glossary.terms]
    return "\n\n" + "\n".join(lines) + "\n"


def abbreviation_glossary(glossary: Glossary | None) -> dict[str, str]:
    """{term: expansion} for every glossary term, for the `abbr` extension's `glossary` option."""
    if glossary is None:
        return {}
    return {term.term: " ".join(term.expansion.split()) for term in glossary.terms}


def updated_line(date: str) -> str:
    """The 'Last updated' line shown at the foot of a page (kept out of the search index)."""
    return (
        f'\n\n<p class="atlas-updated" data-search-exclude>Last updated: '
        f'<time datetime="{html_attribute(date)}">{html_attribute(date)}</time></p>\n'
    )


def description(summary: str, limit: int = 200) -> str:
    """A plain-text, HTML-escaped page description from a Markdown summary."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", summary)
    text = re.sub(r"[*_`#]|^>\s*", "", " ".join(text.split()))
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return html_attribute(text)


def harden_links(page_html: str) -> str:
    """Drop links with unsafe schemes; give external links rel="noopener noreferrer"."""

    def fix(match: re.Match[str]) -> str:
        attrs = match.group(1)
        href = _HREF.search(attrs)
        if href and _UNSAFE.match(href.group(2)):
            attrs = _HREF.sub("", attrs)
        elif href and href.group(2).lower().startswith(("http://", "https://")) and "rel=" not in attrs.lower():
            attrs += ' rel="noopener noreferrer"'
        attrs = attrs.strip()
        return f"<a {attrs}>" if attrs else "<a>"

    return _ANCHOR.sub(fix, page_html)
