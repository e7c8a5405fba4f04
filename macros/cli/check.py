"""`python -m macros check`: validate every record, print `file:line:` errors, exit 1 on any."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from macros.data.errors import DataErrors, summary_line


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `check` command."""
    parser = subparsers.add_parser("check", help="validate every record under data/; exit 1 on any error")
    parser.add_argument("--data", default="data", help="data folder relative to --root (default: data)")
    parser.add_argument(
        "--lang",
        choices=["ja"],
        help="also list every text without its Japanese counterpart (errors: the Japanese edition needs them all)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load and check the data; print every error, or a one-line summary."""
    from macros.data.load import load_atlas

    root = Path(args.root).resolve()
    started = time.perf_counter()
    try:
        atlas = load_atlas(root, data_dir=args.data, docs_dir=root / "docs")
    except DataErrors as exc:
        for error in exc.errors:
            print(error)
        print(summary_line(len(exc.errors)))
        if os.environ.get("GITHUB_ACTIONS") == "true":
            from macros.data.annotations import github_annotation

            for error in exc.errors:
                print(github_annotation(error))
        return 1
    elapsed = time.perf_counter() - started
    if args.lang == "ja":
        from macros.data.translations import coverage, missing_translations, term_errors

        missing = missing_translations(atlas) + term_errors(atlas)
        for error in missing:
            print(error)
        for name, (done, total) in coverage(atlas).items():
            print(f"{name}: {done} of {total} records translated")
        if missing:
            print(f"{summary_line(len(missing))} (Japanese edition)")
            return 1
    print(
        f"check passed: {atlas.count()} records in {len(atlas.entries)} collections, "
        f"{len(atlas.links)} references, 0 errors ({elapsed:.2f} s)"
    )
    return 0
