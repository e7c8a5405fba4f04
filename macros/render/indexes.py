"""Collection index pages: one row per record, linking to its page; sortable headers and a filter box."""

from __future__ import annotations

from macros.data import language
from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTION
from macros.data.models import Agreement, Commitment, Event, Figure, Organization, Person, Quote, Source, Topic
from macros.data.queries import RELIABILITY_MARKS, reliability
from macros.data.translations import unit_label
from macros.data.vocab import DIMENSIONS, SourceKind, Status, choices, label
from macros.render.escape import html_line
from macros.render.html import HtmlLinks
from macros.render.i18n import t
from macros.render.citations import MARK_LABELS
from macros.render.prose import inline_html
from macros.render.record import status_badge
from macros.render.tables import Cell, Facet, Row, filter_controls, first_sentence, html_table

def reliability_label(mark: str) -> str:
    """A reliability mark as citation lists write it: `copy` (転載 in Japanese)."""
    return t(MARK_LABELS[mark][0])  # type: ignore[index]


def _date(date: object) -> Cell:
    return Cell(html_line(date.human()), date.iso()) if date else Cell("", "")  # type: ignore[attr-defined]


def _columns(atlas: Atlas, links: HtmlLinks, entry: Entry) -> tuple[list[Cell | str], dict[str, str]]:
    """The cells after the name, and the row's facets."""
    model = entry.model
    if isinstance(model, (Person, Organization)):
        extra = label(model.kind) if isinstance(model, Organization) else label(model.country or "") if model.country else ""
        name = f'<span lang="ja">{html_line(model.name.ja)}</span>' if model.name.ja else ""
        return [name, html_line(extra)], {}
    if isinstance(model, Event):
        return [_date(model.date), html_line(label(model.kind))], {"kind": model.kind}
    if isinstance(model, Agreement):
        return [_date(model.date), html_line(label(model.kind))], {}
    if isinstance(model, Commitment):
        status = model.current().status
        rank = f"{list(choices(Status)).index(status):02d}"
        return [html_line(label(model.dimension)), Cell(status_badge(status), rank)], {
            "dimension": model.dimension,
            "status": status,
        }
    if isinstance(model, Figure):
        return [html_line(unit_label(model)), html_line(label(model.dimension))], {"dimension": model.dimension}
    if isinstance(model, Topic):
        return [html_line(label(model.dimension)), html_line(t("Sub-topic") if model.parent else t("Dimension"))], {}
    if isinstance(model, Quote):
        collection, speaker = model.speaker.split("/", 1)
        target = atlas.get(collection, speaker)
        return [_date(model.date), links.record(collection, speaker, target.name if target else speaker)], {}
    return ["", ""], {}


def _source_row(links: HtmlLinks, entry: Entry) -> Row:
    model: Source = entry.model  # type: ignore[assignment]
    mark = reliability(model)
    summary = f'<br><span class="atlas-evidence">{inline_html(first_sentence(model.summary))}</span>'
    cells: list[Cell | str] = [
        links.record("sources", entry.id, entry.name) + summary,
        html_line(model.publisher),
        html_line(label(model.kind)),
        Cell(
            f'<span class="atlas-reliability atlas-reliability--{mark}">{html_line(reliability_label(mark))}</span>',
            str(RELIABILITY_MARKS.index(mark)),
        ),
        _date(model.date) if model.date else Cell(html_line(t("Undated")), ""),
    ]
    return Row(cells, {"kind": model.kind, "reliability": mark})


def count_line(collection: str, n: int) -> str:
    """How many records an index lists, named by kind: "21 figures" (in Japanese 「数値データ21件」)."""
    kind = COLLECTION[collection]
    if language.current() == "ja":
        return f"{kind.title_ja}{n:,}件"
    return f"{n:,} {(kind.singular if n == 1 else kind.title).lower()}"


def _facets(atlas: Atlas, collection: str) -> list[Facet]:
    entries = atlas.collection(collection)
    if collection == "sources":
        kinds = [k for k in choices(SourceKind) if any(e.model.kind == k for e in entries)]  # type: ignore[attr-defined]
        return [
            Facet("kind", "Kind", [(k, label(k)) for k in kinds]),
            Facet("reliability", "Reliability", [(m, reliability_label(m)) for m in RELIABILITY_MARKS]),
        ]
    if collection == "commitments":
        statuses = [s for s in choices(Status) if any(e.model.current().status == s for e in entries)]  # type: ignore[attr-defined]
        return [
            Facet("dimension", "Dimension", [(d, label(d)) for d in DIMENSIONS]),
            Facet("status", "Status", [(s, label(s)) for s in statuses]),
        ]
    if collection == "figures":
        return [Facet("dimension", "Dimension", [(d, label(d)) for d in DIMENSIONS])]
    if collection == "events":
        kinds = sorted({e.model.kind for e in entries}, key=lambda k: label(k).casefold())  # type: ignore[attr-defined]
        return [Facet("kind", "Kind", [(k, label(k)) for k in kinds], menu=True)]
    return []


def collection_index(atlas: Atlas, collection: str, here: str, *, directory_urls: bool = True) -> str:
    """A sortable, filterable table of every record in `collection`, after a count named by kind."""
    links = HtmlLinks(here, directory_urls)
    entries = atlas.collection(collection)
    if collection == "sources":
        header = ["Name", "Publisher", "Kind", "Reliability", "Date"]
        rows = [_source_row(links, e) for e in entries]
    else:
        first, second = COLLECTION[collection].index_columns
        header = ["Name", first, second, "Summary"]
        rows = []
        for entry in entries:
            cells, facets = _columns(atlas, links, entry)
            name = links.record(collection, entry.id, entry.name)
            rows.append(Row([name, *cells, inline_html(first_sentence(entry.model.summary))], facets))
    noun = COLLECTION[collection].title.lower()
    return "\n".join(
        [
            f'<p class="atlas-count">{html_line(count_line(collection, len(entries)))}</p>',
            "",
            "<div data-search-exclude>",
            filter_controls(_facets(atlas, collection), noun=noun, text_box=True),
            html_table(header, rows, kind="index"),
            "</div>",
            "",
        ]
    )
