"""Typed models of every collection: unknown fields rejected, vocabularies closed."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from macros.data import language

from macros.data.collections import COLLECTIONS
from macros.data.fields import Date, Markdown, Number, Slug, Text, Url, ref
from macros.data.units import UnitName
from macros.data.vocab import (
    DECLARATION_STATUSES,
    AgreementKind,
    ChartKind,
    CommitmentBasis,
    CommitmentKind,
    Country,
    DateMeaning,
    Dimension,
    EventKind,
    Language,
    OrgKind,
    QuoteBasis,
    Reliability,
    SourceKind,
    Status,
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
    """Base of every model: unknown fields are errors, values are immutable.

    The docstring under each field is its description in the JSON Schemas (shown in editors)
    and in the files written by `python -m macros new`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True, use_attribute_docstrings=True)


# --------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------


class LocalName(Model):
    """A name in English and Japanese, with searchable alternative spellings."""

    en: Text
    """The name in English; Japanese names family name first, e.g. 'Ishiba Shigeru'."""
    ja: Text | None = None
    """The name in Japanese script, e.g. '石破茂'."""
    short: Text | None = None
    """A short form used in running text, e.g. 'LDP'."""
    aliases: list[Text] = []
    """Other spellings a reader may search for, e.g. 'Shigeru Ishiba'."""


class Discrepancy(Model):
    """Where sources disagree: what the primary source says, and the other version."""

    note: Markdown
    """What the primary source says and what the other source says, in your own words."""
    sources: SourceList
    """The sources that disagree: ids of files in data/sources/."""


class Role(Model):
    """A position held, optionally at an organization and within a date range."""

    title: Text
    """The position, e.g. 'Prime Minister of Japan'."""
    organization: OrgId | None = None
    """Where the position is held: the id of a file in data/organizations/."""
    start: Date | None = None
    """When the role began: YYYY, YYYY-MM or YYYY-MM-DD."""
    end: Date | None = None
    """When the role ended: YYYY, YYYY-MM or YYYY-MM-DD; leave out while it lasts."""
    note: Text | None = None
    """A short remark on the role, in your own words."""
    sources: list[SourceId] = []
    """The sources for this role: ids of files in data/sources/."""

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Role":
        if self.start and self.end and self.end < self.start:
            raise _order("date-order", f"role ends ({self.end}) before it starts ({self.start})")
        return self


class Provision(Model):
    """An article or section of an agreement, with an optional exact quote."""

    id: Slug
    """A short slug for the provision, unique within the agreement, e.g. 'article-5'."""
    title: Text
    """The provision's heading, e.g. 'Article V'."""
    summary: Markdown
    """What the provision says, in your own words."""
    quote: Text | None = None
    """An exact, short quotation of the provision's text in English."""
    quote_ja: Text | None = None
    """An exact, short quotation of the provision's text in Japanese."""
    sources: SourceList
    """The sources for the summary and quotes: ids of files in data/sources/."""


class StatusChange(Model):
    """A dated status of a commitment, with the evidence for it."""

    date: Date
    """When this status began, as documented: YYYY, YYYY-MM or YYYY-MM-DD. Entries are in date order."""
    status: Status
    """The status from this date on (CONTRIBUTING.md says what each status means)."""
    note: Markdown
    """The evidence for the status, in your own words."""
    sources: SourceList
    """The sources that document this status: ids of files in data/sources/."""
    event: EventId | None = None
    """The event where the status changed, if any: the id of a file in data/events/."""


class Milestone(Model):
    """A further dated step in an agreement's life: ratified, entered into force, amended, expired."""

    date: Date
    """When it happened: YYYY, YYYY-MM or YYYY-MM-DD."""
    meaning: DateMeaning
    """What the date marks, e.g. ratified or entered-into-force."""
    note: Text | None = None
    """A short remark, in your own words, e.g. who ratified it."""
    sources: SourceList
    """The sources for this date: ids of files in data/sources/."""


class Value(Model):
    """One dated value of a figure, with its own source."""

    date: Date
    """The date the value refers to: YYYY, YYYY-MM or YYYY-MM-DD."""
    value: Number
    """The number, as the source gives it, in the figure's unit."""
    series: Text | None = None
    """Which series the value belongs to, when the figure has several (e.g. 'initial budget')."""
    note: Text | None = None
    """A short remark on the value, e.g. how the source rounds it."""
    source: SourceId
    """The source of this value: the id of a file in data/sources/."""
    quote: Text | None = None
    """The exact words of the source that give the value."""


