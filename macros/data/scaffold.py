"""A new record's YAML: every required field as a `TODO:` placeholder, optional ones commented out."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from pydantic.fields import FieldInfo

from macros.data import translations
from macros.data.fields import SLUG_PATTERN, Ref
from macros.data.models import MODELS, Model, Record
from macros.data.placeholders import MARKER
from macros.data.schema_comment import schema_comment
from macros.data.typing_walk import nested_model, ref_marker

WIDTH = 100


def scaffold(collection: str, record_id: str) -> str:
    """The text of a new `data/<collection>/<record_id>.yaml`, ready to fill in."""
    model = MODELS[collection]
    intro = (model.__doc__ or "").strip().splitlines()[0]
    lines = [
        schema_comment(collection),
        f"# {collection}/{record_id}: {intro[0].lower()}{intro[1:]}",
        f'# Replace every "{MARKER} …" value; `python -m macros check` lists those left, with their lines.',
        "# Optional fields are commented out: to use one, delete the '# ' in front of its lines.",
        "# CONTRIBUTING.md has a complete example of this kind of record.",
        "",
        *_mapping(model, "", explain=True, top=True),
        *_japanese(model),
    ]
    return "\n".join(lines) + "\n"


def _japanese(model: type[Model]) -> list[str]:
    """The `ja:` block of the required texts (the Japanese edition is complete, so `check` needs them) and a
    reminder of the Japanese name or title, which lives beside the English one."""
    ja_model = nested_model(model.model_fields["ja"].annotation)
    if ja_model is None:
        return []
    texts = [n for n in ja_model.model_fields if n in model.model_fields and model.model_fields[n].is_required()]
    texts = [
        n
        for n in texts
        if nested_model(model.model_fields[n].annotation) is None and (model.collection, n) not in translations.OPTIONAL
    ]
    lines = ["", '# The Japanese edition: the same texts in Japanese (CONTRIBUTING.md, "Japanese text").']
    if "name" in model.model_fields:
        lines.append("# Also give name.ja above: kanji for Japanese names, the katakana MOFA uses for others.")
    if "title_ja" in model.model_fields:
        lines.append("# Also give title_ja above: the official Japanese title, or a plain descriptive one.")
    lines += ["ja:", *(f"  {name}: {_placeholder({'type': 'string'}, None)}" for name in texts)]
    return lines


def _mapping(model: type[Model], indent: str, *, explain: bool, top: bool = False) -> list[str]:
    props = model.model_json_schema()["properties"]
    names = _ordered(model, top)
    required = [n for n in names if model.model_fields[n].is_required()]
    optional = [n for n in names if n not in required]
    out: list[str] = []
    for name in required:
        if explain:
            out += _explain(model.model_fields[name], props[name], indent, "# ")
        out += _entry(model, name, props[name], indent, explain=explain)
    if not explain:
        return out
    if top and optional:
        out += ["", "# Optional fields (a line starting with '## ' explains the field below it)."]
    for name in optional:
        out += _explain(model.model_fields[name], props[name], indent, "## ")
        out += [f"{indent}# {line[len(indent) :]}" for line in _entry(model, name, props[name], indent, explain=False)]
    return out


def _ordered(model: type[Model], top: bool) -> list[str]:
    """Field names, a record's own fields before the ones every record has."""
    names = list(model.model_fields)
    if not top or not issubclass(model, Record):
        return names
    common = set(Record.model_fields)
    return [n for n in names if n not in common] + [n for n in names if n in common]


def _explain(info: FieldInfo, prop: dict[str, Any], indent: str, mark: str) -> list[str]:
    text = info.description or ""
    choices = _plain(prop).get("enum") or _plain(_plain(prop).get("items", {})).get("enum")
    if choices:
        text += " One of: " + ", ".join(choices) + "."
    width = WIDTH - len(indent) - len(mark)
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return [f"{indent}{mark}{line}" for line in lines]


def _entry(model: type[Model], name: str, prop: dict[str, Any], indent: str, *, explain: bool) -> list[str]:
    info = model.model_fields[name]
    prop = _plain(prop)
    nested = nested_model(info.annotation)
    ref = _ref(info)
    if prop.get("type") == "array":
        if nested is None:
            return [f"{indent}{name}:", f"{indent}  - {_placeholder(prop['items'], ref)}"]
        return [f"{indent}{name}:", *_as_item(_mapping(nested, indent + "    ", explain=explain), indent + "  ")]
    if nested is not None:
        return [f"{indent}{name}:", *_mapping(nested, indent + "  ", explain=explain)]
    if not info.is_required() and isinstance(info.default, str):
        return [f"{indent}{name}: {info.default}"]
    return [f"{indent}{name}: {_placeholder(prop, ref)}"]


def _as_item(lines: list[str], dash: str) -> list[str]:
    """The lines of a mapping as the first item of a list: `- ` before its first field."""
    first = next(i for i, line in enumerate(lines) if not line.lstrip().startswith("#"))
    before = [dash + line.lstrip() for line in lines[:first]]
    return [*before, dash + "- " + lines[first].lstrip(), *lines[first + 1 :]]


def _placeholder(prop: dict[str, Any], ref: Ref | None) -> str:
    prop = _plain(prop)
    if "enum" in prop:
        text = "one of the values listed above"
    elif ref is not None:
        text = f"id of a file in data/{ref.collection}/" if ref.collection else "collection/id, e.g. people/<id>"
    elif prop.get("pattern") == SLUG_PATTERN:
        text = "a-lowercase-slug"
    elif prop.get("format") == "uri":
        text = "https://..."
    elif isinstance(prop.get("type"), list):
        text = "YYYY-MM-DD (or YYYY-MM, or YYYY)"
    elif prop.get("type") == "number":
        text = "number"
    else:
        text = "text"
    return json.dumps(f"{MARKER} {text}", ensure_ascii=False)


def _plain(prop: dict[str, Any]) -> dict[str, Any]:
    """The schema without its `null` alternative (optional fields are `X | None`)."""
    options = [p for p in prop.get("anyOf", []) if p.get("type") != "null"]
    return options[0] if len(options) == 1 else prop


def _ref(info: FieldInfo) -> Ref | None:
    """The reference marker of a field or of its list items, if any."""
    return next((m for m in info.metadata if isinstance(m, Ref)), None) or ref_marker(info.annotation)
