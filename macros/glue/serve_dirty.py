"""`mkdocs serve --dirty`: rebuild only the record pages whose HTML changed since the last rebuild.

MkDocs rebuilds every generated page on every change, because a generated file always counts as
modified. In a dirty serve session this module remembers a digest of each record page's HTML;
a record page whose HTML is the same as at the previous rebuild reports itself unmodified, so
MkDocs keeps the page it already wrote. Ordinary builds and plain `mkdocs serve` are unaffected.
"""

from __future__ import annotations

import hashlib
from typing import Any

from mkdocs.structure.files import File

_SESSION: dict[str, Any] = {"dirty": False, "digests": {}}
"""Kept across the rebuilds of one `mkdocs serve` process."""


def note_startup(command: str, dirty: bool) -> None:
    """Remember whether this process is a dirty `mkdocs serve`."""
    _SESSION["dirty"] = command == "serve" and dirty
    _SESSION["digests"] = {}


def active() -> bool:
    """Whether unchanged record pages may be skipped in this process."""
    return bool(_SESSION["dirty"])


class RecordFile(File):
    """A record's generated page, which a dirty serve may declare unmodified."""

    unchanged = False

    def is_modified(self) -> bool:
        """Unmodified when its HTML matched the previous rebuild's; otherwise as any generated file."""
        return not self.unchanged and super().is_modified()


def mark(file: RecordFile, html: str) -> bool:
    """Compare the page's HTML with the previous rebuild's and remember it; True when it changed."""
    digest = hashlib.blake2b(html.encode("utf-8"), digest_size=16).digest()
    file.unchanged = _SESSION["digests"].get(file.src_uri) == digest
    _SESSION["digests"][file.src_uri] = digest
    return not file.unchanged
