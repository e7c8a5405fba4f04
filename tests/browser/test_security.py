"""In headless Chromium, no attack planted in the data runs: on the attacked records' pages, in the index pages
that list them, and in the search results (hosted over HTTP and offline from file://)."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGES = ["agreements/full-agreement", "topics/full-topic", "quotes/full-quote", "people/carol-full",
         "events/full-event", "commitments/full-commitment", "figures/full-figure", "sources/full-source",
         "organizations/full-org", "people", "agreements", "tracker", "timeline", "glossary", ""]


def _url(site: Path, page: str, directory_urls: bool, base: str) -> str:
    if not page:
        return base + ("" if directory_urls else "index.html")
    if directory_urls:
        return base + f"{page}/"
    return base + (f"{page}/index.html" if (site / page).is_dir() else f"{page}.html")


@pytest.mark.parametrize("which", ["hosted", "offline"])
def test_no_planted_handler_fires_in_the_browser(browser, hostile_builds, which, tmp_path):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    fields, hosted, offline = hostile_builds
    server = None
    if which == "hosted":
        handler = type("Quiet", (SimpleHTTPRequestHandler,), {"log_message": lambda *a: None})
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(hosted)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base, directory_urls = f"http://127.0.0.1:{server.server_port}/", True
    else:
        base, directory_urls = offline.as_uri() + "/", False
    try:
        fired = {}
        for page in PAGES:
            browser.open(_url(hosted if which == "hosted" else offline, page, directory_urls, base))
            if "/" in page:
                assert "ZQ" in browser.driver.page_source, f"{page}: the attacked text is not on the page"
            if ran := browser.driver.execute_script("return window.__x || null"):
                fired[page] = ran
        browser.open(_url(hosted if which == "hosted" else offline, "agreements/full-agreement", directory_urls, base))
        assert browser.search("Full"), "search found nothing"  # results render titles and excerpts as HTML
        if ran := browser.driver.execute_script("return window.__x || null"):
            fired["search results"] = ran
        assert fired == {}
    finally:
        if server:
            server.shutdown()
            server.server_close()
