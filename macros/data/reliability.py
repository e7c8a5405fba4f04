"""Where a cited source was read: the host of a copy on another site than the publisher's (`via`).

The reader's reliability mark itself is `macros.data.queries.reliability` (one definition, shared with the
sources index); this module adds what a citation line needs beside it. No markup here (the data layer).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from macros.data.models import Source


def url_host(url: str) -> str:
    """The host of a URL without `www.` (`https://www.mofa.go.jp/a` → `mofa.go.jp`)."""
    return (urlsplit(url).hostname or url.split("://", 1)[-1].split("/", 1)[0]).removeprefix("www.")


def copy_host(source: Source) -> str | None:
    """The host the copy was read on, when that is not the publisher's own site (`via` is set), else None."""
    if not source.via or not source.url:
        return None
    return url_host(source.url)
