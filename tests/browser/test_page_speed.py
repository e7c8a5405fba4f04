"""What a hosted page load fetches (overrides/main.html, "Page speed"): neither a search index nor the sitemap
until they are needed, and search and instant navigation still work once the reader reaches for them."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from bench.gzserve import GzipHandler, SiteServer
from tests.browser.chromium import WAIT

pytestmark = pytest.mark.browser

PERSON = "people/ishiba-shigeru"
HELD = ("search/search_index.json", "pagefind/pagefind.js", "sitemap.xml")


def _asked(browser, name: str) -> bool:
    return any(url.split("?", 1)[0].endswith(name) for url in browser.record().requests)


def test_a_page_load_leaves_the_index_and_the_sitemap_until_they_are_needed(browser, hosted):
    browser.open(hosted.url(PERSON))
    browser.driver.execute_script("return new Promise(done => setTimeout(done, 1500))")
    assert [name for name in HELD if _asked(browser, name)] == []


def test_search_typed_straight_after_the_load_finds_the_page_without_the_sitemap(browser, hosted):
    browser.open(hosted.url(""))
    links = browser.search("Ishiba Shigeru")
    assert not _asked(browser, "search/search_index.json")  # Material's lunr index is never used
    assert not _asked(browser, "sitemap.xml")  # using the search is no reason to parse the sitemap
    assert any(link.get_attribute("href").split("?", 1)[0].rstrip("/").endswith(PERSON) for link in links)


class _LocalSitemap(GzipHandler):
    """Answers the sitemaps with this server's address in place of the published one, as on the published site
    (Material's instant navigation only takes a link it finds in the sitemap; it ignores the port)."""

    def send_head(self):
        if not self.path.endswith("sitemap.xml"):
            return super().send_head()
        text = Path(self.translate_path(self.path)).read_text(encoding="utf-8")
        body = re.sub(r"https?://[^/<\"]+/[^<\"]*?atlas/", f"http://{self.headers['Host']}/", text).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture
def published(built_site: Path):
    """The hosted build, served so that instant navigation takes its links (see `_LocalSitemap`)."""
    with SiteServer(built_site, _LocalSitemap) as server:
        yield server.base


def test_after_the_reader_moves_links_open_without_reloading_the_page(browser, published):
    browser.open(published + PERSON + "/")
    browser.driver.execute_script("window.atlasSamePage = true")
    body = browser.driver.find_element(By.TAG_NAME, "body")
    ActionChains(browser.driver).move_to_element(body).move_by_offset(5, 5).perform()
    WebDriverWait(browser.driver, WAIT).until(lambda d: _asked(browser, "sitemap.xml"))
    browser.driver.execute_script("return new Promise(done => setTimeout(done, 1000))")  # parsed
    link = browser.driver.find_element(By.CSS_SELECTOR, "a.md-tabs__link[href$='tracker/']")
    link.click()
    WebDriverWait(browser.driver, WAIT).until(lambda d: d.current_url.rstrip("/").endswith("tracker"))
    browser.wait_until_ready()
    assert browser.driver.execute_script("return window.atlasSamePage === true"), "the click reloaded the page"


PLACE = """
const main = document.querySelector('.md-main__inner').getBoundingClientRect();
return [main.left, document.documentElement.scrollHeight > window.innerHeight];
"""


def test_the_page_does_not_move_sideways_when_it_grows_past_the_window(browser, hosted):
    """A page that grows past the window while it loads (a figure page as its chart comes) gains a scrollbar; the
    text must not jump sideways when it does (Lighthouse counted that as a layout shift of 0.16). The same page in
    a window it fits and in one it overflows puts its text at the same place."""
    browser.open(hosted.url(hosted.figure_pages()[0]))
    places = []
    try:
        for height in (8000, 500):
            browser.driver.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": 1366, "height": height, "deviceScaleFactor": 1, "mobile": False},
            )
            places.append(browser.driver.execute_script(PLACE))
    finally:
        browser.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    (fits_left, fits_scrolls), (over_left, over_scrolls) = places
    assert not fits_scrolls and over_scrolls, places  # the page fits the tall window and overflows the short one
    assert fits_left == over_left, places
