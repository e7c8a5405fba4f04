"""Helpers for tests that look at a built site: build it, crawl its links."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent


def build(
    dest: Path,
    *,
    root: Path = ROOT,
    env: dict[str, str] | None = None,
    strict: bool = True,
    config: str = "mkdocs.yml",
    base_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run `mkdocs build` of one edition (`config`) for the project at `root` into `dest`."""
    args = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(dest), "-f", str(root / config)]
    if strict:
        args.append("--strict")
    full_env = {**(os.environ if base_env is None else base_env), "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(args, capture_output=True, text=True, cwd=root, env=full_env)


def build_site(dest: Path, *, root: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Build both editions as README's command does (`python -m macros build`): English into `dest`, Japanese
    into `dest/ja`."""
    args = [sys.executable, "-m", "macros", "--root", str(root), "build", "--dest", str(dest)]
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=full_env)


GENERIC_PAGES = [
    "tracker.md",
    "glossary.md",
    "downloads.md",
    "timeline/index.md",
    "timeline/security.md",
    "timeline/economics.md",
    "timeline/diplomacy.md",
]


def _fixture_docs(dest: Path) -> None:
    """Keep only pages that work with any dataset, and a navigation listing just those (both editions)."""
    import yaml

    for docs, config, title in (
        (dest / "docs", "mkdocs.yml", "Fixture Atlas"),
        (dest / "docs" / "ja", "mkdocs.ja.yml", "フィクスチャー・アトラス"),
    ):
        keep = {*GENERIC_PAGES, *(p.relative_to(docs).as_posix() for p in docs.glob("*/index.md"))}
        for page in docs.rglob("*.md"):
            relative = page.relative_to(docs).as_posix()
            if relative not in keep and not (docs.name == "docs" and relative.startswith("ja/")):
                page.unlink()
        (docs / "index.md").write_text(f"# {title}\n\n{{{{ tracker_summary() }}}}\n")
        nav = ["index.md", *sorted(keep)]
        text = (dest / config).read_text()
        head = text.split("\nnav:", 1)[0]
        (dest / config).write_text(head + "\n" + yaml.safe_dump({"nav": nav}, allow_unicode=True))


def copy_project(dest: Path, data: Path | None = None) -> Path:
    """A copy of the project (config, hooks, docs, macros, overrides…) with `data` as its data folder."""
    skip = {"data", "tests", "site", "site-offline", "test-artifacts", "dist", ".git", ".cache", ".venv"}
    for item in ROOT.iterdir():
        if item.name in skip or item.name.endswith(".egg-info") or item.name.startswith(".pytest"):
            continue
        if item.is_dir():
            shutil.copytree(item, dest / item.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(item, dest / item.name)
    shutil.copytree(data or ROOT / "data", dest / "data")
    if data is not None:
        _fixture_docs(dest)
    return dest


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("a", "link") and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag in ("img", "script") and attributes.get("src"):
            self.links.append(attributes["src"])
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])


def parse(path: Path) -> _Links:
    """Links and ids of one HTML file."""
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target(site: Path, page: Path, href: str, base: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    path = unquote(parts.path)
    if path.startswith("/"):
        target = (site / path.removeprefix(base).lstrip("/")).resolve()
    else:
        target = page if not path else (page.parent / path).resolve()
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target, parts.fragment


def broken_links(site: Path, base: str = "/atlas/") -> list[str]:
    """Every internal link or anchor in the built site that points nowhere (`base`: site_url's path)."""
    parsed = {p: parse(p) for p in site.rglob("*.html")}
    problems = []
    for page, info in parsed.items():
        for href in info.links:
            if re.match(r"^[a-z][a-z0-9+.-]*:", href) or href.startswith("//"):
                continue  # external (checked elsewhere)
            target, fragment = _target(site, page, href, base)
            rel = page.relative_to(site)
            if not target.exists():
                problems.append(f"{rel}: {href} -> missing {target}")
            elif fragment and target.suffix == ".html":
                ids = parsed.get(target.resolve(), parsed.get(target))
                if ids is not None and fragment not in ids.ids and fragment != "__skip":
                    problems.append(f"{rel}: {href} -> no anchor #{fragment}")
    return problems
