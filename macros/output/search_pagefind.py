"""The hosted site's search index: Pagefind run over one built edition, each edition its own bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"
"""The bundle's folder inside each edition's folder (site/pagefind/, site/ja/pagefind/)."""
EXCLUDE = ("[data-search-exclude]", ".headerlink", ".atlas-infobox")
"""Page furniture kept out of the index besides data-pagefind-ignore: citation markers, kind labels, backlinks,
source lists and last-updated lines (marked for Material's search already), permalinks, infoboxes."""


def pagefind_command(site: Path, language: str, *, glob: str = "**/*.html") -> list[str]:
    """The Pagefind command that indexes the edition built in `site` as `language` (ISO 639-1)."""
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-subdir",
        BUNDLE,
        "--force-language",
        language,
        "--glob",
        glob,
        "--exclude-selectors",
        ", ".join(EXCLUDE),
        "--quiet",
    ]


def run_pagefind(site: Path, language: str, *, glob: str = "**/*.html") -> int:
    """Index the edition built in `site` with Pagefind; return its exit status."""
    return subprocess.run(pagefind_command(site, language, glob=glob)).returncode


__all__ = ["BUNDLE", "EXCLUDE", "pagefind_command", "run_pagefind"]
