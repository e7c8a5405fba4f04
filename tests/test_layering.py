"""The data layer stays free of MkDocs, so the site generator can be swapped: only the glue imports it."""

from __future__ import annotations

import ast
from pathlib import Path

MACROS = Path(__file__).resolve().parent.parent / "macros"
GLUE = {
    "mkdocs_glue.py",  # loads the data at build start, adds generated pages, JSON-LD, page footers
    "record_pages.py",  # the MkDocs page class of record pages (HTML from the renderer)
    "serve_dirty.py",  # the record file class that a dirty `mkdocs serve` may skip
    "bench/dump_hook.py",  # the benchmark's hook that writes the floor's pages
    "bench/project.py",  # the benchmark's MkDocs configs
}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_glue_imports_mkdocs():
    importers = {
        str(path.relative_to(MACROS)) for path in MACROS.rglob("*.py") if {"mkdocs", "material"} & _imports(path)
    }
    assert importers <= GLUE, f"MkDocs imported outside the glue: {sorted(importers - GLUE)}"
    assert "record_pages.py" in importers  # the check sees imports at all


def test_renderers_and_models_import_no_site_generator():
    for path in [*(MACROS / "render").glob("*.py"), *(MACROS / n for n in ("loader.py", "models.py", "atlas.py"))]:
        assert not {"mkdocs", "material", "mkdocs_macros"} & _imports(path), path.name
