"""The site search in Chromium, hosted (Pagefind over HTTP) and offline (the index script from file://): it ranks
the record a reader means first, finds Japanese words inside compounds, says each result's kind, loads nothing
until the box is used, answers the keyboard, highlights the query on the page it opens, and stays on the site."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.chromium import SEARCH_BOX, WAIT
from tests.browser.test_reading import CONTENT, assert_stayed_on_site, heading, page_address

pytestmark = pytest.mark.browser

INDEX_FILES = ("/pagefind/", "atlas-index.js", "search_index.json", "search_index.js")


def home(site, edition: str) -> str:
    """The home page of an edition ('en' or 'ja')."""
    return site.url("ja/index" if edition == "ja" and not site.directory_urls else "ja" if edition == "ja" else "")


@pytest.mark.parametrize(
    "edition, query, page",
    [
        ("en", "Ishiba", "people/ishiba-shigeru"),
        ("en", "石破", "people/ishiba-shigeru"),
        ("en", "Takaichi", "people/takaichi-sanae"),
        ("en", "高市", "people/takaichi-sanae"),
        ("en", "tariff", "topics/tariffs"),
        ("en", "Prime Minister Ishiba", "people/ishiba-shigeru"),
        ("ja", "石破", "ja/people/ishiba-shigeru"),
        ("ja", "高市", "ja/people/takaichi-sanae"),
        ("ja", "関税", "ja/topics/tariffs"),
    ],
)
def test_the_record_a_reader_means_ranks_first(browser, site, edition, query, page):
    browser.open(home(site, edition))
    results = browser.search_results() if browser.search(query) else []
    assert page_address(results[0]["href"]) == site.url(page), [r["title"] for r in results[:5]]
    assert_stayed_on_site(browser, site)


def test_a_japanese_word_is_found_inside_compounds(browser, site):
    browser.open(home(site, "ja"))
    browser.search("首相")
    pages = {page_address(r["href"]) for r in browser.search_results()}
    assert len(pages) >= 5, pages  # 首相 stands inside 石破首相, 高市首相 … on most of these pages
    assert_stayed_on_site(browser, site)


@pytest.mark.parametrize("edition, kinds", [("en", {"Person", "Event", "Source"}), ("ja", {"人物", "出来事", "出典"})])
def test_every_result_says_its_kind_and_a_commitment_its_status(browser, site, edition, kinds):
    browser.open(home(site, edition))
    browser.search("Ishiba" if edition == "en" else "石破")
    results = browser.search_results()
    assert all(r["kind"] for r in results), results
    assert kinds <= {r["kind"] for r in results}
    browser.search("Senkaku" if edition == "en" else "尖閣")
    commitments = [r for r in browser.search_results() if r["kind"] in ("Commitment", "約束")]
    assert commitments and all(r["status"] for r in commitments), commitments
    assert_stayed_on_site(browser, site)


def test_the_excerpt_is_the_summary_not_the_infobox(browser, site):
    browser.open(home(site, "en"))
    browser.search("Ishiba")
    first = browser.driver.find_element(By.CSS_SELECTOR, ".md-search-result__item article")
    text = first.text
    assert "Prime Minister of Japan" in text, text
    assert "Also written" not in text and "Japanese name" not in text, text


def test_nothing_is_fetched_until_the_box_is_used(browser, site):
    browser.open(site.url("people/ishiba-shigeru"))
    assert [u for u in browser.record().requests if any(f in u for f in INDEX_FILES)] == []
    browser.driver.find_element(By.CSS_SELECTOR, SEARCH_BOX).click()
    wanted = "/pagefind/" if site.name == "hosted" else "atlas-index.js"
    WebDriverWait(browser.driver, WAIT).until(lambda d: any(wanted in u for u in browser.record().requests))
    assert not [u for u in browser.record().requests if "search_index" in u]  # Material's own index: never
    assert_stayed_on_site(browser, site)


def test_the_keyboard_opens_moves_through_and_follows_results_and_the_page_highlights_the_query(browser, site):
    browser.open(site.url("history"))
    body = browser.driver.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    box = browser.driver.find_element(By.CSS_SELECTOR, SEARCH_BOX)
    WebDriverWait(browser.driver, WAIT).until(lambda d: d.switch_to.active_element == box)
    assert browser.driver.execute_script("return document.getElementById('__search').checked")
    box.send_keys("Takaichi")
    browser.search("Takaichi")  # waits until the results are the query's
    box.send_keys(Keys.ARROW_DOWN)
    links = browser.driver.find_elements(By.CSS_SELECTOR, ".md-search-result__link")
    assert browser.driver.switch_to.active_element == links[0]
    browser.driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.driver.switch_to.active_element == links[1]
    browser.driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    target = page_address(links[0].get_attribute("href"))
    browser.driver.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(browser.driver, WAIT).until(lambda d: page_address(d.current_url) == target)
    browser.wait_until_ready()
    assert target == site.url("people/takaichi-sanae")
    assert "Takaichi" in heading(browser)
    marks = WebDriverWait(browser.driver, WAIT).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, f"{CONTENT} mark[data-md-highlight]")
    )
    assert {m.text.lower() for m in marks} == {"takaichi"}
    box = browser.driver.find_element(By.CSS_SELECTOR, SEARCH_BOX)
    box.click()
    assert browser.driver.execute_script("return document.getElementById('__search').checked")
    box.send_keys(Keys.ESCAPE)
    WebDriverWait(browser.driver, WAIT).until(
        lambda d: not d.execute_script("return document.getElementById('__search').checked")
    )
    assert_stayed_on_site(browser, site)
