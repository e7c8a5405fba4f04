"""Named cross-record checks. Each yields DataErrors; `run_all` collects them all."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from macros.data.atlas import Atlas, Entry
from macros.data.errors import DataError, did_you_mean
from macros.data.loader import dotted
from macros.data.models import Commitment, Event, Quote, Topic
from macros.data.translations import check_translation_shape

Check = Callable[[Atlas], Iterator[DataError]]


def check_references_resolve(atlas: Atlas) -> Iterator[DataError]:
    """Every reference names an existing record of the right collection."""
    for item in atlas.links:
        collection, target = item.target
        if atlas.get(collection, target) is not None or item.target in atlas.invalid:
            continue  # an invalid target file has its own errors already
        entry = atlas[item.source]
        known = [*atlas.entries.get(collection, {}), *(i for c, i in atlas.invalid if c == collection)]
        hint = did_you_mean(target, known) or (f"create data/{collection}/{target}.yaml or fix the id")
        yield DataError(
            entry.path,
            entry.doc.line_of(item.loc),
            f"{entry.collection}/{entry.id} refers to {collection}/{target} in '{dotted(item.loc)}', which does not exist",
            hint,
            "reference-exists",
        )


def check_reference_kinds(atlas: Atlas) -> Iterator[DataError]:
    """Makers of commitments and speakers of quotes are people or organizations."""
    for entry in atlas.all():
        model = entry.model
        refs: list[tuple[tuple, str]] = []
        if isinstance(model, Commitment):
            refs = [(("made_by", i), r) for i, r in enumerate(model.made_by)]
        elif isinstance(model, Quote):
            refs = [(("speaker",), model.speaker), *((("joint_with", i), r) for i, r in enumerate(model.joint_with))]
        for loc, ref in refs:
            if not ref.startswith(("people/", "organizations/")):
                yield DataError(
                    entry.path,
                    entry.doc.line_of(loc),
                    f"'{dotted(loc)}' must refer to a person or an organization, not '{ref}'",
                    "write people/<id> or organizations/<id>",
                    "reference-kind",
                )


def check_no_self_reference(atlas: Atlas) -> Iterator[DataError]:
    """A record does not list itself as related."""
    for item in atlas.links:
        if item.source == item.target:
            entry = atlas[item.source]
            yield DataError(
                entry.path,
                entry.doc.line_of(item.loc),
                f"{entry.collection}/{entry.id} refers to itself in '{dotted(item.loc)}'",
                "remove the reference",
                "self-reference",
            )


def check_sources_cited(atlas: Atlas) -> Iterator[DataError]:
    """Every source is cited by at least one record."""
    cited = {item.target for item in atlas.links if item.target[0] == "sources"} | atlas.cited_by_invalid
    if atlas.glossary:
        cited |= {("sources", s) for term in atlas.glossary.terms for s in term.sources}
    for entry in atlas.collection("sources"):
        if entry.key not in cited:
            yield DataError(
                entry.path,
                1,
                f"source '{entry.id}' is not cited by any record",
                "cite it from a record's 'sources' or remove the file",
                "source-cited",
            )


def check_part_of_cycles(atlas: Atlas) -> Iterator[DataError]:
    """`part_of` chains of events and `parent` chains of topics end."""
    for collection, attr in (("events", "part_of"), ("topics", "parent"), ("organizations", "parent")):
        for entry in atlas.collection(collection):
            path, current = [entry.id], getattr(entry.model, attr)
            while current and (nxt := atlas.get(collection, current)) is not None:
                if current in path:
                    cycle = " => ".join([*path[path.index(current) :], current])
                    if current == entry.id and len(path) > 1:  # a direct self-reference is its own check
                        yield DataError(
                            entry.path,
                            entry.doc.line_of((attr,)),
                            f"'{attr}' forms a cycle: {cycle}",
                            "break the cycle",
                            "no-cycle",
                        )
                    break
                path.append(current)
                current = getattr(nxt.model, attr)


def _with_parent(atlas: Atlas, collection: str, attr: str) -> Iterator[tuple[Entry, Entry]]:
    """(record, parent) for each record of `collection` whose `attr` names an existing record."""
    for entry in atlas.collection(collection):
        ref = getattr(entry.model, attr)
        parent = atlas.get(collection, ref) if ref else None
        if parent is not None:
            yield entry, parent


def check_topic_tree(atlas: Atlas) -> Iterator[DataError]:
    """A sub-topic's parent is a top-level topic of the same dimension."""
    for entry, parent in _with_parent(atlas, "topics", "parent"):
        model: Topic = entry.model  # type: ignore[assignment]
        if parent.model.parent is not None:
            yield DataError(
                entry.path,
                entry.doc.line_of(("parent",)),
                f"topic '{entry.id}' has parent '{parent.id}', which is itself a sub-topic",
                "topics are two levels deep: a dimension and its sub-topics",
                "topic-tree",
            )
        elif parent.model.dimension != model.dimension:
            yield DataError(
                entry.path,
                entry.doc.line_of(("dimension",)),
                f"topic '{entry.id}' has dimension '{model.dimension}' but its parent '{parent.id}' has '{parent.model.dimension}'",
                f"set dimension: {parent.model.dimension}",
                "topic-tree",
            )


