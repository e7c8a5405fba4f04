"""The `placeholder` rule: values still holding a `TODO:` marker from `python -m macros new`."""

from __future__ import annotations

from typing import Any, Iterator

from macros.data.errors import DataError
from macros.data.loader import Document, Loc, dotted

MARKER = "TODO:"


def find_placeholders(doc: Document) -> list[DataError]:
    """One error for every text value in `doc` that still contains the placeholder marker."""
    return [
        DataError(
            doc.path,
            doc.line_of(loc),
            f"'{dotted(loc) or 'record'}' is still a placeholder: {value!r}",
            "replace it with the real value; the comment above the field says what goes there",
            "placeholder",
        )
        for loc, value in _strings(doc.data, ())
        if MARKER in value
    ]


def without_shadowed(problems: list[DataError], placeholders: list[DataError]) -> list[DataError]:
    """Drop the errors on a placeholder's line: the unfilled value explains them."""
    lines = {(p.path, p.line) for p in placeholders}
    return [p for p in problems if (p.path, p.line) not in lines]


def _strings(value: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*loc, i))
