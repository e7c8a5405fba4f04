"""Thin MkDocs glue: load the Atlas at the start of a build, add generated pages, register macros.

Everything MkDocs-specific lives here and in `hooks.py`; the data layer never imports MkDocs.
"""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from macros.glue import serve_dirty
from macros.data.atlas import Atlas, Entry
from macros.data.changes import Change, collect_changes
from macros.data.errors import DataErrors, summary_line
from macros.data.git_history import commit_dates, last_commit_timestamp, last_commits
from macros.glue.record_pages import RecordPage
from macros.render.jsonld import jsonld_data, jsonld_script
from macros.render.record import RecordHtml, render_record
from macros.render.page_extras import abbreviation_glossary, abbreviations, description, harden_links, updated_line
from macros.render.text import page_path
from macros.data.load import load_atlas

log = logging.getLogger("mkdocs.plugins.atlas")
_STATE: dict[str, Any] = {}


def project_root(config: Any) -> Path:
    """The folder holding mkdocs.yml."""
    return Path(config["config_file_path"]).resolve().parent


def load_for_build(config: Any) -> Atlas:
    """Load and check the data; log every error and stop the build if there is any."""
    root = project_root(config)
    data_dir = config.get("extra", {}).get("atlas_data_dir", "data")
    try:
        atlas = load_atlas(root, data_dir=data_dir, docs_dir=Path(config["docs_dir"]))
    except DataErrors as exc:
        for error in exc.errors:
            log.error(str(error))
        raise Abort(f"{summary_line(len(exc.errors))}; fix the data (python -m macros check) and build again")
    _STATE.clear()
    _STATE["atlas"] = atlas
    _STATE["commits"] = last_commits(root, ".")  # every file's last commit: page dates and the changes feed
    _STATE["dates"] = commit_dates(_STATE["commits"])
    _STATE["abbreviations"] = abbreviations(atlas.glossary)
    _STATE["glossary"] = abbreviation_glossary(atlas.glossary)
    return atlas


def note_startup(command: str, dirty: bool) -> None:
    """At the start of `mkdocs build` or `mkdocs serve` (see serve_dirty)."""
    serve_dirty.note_startup(command, dirty)


def current_atlas() -> Atlas:
    """The Atlas loaded for the build in progress."""
    try:
        return _STATE["atlas"]
    except KeyError:
        raise Abort("the Atlas data was not loaded: is the macros plugin (module_name: macros) enabled?") from None


def define_env(env: Any) -> None:
    """Load the data, then register the macros for hand-written and generated pages."""
    from macros.glue.page_macros import register

    atlas = load_for_build(env.conf)
    register(env, atlas)


def add_generated_pages(files: Files, config: Any) -> Files:
    """Add one generated page per record (rendered from the data as HTML), with its edit link on the YAML file."""
    atlas = current_atlas()
    for file in files:
        if file.generated_by is None:
            file.edit_uri = f"{Path(config['docs_dir']).name}/{file.src_uri}"
    for entry in atlas.all():
        file = serve_dirty.RecordFile.generated(config, page_path(entry.collection, entry.id), content="")
        file.edit_uri = entry.path  # before the page is made: it sets its edit link from this
        page = RecordPage(file, config, partial(record_html, entry, config), record_meta(entry))
        if serve_dirty.active():  # rebuild only the record pages whose HTML changed
            page.prerendered = record_html(entry, config)
            serve_dirty.mark(file, page.prerendered.html)
        files.append(file)
    for path, content in generated_assets(atlas, config):
        files.append(File.generated(config, path, content=content))
    return files


def record_meta(entry: Entry) -> dict[str, Any]:
    """A record page's metadata: the macros plugin skips it; its description; which record it shows."""
    return {
        "render_macros": False,
        "description": description(entry.model.summary),
        "atlas_record": f"{entry.collection}/{entry.id}",
    }


def record_html(entry: Entry, config: Any) -> RecordHtml:
    """A record page's HTML: with its figure's chart, glossary tooltips and last-updated line."""
    chart = current_charts(config).get(entry.id, "") if entry.collection == "figures" else ""
    date = _STATE.get("dates", {}).get(entry.path)
    return render_record(
        current_atlas(),
        entry,
        directory_urls=config["use_directory_urls"],
        chart=chart,
        glossary=_STATE.get("glossary", {}),
        footer=updated_line(date).strip() if date else "",
    )  # its JSON-LD goes in the <head>: add_jsonld


