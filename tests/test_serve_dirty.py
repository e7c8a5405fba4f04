"""`mkdocs serve --dirty`: a data edit rebuilds the record pages whose content changed, and no others."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import FIXTURES
from sitecheck import copy_project

pytestmark = pytest.mark.build


def _rebuild(project: Path, site: Path) -> None:
    """One rebuild as `mkdocs serve --dirty` does it: the config reloaded, a dirty build into the same folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=False), dirty=True)


def test_a_dirty_rebuild_rewrites_only_the_pages_the_edit_changed(tmp_path: Path):
    from macros.glue import serve_dirty

    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", FIXTURES / "valid" / "data")
    site = tmp_path / "site"
    pages = {
        name: site / name / "index.html"
        for name in ("people/bob-example", "people/alice-example", "events/fixture-summit")
    }
    serve_dirty.note_startup("serve", True)
    try:
        _rebuild(project, site)
        before = {name: path.stat().st_mtime_ns for name, path in pages.items()}
        record = project / "data" / "people" / "bob-example.yaml"
        record.write_text(record.read_text().replace("A second fixture person.", "An edited fixture person."))
        time.sleep(0.05)
        _rebuild(project, site)
    finally:
        serve_dirty.note_startup("build", False)
    assert "An edited fixture person." in pages["people/bob-example"].read_text(encoding="utf-8")
    assert pages["people/bob-example"].stat().st_mtime_ns != before["people/bob-example"]
    assert pages["people/alice-example"].stat().st_mtime_ns == before["people/alice-example"]
    assert pages["events/fixture-summit"].stat().st_mtime_ns == before["events/fixture-summit"]
