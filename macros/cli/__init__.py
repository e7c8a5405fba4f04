"""Subcommands of `python -m macros`: each module defines `register(subparsers)`."""
