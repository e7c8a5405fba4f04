"""Field types shared by the models: ids, references, dates, URLs, text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, PlainSerializer, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from macros.data.collections import COLLECTIONS
from macros.data.dates import PartialDate

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG_PATTERN)
_REF = re.compile(r"^(" + "|".join(COLLECTIONS) + r")/([a-z0-9]+(?:-[a-z0-9]+)*)$")
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def _error(rule: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(rule, "{msg}", {"msg": message})


@dataclass(frozen=True)
class Ref:
    """Marks a field as a reference to a record of `collection` (None: `collection/id`)."""

    collection: str | None


def _slug(value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.match(value):
        raise _error("id-format", f"'{value}' is not a valid id; ids are lowercase ASCII slugs like 'ishiba-shigeru'")
    return value


def _any_ref(value: Any) -> str:
    if not isinstance(value, str) or not _REF.match(value):
        raise _error(
            "reference-format", f"'{value}' is not a reference; write collection/id, e.g. 'people/ishiba-shigeru'"
        )
    return value


def _date(value: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _error("date-format", f"expected a date like 2025-02-07, got {type(value).__name__}")
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise _error("date-format", str(exc)) from None


def _url(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise _error("url-scheme", f"'{value}' is not an http(s) URL; only http:// and https:// links are allowed")
    if any(c.isspace() for c in value) or '"' in value or "<" in value:
        raise _error("url-format", f"'{value}' contains spaces, quotes or '<'; percent-encode them")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _error("type", f"expected text, got {type(value).__name__} {value!r}")
    if not value.strip():
        raise _error("empty-value", "this text is empty; write a value or remove the field")
    return value


def _markdown(value: str) -> str:
    if "![" in value:
        raise _error("markdown-image", "images are not allowed in data text; describe the picture in words")
    targets = _MD_LINK.findall(value) + _MD_REFDEF.findall(value)
    for target in targets:
        scheme = _SCHEME.match(target)
        if not scheme:
            raise _error(
                "link-target",
                f"link target '{target[:60]}' is not a full address; links in data text go to other sites "
                "(http, https or mailto). To point at another record, use a reference field such as 'see_also'",
            )
        if not target.lower().startswith(SAFE_SCHEMES):
            raise _error(
                "url-scheme",
                f"link target '{target[:60]}' uses the '{scheme.group(1)}:' scheme; only http, https and mailto are allowed",
            )
    return value


Slug = Annotated[str, PlainValidator(_slug), WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN})]
Text = Annotated[str, PlainValidator(_text), WithJsonSchema({"type": "string", "minLength": 1})]
Markdown = Annotated[
    str,
    PlainValidator(_text),
    AfterValidator(_markdown),
    WithJsonSchema({"type": "string", "minLength": 1, "description": "Markdown text"}),
]
Url = Annotated[str, PlainValidator(_url), WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"})]
Date = Annotated[
    PartialDate,
    PlainValidator(_date),
    PlainSerializer(lambda d: d.iso(), return_type=str),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            "description": "ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD",
        }
    ),
]
Number = Annotated[float, BeforeValidator(lambda v: _number(v))]


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _error("type", f"expected a number, got {type(value).__name__} {value!r}")
    return value


def ref(collection: str | None) -> Any:
    """An id field referring to a record of `collection` (None: any `collection/id`)."""
    if collection is None:
        return Annotated[
            str, PlainValidator(_any_ref), Ref(None), WithJsonSchema({"type": "string", "pattern": _REF.pattern})
        ]
    return Annotated[
        str,
        PlainValidator(_slug),
        Ref(collection),
        WithJsonSchema(
            {"type": "string", "pattern": SLUG_PATTERN, "description": f"id of a record in data/{collection}/"}
        ),
    ]


def split_ref(value: str) -> tuple[str, str]:
    """`people/ishiba-shigeru` → ('people', 'ishiba-shigeru')."""
    collection, _, record_id = value.partition("/")
    return collection, record_id
