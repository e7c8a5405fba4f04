"""Citations as a reader sees them: publisher, 'via HOST' for a copy, a reliability mark on every line;
person pages: roles with dates, the Japanese name once, 'Referenced by' grouped, dated and folded."""

from __future__ import annotations

import pytest

from macros.data import language
from macros.data.atlas import Entry
from macros.data.queries import reliability
from macros.data.reliability import copy_host, url_host
from macros.render.citations import Citations, MarkdownLinker, reliability_legend, source_line
from macros.render.html import HtmlLinks
from macros.render.record import BACKLINKS_SHOWN, render_record


def _with_source(atlas, source_id: str, **changes):
    """The atlas with one source's fields changed (the model is copied; nothing else moves)."""
    entry = atlas.get("sources", source_id)
    atlas.entries["sources"][source_id] = Entry(entry.collection, entry.id, entry.model.model_copy(update=changes), entry.doc)
    return atlas


def _line(atlas, source_id: str) -> str:
    return source_line(atlas, source_id, HtmlLinks("events/fixture-summit.md", True))


def test_a_copy_read_elsewhere_names_the_publisher_and_the_host_it_was_read_on(valid_atlas):
    atlas = _with_source(
        valid_atlas, "report", url="https://rss.newsmax.com/amp/x", via="rss.newsmax.com (republished)", publisher="Reuters"
    )
    line = _line(atlas, "report")
    assert "— Reuters, via <a href=\"https://rss.newsmax.com/amp/x\">rss.newsmax.com</a>." in line
    assert line.count("rss.newsmax.com</a>") == 1  # the host appears once, as the copy's, not as the publisher's


def test_the_publishers_own_copy_shows_its_host_without_via(valid_atlas):
    line = _line(valid_atlas, "statement")
    assert "via" not in line
    assert "— Fixture Government, 7 February 2025. <a href=" in line and ">example.org</a>" in line


@pytest.mark.parametrize(
    ("level", "via", "mark"),
    [
        ("official", None, "official"),
        ("official", "an embassy site", "official"),
        ("verbatim-copy", "a mirror", "copy"),
        ("press", None, "press"),
        ("press", "a mirror", "press"),
        ("summary", None, "press"),
        ("weak", None, "weak"),
    ],
)
def test_every_line_ends_with_its_reliability_mark(valid_atlas, level, via, mark):
    atlas = _with_source(valid_atlas, "statement", reliability=level, via=via)
    assert reliability(atlas.get("sources", "statement").model) == mark
    line = _line(atlas, "statement")
    assert line.endswith(f">{mark}</span>") and f'class="atlas-rel atlas-rel--{mark}"' in line


def test_marks_and_via_in_japanese(valid_atlas):
    atlas = _with_source(valid_atlas, "statement", via="a mirror", reliability="verbatim-copy")
    with language.writing_in("ja"):
        line = _line(atlas, "statement")
    assert "（<a href=" in line and "example.org</a>経由）。" in line
    assert ">転載</span>" in line


def test_hand_written_pages_get_the_same_line_with_markdown_links(valid_atlas):
    cites = Citations(valid_atlas, MarkdownLinker("tracker.md"))
    marker = cites.cite(["statement"])
    assert 'class="atlas-cite-ref"' in marker
    items = cites.items()
    assert '<li id="source-1" data-summary="A fixture source." markdown>' in items
    assert "[Joint statement (fixture)](sources/statement.md)" in items
    assert "atlas-rel--official" in items


def test_the_summary_for_the_preview_is_escaped_plain_text(valid_atlas):
    atlas = _with_source(valid_atlas, "statement", summary='A "quoted" <b>bold</b> [link](https://x.org) & more.')
    items = Citations(atlas, HtmlLinks("events/fixture-summit.md", True))
    items.cite(["statement"])
    assert 'data-summary="A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; link &amp; more."' in items.items()


def test_the_legend_counts_every_source_once(valid_atlas):
    legend = reliability_legend(valid_atlas)
    rows = legend.split("<tbody>")[1]
    assert [r.split("</td><td>")[-1].split("<")[0] for r in rows.split("<tr>")[1:]] == ["1", "1", "0", "0"]


def test_url_host_and_copy_host(valid_atlas):
    assert url_host("https://www.mofa.go.jp/a/b") == "mofa.go.jp"
    assert copy_host(valid_atlas.get("sources", "statement").model) is None


# ---------------------------------------------------------------- person pages


def test_the_japanese_name_appears_once(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("people", "alice-example")).html
    assert page.count("例花子") == 1
    assert "Japanese name" not in page


def test_roles_show_from_and_to_and_say_when_a_date_is_not_recorded(valid_atlas):
    person = valid_atlas.get("people", "alice-example")
    page = render_record(valid_atlas, person).html
    assert '<time datetime="2024-10">October 2024</time> – <time datetime="2025-10-21">21 October 2025</time>' in page
    role = person.model.roles[0]
    open_ended = person.model.model_copy(update={"roles": [role.model_copy(update={"end": None})]})
    page = render_record(valid_atlas, Entry(person.collection, person.id, open_ended, person.doc)).html
    assert "October 2024</time> – end not recorded</span>" in page


def test_long_referenced_by_groups_fold_after_ten(valid_atlas):
    alice = ("people", "alice-example")
    link = next(item for item in valid_atlas.backlinks[alice] if item.source[0] == "commitments")
    pledge = valid_atlas.get("commitments", "fixture-pledge")
    extra = BACKLINKS_SHOWN + 3
    for n in range(extra):
        clone_id = f"pledge-{n:02d}"
        valid_atlas.entries["commitments"][clone_id] = Entry("commitments", clone_id, pledge.model, pledge.doc)
        valid_atlas.backlinks[alice].append(link.__class__(**{**link.__dict__, "source": ("commitments", clone_id)}))
    page = render_record(valid_atlas, valid_atlas.get(*alice)).html
    group = page.split("Commitments <small>", 1)[1].split('id="sources"', 1)[0]
    assert f"· made by · {extra + 1}</small>" in group
    shown, folded = group.split('<details class="atlas-more">', 1)
    assert shown.count("<li>") == BACKLINKS_SHOWN
    assert "<summary>Show 4 more</summary>" in folded and folded.count("<li>") == 4
