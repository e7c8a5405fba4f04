"""Markdown links between pages and to other sites, labels escaped."""

from __future__ import annotations

from macros.render.escape import markdown_inline, url_in_markup
from macros.render.urls import page_path, relative_path


def link(here: str, target: str, label: str, anchor: str = "") -> str:
    """A Markdown link with escaped label, resolved relative to the current page."""
    return f"[{markdown_inline(label)}]({relative_path(here, target)}{'#' + anchor if anchor else ''})"


def record_link(here: str, collection: str, record_id: str, label: str) -> str:
    """A Markdown link to a record's page."""
    return link(here, page_path(collection, record_id), label)


def external(url: str, label: str) -> str:
    """A Markdown link to an external http(s) URL (validated upstream)."""
    return f"[{markdown_inline(label)}]({url_in_markup(url)})"
