"""Rebuild a project several times in one Python process, as `mkdocs serve` does, printing JSON per rebuild.

Usage: python rebuild_in_process.py PROJECT SITE N [--edit FILE OLD NEW]
Each line: {"rss_kb": resident memory after the rebuild, "objects": tracked objects}. With --edit, FILE
(relative to PROJECT) has OLD replaced by NEW after the first rebuild.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
from pathlib import Path


def rss_kb() -> int:
    """Resident memory of this process now, in KiB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def main() -> None:
    project, site, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    edit = sys.argv[5:8] if len(sys.argv) > 4 and sys.argv[4] == "--edit" else None
    logging.basicConfig(level=logging.ERROR)  # errors to stderr; the fixture docs' link warnings are expected
    os.chdir(project)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    for number in range(count):
        build(load_config(str(project / "mkdocs.yml"), site_dir=site, strict=False))
        gc.collect()
        print(json.dumps({"rss_kb": rss_kb(), "objects": len(gc.get_objects())}), flush=True)
        if edit and number == 0:
            path = project / edit[0]
            text = path.read_text(encoding="utf-8")
            assert edit[1] in text, f"{edit[1]!r} not in {path}"
            path.write_text(text.replace(edit[1], edit[2]), encoding="utf-8")


if __name__ == "__main__":
    main()
