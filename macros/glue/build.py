"""One build of the site: the state it needs, created when the build starts and dropped with its config.

`Build.of(config)` makes the `Build` the first time any part of the build asks (the macros plugin's
`define_env` or the hooks' `on_config`, whichever MkDocs runs first) and keeps it on that config object.
`mkdocs serve` loads a new config for every rebuild, so each rebuild gets a new `Build` and the previous
one is freed with its config. Nothing here is a module global.
"""

from __future__ import annotations

import logging
import os
import re
from html import unescape as html_unescape
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from macros.data import language
from macros.data.atlas import Atlas, Entry
from macros.data.changes import Change, collect_changes
from macros.data.errors import DataErrors, summary_line
from macros.data.git_history import Commit, commit_dates, last_commit_timestamp, last_commits
from macros.data.load import load_atlas
from macros.data.translations import localize, missing_translations
from macros.glue import serve_dirty
from macros.glue.record_pages import RecordPage
from macros.output.chart_cache import chart_files, charts as draw_charts
from macros.output.downloads import OFFLINE_ZIP_PATH, assets, sizes
from macros.output.feed import FEED_PATH, atom_feed
from macros.render.charts import ChartImages
from macros.render.jsonld import jsonld_data, jsonld_script
from macros.render.cite_page import PageCitation, cite_this_page
from macros.render.page_extras import abbreviation_glossary, abbreviations, description, harden_links, updated_line
from macros.render.record import RecordHtml, render_record
from macros.render.urls import page_path, page_url

log = logging.getLogger("mkdocs.plugins.atlas")
_ATTRIBUTE = "atlas_build"  # the attribute of the MkDocs config that holds its Build


def project_root(config: Any) -> Path:
    """The folder holding mkdocs.yml."""
    return Path(config["config_file_path"]).resolve().parent


@dataclass
class Build:
    """What one build knows: the checked data, every file's last commit, and what is derived from them."""

    root: Path
    atlas: Atlas  # in the edition's language: localized for the Japanese edition
    commits: dict[str, Commit]
    dates: dict[str, str]  # path → date of its last commit
    glossary: dict[str, str]  # abbreviation → expansion, for the abbr extension
    abbreviations: str  # the same as Markdown definitions, appended to pages when abbr cannot take a glossary
    edition: str = "en"  # or "ja"
    original: Atlas | None = None  # the data as written (None: the same as `atlas`, the English edition)
    download_sizes: dict[str, int] = field(default_factory=dict)  # path → bytes of each generated download
    _charts: dict[str, ChartImages] | None = field(default=None, repr=False)
    _changes: list[Change] | None = field(default=None, repr=False)

    @classmethod
    def start(cls, config: Any) -> Build:
        """Load and check the data (log every error and stop the build if there is any); date the build."""
        root = project_root(config)
        data_dir = (config.get("extra") or {}).get("atlas_data_dir", "data")
        edition = (config.get("extra") or {}).get("atlas_edition", "en")
        try:
            atlas = original = load_atlas(root, data_dir=data_dir, docs_dir=Path(config["docs_dir"]))
            if edition == "ja":
                if missing := missing_translations(atlas):
                    raise DataErrors(missing)
                atlas = localize(atlas)
        except DataErrors as exc:
            for error in exc.errors:
                log.error(str(error))
            check = "python -m macros check" + (" --lang ja" if edition == "ja" else "")
            raise Abort(f"{summary_line(len(exc.errors))}; fix the data ({check}) and build again")
        language.activate(edition)  # until the build ends (end_of_build)
        pin_build_date(root)
        commits = last_commits(root, ".")  # every file's last commit: page dates and the changes feed
        return cls(
            root=root,
            atlas=atlas,
            edition=edition,
            original=original if original is not atlas else None,
            commits=commits,
            dates=commit_dates(commits),
            glossary=abbreviation_glossary(atlas.glossary),
            abbreviations=abbreviations(atlas.glossary),
        )

    @classmethod
    def of(cls, config: Any) -> Build:
        """The Build of the build `config` belongs to, started on first use."""
        build = getattr(config, _ATTRIBUTE, None)
        if build is None:
            build = cls.start(config)
            setattr(config, _ATTRIBUTE, build)
        return build

    def charts(self) -> dict[str, ChartImages]:
        """The charts of every figure (SVGs and PNG), drawn once per build (cached on disk across builds)."""
        if self._charts is None:
            self._charts = draw_charts(self.atlas, self.root / ".cache" / "charts")
        return self._charts

    def changes(self) -> list[Change]:
        """Status changes and each record's last commit, newest first (computed once per build)."""
        if self._changes is None:
            self._changes = collect_changes(self.atlas, self.commits)
        return self._changes


