"""Typed models of every collection: unknown fields rejected, vocabularies closed."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .fields import Date, Markdown, Number, Slug, Text, Url, ref
from .vocab import (
    AgreementKind, ChartKind, CommitmentBasis, Country, DateMeaning, Dimension, EventKind,
    Language, OrgKind, Reliability, SourceKind, Status,
)

SourceId = ref("sources")
PersonId = ref("people")
OrgId = ref("organizations")
AgreementId = ref("agreements")
EventId = ref("events")
TopicId = ref("topics")
AnyRef = ref(None)
SourceList = Annotated[list[SourceId], Field(min_length=1)]


def _order(rule: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(rule, "{msg}", {"msg": message})


class Model(BaseModel):
    """Base of every model: unknown fields are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------


class LocalName(Model):
    """A name in English and Japanese, with searchable alternative spellings."""

    en: Text
    ja: Text | None = None
    short: Text | None = None
    aliases: list[Text] = []


class Discrepancy(Model):
    """Where sources disagree: what the primary source says, and the other version."""

    note: Markdown
    sources: SourceList


class Role(Model):
    """A position held, optionally at an organization and within a date range."""

    title: Text
    organization: OrgId | None = None
    start: Date | None = None
    end: Date | None = None
    note: Text | None = None
    sources: list[SourceId] = []

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Role":
        if self.start and self.end and self.end < self.start:
            raise _order("date-order", f"role ends ({self.end}) before it starts ({self.start})")
        return self


class Provision(Model):
    """An article or section of an agreement, with an optional exact quote."""

    id: Slug
    title: Text
    summary: Markdown
    quote: Text | None = None
    quote_ja: Text | None = None
    sources: SourceList


class StatusChange(Model):
    """A dated status of a commitment, with the evidence for it."""

    date: Date
    status: Status
    note: Markdown
    sources: SourceList
    event: EventId | None = None


class Value(Model):
    """One dated value of a figure, with its own source."""

    date: Date
    value: Number
    series: Text | None = None
    note: Text | None = None
    source: SourceId
    quote: Text | None = None


class Term(Model):
    """A glossary term: shown as a tooltip wherever it appears."""

    term: Text
    expansion: Text
    ja: Text | None = None
    definition: Markdown
    sources: SourceList
    see_also: list[AnyRef] = []


class Glossary(Model):
    """`data/glossary.yaml`: the list of terms."""

    terms: Annotated[list[Term], Field(min_length=1)]


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


class Record(Model):
    """Fields every record has: summary, sources, topics, cross-references."""

    collection: ClassVar[str] = ""
    summary: Markdown
    sources: SourceList
    topics: list[TopicId] = []
    see_also: list[AnyRef] = []
    discrepancies: list[Discrepancy] = []

    def display_name(self) -> str:
        """The name shown in titles and links."""
        return getattr(self, "title")

    def display_name_ja(self) -> str | None:
        """The Japanese name, where there is one."""
        return getattr(self, "title_ja", None)

    def search_aliases(self) -> list[str]:
        """Alternative names a reader may search for."""
        return []


class Source(Model):
    """A document the Atlas cites."""

    collection: ClassVar[str] = "sources"
    title: Text
    publisher: Text
    author: Text | None = None
    date: Date | None = None
    date_note: Text | None = None
    url: Url | None = None
    via: Text | None = None
    note: Markdown | None = None
    kind: SourceKind
    reliability: Reliability
    language: Language = "en"
    pack_id: Text | None = None
    summary: Markdown

    def display_name(self) -> str:
        """The source's title."""
        return self.title

    def display_name_ja(self) -> str | None:
        """Sources carry one title only."""
        return None

    def search_aliases(self) -> list[str]:
        """Sources are found by title and publisher."""
        return [self.publisher]


class _Named(Record):
    name: LocalName

    def display_name(self) -> str:
        """The English name."""
        return self.name.en

    def display_name_ja(self) -> str | None:
        """The Japanese name."""
        return self.name.ja

    def search_aliases(self) -> list[str]:
        """Aliases and the short form."""
        return [*self.name.aliases, *([self.name.short] if self.name.short else [])]


class Person(_Named):
    """A person named in the sources."""

    collection: ClassVar[str] = "people"
    country: Country | None = None
    born: Date | None = None
    died: Date | None = None
    roles: list[Role] = []

    @model_validator(mode="after")
    def _life_in_order(self) -> "Person":
        if self.born and self.died and self.died < self.born:
            raise _order("date-order", f"died ({self.died}) before born ({self.born})")
        return self


class Organization(_Named):
    """A government, office, party, company, project or multilateral format."""

    collection: ClassVar[str] = "organizations"
    kind: OrgKind
    country: Country | None = None
    parent: OrgId | None = None
    members: list[OrgId] = []
    founded: Date | None = None


class Agreement(Record):
    """A treaty, law, strategy, dialogue, framework or joint statement."""

    collection: ClassVar[str] = "agreements"
    title: Text
    title_ja: Text | None = None
    kind: AgreementKind
    date: Date | None = None
    date_meaning: DateMeaning | None = None
    parties: list[OrgId] = []
    events: list[EventId] = []
    dimensions: Annotated[list[Dimension], Field(min_length=1)]
    provisions: list[Provision] = []


class Event(Record):
    """Something that happened on a date: a summit, an election, a decision."""

    collection: ClassVar[str] = "events"
    title: Text
    title_ja: Text | None = None
    kind: EventKind
    date: Date
    end: Date | None = None
    location: Text | None = None
    participants: list[PersonId] = []
    organizations: list[OrgId] = []
    agreements: list[AgreementId] = []
    part_of: EventId | None = None
    dimensions: Annotated[list[Dimension], Field(min_length=1)]

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Event":
        if self.end and self.end < self.date:
            raise _order("date-order", f"event ends ({self.end}) before it starts ({self.date})")
        return self


class Commitment(Record):
    """A promise made by a leader or government, with its dated status history."""

    collection: ClassVar[str] = "commitments"
    title: Text
    made_by: Annotated[list[AnyRef], Field(min_length=1)]
    made_at: EventId
    document: AgreementId | None = None
    basis: CommitmentBasis
    dimension: Dimension
    quote: Text | None = None
    history: Annotated[list[StatusChange], Field(min_length=1)]

    @model_validator(mode="after")
    def _history_in_order(self) -> "Commitment":
        for before, after in zip(self.history, self.history[1:]):
            if after.date < before.date:
                raise _order("history-order",
                             f"status history is out of order: {after.date} comes after {before.date}")
        return self

    def current(self) -> StatusChange:
        """The latest status."""
        return self.history[-1]


class Figure(Record):
    """A quantitative indicator with dated values, each with its source."""

    collection: ClassVar[str] = "figures"
    title: Text
    unit: Text
    dimension: Dimension
    chart: ChartKind = "bar"
    values: Annotated[list[Value], Field(min_length=1)]


class Topic(Record):
    """One of the three dimensions, or a sub-topic of one."""

    collection: ClassVar[str] = "topics"
    title: Text
    title_ja: Text | None = None
    dimension: Dimension
    parent: TopicId | None = None


class Quote(Record):
    """A short, exact, attributed quotation."""

    collection: ClassVar[str] = "quotes"
    text: Annotated[Text, Field(max_length=400)]
    language: Language = "en"
    speaker: AnyRef
    date: Date
    event: EventId | None = None

    def display_name(self) -> str:
        """The quotation itself, shortened."""
        return self.text if len(self.text) <= 70 else self.text[:67].rstrip() + "…"


MODELS: dict[str, type[Model]] = {
    model.collection: model
    for model in (Source, Person, Organization, Agreement, Event, Commitment, Figure, Topic, Quote)
}
