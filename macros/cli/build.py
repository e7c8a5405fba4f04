"""`python -m macros build`: build the whole site — the English edition into site/, the Japanese one into site/ja/."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from macros.output.search_index import write_offline_index
from macros.output.search_pagefind import run_pagefind

EDITIONS = (("en", "mkdocs.yml", ""), ("ja", "mkdocs.ja.yml", "ja"))
"""(language, config file, folder under the site root) of each edition, the English one first: its build
cleans the site folder, the Japanese one then writes into site/ja/."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `build` command."""
    parser = subparsers.add_parser("build", help="build both editions (English into site/, Japanese into site/ja/)")
    parser.add_argument("--dest", default="site", help="site folder, relative to --root (default: site)")
    parser.add_argument("--edition", choices=[e[0] for e in EDITIONS], help="build only this edition")
    parser.set_defaults(run=run)


def build_editions(
    root: Path, dest: Path, *, offline: bool = False, only: str | None = None, quiet: bool = True
) -> list[tuple[str, float, int]]:
    """Build each edition with `mkdocs build --strict` into `dest` (the Japanese one into dest/ja), then its
    search index (Pagefind's bundle; offline, the index script); return (language, seconds, exit status) per
    edition, stopping at the first failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **({"OFFLINE": "true"} if offline else {})}
    results = []
    for language, config, folder in EDITIONS:
        if only and language != only:
            continue
        args = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / config), "-d", str(dest / folder)]
        args += ["--clean", *(["-q"] if quiet else [])]
        started = time.perf_counter()
        status = subprocess.run(args, cwd=root, env=env).returncode
        if status == 0:
            status = index_edition(dest / folder, language, offline=offline)
        results.append((language, time.perf_counter() - started, status))
        if status != 0:
            break
    return results


def index_edition(site: Path, language: str, *, offline: bool) -> int:
    """Index one built edition for the site search: the offline index script, or Pagefind's bundle (the
    English edition's folder holds the Japanese one in ja/, which has its own index); return an exit status."""
    if offline:
        write_offline_index(site, language, skip=("ja/",) if language == "en" else ())
        return 0
    return run_pagefind(site, language)  # before the Japanese edition's build: site/ja/ is not there yet


def run(args: argparse.Namespace) -> int:
    """Build the editions; print each one's time; exit with the first failure's status."""
    root = Path(args.root).resolve()
    dest = (root / args.dest).resolve()
    for language, seconds, status in build_editions(root, dest, only=args.edition):
        where = dest / ("ja" if language == "ja" else "")
        print(f"{language}: {'built' if status == 0 else 'FAILED'} in {seconds:.1f} s → {where}/index.html")
        if status != 0:
            return status
    return 0
