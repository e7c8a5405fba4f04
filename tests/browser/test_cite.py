"""Citing in Chromium, hosted and offline, on a phone and a desktop: "Cite this page" copies a citation naming
the page and its permanent URL (through the clipboard API, and through the textarea fallback that file:// pages
and older browsers need); a citation marker previews its source on hover and on keyboard focus; every page has
"Report an error" beside "Edit"."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.chromium import WAIT
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

PERSON = "people/ishiba-shigeru"
PERMANENT = "https://us-japan-alliance-atlas.github.io/atlas/"  # site_url of the test builds (mkdocs.yml default)

STUB_CLIPBOARD = """
window.__copied = null;
Object.defineProperty(navigator, "clipboard", {configurable: true, value: {
  writeText: function (text) { window.__copied = text; return Promise.resolve(); }
}});
"""

STUB_NO_CLIPBOARD = """
window.__copied = null;
Object.defineProperty(navigator, "clipboard", {configurable: true, value: undefined});
document.execCommand = function (command) {
  var area = document.querySelector("body > textarea");
  if (command === "copy" && area) window.__copied = area.value.substring(area.selectionStart, area.selectionEnd);
  return command === "copy" && !!area;
};
"""


def _sized(browser, width: int) -> None:
    browser.driver.set_window_size(width, 900)


def _copy(browser, fmt: str) -> str:
    """Open "Cite this page", press the copy button of `fmt`, and return what reached the (stubbed) clipboard."""
    driver = browser.driver
    details = driver.find_element(By.CSS_SELECTOR, "details.atlas-cite-page")
    summary = details.find_element(By.TAG_NAME, "summary")
    if details.get_attribute("open") is None:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
        summary.click()
    assert details.get_attribute("open") is not None
    button = details.find_element(By.CSS_SELECTOR, f'.atlas-cite-format[data-format="{fmt}"] .atlas-cite-copy')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    label = button.text
    button.click()
    copied = WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return window.__copied"))
    WebDriverWait(driver, WAIT).until(lambda d: button.text != label)  # the button says it copied
    return copied


def _today(style: str) -> str:
    now = datetime.date.today()
    if style == "iso":
        return now.isoformat()
    return f"{now.strftime('%B')} {now.day}, {now.year}"


@pytest.mark.parametrize("width", [390, 1366])
def test_cite_this_page_copies_a_citation_with_the_title_and_permanent_url(browser, site, width):
    _sized(browser, width)
    browser.open(site.url(PERSON))
    browser.driver.execute_script(STUB_CLIPBOARD)
    apa = _copy(browser, "apa")
    assert apa.startswith("US–Japan Alliance Atlas. (")
    assert "Ishiba Shigeru" in apa and f"{PERMANENT}{PERSON}/" in apa
    assert f"Retrieved {_today('long')}, from" in apa and "[date]" not in apa  # the reader's date
    browser.screenshot(SCREENSHOTS / f"{site.name}-cite-{width}.png")
    browser.driver.execute_script("window.__copied = null")
    bibtex = _copy(browser, "bibtex")
    assert bibtex.startswith("@misc{atlas-people-ishiba-shigeru,") and f"urldate = {{{_today('iso')}}}" in bibtex


def test_without_the_clipboard_api_the_textarea_fallback_copies(browser, site):
    _sized(browser, 1366)
    browser.open(site.url("tracker"))
    browser.driver.execute_script(STUB_NO_CLIPBOARD)
    chicago = _copy(browser, "chicago")
    title = browser.driver.find_element(By.CSS_SELECTOR, "article h1").text.replace("¶", "").strip()
    assert chicago.startswith(f"“{title}.” US–Japan Alliance Atlas.")
    assert f"{PERMANENT}tracker/" in chicago
    assert browser.driver.find_elements(By.CSS_SELECTOR, "body > textarea") == []  # the helper is removed


def test_the_japanese_edition_cites_in_japanese(browser, site):
    _sized(browser, 1366)
    browser.open(site.url(f"ja/{PERSON}"))
    browser.driver.execute_script(STUB_CLIPBOARD)
    summary = browser.driver.find_element(By.CSS_SELECTOR, "details.atlas-cite-page > summary")
    assert summary.text == "このページを引用する"
    apa = _copy(browser, "apa")
    now = datetime.date.today()
    assert apa.startswith("日米同盟アトラス（") and "「石破茂」" in apa
    assert f"{PERMANENT}ja/{PERSON}/" in apa and f"{now.year}年{now.month}月{now.day}日閲覧" in apa


def _preview(driver):
    return driver.find_element(By.ID, "atlas-cite-preview")


def _source_title(driver, marker) -> str:
    number = marker.get_attribute("href").rsplit("#", 1)[1]
    return driver.find_element(By.CSS_SELECTOR, f"li#{number} a").text


@pytest.mark.parametrize("width", [390, 1366])
def test_a_citation_previews_its_source_on_hover_and_on_focus(browser, site, width):
    _sized(browser, width)
    browser.open(site.url(PERSON))
    driver = browser.driver
    markers = driver.find_elements(By.CSS_SELECTOR, "a.atlas-cite-ref")
    assert len(markers) > 3
    first, other = markers[0], markers[2]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    ActionChains(driver).move_to_element(first).perform()
    box = WebDriverWait(driver, WAIT).until(lambda d: _preview(d) if _preview(d).is_displayed() else None)
    assert box.get_attribute("role") == "tooltip"
    assert box.find_element(By.CSS_SELECTOR, ".atlas-cite-preview__title").text == _source_title(driver, first)
    summary = box.find_element(By.CSS_SELECTOR, ".atlas-cite-preview__summary").text
    assert summary and summary in driver.find_element(By.CSS_SELECTOR, "li#source-1").get_attribute("data-summary")
    assert box.find_elements(By.CSS_SELECTOR, ".atlas-rel")  # the reliability mark
    assert first.get_attribute("aria-describedby") == "atlas-cite-preview"
    right = box.rect["x"] + box.rect["width"]
    assert box.rect["x"] >= 0 and right <= driver.execute_script("return document.documentElement.clientWidth")
    browser.screenshot(SCREENSHOTS / f"{site.name}-cite-preview-{width}.png")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)  # the screenshot resized the page
    ActionChains(driver).move_to_element(first).perform()
    WebDriverWait(driver, WAIT).until(lambda d: _preview(d).is_displayed())
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    WebDriverWait(driver, WAIT).until(lambda d: not _preview(d).is_displayed())
    # keyboard: focusing another marker shows its source, leaving it hides the preview
    ActionChains(driver).move_by_offset(0, 0).perform()
    driver.execute_script("arguments[0].focus()", other)
    WebDriverWait(driver, WAIT).until(lambda d: _preview(d).is_displayed())
    assert _preview(driver).find_element(By.CSS_SELECTOR, ".atlas-cite-preview__title").text == _source_title(driver, other)
    ActionChains(driver).send_keys(Keys.TAB).perform()  # on to the next marker (the markers of a sentence sit together)
    following = driver.switch_to.active_element
    assert "atlas-cite-ref" in following.get_attribute("class")
    WebDriverWait(driver, WAIT).until(
        lambda d: _preview(d).find_element(By.CSS_SELECTOR, ".atlas-cite-preview__title").text
        == _source_title(d, following)
    )
    driver.execute_script("arguments[0].blur()", following)
    WebDriverWait(driver, WAIT).until(lambda d: not _preview(d).is_displayed())


@pytest.mark.parametrize("page", [PERSON, "tracker"])
def test_report_an_error_sits_beside_a_labelled_edit_link(browser, site, page):
    _sized(browser, 1366)
    browser.open(site.url(page))
    actions = browser.driver.find_element(By.CSS_SELECTOR, ".atlas-actions")
    edit = actions.find_element(By.CSS_SELECTOR, "a[rel=edit]")
    report = actions.find_element(By.CSS_SELECTOR, "a.atlas-report-error")
    assert edit.text == "Edit" and report.text == "Report an error"
    url = urlsplit(report.get_attribute("href"))
    assert url.netloc == "github.com" and url.path.endswith("/issues/new")
    query = parse_qs(url.query)
    assert query["title"][0].startswith("Error on ")
    assert f"{PERMANENT}{page}/" in query["body"][0]
    if page == PERSON:
        assert "Record: people/ishiba-shigeru" in query["body"][0]
        assert edit.get_attribute("href").endswith("/data/people/ishiba-shigeru.yaml")
