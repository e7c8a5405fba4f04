"""US–Japan Alliance Atlas: the data layer (load → validate → link → render) and its MkDocs glue.

`define_env` is the entry point of mkdocs-macros-plugin (`module_name: macros`).
It stays import-light so that `python -m macros` never imports MkDocs.
"""

from __future__ import annotations

from typing import Any


def define_env(env: Any) -> None:
    """mkdocs-macros entry point: check the data (stopping the build on errors), register macros."""
    import importlib

    from macros.glue.reload import fresh_package

    fresh_package()  # under `mkdocs serve`, edited code is imported afresh (macros/glue/reload.py)
    importlib.import_module("macros.glue.page_macros").define_env(env)
