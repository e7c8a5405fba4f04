"""MkDocs hook for the benchmark: write every page's content and every other file to a plain docs folder.

Loaded only by the config from `project.dump_config`; runs after the Atlas hooks. A hand-written page is written
as the final Markdown MkDocs converts in the real build; a record page, which the Atlas renders as HTML without
Markdown, is written as that HTML (raw HTML is valid Markdown). The floor and naive builds use that folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

from macros.glue.record_pages import RecordPage


def _out(config) -> Path:
    return Path(config["extra"]["bench_dump_dir"])


MARKDOWN_CONFIG = "markdown_extensions.json"
"""Written beside the docs folder: the extensions' settings as the build used them (e.g. the abbr glossary)."""


@event_priority(-1000)
def on_config(config):
    """Record the Markdown extensions' settings after every hook has adjusted them."""
    settings = {}
    for name, options in (config["mdx_configs"] or {}).items():
        try:
            settings[name] = json.loads(json.dumps(options))
        except (TypeError, ValueError):
            continue  # not plain data (e.g. a function): the floor keeps mkdocs.yml's setting
    out = _out(config)
    out.mkdir(parents=True, exist_ok=True)
    (out.parent / MARKDOWN_CONFIG).write_text(json.dumps(settings, ensure_ascii=False), encoding="utf-8")
    return config


@event_priority(-1000)
def on_files(files, config):
    """Write every file that is not a Markdown page (theme assets excepted) as it is."""
    out = _out(config)
    docs = Path(config["docs_dir"]).resolve()
    for file in files:
        if file.is_documentation_page():
            continue
        if file.generated_by is None and not Path(file.abs_src_path).resolve().is_relative_to(docs):
            continue  # the theme's own assets: every build adds them
        target = out / file.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content_bytes)
    return files


@event_priority(-1000)
def on_page_markdown(markdown, page, config, files):
    """Write a hand-written page's Markdown after every other plugin and hook, with its metadata as front matter."""
    if not isinstance(page, RecordPage):
        _write(config, page, markdown)
    return markdown


@event_priority(-1000)
def on_page_content(html, page, config, files):
    """Write a record page's HTML, as the Markdown file of the same page, with its title as front matter."""
    if isinstance(page, RecordPage):
        _write(config, page, html, title=page.title)
    return html


def _write(config, page, body: str, **extra) -> None:
    target = _out(config) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {k: v for k, v in {**page.meta, **extra}.items() if isinstance(v, (str, int, float, bool))}
    meta.pop("render_macros", None)
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    target.write_text((f"---\n{front}---\n\n" if front else "") + body, encoding="utf-8")
