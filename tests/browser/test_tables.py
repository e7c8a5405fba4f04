"""Tables as a reader meets them, on a 390 px phone and a 1366 px desktop, from disk and over HTTP: no table
is wider than the screen, the tracker's filters narrow it and clear again, an index sorts by a column, and
without JavaScript every row is there."""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.browser.chromium import WAIT
from tests.browser.conftest import SCREENSHOTS
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

PAGE_KINDS = {
    "home": "",
    "tracker": "tracker",
    "index": "sources/",
    "person": "people/ishiba-shigeru",
    "commitment": "commitments/article-v-applies-to-senkakus",
    "figure": None,  # the first figure page of the build
    "timeline": "timeline/",
    "tracker-ja": "ja/tracker",
}
VISIBLE_ROWS = "return [...document.querySelectorAll('[data-atlas-row]')].filter(r => r.offsetParent !== null)"
TOO_WIDE = """
const width = window.innerWidth;
return [...document.querySelectorAll('table')]
  .filter(t => t.offsetParent !== null)
  .map(t => ({right: t.getBoundingClientRect().right, left: t.getBoundingClientRect().left,
              content: t.scrollWidth, box: t.clientWidth, text: t.innerText.slice(0, 60)}))
  .filter(t => t.right > width + 0.5 || t.left < -0.5 || t.content > t.box + 1);
"""


@contextmanager
def screen(browser, width: int):
    """Emulate a screen `width` CSS pixels wide (a phone below 600 px) until the block ends."""
    browser.driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    try:
        yield
    finally:
        browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def _folder(site, page: str) -> str:
    """A folder's index page as the site names it: `sources` (hosted) or `sources/index` (offline)."""
    return page.rstrip("/") if site.directory_urls else page + "index"


def _page(site, kind: str) -> str:
    page = PAGE_KINDS[kind]
    if page and page.endswith("/"):
        page = _folder(site, page)
    if page is None:
        figures = site.figure_pages()
        assert figures, f"no figure pages under {site.folder / 'figures'}"
        return figures[0]
    assert site.has_page(page) or page == "", page
    return page


def _visible(browser) -> list:
    return browser.driver.execute_script(VISIBLE_ROWS)


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_no_table_is_wider_than_the_screen(browser, site, kind, width):
    page = _page(site, kind)
    with screen(browser, width):
        browser.open(site.url(page))
        for details in browser.driver.find_elements(By.CSS_SELECTOR, "article details"):
            browser.driver.execute_script("arguments[0].open = true", details)  # the counts table, too
        assert browser.driver.execute_script("return document.querySelectorAll('table').length") > 0 or kind in (
            "timeline",
        )
        # On a phone long tables are drawn only as they come near the screen (content-visibility): measure each as
        # the reader will see it once it is drawn.
        browser.driver.execute_script(
            "const s = document.createElement('style');"
            "s.textContent = '* { content-visibility: visible !important; }'; document.head.appendChild(s);"
        )
        assert browser.driver.execute_script(TOO_WIDE) == []
        assert browser.driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        browser.screenshot(SCREENSHOTS / f"tables-{site.name}-{kind}-{width}.png")


CARDS_DRAWN = """
return [...document.querySelectorAll('table[data-atlas-table=tracker] tbody tr')]
  .map(r => r.checkVisibility({contentVisibilityAuto: true}));
"""


def test_a_phone_draws_the_tracker_cards_as_the_reader_reaches_them(browser, site):
    with screen(browser, 390):
        browser.open(site.url("tracker"))
        drawn = browser.driver.execute_script(CARDS_DRAWN)
        assert len(drawn) >= 10 and not drawn[-1], "the last card is drawn before the reader is near it"
        last = browser.driver.find_elements(By.CSS_SELECTOR, "table[data-atlas-table=tracker] tbody tr")[-1]
        browser.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", last)
        WebDriverWait(browser.driver, WAIT).until(lambda d: d.execute_script(CARDS_DRAWN)[-1])
        assert last.text.strip() and last.size["height"] > 50  # drawn in full, its text on screen
    with screen(browser, 1366):
        browser.open(site.url("tracker"))
        assert all(browser.driver.execute_script(CARDS_DRAWN))  # a desktop table is drawn whole


