"""Names a page may ask for (collections, dimensions, statuses, topics, record ids), checked against the data.

Each `require_*` returns the name when it exists and raises `UnknownName` (with a did-you-mean hint) when not,
so a typo in a macro call stops the build instead of printing an empty list.
"""

from __future__ import annotations

from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTIONS
from macros.data.errors import did_you_mean
from macros.data.vocab import DIMENSIONS, Status, choices


class UnknownName(ValueError):
    """A name that the vocabulary or the data does not have."""


def _unknown(kind: str, name: object, known: list[str] | tuple[str, ...], *, listed: bool = True) -> UnknownName:
    hint = did_you_mean(str(name), known) or (f"{kind}s: {', '.join(known)}" if listed else "")
    return UnknownName(f"no {kind} {name!r}" + (f" ({hint})" if hint else ""))


def require_collection(name: str) -> str:
    """`name` if it is a collection."""
    if name not in COLLECTIONS:
        raise _unknown("collection", name, COLLECTIONS)
    return name


def require_dimension(name: str) -> str:
    """`name` if it is a dimension (security, economics, diplomacy)."""
    if name not in DIMENSIONS:
        raise _unknown("dimension", name, DIMENSIONS)
    return name


def require_status(name: str) -> str:
    """`name` if it is a commitment status."""
    statuses = list(choices(Status))
    if name not in statuses:
        raise _unknown("status", name, statuses)
    return name


def require_record(atlas: Atlas, collection: str, record_id: str) -> Entry:
    """The record `collection/record_id`."""
    require_collection(collection)
    entry = atlas.get(collection, record_id)
    if entry is None:
        raise _unknown(f"record in {collection}", record_id, [e.id for e in atlas.collection(collection)], listed=False)
    return entry


def require_topic(atlas: Atlas, topic_id: str) -> str:
    """`topic_id` if a topic record has that id."""
    require_record(atlas, "topics", topic_id)
    return topic_id
