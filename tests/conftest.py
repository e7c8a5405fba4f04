"""Shared fixtures: paths to the project and to the fixture datasets."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def valid_atlas():
    """The small, coherent fixture dataset, loaded and linked."""
    from macros.site import load_atlas

    return load_atlas(FIXTURES / "valid")


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the real data/ folder inside a temporary project root."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


@pytest.fixture(scope="session")
def real_atlas():
    """The real data/, loaded and linked."""
    from macros.site import load_atlas

    return load_atlas(ROOT, docs_dir=ROOT / "docs")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The hosted site, built once per test session with `mkdocs build --strict`."""
    from sitecheck import build

    dest = tmp_path_factory.mktemp("site")
    result = build(dest)
    assert result.returncode == 0, result.stderr
    return dest
