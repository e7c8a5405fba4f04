"""A record's page: title, infobox, summary, collection-specific sections, backlinks, citations."""

from __future__ import annotations

from typing import Callable

from ..atlas import Atlas, Entry
from ..dates import PartialDate
from ..fields import split_ref
from ..models import (
    Agreement,
    Commitment,
    Event,
    Figure,
    Organization,
    Person,
    Quote,
    Record,
    Source,
    Topic,
)
from ..vocab import STATUS_LABELS, label
from .citations import Citations
from .text import block, external, html, inline, one_line, page_path, record_link

COLLECTION_TITLES = {
    "sources": "Sources",
    "people": "People",
    "organizations": "Organizations",
    "agreements": "Agreements",
    "events": "Events",
    "commitments": "Commitments",
    "figures": "Figures",
    "topics": "Topics",
    "quotes": "Quotes",
}
SINGULAR = {
    "sources": "Source",
    "people": "Person",
    "organizations": "Organization",
    "agreements": "Agreement",
    "events": "Event",
    "commitments": "Commitment",
    "figures": "Figure",
    "topics": "Topic",
    "quotes": "Quote",
}
FIELD_LABELS = {
    "participants": "participant",
    "organizations": "organization",
    "made_by": "made by",
    "made_at": "made at",
    "speaker": "speaker",
    "joint_with": "speaker",
    "parties": "party",
    "members": "member",
    "parent": "part of",
    "part_of": "part of",
    "topics": "topic",
    "see_also": "see also",
    "sources": "cites",
    "agreements": "agreement",
    "document": "document",
    "event": "event",
    "roles": "role",
    "history": "status evidence",
    "values": "value source",
    "events": "event",
    "discrepancies": "discrepancy",
    "provisions": "provision",
}


class Page:
    """The pieces of one record page, rendered in order."""

    def __init__(self, atlas: Atlas, entry: Entry):
        self.atlas = atlas
        self.entry = entry
        self.here = page_path(entry.collection, entry.id)
        self.cites = Citations(atlas, self.here)
        self.chart = ""

    def link(self, ref: str) -> str:
        """A link to `collection/id` labelled with the record's display name."""
        collection, record_id = split_ref(ref)
        return self.link_to(collection, record_id)

    def link_to(self, collection: str, record_id: str) -> str:
        """A link to a record by collection and id."""
        target = self.atlas.get(collection, record_id)
        return record_link(self.here, collection, record_id, target.name if target else record_id)

    def links(self, collection: str, ids: list[str]) -> str:
        """Comma-separated links."""
        return ", ".join(self.link_to(collection, i) for i in ids)


# --------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------


def _date_range(start: PartialDate | None, end: PartialDate | None) -> str:
    if start and end:
        return f"{start.human()} – {end.human()}"
    if start:
        return f"from {start.human()}"
    if end:
        return f"until {end.human()}"
    return ""


def _infobox(rows: list[tuple[str, str]]) -> str:
    rows = [(k, v) for k, v in rows if v]
    if not rows:
        return ""
    lines = ['<div class="atlas-infobox" markdown>', "", "| | |", "|---|---|"]
    lines += [f"| {key} | {value} |" for key, value in rows]
    return "\n".join([*lines, "", "</div>", ""])


def _ja(text: str | None) -> str:
    return f'<span lang="ja">{inline(text)}</span>' if text else ""


def status_badge(status: str) -> str:
    """A coloured label for a commitment status."""
    return f'<span class="atlas-status atlas-status--{status}">{STATUS_LABELS[status]}</span>'


def _summary(page: Page, model: Record | Source) -> str:
    sources = getattr(model, "sources", [])
    return block(model.summary) + " " + page.cites.cite(sources) + "\n"


def _discrepancies(page: Page, model: Record) -> str:
    if not model.discrepancies:
        return ""
    lines = ['!!! warning "Sources disagree"', ""]
    for item in model.discrepancies:
        lines.append(f"    - {one_line(item.note)} {page.cites.cite(item.sources)}")
    return "\n".join([*lines, ""])


