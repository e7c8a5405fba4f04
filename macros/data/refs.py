"""Find every reference field in a model instance, with its location."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator

from pydantic import BaseModel

from macros.data.fields import Ref, split_ref
from macros.data.loader import Loc
from macros.data.typing_walk import nested_model, ref_marker


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
        ref = next((m for m in info.metadata if isinstance(m, Ref)), None) or ref_marker(info.annotation)
        if ref is not None:
            plan.append((name, ref.collection, False))
        elif nested_model(info.annotation) is not None:
            plan.append((name, False, True))
    return tuple(plan)
