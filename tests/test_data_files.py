"""Every real data file, one test each (the id is its path): it validates against its model and renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from macros.data.loader import load_file
from macros.data.models import MODELS, Glossary
from macros.data.validate import validate
from macros.render.escape import html_text
from macros.render.record import render_record

FILES = sorted((ROOT / "data").glob("*/*.yaml"))


def test_the_data_files_are_found():
    assert {p.parent.name for p in FILES} == set(MODELS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_data_file_validates_and_renders(path: Path, real_atlas):
    rel = path.relative_to(ROOT).as_posix()
    model, problems = validate(load_file(path, rel), MODELS[path.parent.name])
    assert problems == [] and model is not None
    entry = real_atlas.get(path.parent.name, path.stem)
    rendered = render_record(real_atlas, entry)
    assert rendered.title == entry.name
    assert html_text(entry.name) in rendered.html
    assert "{{" not in rendered.html and "None" not in rendered.html.replace("None of", "")


def test_glossary_validates():
    path = ROOT / "data" / "glossary.yaml"
    model, problems = validate(load_file(path, "data/glossary.yaml"), Glossary)
    assert problems == [] and model is not None and model.terms
