"""The offline copy (`python -m macros offline --zip`) works from disk; no build loads anything from another host."""

from __future__ import annotations

import os
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from macros.__main__ import main
from macros.output.archive import FIXED_TIME, zip_folder
from macros.cli.offline import ZIP_FOLDER
from macros.output.offline_assets import IFRAME_WORKER_SHIM

pytestmark = pytest.mark.build

REMOTE = re.compile(r"^(https?:)?//", re.IGNORECASE)
FETCHING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "mask-icon",
    "manifest",
    "preload",
    "prefetch",
    "modulepreload",
    "preconnect",
    "dns-prefetch",
}
SOURCE_ATTRIBUTES = {
    "script": ["src"],
    "img": ["src", "srcset"],
    "iframe": ["src"],
    "source": ["src", "srcset"],
    "audio": ["src"],
    "video": ["src", "poster"],
    "track": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "input": ["src"],
    "image": ["href", "xlink:href"],
    "use": ["href", "xlink:href"],
}


class _Resources(HTMLParser):
    """Every URL a browser would fetch while showing the page (not the links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "link" and FETCHING_RELS & set(attributes.get("rel", "").lower().split()):
            self.urls.append(attributes.get("href", ""))
        for name in SOURCE_ATTRIBUTES.get(tag, []):
            self.urls += [part.split()[0] for part in attributes.get(name, "").split(",") if part.strip()]
        self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", attributes.get("style", ""))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += _css_urls(data)


def _css_urls(css: str) -> list[str]:
    return re.findall(r"url\(\s*['\"]?([^'\")]+)", css) + re.findall(r"@import\s+['\"]([^'\"]+)", css)


def remote_resources(site: Path, allowed_prefix: str | None = None) -> list[str]:
    """`page: url` for every resource in the built HTML and CSS that would be fetched from another host."""
    found = []
    for path in sorted(site.rglob("*.html")):
        parser = _Resources()
        parser.feed(path.read_text(encoding="utf-8"))
        found += [(path, url) for url in parser.urls]
    for path in sorted(site.rglob("*.css")):
        found += [(path, url) for url in _css_urls(path.read_text(encoding="utf-8"))]
    return [
        f"{path.relative_to(site)}: {url}"
        for path, url in found
        if REMOTE.match(url) and not (allowed_prefix and url.startswith(allowed_prefix))
    ]


def test_the_hosted_site_loads_nothing_from_another_host(built_site: Path):
    site_url = os.environ.get("ATLAS_SITE_URL", "https://us-japan-alliance-atlas.github.io/atlas/")
    assert remote_resources(built_site, allowed_prefix=site_url) == []


def test_the_offline_copy_loads_nothing_from_any_host(offline_site: Path):
    assert remote_resources(offline_site) == []


def test_the_resource_check_sees_scripts_icons_images_and_css_imports(tmp_path: Path):
    (tmp_path / "page.html").write_text(
        '<link rel="canonical" href="https://example.org/"><a href="https://example.org/">a link is not loaded</a>'
        '<script src="https://cdn.example/x.js"></script><link rel="icon" href="//cdn.example/i.png">'
        '<img srcset="a.png 1x, https://cdn.example/b.png 2x"><style>@import "https://fonts.example/f.css";</style>'
    )
    (tmp_path / "extra.css").write_text("body{background:url('https://cdn.example/bg.png')}")
    assert remote_resources(tmp_path) == [
        "page.html: https://cdn.example/x.js",
        "page.html: //cdn.example/i.png",
        "page.html: https://cdn.example/b.png",
        "page.html: https://fonts.example/f.css",
        "extra.css: https://cdn.example/bg.png",
    ]


def test_offline_pages_link_to_html_files_so_they_open_from_disk(offline_site: Path, real_atlas):
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert 'href="people/index.html"' in home
    for collection, records in real_atlas.entries.items():
        for record_id in records:
            assert (offline_site / collection / f"{record_id}.html").is_file(), f"{collection}/{record_id}"


def test_offline_search_index_is_a_script_because_file_urls_cannot_be_fetched(offline_site: Path):
    for edition in ("", "ja"):  # the site search's index (macros/output/search_index.py), one per edition
        script = (offline_site / edition / "search" / "atlas-index.js").read_text(encoding="utf-8")
        assert script.startswith("var __atlas_search_index = {")
    assert not (offline_site / "pagefind").exists()  # Pagefind cannot work from file://


def test_offline_pages_load_the_vendored_search_shim(offline_site: Path):
    vendored = (ROOT / "docs" / IFRAME_WORKER_SHIM).read_bytes()
    assert (offline_site / IFRAME_WORKER_SHIM).read_bytes() == vendored
    assert f'<script src="{IFRAME_WORKER_SHIM}">' in (offline_site / "index.html").read_text(encoding="utf-8")
    assert f'<script src="../{IFRAME_WORKER_SHIM}">' in (offline_site / "people" / "index.html").read_text(
        encoding="utf-8"
    )
    assert [p for p in offline_site.rglob("*.html") if "unpkg.com" in p.read_text(encoding="utf-8")] == []


def test_offline_zip_holds_one_folder_in_sorted_order_with_fixed_times(offline_zip: Path):
    with zipfile.ZipFile(offline_zip) as archive:
        infos = archive.infolist()
    names = [info.filename for info in infos]
    assert names == sorted(names)
    assert f"{ZIP_FOLDER}/index.html" in names
    assert all(name.startswith(f"{ZIP_FOLDER}/") for name in names)
    assert {info.date_time for info in infos} == {FIXED_TIME}


def test_zipping_the_same_files_again_gives_the_same_bytes(offline_zip: Path, offline_site: Path, tmp_path: Path):
    for path in offline_site.rglob("*"):
        os.utime(path, (1_900_000_000, 1_900_000_000))  # other modification times must not matter
    zip_folder(offline_site, tmp_path / "again.zip", ZIP_FOLDER)
    assert (tmp_path / "again.zip").read_bytes() == offline_zip.read_bytes()


def test_offline_command_refuses_a_destination_that_would_overwrite_the_project(capsys):
    assert main(["--root", str(ROOT), "offline", "--dest", "."]) == 2
    assert "would overwrite the project" in capsys.readouterr().err
