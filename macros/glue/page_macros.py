"""The macros available to pages. Each returns finished Markdown; data is escaped on the way in."""

from __future__ import annotations

from typing import Any

from macros.data.atlas import Atlas
from macros.data.fields import split_ref
from macros.glue.build import current_changes
from macros.render import views
from macros.render.changes import changes_page
from macros.render.figures import format_value
from macros.render.indexes import collection_index
from macros.render.text import inline, record_link


def register(env: Any, atlas: Atlas) -> None:
    """Register every macro on the mkdocs-macros environment."""

    def here() -> str:
        return env.page.file.src_uri

    def link(ref: str, label: str | None = None) -> str:
        """A link to `collection/id`, labelled with the record's name (or `label`)."""
        collection, record_id = split_ref(ref)
        entry = atlas.get(collection, record_id)
        if entry is None:
            raise KeyError(f"link(): no record {ref}")
        return record_link(here(), collection, record_id, label or entry.name)

    def figure_value(
        figure_id: str, date: str | None = None, series: str | None = None, show_date: bool = False
    ) -> str:
        """One value of a figure, with its unit (and date), linked to the figure page (for prose pages)."""
        entry = atlas.get("figures", figure_id)
        if entry is None:
            raise KeyError(f"figure_value(): no figure {figure_id}")
        values = [
            v
            for v in entry.model.values  # type: ignore[attr-defined]
            if (date is None or v.date.iso() == str(date)) and (series is None or v.series == series)
        ]
        if len(values) != 1:
            raise ValueError(
                f"figure_value({figure_id!r}, date={date!r}, series={series!r}) "
                f"matches {len(values)} values; name the date and series"
            )
        text = f"{format_value(values[0].value)} ({inline(entry.model.unit)})"  # type: ignore[attr-defined]
        if show_date:
            text += f" in {values[0].date.human()}"
        return record_link(here(), "figures", figure_id, text)

    def count(collection: str) -> str:
        """How many records a collection has."""
        return str(len(atlas.collection(collection)))

    macros = {
        "link": link,
        "figure_value": figure_value,
        "count": count,
        "collection_index": lambda collection: collection_index(atlas, collection, here()),
        "commitment_tracker": lambda: views.commitment_tracker(atlas, here()),
        "tracker_summary": lambda: views.tracker_summary(atlas),
        "status_scale": views.status_scale,
        "commitments_table": lambda dimension=None, topic=None: views.commitments_table(
            atlas, here(), dimension=dimension, topic=topic
        ),
        "timeline": lambda dimension=None, since=None, until=None: views.timeline(
            atlas, here(), dimension, since, until
        ),
        "glossary": lambda: views.glossary(atlas, here()),
        "whats_new": lambda limit=8: views.whats_new(atlas, here(), limit),
        "recent_changes": lambda limit=50: changes_page(current_changes(env.conf), here(), limit),
        "records_by_topic": lambda topic: views.records_by_topic(atlas, here(), topic),
        "quote": lambda quote_id: views.quote_block(atlas, here(), quote_id),
        "all_discrepancies": lambda: views.all_discrepancies(atlas, here()),
        "source_profile": lambda: views.source_profile(atlas),
        "date_of": lambda ref: views.date_of(atlas, ref),
    }
    for name, function in macros.items():
        env.macro(function, name)