def current_charts(config: Any) -> dict[str, str]:
    """The SVG chart of every figure, drawn once per build (cached on disk across builds)."""
    if "charts" not in _STATE:
        from macros.output.chart_cache import charts

        _STATE["charts"] = charts(current_atlas(), project_root(config) / ".cache" / "charts")
    return _STATE["charts"]


def generated_assets(atlas: Atlas, config: Any) -> list[tuple[str, str | bytes]]:
    """Non-page files produced from the data: downloads, charts and the Atom feed of changes."""
    from macros.output.downloads import assets
    from macros.output.feed import FEED_PATH, atom_feed

    feed = atom_feed(
        current_changes(config), site_url=config.get("site_url") or "", directory_urls=config["use_directory_urls"]
    )
    return [*assets(atlas, current_charts(config)), (FEED_PATH, feed)]


def current_changes(config: Any) -> list[Change]:
    """Status changes and each record's last commit, newest first (computed once per build)."""
    if "changes" not in _STATE:
        _STATE["changes"] = collect_changes(current_atlas(), _STATE.get("commits", {}))
    return _STATE["changes"]


def pin_build_date(config: Any) -> None:
    """Reproducible builds: date the build (sitemap, archives) by the last commit unless told otherwise."""
    if "SOURCE_DATE_EPOCH" not in os.environ:
        stamp = last_commit_timestamp(project_root(config))
        if stamp:
            os.environ["SOURCE_DATE_EPOCH"] = stamp


def glossary_tooltips_once(config: Any) -> None:
    """Give the glossary to the `abbr` extension once per build instead of appending it to every page.

    Same HTML, but Python-Markdown no longer parses the whole list of definitions on every page
    (that was about half of a page's conversion time). Falls back to appending the
    definitions when the installed Python-Markdown has no `glossary` option (it came in 3.7).
    """
    from markdown.extensions.abbr import AbbrExtension

    name = next(
        (n for n in config["markdown_extensions"] if isinstance(n, str) and n.rsplit(".", 1)[-1] == "abbr"), None
    )
    if name is None or "glossary" not in _STATE or "glossary" not in AbbrExtension().getConfigs():
        return
    config["mdx_configs"].setdefault(name, {})["glossary"] = _STATE["glossary"]
    _STATE["abbreviations"] = ""


def drop_instant_navigation_offline(config: Any) -> None:
    """Instant navigation needs a server: remove it when Material's offline plugin is on."""
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    if offline is not None and offline.config.enabled:
        features = config.theme.get("features", [])
        config.theme["features"] = [f for f in features if not f.startswith("navigation.instant")]


def add_jsonld(output: str, page: Any, config: Any) -> str:
    """A record page's schema.org JSON-LD, in the <head> of the finished HTML.

    Added after Markdown and search indexing rather than inside the page's Markdown: neither
    Python-Markdown nor the search plugin then has to read through it (about a twentieth of a
    record page's build time).
    """
    site_url = config.get("site_url") or ""
    entry = _record_of(page) if page is not None and site_url else None
    if entry is None:
        return output
    script = jsonld_script(jsonld_data(current_atlas(), entry, site_url))
    return output.replace("</head>", f"{script}\n</head>", 1)


def _record_of(page: Any) -> Entry | None:
    """The record a generated record page shows, or None for any other page."""
    if not isinstance(page, RecordPage):
        return None
    collection, _, record_id = page.file.src_uri[:-3].partition("/")
    return current_atlas().get(collection, record_id)


def finish_page_markdown(markdown: str, page: Any, config: Any) -> str:
    """After macros, on hand-written pages: the last-updated line (and the glossary, for an old Python-Markdown)."""
    if isinstance(page, RecordPage):
        return markdown  # rendered as HTML, footer included (record_html)
    file = page.file
    source_path = file.edit_uri or f"{Path(config['docs_dir']).name}/{file.src_uri}"
    date = _STATE.get("dates", {}).get(source_path)
    return markdown + (updated_line(date) if date else "") + _STATE.get("abbreviations", "")


def finish_page_content(html: str) -> str:
    """After Markdown: make every link safe."""
    return harden_links(html)