def _backlinks(page: Page) -> str:
    groups: dict[str, dict[str, set[str]]] = {}
    for item in page.atlas.backlinks.get(page.entry.key, ()):
        if item.source == page.entry.key:
            continue
        relation = FIELD_LABELS.get(str(item.loc[0]), str(item.loc[0]))
        groups.setdefault(item.source[0], {}).setdefault(item.source[1], set()).add(relation)
    if not groups:
        return ""
    lines = ["## Referenced by { #referenced-by data-search-exclude }", ""]
    for collection in COLLECTION_TITLES:
        if collection not in groups:
            continue
        lines += [f"**{COLLECTION_TITLES[collection]}**", ""]

        def order(item: tuple[str, set[str]]) -> tuple:
            date = getattr(page.atlas[(collection, item[0])].model, "date", None)
            return (date.sort_key() if date else (0, 0, 0), item[0])

        for record_id, relations in sorted(groups[collection].items(), key=order):
            lines.append(f"- {page.link_to(collection, record_id)} <small>({', '.join(sorted(relations))})</small>")
        lines.append("")
    return "\n".join(lines)


def _topics(page: Page, model: Record) -> str:
    return page.links("topics", model.topics)


def _see_also(page: Page, model: Record) -> str:
    return ", ".join(page.link(ref) for ref in model.see_also)


# --------------------------------------------------------------------------
# Collection sections
# --------------------------------------------------------------------------


