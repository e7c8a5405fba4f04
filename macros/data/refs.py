"""Find every reference field in a model instance, with its location."""

from __future__ import annotations

import types
import typing
from functools import lru_cache
from typing import Any, Iterator, Union, get_args, get_origin

from pydantic import BaseModel

from macros.data.fields import Ref, split_ref
from macros.data.loader import Loc


def iter_refs(model: BaseModel, loc: Loc = ()) -> Iterator[tuple[Loc, str, str]]:
    """Yield (location, collection, id) for every reference inside `model`."""
    for name, collection, nested in _plan(type(model)):
        value = getattr(model, name)
        yield from _walk(value, (*loc, name), collection, nested)


def _walk(value: Any, loc: Loc, collection: str | None | bool, nested: bool) -> Iterator[tuple[Loc, str, str]]:
    if value is None:
        return
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, (*loc, i), collection, nested)
    elif nested and isinstance(value, BaseModel):
        yield from iter_refs(value, loc)
    elif isinstance(value, str) and collection is not False:
        yield (loc, *split_ref(value)) if collection is None else (loc, collection, value)


@lru_cache(maxsize=None)
def _plan(model: type[BaseModel]) -> tuple[tuple[str, str | None | bool, bool], ...]:
    """For each field that holds references or nested models: (name, collection, nested)."""
    plan = []
    for name, info in model.model_fields.items():
        ref = next((m for m in info.metadata if isinstance(m, Ref)), None) or _ref_in(info.annotation)
        if ref is not None:
            plan.append((name, ref.collection, False))
        elif _has_model(info.annotation):
            plan.append((name, False, True))
    return tuple(plan)


def _ref_in(annotation: Any) -> Ref | None:
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        base, *meta = get_args(annotation)
        return next((m for m in meta if isinstance(m, Ref)), None) or _ref_in(base)
    if origin in (list, Union, types.UnionType):
        return next((r for r in map(_ref_in, get_args(annotation)) if r is not None), None)
    return None


def _has_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_has_model(a) for a in get_args(annotation))
