"""The edit loop: with `mkdocs serve` running, how long until a saved YAML edit shows on the served page."""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.project import read_config


@dataclass(frozen=True)
class EditLoop:
    """Seconds from saving the file until the served page shows the change, for each round."""

    first_build: float
    rounds: list[float]
    page: str
    dirty: bool

    @property
    def median(self) -> float:
        """The median round."""
        return statistics.median(self.rounds)


def free_port() -> int:
    """A TCP port nobody listens on at the moment."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own localhost server
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, test, timeout: float, server: subprocess.Popen, poll: float = 0.05) -> float:
    """Seconds until `test(page text)` holds for the page at `url`; raise TimeoutError after `timeout`,
    RuntimeError if the server stops."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if server.poll() is not None:
            raise RuntimeError(f"mkdocs serve stopped (exit status {server.returncode})")
        text = _fetch(url)
        if text is not None and test(text):
            return time.perf_counter() - started
        time.sleep(poll)
    raise TimeoutError(f"{url} did not change within {timeout:.0f} s")


def edited(text: str, marker: str) -> str:
    """The record file's text with `marker` appended to its summary (the schema comment and layout kept)."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("summary:"):
            value = line.split(":", 1)[1].strip()
            if value in (">-", ">", "|", "|-", ">+", "|+"):  # a block scalar: add a line at its indentation
                j = i + 1
                while j + 1 < len(lines) and lines[j + 1].startswith((" ", "\t")) and lines[j + 1].strip():
                    j += 1
                indent = lines[j][: len(lines[j]) - len(lines[j].lstrip())] or "  "
                lines.insert(j + 1, f"{indent}{marker}\n")
            else:
                lines[i] = (
                    f"summary: {value.rstrip()} {marker}\n"
                    if value[:1] not in "'\""
                    else f"summary: {value[0]}{value[1:-1]} {marker}{value[0]}\n"
                )
            return "".join(lines)
    raise ValueError("no top-level 'summary:' line to edit")


def measure_edit_loop(
    project: Path, *, rounds: int = 3, dirty: bool = False, timeout: float = 900, progress=print
) -> EditLoop:
    """Start `mkdocs serve` on `project`, edit a person's YAML `rounds` times, time each until it is served."""
    config = read_config(project / "mkdocs.yml")
    base = urlsplit(config.get("site_url") or "/").path.rstrip("/")
    record = sorted((project / "data" / "people").glob("*.yaml"))[0]
    port = free_port()
    url = f"http://127.0.0.1:{port}{base}/people/{record.stem}/"
    args = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")]
    if dirty:
        args += [
            "--dirty",
            "--no-strict",
        ]  # MkDocs warns about every dirty build, which strict mode turns into an error
    original = record.read_text(encoding="utf-8")
    log = (project / "serve.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        args, cwd=project, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    )
    try:
        progress(f"mkdocs serve{' --dirty' if dirty else ''}: waiting for the first build")
        first = _wait_for(url, lambda text: True, timeout, server)
        times = []
        for i in range(rounds):
            marker = f"Benchmark-edit-{i}-{int(time.time() * 1000)}"
            record.write_text(edited(original, marker), encoding="utf-8")
            times.append(_wait_for(url, lambda text, m=marker: m in text, timeout, server))
            progress(f"edit {i + 1} of {rounds} served after {times[-1]:.2f} s")
            record.write_text(original, encoding="utf-8")
            _wait_for(url, lambda text, m=marker: m not in text, timeout, server)
    finally:
        record.write_text(original, encoding="utf-8")
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    return EditLoop(first, times, f"{base}/people/{record.stem}/", dirty)
