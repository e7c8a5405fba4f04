"""Data text as HTML: Markdown fields (summaries, notes) and glossary tooltips.

A Markdown field keeps its formatting (emphasis, links, lists) and loses any raw HTML or
attribute syntax (`text.block` escapes it first). Most fields are plain sentences; those skip
Python-Markdown, which would return the same HTML (a property test checks that). The rest go
through one shared converter with Python-Markdown's core syntax only.
"""

from __future__ import annotations

import re
from functools import lru_cache

import markdown

from macros.render.escape import html_text
from macros.render.escape import html_attribute, markdown_block, markdown_line

_MARKUP = re.compile(
    r"[\\`*_\[\]<>&|\t\x00-\x08\x0b-\x1f\x7f]"  # inline syntax, entities, control characters
    r"|^[ \t]+\S|\S[ \t]+$"  # indented lines, trailing spaces (line breaks)
    r"|^(?:[-+>#=]|\d+[.)]|!!!|\?\?\?|///)",  # lists, quotes, headings, rules, admonitions at a line start
    re.MULTILINE,
)
_CONVERTER = markdown.Markdown()


def _convert(text: str) -> str:
    _CONVERTER.reset()
    return _CONVERTER.convert(text)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]


def is_plain(text: str) -> bool:
    """Whether `text` has no Markdown syntax at all, so that its HTML is the escaped text itself."""
    return _MARKUP.search(text.strip()) is None


def block_html(text: str, tail: str = "") -> str:
    """A Markdown field as HTML paragraphs (or lists); `tail` (HTML) ends its last paragraph."""
    if is_plain(text):
        out = "\n".join(f"<p>{html_text(p)}</p>" for p in _paragraphs(text))
    else:
        out = _convert(markdown_block(text))
    return _with_tail(out, tail)


def inline_html(text: str, tail: str = "") -> str:
    """A Markdown field flattened to one line of inline HTML (for table cells and list items)."""
    flat = " ".join(text.split())
    if is_plain(flat):
        out = html_text(flat)
    else:
        out = _convert(
            re.sub(r"^(?:[-+*]|\d+[.)])(?=\s)|^>", lambda m: f"&#{ord(m.group(0)[0])};{m.group(0)[1:]}", markdown_line(flat))
        )
        out = out.removeprefix("<p>").removesuffix("</p>")
    return f"{out} {tail}" if tail else out


def _with_tail(out: str, tail: str) -> str:
    if not tail:
        return out
    if out.endswith("</p>"):
        return f"{out[:-4]} {tail}</p>"
    if out.endswith("</li>\n</ul>") or out.endswith("</li>\n</ol>"):
        return f"{out[:-11]} {tail}{out[-11:]}"
    return f"{out}\n<p>{tail}</p>"


# --------------------------------------------------------------------------
# Glossary tooltips
# --------------------------------------------------------------------------

_SKIPPED = r"<(?P<tag>(?i:svg|code|pre|script|style|abbr|textarea))\b.*?</(?P=tag)>|<[^>]*>"


@lru_cache(maxsize=8)
def _term_pattern(terms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    titles = {html_text(term): html_attribute(expansion) for term, expansion in terms if expansion}
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?P<skip>{_SKIPPED})|\b(?P<term>{alternatives})\b", re.DOTALL), titles


def abbreviate(page_html: str, glossary: dict[str, str]) -> str:
    """Wrap every glossary term in the text of `page_html` in `<abbr title="expansion">`, as the abbr extension does.

    Tags, attribute values and the insides of svg, code, pre, script, style and abbr elements are left alone.
    """
    if not glossary:
        return page_html
    pattern, titles = _term_pattern(tuple(sorted(glossary.items())))
    if not titles:
        return page_html

    def wrap(match: re.Match[str]) -> str:
        term = match.group("term")
        if term is None or term not in titles:
            return match.group(0)
        return f'<abbr title="{titles[term]}">{term}</abbr>'

    return pattern.sub(wrap, page_html)
