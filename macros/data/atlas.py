"""The linked dataset: every record by collection and id, with reverse indexes built once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from macros.data.loader import Document, Loc
from macros.data.models import FixedTerm, Glossary, Model
from macros.data.refs import iter_refs

Key = tuple[str, str]


@dataclass(frozen=True)
class Entry:
    """One record: its collection, id, validated model and source document."""

    collection: str
    id: str
    model: Model
    doc: Document

    @property
    def key(self) -> Key:
        """(collection, id)."""
        return (self.collection, self.id)

    @property
    def path(self) -> str:
        """The data file, relative to the project root."""
        return self.doc.path

    @property
    def name(self) -> str:
        """The display name."""
        return self.model.display_name()


@dataclass(frozen=True)
class Link:
    """A reference from one record's field to another record."""

    source: Key
    loc: Loc
    target: Key


@dataclass
class Atlas:
    """All records, plus forward and reverse links between them."""

    entries: dict[str, dict[str, Entry]]
    glossary: Glossary | None = None
    glossary_doc: Document | None = None
    links: list[Link] = field(default_factory=list)
    backlinks: dict[Key, list[Link]] = field(default_factory=dict)
    invalid: set[Key] = field(default_factory=set)
    cited_by_invalid: set[Key] = field(default_factory=set)
    ja_terms: list[FixedTerm] = field(default_factory=list)
    ja_complete: bool = False  # the Japanese edition is complete: a missing Japanese text is an error

    def get(self, collection: str, record_id: str) -> Entry | None:
        """The entry, or None."""
        return self.entries.get(collection, {}).get(record_id)

    def __getitem__(self, key: Key) -> Entry:
        return self.entries[key[0]][key[1]]

    def collection(self, name: str) -> list[Entry]:
        """All entries of a collection, sorted by id."""
        return list(self.entries.get(name, {}).values())

    def all(self) -> Iterator[Entry]:
        """Every entry, collection by collection."""
        for records in self.entries.values():
            yield from records.values()

    def count(self) -> int:
        """How many records there are."""
        return sum(len(records) for records in self.entries.values())

    def referrers(self, key: Key) -> list[Entry]:
        """The records that refer to `key`, each once, in collection and id order."""
        seen = dict.fromkeys(link.source for link in self.backlinks.get(key, ()))
        return [self[k] for k in seen if k != key]


def link(
    entries: dict[str, dict[str, Entry]], glossary: Glossary | None = None, glossary_doc: Document | None = None
) -> Atlas:
    """Build the Atlas and its forward/reverse link indexes (targets may be missing)."""
    ordered = {c: dict(sorted(records.items())) for c, records in entries.items()}
    links = [
        Link(entry.key, loc, (collection, target))
        for records in ordered.values()
        for entry in records.values()
        for loc, collection, target in iter_refs(entry.model)
    ]
    backlinks: dict[Key, list[Link]] = defaultdict(list)
    for item in links:
        backlinks[item.target].append(item)
    return Atlas(ordered, glossary, glossary_doc, links, dict(backlinks))
