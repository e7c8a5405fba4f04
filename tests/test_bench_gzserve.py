"""The benchmarks' local server: text answers gzipped as a real host sends them, other files as they are."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.gzserve import SiteServer


def _get(url: str, gzip_ok: bool = True):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "index.html").write_text("<p>Ishiba Shigeru 石破茂</p>" * 50, encoding="utf-8")
    (tmp_path / "bundle.js").write_text("console.log('x');" * 50, encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return tmp_path


def test_text_is_sent_gzipped_and_unpacks_to_the_file(site: Path):
    with SiteServer(site) as server:
        headers, body = _get(server.base + "people/")
        assert headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == (site / "people" / "index.html").read_bytes()
        assert int(headers["Content-Length"]) == len(body) < (site / "people" / "index.html").stat().st_size
        headers, body = _get(server.base + "bundle.js")
        assert headers["Content-Type"].startswith("application/javascript") and headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == (site / "bundle.js").read_bytes()


def test_binary_files_and_clients_without_gzip_get_the_file_as_is(site: Path):
    with SiteServer(site) as server:
        headers, body = _get(server.base + "logo.png")
        assert headers["Content-Encoding"] is None and body == (site / "logo.png").read_bytes()
        headers, body = _get(server.base + "people/index.html", gzip_ok=False)
        assert headers["Content-Encoding"] is None and body == (site / "people" / "index.html").read_bytes()


def test_missing_pages_are_404_and_folders_redirect(site: Path):
    with SiteServer(site) as server:
        with pytest.raises(urllib.error.HTTPError) as missing:
            _get(server.base + "nowhere/")
        assert missing.value.code == 404
        headers, body = _get(server.base + "people")  # urllib follows the redirect to people/
        assert gzip.decompress(body).startswith(b"<p>Ishiba")
