"""Editor JSON Schemas: generated from the models, committed up to date, and strict enough to help."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
from jsonschema import Draft202012Validator

from conftest import FIXTURES, ROOT
from macros.data.collections import COLLECTIONS
from macros.data.loader import load_file
from macros.data.schemas import BASE_URL, collection_schemas, schema_json
from macros.data.vocab import Status, choices

SCHEMAS = collection_schemas()


def run_schemas(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(root), "schemas", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def objects(node: Any, where: str = "#") -> Iterator[tuple[str, dict]]:
    """Every object schema (one with properties) inside `node`, with its JSON pointer."""
    if isinstance(node, dict):
        if "properties" in node:
            yield where, node
        for key, value in node.items():
            yield from objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from objects(value, f"{where}/{i}")


def test_one_schema_per_collection_and_the_glossary():
    assert sorted(SCHEMAS) == sorted([*COLLECTIONS, "glossary"])


def test_committed_schemas_are_up_to_date():
    result = run_schemas(ROOT, "--check")
    assert result.returncode == 0, result.stdout
    assert result.stdout == "schemas up to date\n"


def test_check_names_every_stale_file_and_writing_fixes_them(tmp_path: Path):
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    people = tmp_path / "schemas" / "people.schema.json"
    people.write_text(people.read_text().replace('"additionalProperties": false', '"additionalProperties": true'))
    (tmp_path / "schemas" / "quotes.schema.json").unlink()
    (tmp_path / "schemas" / "speeches.schema.json").write_text("{}\n")

    result = run_schemas(tmp_path, "--check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "schemas/people.schema.json: differs from the models (run `python -m macros schemas` and commit the result)",
        "schemas/quotes.schema.json: missing (run `python -m macros schemas` and commit the result)",
        "schemas/speeches.schema.json: no longer generated (run `python -m macros schemas` and commit the result)",
        "schemas out of date: 3 files",
    ]
    assert people.read_text().count('"additionalProperties": true') > 0  # --check writes nothing

    written = run_schemas(tmp_path)
    assert written.returncode == 0
    assert "wrote schemas/people.schema.json" in written.stdout
    assert "removed schemas/speeches.schema.json" in written.stdout
    assert run_schemas(tmp_path, "--check").returncode == 0
    assert (tmp_path / "schemas" / "people.schema.json").read_text() == (
        ROOT / "schemas" / "people.schema.json"
    ).read_text()


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_draft_2020_12_with_id_and_title(name: str):
    schema = SCHEMAS[name]
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"{BASE_URL}{name}.schema.json"
    assert name in schema["title"] and schema["description"]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_object_forbids_unknown_fields_and_every_field_is_described(name: str):
    found = list(objects(SCHEMAS[name]))
    assert found
    for where, node in found:
        assert node.get("additionalProperties") is False, where
        for field, spec in node["properties"].items():
            assert spec.get("description"), f"{name}: {where}/properties/{field} has no description"


def test_vocabularies_are_enums():
    commitments = SCHEMAS["commitments"]
    status = commitments["$defs"]["StatusChange"]["properties"]["status"]
    assert status["enum"] == list(choices(Status))
    assert commitments["properties"]["dimension"]["enum"] == ["security", "economics", "diplomacy"]


def test_serialisation_is_deterministic():
    again = collection_schemas()
    assert [schema_json(s) for s in again.values()] == [schema_json(s) for s in SCHEMAS.values()]
    text = schema_json(SCHEMAS["people"])
    assert text.endswith("}\n") and json.loads(text) == SCHEMAS["people"]
    assert list(json.loads(text)) == sorted(json.loads(text))


def _fixture_files(folder: Path) -> list[tuple[str, Path]]:
    files = [(p.parent.name, p) for p in sorted(folder.glob("*/*.yaml"))]
    return files + ([("glossary", folder / "glossary.yaml")] if (folder / "glossary.yaml").exists() else [])


@pytest.mark.parametrize("name,path", _fixture_files(FIXTURES / "valid" / "data"), ids=lambda v: str(v))
def test_valid_records_satisfy_their_schema(name: str, path: Path):
    doc = load_file(path, path.name)
    errors = [e.message for e in Draft202012Validator(SCHEMAS[name]).iter_errors(doc.data)]
    assert errors == []


@pytest.mark.parametrize(
    "collection,record,expected",
    [
        ("people", "ishiba-shigeru", "Additional properties are not allowed ('nmae' was unexpected)"),
        ("organizations", "government-of-japan", "'goverment' is not one of"),
        ("sources", "bad-url", "'javascript:alert(1)' is not valid under any of the given schemas"),
        ("commitments", "pledge", "'finished' is not one of"),
    ],
)
def test_editor_flags_the_mistakes_check_reports(collection: str, record: str, expected: str):
    path = FIXTURES / "broken" / "data" / collection / f"{record}.yaml"
    doc = load_file(path, path.name)
    messages = [e.message for e in Draft202012Validator(SCHEMAS[collection]).iter_errors(doc.data)]
    assert any(expected in m for m in messages), messages