class Term(Model):
    """A glossary term: shown as a tooltip wherever it appears."""

    term: Text
    """The term as it appears in text, e.g. 'SCC'."""
    expansion: Text
    """What the term stands for, e.g. 'Security Consultative Committee'; shown as a tooltip."""
    ja: Text | None = None
    """The term in Japanese."""
    definition: Markdown
    """What the term means, in your own words."""
    definition_ja: Markdown | None = None
    """What the term means, in Japanese (the Japanese edition)."""
    sources: SourceList
    """The sources for the definition: ids of files in data/sources/."""
    see_also: list[AnyRef] = []
    """Related records, written collection/id, e.g. 'events/summit-2025-02-07'."""


class Glossary(Model):
    """`data/glossary.yaml`: the list of terms."""

    terms: Annotated[list[Term], Field(min_length=1)]
    """The glossary's terms, one list item each."""



# --------------------------------------------------------------------------
# Japanese counterparts (the `ja:` block of a record; see macros/translations.py)
# --------------------------------------------------------------------------


class NoteJa(Model):
    """The Japanese text of an item whose only reader-visible text is its note."""

    note: Markdown | None = None
    """The note in Japanese."""


class RoleJa(Model):
    """The Japanese text of one role, in the same position as the English role."""

    title: Text | None = None
    """The title of the post in Japanese, as a Japanese source gives it, e.g. '内閣総理大臣'."""
    note: Text | None = None
    """The note in Japanese."""


class ProvisionJa(Model):
    """The Japanese text of one provision, in the same position as the English provision."""

    title: Text | None = None
    """The provision's title in Japanese."""
    summary: Markdown | None = None
    """The summary in Japanese."""
    quote: Text | None = None
    """The Atlas's own translation of the English quote, where no official Japanese text (quote_ja) is given."""


class ValueJa(Model):
    """The Japanese text of one value, in the same position as the English value."""

    series: Text | None = None
    """The series label in Japanese."""
    note: Text | None = None
    """The note in Japanese."""
    quote: Text | None = None
    """The Atlas's own translation of the quoted words."""


class NameJa(Model):
    """Japanese forms of a name besides name.ja."""

    short: Text | None = None
    """The short form used in Japanese running text, e.g. '自民党'."""
    aliases: list[Text] = []
    """Other Japanese spellings a reader may search for."""


class RecordJa(Model):
    """The Japanese text of a record: the same fields as the English, in the same places."""

    summary: Markdown | None = None
    """The summary in Japanese, written for a Japanese reader, not word for word."""
    discrepancies: list[NoteJa] = []
    """One item per English discrepancy, in the same order."""


class SourceJa(Model):
    """The Japanese text of a source; its title and publisher stay as published unless given here."""

    title: Text | None = None
    """A Japanese title, only where the source itself is Japanese or has one."""
    publisher: Text | None = None
    """The publisher as Japanese readers know it, e.g. '外務省', 'ロイター'."""
    summary: Markdown | None = None
    """The summary in Japanese."""
    date_note: Text | None = None
    """The date note in Japanese."""
    note: Markdown | None = None
    """The note in Japanese."""


class PersonJa(RecordJa):
    """The Japanese text of a person record."""

    name: NameJa | None = None
    """Japanese short form and aliases (the Japanese name itself is name.ja)."""
    roles: list[RoleJa] = []
    """One item per English role, in the same order."""


class OrganizationJa(RecordJa):
    """The Japanese text of an organization record."""

    name: NameJa | None = None
    """Japanese short form and aliases (the Japanese name itself is name.ja)."""


class AgreementJa(RecordJa):
    """The Japanese text of an agreement (its Japanese title is title_ja)."""

    provisions: list[ProvisionJa] = []
    """One item per English provision, in the same order."""
    milestones: list[NoteJa] = []
    """One item per English milestone, in the same order."""


class EventJa(RecordJa):
    """The Japanese text of an event (its Japanese title is title_ja)."""

    location: Text | None = None
    """The place in Japanese, e.g. 'ワシントン、ホワイトハウス'."""


