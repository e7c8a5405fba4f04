"""Thin MkDocs glue: load the Atlas at the start of a build, add generated pages, register macros.

Everything MkDocs-specific lives here and in `hooks.py`; the data layer never imports MkDocs.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from .atlas import Atlas
from .errors import DataErrors, summary_line
from .render.text import page_path
from .site import load_atlas

log = logging.getLogger("mkdocs.plugins.atlas")
_STATE: dict[str, Atlas] = {}


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
    _STATE["atlas"] = atlas
    return atlas


def current_atlas() -> Atlas:
    """The Atlas loaded for the build in progress."""
    try:
        return _STATE["atlas"]
    except KeyError:
        raise Abort("the Atlas data was not loaded: is the macros plugin (module_name: macros) enabled?") from None


def define_env(env: Any) -> None:
    """Load the data, then register the macros for hand-written and generated pages."""
    from .macros_registry import register

    atlas = load_for_build(env.conf)
    register(env, atlas)


def add_generated_pages(files: Files, config: Any) -> Files:
    """Add one generated page per record (a single macro call), with its edit link on the YAML file."""
    atlas = current_atlas()
    for file in files:
        if file.generated_by is None:
            file.edit_uri = f"{Path(config['docs_dir']).name}/{file.src_uri}"
    for entry in atlas.all():
        stub = f'{{{{ record_page("{entry.collection}", "{entry.id}") }}}}\n'
        file = File.generated(config, page_path(entry.collection, entry.id), content=stub)
        file.edit_uri = entry.path
        files.append(file)
    for path, content in generated_assets(atlas, config):
        files.append(File.generated(config, path, content=content))
    return files


def generated_assets(atlas: Atlas, config: Any) -> list[tuple[str, str | bytes]]:
    """Non-page files produced from the data (downloads, charts); filled in by later features."""
    from .downloads import assets

    return assets(atlas, project_root(config))
