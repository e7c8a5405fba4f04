"""A record's page as HTML: title, infobox, summary, collection-specific sections, backlinks, citations.

Record pages are rendered straight to HTML, without Markdown: there can be thousands of them, and
converting their Markdown was half of the build. Every piece of data text goes through
`text_line` (plain fields) or `prose` (Markdown fields, HTML escaped first), so nothing in the
data can add markup; links between pages are relative URLs computed as MkDocs computes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTION, COLLECTIONS
from macros.data.dates import PartialDate
from macros.data.fields import split_ref
from macros.data.models import (
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
from macros.data.refs import iter_refs
from macros.data.vocab import STATUS_LABELS, label
from macros.render.citations import Citations
from macros.render.figures import format_value
from macros.render.html import Heading, Headings, HtmlLinks
from macros.render.escape import html_line
from macros.render.prose import abbreviate, block_html, inline_html
from macros.render.escape import html_attribute
from macros.render.urls import page_path

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

    def __init__(self, atlas: Atlas, entry: Entry, directory_urls: bool):
        self.atlas = atlas
        self.entry = entry
        self.links = HtmlLinks(page_path(entry.collection, entry.id), directory_urls)
        self.cites = Citations(atlas, self.links)
        self.headings = Headings(reserved=_fixed_ids(entry))
        self.chart = ""

    def link(self, ref: str) -> str:
        """A link to `collection/id` labelled with the record's display name."""
        collection, record_id = split_ref(ref)
        return self.link_to(collection, record_id)

    def link_to(self, collection: str, record_id: str) -> str:
        """A link to a record by collection and id."""
        target = self.atlas.get(collection, record_id)
        return self.links.record(collection, record_id, target.name if target else record_id)

    def links_to(self, collection: str, ids: list[str]) -> str:
        """Comma-separated links."""
        return ", ".join(self.link_to(collection, i) for i in ids)

    def heading(self, level: int, text: str, anchor: str = "", *, searchable: bool = True) -> str:
        """A heading with its permalink, listed in the table of contents."""
        return self.headings.add(level, text, anchor, searchable=searchable)


def _fixed_ids(entry: Entry) -> set[str]:
    """The ids a record page gives its elements itself, which headings named from text must not take
    (Python-Markdown's toc extension likewise collects every existing id before it names headings)."""
    cited = {target for _, collection, target in iter_refs(entry.model) if collection == "sources"}
    provisions = getattr(entry.model, "provisions", ())
    return {"referenced-by", "sources", *(p.id for p in provisions), *(f"source-{n}" for n in range(1, len(cited) + 1))}


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


def _table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> str:
    """An HTML table, laid out as Python-Markdown writes one (cells are HTML already)."""

    def cell(tag: str, value: str, i: int) -> str:
        style = f' style="text-align: {align[i]};"' if align and align[i] else ""
        return f"<{tag}{style}>{value}</{tag}>"

    lines = ["<table>", "<thead>", "<tr>", *(cell("th", h, i) for i, h in enumerate(header)), "</tr>", "</thead>"]
    lines.append("<tbody>")
    for row in rows:
        lines += ["<tr>", *(cell("td", v, i) for i, v in enumerate(row)), "</tr>"]
    return "\n".join([*lines, "</tbody>", "</table>"])


def _infobox(rows: list[tuple[str, str]]) -> str:
    rows = [(k, v) for k, v in rows if v]
    if not rows:
        return ""
    return '<div class="atlas-infobox">\n' + _table(["", ""], [[k, v] for k, v in rows]) + "\n</div>"


def _ja(text: str | None) -> str:
    return f'<span lang="ja">{html_line(text)}</span>' if text else ""


def status_badge(status: str) -> str:
    """A coloured label for a commitment status."""
    return f'<span class="atlas-status atlas-status--{status}">{STATUS_LABELS[status]}</span>'


def _summary(page: Page, model: Record | Source) -> str:
    return block_html(model.summary, page.cites.cite(getattr(model, "sources", [])))