class CommitmentJa(RecordJa):
    """The Japanese text of a commitment."""

    title: Text | None = None
    """The commitment's title in Japanese."""
    quote: Text | None = None
    """The Atlas's own translation of the quoted words (shown marked as such)."""
    history: list[NoteJa] = []
    """One item per English status change, in the same order."""


class FigureJa(RecordJa):
    """The Japanese text of a figure."""

    title: Text | None = None
    """What the figure measures, in Japanese."""
    unit: Text | None = None
    """The unit in Japanese, e.g. '兆円', '対GDP比（%）'."""
    values: list[ValueJa] = []
    """One item per English value, in the same order."""


class TopicJa(RecordJa):
    """The Japanese text of a topic (its Japanese title is title_ja)."""


class QuoteJa(RecordJa):
    """The Japanese text of a quotation."""

    text: Text | None = None
    """For a quotation not in Japanese: the speaker's own Japanese words when `checked_in` gives them, otherwise
    the Atlas's own translation (shown marked as such)."""
    checked_in: SourceId | None = None
    """The Japanese source (e.g. the Kantei's Japanese transcript) whose text `ja.text` was checked against, letter
    by letter, when the speaker spoke Japanese; leave out when `ja.text` is the Atlas's translation."""


class FixedTerm(Model):
    """A recurring term and the Japanese forms its translations must use."""

    en: Annotated[list[Text], Field(min_length=1)]
    """The English forms, e.g. 'Status of Forces Agreement', 'SOFA'; matched as whole words, case-sensitively
    when a form has a capital letter."""
    ja: Annotated[list[Text], Field(min_length=1)]
    """The Japanese forms, preferred first, e.g. '日米地位協定', '地位協定'."""


class TranslationTerms(Model):
    """The fixed translations of data/translation-terms.yaml."""

    complete: bool = False
    """True once the Japanese edition is complete: from then on `python -m macros check` reports every text
    without its Japanese counterpart as an error (before, only `check --lang ja` lists them)."""
    terms: Annotated[list[FixedTerm], Field(min_length=1)]
    """One item per term."""


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


class Record(Model):
    """Fields every record has: summary, sources, topics, cross-references."""

    collection: ClassVar[str] = ""
    summary: Markdown
    """Two or three sentences in your own words; every fact in it must be in a cited source."""
    sources: SourceList
    """The sources for the record: ids of files in data/sources/."""
    topics: list[TopicId] = []
    """The topics the record belongs to: ids of files in data/topics/."""
    see_also: list[AnyRef] = []
    """Related records, written collection/id, e.g. 'agreements/treaty-of-mutual-cooperation-and-security-1960'."""
    discrepancies: list[Discrepancy] = []
    """Where the sources disagree about this record: a note and the sources that disagree."""

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
    """The document's title, as published."""
    publisher: Text
    """Who published it, e.g. 'Prime Minister's Office of Japan (Kantei)'."""
    author: Text | None = None
    """The author, when named."""
    date: Date | None = None
    """The date on the document: YYYY, YYYY-MM or YYYY-MM-DD."""
    date_note: Text | None = None
    """Why the date is uncertain or differs from the event it reports."""
    url: Url | None = None
    """Where the copy read can be found: an http(s) URL."""
    via: Text | None = None
    """The host of the copy read, when it is not the publisher's own site."""
    note: Markdown | None = None
    """What to know about this copy, e.g. that only part of it could be read."""
    kind: SourceKind
    """What kind of document it is."""
    reliability: Reliability
    """How far the copy read can be trusted (CONTRIBUTING.md explains each level)."""
    language: Language = "en"
    """The language of the copy read."""
    pack_id: Text | None = None
    """The source's id in the research source pack, e.g. 'JS1'."""
    summary: Markdown
    """What the document is, in one or two sentences."""
    ja: SourceJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""

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
    """The name: en (required), ja, short and aliases."""

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
    """The person's country."""
    born: Date | None = None
    """Date of birth: YYYY, YYYY-MM or YYYY-MM-DD."""
    died: Date | None = None
    """Date of death: YYYY, YYYY-MM or YYYY-MM-DD."""
    roles: list[Role] = []
    """Positions held, each with its sources."""
    ja: PersonJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""

    @model_validator(mode="after")
    def _life_in_order(self) -> "Person":
        if self.born and self.died and self.died < self.born:
            raise _order("date-order", f"died ({self.died}) before born ({self.born})")
        return self


