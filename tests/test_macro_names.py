"""Macros refuse names the data does not have: a typo stops the build, naming the page and the call."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import FIXTURES
from macros.glue.build import Build
from macros.glue.page_macros import MacroError, register
from sitecheck import copy_project


class _Env:
    """The part of the mkdocs-macros environment that `register` uses."""

    def __init__(self) -> None:
        self.conf = {"docs_dir": "docs"}
        self.macros: dict = {}
        self.page = SimpleNamespace(file=SimpleNamespace(src_uri="tracker.md"))

    def macro(self, function, name):
        self.macros[name] = function


def _macros(atlas) -> dict:
    env = _Env()
    register(env, Build(Path("."), atlas, commits={}, dates={}, glossary={}, abbreviations=""))
    return env.macros


BAD_CALLS = [
    ("link", ("people/no-such-person",), {}, "no record in people 'no-such-person'"),
    ("link", ("peple/alice-example",), {}, "no collection 'peple' (did you mean 'people'?)"),
    ("figure_value", ("no-such-figure",), {}, "no record in figures"),
    ("count", ("peple",), {}, "no collection 'peple'"),
    ("collection_index", ("event",), {}, "no collection 'event' (did you mean 'events'?)"),
    ("records_by_topic", ("no-such-topic",), {}, "no record in topics 'no-such-topic'"),
    ("timeline", ("securty",), {}, "no dimension 'securty' (did you mean 'security'?)"),
    ("commitments_table", (), {"dimension": "economy"}, "no dimension 'economy'"),
    ("commitments_table", (), {"topic": "no-such-topic"}, "no record in topics"),
    ("commitments_table", (), {"status": "done"}, "no status 'done'"),
    ("quote", ("no-such-quote",), {}, "no record in quotes"),
    ("date_of", ("events/no-such-event",), {}, "no record in events"),
]


@pytest.mark.parametrize("name, args, kwargs, message", BAD_CALLS, ids=[f"{c[0]}-{c[3][:20]}" for c in BAD_CALLS])
def test_an_unknown_name_is_refused_naming_page_and_call(valid_atlas, name, args, kwargs, message):
    with pytest.raises(MacroError) as info:
        _macros(valid_atlas)[name](*args, **kwargs)
    text = str(info.value)
    assert text.startswith(f"docs/tracker.md: {name}("), text
    assert message in text


def test_known_names_still_render(valid_atlas):
    macros = _macros(valid_atlas)
    assert macros["count"]("people") == "2"
    assert "Alice" in macros["link"]("people/alice-example")
    assert "fixture-pledge" in macros["commitments_table"](dimension="economics")


def test_commitments_table_applies_dimension_and_topic_together(real_atlas):
    macros = _macros(real_atlas)
    tagged = next(e for e in real_atlas.collection("commitments") if e.model.topics)
    topic, dimension = tagged.model.topics[0], tagged.model.dimension
    other = next(d for d in ("security", "economics", "diplomacy") if d != dimension)
    assert f"/{tagged.id}.md)" in macros["commitments_table"](dimension=dimension, topic=topic)
    assert f"/{tagged.id}.md)" not in macros["commitments_table"](dimension=other, topic=topic)


def test_commitments_table_filters_by_current_status(valid_atlas):
    macros = _macros(valid_atlas)
    assert "fixture-pledge" in macros["commitments_table"](status="in-progress")
    assert "fixture-pledge" not in macros["commitments_table"](status="pledged")


@pytest.mark.build
def test_a_typo_in_a_page_stops_the_build_naming_page_and_call(tmp_path: Path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", FIXTURES / "valid" / "data")
    page = project / "docs" / "tracker.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n{{ records_by_topic("securty") }}\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0
    assert not (tmp_path / "site" / "index.html").exists()
    assert "docs/tracker.md: records_by_topic('securty'): no record in topics 'securty'" in result.stderr
    assert "did you mean 'security'?" in result.stderr
