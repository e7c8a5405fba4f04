"""MkDocs glue for the site search: each page's content marked as the search's indexed region with its facts."""

from __future__ import annotations

import html as html_module
from typing import Any

from macros.data.collections import COLLECTION
from macros.data.models import Commitment
from macros.data.vocab import label
from macros.glue.record_pages import RecordPage
from macros.render.i18n import t
from macros.render.search_markup import SearchFacts, mark_page


def page_facts(page: Any) -> SearchFacts:
    """The kind, status, names and summary a search result shows for `page` (a record's, or a hand-written one)."""
    summary = html_module.unescape((page.meta or {}).get("description", "") or "")
    if not isinstance(page, RecordPage):
        return SearchFacts(kind=t("Page"), summary=summary)
    entry = page.entry
    model = entry.model
    status = label(model.current().status) if isinstance(model, Commitment) else ""
    names = [model.display_name_ja() or "", *model.search_aliases()]
    return SearchFacts(
        kind=COLLECTION[entry.collection].one(),
        collection=entry.collection,
        status=status,
        names=names,
        summary=summary,
    )


def mark_for_search(html: str, page: Any) -> str:
    """The page's content HTML as the search indexes it (macros/render/search_markup.py)."""
    return mark_page(html, page_facts(page))
