"""The two editions of one build: every English page has a Japanese twin under ja/, in Japanese, marked
lang="ja", and each links to the other (the header switch and hreflang)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from japanese_text import japanese_share

pytestmark = pytest.mark.build


def english_pages(site: Path) -> list[Path]:
    return sorted(p.relative_to(site) for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "ja")


def test_every_english_page_has_a_japanese_twin(built_site: Path):
    pages = english_pages(built_site)
    assert len(pages) > 900
    assert [p for p in pages if not (built_site / "ja" / p).is_file()] == []


def test_japanese_pages_are_marked_and_written_in_japanese(built_site: Path):
    shares = {}
    for page in english_pages(built_site):
        twin = (built_site / "ja" / page).read_text(encoding="utf-8")
        assert '<html lang="ja"' in twin, page
        if page.name != "404.html":
            shares[page.as_posix()] = japanese_share(twin)
    low = {page: round(share, 2) for page, share in shares.items() if share < 0.35}
    assert low == {}
    english = {p.as_posix(): japanese_share((built_site / p).read_text(encoding="utf-8")) for p in english_pages(built_site)}
    assert max(english.values()) < 0.25  # the English pages quote Japanese names, no more


@pytest.mark.parametrize(
    "page, title",
    [("people/ishiba-shigeru/index.html", "石破茂"), ("agreements/status-of-forces-agreement-1960/index.html", "日米地位協定")],
)
def test_a_record_twin_shows_the_japanese_name_with_the_english_one_marked(built_site: Path, page: str, title: str):
    html = (built_site / "ja" / page).read_text(encoding="utf-8")
    assert re.search(rf"<h1 [^>]*>{re.escape(title)}<", html)
    assert '<p class="atlas-subtitle" lang="en">' in html


EXPECTED_LINKS = {  # page: (its en link, its ja link), in the English edition and then in the Japanese one
    "people/ishiba-shigeru/index.html": (
        ("../../people/ishiba-shigeru/", "../../ja/people/ishiba-shigeru/"),
        ("../../../people/ishiba-shigeru/", "../../people/ishiba-shigeru/"),
    ),
    "index.html": (("./", "./ja/"), ("./../", "./")),
}


@pytest.mark.parametrize("page", EXPECTED_LINKS)
def test_the_switch_links_each_page_to_its_twin(built_site: Path, page: str):
    for root, (to_en, to_ja) in zip((built_site, built_site / "ja"), EXPECTED_LINKS[page]):
        html = (root / page).read_text(encoding="utf-8")
        assert f'<a href="{to_en}" hreflang="en"' in html and f'<a href="{to_ja}" hreflang="ja"' in html


def test_each_sitemap_lists_every_page_with_its_twin_in_both_languages(built_site: Path):
    root = "https://us-japan-alliance-atlas.github.io/atlas/"
    for sitemap, own in ((built_site / "sitemap.xml", root), (built_site / "ja" / "sitemap.xml", root + "ja/")):
        text = sitemap.read_text(encoding="utf-8")
        assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in text
        entry = f"<loc>{own}people/ishiba-shigeru/</loc>"
        assert entry in text
        after = text.split(entry, 1)[1].split("</url>", 1)[0]
        assert f'<xhtml:link rel="alternate" hreflang="en" href="{root}people/ishiba-shigeru/"/>' in after
        assert f'<xhtml:link rel="alternate" hreflang="ja" href="{root}ja/people/ishiba-shigeru/"/>' in after
        assert text.count("<url>") == text.count('hreflang="ja"') == text.count('hreflang="en"')
    import gzip

    assert gzip.decompress((built_site / "sitemap.xml.gz").read_bytes()).decode() == (built_site / "sitemap.xml").read_text()


def test_dates_statuses_and_labels_read_as_japanese(built_site: Path):
    html = (built_site / "ja" / "commitments" / "invest-550-billion-investment-vehicle" / "index.html").read_text()
    assert "2025年7月22日" in html and "22 July 2025" not in html
    assert '<span class="atlas-status atlas-status--in-progress">進行中</span>' in html
    assert "<td>最終確認</td>" in html and "Last checked" not in html
    assert "（アトラスによる翻訳）" in html  # the quoted promise: the Atlas's translation, marked, beside the original


def test_each_edition_has_its_own_downloads_and_search_index(built_site: Path):
    for root in (built_site, built_site / "ja"):
        assert (root / "data" / "atlas.json").is_file()
        assert (root / "search" / "search_index.json").is_file() or (root / "pagefind").is_dir()


def test_the_offline_copy_has_both_editions(offline_site: Path):
    assert (offline_site / "ja" / "people" / "ishiba-shigeru.html").is_file()
    html = (offline_site / "people" / "ishiba-shigeru.html").read_text(encoding="utf-8")
    assert '<a href="../ja/people/ishiba-shigeru.html" hreflang="ja"' in html
