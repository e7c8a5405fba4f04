"""MkDocs hooks: thin dispatch to the Atlas glue (see macros/mkdocs_glue.py)."""

from __future__ import annotations

from macros import mkdocs_glue


def on_files(files, config):
    """Add a generated page for every record, and the generated downloads."""
    return mkdocs_glue.add_generated_pages(files, config)
