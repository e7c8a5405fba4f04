"""Browser fixtures: one headless Chromium per session; the offline copy from file://, the hosted build on localhost."""

from __future__ import annotations

import functools
import os
import shutil
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


def _unavailable(reason: str) -> None:
    """Skip on a developer machine without Chromium; fail under CI, where the browser tests must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true, so the browser tests must run (.ci/run installs chromium)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, started once for the whole session."""
    try:
        from tests.browser.chromium import CHROMEDRIVER, CHROMIUM, Browser
    except ImportError as exc:
        _unavailable(f"selenium is not installed ({exc}): python3 -m pip install -e '.[test]'")
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        _unavailable(f"{', '.join(missing)} not found: apt-get install -y chromium chromium-driver")
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # this run's screenshots only
    chromium = Browser()
    yield chromium
    chromium.quit()


@dataclass(frozen=True)
class Site:
    """A built site as the browser reaches it: its base URL and how page paths become URLs."""

    name: str
    folder: Path
    base: str
    directory_urls: bool
    served: list[tuple[str, int]] = field(default_factory=list)  # (path, status) of each answer, when served

    def url(self, page: str) -> str:
        """The URL of a page given as `people/ishiba-shigeru` ('' for the home page)."""
        if not page:
            return self.base + ("" if self.directory_urls else "index.html")
        return self.base + (f"{page}/" if self.directory_urls else f"{page}.html")

    def is_own(self, url: str) -> bool:
        """True if loading `url` stays on this site (or is inline data)."""
        return url.startswith(self.base) or url.split(":", 1)[0] in ("data", "blob", "about")

    def resolves(self, url: str) -> bool:
        """True if `url` (on this site) leads to a file: it exists on disk, or the server answers 200."""
        if url.startswith("file:"):
            path = Path(urllib.request.url2pathname(urlsplit(url).path))
            return (path / "index.html").is_file() if path.is_dir() else path.is_file()
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=10) as response:
                return response.status == 200
        except urllib.error.URLError:
            return False

    def figure_pages(self) -> list[str]:
        """The figure pages in the build (paths like `figures/<id>`), sorted."""
        folder = self.folder / "figures"
        if self.directory_urls:
            return sorted(f"figures/{p.parent.name}" for p in folder.glob("*/index.html"))
        return sorted(f"figures/{p.stem}" for p in folder.glob("*.html") if p.stem != "index")

    def has_page(self, page: str) -> bool:
        """True if the build holds `page` (given as for `url`)."""
        return (self.folder / (f"{page}/index.html" if self.directory_urls else f"{page}.html")).is_file()


class _RecordingHandler(SimpleHTTPRequestHandler):
    """Serves the site quietly, noting the path and status of every answer in `served`."""

    served: list[tuple[str, int]]

    def log_request(self, code="-", size="-"):
        self.served.append((self.path, int(code)))

    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


@pytest.fixture(scope="session")
def hosted(built_site: Path):
    """The hosted build served by http.server on 127.0.0.1 at a free port, for the whole session."""
    served: list[tuple[str, int]] = []
    handler = type("Handler", (_RecordingHandler,), {"served": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site("hosted", built_site, f"http://127.0.0.1:{server.server_port}/", directory_urls=True, served=served)
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def offline(offline_site: Path) -> Site:
    """The offline copy unpacked from its zip, opened from file://."""
    return Site("offline", offline_site, offline_site.as_uri() + "/", directory_urls=False)


@pytest.fixture(scope="session", params=["offline", "hosted"])
def site(request) -> Site:
    """Each way a reader reaches the Atlas: the offline copy from disk, the hosted site over HTTP."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def axe_source() -> str:
    """The vendored axe-core script (see tests/browser/vendor/SOURCE.txt)."""
    return AXE.read_text(encoding="utf-8")
