"""Cross-record views: commitment tracker, timeline, glossary, home-page panels."""

from __future__ import annotations

import datetime as dt
import re

from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTION, COLLECTIONS
from macros.data.models import Commitment, Event
from macros.data.dates import PartialDate
from macros.data.queries import by_topic, events_in_order, latest_changes, status_counts
from macros.data import language
from macros.data.vocab import DIMENSIONS, Status, choices, label, meaning
from macros.render.citations import Citations, MarkdownLinker
from macros.render.i18n import lang_attr, t
from macros.render.record import status_badge
from macros.render.escape import html_attribute, html_line, markdown_block, markdown_inline, markdown_line
from macros.render.html import HtmlLinks
from macros.render.prose import inline_html
from macros.render.tables import Cell, Facet, Row, filter_controls, first_sentence, html_table
from macros.render.links import record_link


def _link(here: str, entry: Entry) -> str:
    return record_link(here, entry.collection, entry.id, entry.name)


def _refs(atlas: Atlas, here: str, refs: list[str]) -> str:
    out = []
    for ref in refs:
        collection, record_id = ref.split("/", 1)
        target = atlas.get(collection, record_id)
        out.append(record_link(here, collection, record_id, target.name if target else record_id))
    return ", ".join(out)


def _header(*columns: str) -> str:
    """A Markdown table's header row, its labels in the language being written."""
    return "| " + " | ".join(t(c) for c in columns) + " |"


def _empty(message: str) -> str:
    """An italic line saying there is nothing to list."""
    return f"_{t(message)}_\n"


def status_scale() -> str:
    """The closed status scale with what each status means."""
    lines = [_header("Status", "Meaning"), "|---|---|"]
    lines += [f"| {status_badge(s)} | {meaning(s)} |" for s in choices(Status)]
    return "\n".join(lines) + "\n"


_CLOSED = ("fulfilled", "reversed", "superseded")
"""Statuses after which a deadline no longer matters."""


def _statuses_used(counts: dict[str, dict[str, int]]) -> list[str]:
    return [s for s in choices(Status) if any(counts[d][s] for d in counts)] or list(choices(Status))


def _bar(dimension: str, counts: dict[str, int], statuses: list[str]) -> str:
    """One dimension's stacked bar: a static SVG, its counts in its accessible name."""
    total = sum(counts.values())
    said = t(", ").join(f"{counts[s]} {label(s)}" for s in statuses if counts[s])
    name = f"{label(dimension)}{t(':')} {said or t('none')}" if language.current() == "ja" else (
        f"{label(dimension)}: {said or 'none'}"
    )
    rects, x = [], 0
    for status in statuses:
        if counts[status]:
            rects.append(
                f'<rect class="atlas-bar--{status}" x="{x}" y="0" width="{counts[status]}" height="1">'
                f"<title>{html_line(label(status))}: {counts[status]}</title></rect>"
            )
            x += counts[status]
    svg = (
        f'<svg class="atlas-bar" role="img" aria-label="{html_attribute(name)}" viewBox="0 0 {max(total, 1)} 1"'
        f' preserveAspectRatio="none" focusable="false"><title>{html_line(name)}</title>{"".join(rects)}</svg>'
    )
    return (
        f'<div class="atlas-bar-row"><span class="atlas-bar-name">{html_line(label(dimension))}</span>'
        f'{svg}<span class="atlas-bar-total">{total}</span></div>'
    )


def _legend(statuses: list[str], scale: str) -> str:
    """The status legend: a swatch and the label of each status shown in the bars."""
    items = "".join(
        f'<li><span class="atlas-swatch atlas-bar--{s}" aria-hidden="true"></span>{html_line(label(s))}</li>'
        for s in statuses
    )
    more = f'<li class="atlas-legend-more"><a href="{html_attribute(scale)}">{html_line(t("What each status means"))}</a></li>'
    return f'<ul class="atlas-legend" aria-label="{html_attribute(t("Status"))}">{items}{more}</ul>'


