"""Command line: `python -m macros <command>`; commands live in macros/cli/."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from macros import cli


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m macros", description="US–Japan Alliance Atlas data tools")
    parser.add_argument("--root", default=".", help="project folder (default: current folder)")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(cli.__path__), key=lambda m: m.name):
        importlib.import_module(f"{cli.__name__}.{info.name}").register(subparsers)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
