"""What changed: dated status changes of commitments and the last commit of each record, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from collections.abc import Mapping, Sequence

from macros.data.atlas import Atlas
from macros.data.collections import COLLECTION
from macros.data.git_history import Commit
from macros.data.models import Commitment
from macros.data.vocab import label

STATUS_ANCHOR = "status-history"
KINDS = ("status", "edit")


@dataclass(frozen=True)
class Change:
    """One change to a record: when, what, and which record's page shows it."""

    when: dt.datetime
    date_label: str
    kind: str
    collection: str
    record_id: str
    title: str
    text: str
    anchor: str
    key: str

    def sort_key(self) -> tuple:
        """Newest first; ties broken by record and key so the order never varies."""
        return (-self.when.timestamp(), self.collection, self.record_id, self.key)


def collect_changes(atlas: Atlas, commits: Mapping[str, Commit]) -> list[Change]:
    """Every status change and every record's last commit (when `commits` has one), newest first."""
    changes = [*_status_changes(atlas), *_record_commits(atlas, commits)]
    return sorted(changes, key=Change.sort_key)


def newest_of_each_kind(changes: Sequence[Change], limit: int) -> list[Change]:
    """The newest `limit` status changes and the newest `limit` edits, merged newest first.

    Edits are dated by their commit, so they are nearly always newer than the status dates they
    record; limiting each kind separately keeps a bulk edit from pushing every status change out.
    """
    kept = [c for kind in KINDS for c in [c for c in changes if c.kind == kind][:limit]]
    return sorted(kept, key=Change.sort_key)


def _status_changes(atlas: Atlas) -> list[Change]:
    changes = []
    for entry in atlas.collection("commitments"):
        model: Commitment = entry.model  # type: ignore[assignment]
        for index, step in enumerate(model.history):
            when = dt.datetime.combine(step.date.first_day(), dt.time(), dt.timezone.utc)
            changes.append(
                Change(
                    when,
                    step.date.human(),
                    "status",
                    entry.collection,
                    entry.id,
                    f"{model.title}: {label(step.status)}",
                    step.note,
                    STATUS_ANCHOR,
                    f"{entry.collection}/{entry.id}/history/{index}",
                )
            )
    return changes


def _record_commits(atlas: Atlas, commits: Mapping[str, Commit]) -> list[Change]:
    changes = []
    for entry in atlas.all():
        commit = commits.get(entry.path)
        if commit is None:
            continue
        when = dt.datetime.fromisoformat(commit.time).astimezone(dt.timezone.utc)
        changes.append(
            Change(
                when,
                f"{when.day} {when:%B %Y}",
                "edit",
                entry.collection,
                entry.id,
                f"{COLLECTION[entry.collection].one()} updated: {entry.name}",
                commit.subject,
                "",
                f"{entry.path}@{commit.sha}",
            )
        )
    return changes
