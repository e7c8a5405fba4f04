"""Validate loaded documents against the models; turn pydantic errors into DataErrors."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from macros.data.errors import DataError, did_you_mean
from macros.data.loader import Document, Loc, dotted
from macros.data.typing_walk import nested_model

_TYPE_RULES = {
    "string_type": "type",
    "int_type": "type",
    "float_type": "type",
    "bool_type": "type",
    "list_type": "type",
    "model_type": "type",
    "dict_type": "type",
    "model_attributes_type": "type",
}


def validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[DataError]]:
    """Validate one document; return the model (or None) and its errors."""
    if not isinstance(doc.data, dict):
        return None, [
            DataError(
                doc.path,
                1,
                f"a record must be a YAML mapping of fields, not a {_kind(doc.data)}",
                "start each line with 'field: value'",
                "record-shape",
            )
        ]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        return None, [_convert(doc, model, err) for err in exc.errors(include_url=False)]


def _convert(doc: Document, model: type[BaseModel], err: dict[str, Any]) -> DataError:
    loc: Loc = tuple(err["loc"])
    line = doc.line_of(loc)
    where = dotted(loc)
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        allowed = _fields_at(model, loc[:-1])
        hint = did_you_mean(str(loc[-1]), allowed) or f"allowed fields: {', '.join(sorted(allowed))}"
        return DataError(doc.path, line, f"unknown field '{where}'", hint, "unknown-field")
    if kind == "missing":
        return DataError(
            doc.path,
            line,
            f"missing required field '{where}'",
            "add it; see CONTRIBUTING.md for an example record",
            "required-field",
        )
    if kind == "literal_error":
        expected = [e.strip(" '") for e in err["ctx"]["expected"].replace(" or ", ", ").split(", ")]
        hint = did_you_mean(str(value), expected) or f"allowed: {', '.join(expected)}"
        return DataError(doc.path, line, f"'{value}' is not an allowed value for '{where}'", hint, "closed-vocabulary")
    if kind == "too_short":
        return DataError(doc.path, line, f"'{where}' must not be empty", "list at least one item", "required-field")
    if kind == "string_too_long":
        return DataError(
            doc.path,
            line,
            f"'{where}' is too long ({len(value)} characters)",
            f"keep it under {err['ctx']['max_length']} characters",
            "length",
        )
    if kind in _TYPE_RULES:
        expected = kind.split("_")[0].replace("model", "mapping").replace("dict", "mapping")
        return DataError(doc.path, line, f"'{where}' should be a {expected}, not a {_kind(value)}", "", "type")
    message = err.get("ctx", {}).get("msg") or err["msg"]
    if kind == "date-order" or kind == "history-order":
        where = where or "record"
    return DataError(doc.path, line, f"{where}: {message}" if where else message, "", kind)


def _kind(value: Any) -> str:
    return {
        dict: "mapping",
        list: "list",
        str: "text",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the model found by walking `loc` from `model`."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        current = nested_model(current.model_fields[part].annotation) if _is_model(current) else None
        if current is None:
            return []
    return list(current.model_fields) if _is_model(current) else []


def _is_model(obj: Any) -> bool:
    return isinstance(obj, type) and issubclass(obj, BaseModel)
