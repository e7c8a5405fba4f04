"""The real content: sourced, attributed, and no amounts typed into the hand-written pages."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from macros.data.models import Figure, Quote

DOCS = sorted((ROOT / "docs").rglob("*.md"))
AMOUNT = re.compile(r"\$\s?\d|\d[\d,.]*\s?(%|percent\b|per cent\b)|\d\s?(billion|trillion|million)\b", re.IGNORECASE)


def test_every_record_cites_a_source_and_every_source_is_cited(real_atlas):
    cited = {link.target[1] for link in real_atlas.links if link.target[0] == "sources"}
    for entry in real_atlas.all():
        if entry.collection != "sources":
            assert entry.model.sources, entry.key
    assert {e.id for e in real_atlas.collection("sources")} <= cited | {
        s for t in real_atlas.glossary.terms for s in t.sources
    }


def test_every_figure_value_cites_an_existing_source(real_atlas):
    for entry in real_atlas.collection("figures"):
        figure: Figure = entry.model
        for value in figure.values:
            assert real_atlas.get("sources", value.source) is not None, (entry.id, value)


def test_every_quote_has_speaker_date_and_source(real_atlas):
    quotes = real_atlas.collection("quotes")
    assert quotes
    for entry in quotes:
        quote: Quote = entry.model
        collection, speaker = quote.speaker.split("/", 1)
        assert real_atlas.get(collection, speaker) is not None
        assert quote.date and quote.sources
        assert len(quote.text.split()) <= 25, f"{entry.id}: quotes stay short"


def test_the_three_dimensions_and_their_subtopics_exist(real_atlas):
    top = {e.id for e in real_atlas.collection("topics") if e.model.parent is None}
    assert top == {"security", "economics", "diplomacy"}


def test_known_discrepancies_are_recorded(real_atlas):
    summit = real_atlas.get("events", "summit-2025-02-07").model
    assert any("6 February" in d.note for d in summit.discrepancies)
    treaty = real_atlas.get("agreements", "treaty-of-mutual-cooperation-and-security-1960").model
    assert treaty.date.iso() == "1960-01-19"
    assert any("80 years" in d.note for d in treaty.discrepancies)


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_hand_written_pages_type_no_amounts(page):
    text = page.read_text(encoding="utf-8")
    prose = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", text, flags=re.DOTALL)
    assert AMOUNT.findall(prose) == [], "amounts and percentages come from the data via figure_value()"


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("an offer of $14.9 billion", True),
        ("2 percent of GDP", True),
        ("about 60% of GDP", True),
        ("raised by 20 to 60 per cent", True),
        ("in 2027 and 1960", False),
        ("{{ figure_value('x') }}", True),
    ],
)
def test_the_amount_detector(text, flagged):
    prose = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", text, flags=re.DOTALL)
    assert bool(AMOUNT.findall(prose)) is (flagged and "{{" not in text)
