"""MkDocs hooks: thin dispatch to the Atlas glue (macros/glue/hooks.py).

MkDocs imports this file once per process, `mkdocs serve` included, so each event looks the glue up as it
is imported now: when code under macros/ has changed, the build's first step (`define_env`, or `on_config`
below) drops the package's modules and the rebuild runs the edited code (macros/glue/reload.py).
"""

from __future__ import annotations

import importlib

from mkdocs.plugins import event_priority

from macros.glue.reload import fresh_package


def _glue():
    return importlib.import_module("macros.glue.hooks")


def on_startup(command, dirty):
    """Note a dirty `mkdocs serve`."""
    _glue().on_startup(command, dirty)


@event_priority(-100)  # after Material's offline plugin, which adds the unpkg.com search shim
def on_config(config):
    """Offline theme adjustments and the glossary (the code re-imported first if it changed)."""
    fresh_package()
    return _glue().on_config(config)


def on_files(files, config):
    """A generated page for every record, and the generated downloads."""
    return _glue().on_files(files, config)


def on_page_markdown(markdown, page, config, files):
    """Hand-written pages, after the macros: the last-updated line."""
    return _glue().on_page_markdown(markdown, page, config, files)


def on_env(env, config, files):
    """Theme fragment cache and shared compiled templates."""
    return _glue().on_env(env, config, files)


def on_page_content(html, page, config, files):
    """Safe links in the rendered HTML."""
    return _glue().on_page_content(html, page, config, files)


def on_post_page(output, page, config):
    """Requests stay on the site; the search dialog named; a record page's JSON-LD."""
    return _glue().on_post_page(output, page, config)


def on_post_template(output_content, template_name, config):
    """The same for pages rendered from theme templates (404.html)."""
    return _glue().on_post_template(output_content, template_name, config)


def on_post_build(config):
    """SOURCE_DATE_EPOCH as it was before the build."""
    _glue().on_post_build(config)


def on_build_error(error):
    """A failed build: the same."""
    _glue().on_build_error(error)
