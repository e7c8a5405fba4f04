"""Reading the Atlas in Chromium, from disk (offline copy) and over HTTP (hosted build): navigation, search,
links, charts and downloads work, and no page asks anything of another host or logs an error."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.chromium import WAIT
from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

CONTENT = "article.md-content__inner"


def page_address(url: str) -> str:
    """`url` without its query (search highlighting) and fragment."""
    return url.split("#", 1)[0].split("?", 1)[0]


def heading(browser) -> str:
    """The page's first-level heading."""
    return browser.driver.find_element(By.CSS_SELECTOR, f"{CONTENT} h1").text


def follow(browser, link) -> None:
    """Click `link` and wait until its page is shown."""
    target = page_address(link.get_attribute("href"))
    link.click()
    WebDriverWait(browser.driver, WAIT).until(lambda d: page_address(d.current_url) == target)
    browser.wait_until_ready()


def assert_stayed_on_site(browser, site) -> None:
    """Every request since the page was opened went to the site itself; nothing failed; the console is clean.

    For the hosted site the server's own log is checked too: it also sees requests the browser makes
    outside the page, such as the favicon.
    """
    traffic = browser.record()
    assert [url for url in traffic.requests if not site.is_own(url)] == []
    assert traffic.failures == []
    assert traffic.console_errors == []
    refused, site.served[:] = [(path, status) for path, status in site.served if status >= 400], []
    assert refused == []


def test_home_page_renders_and_the_tabs_lead_to_the_collections(browser, site):
    browser.open(site.url(""))
    assert browser.driver.title == "US–Japan Alliance Atlas"
    assert heading(browser)
    browser.screenshot(SCREENSHOTS / f"{site.name}-home.png")
    tabs = browser.driver.find_elements(By.CSS_SELECTOR, "a.md-tabs__link")
    people = [
        tab
        for tab in tabs
        if page_address(tab.get_attribute("href")) == site.url("people/index")
        or page_address(tab.get_attribute("href")) == site.url("people")
    ]
    assert people, [tab.get_attribute("href") for tab in tabs]
    follow(browser, people[0])
    assert heading(browser) == "People"
    assert_stayed_on_site(browser, site)


@pytest.mark.parametrize(
    "query, page, word",
    [
        ("Senkaku", "topics/senkaku-islands", "Senkaku"),
        ("石破", "people/ishiba-shigeru", "Ishiba"),
    ],
)
def test_search_finds_the_page_and_a_click_opens_it(browser, site, query, page, word):
    browser.open(site.url(""))
    results = browser.search(query)
    addresses = [page_address(link.get_attribute("href")) for link in results]
    assert site.url(page) in addresses
    browser.screenshot(SCREENSHOTS / f"{site.name}-search-{page.replace('/', '-')}.png")
    follow(browser, results[addresses.index(site.url(page))])
    assert word in heading(browser)
    assert_stayed_on_site(browser, site)


def test_every_link_on_a_record_page_leads_somewhere_and_one_click_follows(browser, site):
    browser.open(site.url("people/ishiba-shigeru"))
    links = browser.driver.find_elements(By.CSS_SELECTOR, f"{CONTENT} a[href]")
    own = sorted({page_address(a.get_attribute("href")) for a in links if site.is_own(a.get_attribute("href"))})
    assert len(own) >= 5, own
    assert [url for url in own if not site.resolves(url)] == []
    organization = next(a for a in links if "/organizations/" in a.get_attribute("href"))
    name = organization.text
    follow(browser, organization)
    assert heading(browser) == name
    assert_stayed_on_site(browser, site)


def test_a_figure_page_shows_its_chart_and_its_downloads_are_there(browser, site):
    figures = site.figure_pages()
    assert figures, f"no figure pages under {site.folder / 'figures'}"
    browser.open(site.url(figures[0]))
    charts = [
        element
        for element in browser.driver.find_elements(
            By.CSS_SELECTOR, f"{CONTENT} svg[role=img], {CONTENT} img[src$='.svg']"
        )
        if element.size["width"] >= 200 and element.size["height"] >= 100
    ]
    assert charts, f"no chart on {figures[0]}"
    assert browser.driver.execute_script(
        "const c = arguments[0]; return c.tagName.toLowerCase() === 'svg' ? c.querySelectorAll('path').length > 0"
        " : c.complete && c.naturalWidth > 0",
        charts[0],
    )
    browser.screenshot(SCREENSHOTS / f"{site.name}-figure.png")
    downloads = [
        a.get_attribute("href")
        for a in browser.driver.find_elements(By.CSS_SELECTOR, f"{CONTENT} a[href$='.csv'], {CONTENT} a[href$='.svg']")
    ]
    assert downloads
    assert [url for url in downloads if not site.resolves(url)] == []
    assert_stayed_on_site(browser, site)


def test_every_file_on_the_downloads_page_is_there(browser, site):
    browser.open(site.url("downloads"))
    links = [a.get_attribute("href") for a in browser.driver.find_elements(By.CSS_SELECTOR, f"{CONTENT} a[href]")]
    files = [
        url for url in links if site.is_own(url) and page_address(url).rsplit(".", 1)[-1] in ("csv", "json", "svg")
    ]
    assert len(files) >= 3, links
    assert [url for url in files if not site.resolves(url)] == []
    assert_stayed_on_site(browser, site)
