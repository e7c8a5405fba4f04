"""Escaping: the only way data text enters Markdown or HTML. Each name says what it produces.

Data strings are never templates and never markup. `markdown_inline` turns any text into Markdown that
renders as exactly that text; `markdown_block` keeps a summary's Markdown formatting (emphasis, links,
lists) but escapes raw HTML and the attribute-list syntax, so nothing in the data can add tags or
attributes. `html_text` and `html_attribute` escape text for HTML written directly (record pages).
"""

from __future__ import annotations

import re

_INLINE = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "{": "&#123;",
    "}": "&#125;",
    "[": "&#91;",
    "]": "&#93;",
    "#": "&#35;",
    "|": "&#124;",
    "~": "&#126;",
    "^": "&#94;",
}
_INLINE_TABLE = str.maketrans(_INLINE)
_BLOCK_TABLE = str.maketrans({"<": "&lt;", "{": "&#123;", "}": "&#125;", "|": "&#124;"})
_LINE_START = re.compile(r"^(\s*)(#|\*\[|\[\^|=+\s*$|-{3,}\s*$|!!!|\?\?\?|///|--8<--)", re.MULTILINE)
_HTML_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def markdown_inline(text: object) -> str:
    """Markdown that renders as exactly `text`, on one line."""
    return " ".join(str(text).split()).translate(_INLINE_TABLE)


def markdown_block(text: str) -> str:
    """A data Markdown field made safe: formatting kept, HTML and attribute syntax escaped."""
    safe = text.strip().translate(_BLOCK_TABLE)
    return _LINE_START.sub(
        lambda m: (
            m.group(1)
            + m.group(2)
            .replace("#", "&#35;")
            .replace("[", "&#91;")
            .replace("=", "&#61;")
            .replace("-", "&#45;")
            .replace("!", "&#33;")
            .replace("?", "&#63;")
            .replace("/", "&#47;")
            .replace("*", "&#42;")
        ),
        safe,
    )


def markdown_line(text: str) -> str:
    """A data Markdown field flattened to one line (for table cells and list items)."""
    return " ".join(markdown_block(text).split())


def html_attribute(text: object) -> str:
    """Text escaped for an HTML attribute value (quotes too) or element."""
    return str(text).translate(_HTML_ESCAPE)


_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;"})


def html_text(value: object) -> str:
    """Text for an element's content: `&`, `<` and `>` escaped, and braces too, so that no data text
    ever reads as a Jinja expression, even if a page were passed through a template by mistake."""
    return str(value).translate(_TEXT)


def html_line(value: object) -> str:
    """Text on one line (runs of white space made one space), escaped for an element's content."""
    return html_text(" ".join(str(value).split()))


def url_in_markup(url: str) -> str:
    """An external http(s) URL (validated upstream) with parentheses and spaces percent-encoded,
    so that it neither ends a Markdown link early nor splits an attribute."""
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
