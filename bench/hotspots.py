"""Where a profiled build spends its time, grouped by who owns the code (ours, MkDocs, Material, ...)."""

from __future__ import annotations

import pstats
from collections import defaultdict
from pathlib import Path

OWNERS = (
    ("mkdocs_macros", "mkdocs-macros"),
    ("material", "Material"),
    ("mkdocs", "MkDocs"),
    ("markdown", "Python-Markdown"),
    ("jinja2", "Jinja2"),
    ("markupsafe", "Jinja2"),
    ("pymdownx", "pymdown"),
    ("yaml", "PyYAML"),
    ("pydantic", "pydantic"),
    ("matplotlib", "matplotlib"),
)


def owner(filename: str, project: str = "") -> str:
    """Who owns the code in `filename`: 'Atlas' (macros/, hooks.py), a library, or 'Python' (stdlib, builtins)."""
    path = filename.replace("\\", "/")
    if "/site-packages/" in path:
        package = path.split("/site-packages/", 1)[1].split("/", 1)[0]
        return next((name for prefix, name in OWNERS if package == prefix), package)
    if (project and path.startswith(project)) or path.endswith("/hooks.py") or "/macros/" in path:
        return "Atlas"
    return "Python"


def by_owner(profile: Path, project: str = "") -> dict[str, float]:
    """Seconds of own time (cProfile's tottime) per owner, largest first."""
    stats = pstats.Stats(str(profile))
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        totals[owner(filename, project)] += tottime
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def top_functions(profile: Path, who: str, project: str = "", limit: int = 12) -> list[tuple[str, float, float]]:
    """The functions of one owner with the most own time: (name, tottime, cumtime)."""
    stats = pstats.Stats(str(profile))
    rows = [
        (f"{Path(filename).name}:{line}({name})", tottime, cumtime)
        for (filename, line, name), (_, _, tottime, cumtime, _) in stats.stats.items()  # type: ignore[attr-defined]
        if owner(filename, project) == who
    ]
    return sorted(rows, key=lambda r: -r[1])[:limit]
