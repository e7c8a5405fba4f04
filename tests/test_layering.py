"""The layers of macros/ depend one way: data ← render ← output ← glue; only the glue imports MkDocs.

Imports are read with `ast`, absolute and relative alike, including those inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MACROS = Path(__file__).resolve().parent.parent / "macros"
SITE_GENERATOR = {"mkdocs", "material", "mkdocs_macros"}
LAYERS = ("data", "render", "output", "glue", "cli")
# What each layer must not import (another layer of the package, or the site generator).
FORBIDDEN = {
    "data": {"macros.render", "macros.output", "macros.glue", "macros.cli", *SITE_GENERATOR},
    "render": {"macros.output", "macros.glue", "macros.cli", *SITE_GENERATOR},
    "output": {"macros.glue", "macros.cli", *SITE_GENERATOR},
    "glue": {"macros.cli"},
    "cli": {"macros.glue", *SITE_GENERATOR},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(MACROS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved to absolute names."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names |= {f"{module}.{alias.name}" for alias in node.names}  # `from pkg import module`
    return names


def _violates(module: str, forbidden: set[str]) -> bool:
    return any(module == f or module.startswith(f + ".") for f in forbidden)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(MACROS.rglob("*.py"))}


def test_every_module_sits_in_a_layer():
    loose = [m for m in _modules() if m.count(".") == 1 and m.split(".")[1] not in (*LAYERS, "__main__")]
    assert loose == [], f"modules outside the layers: {loose}"


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_imports_only_what_lies_below(layer):
    problems = [
        f"{name} imports {imported}"
        for name, path in _modules().items()
        if name.startswith(f"macros.{layer}.") or name == f"macros.{layer}"
        for imported in sorted(imported_modules(path))
        if _violates(imported, FORBIDDEN[layer])
    ]
    assert problems == []


def test_the_checker_sees_relative_and_nested_imports(tmp_path, monkeypatch):
    """A relative import of the glue from the data layer, inside a function, is caught."""
    fake = tmp_path / "macros" / "data"
    fake.mkdir(parents=True)
    module = fake / "sneaky.py"
    module.write_text("def f():\n    from ..glue import build\n    from . import models\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "MACROS", tmp_path / "macros")
    imported = imported_modules(module)
    assert "macros.glue.build" in imported and "macros.data.models" in imported
    assert _violates("macros.glue.build", FORBIDDEN["data"])


def test_the_glue_is_what_imports_mkdocs():
    importers = {n for n, p in _modules().items() if any(_violates(i, SITE_GENERATOR) for i in imported_modules(p))}
    assert importers and all(n.startswith("macros.glue.") for n in importers), sorted(importers)


def test_no_import_cycles():
    modules = _modules()
    graph = {n: {i for i in imported_modules(p) if i in modules and i != n} for n, p in modules.items()}
    # A package's __init__ importing its own submodules lazily is not a cycle worth reporting.
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []
