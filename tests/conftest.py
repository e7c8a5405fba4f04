"""Shared fixtures: paths to the project and to the fixture datasets."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def valid_atlas():
    """The small, coherent fixture dataset, loaded and linked."""
    from macros.data.load import load_atlas

    return load_atlas(FIXTURES / "valid")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the real data/ folder inside a temporary project root."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


@pytest.fixture(scope="session")
def real_atlas():
    """The real data/, loaded and linked."""
    from macros.data.load import load_atlas

    return load_atlas(ROOT, docs_dir=ROOT / "docs")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The hosted site, both editions (the Japanese one in ja/), built once per test session as README's
    command builds it (`python -m macros build`)."""
    from sitecheck import build_site

    dest = tmp_path_factory.mktemp("site")
    result = build_site(dest)
    assert result.returncode == 0, result.stderr
    return dest


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory) -> Path:
    """The offline copy as handed over, built once per test session with `python -m macros offline --zip`."""
    out = tmp_path_factory.mktemp("offline")
    args = [
        sys.executable,
        "-m",
        "macros",
        "--root",
        str(ROOT),
        "offline",
        "--dest",
        str(out / "site"),
        "--zip",
        str(out / "atlas-offline.zip"),
    ]
    result = subprocess.run(
        args, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out / "atlas-offline.zip"


@pytest.fixture(scope="session")
def offline_site(offline_zip: Path) -> Path:
    """The offline copy as a reader has it: the zip, unpacked (the folder holding index.html)."""
    from macros.cli.offline import ZIP_FOLDER

    dest = offline_zip.parent / "unzipped"
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(dest)
    return dest / ZIP_FOLDER


@pytest.fixture(scope="session")
def hostile_builds(tmp_path_factory) -> tuple[dict[int, str], Path, Path]:
    from hostile import hostile_data
    """(field numbers, hosted site, offline site) built from the attacked data, both editions each."""
    from sitecheck import build_site, copy_project

    root = tmp_path_factory.mktemp("attacked")
    fields = hostile_data(root / "data")
    (root / "project").mkdir()
    project = copy_project(root / "project", root / "data")
    hosted = root / "hosted"
    result = build_site(hosted, root=project)
    assert result.returncode == 0, result.stdout + result.stderr
    offline = root / "offline"
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(project), "offline", "--dest", str(offline)],
        capture_output=True,
        text=True,
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return fields, hosted, offline
