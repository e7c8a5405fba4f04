"""Headless Chromium through selenium: open pages, search, and record every request and console error."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from bench.browser import CHROMEDRIVER as CHROMEDRIVER_PATH
from bench.browser import CHROMIUM as CHROMIUM_PATH
from bench.browser import CHROMIUM_ARGS

# Debian's `chromium` and `chromium-driver` packages. The driver's path is given explicitly,
# so Selenium Manager never runs (it would try to download a driver).
CHROMIUM = Path(CHROMIUM_PATH)
CHROMEDRIVER = Path(CHROMEDRIVER_PATH)
FLAGS = [*CHROMIUM_ARGS, "--disable-quic", "--window-size=1280,1000"]  # the benchmark's flags, and a fixed size
WAIT = 15  # seconds: generous for a slow CI machine; a passing run waits far less
SEARCH_BOX = "input[data-atlas-component=search-query]"  # the site search (overrides/partials/search.html)
SEARCH_RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"
BROWSER_PAGES = ("chrome:", "chrome-untrusted:", "devtools:")


@dataclass
class Traffic:
    """What the page asked for since the last `Browser.open`: request URLs, failed loads, console errors."""

    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


class Browser:
    """One headless Chromium with a fresh profile, reused for the whole test session."""

    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="atlas-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in [*FLAGS, f"--user-data-dir={self.profile}"]:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        os.environ.setdefault("SE_OFFLINE", "true")  # belt and braces: Selenium Manager must never download
        self.driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        self.driver.set_page_load_timeout(WAIT)
        self.traffic = Traffic()

    def quit(self) -> None:
        """Close the browser and delete its profile."""
        self.driver.quit()
        shutil.rmtree(self.profile, ignore_errors=True)

    def open(self, url: str) -> None:
        """Load `url` and wait until the page is ready; start a fresh record of its traffic."""
        self.record()
        self.traffic = Traffic()
        self.driver.get(url)
        self.wait_until_ready()

    def wait_until_ready(self) -> None:
        """Wait until the document has loaded and Material's script has set the page up."""
        WebDriverWait(self.driver, WAIT).until(
            lambda d: d.execute_script("return document.readyState === 'complete' && typeof document$ !== 'undefined'")
        )

    def record(self) -> Traffic:
        """Add the requests and console messages logged so far to the current record, and return it."""
        pending: dict[str, str] = {}
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.requestWillBeSent":
                if params.get("documentURL", "").startswith(BROWSER_PAGES):
                    continue  # Chrome's own new-tab page in the first tab, not a page of the site
                pending[params["requestId"]] = params["request"]["url"]
                self.traffic.requests.append(params["request"]["url"])
            elif message["method"] == "Network.responseReceived" and params["response"]["status"] >= 400:
                self.traffic.failures.append(f"{params['response']['status']} {params['response']['url']}")
            elif message["method"] == "Network.loadingFailed" and not params.get("canceled"):
                self.traffic.failures.append(f"{params['errorText']} {pending.get(params['requestId'], '?')}")
        for entry in self.driver.get_log("browser"):
            if entry["level"] == "SEVERE":
                self.traffic.console_errors.append(entry["message"])
        return self.traffic

    def search(self, query: str) -> list[WebElement]:
        """Enter `query` in the search box and return the result links once they appear.

        The whole query is entered at once (value, then the input event the search listens for): typed key
        by key, each prefix is searched too, and the results on screen could be those of a prefix. Waits until
        the results shown are this query's (the dialog's list carries the query it answers).
        """
        box = self.driver.find_element(By.CSS_SELECTOR, SEARCH_BOX)
        box.click()
        self.driver.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            box,
            query,
        )
        WebDriverWait(self.driver, WAIT).until(
            lambda d: d.execute_script(
                "const l = document.querySelector('.md-search-result__list');"
                "return l.dataset.atlasQuery === arguments[0] && l.children.length > 0",
                query,
            )
        )
        return self.driver.find_elements(By.CSS_SELECTOR, SEARCH_RESULT_LINKS)

    def search_results(self) -> list[dict[str, str]]:
        """The results on screen, in order: each one's address, title, kind and status as shown."""
        return self.driver.execute_script(
            "return [...document.querySelectorAll('.md-search-result__item')].map(li => ({"
            "href: li.querySelector('a').href, title: li.querySelector('h1').textContent,"
            "kind: (li.querySelector('.atlas-search-kind') || {}).textContent || '',"
            "status: (li.querySelector('.atlas-search-status') || {}).textContent || ''}))"
        )

    def choose_palette(self, scheme: str) -> None:
        """Switch the colour palette with the header toggle, as a reader would, until `scheme` is on."""
        for _ in range(4):
            if self.driver.execute_script("return document.body.dataset.mdColorScheme") == scheme:
                return
            self.driver.find_element(By.CSS_SELECTOR, "form[data-md-component=palette] label:not([hidden])").click()
            WebDriverWait(self.driver, WAIT).until(
                lambda d: d.execute_script("return !document.body.hasAttribute('data-md-color-switching')")
            )
        raise AssertionError(f"the palette toggle never reached '{scheme}'")

    def axe(self, source: str) -> list[dict]:
        """Run axe-core (its source given) on the current page and return its violations."""
        self.driver.execute_script(source)
        self.driver.set_script_timeout(60)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));"
        )
        assert isinstance(result, list), f"axe-core failed: {result}"
        return result

    def screenshot(self, path: Path) -> Path:
        """Save the whole page (not only the window) as a PNG at `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        width, height = self.driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": min(height, 6000), "deviceScaleFactor": 1, "mobile": False},
        )
        try:
            self.driver.save_screenshot(str(path))
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return path
