"""Escaping and linking: the only way data text enters Markdown.

Data strings are never templates and never markup. `inline` turns any text
into Markdown that renders as exactly that text; `block` keeps a summary's
Markdown formatting (emphasis, links, lists) but escapes raw HTML and the
attribute-list syntax, so nothing in the data can add tags or attributes.
"""

from __future__ import annotations

import posixpath
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


def inline(text: object) -> str:
    """Markdown that renders as exactly `text`, on one line."""
    return " ".join(str(text).split()).translate(_INLINE_TABLE)


def block(text: str) -> str:
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


def one_line(text: str) -> str:
    """A data Markdown field flattened to one line (for table cells and list items)."""
    return " ".join(block(text).split())


def html(text: object) -> str:
    """Text escaped for an HTML attribute or element."""
    return str(text).translate(_HTML_ESCAPE)


def page_path(collection: str, record_id: str) -> str:
    """The source path of a record's generated page, relative to docs/."""
    return f"{collection}/{record_id}.md"


def relative(here: str, target: str) -> str:
    """A link from the page at `here` to the docs file `target` (both relative to docs/)."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def link(here: str, target: str, label: str, anchor: str = "") -> str:
    """A Markdown link with escaped label, resolved relative to the current page."""
    return f"[{inline(label)}]({relative(here, target)}{'#' + anchor if anchor else ''})"


def record_link(here: str, collection: str, record_id: str, label: str) -> str:
    """A Markdown link to a record's page."""
    return link(here, page_path(collection, record_id), label)


def encoded_url(url: str) -> str:
    """An external http(s) URL (validated upstream) with parentheses and spaces percent-encoded,
    so that it neither ends a Markdown link early nor splits an attribute."""
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def external(url: str, label: str) -> str:
    """A Markdown link to an external http(s) URL (validated upstream)."""
    return f"[{inline(label)}]({encoded_url(url)})"