def _blockquote(*paragraphs: str) -> str:
    return "\n".join(["<blockquote>", *(f"<p>{p}</p>" for p in paragraphs), "</blockquote>"])


def _admonition(kind: str, title: str, body: str) -> str:
    return f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n{body}\n</div>'


def _list(items: list[str]) -> str:
    return "\n".join(["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>"])


def _discrepancies(page: Page, model: Record) -> str:
    if not model.discrepancies:
        return ""
    items = [inline_html(item.note, page.cites.cite(item.sources)) for item in model.discrepancies]
    return _admonition("warning", "Sources disagree", _list(items))


def _backlinks(page: Page) -> str:
    groups: dict[str, dict[str, set[str]]] = {}
    for item in page.atlas.backlinks.get(page.entry.key, ()):
        if item.source == page.entry.key:
            continue
        relation = FIELD_LABELS.get(str(item.loc[0]), str(item.loc[0]))
        groups.setdefault(item.source[0], {}).setdefault(item.source[1], set()).add(relation)
    if not groups:
        return ""
    parts = [page.heading(2, "Referenced by", "referenced-by", searchable=False)]
    for collection in COLLECTIONS:
        if collection not in groups:
            continue

        def order(item: tuple[str, set[str]]) -> tuple:
            date = getattr(page.atlas[(collection, item[0])].model, "date", None)
            return (date.sort_key() if date else (0, 0, 0), item[0])

        items = [
            f"{page.link_to(collection, record_id)} <small>({', '.join(sorted(relations))})</small>"
            for record_id, relations in sorted(groups[collection].items(), key=order)
        ]
        parts += [f"<p><strong>{COLLECTION[collection].title}</strong></p>", _list(items)]
    return "\n".join(parts)


def _topics(page: Page, model: Record) -> str:
    return page.links_to("topics", model.topics)


def _see_also(page: Page, model: Record) -> str:
    return ", ".join(page.link(ref) for ref in model.see_also)


# --------------------------------------------------------------------------
# Collection sections
# --------------------------------------------------------------------------


