"""Closed vocabularies: every kind, status and dimension the data may use."""

from __future__ import annotations

from typing import Literal, get_args

from macros.data import language

Dimension = Literal["security", "economics", "diplomacy"]

Status = Literal[
    "pledged",
    "in-progress",
    "partially-fulfilled",
    "fulfilled",
    "stalled",
    "reversed",
    "superseded",
    "reaffirmed",
    "no-update",
]

STATUS_LABELS: dict[str, str] = {
    "pledged": "Pledged",
    "in-progress": "In progress",
    "partially-fulfilled": "Partially fulfilled",
    "fulfilled": "Fulfilled",
    "stalled": "Stalled",
    "reversed": "Reversed",
    "superseded": "Superseded",
    "reaffirmed": "Reaffirmed",
    "no-update": "No update found",
}

STATUS_MEANINGS: dict[str, str] = {
    "pledged": "Promised; no step towards it is documented yet.",
    "in-progress": "Concrete, documented steps have been taken; not yet complete.",
    "partially-fulfilled": "Part of what was promised has been delivered.",
    "fulfilled": "Delivered as promised, according to a cited source.",
    "stalled": "Steps planned or begun were postponed or cancelled.",
    "reversed": "A later decision went against the promise.",
    "superseded": "Replaced by a later, different commitment.",
    "reaffirmed": "A standing declaration, restated on this date (declarations only).",
    "no-update": "No later source about it was found; the status is unknown.",
}

SourceKind = Literal["official", "press", "analysis", "reference"]
Reliability = Literal["official", "verbatim-copy", "press", "summary", "weak"]
Language = Literal["en", "ja"]

Country = Literal[
    "japan",
    "united-states",
    "china",
    "north-korea",
    "south-korea",
    "australia",
    "india",
    "philippines",
    "taiwan",
    "canada",
    "mexico",
    "russia",
    "international",
]

OrgKind = Literal[
    "government",
    "government-office",
    "ministry",
    "military",
    "legislature",
    "political-party",
    "company",
    "project",
    "multilateral-format",
    "international-organization",
    "media",
    "think-tank",
    "other",
]

AgreementKind = Literal[
    "treaty",
    "law",
    "strategy",
    "plan",
    "dialogue",
    "framework",
    "trade-agreement",
    "joint-statement",
    "memorandum",
]

DateMeaning = Literal[
    "signed",
    "adopted",
    "approved",
    "announced",
    "established",
    "issued",
    "agreed",
    "ratified",
    "entered-into-force",
    "amended",
    "expired",
    "terminated",
]

EventKind = Literal[
    "summit",
    "visit",
    "meeting",
    "press-conference",
    "election",
    "decision",
    "announcement",
    "appointment",
    "resignation",
    "transaction",
    "tariff-action",
    "court-ruling",
    "military-operation",
    "incident",
    "other",
]

CommitmentKind = Literal["pledge", "declaration"]
"""A pledge is something to deliver; a declaration is a standing position that is restated, not delivered."""

DECLARATION_STATUSES = ("pledged", "reaffirmed", "reversed", "superseded", "no-update")
"""The statuses a declaration may take: declared (pledged), reaffirmed, reversed, superseded, no update."""

QuoteBasis = Literal["transcript", "report", "document"]
"""What a quotation's exact words were checked against: a transcript of the spoken words, a report of them,
or the written document itself (a joint statement, a treaty)."""

CommitmentBasis = Literal["statement-verbatim", "statement-summary", "remarks", "government-summary"]

ChartKind = Literal["bar", "line"]

COUNTRY_LABELS: dict[str, str] = {
    "japan": "Japan",
    "united-states": "United States",
    "china": "China",
    "north-korea": "North Korea",
    "south-korea": "South Korea",
    "australia": "Australia",
    "india": "India",
    "philippines": "Philippines",
    "taiwan": "Taiwan",
    "canada": "Canada",
    "mexico": "Mexico",
    "russia": "Russia",
    "international": "International",
}


def meaning(status: str) -> str:
    """What a status means, in the language being written."""
    return (language.STATUS_MEANINGS_JA if language.current() == "ja" else STATUS_MEANINGS)[status]


def choices(vocabulary: object) -> tuple[str, ...]:
    """The allowed values of a Literal vocabulary."""
    return get_args(vocabulary)


DIMENSIONS = choices(Dimension)
"""The three dimensions, in their display order."""


def label(value: str) -> str:
    """A reader's label for a vocabulary value: `in-progress` → `In progress` (進行中 in Japanese)."""
    if language.current() == "ja":
        return language.VOCAB_JA[value]
    return STATUS_LABELS.get(value) or COUNTRY_LABELS.get(value) or value.replace("-", " ").capitalize()
