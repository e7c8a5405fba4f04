"""The "What changed" page: status changes and recent edits, each row linking to the record's page."""

from __future__ import annotations

from collections.abc import Sequence

from macros.data.changes import Change
from macros.render.escape import markdown_inline, markdown_line
from macros.render.links import link
from macros.render.urls import page_path

SECTIONS = {
    "status": ("Status changes", "Each dated change in a commitment's status, newest first, with its evidence."),
    "edit": ("Recently edited records", "The last edit to each record, newest first, with its commit message."),
}


def changes_page(changes: Sequence[Change], here: str, limit: int = 50) -> str:
    """A section per kind of change, each a table of its newest `limit` changes."""
    parts = []
    for kind, (heading, intro) in SECTIONS.items():
        rows = [c for c in changes if c.kind == kind][:limit]
        parts.append(f"## {heading}\n\n{intro}\n\n{changes_table(rows, here)}")
    return "\n".join(parts)


def changes_table(changes: Sequence[Change], here: str) -> str:
    """One row per change: date, what changed (linked), and the evidence or commit message."""
    if not changes:
        return "_None recorded yet._\n"
    lines = ["| Date | Change | Details |", "|---|---|---|"]
    for change in changes:
        target = link(here, page_path(change.collection, change.record_id), change.title, change.anchor)
        details = markdown_line(change.text) if change.kind == "status" else markdown_inline(change.text)
        lines.append(f"| {markdown_inline(change.date_label)} | {target} | {details} |")
    return "\n".join(lines) + "\n"
