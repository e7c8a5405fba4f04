"""How Japanese a built page's main text is: its article, without the source list and "Cite this page" (citations:
URLs and BibTeX, whose labels are checked by tests/browser/test_cite.py) and without text marked as
another language (`lang="en"`), which a Japanese page quotes on purpose (original words, English names)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []  # per open element inside <article>: is it excluded?
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        attributes = dict(attrs)
        if tag == "article" or self.stack:
            excluded = (
                tag in ("script", "style", "svg")
                or attributes.get("lang", "ja") != "ja"
                or "atlas-sources" in (attributes.get("class") or "")
                or "atlas-cite-page" in (attributes.get("class") or "")
                or attributes.get("id") == "sources"
            )
            self.stack.append(excluded or (bool(self.stack) and self.stack[-1]))

    def handle_endtag(self, tag):
        if tag not in _VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and not self.stack[-1]:
            self.parts.append(data)


def japanese_share(html: str) -> float:
    """The share of Japanese characters among the letters of the page's main text (0 when it has none)."""
    parser = _MainText()
    parser.feed(html)
    text = "".join(parser.parts)
    cjk, latin = len(_CJK.findall(text)), len(_LATIN.findall(text))
    return cjk / (cjk + latin) if cjk + latin else 0.0