def check_event_nesting(atlas: Atlas) -> Iterator[DataError]:
    """An event that is part of another lies within its dates."""
    for entry, parent in _with_parent(atlas, "events", "part_of"):
        model: Event = entry.model  # type: ignore[assignment]
        outer: Event = parent.model  # type: ignore[assignment]
        start, end = outer.date.first_day(), (outer.end or outer.date).last_day()
        if model.date.first_day() > end or (model.end or model.date).last_day() < start:
            yield DataError(
                entry.path,
                entry.doc.line_of(("date",)),
                f"event '{entry.id}' ({model.date}) lies outside '{parent.id}' ({outer.date} to {outer.end or outer.date}), which it is part of",
                "fix the date or 'part_of'",
                "event-nesting",
            )


def check_commitment_dates(atlas: Atlas) -> Iterator[DataError]:
    """A commitment's history does not start before the event where it was made."""
    for entry in atlas.collection("commitments"):
        model: Commitment = entry.model  # type: ignore[assignment]
        event = atlas.get("events", model.made_at)
        if event and model.history[0].date.last_day() < event.model.date.first_day():
            yield DataError(
                entry.path,
                entry.doc.line_of(("history", 0, "date")),
                f"first status ({model.history[0].date}) is before the event where it was made ({event.model.date})",
                "the history starts on or after 'made_at'",
                "history-order",
            )


def check_glossary_terms_unique(atlas: Atlas) -> Iterator[DataError]:
    """Each glossary term appears once."""
    if not atlas.glossary or not atlas.glossary_doc:
        return
    first: dict[str, int] = {}
    for i, term in enumerate(atlas.glossary.terms):
        line = atlas.glossary_doc.line_of(("terms", i, "term"))
        if any(c in term.term for c in "[]\n") or term.term != term.term.strip():
            yield DataError(
                atlas.glossary_doc.path,
                line,
                f"glossary term '{term.term}' contains brackets, a line break or outer spaces",
                "write the term exactly as it appears in running text",
                "glossary-unique",
            )
        key = term.term.casefold()
        if key in first:
            yield DataError(
                atlas.glossary_doc.path,
                line,
                f"glossary term '{term.term}' is defined twice (first on line {first[key]})",
                "merge the two definitions",
                "glossary-unique",
            )
        first.setdefault(key, line)
    for i, term in enumerate(atlas.glossary.terms):
        for j, ref in enumerate(term.see_also):
            collection, target = ref.split("/", 1)
            if atlas.get(collection, target) is None and (collection, target) not in atlas.invalid:
                yield DataError(
                    atlas.glossary_doc.path,
                    atlas.glossary_doc.line_of(("terms", i, "see_also", j)),
                    f"glossary term '{term.term}' refers to {ref}, which does not exist",
                    did_you_mean(target, atlas.entries.get(collection, {})),
                    "reference-exists",
                )
        for j, source in enumerate(term.sources):
            if atlas.get("sources", source) is None and ("sources", source) not in atlas.invalid:
                yield DataError(
                    atlas.glossary_doc.path,
                    atlas.glossary_doc.line_of(("terms", i, "sources", j)),
                    f"glossary term '{term.term}' cites sources/{source}, which does not exist",
                    did_you_mean(source, atlas.entries.get("sources", {})),
                    "reference-exists",
                )


CHECKS: dict[str, Check] = {
    "reference-exists": check_references_resolve,
    "reference-kind": check_reference_kinds,
    "self-reference": check_no_self_reference,
    "source-cited": check_sources_cited,
    "no-cycle": check_part_of_cycles,
    "topic-tree": check_topic_tree,
    "event-nesting": check_event_nesting,
    "history-order": check_commitment_dates,
    "glossary-unique": check_glossary_terms_unique,
    "translation-shape": check_translation_shape,
}


def run_all(atlas: Atlas) -> list[DataError]:
    """Run every named check and return all errors found."""
    return [error for check in CHECKS.values() for error in check(atlas)]


def check_page_collisions(atlas: Atlas, docs_dir: Path) -> Iterator[DataError]:
    """No record page lands where a hand-written page already is."""
    pages = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")}  # one walk, not a stat per record
    for entry in atlas.all():
        for candidate in (f"{entry.collection}/{entry.id}.md", f"{entry.collection}/{entry.id}/index.md"):
            if candidate in pages:
                yield DataError(
                    entry.path,
                    1,
                    f"record {entry.collection}/{entry.id} would be generated at {candidate}, "
                    f"where the hand-written page docs/{candidate} already is",
                    "rename the record or move the page",
                    "page-collision",
                )


__all__ = ["CHECKS", "run_all", "check_page_collisions", "Entry"]
