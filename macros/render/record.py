"""A record's page as HTML: title, infobox, summary, collection-specific sections, backlinks, citations.

Record pages are rendered straight to HTML, without Markdown: there can be thousands of them, and
converting their Markdown was half of the build. Every piece of data text goes through
`text_line` (plain fields) or `prose` (Markdown fields, HTML escaped first), so nothing in the
data can add markup; links between pages are relative URLs computed as MkDocs computes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from macros.data import language
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
    Role,
    Source,
    Topic,
)
from macros.data.refs import iter_refs
from macros.data.translations import unit_label
from macros.data.vocab import label
from macros.render.citations import Citations, reliability_mark
from macros.render.chart_block import CHART_ANCHOR, chart_block
from macros.render.charts import ChartImages
from macros.render.figures import amount, sorted_values
from macros.render.html import Heading, Headings, HtmlLinks
from macros.render.escape import html_attribute, html_line
from macros.render.i18n import lang_attr, t
from macros.render.prose import abbreviate, block_html, inline_html
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
        self.chart: ChartImages | None = None  # a figure's drawings
        self.site_url = ""
        self.anchors: set[str] = set()  # ids the page's sections give themselves (not headings)

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
        if not anchor and t(text) != text:  # a section label: the same id in both editions (#status-history)
            anchor = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
        return self.headings.add(level, t(text), anchor, searchable=searchable)


def _fixed_ids(entry: Entry) -> set[str]:
    """The ids a record page gives its elements itself, which headings named from text must not take
    (Python-Markdown's toc extension likewise collects every existing id before it names headings)."""
    cited = {target for _, collection, target in iter_refs(entry.model) if collection == "sources"}
    provisions = getattr(entry.model, "provisions", ())
    fixed = {"referenced-by", "sources", "chart", *(p.id for p in provisions), *(f"source-{n}" for n in range(1, len(cited) + 1))}
    return fixed | _element_ids(entry)


def _element_ids(entry: Entry) -> set[str]:
    """The permalink ids of a page's status changes and quote."""
    model = entry.model
    if isinstance(model, Commitment):
        return {*history_ids(model.history), *(["quote"] if model.quote else [])}
    return {"quote"} if isinstance(model, Quote) else set()


# --------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------


def _date_range(start: PartialDate | None, end: PartialDate | None) -> str:
    if language.current() == "ja":
        return f"{start.human() if start else ''}～{end.human() if end else ''}" if start or end else ""
    if start and end:
        return f"{start.human()} – {end.human()}"
    if start:
        return f"from {start.human()}"
    if end:
        return f"until {end.human()}"
    return ""


def _table(
    header: list[str], rows: list[list[str]], align: list[str] | None = None, row_ids: list[str] | None = None
) -> str:
    """An HTML table, laid out as Python-Markdown writes one (cells are HTML already; `row_ids`: each row's id)."""

    def cell(tag: str, value: str, i: int) -> str:
        style = f' style="text-align: {align[i]};"' if align and align[i] else ""
        if tag == "td" and header[i]:  # each cell names its column: a phone shows rows as labelled cards
            name = re.sub(r"\s*[(（].*$", "", t(header[i]))  # the label without a unit: no data in attributes
            style += f' data-label="{html_attribute(name)}"'
        return f"<{tag}{style}>{value}</{tag}>"

    lines = ["<table>", "<thead>", "<tr>", *(cell("th", t(h), i) for i, h in enumerate(header)), "</tr>", "</thead>"]
    lines.append("<tbody>")
    for n, row in enumerate(rows):
        tr = f'<tr id="{row_ids[n]}">' if row_ids else "<tr>"
        lines += [tr, *(cell("td", v, i) for i, v in enumerate(row)), "</tr>"]
    return "\n".join([*lines, "</tbody>", "</table>"])


def _infobox(rows: list[tuple[str, str]]) -> str:
    rows = [(k, v) for k, v in rows if v]
    if not rows:
        return ""
    return '<div class="atlas-infobox">\n' + _table(["", ""], [[t(k), v] for k, v in rows]) + "\n</div>"


def status_badge(status: str) -> str:
    """A coloured label for a commitment status."""
    return f'<span class="atlas-status atlas-status--{status}">{label(status)}</span>'


def _summary(page: Page, model: Record | Source) -> str:
    return block_html(model.summary, page.cites.cite(getattr(model, "sources", [])))


def _blockquote(*paragraphs: str, anchor: str = "") -> str:
    """A blockquote; with `anchor`, it has that id and a visible permalink (#) after its last paragraph."""
    if not anchor:
        return "\n".join(["<blockquote>", *(f"<p>{p}</p>" for p in paragraphs), "</blockquote>"])
    *first, last = paragraphs
    last += " " + _permalink(anchor)
    return "\n".join([f'<blockquote id="{anchor}">', *(f"<p>{p}</p>" for p in [*first, last]), "</blockquote>"])


def _permalink(anchor: str) -> str:
    """A visible link to an element of this page (a status change, a quote), to cite or share it."""
    title = html_attribute(t("Permanent link"))
    return f'<a class="atlas-permalink" href="#{anchor}" title="{title}" aria-label="{title}">#</a>'


def history_ids(history: list) -> list[str]:
    """The id of each status change on a commitment page: `status-2025-02-07` (`-2`, `-3` for a repeated date)."""
    ids: list[str] = []
    for change in history:
        base = f"status-{change.date.iso()}"
        n = sum(1 for i in ids if i == base or i.startswith(base + "-"))
        ids.append(base if n == 0 else f"{base}-{n + 1}")
    return ids


def _admonition(kind: str, title: str, body: str) -> str:
    return f'<div class="admonition {kind}">\n<p class="admonition-title">{t(title)}</p>\n{body}\n</div>'


def _meaning(meaning: str) -> str:
    """What a date means (signed, entered into force…), as it reads after a date."""
    return label(meaning) if language.current() == "ja" else meaning.replace("-", " ")


def _since(badge: str, date: PartialDate) -> str:
    """A status and the date it took effect."""
    return f"{badge}（{date.human()}から）" if language.current() == "ja" else f"{badge} since {date.human()}"


def _quoted(words: str, translation: str | None, cite: str = "", words_language: str = "en") -> list[str]:
    """Quoted words in their original language; in the Japanese edition, the Atlas's translation first, marked."""
    writing = language.current()
    marks = ("「", "」") if words_language == "ja" else ("“", "”")
    original = f"{marks[0]}{html_line(words)}{marks[1]}"
    if words_language != writing:
        original = f'<span lang="{words_language}">{original}</span>'
    if writing == "ja" and translation and words_language != "ja":
        note = t("The Atlas's translation")
        return [
            f'「{html_line(translation)}」 <small class="atlas-translation">（{note}）</small> {cite}'.rstrip(),
            f"{t('Original words')}: {original}",
        ]
    return [f"{original} {cite}".rstrip()]


def _other_words(words: str, words_language: str) -> str:
    """The same words as read in a source of the other language."""
    return f"{t('English rendering')}: <span lang=\"{words_language}\">“{html_line(words)}”</span>"


def _provision_quotes(model: Agreement, provision: object, cite: str) -> list[str]:
    """A provision's quoted text: the official Japanese text first in the Japanese edition, else the Atlas's
    translation beside the original."""
    quote, quote_ja = provision.quote, provision.quote_ja  # type: ignore[attr-defined]
    if language.current() == "ja":
        if quote_ja:
            return [f"「{html_line(quote_ja)}」 {cite}", *([f'{t("English")}: <span lang="en">“{html_line(quote)}”</span>'] if quote else [])]
        index = model.provisions.index(provision)
        translation = model.ja.provisions[index].quote if model.ja and index < len(model.ja.provisions) else None
        return _quoted(quote, translation, cite) if quote else []
    quotes = [f"“{html_line(quote)}” {cite}"] if quote else []
    if quote_ja:
        quotes.append(f'<span lang="ja">「{html_line(quote_ja)}」</span> {cite}')
    return quotes


def _list(items: list[str]) -> str:
    return "\n".join(["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>"])


def _discrepancies(page: Page, model: Record) -> str:
    if not model.discrepancies:
        return ""
    items = [inline_html(item.note, page.cites.cite(item.sources)) for item in model.discrepancies]
    return _admonition("warning", "Sources disagree", _list(items))


BACKLINKS_SHOWN = 10
"""How many records a "Referenced by" group lists before the rest fold into a <details>."""


def _backlinks(page: Page) -> str:
    """Records that point at this one, grouped by kind and relation (the group's heading names the relation),
    each dated, newest first, commitments with their status; long groups folded after BACKLINKS_SHOWN."""
    groups: dict[tuple[str, str], set[str]] = {}
    for item in page.atlas.backlinks.get(page.entry.key, ()):
        if item.source == page.entry.key:
            continue
        relation = FIELD_LABELS.get(str(item.loc[0]), str(item.loc[0]))
        groups.setdefault((item.source[0], relation), set()).add(item.source[1])
    if not groups:
        return ""
    parts = [page.heading(2, "Referenced by", "referenced-by", searchable=False)]
    order = {c: i for i, c in enumerate(COLLECTIONS)}
    for collection, relation in sorted(groups, key=lambda g: (order[g[0]], g[1])):
        ids = groups[(collection, relation)]
        dated = sorted(((_referrer_date(page.atlas[(collection, i)].model), i) for i in ids), key=_newest_first)
        items = [_referrer(page, collection, record_id, date) for date, record_id in dated]
        heading = f"{COLLECTION[collection].plural()} <small>· {t(relation)} · {len(items)}</small>"
        parts += [f'<p class="atlas-backlinks-group"><strong>{heading}</strong></p>', _list(items[:BACKLINKS_SHOWN])]
        if rest := items[BACKLINKS_SHOWN:]:
            more = t("Show {n} more").replace("{n}", str(len(rest)))
            parts.append(f'<details class="atlas-more">\n<summary>{more}</summary>\n{_list(rest)}\n</details>')
    return "\n".join(parts)


def _referrer_date(model: object) -> PartialDate | None:
    """The date a referring record is known by: its own date, a commitment's first status, an org's founding."""
    if isinstance(model, Commitment):
        return model.history[0].date
    return getattr(model, "date", None) or getattr(model, "founded", None)


def _newest_first(item: tuple[PartialDate | None, str]) -> tuple:
    date, record_id = item
    key = date.sort_key() if date else (0, 0, 0)
    return (tuple(-k for k in key), record_id)


def _referrer(page: Page, collection: str, record_id: str, date: PartialDate | None) -> str:
    """One referring record: its date, its link, a commitment's current status."""
    text = page.link_to(collection, record_id)
    if date:
        text = f'<time datetime="{date.iso()}">{date.human()}</time> · {text}'
    model = page.atlas[(collection, record_id)].model
    if isinstance(model, Commitment):
        text += " " + status_badge(model.current().status)
    return text


def _topics(page: Page, model: Record) -> str:
    return page.links_to("topics", model.topics)


def _see_also(page: Page, model: Record) -> str:
    return ", ".join(page.link(ref) for ref in model.see_also)


# --------------------------------------------------------------------------
# Collection sections
# --------------------------------------------------------------------------


def _person(page: Page, model: Person) -> list[str]:
    info = _infobox(  # the Japanese name is the page's subtitle (render_record): not repeated here
        [
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
        parts += [page.heading(2, "Roles"), _list([_role(page, role) for role in model.roles])]
    return parts


def _role(page: Page, role: Role) -> str:
    """A role as "from – to · title, organization — note [n]"; a date the sources do not give is said so."""
    ja = language.current() == "ja"
    text = html_line(role.title)
    if role.organization:
        text += ("、" if ja else ", ") + page.link_to("organizations", role.organization)
    if role.note:
        text += f" — {html_line(role.note)}"
    return f'<span class="atlas-role-dates">{_role_dates(role)}</span> · {text} {page.cites.cite(role.sources)}'.rstrip()


def _role_dates(role: Role) -> str:
    """"October 2024 – 21 October 2025"; an unknown end or start named as such, never guessed."""
    if not role.start and not role.end:
        return t("dates not recorded")
    start = _time(role.start) if role.start else t("start not recorded")
    end = _time(role.end) if role.end else t("end not recorded")
    return f"{start}～{end}" if language.current() == "ja" else f"{start} – {end}"


def _time(date: PartialDate) -> str:
    return f'<time datetime="{date.iso()}">{date.human()}</time>'


def _organization(page: Page, model: Organization) -> list[str]:
    info = _infobox(  # the Japanese name is the page's subtitle (render_record): not repeated here
        [
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
        f"{model.date.human()}" + (f" ({_meaning(model.date_meaning)})" if model.date_meaning else "")
        if model.date
        else ""
    )
    info = _infobox(
        [
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
            [m.date.human(), label(m.meaning), f"{html_line(m.note or '')} {page.cites.cite(m.sources)}".strip()]
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
            quotes = _provision_quotes(model, provision, cite)
            if quotes:
                parts.append(_blockquote(*quotes))
    return parts


def _event(page: Page, model: Event) -> list[str]:
    info = _infobox(
        [
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
            ("Status", _since(status_badge(current.status), current.date)),
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
        translation = model.ja.quote if model.ja is not None else None
        quoted = _quoted(model.quote, translation, page.cites.cite(model.sources[:1]))
        parts.append(_blockquote(*quoted, anchor="quote"))
    rows = []
    ids = history_ids(model.history)
    for change, row_id in zip(model.history, ids):
        evidence = inline_html(change.note, page.cites.cite(change.sources))
        if change.event:
            evidence += " — " + page.link_to("events", change.event)
        rows.append([f"{change.date.human()} {_permalink(row_id)}", status_badge(change.status), evidence])
    parts += [page.heading(2, "Status history"), _table(["Date", "Status", "Evidence"], rows, row_ids=ids)]
    return parts


def _figure(page: Page, model: Figure) -> list[str]:
    """The headline number and chart (or number card) first, then the infobox, summary and data."""
    info = _infobox(
        [
            ("Unit", html_line(unit_label(model))),
            ("Dimension", label(model.dimension)),
            ("Topics", _topics(page, model)),
            ("See also", _see_also(page, model)),
        ]
    )
    chart = chart_block(model, page.entry.id, page.chart, page.links, page.site_url)
    if chart:
        page.anchors.add(CHART_ANCHOR)
    return [chart, info, _summary(page, model), *_figure_data(page, model)]


def _figure_data(page: Page, model: Figure) -> list[str]:
    """The data table of a figure, each value in its unit with its citation; then the downloads."""
    has_series = any(v.series for v in model.values)
    header = ["Date", *(["Series"] if has_series else []), "Value", "Note"]
    rows = []
    translations = {id(v): j.quote for v, j in zip(model.values, model.ja.values if model.ja else [])}
    for value in sorted_values(model):
        note = html_line(value.note) if value.note else ""
        if value.quote:
            note = (note + " " if note else "") + " ".join(_quoted(value.quote, translations.get(id(value))))
        cells = [value.date.human(), *([html_line(value.series or "")] if has_series else [])]
        rows.append([*cells, html_line(amount(model, value)), f"{note} {page.cites.cite([value.source])}".strip()])
    align = ["", *([""] if has_series else []), "right", ""]
    table = _table(header, rows, align)
    csv, svg, png = (page.links.url(f"figures/{page.entry.id}.{ext}") for ext in ("csv", "svg", "png"))
    download = f'<p><a href="{html_attribute(csv)}">{t("Download the data (CSV)")}</a>'
    if page.chart is not None:
        download += (
            f' · <a href="{html_attribute(svg)}">{t("Chart (SVG)")}</a>'
            f' · <a href="{html_attribute(png)}">{t("Chart (PNG)")}</a>'
        )
    return [page.heading(2, "Data"), table, download + "</p>"]


def _topic(page: Page, model: Topic) -> list[str]:
    subtopics = [e.id for e in page.atlas.collection("topics") if e.model.parent == page.entry.id]
    info = _infobox(
        [
            ("Dimension", label(model.dimension)),
            ("Part of", page.link_to("topics", model.parent) if model.parent else ""),
            ("Sub-topics", page.links_to("topics", subtopics)),
            ("See also", _see_also(page, model)),
        ]
    )
    return [info, _summary(page, model)]


def _quote(page: Page, model: Quote) -> list[str]:
    cite = page.cites.cite(model.sources)
    ja = model.ja
    if language.current() == "ja" and ja is not None and ja.text and ja.checked_in:
        # the speaker's own Japanese words, checked against a Japanese transcript, with the English rendering read
        words = [f"「{html_line(ja.text)}」 {page.cites.cite([ja.checked_in])}", _other_words(model.text, model.language)]
        quote = _blockquote(*words, anchor="quote")
    else:
        quote = _blockquote(*_quoted(model.text, ja.text if ja else None, cite, model.language), anchor="quote")
    info = _infobox(
        [
            ("Speaker", t(" and ").join(page.link(ref) for ref in [model.speaker, *model.joint_with])),
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
            ("Reliability", f"{reliability_mark(model)} {label(model.reliability)}"),
            ("Language", t({"en": "English", "ja": "Japanese"}[model.language])),
            (
                "Link",
                page.links.external(model.url, model.url) if model.url else t("No URL: the original could not be located"),
            ),
            ("Copy read", html_line(model.via) if model.via else ""),
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
    chart: ChartImages | None = None,
    glossary: dict[str, str] | None = None,
    footer: str = "",
    site_url: str = "",
) -> RecordHtml:
    """A record's page as HTML (`chart`: a figure's drawings; `glossary`: {term: expansion} for tooltips;
    `footer`: HTML to end the page with; `site_url`: for a chart's embed snippet). Its JSON-LD goes in the
    page's head (see jsonld)."""
    page = Page(atlas, entry, directory_urls)
    page.chart, page.site_url = chart, site_url
    model = entry.model
    title = page.heading(1, entry.name)
    if isinstance(model, Source) and model.language != language.current() and not (model.ja and model.ja.title):
        title = title.replace("<h1 ", f'<h1 lang="{model.language}" ', 1)  # a source keeps its published title
    parts = [title]
    if ja := model.display_name_ja():
        parts.append(f'<p class="atlas-subtitle" lang="{lang_attr()}">{html_line(ja)}</p>')
    parts.append(f'<p class="atlas-kind" data-search-exclude>{COLLECTION[entry.collection].one()}</p>')
    parts += SECTIONS[entry.collection](page, model)
    if isinstance(model, Record):
        parts.append(_discrepancies(page, model))
    parts.append(_backlinks(page))
    if page.cites.order:
        parts += [page.heading(2, "Sources", "sources", searchable=False), page.cites.items()]
    body = "\n".join(p for p in parts if p)
    body = abbreviate(body, glossary or {})
    anchors = {h.id for h in page.headings.items} | {f"source-{n}" for n in range(1, len(page.cites.order) + 1)}
    anchors |= page.anchors | _element_ids(entry)
    return RecordHtml(
        body + ("\n" + footer if footer else "") + "\n", entry.name, page.headings.items, frozenset(anchors)
    )


__all__ = ["render_record", "RecordHtml", "status_badge"]
