"""The `schema-comment` rule: every data file's first line points editors at its JSON Schema."""

from __future__ import annotations

from pathlib import Path

from macros.data.errors import DataError
from macros.data.schemas import GLOSSARY, SCHEMA_DIR, schema_filename

PREFIX = "# yaml-language-server: $schema="


def schema_comment(name: str) -> str:
    """The first line of a data file of collection `name` (or of the glossary)."""
    up = "../" if name == GLOSSARY else "../../"
    return f"{PREFIX}{up}{SCHEMA_DIR}/{schema_filename(name)}"


def check_schema_comment(first_line: str, path: str, name: str) -> list[DataError]:
    """An error when `first_line` of the file at `path` is not the schema comment for `name`."""
    expected = schema_comment(name)
    line = first_line.removeprefix("\ufeff").rstrip()
    if line == expected:
        return []
    if line.startswith(PREFIX):
        message = f"the first line points editors at '{line.removeprefix(PREFIX)}', not at the {name} schema"
    else:
        message = "the first line must point editors at the schema, so they can flag mistakes while you type"
    return [DataError(path, 1, message, f"make the first line: {expected}", "schema-comment")]


def first_line(path: Path) -> str:
    """The first line of the file at `path` (bytes that are not UTF-8 replaced)."""
    with path.open("rb") as file:
        return file.readline(4096).decode("utf-8", "replace").rstrip("\r\n")


def first_line_of(raw: bytes) -> str:
    """The first line of a file's bytes, as `first_line` reads it (for a file already read)."""
    end = raw.find(b"\n", 0, 4096)
    return (raw[: end + 1] if end >= 0 else raw[:4096]).decode("utf-8", "replace").rstrip("\r\n")
