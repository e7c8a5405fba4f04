"""The Atom feed of recent changes (`changes.xml`): deterministic, every value escaped by the XML writer."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import Sequence
from urllib.parse import urlsplit

from macros.data.changes import Change, newest_of_each_kind
from macros.render.urls import page_path, page_url

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "changes.xml"
PAGE = "changes"
TITLE = "US–Japan Alliance Atlas: what changed"
DEFAULT_AUTHORITY = "us-japan-alliance-atlas.github.io"
TAG_DATE = "2025"


def tag_uri(site_url: str, specific: str) -> str:
    """A stable `tag:` URI for `specific` under the site's host and path."""
    parts = urlsplit(site_url)
    return f"tag:{parts.hostname or DEFAULT_AUTHORITY},{TAG_DATE}:{parts.path or '/'}{specific}"


def atom_feed(changes: Sequence[Change], *, site_url: str, directory_urls: bool = True, limit: int = 30) -> str:
    """Atom XML of the newest `limit` changes of each kind; `updated` is the newest entry's time, not the build's."""
    base = site_url if not site_url or site_url.endswith("/") else site_url + "/"
    entries = newest_of_each_kind(changes, limit)
    newest = entries[0].when if entries else dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", tag_uri(base, FEED_PATH))
    _text(feed, "title", TITLE)
    _text(feed, "subtitle", "Dated status changes of commitments and the latest edits to records, newest first.")
    _text(feed, "updated", _stamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=base + FEED_PATH)
    ET.SubElement(
        feed,
        f"{{{ATOM}}}link",
        rel="alternate",
        type="text/html",
        href=base + page_url(f"{PAGE}.md", directory_urls),
    )
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "US–Japan Alliance Atlas")
    for change in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", tag_uri(base, change.key))
        _text(entry, "title", change.title)
        _text(entry, "updated", _stamp(change.when))
        href = base + page_url(page_path(change.collection, change.record_id), directory_urls)
        ET.SubElement(
            entry,
            f"{{{ATOM}}}link",
            rel="alternate",
            type="text/html",
            href=href + (f"#{change.anchor}" if change.anchor else ""),
        )
        ET.SubElement(entry, f"{{{ATOM}}}category", term=change.kind)
        _text(entry, "summary", change.text)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
