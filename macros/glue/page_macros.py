"""The macros available to hand-written pages. Each returns finished Markdown; data is escaped on the way in.

Every name a macro is given (record id, topic, dimension, collection, status) is checked against the data
first; an unknown one stops the build with an error naming the page and the call.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path
from typing import Any, Callable

from macros.data import language
from macros.data.dates import PartialDate
from macros.data.fields import split_ref
from macros.data.names import require_collection, require_dimension, require_record, require_status, require_topic
from macros.glue.build import Build
from macros.render import views
from macros.render.changes import changes_page
from macros.render.numbers import format_amount, format_range
from macros.output.downloads import OFFLINE_ZIP_PATH, human_size, total_size
from macros.render.citations import reliability_legend
from macros.render.escape import html_attribute
from macros.render.i18n import t
from macros.render.urls import page_url
from macros.render.indexes import collection_index
from macros.render.escape import markdown_inline
from macros.render.links import record_link


class MacroError(Exception):
    """A macro call that cannot be answered: names the page and the call."""


def define_env(env: Any) -> None:
    """mkdocs-macros entry point: start the build (checking the data), then register the macros."""
    register(env, Build.of(env.conf))


def build_day() -> dt.date | None:
    """The build's date: the last commit's (pinned in SOURCE_DATE_EPOCH by the build), never the clock."""
    stamp = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(stamp), dt.timezone.utc).date() if stamp else None


def _call_text(name: str, args: tuple, kwargs: dict) -> str:
    shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"{name}({', '.join(shown)})"


def register(env: Any, build: Build) -> None:
    """Register every macro on the mkdocs-macros environment."""
    atlas = build.atlas
    docs = Path(env.conf["docs_dir"]).name

    def here() -> str:
        return env.page.file.src_uri

    def directory_urls() -> bool:
        return bool(env.conf["use_directory_urls"])

    def checked(name: str, function: Callable[..., str]) -> Callable[..., str]:
        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> str:
            try:
                return function(*args, **kwargs)
            except (KeyError, ValueError, TypeError) as exc:
                message = exc.args[0] if exc.args else type(exc).__name__
                raise MacroError(f"{docs}/{here()}: {_call_text(name, args, kwargs)}: {message}") from None

        return call

    def link(ref: str, label: str | None = None) -> str:
        """A link to `collection/id`, labelled with the record's name (or `label`)."""
        collection, record_id = split_ref(ref)
        entry = require_record(atlas, collection, record_id)
        return record_link(here(), collection, record_id, label or entry.name)

    def figure_value(
        figure_id: str,
        date: str | None = None,
        series: str | None = None,
        show_date: bool = False,
        to_date: str | None = None,
        to_series: str | None = None,
    ) -> str:
        """One value of a figure in its unit ("¥43 trillion", "2% of GDP"; 43兆円, GDP比2% in Japanese), linked to
        the figure page; with `to_date`/`to_series`, a range up to another value ("$800 billion–$1 trillion")."""
        entry = require_record(atlas, "figures", figure_id)
        written = (build.original or atlas).get("figures", figure_id).model.values  # type: ignore[union-attr]

        def one(date: str | None, series: str | None) -> Any:
            matches = [
                i
                for i, v in enumerate(written)  # the values as written: pages name series in English in both editions
                if (date is None or v.date.iso() == str(date)) and (series is None or v.series == series)
            ]
            if len(matches) != 1:
                raise ValueError(f"matches {len(matches)} values; name the date and series")
            return entry.model.values[matches[0]]  # type: ignore[attr-defined]

        value, unit = one(date, series), entry.model.unit  # type: ignore[attr-defined]
        if to_date is None and to_series is None:
            text = format_amount(value.value, unit)
        else:
            text = format_range(value.value, one(to_date or date, to_series or series).value, unit)
        text = markdown_inline(text)
        if show_date:
            text += f"（{value.date.human()}）" if language.current() == "ja" else f" in {value.date.human()}"
        return record_link(here(), "figures", figure_id, text)

    def count(collection: str) -> str:
        """How many records a collection has."""
        return str(len(atlas.collection(require_collection(collection))))

    def commitments_table(dimension: str | None = None, topic: str | None = None, status: str | None = None) -> str:
        """Commitments of a dimension, a topic and/or a current status (all that are given)."""
        return views.commitments_table(
            atlas,
            here(),
            dimension=dimension and require_dimension(dimension),
            topic=topic and require_topic(atlas, topic),
            status=status and require_status(status),
        )

    def timeline(dimension: str | None = None, since: int | None = None, until: int | None = None) -> str:
        """Events in date order (of one dimension, within years `since`–`until`, when given)."""
        return views.timeline(atlas, here(), dimension and require_dimension(dimension), since, until)

    def date_of(ref: str) -> str:
        """The date of an event or agreement."""
        collection, record_id = split_ref(ref)
        require_record(atlas, collection, record_id)
        return views.date_of(atlas, ref)

    def quote(quote_id: str) -> str:
        """A quotation block."""
        require_record(atlas, "quotes", quote_id)
        return views.quote_block(atlas, here(), quote_id)

    def download_size(pattern: str) -> str:
        """The size of a generated download, or of all that match a glob (`data/*.csv`), as `14 kB`."""
        return human_size(total_size(build.download_sizes, pattern))

    def downloads_updated() -> str:
        """The date the data behind the downloads last changed (its last commit)."""
        dates = [d for path, d in build.dates.items() if path.startswith("data/")]
        return PartialDate.parse(max(dates)).human() if dates else t("not dated (no git history)")

    def offline_zip() -> str:
        """The offline copy: a link with its size when this build publishes it, else how to make it."""
        size = build.download_sizes.get(OFFLINE_ZIP_PATH)
        if size is None:
            command = "`python -m macros offline --zip us-japan-alliance-atlas-offline.zip`"
            return t("Not published with this build; make it with {command}.").replace("{command}", command)
        name = OFFLINE_ZIP_PATH.rsplit("/", 1)[-1]
        if build.edition == "en":
            return f"[{name}]({OFFLINE_ZIP_PATH}) ({human_size(size)})"
        depth = page_url(here(), env.conf["use_directory_urls"]).count("/")
        href = "../" * (depth + 1) + OFFLINE_ZIP_PATH  # the English site's root holds the one copy
        return f'<a href="{html_attribute(href)}">{name}</a>（{human_size(size)}）'

    macros: dict[str, Callable[..., str]] = {
        "download_size": download_size,
        "downloads_updated": downloads_updated,
        "offline_zip": offline_zip,
        "link": link,
        "figure_value": figure_value,
        "count": count,
        "collection_index": lambda collection: collection_index(
            atlas, require_collection(collection), here(), directory_urls=directory_urls()
        ),
        "commitment_tracker": lambda: views.commitment_tracker(
            atlas, here(), directory_urls=directory_urls(), today=build_day()
        ),
        "tracker_summary": lambda: views.tracker_summary(atlas, here(), directory_urls=directory_urls()),
        "timeline_page": lambda: views.timeline_page(atlas, here(), directory_urls=directory_urls()),
        "status_scale": views.status_scale,
        "commitments_table": commitments_table,
        "timeline": timeline,
        "glossary": lambda: views.glossary(atlas, here()),
        "whats_new": lambda limit=8: views.whats_new(atlas, here(), limit),
        "recent_changes": lambda limit=50: changes_page(build.changes(), here(), limit),
        "records_by_topic": lambda topic: views.records_by_topic(atlas, here(), require_topic(atlas, topic)),
        "quote": quote,
        "all_discrepancies": lambda: views.all_discrepancies(atlas, here()),
        "source_profile": lambda: views.source_profile(atlas),
        "reliability_legend": lambda: reliability_legend(atlas),
        "date_of": date_of,
    }
    for name, function in macros.items():
        env.macro(checked(name, function), name)