def _person(page: Page, model: Person) -> list[str]:
    info = _infobox(
        [
            ("Japanese name", _ja(model.name.ja)),
            ("Also written", ", ".join(html_line(a) for a in model.name.aliases)),
            ("Country", label(model.country) if model.country else ""),
            ("Born", model.born.human() if model.born else ""),
            ("Died", model.died.human() if model.died else ""),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    parts = [info, _summary(page, model)]
    if model.roles:
        roles = []
        for role in model.roles:
            text = html_line(role.title)
            if role.organization:
                text += ", " + page.link_to("organizations", role.organization)
            if span := _date_range(role.start, role.end):
                text += f" ({span})"
            if role.note:
                text += f" — {html_line(role.note)}"
            roles.append(f"{text} {page.cites.cite(role.sources)}".rstrip())
        parts += [page.heading(2, "Roles"), _list(roles)]
    return parts


def _organization(page: Page, model: Organization) -> list[str]:
    info = _infobox(
        [
            ("Japanese name", _ja(model.name.ja)),
            ("Short name", html_line(model.name.short) if model.name.short else ""),
            ("Also written", ", ".join(html_line(a) for a in model.name.aliases)),
            ("Kind", label(model.kind)),
            ("Country", label(model.country) if model.country else ""),
            ("Part of", page.link_to("organizations", model.parent) if model.parent else ""),
            ("Members", page.links_to("organizations", model.members)),
            ("Founded", model.founded.human() if model.founded else ""),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model)]


def _agreement(page: Page, model: Agreement) -> list[str]:
    when = (
        f"{model.date.human()}" + (f" ({model.date_meaning.replace('-', ' ')})" if model.date_meaning else "")
        if model.date
        else ""
    )
    info = _infobox(
        [
            ("Japanese title", _ja(model.title_ja)),
            ("Kind", label(model.kind)),
            ("Date", when),
            ("Parties", page.links_to("organizations", model.parties)),
            ("Events", page.links_to("events", model.events)),
            ("Dimensions", ", ".join(label(d) for d in model.dimensions)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    parts = [info, _summary(page, model)]
    if model.milestones:
        rows = [
            [m.date.human(), m.meaning.replace("-", " ").capitalize(), f"{html_line(m.note or '')} {page.cites.cite(m.sources)}".strip()]
            for m in model.milestones
        ]
        parts += [page.heading(2, "Milestones"), _table(["Date", "Step", "Note"], rows)]
    if model.provisions:
        parts.append(page.heading(2, "Provisions"))
        for provision in model.provisions:
            cite = page.cites.cite(provision.sources)
            parts += [
                page.heading(3, " ".join(provision.title.split()), provision.id),
                block_html(provision.summary, cite),
            ]
            quotes = [f"“{html_line(provision.quote)}” {cite}"] if provision.quote else []
            if provision.quote_ja:
                quotes.append(f'<span lang="ja">「{html_line(provision.quote_ja)}」</span> {cite}')
            if quotes:
                parts.append(_blockquote(*quotes))
    return parts


def _event(page: Page, model: Event) -> list[str]:
    info = _infobox(
        [
            ("Japanese title", _ja(model.title_ja)),
            ("Kind", label(model.kind)),
            ("Date", _date_range(model.date, model.end) if model.end else model.date.human()),
            ("Location", html_line(model.location) if model.location else ""),
            ("Part of", page.link_to("events", model.part_of) if model.part_of else ""),
            ("Participants", page.links_to("people", model.participants)),
            ("Organizations", page.links_to("organizations", model.organizations)),
            ("Agreements", page.links_to("agreements", model.agreements)),
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
            ("Kind", label(model.kind)),
            ("Deadline", model.deadline.human() if model.deadline else ""),
            ("Last checked", model.last_checked.human() if model.last_checked else ""),
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
        parts.append(_blockquote(f"“{html_line(model.quote)}” {page.cites.cite(model.sources[:1])}"))
    rows = []
    for change in model.history:
        evidence = inline_html(change.note, page.cites.cite(change.sources))
        if change.event:
            evidence += " — " + page.link_to("events", change.event)
        rows.append([change.date.human(), status_badge(change.status), evidence])
    parts += [page.heading(2, "Status history"), _table(["Date", "Status", "Evidence"], rows)]
    return parts


def _figure(page: Page, model: Figure) -> list[str]:
    info = _infobox(
        [
            ("Unit", html_line(model.unit)),
            ("Dimension", label(model.dimension)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model), *_figure_data(page, model)]


def _figure_data(page: Page, model: Figure) -> list[str]:
    """The data table of a figure, each value with its citation, beside its chart; then the downloads."""
    has_series = any(v.series for v in model.values)
    header = ["Date", *(["Series"] if has_series else []), f"Value ({html_line(model.unit)})", "Note"]
    rows = []
    for value in sorted(model.values, key=lambda v: (v.date, v.series or "")):
        note = html_line(value.note) if value.note else ""
        if value.quote:
            note = (note + " " if note else "") + f"“{html_line(value.quote)}”"
        cells = [value.date.human(), *([html_line(value.series or "")] if has_series else [])]
        rows.append([*cells, format_value(value.value), f"{note} {page.cites.cite([value.source])}".strip()])
    align = ["", *([""] if has_series else []), "right", ""]
    table = _table(header, rows, align)
    csv, svg = (page.links.url(f"figures/{page.entry.id}.{ext}") for ext in ("csv", "svg"))
    download = f'<p><a href="{html_attribute(csv)}">Download the data (CSV)</a> · <a href="{html_attribute(svg)}">Chart (SVG)</a></p>'
    data = page.heading(2, "Data")
    if not page.chart:
        return [data, table, download]
    chart = f'<div class="atlas-chart">\n{page.chart}\n</div>'
    return [f'<div class="atlas-figure">\n{chart}\n<div>\n{data}\n{table}\n</div>\n</div>', download]


def _topic(page: Page, model: Topic) -> list[str]:
    subtopics = [e.id for e in page.atlas.collection("topics") if e.model.parent == page.entry.id]
    info = _infobox(
        [
            ("Japanese title", _ja(model.title_ja)),
            ("Dimension", label(model.dimension)),
            ("Part of", page.link_to("topics", model.parent) if model.parent else ""),
            ("Sub-topics", page.links_to("topics", subtopics)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model)]


def _quote(page: Page, model: Quote) -> list[str]:
    lang = ' lang="ja"' if model.language == "ja" else ""
    quote = _blockquote(f"<span{lang}>“{html_line(model.text)}”</span> {page.cites.cite(model.sources)}")
    info = _infobox(
        [
            ("Speaker", " and ".join(page.link(ref) for ref in [model.speaker, *model.joint_with])),
            ("Date", model.date.human()),
            ("Event", page.link_to("events", model.event) if model.event else ""),
            (
                "Checked against",
                f"{label(model.checked_against)}: {page.link_to('sources', model.checked_in)}"
                if model.checked_in and model.checked_against
                else "",
            ),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [quote, info, page.heading(2, "Context"), _summary(page, model)]


def _source(page: Page, model: Source) -> list[str]:
    when = model.date.human() if model.date else ""
    if model.date_note:
        when = f"{when} ({html_line(model.date_note)})" if when else html_line(model.date_note)
    info = _infobox(
        [
            ("Publisher", html_line(model.publisher)),
            ("Author", html_line(model.author) if model.author else ""),
            ("Date", when),
            ("Kind", label(model.kind)),
            ("Reliability", label(model.reliability)),
            ("Language", {"en": "English", "ja": "Japanese"}[model.language]),
            (
                "Link",
                page.links.external(model.url, model.url) if model.url else "No URL: the original could not be located",
            ),
            ("Copy read", html_line(model.via) if model.via else ""),
            ("Source-pack id", html_line(model.pack_id) if model.pack_id else ""),
        ]
    )
    parts = [info, block_html(model.summary)]
    if model.note:
        parts.append(_admonition("note", "About this copy", f"<p>{inline_html(model.note)}</p>"))
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


@dataclass(frozen=True)
class RecordHtml:
    """A rendered record page: its HTML, its title, its headings (for the table of contents) and every id
    a link can point at."""

    html: str
    title: str
    headings: list[Heading]
    anchors: frozenset[str]


def render_record(
    atlas: Atlas,
    entry: Entry,
    *,
    directory_urls: bool = True,
    chart: str = "",
    glossary: dict[str, str] | None = None,
    footer: str = "",
) -> RecordHtml:
    """A record's page as HTML (`chart`: a figure's SVG; `glossary`: {term: expansion} for tooltips;
    `footer`: HTML to end the page with). Its JSON-LD goes in the page's head (see jsonld)."""
    page = Page(atlas, entry, directory_urls)
    page.chart = chart
    model = entry.model
    parts = [page.heading(1, entry.name)]
    if ja := model.display_name_ja():
        parts.append(f'<p class="atlas-subtitle" lang="ja">{html_line(ja)}</p>')
    parts.append(f'<p class="atlas-kind" data-search-exclude>{COLLECTION[entry.collection].singular}</p>')
    parts += SECTIONS[entry.collection](page, model)
    if isinstance(model, Record):
        parts.append(_discrepancies(page, model))
    parts.append(_backlinks(page))
    if page.cites.order:
        parts += [page.heading(2, "Sources", "sources", searchable=False), page.cites.items()]
    body = "\n".join(p for p in parts if p)
    body = abbreviate(body, glossary or {})
    anchors = {h.id for h in page.headings.items} | {f"source-{n}" for n in range(1, len(page.cites.order) + 1)}
    return RecordHtml(
        body + ("\n" + footer if footer else "") + "\n", entry.name, page.headings.items, frozenset(anchors)
    )


__all__ = ["render_record", "RecordHtml", "status_badge"]
