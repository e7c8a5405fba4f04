"""The tracker, the index pages and the one-page timeline as a reader gets them: status bars with their
counts, filters and sort keys in the markup, every cell labelled for a phone, counts named by kind."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from macros.data import language
from macros.data.load import load_atlas
from macros.render import views
from macros.render.indexes import collection_index, count_line
from tests.conftest import FIXTURES


def _cells_without_label(html: str) -> list[str]:
    return [cell for cell in re.findall(r"<td\b[^>]*>", html) if "data-label=" not in cell]


@pytest.fixture
def deadline_atlas(tmp_path):
    """The fixture data with a deadline of March 2025 on its one (in-progress) pledge."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "valid")
    path = tmp_path / "valid" / "data" / "commitments" / "fixture-pledge.yaml"
    path.write_text(path.read_text().replace("dimension: economics\n", "dimension: economics\ndeadline: 2025-03\n"))
    return load_atlas(tmp_path / "valid")


def test_status_bars_say_their_counts_and_the_legend_comes_first(valid_atlas):
    page = views.commitment_tracker(valid_atlas, "tracker.md")
    bar = re.search(r'<svg class="atlas-bar" role="img" aria-label="Economics: ([^"]*)"', page)
    assert bar and bar.group(1) == "1 In progress"
    assert '<svg class="atlas-bar" role="img" aria-label="Security: none"' in page
    legend, table = page.index('class="atlas-legend"'), page.index('data-atlas-table="tracker"')
    assert legend < table
    assert 'href="./#the-status-scale"' in page


def test_tracker_shows_status_since_and_last_checked_apart_and_labels_every_cell(valid_atlas):
    page = views.commitment_tracker(valid_atlas, "tracker.md")
    assert '<th scope="col">Status since</th>' in page and '<th scope="col">Last checked</th>' in page
    assert '<td data-label="Status since" data-sort="2025-06">June 2025</td>' in page
    assert '<a href="../commitments/fixture-pledge/">Fixture pledge</a>' in page
    assert "### Economics { #economics }" in page
    assert _cells_without_label(page) == []


def test_tracker_rows_carry_their_facets_and_the_filters_start_hidden(valid_atlas):
    page = views.commitment_tracker(valid_atlas, "tracker.md")
    assert (
        '<tr data-atlas-row data-status="in-progress" data-dimension="economics"'
        ' data-maker="people/alice-example organizations/fixture-government">'
    ) in page
    assert re.search(r'<div class="atlas-filters" data-atlas-filters[^>]* hidden', page)
    assert 'data-facet="status"' in page and 'data-facet="dimension"' in page and 'data-facet="maker"' in page


def test_a_passed_deadline_is_overdue_by_the_build_date_only(deadline_atlas):
    overdue = '<span class="atlas-overdue">Overdue</span>'
    assert overdue in views.commitment_tracker(deadline_atlas, "tracker.md", today=dt.date(2025, 4, 1))
    assert overdue not in views.commitment_tracker(deadline_atlas, "tracker.md", today=dt.date(2025, 3, 31))
    assert overdue not in views.commitment_tracker(deadline_atlas, "tracker.md")  # no date from git: none marked
    assert '<td data-label="Deadline" data-sort="2025-03">March 2025' in views.commitment_tracker(
        deadline_atlas, "tracker.md"
    )


def test_declarations_are_listed_apart_from_pledges(real_atlas):
    page = views.commitment_tracker(real_atlas, "tracker.md")
    pledges, declarations = page.index("## Pledges"), page.index("## Declarations")
    declared = {e.id for e in real_atlas.collection("commitments") if e.model.kind == "declaration"}
    assert declared
    for entry_id in declared:
        assert pledges < declarations < page.index(f'href="../commitments/{entry_id}/"', declarations)
        assert f'href="../commitments/{entry_id}/"' not in page[pledges:declarations]


def test_changed_recently_lists_status_changes_newest_first(valid_atlas):
    page = views.commitment_tracker(valid_atlas, "tracker.md")
    recent = page[page.index("## Changed recently") : page.index("## Pledges")]
    assert "<strong>June 2025</strong>" in recent and "atlas-status--in-progress" in recent
    assert "Fixture summit" not in recent  # events are on the timeline, not here


def test_index_counts_are_named_by_kind_in_both_editions():
    assert count_line("figures", 21) == "21 figures"
    assert count_line("people", 1) == "1 person"
    language.activate("ja")
    try:
        assert count_line("figures", 21) == "数値データ21件"
    finally:
        language.activate("en")


def test_sources_index_has_kind_reliability_date_and_publisher(real_atlas):
    page = collection_index(real_atlas, "sources", "sources/index.md")
    header = re.findall(r'<th scope="col">([^<]*)</th>', page)
    assert header == ["Name", "Publisher", "Kind", "Reliability", "Date"]
    assert page.count("<tr data-atlas-row") == len(real_atlas.collection("sources"))
    for mark in ("official", "press", "copy", "weak"):
        assert f'data-reliability="{mark}"' in page
    assert "data-atlas-sort" in page and "data-atlas-text" in page
    assert "records." not in page and f"{len(real_atlas.collection('sources'))} sources" in page
    assert _cells_without_label(page) == []


def test_every_index_is_sortable_with_labelled_cells(real_atlas):
    for collection in ("people", "organizations", "agreements", "events", "commitments", "figures", "topics", "quotes"):
        page = collection_index(real_atlas, collection, f"{collection}/index.md")
        rows = len(real_atlas.collection(collection))
        assert f'<table data-atlas-table="index" data-atlas-sort style="--atlas-rows: {rows}">' in page, collection
        assert page.count("<tr data-atlas-row") == rows, collection
        assert _cells_without_label(page) == [], collection


def test_timeline_page_groups_by_year_and_month_with_filterable_rows(valid_atlas):
    page = views.timeline_page(valid_atlas, "timeline/index.md")
    assert "## 2025 { #y2025 .atlas-timeline-year }" in page
    assert '<h3 id="y2025-02">February 2025</h3>' in page
    assert re.search(r'<li data-atlas-row data-dimension="[^"]+" data-kind="summit" data-person="alice-example', page)
    assert 'data-facet="person"' in page and 'data-facet="kind"' in page and 'data-facet="dimension"' in page


def test_japanese_tracker_has_no_english_labels(valid_atlas):
    language.activate("ja")
    try:
        page = views.commitment_tracker(valid_atlas, "tracker.md")
    finally:
        language.activate("en")
    for english in ("Status since", "Last checked", "Pledges", "Changed recently", "Clear filters", "Made by"):
        assert english not in page
