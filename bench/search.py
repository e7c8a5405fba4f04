"""The site search against Material's default (lunr) search, hosted and offline, in headless Chromium.

For N synthetic records: the hosted build (mkdocs build, then Pagefind, as `python -m macros build` runs it) is
served by a local server that gzips what it sends; the offline build (OFFLINE=true, then the index script, as
`python -m macros offline`) is opened from file://. On each, a page is loaded with the cache off (CDP
Network.setCacheDisabled) and a query entered right after the load event; the time is from the query to the
first result on screen, and the bytes are every byte fetched from navigation until then (the page, the search's
code and index; from file://, the size of the files read). Material's default search is timed on a copy of the
same page with Material's own search markup put back, against the lunr index the same build holds.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from bench.browser import CHROMEDRIVER, CHROMIUM, CHROMIUM_ARGS
from bench.editloop import free_port

# Set by the page itself: when the first result appears, the time since the query (performance.now()).
_START = """
const box = document.querySelector(arguments[0]);
const list = document.querySelector('.md-search-result__list');
window.__first = null;
new MutationObserver((_, observer) => {
  if (list.querySelector('.md-search-result__item')) { window.__first = performance.now(); observer.disconnect(); }
}).observe(list, {childList: true, subtree: true});
box.focus();
box.value = arguments[1];
window.__asked = performance.now();
box.dispatchEvent(new Event('input', {bubbles: true}));
box.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
"""
_COMPRESSIBLE = (".html", ".js", ".json", ".css", ".svg", ".xml", ".txt")


@dataclass(frozen=True)
class SearchRun:
    """One measurement: which search, where, which query; median seconds to the first result and bytes fetched."""

    search: str
    where: str
    query: str
    seconds: list[float]
    bytes_fetched: list[int]
    search_bytes: list[int]

    @property
    def median_s(self) -> float:
        """Median seconds from the query to the first result."""
        return statistics.median(self.seconds)

    @property
    def median_kb(self) -> float:
        """Median kilobytes fetched from navigation to the first result."""
        return statistics.median(self.bytes_fetched) / 1000

    @property
    def median_search_kb(self) -> float:
        """Median kilobytes of those that the search itself fetched (its code and index)."""
        return statistics.median(self.search_bytes) / 1000


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host does: text files gzipped when the browser accepts it."""

    cache: dict[str, bytes] = {}
    sent: list[tuple[str, int]] = []  # (path, bytes of the body) of every answer, the browser's workers' too

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not path.endswith(_COMPRESSIBLE) or "gzip" not in self.headers.get("Accept-Encoding", "") or not (
            os.path.isfile(path)
        ):
            answer = super().send_head()
            if answer is not None and hasattr(answer, "fileno"):
                self.sent.append((self.path, os.fstat(answer.fileno()).st_size))
            return answer
        body = self.cache.get(path)
        if body is None:
            body = self.cache[path] = gzip.compress(Path(path).read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.sent.append((self.path, len(body)))
        return io.BytesIO(body)


def _serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    port = free_port()
    handler = type("Handler", (_GzipHandler,), {"cache": {}, "sent": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(site)))
    server.sent = handler.sent  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (*CHROMIUM_ARGS, "--window-size=1280,900", "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def material_copy(page_html: str) -> str:
    """The page with Material's own search put back: its markup names, its form name, no Atlas search script."""
    html = page_html.replace("data-atlas-component=", "data-md-component=").replace('name="atlas-search"', 'name="search"')
    return "\n".join(line for line in html.split("\n") if "atlas-search.js" not in line)


SEARCH_FILES = ("pagefind/", "search/", "workers/search", "javascripts/lunr/")
"""What the searches themselves fetch: Pagefind's bundle, the index files, Material's search worker and lunr."""


def _bytes(driver, site: Path, base: str, sent: list[tuple[str, int]]) -> tuple[int, int]:
    """(all bytes, the search's own bytes) fetched since the page was opened: as the server sent them (gzipped,
    workers' requests included), or from file:// the sizes of the files the page read."""
    if not base.startswith("file:"):
        return sum(n for _, n in sent), sum(n for path, n in sent if any(f in path for f in SEARCH_FILES))
    files = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent" and message["params"]["request"]["url"].startswith(base):
            files.add(urllib.parse.unquote(message["params"]["request"]["url"][len(base) :].split("?")[0].split("#")[0]))
    sizes = {f: (site / f).stat().st_size for f in files if (site / f).is_file()}
    return sum(sizes.values()), sum(n for f, n in sizes.items() if any(s in f for s in SEARCH_FILES))


def time_search(
    driver, site: Path, base: str, page: str, query: str, box: str, sent: list, timeout: float = 300
) -> tuple[float, int, int]:
    """Load `page`, enter `query` at once and return (seconds to the first result, bytes fetched until then,
    of which the search's own)."""
    from selenium.common.exceptions import TimeoutException

    driver.execute_cdp_cmd("Network.clearBrowserCache", {})  # a first visit each time (the cache is off, too)
    driver.get_log("performance")
    sent.clear()
    driver.get(base + page)
    driver.execute_script(_START, box, query)
    started = time.perf_counter()
    while True:
        try:
            first, asked = driver.execute_script("return [window.__first, window.__asked]")
        except TimeoutException:  # the page's main thread is busy (lunr building its index from file://)
            first = None
        if first is not None:
            time.sleep(0.2)  # the last answers' bytes counted
            return ((first - asked) / 1000, *_bytes(driver, site, base, sent))
        if time.perf_counter() - started > timeout:
            raise TimeoutError(f"no search result for {query!r} on {base + page} after {timeout:.0f} s")
        time.sleep(0.01)


def compare_searches(
    hosted: Path, offline: Path, page: str, queries: list[str], rounds: int = 3, progress=print
) -> list[SearchRun]:
    """Time the Atlas search and Material's on the same page of both builds (`page`: `people/x`), each query."""
    pages = {
        "hosted": (f"{page}/index.html", f"{page}/material.html"),
        "offline": (f"{page}.html", f"{page}.material.html"),
    }
    for where, site in (("hosted", hosted), ("offline", offline)):
        own, material = pages[where]
        (site / material).write_text(material_copy((site / own).read_text(encoding="utf-8")), encoding="utf-8")
    server, url = _serve(hosted)
    driver = _driver()
    runs = []
    try:
        driver.set_script_timeout(600)
        driver.set_page_load_timeout(600)
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        for where, site, base in (("hosted", hosted, url), ("offline", offline, offline.as_uri() + "/")):
            own, material = pages[where]
            for search, target, box in (
                ("Atlas (Pagefind)" if where == "hosted" else "Atlas (index script)", own, "input[data-atlas-component=search-query]"),
                ("Material (lunr)", material, "input[data-md-component=search-query]"),
            ):
                for query in queries:
                    measured = [
                        time_search(driver, site, base, target, query, box, server.sent)
                        for _ in range(rounds)
                    ]
                    runs.append(SearchRun(search, where, query, *([m[i] for m in measured] for i in range(3))))
                    progress(
                        f"{search}, {where}, {query}: "
                        + ", ".join(f"{m[0]:.2f} s {m[1] / 1000:,.0f} KB ({m[2] / 1000:,.0f} KB search)" for m in measured)
                    )
    finally:
        driver.quit()
        server.shutdown()
    return runs


def build_both(project: Path, workdir: Path, progress=print) -> tuple[Path, Path, float, float]:
    """Build the project's English edition hosted (with Pagefind) and offline (with the index script); return
    both folders and each build's seconds."""
    from macros.cli.build import index_edition

    times = []
    folders = []
    for offline in (False, True):
        site = workdir / ("site-offline" if offline else "site-hosted")
        if (site / ".complete").is_file():  # built by an earlier run kept with --keep
            progress(f"reusing {site}")
            times.append(float((site / ".complete").read_text()))
            folders.append(site)
            continue
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **({"OFFLINE": "true"} if offline else {})}
        progress(f"building the {'offline' if offline else 'hosted'} site and its search index")
        started = time.perf_counter()
        args = [sys.executable, "-m", "mkdocs", "build", "-q", "--clean", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
        result = subprocess.run(args, cwd=project, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"the {'offline' if offline else 'hosted'} build failed:\n{result.stderr[-2000:]}")
        if index_edition(site, "en", offline=offline) != 0:
            raise RuntimeError("indexing the site failed")
        times.append(time.perf_counter() - started)
        folders.append(site)
        (site / ".complete").write_text(f"{times[-1]:.1f}")
    return folders[0], folders[1], times[0], times[1]


def sample_queries(project: Path) -> tuple[str, list[str]]:
    """(page, [English query, Japanese query]): the middle Japanese person's page, its English family name and
    its Japanese name, as a reader would type them."""
    import yaml

    people = sorted(project.glob("data/people/*.yaml"))
    japanese = [p for p in people if "ja:" in p.read_text(encoding="utf-8")]
    person = (japanese or people)[len(japanese or people) // 2]
    name = yaml.safe_load(person.read_text(encoding="utf-8"))["name"]
    return f"people/{person.stem}", [name["en"].split()[0], name.get("ja") or name["en"]]


def search_table(records: int, runs: list[SearchRun]) -> list[str]:
    """The runs as a table: one line per search, where and query."""
    lines = [
        f"search at {records:,} records (median of {len(runs[0].seconds) if runs else 0}; cache off; "
        "time from the query to the first result; bytes fetched from navigation until then, and of those the "
        "search's own: its code and index)",
        f"  {'search':<22} {'where':<8} {'query':<12} {'first result':>13} {'fetched':>11} {'search':>11}",
    ]
    for run in runs:
        lines.append(
            f"  {run.search:<22} {run.where:<8} {run.query:<12} {run.median_s:>11.2f} s {run.median_kb:>8,.0f} KB"
            f" {run.median_search_kb:>8,.0f} KB"
        )
    return lines


__all__ = ["SearchRun", "build_both", "compare_searches", "material_copy", "sample_queries", "search_table", "time_search"]
