"""The site search's indexes: the markup both read (kind, status, names, summary; furniture left out), Pagefind's
bundle per edition on the hosted site, and the offline copy's index script."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from macros.output.search_index import GLOBAL, INDEX_FILE, index_script, read_page
from macros.render.search_markup import SearchFacts, mark_page, rank

PAGE = """<h1 id="x">Ishiba Shigeru<a class="headerlink" href="#x">&para;</a></h1>
<p class="atlas-kind" data-search-exclude>Person</p>
<div class="atlas-infobox"><table><tr><td>Also written</td><td>ISHIBA</td></tr></table></div>
<p>Prime Minister of Japan. <sup class="atlas-cite" data-search-exclude><a href="#source-1">[1]</a></sup></p>"""


def _facts(**changes) -> SearchFacts:
    facts = {"kind": "Person", "collection": "people", "names": ["石破茂", "Prime Minister Ishiba"], "summary": "PM"}
    return SearchFacts(**{**facts, **changes})


def test_a_marked_page_reads_back_with_its_facts_and_without_its_furniture():
    page = read_page("<header>Menu</header>" + mark_page(PAGE, _facts(status="Reaffirmed")) + "<footer>F</footer>")
    assert page is not None
    assert page.title == "Ishiba Shigeru"
    assert page.names == "石破茂 · Prime Minister Ishiba"
    assert page.meta == {
        "kind": "Person",
        "collection": "people",
        "rank": "0",
        "status": "Reaffirmed",
        "summary": "PM",
        "names": "石破茂 · Prime Minister Ishiba",
    }
    body = " ".join(" ".join(page.body).split())
    assert body == "Prime Minister of Japan."  # no infobox, kind label, citation marker, header or footer


def test_the_title_and_names_are_weighted_and_data_text_is_escaped():
    html = mark_page(PAGE, _facts(names=['<b>"x"</b>'], summary='a "quoted" <i>'))
    assert '<h1 data-pagefind-weight="10" id="x">' in html
    assert '<p class="atlas-search-names" data-pagefind-weight="10" hidden>&lt;b&gt;' in html
    assert 'data-summary="a &quot;quoted&quot; &lt;i&gt;"' in html
    assert "<b>" not in html and "<i>" not in html
    assert read_page(html).meta["summary"] == 'a "quoted" <i>'


def test_kinds_rank_people_organizations_topics_then_records_pages_sources():
    assert [rank(c) for c in ("people", "organizations", "topics", "events", "commitments", "page", "sources")] == [
        0, 0, 0, 1, 1, 2, 3,
    ]


def test_a_page_without_a_search_region_is_not_indexed():
    assert read_page("<html><body><h1>Not found</h1></body></html>") is None


def test_the_index_script_defines_its_global_and_cannot_close_a_script_element():
    script = index_script([["a.html", "</script><script>x()</script>", "Page", 2, "", "", "", ""]], "en")
    assert script.startswith(f"var {GLOBAL} = ")
    assert "</script>" not in script
    assert json.loads(script.split("=", 1)[1].strip().rstrip(";"))["docs"][0][1] == "</script><script>x()</script>"


def _offline_docs(site: Path, edition: str = "") -> list[list]:
    text = (site / edition / INDEX_FILE).read_text(encoding="utf-8")
    return json.loads(re.sub(r"^var \w+ = |;\s*$", "", text))["docs"]


@pytest.mark.build
def test_each_hosted_edition_has_its_own_pagefind_bundle_in_its_language(built_site: Path):
    for edition, language in (("", "en"), ("ja", "ja")):
        bundle = built_site / edition / "pagefind"
        assert (bundle / "pagefind.js").is_file()
        assert list(bundle.glob(f"pagefind.{language}_*.pf_meta")), sorted(p.name for p in bundle.iterdir())
    assert not list((built_site / "pagefind").glob("pagefind.ja_*"))  # the Japanese pages are not in the English one


@pytest.mark.build
def test_every_record_page_is_marked_with_its_kind(built_site: Path, real_atlas):
    for edition, kind in (("", "Person"), ("ja", "人物")):
        html = (built_site / edition / "people" / "ishiba-shigeru" / "index.html").read_text(encoding="utf-8")
        page = read_page(html)
        assert page is not None and page.meta["kind"] == kind
        assert "Shigeru Ishiba" in page.names
    assert "data-pagefind-body" not in (built_site / "404.html").read_text(encoding="utf-8")


@pytest.mark.build
def test_the_offline_index_finds_records_by_name_alias_and_summary_without_furniture(offline_site: Path, real_atlas):
    docs = {d[0]: d for d in _offline_docs(offline_site)}
    person = next(e for e in real_atlas.collection("people") if e.model.name.aliases)
    url, title, kind, order, status, names, summary, body = docs[f"people/{person.id}.html"]
    assert (title, kind, order) == (person.name, "Person", 0)
    assert person.model.name.aliases[0] in names
    assert summary and summary.split()[0] in body
    for doc in docs.values():
        assert not re.search(r"\[\d+\]", doc[7]), f"citation marker in {doc[0]}"
        assert "Last updated" not in doc[7] and "Referenced by" not in doc[7], doc[0]
    commitments = [d for d in docs.values() if d[0].startswith("commitments/") and d[0] != "commitments/index.html"]
    assert commitments and all(d[2] == "Commitment" and d[4] for d in commitments)
    assert not [u for u in docs if u.startswith("ja/")]  # the Japanese edition has its own index
    ja = {d[0]: d for d in _offline_docs(offline_site, "ja")}
    assert ja[f"people/{person.id}.html"][2] == "人物"
