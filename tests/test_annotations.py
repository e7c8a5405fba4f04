"""GitHub workflow commands for data errors: escaped so any message arrives intact on the pull request."""

from __future__ import annotations

import re

import pytest

from macros.data.annotations import github_annotation
from macros.data.errors import DataError

COMMAND = re.compile(r"^::error (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    """What GitHub shows for an escaped value (its runner decodes these five sequences)."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def parse(line: str) -> tuple[dict[str, str], str]:
    """Split a workflow command into its properties and message, as the runner does."""
    match = COMMAND.match(line)
    assert match, f"not a workflow command: {line!r}"
    props = dict(item.split("=", 1) for item in match["props"].split(","))
    return {k: unescape(v) for k, v in props.items()}, unescape(match["message"])


TRICKY = [
    DataError("data/people/a.yaml", 3, "100% sure: 'x', 'y'", "write a, b: c", "closed-vocabulary"),
    DataError("data/people/b.yaml", 7, "line one\nline two\r\nline three", "", "yaml-syntax"),
    DataError("data/odd,name:here%.yaml", 1, "50%25 is not a percent", "use %", "id-format"),
    DataError("data/people/c.yaml", 2, "no rule here", "", ""),
]


@pytest.mark.parametrize("error", TRICKY, ids=lambda e: e.path)
def test_annotation_is_one_well_formed_line_that_round_trips(error: DataError):
    line = github_annotation(error)
    assert "\n" not in line and "\r" not in line
    props, message = parse(line)
    assert list(props) == ["file", "line", "title"]
    assert props["file"] == error.path
    assert props["line"] == str(error.line)
    assert props["title"] == (f"Atlas data check: {error.rule}" if error.rule else "Atlas data check")
    assert message == error.message + (f" ({error.hint})" if error.hint else "")


def test_escaping_follows_githubs_rules_exactly():
    line = github_annotation(DataError("data/x,y:z.yaml", 4, "a%b\nc:d,e", "f", "rule"))
    assert line == "::error file=data/x%2Cy%3Az.yaml,line=4,title=Atlas data check%3A rule::a%25b%0Ac:d,e (f)"
