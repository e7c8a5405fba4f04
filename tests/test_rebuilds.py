"""`mkdocs serve` rebuilds in one process: memory stays flat, and edits to macros/ show on the next rebuild."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from sitecheck import copy_project

pytestmark = pytest.mark.build

SCRIPT = Path(__file__).with_name("rebuild_in_process.py")
MB = 1024  # KiB


def _rebuilds(project: Path, site: Path, count: int, *edit: str) -> list[dict[str, int]]:
    args = [sys.executable, str(SCRIPT), str(project), str(site), str(count), *(["--edit", *edit] if edit else [])]
    result = subprocess.run(args, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin"})
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_memory_stays_flat_across_six_rebuilds_of_the_real_data(tmp_path: Path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    runs = _rebuilds(project, tmp_path / "site", 6)
    rss = [r["rss_kb"] for r in runs]
    print("RSS per rebuild (MB):", [round(r / MB, 1) for r in rss], "objects:", [r["objects"] for r in runs])
    # The first rebuild warms caches (imports, templates, the allocator); from the second on, each one frees
    # the previous build's data, so growth stays under 2 MB a rebuild (it was 7-8 MB with gc.freeze).
    # Single steps move by a few MB either way as the allocator reuses memory: bound the average.
    growth = (rss[-1] - rss[1]) / MB / (len(rss) - 2)
    assert growth < 2, f"{growth:.1f} MB per rebuild"
    assert runs[-1]["objects"] - runs[1]["objects"] < 2000, [r["objects"] for r in runs]


def test_an_edit_to_a_renderer_shows_on_the_next_rebuild(tmp_path: Path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", FIXTURES / "valid" / "data")
    site = tmp_path / "site"
    page = site / "sources" / "report" / "index.html"
    edit = ("macros/render/record.py", '"Referenced by"', '"Cited from elsewhere"')
    # One process: a build with the code as it is, the edit, a rebuild (without the reload it ran the old code).
    _rebuilds(project, site, 2, *edit)
    html = page.read_text(encoding="utf-8")
    assert "Cited from elsewhere" in html and "Referenced by" not in html
