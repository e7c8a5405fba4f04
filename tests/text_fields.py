"""Walk the data models for every field a reader sees as text, and fill those fields in raw YAML data."""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, Union

from pydantic import BaseModel
from pydantic.functional_validators import PlainValidator

from macros.data import fields


def _is_text(metadata: tuple[Any, ...]) -> bool:
    return any(isinstance(m, PlainValidator) and m.func is fields._text for m in metadata)


def _walk(tp: Any, path: str) -> Iterator[tuple[str, Any]]:
    """(path, kind) for each text position inside the type `tp`: kind is 'text' or a nested model class."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(tp)
        if _is_text(tuple(metadata)):
            yield path, "text"
        else:
            yield from _walk(base, path)
    elif origin in (Union, types.UnionType):
        for arg in typing.get_args(tp):
            yield from _walk(arg, path)
    elif origin in (list, tuple):
        for arg in typing.get_args(tp):
            if arg is not Ellipsis:
                yield from _walk(arg, path + "[]")
    elif origin is dict:
        yield from _walk(typing.get_args(tp)[1], path + "{}")
    elif isinstance(tp, type) and issubclass(tp, BaseModel):
        for name, info in tp.model_fields.items():
            annotation = info.annotation
            if info.metadata:
                annotation = typing.Annotated[(annotation, *info.metadata)]
            yield from _walk(annotation, f"{path}.{info.alias or name}" if path else (info.alias or name))


def text_paths(model: type[BaseModel]) -> set[str]:
    """Every path (like `history[].note`, `name.aliases[]`) at which `model` holds reader-visible text."""
    return {path for path, kind in _walk(model, "") if kind == "text"}


def fill_text(data: Any, model: type[BaseModel], make: Callable[[str, str], str], path: str = "") -> set[str]:
    """Replace each text value in the raw `data` of `model` by `make(path, value)`; return the paths filled."""
    filled: set[str] = set()
    kinds = {p: k for p, k in _walk(model, "")}

    def visit(node: Any, at: str) -> Any:
        if isinstance(node, str) and kinds.get(at) == "text":
            filled.add(at)
            return make(at, node)
        if isinstance(node, dict):
            for key in list(node):
                node[key] = visit(node[key], f"{at}.{key}" if at else str(key))
            return node
        if isinstance(node, list):
            return [visit(item, at + "[]") for item in node]
        return node

    visit(data, path)
    return filled
