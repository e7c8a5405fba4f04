"""Cross-record views: tracker counts, timeline order, glossary, what's new."""

from __future__ import annotations

from macros.data.queries import latest_changes, status_counts
from macros.render import views
from macros.render.page_extras import abbreviations, description, harden_links


def test_status_counts_use_the_current_status(valid_atlas):
    counts = status_counts(valid_atlas)
    assert counts["economics"]["in-progress"] == 1
    assert sum(sum(c.values()) for c in counts.values()) == 1


def test_tracker_groups_by_dimension_with_counts(valid_atlas):
    page = views.commitment_tracker(valid_atlas, "tracker.md")
    assert 'aria-label="Economics: 1 In progress"' in page
    assert "### Economics { #economics }" in page
    assert '<a href="../commitments/fixture-pledge/">Fixture pledge</a>' in page
    assert "### Security" not in page


def test_timeline_lists_events_by_year_with_participants(valid_atlas):
    page = views.timeline(valid_atlas, "timeline/index.md")
    assert page.startswith("## 2025 { #y2025 .atlas-timeline-year }")
    assert "**7 February 2025** — [Fixture summit](../events/fixture-summit.md)" in page
    assert "[Alice Example](../people/alice-example.md)" in page
    assert views.timeline(valid_atlas, "timeline/diplomacy.md", "diplomacy") == "_No events recorded yet._\n"


def test_glossary_page_and_tooltips(valid_atlas):
    page = views.glossary(valid_atlas, "glossary.md")
    assert "### LNG { #term-lng }" in page and "**liquefied natural gas**" in page
    assert abbreviations(valid_atlas.glossary).strip() == "*[LNG]: liquefied natural gas"


def test_whats_new_puts_latest_first(valid_atlas):
    changes = latest_changes(valid_atlas)
    assert [c.date.iso() for c in changes] == ["2025-06", "2025-02-07"]


def test_description_is_plain_escaped_text():
    assert (
        description('A *bold* [link](https://x.org) with "quotes" <b>')
        == "A bold link with &quot;quotes&quot; &lt;b&gt;"
    )


def test_harden_links_adds_noopener_and_drops_unsafe_schemes():
    html = '<a href="https://example.org">x</a> <a href="javascript:alert(1)">y</a> <a href="../p/">z</a>'
    assert harden_links(html) == (
        '<a href="https://example.org" rel="noopener noreferrer">x</a> <a>y</a> <a href="../p/">z</a>'
    )
