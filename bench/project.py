"""The benchmark's project folders: the real site with synthetic data, and the floor and naive variants."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

from bench.synthetic import write_dataset

PROJECT_FILES = ("mkdocs.yml", "hooks.py")
PROJECT_DIRS = ("docs", "macros", "overrides")
DUMP_HOOK = Path(__file__).with_name("dump_hook.py")
"""The hook that writes each page's content for the floor (see `dump_config`)."""


def make_project(root: Path, dest: Path, records: int | None, seed: int = 8, *, git: bool = True) -> dict[str, int]:
    """Copy the real project's config, hooks, docs, macros and theme overrides to `dest`, with synthetic data
    (`records` of them) or, when `records` is None, a copy of the real data.

    With `git`, the data is committed in a fresh repository so that pages get their last-updated line,
    as in the real build. Returns the record count of each collection.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        shutil.copy(root / name, dest / name)
    for name in PROJECT_DIRS:
        if (root / name).is_dir():
            shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    if records is None:
        shutil.copytree(root / "data", dest / "data")
        counts = {p.name: len(list(p.glob("*.yaml"))) for p in sorted((dest / "data").iterdir()) if p.is_dir()}
    else:
        counts = write_dataset(dest / "data", records, seed)
    if git:
        _commit_all(dest)
    return counts


def _commit_all(folder: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", "-A")
    git(
        "-c",
        "user.name=Atlas benchmark",
        "-c",
        "user.email=bench@example.invalid",
        "commit",
        "-q",
        "-m",
        "synthetic data for the benchmark",
    )


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml as plain data, with `!ENV` values at their defaults (MkDocs' own YAML loader)."""
    from mkdocs.utils.yaml import get_yaml_loader

    with config_file.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=get_yaml_loader())  # noqa: S506 - MkDocs' safe loader with !ENV


def write_config(path: Path, config: dict[str, Any]) -> None:
    """Write a MkDocs config as YAML."""
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")


def dump_config(project: Path, out_docs: Path) -> Path:
    """A config that builds the project as usual and also writes every page's content to `out_docs` (see dump_hook)."""
    config = {
        "INHERIT": "mkdocs.yml",
        "hooks": ["hooks.py", str(DUMP_HOOK)],
        "extra": {**(read_config(project / "mkdocs.yml").get("extra") or {}), "bench_dump_dir": str(out_docs)},
    }
    path = project / "mkdocs.dump.yml"
    write_config(path, config)
    return path


def _as_built(extensions: list[Any], settings_file: Path) -> list[Any]:
    """The extension list with each extension's settings as the real build used them (see dump_hook)."""
    if not settings_file.exists():
        return extensions
    settings = json.loads(settings_file.read_text(encoding="utf-8"))
    result = []
    for item in extensions:
        name = item if isinstance(item, str) else next(iter(item))
        result.append({name: settings[name]} if settings.get(name) else item)
    return result


def plain_config(project: Path, dest: Path, *, full_nav: bool, name: str = "mkdocs.yml") -> Path:
    """The project's config without the macros plugin, hooks or offline plugin, for plain Markdown pages in `dest`.

    `full_nav=False` is the floor (a one-entry navigation); `full_nav=True` is the naive site (MkDocs puts every
    page in the navigation). Theme, Markdown extensions, search and validation settings are unchanged.
    """
    config = read_config(project / "mkdocs.yml")
    config.pop("hooks", None)
    config.pop("watch", None)
    plugins = []
    for plugin in config.get("plugins") or []:
        plugin_name = plugin if isinstance(plugin, str) else next(iter(plugin))
        if plugin_name not in ("macros", "offline", "material/offline"):
            plugins.append(plugin)
    config["plugins"] = plugins
    config["strict"] = False
    theme = dict(config["theme"])
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((project / theme["custom_dir"]).resolve())
    config["theme"] = theme
    config["docs_dir"] = "docs"
    config["markdown_extensions"] = _as_built(
        config.get("markdown_extensions") or [], dest / "markdown_extensions.json"
    )
    if full_nav:
        config.pop("nav", None)
    else:
        config["nav"] = [{"Home": "index.md"}]
    path = dest / name
    write_config(path, config)
    return path