class Organization(_Named):
    """A government, office, party, company, project or multilateral format."""

    collection: ClassVar[str] = "organizations"
    kind: OrgKind
    """What kind of organization it is."""
    country: Country | None = None
    """The organization's country; 'international' for multilateral bodies."""
    parent: OrgId | None = None
    """The organization it belongs to: the id of a file in data/organizations/."""
    members: list[OrgId] = []
    """Its member organizations: ids of files in data/organizations/."""
    founded: Date | None = None
    """When it was founded: YYYY, YYYY-MM or YYYY-MM-DD."""
    ja: OrganizationJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""


class Agreement(Record):
    """A treaty, law, strategy, dialogue, framework or joint statement."""

    collection: ClassVar[str] = "agreements"
    title: Text
    """The agreement's title in English."""
    title_ja: Text | None = None
    """The agreement's title in Japanese."""
    kind: AgreementKind
    """What kind of agreement it is."""
    date: Date | None = None
    """The agreement's date: YYYY, YYYY-MM or YYYY-MM-DD; say what it means in date_meaning."""
    date_meaning: DateMeaning | None = None
    """What the date marks, e.g. signed or announced."""
    parties: list[OrgId] = []
    """The parties to it: ids of files in data/organizations/."""
    events: list[EventId] = []
    """Events where it was made or discussed: ids of files in data/events/."""
    dimensions: Annotated[list[Dimension], Field(min_length=1)]
    """The dimensions it concerns (one or more)."""
    provisions: list[Provision] = []
    """Articles or sections worth citing, each with its own sources."""
    milestones: list[Milestone] = []
    """Later dated steps (ratified, entered into force, amended, expired), oldest first, each with its sources."""
    ja: AgreementJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""

    @model_validator(mode="after")
    def _milestones_in_order(self) -> "Agreement":
        for before, after in zip(self.milestones, self.milestones[1:]):
            if after.date < before.date:
                raise _order("date-order", f"milestones are out of order: {after.date} comes after {before.date}")
        return self


class Event(Record):
    """Something that happened on a date: a summit, an election, a decision."""

    collection: ClassVar[str] = "events"
    title: Text
    """The event's title in English, e.g. 'Ishiba–Trump summit in Washington'."""
    title_ja: Text | None = None
    """The event's title in Japanese."""
    kind: EventKind
    """What kind of event it is."""
    date: Date
    """When it happened (the first day if it lasted longer): YYYY, YYYY-MM or YYYY-MM-DD."""
    end: Date | None = None
    """The last day, for events over several days: YYYY, YYYY-MM or YYYY-MM-DD."""
    location: Text | None = None
    """Where it happened, e.g. 'The White House, Washington, D.C.'."""
    participants: list[PersonId] = []
    """People who took part: ids of files in data/people/."""
    organizations: list[OrgId] = []
    """Organizations that took part: ids of files in data/organizations/."""
    agreements: list[AgreementId] = []
    """Agreements made or discussed: ids of files in data/agreements/."""
    part_of: EventId | None = None
    """A larger event this one belongs to: the id of a file in data/events/."""
    dimensions: Annotated[list[Dimension], Field(min_length=1)]
    """The dimensions it concerns (one or more)."""
    ja: EventJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""

    @model_validator(mode="after")
    def _dates_in_order(self) -> "Event":
        if self.end and self.end < self.date:
            raise _order("date-order", f"event ends ({self.end}) before it starts ({self.date})")
        return self


