"""Keep every request a built page makes on the site itself (offline copy and hosted site alike).

Pure string/list functions; `hooks.py` applies them during the MkDocs build.
"""

from __future__ import annotations

import re
from typing import Any

IFRAME_WORKER_SHIM = "assets/vendor/iframe-worker/shim.js"
"""The vendored copy of the `iframe-worker` shim (see docs/assets/vendor/iframe-worker/SOURCE.txt)."""

_REPOSITORY_FACTS = re.compile(r'(<a\b[^>]*\bclass="md-source")\s+data-md-component="source"')
_ALTERNATE_LINK = re.compile(r'[ \t]*<link\b[^>]*\brel="alternate"[^>]*>\n?')


def local_polyfills(polyfills: list[Any]) -> list[Any]:
    """The polyfill list with any remote `iframe-worker` script replaced by the vendored copy."""
    result = []
    for script in polyfills:
        path = str(getattr(script, "path", script))
        remote = re.match(r"^(https?:)?//", path) is not None
        result.append(IFRAME_WORKER_SHIM if remote and "iframe-worker" in path else script)
    return result


def without_repository_facts(html: str) -> str:
    """The page without the hook that makes Material fetch star and fork counts from api.github.com."""
    return _REPOSITORY_FACTS.sub(r"\1", html)


def without_alternate_links(html: str) -> str:
    """The page without `<link rel="alternate">` tags, for the offline copy.

    Material reads every alternate link as another language of the site and fetches the sitemap.xml
    beside it, which a page opened from file:// may not do (an error in the console); and a feed
    link is of no use without a server to poll.
    """
    return _ALTERNATE_LINK.sub("", html)
