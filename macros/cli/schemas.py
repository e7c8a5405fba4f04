"""`python -m macros schemas`: write schemas/*.schema.json from the models, or `--check` they are current."""

from __future__ import annotations

import argparse
from pathlib import Path

from macros.data.schemas import SCHEMA_DIR, schema_texts


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `schemas` command."""
    parser = subparsers.add_parser("schemas", help="write the editor JSON Schemas to schemas/ (or --check them)")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 and name the files that differ from the models"
    )
    parser.set_defaults(run=run)


def stale_files(folder: Path, texts: dict[str, str]) -> dict[str, str]:
    """Schema files that are missing, differ from `texts` or are left over, with what is wrong."""
    present = {p.name for p in folder.glob("*.schema.json")} if folder.is_dir() else set()
    stale = {name: "missing" for name in texts if name not in present}
    stale |= {
        name: "differs from the models"
        for name in texts
        if name in present and (folder / name).read_text(encoding="utf-8") != texts[name]
    }
    stale |= {name: "no longer generated" for name in present if name not in texts}
    return dict(sorted(stale.items()))


def run(args: argparse.Namespace) -> int:
    """Write or check the schemas; print what was done."""
    folder = Path(args.root).resolve() / SCHEMA_DIR
    texts = schema_texts()
    stale = stale_files(folder, texts)
    if args.check:
        for name, problem in stale.items():
            print(f"{SCHEMA_DIR}/{name}: {problem} (run `python -m macros schemas` and commit the result)")
        print(f"schemas {'out of date: ' + str(len(stale)) + ' files' if stale else 'up to date'}")
        return 1 if stale else 0
    folder.mkdir(exist_ok=True)
    for name in stale:
        if name in texts:
            (folder / name).write_text(texts[name], encoding="utf-8")
        else:
            (folder / name).unlink()
        print(f"{'wrote' if name in texts else 'removed'} {SCHEMA_DIR}/{name}")
    print(f"schemas up to date: {len(texts)} files in {SCHEMA_DIR}/")
    return 0
