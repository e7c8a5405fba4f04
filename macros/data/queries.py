"""Questions readers ask of the data, answered once: counts, orderings, latest changes."""

from __future__ import annotations

from dataclasses import dataclass

from macros.data.atlas import Atlas, Entry
from macros.data.dates import PartialDate
from macros.data.models import Commitment, Event, Source
from macros.data.vocab import Dimension, Status, choices


def status_counts(atlas: Atlas) -> dict[str, dict[str, int]]:
    """{dimension: {status: count}} over the current status of every commitment."""
    counts = {d: {s: 0 for s in choices(Status)} for d in choices(Dimension)}
    for entry in atlas.collection("commitments"):
        model: Commitment = entry.model  # type: ignore[assignment]
        counts[model.dimension][model.current().status] += 1
    return counts


def events_in_order(atlas: Atlas, dimension: str | None = None) -> list[Entry]:
    """Events by date (then id), optionally only those of one dimension."""
    events = [e for e in atlas.collection("events") if dimension is None or dimension in e.model.dimensions]  # type: ignore[attr-defined]
    return sorted(events, key=lambda e: (e.model.date, e.id))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Change:
    """A dated development: an event, or a commitment's status change."""

    date: PartialDate
    entry: Entry
    status: str | None = None


def latest_changes(atlas: Atlas, limit: int = 10) -> list[Change]:
    """The most recent events and status changes, newest first ("no update found" is not a change)."""
    changes = [Change(e.model.date, e) for e in atlas.collection("events")]  # type: ignore[attr-defined]
    for entry in atlas.collection("commitments"):
        model: Commitment = entry.model  # type: ignore[assignment]
        changes += [Change(c.date, entry, c.status) for c in model.history[1:] if c.status != "no-update"]
    changes.sort(key=lambda c: (c.date, c.entry.collection, c.entry.id), reverse=True)
    return changes[:limit]


RELIABILITY_MARKS: tuple[str, ...] = ("official", "press", "copy", "weak")
"""The reader's reliability marks, most to least trustworthy."""

_MARK_OF_LEVEL = {
    "official": "official",  # the publisher's own copy (an official host such as an embassy site counts)
    "verbatim-copy": "copy",  # the full text, read on another host (named in `via`)
    "press": "press",  # a report of it
    "summary": "press",  # someone else's summary or paraphrase: second-hand, as a report is
    "weak": "weak",  # an unreliable host
}


def reliability(source: Source) -> str:
    """The reader's mark for a source (one of RELIABILITY_MARKS), from its recorded `reliability` level."""
    return _MARK_OF_LEVEL[source.reliability]


def by_topic(atlas: Atlas, topic_id: str) -> dict[str, list[Entry]]:
    """Records tagged with a topic (or one of its sub-topics), by collection."""
    wanted = {topic_id} | {e.id for e in atlas.collection("topics") if e.model.parent == topic_id}  # type: ignore[attr-defined]
    result: dict[str, list[Entry]] = {}
    for entry in atlas.all():
        if wanted & set(getattr(entry.model, "topics", [])):
            result.setdefault(entry.collection, []).append(entry)
    return result


__all__ = ["reliability", "RELIABILITY_MARKS", "status_counts", "events_in_order", "latest_changes", "by_topic", "Change", "Event"]
