"""End to end: `mkdocs build --strict` of the real project and of broken data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from sitecheck import broken_links, build, copy_project

pytestmark = pytest.mark.build


def test_every_record_has_a_page(built_site: Path, real_atlas):
    for entry in real_atlas.all():
        page = built_site / entry.collection / entry.id / "index.html"
        assert page.exists(), f"no page for {entry.collection}/{entry.id}"
        assert f"/edit/main/{entry.path}" in page.read_text(encoding="utf-8")


def test_every_internal_link_and_anchor_resolves(built_site: Path):
    assert broken_links(built_site) == []


def test_generated_pages_stay_out_of_the_navigation(built_site: Path, real_atlas):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    nav = home.split('<nav class="md-nav md-nav--primary', 1)[1].split('<nav class="md-nav md-nav--secondary', 1)[0]
    for entry in real_atlas.all():
        assert f"{entry.collection}/{entry.id}/" not in nav


def test_collection_index_links_each_record(built_site: Path, real_atlas):
    for collection, records in real_atlas.entries.items():
        index = (built_site / collection / "index.html").read_text(encoding="utf-8")
        for record_id in records:
            assert f'href="{record_id}/"' in index, f"{collection}/index misses {record_id}"


def test_broken_data_stops_the_build_with_every_error(tmp_path: Path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", FIXTURES / "broken" / "data")
    result = build(tmp_path / "site", root=project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    expected = (FIXTURES / "broken" / "expected.txt").read_text().splitlines()
    for line in expected:
        assert line.replace("tests/fixtures/broken/data/", "data/") in output
    assert f"check failed: {len(expected)} errors" in output
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize(
    "page, expected",
    [
        ("{{ no_such_variable }}", "no_such_variable"),
        ("{{ link('people/no-such-person') }}", "no-such-person"),
        ("[broken](people/nobody.md)", "people/nobody.md"),
        ("[bad anchor](tracker.md#no-such-anchor)", "no-such-anchor"),
    ],
)
def test_strict_build_fails_on_macro_errors_and_broken_links(tmp_path: Path, page: str, expected: str):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", FIXTURES / "valid" / "data")
    (project / "docs" / "index.md").write_text(f"# Fixture\n\n{page}\n")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0
    assert expected in result.stdout + result.stderr
