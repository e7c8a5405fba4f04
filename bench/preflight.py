"""Before the timed builds: draw the charts once (they are cached on disk) and stub hand-written pages
whose macros cite records of the real data, which the synthetic data does not have."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable

import jinja2

from bench.project import read_config

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
STUB = (
    "This page cites records of the real data, which the benchmark's synthetic data does not have; "
    "the benchmark builds this short stand-in instead.\n"
)


@dataclass
class Preflight:
    """What was done before the builds."""

    figures: int = 0
    chart_seconds: float = 0.0
    stubbed: list[str] = field(default_factory=list)


class _Env:
    """The part of mkdocs-macros' environment that the Atlas's `define_env` uses."""

    def __init__(self, conf: dict[str, Any]):
        self.conf = conf
        self.page: Any = None
        self.variables: dict[str, Any] = {}
        self.macros: dict[str, Callable[..., Any]] = {}
        self.filters: dict[str, Callable[..., Any]] = {}

    def macro(self, function: Callable[..., Any], name: str = "") -> Callable[..., Any]:
        self.macros[name or function.__name__] = function
        return function

    def filter(self, function: Callable[..., Any], name: str = "") -> Callable[..., Any]:
        self.filters[name or function.__name__] = function
        return function


def prepare(project: Path) -> Preflight:
    """Draw every chart into the project's cache and replace pages that cannot render with a stub."""
    from macros.glue.build import Build
    from macros.glue.page_macros import register

    config = read_config(project / "mkdocs.yml")
    conf = {
        **config,
        "config_file_path": str(project / "mkdocs.yml"),
        "docs_dir": str(project / config.get("docs_dir", "docs")),
        "extra": config.get("extra") or {},
    }
    result = Preflight()
    build = Build.start(conf)
    result.figures = len(build.atlas.collection("figures"))
    started = time.perf_counter()
    build.charts()
    result.chart_seconds = time.perf_counter() - started
    env = _Env(conf)
    register(env, build)
    jinja = jinja2.Environment()
    jinja.filters.update(env.filters)
    docs = Path(conf["docs_dir"])
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        text = path.read_text(encoding="utf-8")
        front = _FRONT_MATTER.match(text)
        body = text[front.end() :] if front else text
        env.page = SimpleNamespace(file=SimpleNamespace(src_uri=rel, src_path=rel), meta={}, title="")
        try:
            jinja.from_string(body).render(**env.variables, **env.macros, config=conf, page=env.page)
        except Exception:  # noqa: BLE001 - any failure means the page needs records we do not have
            title = next((line for line in body.splitlines() if line.startswith("# ")), "# " + path.stem)
            path.write_text((front.group(0) if front else "") + f"{title}\n\n{STUB}", encoding="utf-8")
            result.stubbed.append(rel)
    return result
