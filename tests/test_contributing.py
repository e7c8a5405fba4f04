"""CONTRIBUTING.md stays true: its examples pass `check`, and it explains every rule `check` can print."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conftest import FIXTURES, ROOT
from macros.data.checks import CHECKS
from macros.data.collections import COLLECTIONS
from macros.data.loader import Document, load_bytes
from macros.data.models import MODELS, Glossary, StatusChange
from macros.data.schemas import collection_schemas
from macros.data.validate import validate
from macros.data.vocab import STATUS_MEANINGS, Reliability, choices

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
BLOCK = re.compile(r'^```yaml(?: title="([^"]+)")?\n(.*?)^```$', re.MULTILINE | re.DOTALL)
EXAMPLES = {path: text for path, text in BLOCK.findall(GUIDE) if path}
FRAGMENTS = [text for path, text in BLOCK.findall(GUIDE) if not path]


def kind_of(path: str) -> str:
    return "glossary" if path == "data/glossary.yaml" else path.split("/")[1]


def test_there_is_an_example_of_every_kind_of_record():
    assert {kind_of(path) for path in EXAMPLES} == {*COLLECTIONS, "glossary"}


@pytest.mark.parametrize("path", sorted(EXAMPLES))
def test_each_example_is_valid_for_its_model_and_schema(path: str):
    kind = kind_of(path)
    doc = load_bytes(EXAMPLES[path].encode(), path)
    model, errors = validate(doc, Glossary if kind == "glossary" else MODELS[kind])
    assert errors == [] and model is not None
    assert list(Draft202012Validator(collection_schemas()[kind]).iter_errors(doc.data)) == []
    depth = "../" if kind == "glossary" else "../../"
    assert EXAMPLES[path].splitlines()[0] == f"# yaml-language-server: $schema={depth}schemas/{kind}.schema.json"


def test_the_examples_together_pass_check(tmp_path: Path):
    for path, text in EXAMPLES.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(tmp_path), "check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith(f"check passed: {len(EXAMPLES) - 1} records")


def test_the_status_update_fragment_is_a_valid_history_entry():
    fragments = [f for f in FRAGMENTS if f.lstrip().startswith("- date:")]
    assert len(fragments) == 1
    doc = load_bytes(fragments[0].encode(), "CONTRIBUTING.md")
    assert [validate(Document("CONTRIBUTING.md", item), StatusChange)[1] for item in doc.data] == [[]]


def emitted_rules() -> set[str]:
    """Every rule name the code in macros/ can print, found in the calls that create errors."""
    rules = set(CHECKS)
    for path in (ROOT / "macros").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            keywords = {k.arg: k.value for k in node.keywords}
            position = {"DataError": 4, "_error": 0, "_order": 0, "fail": 3}.get(name)
            if position is None:
                continue
            arg = node.args[position] if len(node.args) > position else keywords.get("rule")
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                rules.add(arg.value)
    return rules


def test_the_rule_finder_sees_the_rules_check_prints():
    printed = set(re.findall(r"\[([a-z-]+)\]$", (FIXTURES / "broken" / "expected.txt").read_text(), re.MULTILINE))
    assert printed and printed <= emitted_rules()
    assert {"placeholder", "schema-comment", "yaml-syntax", "unknown-field"} <= emitted_rules()


@pytest.mark.parametrize("rule", sorted(emitted_rules()))
def test_every_rule_is_explained(rule: str):
    row = re.search(rf"^\| `{re.escape(rule)}` \| (.+?) \| (.+?) \|$", GUIDE, re.MULTILINE)
    assert row, f"CONTRIBUTING.md has no row for the rule `{rule}`"


def test_statuses_and_reliability_levels_are_explained():
    for status, meaning in STATUS_MEANINGS.items():
        assert f"| `{status}` | {meaning} |" in GUIDE
    for level in choices(Reliability):
        assert f"`{level}`" in GUIDE
