"""Cross-record views: commitment tracker, timeline, glossary, home-page panels."""

from __future__ import annotations

import re

from macros.data.atlas import Atlas, Entry
from macros.data.collections import COLLECTION, COLLECTIONS
from macros.data.models import Commitment, Event
from macros.data.queries import by_topic, events_in_order, latest_changes, status_counts
from macros.data import language
from macros.data.vocab import DIMENSIONS, Status, choices, label, meaning
from macros.render.citations import Citations, MarkdownLinker
from macros.render.i18n import lang_attr, t
from macros.render.record import status_badge
from macros.render.escape import markdown_block, markdown_inline, markdown_line
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


def tracker_summary(atlas: Atlas) -> str:
    """Counts of commitments per current status and dimension."""
    counts = status_counts(atlas)
    statuses = [s for s in choices(Status) if any(counts[d][s] for d in counts)] or list(choices(Status))
    lines = [
        '<div class="atlas-counts" markdown>',
        "",
        _header("Dimension", *(label(s) for s in statuses), "Total"),
        "|---|" + "---:|" * (len(statuses) + 1),
    ]
    for dimension in DIMENSIONS:
        row = [str(counts[dimension][s]) for s in statuses]
        lines.append(f"| {label(dimension)} | " + " | ".join(row) + f" | {sum(counts[dimension].values())} |")
    totals = [str(sum(counts[d][s] for d in counts)) for s in statuses]
    total = sum(sum(c.values()) for c in counts.values())
    lines.append(f"| **{t('All')}** | " + " | ".join(totals) + f" | **{total}** |")
    return "\n".join([*lines, "", "</div>", ""])


def commitment_tracker(atlas: Atlas, here: str) -> str:
    """Every commitment grouped by dimension, with its current status and latest evidence."""
    parts = [tracker_summary(atlas)]
    for dimension in DIMENSIONS:
        entries = [e for e in atlas.collection("commitments") if e.model.dimension == dimension]  # type: ignore[attr-defined]
        if not entries:
            continue
        parts += [
            f"## {label(dimension)} {{ #{dimension} }}",
            "",
            _header("Commitment", "Made by", "Status", "Since", "Latest evidence"),
            "|---|---|---|---|---|",
        ]
        for entry in sorted(entries, key=lambda e: (list(choices(Status)).index(e.model.current().status), e.id)):  # type: ignore[attr-defined]
            model: Commitment = entry.model  # type: ignore[assignment]
            current = model.current()
            parts.append(
                f"| {_link(here, entry)} | {_refs(atlas, here, model.made_by)} | "
                f"{status_badge(current.status)} | {current.date.iso()} | {markdown_line(current.note)} |"
            )
        parts.append("")
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
    lines = [_header("Commitment", "Status", "Since"), "|---|---|---|"]
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
