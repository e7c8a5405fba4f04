"""The collections of the Atlas, declared once: name, titles, index columns, JSON-LD type.

Everything that needs a per-collection fact reads it from here; each model class names its collection
(`Model.collection`), and `models.MODELS` checks that every collection below has exactly one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Collection:
    """One kind of record: the folder `data/<name>/` and its pages under `/<name>/`."""

    name: str
    title: str  # plural, as a heading: "People"
    singular: str  # "Person"
    index_columns: tuple[str, str]  # the two columns of the index table after the name
    jsonld_type: str  # schema.org type of a record page


REGISTRY: tuple[Collection, ...] = (
    Collection("sources", "Sources", "Source", ("Publisher", "Date"), "CreativeWork"),
    Collection("people", "People", "Person", ("Japanese name", "Country"), "Person"),
    Collection("organizations", "Organizations", "Organization", ("Japanese name", "Kind"), "Organization"),
    Collection("agreements", "Agreements", "Agreement", ("Date", "Kind"), "Legislation"),
    Collection("events", "Events", "Event", ("Date", "Kind"), "Event"),
    Collection("commitments", "Commitments", "Commitment", ("Dimension", "Status"), "CreativeWork"),
    Collection("figures", "Figures", "Figure", ("Unit", "Dimension"), "Dataset"),
    Collection("topics", "Topics", "Topic", ("Dimension", "Level"), "DefinedTerm"),
    Collection("quotes", "Quotes", "Quote", ("Date", "Speaker"), "Quotation"),
)
COLLECTION: dict[str, Collection] = {c.name: c for c in REGISTRY}
COLLECTIONS: tuple[str, ...] = tuple(COLLECTION)  # the names, in the order pages list them
