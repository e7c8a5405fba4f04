"""The one walk through field annotations (`X`, `list[X]`, `X | None`, `Annotated[X, …]`) that the models use.

References (`refs`), the record scaffold (`scaffold`) and error locations (`validate`) all ask the same two
questions of a field's annotation: which reference marker it carries, and which model it nests.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from macros.data.fields import Ref

_CONTAINERS = (list, Union, types.UnionType)


def ref_marker(annotation: Any) -> Ref | None:
    """The `Ref` marker of an annotation or of its items (`list[ref("people")]`), if any."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        base, *meta = get_args(annotation)
        return next((m for m in meta if isinstance(m, Ref)), None) or ref_marker(base)
    if origin in _CONTAINERS:
        return next((r for r in map(ref_marker, get_args(annotation)) if r is not None), None)
    return None


def nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside `X`, `list[X]`, `X | None` or `Annotated[X, …]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (*_CONTAINERS, typing.Annotated):
        return next((m for m in map(nested_model, get_args(annotation)) if m is not None), None)
    return None
