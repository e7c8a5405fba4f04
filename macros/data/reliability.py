"""How far a cited source can be trusted, in the four marks a reader sees: official, press, copy, weak.

Computed from the source's own fields (`reliability`, `via`, `url`), so that citation lists, the sources
index and the methodology's legend say the same thing. No markup here (the data layer).
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from macros.data.models import Source

Mark = Literal["official", "press", "copy", "weak"]
MARKS: tuple[Mark, ...] = ("official", "press", "copy", "weak")
"""The marks, strongest first."""

_BY_LEVEL: dict[str, Mark] = {
    "official": "official",  # the publisher's own copy
    "press": "press",  # a news report
    "verbatim-copy": "copy",  # the full text, read on another site
    "summary": "weak",  # someone else's summary or paraphrase
    "weak": "weak",  # an unreliable host
}


def reliability(source: Source) -> Mark:
    """The reader's mark for a source: an official text read on another host (`via`) counts as a copy."""
    mark = _BY_LEVEL[source.reliability]
    if mark == "official" and source.via:
        return "copy"
    return mark


def url_host(url: str) -> str:
    """The host of a URL without `www.` (`https://www.mofa.go.jp/a` → `mofa.go.jp`)."""
    return (urlsplit(url).hostname or url.split("://", 1)[-1].split("/", 1)[0]).removeprefix("www.")


def copy_host(source: Source) -> str | None:
    """The host the copy was read on, when that is not the publisher's own site (`via` is set), else None."""
    if not source.via or not source.url:
        return None
    return url_host(source.url)
