"""The MkDocs events of the Atlas; hooks.py at the top of the repository hands each one to this module."""

from __future__ import annotations

from typing import Any

from macros.glue import build, editions, search, template_cache
from macros.output import offline_assets
from macros.render import a11y_markup
from macros.render.i18n import t


def on_startup(command: str, dirty: bool) -> None:
    """Note a dirty `mkdocs serve`: its rebuilds then skip record pages whose Markdown did not change."""
    build.note_startup(command, dirty)


def on_config(config: Any) -> Any:
    """Adjust theme features that cannot work in the offline build; load its search shim from the site itself;
    hand the glossary to the abbr extension once (the build starts for whichever asks first)."""
    build.drop_instant_navigation_offline(config)
    build.glossary_tooltips_once(config)
    config.extra["polyfills"] = offline_assets.local_polyfills(config.extra.get("polyfills", []))
    return config


def on_post_build(config: Any) -> None:
    """The build is over: the sitemap lists each page's twin in the other edition; then English again, and
    SOURCE_DATE_EPOCH as it was before the build (which dated itself by the last commit)."""
    editions.add_sitemap_alternates(config)
    build.end_of_build()


def on_build_error(error: Exception) -> None:
    """A failed build: the same."""
    build.end_of_build()


def on_files(files: Any, config: Any) -> Any:
    """Add a generated page for every record, and the generated downloads."""
    return build.add_generated_pages(files, config)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Hand-written pages, after the macros: the last-updated line. (Record pages are rendered as HTML.)"""
    return build.finish_page_markdown(markdown, page, config)


def on_env(env: Any, config: Any, files: Any) -> Any:
    """A fresh per-build cache for theme fragments that are the same on many pages (overrides/partials/nav.html);
    compiled templates kept across the rebuilds of `mkdocs serve`."""
    env.globals["atlas_render_cache"] = {}
    env.globals["atlas_t"] = t  # the Atlas's labels in the edition's language, for overrides/ templates
    env.bytecode_cache = template_cache.SHARED
    return env


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Safe links in the rendered HTML; "Cite this page" at its end; the content marked as the search's indexed region."""
    return search.mark_for_search(build.finish_page_content(html, page, config), page)


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Requests stay on the site (no api.github.com call; offline, no alternate links); name the search dialog;
    a record page's JSON-LD in the head."""
    output = a11y_markup.name_search_dialog(offline_assets.without_repository_facts(output))
    output = build.add_jsonld(output, page, config)
    return offline_assets.without_alternate_links(output) if _offline(config) else output


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    """The same for pages rendered from theme templates (404.html)."""
    return on_post_page(output_content, None, config)


def _offline(config: Any) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and plugin.config.enabled
