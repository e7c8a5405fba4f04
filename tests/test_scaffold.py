"""`python -m macros new`: a record to fill in, flagged by `check` until filled, clean once filled."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT
from macros.data.collections import COLLECTIONS
from macros.data.fields import SLUG_PATTERN
from macros.data.loader import load_file
from macros.data.placeholders import MARKER
from macros.data.schemas import collection_schemas

SCHEMAS = collection_schemas()
ANY_REF = "people/alice-example"


def macros(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(root), *args], capture_output=True, text=True, cwd=ROOT
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A writable copy of the valid fixture dataset."""
    shutil.copytree(FIXTURES / "valid" / "data", tmp_path / "data")
    return tmp_path


def placeholder_lines(text: str) -> list[int]:
    """The lines of uncommented values still holding the marker."""
    return [n for n, line in enumerate(text.splitlines(), 1) if MARKER in line and not line.lstrip().startswith("#")]


def schema_at(schema: dict[str, Any], loc: tuple) -> dict[str, Any]:
    """The sub-schema describing the value at `loc`."""
    node = schema
    for part in loc:
        node = resolve(schema, node)
        node = node["items"] if isinstance(part, int) else node["properties"][part]
    return resolve(schema, node)


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    options = [o for o in node.get("anyOf", []) if o.get("type") != "null"]
    return resolve(schema, options[0]) if options else node


def real_value(node: dict[str, Any], data: Path) -> Any:
    """A valid value for a field of the fixture dataset, chosen from its schema as a contributor would."""
    if "enum" in node:
        return node["enum"][0]
    if node.get("pattern") == SLUG_PATTERN:
        collection = re.search(r"data/(\w+)/", node["description"]).group(1)
        return sorted(data.glob(f"{collection}/*.yaml"))[0].stem
    if node.get("pattern", "").startswith("^(sources|"):
        return ANY_REF
    if node.get("format") == "uri":
        return "https://example.org/new-record"
    if isinstance(node.get("type"), list):
        return "2025-07-01"
    if node.get("type") == "number":
        return 12.5
    return "Filled in from a cited source."


def fill(path: Path, collection: str, data: Path) -> int:
    """Replace every placeholder in the file with a valid value; return how many were replaced."""
    doc = load_file(path, path.name)
    lines = path.read_text().splitlines()
    count = 0

    def walk(value: Any, loc: tuple) -> None:
        nonlocal count
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*loc, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*loc, i))
        elif isinstance(value, str) and MARKER in value:
            new = real_value(schema_at(SCHEMAS[collection], loc), data)
            n = doc.line_of(loc) - 1
            lines[n] = lines[n].replace(json.dumps(value, ensure_ascii=False), json.dumps(new))
            count += 1

    walk(doc.data, ())
    path.write_text("\n".join(lines) + "\n")
    return count


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_new_record_is_flagged_until_filled_then_passes(project: Path, collection: str):
    created = macros(project, "new", collection, "new-record")
    path = project / "data" / collection / "new-record.yaml"
    expected = placeholder_lines(path.read_text())
    assert created.returncode == 0
    assert created.stdout == (
        f"wrote data/{collection}/new-record.yaml: replace its {len(expected)} "
        f"'{MARKER}' placeholders, then run `python -m macros check`\n"
    )
    assert expected, "a new record has something to fill in"

    unfilled = macros(project, "check")
    reported = unfilled.stdout.splitlines()
    assert unfilled.returncode == 1
    assert reported[-1] == f"check failed: {len(expected)} error{'s' if len(expected) != 1 else ''}"
    assert [int(line.split(":")[1]) for line in reported[:-1]] == expected
    for line in reported[:-1]:
        assert line.startswith(f"data/{collection}/new-record.yaml:")
        assert "is still a placeholder" in line and line.endswith("[placeholder]")

    assert fill(path, collection, project / "data") == len(expected)
    if collection == "sources":  # a new source must be cited by a record
        pledge = project / "data" / "commitments" / "fixture-pledge.yaml"
        pledge.write_text(pledge.read_text().replace("sources: [statement]\n", "sources: [statement, new-record]\n"))
    filled = macros(project, "check")
    assert filled.returncode == 0, filled.stdout
    assert filled.stdout.startswith("check passed: 13 records")


def test_new_record_explains_each_field_and_points_at_its_schema(project: Path):
    macros(project, "new", "commitments", "alaska-lng")
    text = (project / "data" / "commitments" / "alaska-lng.yaml").read_text()
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../schemas/commitments.schema.json"
    made_at = lines.index('made_at: "TODO: id of a file in data/events/"')
    assert lines[made_at - 1] == "# The event where it was made: the id of a file in data/events/."
    assert "# The dimension it concerns. One of: security, economics, diplomacy." in lines
    assert '# document: "TODO: id of a file in data/agreements/"' in lines  # optional: commented out
    assert '  - date: "TODO: YYYY-MM-DD (or YYYY-MM, or YYYY)"' in lines


def test_refuses_a_malformed_id(project: Path):
    result = macros(project, "new", "people", "Jane_Doe")
    assert result.returncode == 1
    assert result.stdout == (
        "error: 'Jane_Doe' is not a valid id: ids are lowercase ASCII words joined by hyphens, e.g. 'jane-doe'\n"
    )
    assert not list((project / "data" / "people").glob("*ane*"))


def test_refuses_an_existing_id(project: Path):
    before = (project / "data" / "people" / "alice-example.yaml").read_text()
    result = macros(project, "new", "people", "alice-example")
    assert result.returncode == 1
    assert result.stdout == "error: people/alice-example.yaml already exists; edit it, or choose another id\n"
    assert (project / "data" / "people" / "alice-example.yaml").read_text() == before


def test_refuses_an_id_differing_only_in_case(project: Path):
    (project / "data" / "people" / "Carol-Example.yaml").write_text("name: {en: Carol}\n")
    result = macros(project, "new", "people", "carol-example")
    assert result.returncode == 1
    assert result.stdout == "error: people/Carol-Example.yaml already exists; edit it, or choose another id\n"
    assert not (project / "data" / "people" / "carol-example.yaml").exists()


def test_a_placeholder_left_in_a_valid_record_is_named_with_its_line(project: Path):
    pledge = project / "data" / "commitments" / "fixture-pledge.yaml"
    text = pledge.read_text().replace("summary: A fixture pledge.", "summary: 'TODO: say what was promised'")
    pledge.write_text(text)
    line = text.splitlines().index("summary: 'TODO: say what was promised'") + 1
    result = macros(project, "check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"data/commitments/fixture-pledge.yaml:{line}: 'summary' is still a placeholder: 'TODO: say what was promised' "
        "(replace it with the real value; the comment above the field says what goes there) [placeholder]",
        "check failed: 1 error",
    ]
