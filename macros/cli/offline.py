"""`python -m macros offline [--zip PATH]`: build the copy of the site that works from disk, optionally zipped."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from macros.cli.build import build_editions
from macros.output.archive import zip_folder

ZIP_FOLDER = "us-japan-alliance-atlas"
"""The folder a reader gets when unzipping the offline copy."""


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `offline` command."""
    parser = subparsers.add_parser(
        "offline", help="build the offline copy (open index.html from disk; no network needed), optionally as a zip"
    )
    parser.add_argument(
        "--dest", default="site-offline", help="folder for the offline site, relative to --root (default: site-offline)"
    )
    parser.add_argument("--zip", metavar="PATH", help="also write the site as a zip ready to hand over")
    parser.set_defaults(run=run)


def build_offline(root: Path, dest: Path) -> subprocess.CompletedProcess:
    """Build both editions with Material's offline plugin on (OFFLINE=true) into `dest` (Japanese: dest/ja)."""
    results = build_editions(root, dest, offline=True)
    status = next((s for _, _, s in results if s != 0), 0)
    return subprocess.CompletedProcess(["python", "-m", "macros", "offline"], status)


def run(args: argparse.Namespace) -> int:
    """Build the offline site; zip it when asked; print where the result is."""
    root = Path(args.root).resolve()
    dest = (root / args.dest).resolve()
    if root.is_relative_to(dest) or dest == root / "docs" or dest.is_relative_to(root / "docs"):
        print(f"--dest {args.dest} would overwrite the project; choose a new folder", file=sys.stderr)
        return 2
    result = build_offline(root, dest)
    if result.returncode != 0:
        print(f"offline build failed (mkdocs exit status {result.returncode})", file=sys.stderr)
        return result.returncode
    print(f"offline site: {dest}/index.html")
    if args.zip:
        zip_path = Path(args.zip).resolve()
        count = zip_folder(dest, zip_path, ZIP_FOLDER)
        size = zip_path.stat().st_size
        print(
            f"offline zip: {zip_path} ({count} files, {size / 1_000_000:.1f} MB); "
            f"unzip it and open {ZIP_FOLDER}/index.html"
        )
    return 0