def tracker_summary(atlas: Atlas, here: str = "tracker.md", *, directory_urls: bool = True) -> str:
    """A status bar per dimension (static SVG) with the legend beside it, and the counts as a table."""
    scale = HtmlLinks(here, directory_urls).url("tracker.md", "the-status-scale")
    counts = status_counts(atlas)
    statuses = _statuses_used(counts)
    bars = "".join(_bar(d, counts[d], statuses) for d in DIMENSIONS)
    header = ["Status", *(label(d) for d in DIMENSIONS), "All"]
    rows = [
        Row([html_line(label(s)), *(str(counts[d][s]) for d in DIMENSIONS), str(sum(counts[d][s] for d in DIMENSIONS))])
        for s in statuses
    ]
    rows.append(
        Row([f"<strong>{html_line(t('Total'))}</strong>", *(str(sum(counts[d].values())) for d in DIMENSIONS),
             f"<strong>{sum(sum(c.values()) for c in counts.values())}</strong>"])
    )
    table = html_table(
        header, rows, kind="counts", sortable=False, numeric=tuple(range(1, len(header))), filterable=False
    )
    return "\n".join(
        [
            '<div class="atlas-summary">',
            f'<div class="atlas-bars">{bars}</div>',
            _legend(statuses, scale),
            "</div>",
            f'<details class="atlas-counts"><summary>{html_line(t("The counts as a table"))}</summary>',
            table,
            "</details>",
            "",
        ]
    )


def _iso_key(date: PartialDate | None) -> str:
    return date.iso() if date else ""


def _overdue(model: Commitment, today: dt.date | None) -> bool:
    """True if the deadline has passed (by the build date) and the commitment is not closed."""
    return bool(
        today and model.deadline and model.deadline.last_day() < today and model.current().status not in _CLOSED
    )


def _tracker_row(atlas: Atlas, links: HtmlLinks, entry: Entry, today: dt.date | None, *, with_dimension: bool) -> Row:
    model: Commitment = entry.model  # type: ignore[assignment]
    current = model.current()
    makers = t(", ").join(_html_ref(atlas, links, ref) for ref in model.made_by)
    deadline = ""
    if model.deadline:
        deadline = html_line(model.deadline.human())
        if _overdue(model, today):
            deadline += f' <span class="atlas-overdue">{html_line(t("Overdue"))}</span>'
    evidence = f'<br><span class="atlas-evidence">{inline_html(first_sentence(current.note))}</span>'
    cells: list[Cell | str] = [
        links.record("commitments", entry.id, entry.name) + evidence,  # sorts by its text: no data in attributes
        makers,
    ]
    if with_dimension:
        cells.append(html_line(label(model.dimension)))
    cells += [
        Cell(status_badge(current.status), f"{list(choices(Status)).index(current.status):02d}"),
        Cell(html_line(current.date.human()), _iso_key(current.date)),
    ]
    if not with_dimension:
        cells.append(Cell(deadline, _iso_key(model.deadline) or "9999"))
    cells.append(
        Cell(html_line(model.last_checked.human()) if model.last_checked else "", _iso_key(model.last_checked))
    )
    facets = {"status": current.status, "dimension": model.dimension, "maker": " ".join(model.made_by)}
    if _overdue(model, today):
        facets["overdue"] = "yes"
    return Row(cells, facets)


def _html_ref(atlas: Atlas, links: HtmlLinks, ref: str) -> str:
    collection, record_id = ref.split("/", 1)
    target = atlas.get(collection, record_id)
    return links.record(collection, record_id, target.name if target else record_id)


def _tracker_facets(atlas: Atlas, entries: list[Entry]) -> list[Facet]:
    statuses = [s for s in choices(Status) if any(e.model.current().status == s for e in entries)]  # type: ignore[attr-defined]
    makers = sorted({ref for e in entries for ref in e.model.made_by})  # type: ignore[attr-defined]
    names = {}
    for ref in makers:
        target = atlas.get(*ref.split("/", 1))
        names[ref] = target.name if target else ref
    return [
        Facet("status", "Status", [(s, label(s)) for s in statuses]),
        Facet("dimension", "Dimension", [(d, label(d)) for d in DIMENSIONS]),
        Facet("maker", "Made by", sorted(names.items(), key=lambda kv: kv[1].casefold()), menu=len(names) > 8),
    ]


def changed_recently(atlas: Atlas, links: HtmlLinks, limit: int = 8) -> str:
    """The latest status changes of commitments, newest first, each with its date and new status."""
    changes = [c for c in latest_changes(atlas, limit=10_000) if c.status][:limit]
    items = [
        f"<li><strong>{html_line(c.date.human())}</strong> — {status_badge(c.status or '')} "
        f"{links.record(c.entry.collection, c.entry.id, c.entry.name)}</li>"
        for c in changes
    ]
    return f'<ul class="atlas-changed">\n' + "\n".join(items) + "\n</ul>\n" if items else _empty("Nothing yet.")


