""""Cite this page": the three formats name the Atlas, the page's title, its last update and its permanent URL;
the access date is a slot the reader's browser fills ("[date]" without script); data text is escaped."""

from __future__ import annotations

import re

from macros.data import language
from macros.render.cite_page import PageCitation, apa, bibtex, chicago, cite_this_page

PAGE = PageCitation(
    site="US–Japan Alliance Atlas",
    title="Ishiba Shigeru",
    url="https://example.org/atlas/people/ishiba-shigeru/",
    updated="2026-12-03",
    path="people/ishiba-shigeru/",
)


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_apa():
    assert _text(apa(PAGE)) == (
        "US–Japan Alliance Atlas. (2026, December 3). Ishiba Shigeru. Retrieved [date], "
        "from https://example.org/atlas/people/ishiba-shigeru/"
    )
    assert "<i>Ishiba Shigeru</i>" in apa(PAGE)


def test_chicago():
    assert _text(chicago(PAGE)) == (
        "“Ishiba Shigeru.” US–Japan Alliance Atlas. Last modified December 3, 2026. Accessed [date]. "
        "https://example.org/atlas/people/ishiba-shigeru/."
    )


def test_bibtex():
    text = _text(bibtex(PAGE)).replace("&#123;", "{").replace("&#125;", "}")
    assert text.splitlines() == [
        "@misc{atlas-people-ishiba-shigeru,",
        "  title = {Ishiba Shigeru},",
        "  author = {{US–Japan Alliance Atlas}},",
        "  year = {2026},",
        "  date = {2026-12-03},",
        "  url = {https://example.org/atlas/people/ishiba-shigeru/},",
        "  urldate = {[date]},",
        "  note = {CC BY 4.0},",
        "}",
    ]


def test_the_access_date_is_a_slot_for_the_script():
    block = cite_this_page(PAGE)
    assert block.count('class="atlas-access-date"') == 3
    assert 'data-style="iso">[date]</span>' in block
    assert block.count('class="md-button atlas-cite-copy"') == 3
    assert block.startswith('<details class="atlas-cite-page" data-search-exclude>')


def test_a_page_without_git_date_is_cited_without_one():
    undated = PageCitation(site="Atlas", title="T", url="https://x.org/", updated=None)
    assert "(n.d.)" in apa(undated)
    assert "Last modified" not in chicago(undated)
    assert "year =" not in bibtex(undated)


def test_hostile_titles_are_escaped_and_cannot_break_bibtex():
    hostile = PageCitation(site="Atlas", title='<script>x</script> {a} \\b "c"', url="https://x.org/p/", updated=None)
    for html in (apa(hostile), chicago(hostile), bibtex(hostile)):
        assert "<script>" not in html
    assert '  title = {&lt;script&gt;x&lt;/script&gt; a b "c"},' in bibtex(hostile).splitlines()  # braces dropped


def test_japanese_edition():
    with language.writing_in("ja"):
        page = PageCitation(site="日米同盟アトラス", title="石破茂", url="https://x.org/ja/people/ishiba-shigeru/",
                            updated="2026-12-03", path="people/ishiba-shigeru/")  # fmt: skip
        assert _text(apa(page)) == "日米同盟アトラス（2026年12月3日）「石破茂」https://x.org/ja/people/ishiba-shigeru/（[date]閲覧）"
        assert _text(chicago(page)).startswith("「石破茂」日米同盟アトラス、2026年12月3日最終更新、[date]閲覧、")
        assert "@misc{atlas-ja-people-ishiba-shigeru," in bibtex(page)
        block = cite_this_page(page)
    assert "<summary>このページを引用する</summary>" in block and ">コピー</button>" in block
