"""The two editions in Chromium, hosted and from file://: the language switch keeps the reader on the same page,
and search in the Japanese edition finds Japanese words; no request leaves the site."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.chromium import WAIT
from tests.browser.test_reading import CONTENT, assert_stayed_on_site, heading, page_address

pytestmark = pytest.mark.browser


def switch_to(browser, language: str) -> None:
    """Choose `language` in the header's language switch, as a reader would (open the menu, click)."""
    link = browser.driver.find_element(By.CSS_SELECTOR, f"a.atlas-edition-link[hreflang={language}]")
    target = page_address(link.get_attribute("href"))
    browser.driver.find_element(By.CSS_SELECTOR, ".md-select button").click()
    WebDriverWait(browser.driver, WAIT).until(lambda d: link.is_displayed())
    link.click()
    WebDriverWait(browser.driver, WAIT).until(lambda d: page_address(d.current_url) == target)
    browser.wait_until_ready()


def test_the_switch_opens_the_same_page_in_the_other_edition_and_back(browser, site):
    browser.open(site.url("people/ishiba-shigeru"))
    assert heading(browser) == "Ishiba Shigeru"
    switch_to(browser, "ja")
    assert page_address(browser.driver.current_url) == site.url("ja/people/ishiba-shigeru")
    assert browser.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja"
    assert heading(browser) == "石破茂"
    assert "役職" in browser.driver.find_element(By.CSS_SELECTOR, CONTENT).text
    switch_to(browser, "en")
    assert page_address(browser.driver.current_url) == site.url("people/ishiba-shigeru")
    assert heading(browser) == "Ishiba Shigeru"
    assert_stayed_on_site(browser, site)


def test_japanese_search_in_the_japanese_edition(browser, site):
    browser.open(site.base + ("ja/" if site.directory_urls else "ja/index.html"))
    results = browser.search("石破")
    assert "/ja/people/ishiba-shigeru" in results[0].get_attribute("href")
    assert len(browser.search("首相")) >= 5
    assert_stayed_on_site(browser, site)
