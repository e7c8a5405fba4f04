"""What a reader sees in the built site: search, tooltips, metadata, downloads, look and feel."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from macros.data.models import MODELS

pytestmark = pytest.mark.build


def _html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_search_index_is_bilingual_and_finds_japanese_names(built_site: Path, real_atlas):
    index = json.loads(_html(built_site, "search/search_index.json"))
    assert index["config"]["lang"] == ["en", "ja"]
    person_docs = [d for d in index["docs"] if d["location"] == "people/ishiba-shigeru/"]
    text = " ".join(d["title"] + " " + d["text"] for d in person_docs)
    assert "石破茂" in text and "Ishiba Shigeru" in text and "Shigeru Ishiba" in text
    for entry in real_atlas.collection("people"):
        if entry.model.name.ja:
            docs = [d for d in index["docs"] if d["location"].startswith(f"people/{entry.id}/")]
            assert any(entry.model.name.ja in d["text"] for d in docs), entry.id


def test_boilerplate_is_kept_out_of_the_search_index(built_site: Path):
    index = json.loads(_html(built_site, "search/search_index.json"))
    titles = {d["title"] for d in index["docs"] if d["location"].startswith("people/ishiba-shigeru/")}
    assert "Sources" not in titles and "Referenced by" not in titles


def test_glossary_terms_get_tooltips_on_pages(built_site: Path, real_atlas):
    terms = {t.term: t.expansion for t in real_atlas.glossary.terms}
    assert "LNG" in terms
    home = _html(built_site, "index.html")
    assert f'<abbr title="{terms["LNG"]}">LNG</abbr>' in home
    glossary = _html(built_site, "glossary/index.html")
    for term in terms:
        assert f'id="term-{re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")}"' in glossary


def test_record_pages_carry_opengraph_jsonld_and_last_updated(built_site: Path):
    page = _html(built_site, "people/ishiba-shigeru/index.html")
    assert '<meta property="og:title" content="Ishiba Shigeru">' in page
    assert 'property="og:description"' in page and 'property="og:url"' in page
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    data = json.loads(blocks[0])
    assert data["@type"] == "Person" and "石破茂" in data["alternateName"]
    assert 'class="atlas-updated"' in page
    event = json.loads(
        re.findall(
            r'<script type="application/ld\+json">(.*?)</script>',
            _html(built_site, "events/summit-2025-02-07/index.html"),
            re.DOTALL,
        )[0]
    )
    assert event["@type"] == "Event" and event["startDate"] == "2025-02-07"


def test_every_chart_svg_parses_and_has_a_title(built_site: Path, real_atlas):
    for entry in real_atlas.collection("figures"):
        svg = ET.parse(built_site / "figures" / f"{entry.id}.svg").getroot()
        assert svg.find("{http://www.w3.org/2000/svg}title").text == entry.model.title
        assert (built_site / "figures" / f"{entry.id}.png").read_bytes().startswith(b"\x89PNG")
        page = _html(built_site, f"figures/{entry.id}/index.html")
        if len(entry.model.values) == 1:  # a number card, not one bar
            assert 'class="atlas-chart-block atlas-number-card"' in page and "atlas-chart-svg" not in page
        else:
            for size in ("narrow", "wide"):
                assert f'<svg id="chart-{entry.id}-{size}" class="atlas-chart-svg" role="img"' in page
        assert page.index('id="chart"') < page.index('class="atlas-infobox"')  # the chart above the infobox
        assert f'href="../{entry.id}.csv"' in page and f'href="../{entry.id}.png" download' in page


def test_every_csv_parses_with_the_expected_rows(built_site: Path, real_atlas):
    for collection in MODELS:
        rows = list(csv.DictReader(io.StringIO(_html(built_site, f"data/{collection}.csv"))))
        assert len(rows) == len(real_atlas.collection(collection))
    for entry in real_atlas.collection("figures"):
        rows = list(csv.DictReader(io.StringIO(_html(built_site, f"figures/{entry.id}.csv"))))
        assert len(rows) == len(entry.model.values)
        assert all(r["source_id"] for r in rows)


def test_atlas_json_loads_back_equal_to_the_data(built_site: Path, real_atlas):
    data = json.loads(_html(built_site, "data/atlas.json"))
    for collection in MODELS:
        assert data[collection] == {e.id: e.doc.data for e in real_atlas.collection(collection)}
    assert data["glossary"] == real_atlas.glossary_doc.data


def test_schemas_are_published(built_site: Path):
    for name in [*MODELS, "glossary"]:
        schema = json.loads(_html(built_site, f"data/schemas/{name}.schema.json"))
        assert schema["type"] == "object"


def test_look_and_feel(built_site: Path):
    home = _html(built_site, "index.html")
    assert 'data-md-color-scheme="default"' in home and "Switch to dark mode" in home
    assert 'class="md-tabs"' in home and "assets/logo.svg" in home
    assert '"navigation.instant"' in home
    assert "stylesheets/atlas.css" in home
    assert "@media print" in _html(built_site, "stylesheets/atlas.css")
    assert "Page not found" in _html(built_site, "404.html")
    assert "fonts.googleapis.com" not in home


def test_tracker_shows_counts_and_every_commitment(built_site: Path, real_atlas):
    tracker = _html(built_site, "tracker/index.html")
    assert 'class="atlas-counts"' in tracker
    for entry in real_atlas.collection("commitments"):
        assert f'href="../commitments/{entry.id}/"' in tracker


def test_timeline_lists_every_event_in_order(built_site: Path, real_atlas):
    timeline = _html(built_site, "timeline/index.html")
    positions = [
        timeline.index(f'href="../events/{e.id}/"')
        for e in sorted(real_atlas.collection("events"), key=lambda e: (e.model.date, e.id))
    ]
    assert positions == sorted(positions)
