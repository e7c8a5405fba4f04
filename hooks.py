"""MkDocs hooks: thin dispatch to the Atlas glue (macros/glue/).

MkDocs loads this file again for every build, `mkdocs serve` rebuilds included: edited code under macros/ is
imported afresh first (macros/glue/reload.py), so the rebuild runs it.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from macros.glue.reload import fresh_package

fresh_package()
# The imports below come after the reload on purpose (E402).
from macros.render import a11y_markup  # noqa: E402
from macros.glue import build, editions, template_cache  # noqa: E402
from macros.output import offline_assets  # noqa: E402


def on_startup(command, dirty):
    """Note a dirty `mkdocs serve`: its rebuilds then skip record pages whose Markdown did not change."""
    build.note_startup(command, dirty)


@event_priority(-100)  # after Material's offline plugin, which adds the unpkg.com search shim
def on_config(config):
    """Adjust theme features that cannot work in the offline build; load its search shim from the site itself;
    hand the glossary to the abbr extension once (the build's data is loaded by whichever asks first)."""
    build.drop_instant_navigation_offline(config)
    build.glossary_tooltips_once(config)
    config.extra["polyfills"] = offline_assets.local_polyfills(config.extra.get("polyfills", []))
    return config


def on_post_build(config):
    """The build is over: English again, and SOURCE_DATE_EPOCH as it was before it (the build dated itself by
    the last commit)."""
    build.end_of_build()


def on_build_error(error):
    """A failed build: the same."""
    build.end_of_build()


def on_files(files, config):
    """Add a generated page for every record, and the generated downloads."""
    return build.add_generated_pages(files, config)


def on_page_markdown(markdown, page, config, files):
    """Hand-written pages, after the macros: the last-updated line. (Record pages are rendered as HTML.)"""
    return build.finish_page_markdown(markdown, page, config)


def on_env(env, config, files):
    """A fresh per-build cache for theme fragments that are the same on many pages (overrides/partials/nav.html);
    compiled templates kept across the rebuilds of `mkdocs serve`."""
    env.globals["atlas_render_cache"] = {}
    env.bytecode_cache = template_cache.SHARED
    return env


def on_page_content(html, page, config, files):
    """Safe links in the rendered HTML."""
    return build.finish_page_content(html)


def on_post_page(output, page, config):
    """Requests stay on the site (no api.github.com call; offline, no alternate links); name the search dialog;
    a record page's JSON-LD in the head."""
    output = a11y_markup.name_search_dialog(offline_assets.without_repository_facts(output))
    output = build.add_jsonld(output, page, config)
    if _offline(config):
        return offline_assets.without_alternate_links(output)
    return editions.with_hreflang(output, page, config)


def on_post_template(output_content, template_name, config):
    """The same for pages rendered from theme templates (404.html)."""
    return on_post_page(output_content, None, config)


def _offline(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and plugin.config.enabled
