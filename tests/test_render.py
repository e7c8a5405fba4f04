"""Record pages: golden HTML, escaping of hostile text, backlinks, links as MkDocs writes them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import re

from macros.data.atlas import Entry
from macros.render.urls import page_url, relative_url
from macros.render.record import render_record
from macros.render.escape import markdown_block, markdown_inline

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
    rendered = render_record(valid_atlas, valid_atlas.get(collection, record_id)).html
    golden = GOLDEN / f"{collection}--{record_id}.html"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(rendered)
    assert rendered == golden.read_text()


def test_backlinks_list_every_referrer_with_its_relation(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("people", "alice-example")).html
    backlinks = page.split('id="referenced-by"', 1)[1].split('id="sources"', 1)[0]
    # grouped by kind and relation: the group's heading names the relation, each line is dated
    assert "<strong>Events <small>· participant · 1</small></strong>" in backlinks
    assert "<strong>Commitments <small>· made by · 1</small></strong>" in backlinks
    assert (
        '<li><time datetime="2025-02-07">7 February 2025</time> · <a href="../../events/fixture-summit/">Fixture summit</a></li>'
        in backlinks
    )
    assert "(made by)" not in backlinks
    # a commitment shows its current status
    assert 'Fixture pledge</a> <span class="atlas-status atlas-status--in-progress">' in backlinks
    referrers = {e.key for e in valid_atlas.referrers(("people", "alice-example"))}
    assert referrers == {("events", "fixture-summit"), ("commitments", "fixture-pledge")}


def test_citations_are_numbered_in_order_of_first_use(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("events", "fixture-summit")).html
    assert '<li id="source-1" data-summary="A fixture source."><a href="../../sources/statement/">Joint statement' in page
    assert '<li id="source-2" data-summary=' in page and '<a href="../../sources/report/">News report (fixture)</a>' in page
    assert '<a href="#source-1" class="atlas-cite-ref">[1]</a><a href="#source-2" class="atlas-cite-ref">[2]</a>' in page


def test_links_follow_the_url_style_of_the_build(valid_atlas):
    entry = valid_atlas.get("events", "fixture-summit")
    hosted = render_record(valid_atlas, entry, directory_urls=True).html
    offline = render_record(valid_atlas, entry, directory_urls=False).html
    assert 'href="../../sources/statement/"' in hosted
    assert 'href="../sources/statement.html"' in offline


def test_table_of_contents_and_anchors(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("agreements", "fixture-treaty"))
    assert [(h.level, h.id, h.name) for h in page.headings] == [
        (1, "fixture-treaty", "Fixture Treaty"),
        (2, "provisions", "Provisions"),
        (3, "article-v", "Article V"),
        (2, "referenced-by", "Referenced by"),
        (2, "sources", "Sources"),
    ]
    assert page.anchors == {"fixture-treaty", "provisions", "article-v", "referenced-by", "sources", "source-1"}
    assert page.title == "Fixture Treaty"


@pytest.mark.parametrize("title", ["Article V", "Source 1", "Sources", "Referenced by"])
def test_a_heading_named_from_text_never_takes_an_id_the_page_sets_itself(valid_atlas, title):
    treaty = valid_atlas.get("agreements", "fixture-treaty")
    renamed = Entry(treaty.collection, treaty.id, treaty.model.model_copy(update={"title": title}), treaty.doc)
    page = render_record(valid_atlas, renamed)
    ids = re.findall(r' id="([^"]+)"', page.html)
    assert len(ids) == len(set(ids)), ids
    assert page.headings[0].id.endswith("_1")
    assert page.anchors == set(ids)


def test_hostile_name_is_escaped_everywhere(valid_atlas):
    page = render_record(valid_atlas, valid_atlas.get("people", "bob-example"))
    assert "<script>" not in page.html
    assert '>Bob &lt;script&gt;alert(1)&lt;/script&gt; Example<a class="headerlink"' in page.html
    assert page.title == "Bob <script>alert(1)</script> Example"  # plain text: the theme escapes it


@pytest.mark.parametrize(
    ("url", "here"),
    [
        ("people/x/", "commitments/y/"),
        ("people/x.html", "commitments/y.html"),
        ("./", "people/x/"),
        ("index.html", "people/x.html"),
        ("figures/f.csv", "figures/f/"),
        ("figures/f.csv", "figures/f.html"),
        ("people/", "people/x/"),
        ("a/b/c/", "a/b/c/"),
    ],
)
def test_relative_urls_match_mkdocs(url, here):
    from mkdocs.utils import get_relative_url

    assert relative_url(url, here) == get_relative_url(url, here)


@pytest.mark.parametrize(
    ("docs_path", "directory_urls", "url"),
    [
        ("people/x.md", True, "people/x/"),
        ("people/x.md", False, "people/x.html"),
        ("people/index.md", True, "people/"),
        ("index.md", True, "./"),
        ("index.md", False, "index.html"),
        ("figures/f.csv", True, "figures/f.csv"),
    ],
)
def test_page_urls_match_mkdocs(docs_path, directory_urls, url):
    from mkdocs.structure.files import File

    file = File(docs_path, "docs", "site", use_directory_urls=directory_urls)
    assert page_url(docs_path, directory_urls) == url == file.url


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
    out = markdown_inline(text)
    assert not any(c in out for c in "<>{}[]|*")


def test_block_keeps_formatting_but_not_html():
    out = markdown_block("**bold** and [a link](https://example.org)\n\n<iframe src=x></iframe>{: onclick=y}")
    assert "**bold** and [a link](https://example.org)" in out
    assert "<iframe" not in out and "{:" not in out