def _person(page: Page, model: Person) -> list[str]:
    info = _infobox(
        [
            ("Japanese name", _ja(model.name.ja)),
            ("Also written", ", ".join(inline(a) for a in model.name.aliases)),
            ("Country", label(model.country) if model.country else ""),
            ("Born", model.born.human() if model.born else ""),
            ("Died", model.died.human() if model.died else ""),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    parts = [info, _summary(page, model)]
    if model.roles:
        roles = ["## Roles", ""]
        for role in model.roles:
            text = inline(role.title)
            if role.organization:
                text += ", " + page.link_to("organizations", role.organization)
            if span := _date_range(role.start, role.end):
                text += f" ({span})"
            if role.note:
                text += f" — {inline(role.note)}"
            roles.append(f"- {text} {page.cites.cite(role.sources)}".rstrip())
        parts.append("\n".join(roles))
    return parts


def _organization(page: Page, model: Organization) -> list[str]:
    info = _infobox(
        [
            ("Japanese name", _ja(model.name.ja)),
            ("Short name", inline(model.name.short) if model.name.short else ""),
            ("Also written", ", ".join(inline(a) for a in model.name.aliases)),
            ("Kind", label(model.kind)),
            ("Country", label(model.country) if model.country else ""),
            ("Part of", page.link_to("organizations", model.parent) if model.parent else ""),
            ("Members", page.links("organizations", model.members)),
            ("Founded", model.founded.human() if model.founded else ""),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model)]


def _agreement(page: Page, model: Agreement) -> list[str]:
    when = f"{model.date.human()}" + (f" ({model.date_meaning})" if model.date_meaning else "") if model.date else ""
    info = _infobox(
        [
            ("Japanese title", _ja(model.title_ja)),
            ("Kind", label(model.kind)),
            ("Date", when),
            ("Parties", page.links("organizations", model.parties)),
            ("Events", page.links("events", model.events)),
            ("Dimensions", ", ".join(label(d) for d in model.dimensions)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    parts = [info, _summary(page, model)]
    if model.provisions:
        parts.append("## Provisions\n")
        for provision in model.provisions:
            parts.append(f"### {inline(provision.title)} {{ #{provision.id} }}\n")
            parts.append(block(provision.summary) + " " + page.cites.cite(provision.sources) + "\n")
            if provision.quote:
                parts.append(f"> “{inline(provision.quote)}” {page.cites.cite(provision.sources)}\n")
            if provision.quote_ja:
                parts.append(
                    f'> <span lang="ja">「{inline(provision.quote_ja)}」</span> {page.cites.cite(provision.sources)}\n'
                )
    return parts


def _event(page: Page, model: Event) -> list[str]:
    info = _infobox(
        [
            ("Japanese title", _ja(model.title_ja)),
            ("Kind", label(model.kind)),
            ("Date", _date_range(model.date, model.end) if model.end else model.date.human()),
            ("Location", inline(model.location) if model.location else ""),
            ("Part of", page.link_to("events", model.part_of) if model.part_of else ""),
            ("Participants", page.links("people", model.participants)),
            ("Organizations", page.links("organizations", model.organizations)),
            ("Agreements", page.links("agreements", model.agreements)),
            ("Dimensions", ", ".join(label(d) for d in model.dimensions)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model)]


def _commitment(page: Page, model: Commitment) -> list[str]:
    current = model.current()
    info = _infobox(
        [
            ("Status", f"{status_badge(current.status)} since {current.date.human()}"),
            ("Made by", ", ".join(page.link(ref) for ref in model.made_by)),
            ("Made at", page.link_to("events", model.made_at)),
            ("Document", page.link_to("agreements", model.document) if model.document else ""),
            ("Basis", label(model.basis)),
            ("Dimension", label(model.dimension)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    parts = [info, _summary(page, model)]
    if model.quote:
        parts.append(f"> “{inline(model.quote)}” {page.cites.cite(model.sources[:1])}\n")
    rows = ["## Status history", "", "| Date | Status | Evidence |", "|---|---|---|"]
    for change in model.history:
        evidence = one_line(change.note) + " " + page.cites.cite(change.sources)
        if change.event:
            evidence += " — " + page.link_to("events", change.event)
        rows.append(f"| {change.date.human()} | {status_badge(change.status)} | {evidence} |")
    parts.append("\n".join(rows))
    return parts


def _figure(page: Page, model: Figure) -> list[str]:
    from .figures import figure_sections

    info = _infobox(
        [
            ("Unit", inline(model.unit)),
            ("Dimension", label(model.dimension)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model), *figure_sections(page, model)]


def _topic(page: Page, model: Topic) -> list[str]:
    subtopics = [e.id for e in page.atlas.collection("topics") if e.model.parent == page.entry.id]
    info = _infobox(
        [
            ("Japanese title", _ja(model.title_ja)),
            ("Dimension", label(model.dimension)),
            ("Part of", page.link_to("topics", model.parent) if model.parent else ""),
            ("Sub-topics", page.links("topics", subtopics)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model)]


def _quote(page: Page, model: Quote) -> list[str]:
    lang = ' lang="ja"' if model.language == "ja" else ""
    quote = f"> <span{lang}>“{inline(model.text)}”</span> {page.cites.cite(model.sources)}\n"
    info = _infobox(
        [
            ("Speaker", " and ".join(page.link(ref) for ref in [model.speaker, *model.joint_with])),
            ("Date", model.date.human()),
            ("Event", page.link_to("events", model.event) if model.event else ""),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [quote, info, "## Context\n", _summary(page, model)]


def _source(page: Page, model: Source) -> list[str]:
    when = model.date.human() if model.date else ""
    if model.date_note:
        when = f"{when} ({inline(model.date_note)})" if when else inline(model.date_note)
    info = _infobox(
        [
            ("Publisher", inline(model.publisher)),
            ("Author", inline(model.author) if model.author else ""),
            ("Date", when),
            ("Kind", label(model.kind)),
            ("Reliability", label(model.reliability)),
            ("Language", {"en": "English", "ja": "Japanese"}[model.language]),
            ("Link", external(model.url, model.url) if model.url else "No URL: the original could not be located"),
            ("Copy read", inline(model.via) if model.via else ""),
            ("Source-pack id", inline(model.pack_id) if model.pack_id else ""),
        ]
    )
    parts = [info, block(model.summary) + "\n"]
    if model.note:
        parts.append('!!! note "About this copy"\n\n    ' + one_line(model.note) + "\n")
    return parts


SECTIONS: dict[str, Callable[[Page, object], list[str]]] = {
    "people": _person,
    "organizations": _organization,
    "agreements": _agreement,
    "events": _event,
    "commitments": _commitment,
    "figures": _figure,
    "topics": _topic,
    "quotes": _quote,
    "sources": _source,
}


def render_record(atlas: Atlas, entry: Entry, *, chart: str = "") -> str:
    """The whole Markdown of a record's page (`chart`: the SVG of a figure's chart; JSON-LD goes in the head)."""
    page = Page(atlas, entry)
    page.chart = chart
    model = entry.model
    subtitle = ""
    ja = model.display_name_ja()
    if ja:
        subtitle = f'<p class="atlas-subtitle" lang="ja">{inline(ja)}</p>\n'
    parts = [
        f"# {inline(entry.name)}\n",
        subtitle,
        f'<p class="atlas-kind" data-search-exclude>{SINGULAR[entry.collection]}</p>\n',
    ]
    parts += SECTIONS[entry.collection](page, model)
    if isinstance(model, Record):
        parts.append(_discrepancies(page, model))
    parts.append(_backlinks(page))
    parts.append(page.cites.render())
    return "\n\n".join(p.strip("\n") for p in parts if p.strip()) + "\n"


__all__ = ["render_record", "status_badge", "COLLECTION_TITLES", "SINGULAR", "html"]
