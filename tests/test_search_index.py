"""The built site's search index: records findable by name, alias and summary; page furniture left out."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from macros.render.page_extras import description
from macros.data.collections import COLLECTION

pytestmark = pytest.mark.build


def _entries(site: Path) -> dict[str, list[dict]]:
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    pages: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        pages[doc["location"].split("#", 1)[0]].append(doc)
    return pages


def test_a_person_is_found_by_name_alias_and_summary(built_site: Path, real_atlas):
    person = next(e for e in real_atlas.collection("people") if e.model.name.aliases)
    entries = _entries(built_site)[f"people/{person.id}/"]
    assert entries[0]["title"] == person.name
    text = " ".join(e["text"] for e in entries)
    assert person.model.name.aliases[0] in text
    words = [w for w in description(person.model.summary).split() if w.isalnum()][:4]
    assert all(w in text for w in words)


def test_citation_markers_kind_labels_backlinks_and_source_lists_stay_out(built_site: Path, real_atlas):
    pages = _entries(built_site)
    for entry in real_atlas.all():
        for doc in pages[f"{entry.collection}/{entry.id}/"]:
            assert not doc["location"].endswith(("#referenced-by", "#sources")), doc["location"]
            assert not re.search(r"\[\d+\]", doc["text"]), f"citation marker in {doc['location']}"
            assert f"<p>{COLLECTION[entry.collection].singular}</p>" not in doc["text"] and "Last updated" not in doc["text"]