@pytest.mark.parametrize("width", [390, 1366])
def test_tracker_filters_narrow_the_list_and_clear_again(browser, site, width):
    with screen(browser, width):
        browser.open(site.url("tracker"))
        everything = len(_visible(browser))
        assert everything >= 10
        chip = browser.driver.find_element(By.CSS_SELECTOR, ".atlas-chip-group[data-facet=status] .atlas-chip")
        status = chip.get_attribute("data-value")
        chip.click()
        shown = _visible(browser)
        assert 0 < len(shown) < everything
        assert {row.get_attribute("data-status") for row in shown} == {status}
        count = browser.driver.find_element(By.CSS_SELECTOR, "[data-atlas-count]").text
        assert count == f"{len(shown)} of {everything} commitments shown"
        browser.driver.find_element(By.CSS_SELECTOR, ".atlas-chip-group[data-facet=dimension] .atlas-chip").click()
        narrower = _visible(browser)
        assert len(narrower) <= len(shown)
        browser.screenshot(SCREENSHOTS / f"tables-{site.name}-tracker-filtered-{width}.png")
        browser.driver.find_element(By.CSS_SELECTOR, "[data-atlas-clear]").click()
        assert len(_visible(browser)) == everything
        maker = browser.driver.find_elements(By.CSS_SELECTOR, ".atlas-chip-group[data-facet=maker] .atlas-chip")[-1]
        ref = maker.get_attribute("data-value")
        maker.click()
        made = _visible(browser)
        assert made and all(ref in row.get_attribute("data-maker").split() for row in made)


def test_the_filters_start_again_after_instant_navigation(browser, hosted):
    """The hosted site swaps pages in place (navigation.instant): the tracker reached by its tab still filters."""
    browser.open(hosted.url(""))
    tab = next(
        a
        for a in browser.driver.find_elements(By.CSS_SELECTOR, "a.md-tabs__link")
        if a.get_attribute("href").rstrip("/").endswith("/tracker")
    )
    tab.click()
    WebDriverWait(browser.driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-atlas-filters]"))
    WebDriverWait(browser.driver, WAIT).until(
        lambda d: d.execute_script("return !document.querySelector('[data-atlas-filters]').hidden")
    )
    everything = len(_visible(browser))
    browser.driver.find_element(By.CSS_SELECTOR, ".atlas-chip-group[data-facet=status] .atlas-chip").click()
    assert 0 < len(_visible(browser)) < everything


def _dates(browser) -> list[str]:
    return browser.driver.execute_script(
        "return [...document.querySelectorAll('table[data-atlas-sort] tbody tr')]"
        ".map(r => r.cells[4].getAttribute('data-sort'))"
    )


def test_sorting_an_index_column_reorders_its_rows(browser, site):
    browser.open(site.url(_folder(site, "sources/")))
    before = _dates(browser)
    header = browser.driver.find_elements(By.CSS_SELECTOR, "table[data-atlas-sort] thead th")[4]
    assert header.text.startswith("Date")
    header.click()
    ascending = _dates(browser)
    assert header.get_attribute("aria-sort") == "ascending"
    assert ascending == sorted(before) and ascending != before
    header.click()
    assert header.get_attribute("aria-sort") == "descending"
    assert _dates(browser) == sorted(before, reverse=True)


def test_the_text_filter_narrows_an_index(browser, site):
    browser.open(site.url(_folder(site, "sources/")))
    everything = len(_visible(browser))
    browser.driver.find_element(By.CSS_SELECTOR, "[data-atlas-text]").send_keys("Kantei")
    shown = _visible(browser)
    assert 0 < len(shown) < everything
    assert all("kantei" in row.text.lower() for row in shown)


def test_the_timeline_filters_by_person_and_by_a_link(browser, site):
    browser.open(site.url(_folder(site, "timeline/")))
    everything = len(_visible(browser))
    Select(browser.driver.find_element(By.CSS_SELECTOR, "select[data-facet=person]")).select_by_value("ishiba-shigeru")
    shown = _visible(browser)
    assert 0 < len(shown) < everything
    assert all("ishiba-shigeru" in row.get_attribute("data-person").split() for row in shown)
    browser.open(site.url(_folder(site, "timeline/")) + "?dimension=economics")
    shown = _visible(browser)
    assert 0 < len(shown) < everything
    assert all("economics" in row.get_attribute("data-dimension").split() for row in shown)


def _html(site, page: str) -> str:
    path = site.folder / (f"{page}/index.html" if site.directory_urls else f"{page}.html")
    return path.read_text(encoding="utf-8")


def _records(collection: str) -> int:
    return len(list(Path(ROOT / "data" / collection).glob("*.yaml")))


def test_without_javascript_every_row_is_there_and_no_control_shows(site):
    """What a browser without JavaScript shows: the static HTML, every row present, the filter bar hidden."""
    for page, rows, expected in (
        ("tracker", r"<tr data-atlas-row", _records("commitments")),
        ("sources/", r"<tr data-atlas-row", _records("sources")),
        ("timeline/", r"<li data-atlas-row", _records("events")),
    ):
        html = _html(site, _folder(site, page) if page.endswith("/") else page)
        assert len(re.findall(rows, html)) == expected, page
        assert re.findall(r"<tr data-atlas-row[^>]*\bhidden", html) == []
        bars = re.findall(r'<div class="atlas-filters" data-atlas-filters[^>]* hidden', html)
        assert len(bars) == 1, page
