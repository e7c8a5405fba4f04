"""The "What changed" page: recent changes as a table, each linking to the record's page."""

from __future__ import annotations

from typing import Sequence

from ..changes import Change
from .text import inline, link, one_line, page_path


def changes_table(changes: Sequence[Change], here: str, limit: int = 50) -> str:
    """The newest `limit` changes: date, what changed (linked), and the evidence or commit message."""
    if not changes:
        return "_No changes recorded yet._\n"
    lines = ["| Date | Change | Details |", "|---|---|---|"]
    for change in list(changes)[:limit]:
        target = link(here, page_path(change.collection, change.record_id), change.title, change.anchor)
        details = one_line(change.text) if change.kind == "status" else inline(change.text)
        lines.append(f"| {inline(change.date_label)} | {target} | {details} |")
    return "\n".join(lines) + "\n"
