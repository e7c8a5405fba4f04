"""The real content: sourced, attributed, and no amounts typed into the hand-written pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from macros.data.errors import DataErrors
from macros.data.load import load_atlas

DOCS = sorted((ROOT / "docs").rglob("*.md"))
AMOUNT = re.compile(r"\$\s?\d|\d[\d,.]*\s?(%|percent\b|per cent\b)|\d\s?(billion|trillion|million)\b", re.IGNORECASE)


def _errors(root: Path) -> list:
    try:
        load_atlas(root)
    except DataErrors as exc:
        return exc.errors
    return []


def test_a_record_without_sources_is_refused(data_copy: Path):
    path = data_copy / "data" / "people" / "ishiba-shigeru.yaml"
    first, _, body = path.read_text(encoding="utf-8").partition("\n")
    record = yaml.safe_load(body)
    record["sources"] = []
    path.write_text(first + "\n" + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    errors = [e for e in _errors(data_copy) if e.rule != "source-cited"]  # its sources are now cited by nobody
    assert [(e.path, "sources" in e.message) for e in errors] == [("data/people/ishiba-shigeru.yaml", True)], errors


def test_a_source_nobody_cites_is_reported(data_copy: Path):
    sources = data_copy / "data" / "sources"
    original = next(sorted(sources.glob("*.yaml")).__iter__())
    (sources / "never-cited-copy.yaml").write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    errors = _errors(data_copy)
    assert [(e.path, e.rule) for e in errors] == [("data/sources/never-cited-copy.yaml", "source-cited")]


def test_a_figure_value_citing_a_missing_source_is_refused(data_copy: Path):
    figure = next(sorted((data_copy / "data" / "figures").glob("*.yaml")).__iter__())
    text = figure.read_text(encoding="utf-8")
    cited = re.search(r"^\s+source: (\S+)$", text, re.M)
    figure.write_text(text.replace(cited.group(0), cited.group(0).replace(cited.group(1), "no-such-source"), 1))
    errors = _errors(data_copy)
    assert any(e.path.endswith(figure.name) and e.rule == "reference-exists" for e in errors), errors


def test_every_quote_stays_short(real_atlas):
    long = [e.id for e in real_atlas.collection("quotes") if len(e.model.text.split()) > 25]
    assert long == [], "quotes stay short (25 words at most)"


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