class Commitment(Record):
    """A promise made by a leader or government, with its dated status history."""

    collection: ClassVar[str] = "commitments"
    title: Text
    """The promise as a short headline, in your own words."""
    made_by: Annotated[list[AnyRef], Field(min_length=1)]
    """Who made it: people/<id> or organizations/<id>."""
    made_at: EventId
    """The event where it was made: the id of a file in data/events/."""
    document: AgreementId | None = None
    """The document that records it: the id of a file in data/agreements/."""
    basis: CommitmentBasis
    """What the wording rests on: a statement read verbatim or in summary, remarks, or a government summary."""
    kind: CommitmentKind = "pledge"
    """'pledge' (something to deliver) or 'declaration' (a standing position, restated rather than delivered)."""
    deadline: Date | None = None
    """The date the text sets for delivery, if any: YYYY, YYYY-MM or YYYY-MM-DD (e.g. a fiscal year's end)."""
    last_checked: Date | None = None
    """When the sources were last searched for news of it: YYYY-MM-DD; not the date of the status."""
    dimension: Dimension
    """The dimension it concerns."""
    quote: Text | None = None
    """The exact, short words of the promise, as in the cited source."""
    history: Annotated[list[StatusChange], Field(min_length=1)]
    """The dated statuses, oldest first, each with its evidence and sources."""
    ja: CommitmentJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""

    @model_validator(mode="after")
    def _history_in_order(self) -> "Commitment":
        for before, after in zip(self.history, self.history[1:]):
            if after.date < before.date:
                raise _order("history-order", f"status history is out of order: {after.date} comes after {before.date}")
        return self

    @model_validator(mode="after")
    def _statuses_fit_kind(self) -> "Commitment":
        for change in self.history:
            if self.kind == "declaration" and change.status not in DECLARATION_STATUSES:
                raise _order(
                    "status-kind",
                    f"a declaration cannot be '{change.status}': it is declared (pledged), reaffirmed, reversed,"
                    " superseded or no-update; make it kind: pledge if it is something to deliver",
                )
            if self.kind == "pledge" and change.status == "reaffirmed":
                raise _order(
                    "status-kind",
                    "'reaffirmed' is for standing declarations: set kind: declaration, or pick a pledge status",
                )
        if self.last_checked and self.last_checked < self.history[-1].date:
            raise _order(
                "history-order",
                f"last_checked ({self.last_checked}) is before the latest status ({self.history[-1].date})",
            )
        return self

    def current(self) -> StatusChange:
        """The latest status."""
        return self.history[-1]


class Figure(Record):
    """A quantitative indicator with dated values, each with its source."""

    collection: ClassVar[str] = "figures"
    title: Text
    """What the figure measures, e.g. 'Japan's defence budget'."""
    unit: UnitName
    """The unit of every value, one of the units vocabulary (macros/data/units.py), e.g. 'trillion yen'."""
    dimension: Dimension
    """The dimension it concerns."""
    chart: ChartKind = "bar"
    """How to chart the values."""
    values: Annotated[list[Value], Field(min_length=1)]
    """The dated values, each with its own source."""
    ja: FigureJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""


class Topic(Record):
    """One of the three dimensions, or a sub-topic of one."""

    collection: ClassVar[str] = "topics"
    title: Text
    """The topic's title in English."""
    title_ja: Text | None = None
    """The topic's title in Japanese."""
    dimension: Dimension
    """The dimension it belongs to."""
    parent: TopicId | None = None
    """The top-level topic it belongs to: the id of a file in data/topics/; leave out for a dimension."""
    ja: TopicJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""


class Quote(Record):
    """A short, exact, attributed quotation."""

    collection: ClassVar[str] = "quotes"
    text: Annotated[Text, Field(max_length=400)]
    """The exact words, as in the cited source; at most 400 characters."""
    language: Language = "en"
    """The language of the quotation."""
    speaker: AnyRef
    """Who said it: people/<id> or organizations/<id>."""
    joint_with: list[AnyRef] = []
    """Others the words are jointly attributed to (e.g. the other signatory of a joint statement)."""
    date: Date
    """When it was said: YYYY, YYYY-MM or YYYY-MM-DD."""
    event: EventId | None = None
    """Where it was said: the id of a file in data/events/."""
    checked_in: SourceId | None = None
    """The source whose text the words were checked against, letter by letter: the id of a file in data/sources/."""
    checked_against: QuoteBasis | None = None
    """What checked_in is: a 'transcript' of the spoken words, a 'report' of them, or the 'document' itself."""
    ja: QuoteJa | None = None
    """The Japanese text of the record's fields (the Japanese edition); see CONTRIBUTING.md."""

    def display_name(self) -> str:
        """The quotation itself, shortened (in the Japanese edition, its Japanese text)."""
        text = self.ja.text if language.current() == "ja" and self.ja is not None and self.ja.text else self.text
        return text if len(text) <= 70 else text[:67].rstrip() + "…"


MODELS: dict[str, type[Model]] = {
    model.collection: model
    for model in (Source, Person, Organization, Agreement, Event, Commitment, Figure, Topic, Quote)
}
if tuple(MODELS) != COLLECTIONS:
    raise RuntimeError(f"models {tuple(MODELS)} do not match the collections {COLLECTIONS} (data/collections.py)")