def commitment_tracker(atlas: Atlas, here: str, *, directory_urls: bool = True, today: dt.date | None = None) -> str:
    """The tracker: status bars, filters, pledges by dimension, declarations apart, recent changes.

    `today` (the build's date, from git) marks passed deadlines as overdue; without it none is marked."""
    links = HtmlLinks(here, directory_urls)
    entries = atlas.collection("commitments")
    order = list(choices(Status))

    def ranked(items: list[Entry]) -> list[Entry]:
        return sorted(items, key=lambda e: (order.index(e.model.current().status), e.id))  # type: ignore[attr-defined]

    pledges = [e for e in entries if e.model.kind == "pledge"]  # type: ignore[attr-defined]
    declarations = [e for e in entries if e.model.kind == "declaration"]  # type: ignore[attr-defined]
    parts = [
        tracker_summary(atlas, here, directory_urls=directory_urls),
        f"## {t('Changed recently')} {{ #changed-recently }}",
        "",
        changed_recently(atlas, links),
        filter_controls(_tracker_facets(atlas, entries), noun="commitments"),
        "",
        f"## {t('Pledges')} {{ #pledges }}",
        "",
        t("Something to deliver: each with its current status, the date it took effect, any deadline and when the"
          " sources were last checked; under each, the first words of its latest evidence."),
        "",
    ]
    header = ["Commitment", "Made by", "Status", "Status since", "Deadline", "Last checked"]
    for dimension in DIMENSIONS:
        group = [e for e in pledges if e.model.dimension == dimension]  # type: ignore[attr-defined]
        if not group:
            continue
        rows = [_tracker_row(atlas, links, e, today, with_dimension=False) for e in ranked(group)]
        parts += [
            f"### {label(dimension)} {{ #{dimension} }}",
            "",
            html_table(header, rows, kind="tracker", group=dimension),
            "",
        ]
    if declarations:
        rows = [_tracker_row(atlas, links, e, today, with_dimension=True) for e in ranked(declarations)]
        parts += [
            f"## {t('Declarations')} {{ #declarations }}",
            "",
            t("Standing positions, restated rather than delivered: each with its latest restatement."),
            "",
            html_table(
                ["Declaration", "Made by", "Dimension", "Status", "Status since", "Last checked"],
                rows,
                kind="tracker",
                group="declarations",
            ),
            "",
        ]
    return "\n".join(parts)


def commitments_table(
    atlas: Atlas, here: str, *, dimension: str | None = None, topic: str | None = None, status: str | None = None
) -> str:
    """A compact table of commitments: those of `dimension`, tagged with `topic` and now at `status` (each if given)."""
    entries = by_topic(atlas, topic).get("commitments", []) if topic else atlas.collection("commitments")
    if dimension:
        entries = [e for e in entries if e.model.dimension == dimension]  # type: ignore[attr-defined]
    if status:
        entries = [e for e in entries if e.model.current().status == status]  # type: ignore[attr-defined]
    lines = [_header("Commitment", "Status", "Status since"), "|---|---|---|"]
    for entry in entries:
        current = entry.model.current()  # type: ignore[attr-defined]
        lines.append(f"| {_link(here, entry)} | {status_badge(current.status)} | {current.date.iso()} |")
    return "\n".join(lines) + "\n" if entries else _empty("No commitments recorded yet.")


def timeline(
    atlas: Atlas, here: str, dimension: str | None = None, since: int | None = None, until: int | None = None
) -> str:
    """Every event (of one dimension, if given; from year `since` to year `until`, inclusive, if given) in date
    order, grouped by year: years are `##` headings on a whole timeline, `###` within an era."""
    if dimension is not None and dimension not in DIMENSIONS:
        raise ValueError(f"timeline(): no dimension {dimension!r} (dimensions: {', '.join(DIMENSIONS)})")
    if since is not None and until is not None and until < since:
        raise ValueError(f"timeline(since={since}, until={until}): the era ends before it starts")
    hashes = "###" if since is not None or until is not None else "##"
    lines: list[str] = []
    year = None
    for entry in events_in_order(atlas, dimension):
        model: Event = entry.model  # type: ignore[assignment]
        if (since is not None and model.date.year < since) or (until is not None and model.date.year > until):
            continue
        if model.date.year != year:
            year = model.date.year
            lines += ["", f"{hashes} {year} {{ #y{year} .atlas-timeline-year }}", ""]
        when = model.date.human() + ((" – " if language.current() == "en" else "～") + model.end.human() if model.end else "")
        who = t(", ").join(
            record_link(here, "people", p, atlas.get("people", p).name if atlas.get("people", p) else p)
            for p in model.participants
        )
        dims = t(", ").join(label(d) for d in model.dimensions)
        kind = f"（{label(model.kind)}、{dims}）" if language.current() == "ja" else f"({label(model.kind)}; {dims})"
        line = f"- **{when}** — {_link(here, entry)} <small>{kind}</small>"
        lines.append(line + (f"<br>{who}" if who else ""))
    return "\n".join(lines).lstrip("\n") + "\n" if lines else _empty("No events recorded yet.")


