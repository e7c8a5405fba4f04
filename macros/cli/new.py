"""`python -m macros new <collection> <id>`: write a new record file to fill in."""

from __future__ import annotations

import argparse
from pathlib import Path

from macros.data.collections import COLLECTIONS
from macros.data.fields import _SLUG
from macros.data.placeholders import MARKER
from macros.data.scaffold import scaffold


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `new` command."""
    parser = subparsers.add_parser("new", help="write data/<collection>/<id>.yaml with every field to fill in")
    parser.add_argument("collection", choices=COLLECTIONS, help="the kind of record")
    parser.add_argument("id", help="the new record's id: a lowercase slug like 'ishiba-shigeru'")
    parser.add_argument("--data", default="data", help="data folder relative to --root (default: data)")
    parser.set_defaults(run=run)


def refusal(folder: Path, record_id: str) -> str:
    """Why `record_id` cannot be created in `folder`, or '' when it can."""
    if not _SLUG.match(record_id):
        return (
            f"'{record_id}' is not a valid id: ids are lowercase ASCII words joined by hyphens, "
            f"e.g. '{_slugify(record_id)}'"
        )
    existing = [p.name for p in sorted(folder.glob("*.yaml")) if p.stem.lower() == record_id.lower()]
    if existing:
        return f"{folder.name}/{existing[0]} already exists; edit it, or choose another id"
    return ""


def run(args: argparse.Namespace) -> int:
    """Write the new file, or explain why not and exit 1."""
    folder = Path(args.root).resolve() / args.data / args.collection
    problem = refusal(folder, args.id)
    if problem:
        print(f"error: {problem}")
        return 1
    text = scaffold(args.collection, args.id)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{args.id}.yaml").write_text(text, encoding="utf-8")
    todo = sum(MARKER in line and not line.lstrip().startswith("#") for line in text.splitlines())
    print(
        f"wrote {args.data}/{args.collection}/{args.id}.yaml: replace its {todo} '{MARKER}' placeholders, "
        "then run `python -m macros check`"
    )
    return 0


def _slugify(text: str) -> str:
    slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(filter(None, slug.split("-"))) or "my-record"
