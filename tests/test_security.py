"""Every text field of every collection carries an attack; no output of the hosted or offline build turns one
into markup, and none is evaluated as a template or silently dropped (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile import EVALUATED, markup_in, marker

pytestmark = pytest.mark.build

MARKUP_SUFFIXES = {".html", ".xml", ".svg"}


def _files(site: Path) -> list[Path]:
    return [p for p in site.rglob("*") if p.is_file()]


def _search_docs(site: Path) -> list[dict]:
    """The documents of the search index: search_index.json (hosted) or the script the offline copy loads."""
    docs = []
    for path in site.rglob("search_index.*"):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".js":
            text = text[text.index("{") : text.rindex("}") + 1]
        docs += json.loads(text)["docs"]
    return docs


@pytest.mark.parametrize("which", ["hosted", "offline"])
def test_no_attack_becomes_markup_in_any_page_feed_sitemap_or_chart(hostile_builds, which):
    fields, hosted, offline = hostile_builds
    site = hosted if which == "hosted" else offline
    found = {}
    for path in _files(site):
        if path.suffix in MARKUP_SUFFIXES:
            problems = markup_in(path.read_text(encoding="utf-8"))
            if problems:
                found[path.relative_to(site).as_posix()] = problems
    assert found == {}


@pytest.mark.parametrize("which", ["hosted", "offline"])
def test_search_results_show_attacks_as_text(hostile_builds, which):
    fields, hosted, offline = hostile_builds
    docs = _search_docs(hosted if which == "hosted" else offline)
    assert docs, "no search index"
    # Material shows a result's title and text as HTML: attacks must arrive there escaped
    found = [(d["location"], problems) for d in docs for problems in [markup_in(d["title"] + d["text"])] if problems]
    assert found == []
    assert any("ZQ" in d["title"] for d in docs), "no attacked title reached the index"


@pytest.mark.parametrize("which", ["hosted", "offline"])
def test_no_attack_is_evaluated_as_a_template(hostile_builds, which):
    fields, hosted, offline = hostile_builds
    site = hosted if which == "hosted" else offline
    for path in _files(site):
        if path.suffix in {*MARKUP_SUFFIXES, ".js", ".json", ".csv"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not any(e in text for e in EVALUATED), path


def test_every_attacked_field_reaches_some_output(hostile_builds):
    fields, hosted, offline = hostile_builds
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _files(hosted) if p.suffix != ".png"]
    everything = "\n".join(texts)
    missing = [where for n, where in fields.items() if marker(n) not in everything]
    assert missing == []
    assert len(fields) >= 60  # every collection's text fields, counted by walking the models


def test_chart_labels_are_text_not_mathtext(hostile_builds):
    fields, hosted, _ = hostile_builds
    svg = (hosted / "figures" / "full-figure" / "index.html").read_text(encoding="utf-8")
    assert "\\frac{1}{2}" in svg or "$\\frac" in svg  # the dollar signs and the TeX are shown as typed


def test_csv_cells_that_look_like_formulas_are_marked_as_text(tmp_path: Path):
    from macros.output.downloads import spreadsheet_safe

    assert [spreadsheet_safe(t) for t in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "plain", "5 = 5"]] == [
        "'=1+1",
        "'+SUM(A1)",
        "'-2+3",
        "'@cmd",
        "'\tx",
        "plain",
        "5 = 5",
    ]
