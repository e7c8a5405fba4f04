"""A local server for a built site that gzips text answers, as GitHub Pages does, for the page-speed benchmarks.

`http.server` sends every file as is; Lighthouse then counts 700 KB of uncompressed script and CSS
that no real host sends, and flags "enable text compression". This server compresses HTML, CSS,
JavaScript, JSON, SVG and XML when the browser accepts gzip, and answers everything else as
`http.server` does. Compressed bodies are kept in memory, so each file is compressed once.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import threading
from pathlib import Path

TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
"""Content types sent compressed (prefixes)."""


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """`SimpleHTTPRequestHandler` that answers text files gzipped when the request accepts gzip."""

    cache: dict[tuple[str, float], bytes]
    lock: threading.Lock

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "application/javascript",
        ".mjs": "application/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
        ".webmanifest": "application/manifest+json",
    }

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_head(self):
        """Answer with the gzipped file when it is text and gzip is accepted; otherwise as the base class does."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the base class redirects to the folder's URL
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        ctype = self.guess_type(path)
        if not (accepts and os.path.isfile(path) and ctype.startswith(TEXT_TYPES)):
            return super().send_head()
        body = self._compressed(path)
        self.send_response(200)
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "max-age=600")  # as GitHub Pages
        self.end_headers()
        return _Body(body)

    def _compressed(self, path: str) -> bytes:
        key = (path, os.path.getmtime(path))
        with self.lock:
            if key not in self.cache:
                self.cache[key] = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
            return self.cache[key]


class _Body:
    """The file-like object `SimpleHTTPRequestHandler.do_GET` copies to the socket and closes."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        """Return the rest of the body (at most `size` bytes)."""
        if size < 0:
            size = len(self.data)
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk

    def close(self) -> None:
        """Nothing to release."""


class SiteServer:
    """A built site served gzipped on 127.0.0.1 at a free port, in a background thread (a context manager)."""

    def __init__(self, site: Path, handler_class: type[GzipHandler] = GzipHandler) -> None:
        handler = type("Handler", (handler_class,), {"cache": {}, "lock": threading.Lock()})
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        """The site's root URL, ending in a slash."""
        return f"http://127.0.0.1:{self.server.server_port}/"

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
