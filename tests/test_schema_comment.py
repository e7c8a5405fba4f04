"""The `schema-comment` rule: each data file's first line points editors at its JSON Schema."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from macros.data.errors import DataErrors
from macros.data.schema_comment import check_schema_comment, first_line, schema_comment
from macros.data.load import load_atlas


def errors_of(root: Path) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_atlas(root)
    return [str(e) for e in info.value.errors]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES / "valid" / "data", tmp_path / "data")
    return tmp_path


def test_the_line_names_the_collections_schema_relative_to_the_file():
    assert schema_comment("people") == "# yaml-language-server: $schema=../../schemas/people.schema.json"
    assert schema_comment("glossary") == "# yaml-language-server: $schema=../schemas/glossary.schema.json"


def test_a_missing_line_is_reported_with_the_line_to_add(project: Path):
    person = project / "data" / "people" / "bob-example.yaml"
    person.write_text(person.read_text().split("\n", 1)[1])
    assert errors_of(project) == [
        "data/people/bob-example.yaml:1: the first line must point editors at the schema, so they can flag "
        "mistakes while you type (make the first line: "
        "# yaml-language-server: $schema=../../schemas/people.schema.json) [schema-comment]"
    ]


def test_a_line_naming_another_schema_is_reported(project: Path):
    event = project / "data" / "events" / "fixture-summit.yaml"
    event.write_text(event.read_text().replace("events.schema.json", "event.schema.json", 1))
    assert errors_of(project) == [
        "data/events/fixture-summit.yaml:1: the first line points editors at '../../schemas/event.schema.json', "
        "not at the events schema (make the first line: "
        "# yaml-language-server: $schema=../../schemas/events.schema.json) [schema-comment]"
    ]


def test_the_glossary_needs_its_own_line(project: Path):
    glossary = project / "data" / "glossary.yaml"
    glossary.write_text(glossary.read_text().replace("../schemas/glossary", "../../schemas/glossary", 1))
    assert errors_of(project) == [
        "data/glossary.yaml:1: the first line points editors at '../../schemas/glossary.schema.json', "
        "not at the glossary schema (make the first line: "
        "# yaml-language-server: $schema=../schemas/glossary.schema.json) [schema-comment]"
    ]


def test_a_byte_order_mark_or_windows_line_ending_is_accepted(tmp_path: Path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + schema_comment("quotes").encode() + b"\r\nspeaker: people/x\r\n")
    assert check_schema_comment(first_line(path), "x.yaml", "quotes") == []
