"""Command line: `python -m macros check` (and the other contributor commands)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from .errors import DataErrors, summary_line


def _check(args: argparse.Namespace) -> int:
    from .site import load_atlas

    root = Path(args.root).resolve()
    started = time.perf_counter()
    try:
        atlas = load_atlas(root, data_dir=args.data, docs_dir=root / "docs")
    except DataErrors as exc:
        for error in exc.errors:
            print(error)
        print(summary_line(len(exc.errors)))
        if os.environ.get("GITHUB_ACTIONS") == "true":
            from .annotations import github_annotation

            for error in exc.errors:
                print(github_annotation(error))
        return 1
    elapsed = time.perf_counter() - started
    print(f"check passed: {atlas.count()} records in {len(atlas.entries)} collections, "
          f"{len(atlas.links)} references, 0 errors ({elapsed:.2f} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m macros", description="US–Japan Alliance Atlas data tools")
    parser.add_argument("--root", default=".", help="project folder (default: current folder)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every record under data/; exit 1 on any error")
    check.add_argument("--data", default="data", help="data folder relative to --root (default: data)")
    check.set_defaults(run=_check)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
