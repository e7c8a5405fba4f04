"""Record pages: golden Markdown, escaping of hostile text, backlinks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from macros.render.record import render_record
from macros.render.text import block, inline

GOLDEN = Path(__file__).resolve().parent / "golden"
PAGES = [
    "people/alice-example",
    "events/fixture-summit",
    "commitments/fixture-pledge",
    "agreements/fixture-treaty",
    "figures/fixture-share",
    "sources/statement",
    "quotes/fixture-quote",
]


@pytest.mark.parametrize("key", PAGES)
def test_record_page_matches_golden(valid_atlas, key):
    collection, record_id = key.split("/")
    rendered = render_record(valid_atlas, valid_atlas.get(collection, record_id))
    golden = GOLDEN / f"{collection}--{record_id}.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(rendered)
    assert rendered == golden.read_text()


def test_backlinks_list_every_referrer_with_its_relation(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("people", "alice-example"))
    backlinks = page.split("## Referenced by", 1)[1].split("## Sources", 1)[0]
    assert "[Fixture summit](../events/fixture-summit.md) <small>(participant)</small>" in backlinks
    assert "[Fixture pledge](../commitments/fixture-pledge.md) <small>(made by)</small>" in backlinks
    referrers = {e.key for e in valid_atlas.referrers(("people", "alice-example"))}
    assert referrers == {("events", "fixture-summit"), ("commitments", "fixture-pledge")}


def test_citations_are_numbered_in_order_of_first_use(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("events", "fixture-summit"))
    assert '<li id="source-1" markdown>[Joint statement (fixture)]' in page
    assert '<li id="source-2" markdown>[News report (fixture)]' in page
    assert "[[1]](#source-1)[[2]](#source-2)" in page


def test_hostile_name_is_escaped_everywhere(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("people", "bob-example"))
    assert "<script>" not in page
    assert "# Bob &lt;script&gt;alert(1)&lt;/script&gt; Example" in page


@pytest.mark.parametrize(
    "text",
    [
        "{{ config }}",
        "{% for x in y %}",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "a | b",
        "*[HTML]: trap",
        "{: onclick=x }",
    ],
)
def test_inline_text_cannot_make_markup(text):
    out = inline(text)
    assert not any(c in out for c in "<>{}[]|*")


def test_block_keeps_formatting_but_not_html():
    out = block("**bold** and [a link](https://example.org)\n\n<iframe src=x></iframe>{: onclick=y}")
    assert "**bold** and [a link](https://example.org)" in out
    assert "<iframe" not in out and "{:" not in out
