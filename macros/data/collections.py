"""The collections of the Atlas, declared once: name, titles, index columns, JSON-LD type.

Everything that needs a per-collection fact reads it from here; each model class names its collection
(`Model.collection`), and `models.MODELS` checks that every collection below has exactly one.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.data import language


@dataclass(frozen=True)
class Collection:
    """One kind of record: the folder `data/<name>/` and its pages under `/<name>/`."""

    name: str
    title: str  # plural, as a heading: "People"
    singular: str  # "Person"
    index_columns: tuple[str, str]  # the two columns of the index table after the name
    jsonld_type: str  # schema.org type of a record page
    title_ja: str  # the plural title in the Japanese edition: "人物"
    singular_ja: str  # "人物"

    def plural(self) -> str:
        """The plural title in the language being written."""
        return self.title_ja if language.current() == "ja" else self.title

    def one(self) -> str:
        """The singular name (a record's kind) in the language being written."""
        return self.singular_ja if language.current() == "ja" else self.singular


REGISTRY: tuple[Collection, ...] = (
    Collection("sources", "Sources", "Source", ("Publisher", "Date"), "CreativeWork", "出典", "出典"),
    Collection("people", "People", "Person", ("Japanese name", "Country"), "Person", "人物", "人物"),
    Collection("organizations", "Organizations", "Organization", ("Japanese name", "Kind"), "Organization", "組織", "組織"),
    Collection("agreements", "Agreements", "Agreement", ("Date", "Kind"), "Legislation", "条約・合意文書", "条約・合意文書"),
    Collection("events", "Events", "Event", ("Date", "Kind"), "Event", "出来事", "出来事"),
    Collection("commitments", "Commitments", "Commitment", ("Dimension", "Status"), "CreativeWork", "約束", "約束"),
    Collection("figures", "Figures", "Figure", ("Unit", "Dimension"), "Dataset", "数値データ", "数値データ"),
    Collection("topics", "Topics", "Topic", ("Dimension", "Level"), "DefinedTerm", "テーマ", "テーマ"),
    Collection("quotes", "Quotes", "Quote", ("Date", "Speaker"), "Quotation", "発言", "発言"),
)
COLLECTION: dict[str, Collection] = {c.name: c for c in REGISTRY}
COLLECTIONS: tuple[str, ...] = tuple(COLLECTION)  # the names, in the order pages list them