def _month_name(date: PartialDate) -> str:
    """`February 2025` (`2025年2月`): the month of a dated event, as a heading."""
    return PartialDate.parse(f"{date.year}-{date.month:02d}").human()


def _event_item(atlas: Atlas, links: HtmlLinks, entry: Entry) -> str:
    model: Event = entry.model  # type: ignore[assignment]
    when = model.date.human() + ((" – " if language.current() == "en" else "～") + model.end.human() if model.end else "")
    who = t(", ").join(_html_ref(atlas, links, f"people/{p}") for p in model.participants)
    dims = t(", ").join(label(d) for d in model.dimensions)
    kind = f"（{label(model.kind)}、{dims}）" if language.current() == "ja" else f"({label(model.kind)}; {dims})"
    facets = {
        "dimension": " ".join(model.dimensions),
        "kind": model.kind,
        "person": " ".join(model.participants),
    }
    attributes = "".join(f' data-{k}="{html_attribute(v)}"' for k, v in facets.items())
    line = (
        f"<li data-atlas-row{attributes}><strong>{html_line(when)}</strong> — "
        f"{links.record('events', entry.id, entry.name)} <small>{html_line(kind)}</small>"
    )
    return line + (f"<br>{who}" if who else "") + "</li>"


def _timeline_facets(atlas: Atlas, events: list[Entry]) -> list[Facet]:
    kinds = sorted({e.model.kind for e in events}, key=lambda k: label(k).casefold())  # type: ignore[attr-defined]
    people = {p for e in events for p in e.model.participants}  # type: ignore[attr-defined]
    names = {p: (atlas.get("people", p).name if atlas.get("people", p) else p) for p in people}  # type: ignore[union-attr]
    return [
        Facet("dimension", "Dimension", [(d, label(d)) for d in DIMENSIONS]),
        Facet("kind", "Kind", [(k, label(k)) for k in kinds], menu=True),
        Facet("person", "Person", sorted(names.items(), key=lambda kv: kv[1].casefold()), menu=True),
    ]


def timeline_page(atlas: Atlas, here: str, *, directory_urls: bool = True) -> str:
    """Every event on one page, grouped by year (headings) and month, with filters by dimension, kind and person."""
    links = HtmlLinks(here, directory_urls)
    events = events_in_order(atlas)
    if not events:
        return _empty("No events recorded yet.")
    parts = [filter_controls(_timeline_facets(atlas, events), noun="events"), ""]
    by_year: dict[int, list[Entry]] = {}
    for entry in events:
        by_year.setdefault(entry.model.date.year, []).append(entry)  # type: ignore[attr-defined]
    for year, entries in by_year.items():
        parts += [f"## {year} {{ #y{year} .atlas-timeline-year }}", "", f'<div data-atlas-group data-heading="y{year}">']
        months: dict[int, list[Entry]] = {}
        for entry in entries:
            months.setdefault(entry.model.date.month or 0, []).append(entry)  # type: ignore[attr-defined]
        for month, group in sorted(months.items()):
            title = _month_name(group[0].model.date) if month else t("Month not recorded")  # type: ignore[attr-defined]
            anchor = f"y{year}-{month:02d}" if month else f"y{year}-00"
            parts += [
                f'<section data-atlas-group class="atlas-month"><h3 id="{anchor}">{html_line(title)}</h3>',
                '<ul class="atlas-timeline">',
                *(_event_item(atlas, links, e) for e in group),
                "</ul></section>",
            ]
        parts += ["</div>", ""]
    return "\n".join(parts)