_PINNED = "ATLAS_PINNED_SOURCE_DATE_EPOCH"  # set beside SOURCE_DATE_EPOCH when the build set that


def pin_build_date(root: Path) -> None:
    """Reproducible builds: MkDocs dates a build (sitemap lastmod, page dates) from SOURCE_DATE_EPOCH, else from
    the clock. Unless the caller gave SOURCE_DATE_EPOCH, set it to the last commit's time (none without git)."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given and given != os.environ.get(_PINNED):
        return  # the caller's own
    unpin_build_date()
    stamp = last_commit_timestamp(root)
    if stamp:
        os.environ["SOURCE_DATE_EPOCH"] = os.environ[_PINNED] = stamp


def end_of_build() -> None:
    """After a build, or its failure: English again, and SOURCE_DATE_EPOCH as before the build."""
    language.activate("en")
    unpin_build_date()


def unpin_build_date() -> None:
    """After a build, or its failure: remove the SOURCE_DATE_EPOCH that pin_build_date set (not a caller's)."""
    pinned = os.environ.pop(_PINNED, None)
    if pinned is not None and os.environ.get("SOURCE_DATE_EPOCH") == pinned:
        del os.environ["SOURCE_DATE_EPOCH"]


def note_startup(command: str, dirty: bool) -> None:
    """At the start of `mkdocs build` or `mkdocs serve` (see serve_dirty)."""
    serve_dirty.note_startup(command, dirty)


def docs_folder(config: Any) -> str:
    """The docs_dir relative to the project: `docs`, or `docs/ja` for the Japanese edition."""
    return Path(config["docs_dir"]).resolve().relative_to(project_root(config)).as_posix()


SHARED_FOLDERS = ("assets", "stylesheets")  # docs/ folders the Japanese edition (docs/ja) uses as they are


def add_shared_files(files: Files, config: Any) -> None:
    """The Japanese edition's docs_dir is docs/ja: give it the English site's stylesheets and assets."""
    docs = project_root(config) / "docs"
    if Path(config["docs_dir"]).resolve() == docs.resolve():
        return
    for folder in SHARED_FOLDERS:
        for path in sorted((docs / folder).rglob("*")):
            if path.is_file():
                src_uri = path.relative_to(docs).as_posix()
                files.append(File(src_uri, str(docs), config["site_dir"], config["use_directory_urls"]))


def add_generated_pages(files: Files, config: Any) -> Files:
    """Add one generated page per record (rendered from the data as HTML), with its edit link on the YAML file."""
    build = Build.of(config)
    add_shared_files(files, config)
    for file in files:
        if file.generated_by is None:
            file.edit_uri = f"{docs_folder(config)}/{file.src_uri}"
    for entry in build.atlas.all():
        file = serve_dirty.RecordFile.generated(config, page_path(entry.collection, entry.id), content="")
        file.edit_uri = entry.path  # before the page is made: it sets its edit link from this
        page = RecordPage(file, config, entry, partial(record_html, build, entry, config), record_meta(entry))
        if serve_dirty.active():  # rebuild only the record pages whose HTML changed
            page.prerendered = record_html(build, entry, config)
            serve_dirty.mark(file, page.prerendered.html)
        files.append(file)
    for path, content in generated_assets(build, config):
        files.append(File.generated(config, path, content=content))
    return files


def record_meta(entry: Entry) -> dict[str, Any]:
    """A record page's metadata: the macros plugin skips it; its description; which record it shows."""
    return {
        "render_macros": False,
        "description": description(entry.model.summary),
        "atlas_record": f"{entry.collection}/{entry.id}",
    }


def record_html(build: Build, entry: Entry, config: Any) -> RecordHtml:
    """A record page's HTML: with its figure's chart, glossary tooltips and last-updated line."""
    chart = build.charts().get(entry.id) if entry.collection == "figures" else None
    date = build.dates.get(entry.path)
    return render_record(
        build.atlas,
        entry,
        directory_urls=config["use_directory_urls"],
        chart=chart,
        site_url=config.get("site_url") or "",
        glossary=build.glossary,
        footer=updated_line(date).strip() if date else "",
    )  # its JSON-LD goes in the <head>: add_jsonld


def generated_assets(build: Build, config: Any) -> list[tuple[str, str | bytes]]:
    """Non-page files produced from the data: downloads, charts and the Atom feed of changes."""
    feed = atom_feed(build.changes(), site_url=config.get("site_url") or "", directory_urls=config["use_directory_urls"])
    files: list[tuple[str, str | bytes]] = [*assets(build.atlas, {}), *chart_files(build.charts()), (FEED_PATH, feed)]
    build.download_sizes = sizes(files)
    if zip_path := offline_zip(config):
        build.download_sizes[OFFLINE_ZIP_PATH] = zip_path.stat().st_size
        if build.edition == "en":  # one copy, at the root of the whole site; the Japanese page links there
            files.append((OFFLINE_ZIP_PATH, zip_path.read_bytes()))
    return files


def offline_zip(config: Any) -> Path | None:
    """The offline copy's zip the build was given (extra.atlas_offline_zip, from ATLAS_OFFLINE_ZIP), if any.

    The offline build never gets one (a copy of itself inside itself); a path given but missing stops the build."""
    given = (config.get("extra") or {}).get("atlas_offline_zip") or ""
    if not given or os.environ.get("OFFLINE") == "true":
        return None
    path = (project_root(config) / given).resolve()
    if not path.is_file():
        raise Abort(f"ATLAS_OFFLINE_ZIP: {given}: no such file (build it first: python -m macros offline --zip {given})")
    return path


def glossary_tooltips_once(config: Any) -> None:
    """Give the glossary to the `abbr` extension once per build instead of appending it to every page.

    Same HTML, but Python-Markdown no longer parses the whole list of definitions on every page
    (that was about half of a page's conversion time). Falls back to appending the
    definitions when the installed Python-Markdown has no `glossary` option (it came in 3.7).
    """
    from markdown.extensions.abbr import AbbrExtension

    build = Build.of(config)
    name = next(
        (n for n in config["markdown_extensions"] if isinstance(n, str) and n.rsplit(".", 1)[-1] == "abbr"), None
    )
    if name is None or not build.glossary or "glossary" not in AbbrExtension().getConfigs():
        return
    config["mdx_configs"].setdefault(name, {})["glossary"] = build.glossary
    build.abbreviations = ""


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
    if not isinstance(page, RecordPage) or not site_url:
        return output
    script = jsonld_script(jsonld_data(Build.of(config).atlas, page.entry, site_url))
    return output.replace("</head>", f"{script}\n</head>", 1)


def finish_page_markdown(markdown: str, page: Any, config: Any) -> str:
    """After macros, on hand-written pages: the last-updated line (and the glossary, for an old Python-Markdown)."""
    if isinstance(page, RecordPage):
        return markdown  # rendered as HTML, footer included (record_html)
    build = Build.of(config)
    file = page.file
    source_path = file.edit_uri or f"{docs_folder(config)}/{file.src_uri}"
    date = build.dates.get(source_path)
    return markdown + (updated_line(date) if date else "") + build.abbreviations


def finish_page_content(html: str, page: Any = None, config: Any = None) -> str:
    """After Markdown: make every link safe; end the page with "Cite this page" (record and hand-written pages)."""
    html = harden_links(html)
    if page is None or config is None or not page.file.src_uri.endswith(".md"):
        return html
    citation = page_citation(page, config, html)
    page.meta["atlas_permanent_url"] = citation.url  # for "Report an error" (overrides/partials/actions.html)
    return html + "\n" + cite_this_page(citation) + "\n"


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)


def page_citation(page: Any, config: Any, html: str = "") -> PageCitation:
    """What "Cite this page" names: the edition's Atlas, the page's title, its permanent URL on the hosted site
    (also in the offline copy, whose file:// address is no one else's), the date of its file's last commit."""
    build = Build.of(config)
    file = page.file
    source_path = file.edit_uri or f"{docs_folder(config)}/{file.src_uri}"
    path = page_url(file.src_uri, True)
    url = (config.get("site_url") or "").rstrip("/") + "/" + ("" if path == "./" else path)
    heading = _H1.search(html)  # the title the reader sees (a nav label such as "Tracker" may be shorter)
    shown = re.sub(r'<a class="headerlink".*?</a>', "", heading.group(1)) if heading else str(page.title or "")
    title = html_unescape(re.sub(r"<[^>]+>", "", shown)).strip() if not page.is_homepage else ""
    site = config.get("site_name") or ""
    return PageCitation(site=site, title=title or site, url=url, updated=build.dates.get(source_path), path=path)
