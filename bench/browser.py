"""How long after a page load the site search answers, in headless Chromium (needs selenium and chromedriver)."""

from __future__ import annotations

import functools
import http.server
import statistics
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.editloop import free_port

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

_STATE = """
const items = document.querySelectorAll('.md-search-result__item').length;
const meta = document.querySelector('.md-search-result__meta');
const t = performance.getEntriesByType('navigation')[0];
return [items, meta ? meta.textContent : '', performance.now(), t ? t.loadEventEnd : 0];
"""


@dataclass(frozen=True)
class SearchTiming:
    """Milliseconds from the start of navigation: page loaded, and search results shown."""

    loaded_ms: float
    results_ms: float
    results: int


@dataclass(frozen=True)
class SearchReport:
    """Several fresh page loads."""

    page: str
    query: str
    index_mb: float
    timings: list[SearchTiming]

    @property
    def median_results_s(self) -> float:
        """Median seconds from navigation start until the search shows results."""
        return statistics.median(t.results_ms for t in self.timings) / 1000

    @property
    def median_after_load_s(self) -> float:
        """Median seconds from the load event until the search shows results."""
        return statistics.median(t.results_ms - t.loaded_ms for t in self.timings) / 1000


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def _serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    port = free_port()
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, port


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in CHROMIUM_ARGS:
        options.add_argument(argument)
    options.add_argument("--window-size=1280,900")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def search_timing(site: Path, page: str, query: str, *, rounds: int = 3, timeout: float = 120) -> SearchReport:
    """Load `page` of the built `site` `rounds` times (cache off) and time a search for `query` each time."""
    from selenium.webdriver.common.by import By

    server, port = _serve(site)
    driver = _driver()
    timings = []
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        for _ in range(rounds):
            driver.get(f"http://127.0.0.1:{port}/{page}")
            box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
            box.click()
            box.send_keys(query)
            started = time.perf_counter()
            while True:
                items, meta, now, loaded = driver.execute_script(_STATE)
                if items:
                    timings.append(SearchTiming(loaded, now, items))
                    break
                if time.perf_counter() - started > timeout:
                    raise TimeoutError(f"no search results for {query!r} after {timeout:.0f} s ({meta!r})")
                time.sleep(0.02)
    finally:
        driver.quit()
        server.shutdown()
    index = site / "search" / "search_index.json"
    return SearchReport(page, query, index.stat().st_size / 1e6, timings)