def _term_anchor(term: str) -> str:
    return "term-" + (re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-") or "x")


def glossary(atlas: Atlas, here: str) -> str:
    """Every glossary term with its expansion, Japanese form, definition and sources."""
    if atlas.glossary is None:
        return _empty("No glossary yet.")
    cites = Citations(atlas, MarkdownLinker(here))
    parts = []
    for term in sorted(atlas.glossary.terms, key=lambda t: t.term.casefold()):
        parts.append(f"### {markdown_inline(term.term)} {{ #{_term_anchor(term.term)} }}")
        heading = f"**{markdown_inline(term.expansion)}**"
        if term.ja:
            heading += f' · <span lang="{lang_attr()}">{markdown_inline(term.ja)}</span>'
        parts += ["", heading, "", markdown_block(term.definition) + " " + cites.cite(term.sources)]
        if term.see_also:
            parts += ["", t("See also:") + " " + _refs(atlas, here, term.see_also)]
        parts.append("")
    parts.append(cites.render())
    return "\n".join(parts)


def whats_new(atlas: Atlas, here: str, limit: int = 8) -> str:
    """The latest events and commitment status changes."""
    lines = []
    for change in latest_changes(atlas, limit):
        what = f"{status_badge(change.status)} " if change.status else ""
        lines.append(f"- **{change.date.human()}** — {what}{_link(here, change.entry)}")
    return "\n".join(lines) + "\n" if lines else _empty("Nothing yet.")


def records_by_topic(atlas: Atlas, here: str, topic: str) -> str:
    """Records tagged with a topic or its sub-topics, grouped by collection."""
    groups = by_topic(atlas, topic)
    parts = []
    for collection in COLLECTIONS:
        title = COLLECTION[collection].plural()
        if collection in groups and collection != "sources":
            links = ", ".join(_link(here, e) for e in groups[collection])
            parts.append(f"- **{title}{t(':')}** {links}")
    return "\n".join(parts) + "\n" if parts else _empty("Nothing tagged yet.")


def quote_block(atlas: Atlas, here: str, quote_id: str) -> str:
    """A quotation with its speaker, date and source, linked to the quote's page."""
    entry = atlas.get("quotes", quote_id)
    if entry is None:
        raise KeyError(f"quote(): no quote {quote_id}")
    model = entry.model
    speaker = _refs(atlas, here, [model.speaker, *model.joint_with]).replace(", ", " and ")  # type: ignore[attr-defined]
    source = _refs(atlas, here, [f"sources/{model.sources[0]}"])  # type: ignore[attr-defined]
    lang = ' lang="ja"' if model.language == "ja" else ""  # type: ignore[attr-defined]
    text = f"<span{lang}>“{markdown_inline(model.text)}”</span>"  # type: ignore[attr-defined]
    return (
        f"> {text}\n>\n> — {speaker}, {model.date.human()} "  # type: ignore[attr-defined]
        f"({record_link(here, 'quotes', quote_id, 'context')}; source: {source})\n"
    )


def all_discrepancies(atlas: Atlas, here: str) -> str:
    """Every recorded disagreement between sources, with the record it belongs to."""
    lines = []
    for entry in atlas.all():
        for item in getattr(entry.model, "discrepancies", []):
            sources = _refs(atlas, here, [f"sources/{s}" for s in item.sources])
            lines.append(f"- {_link(here, entry)}: {markdown_line(item.note)} <small>({sources})</small>")
    return "\n".join(lines) + "\n" if lines else _empty("No discrepancies recorded.")


def source_profile(atlas: Atlas) -> str:
    """How many sources there are of each kind and reliability."""
    from collections import Counter

    sources = [e.model for e in atlas.collection("sources")]
    kinds = Counter(s.kind for s in sources)  # type: ignore[attr-defined]
    reliability = Counter(s.reliability for s in sources)  # type: ignore[attr-defined]
    lines = [_header("Reliability", "Sources"), "|---|---:|"]
    lines += [f"| {label(k)} | {n} |" for k, n in sorted(reliability.items())]
    lines += ["", _header("Kind", "Sources"), "|---|---:|"]
    lines += [f"| {label(k)} | {n} |" for k, n in sorted(kinds.items())]
    return "\n".join(lines) + "\n"


def date_of(atlas: Atlas, ref: str) -> str:
    """The date of an event or agreement, as a reader reads it (`7 February 2025`)."""
    collection, record_id = ref.split("/", 1)
    entry = atlas.get(collection, record_id)
    date = getattr(entry.model, "date", None) if entry else None
    if date is None:
        raise KeyError(f"date_of(): {ref} has no date")
    return date.human()
