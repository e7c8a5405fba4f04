"""`mkdocs serve`: an edit to the code under macros/ takes effect on the next rebuild.

Python keeps the modules it has imported (and MkDocs imports hooks.py once per process), so the macros
plugin and the hooks would go on running the code as it was when the server started. `fresh_package()`,
called first thing in every build (by `define_env`, and by hooks.py's on_config), notes every module file's size and modification time; when one has
changed (or a file was added or removed) since the last call, it drops the package's modules from
`sys.modules`, so the imports that follow read the code again. Unchanged code is not re-imported.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

PACKAGE = "macros"
ROOT = Path(__file__).resolve().parent.parent
# This module's own record, and what a serve session keeps across rebuilds: page digests, compiled templates.
_KEEP = {__name__, "macros.glue.serve_dirty", "macros.glue.template_cache"}
_seen: dict[str, tuple[int, int]] = {}  # path → (size, mtime_ns) when the package was last imported


def _snapshot() -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(ROOT.rglob("*.py"))}


def fresh_package() -> bool:
    """Forget the package's imported modules if any of its files changed since the last call; True if so."""
    global _seen
    now = _snapshot()
    changed = bool(_seen) and now != _seen
    _seen = now
    if changed:
        for name in [n for n in sys.modules if (n == PACKAGE or n.startswith(PACKAGE + ".")) and n not in _KEEP]:
            del sys.modules[name]
        importlib.invalidate_caches()
    return changed
