"""Collection index pages: one table row per record, linking to its page."""

from __future__ import annotations

from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTION
from macros.data.models import Agreement, Commitment, Event, Figure, Organization, Person, Quote, Source, Topic
from macros.data.translations import unit_label
from macros.data.vocab import label
from macros.render.record import status_badge
from macros.render.escape import markdown_inline, markdown_line
from macros.render.links import record_link


def _first_sentence(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    cut = flat.find(". ")
    short = flat[: cut + 1] if 0 < cut < limit else flat
    return short if len(short) <= limit else short[: limit - 1].rsplit(" ", 1)[0] + "…"


def _columns(entry: Entry) -> list[str]:
    model = entry.model
    if isinstance(model, (Person, Organization)):
        extra = label(model.kind) if isinstance(model, Organization) else label(model.country or "")
        return [f'<span lang="ja">{markdown_inline(model.name.ja)}</span>' if model.name.ja else "", extra]
    if isinstance(model, Event):
        return [model.date.iso(), label(model.kind)]
    if isinstance(model, Agreement):
        return [model.date.iso() if model.date else "", label(model.kind)]
    if isinstance(model, Commitment):
        return [label(model.dimension), status_badge(model.current().status)]
    if isinstance(model, Figure):
        return [markdown_inline(unit_label(model)), label(model.dimension)]
    if isinstance(model, Topic):
        return [label(model.dimension), "sub-topic" if model.parent else "dimension"]
    if isinstance(model, Quote):
        return [model.date.iso(), model.speaker.split("/", 1)[1]]
    if isinstance(model, Source):
        return [markdown_inline(model.publisher), model.date.iso() if model.date else "undated"]
    return ["", ""]


def collection_index(atlas: Atlas, collection: str, here: str) -> str:
    """A sortable table of every record in `collection`."""
    entries = atlas.collection(collection)
    first, second = COLLECTION[collection].index_columns
    lines = [
        f"{len(entries)} records.",
        "",
        "<div data-search-exclude markdown>",
        "",
        f"| Name | {first} | {second} | Summary |",
        "|---|---|---|---|",
    ]
    for entry in entries:
        cells = [
            record_link(here, collection, entry.id, entry.name),
            *_columns(entry),
            markdown_line(_first_sentence(entry.model.summary)),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join([*lines, "", "</div>"]) + "\n"
