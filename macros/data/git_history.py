"""The last commit of each file, from one `git log` run (empty when git or history is unavailable)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from typing import Mapping
from pathlib import Path

GIT = "git"


def last_commit_timestamp(root: Path) -> str | None:
    """Unix time of the last commit, as text (for SOURCE_DATE_EPOCH), or None without git history."""
    try:
        result = subprocess.run(
            [GIT, "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


@dataclass(frozen=True)
class Commit:
    """The last commit that touched a file: its hash, ISO 8601 time and subject line."""

    sha: str
    time: str
    subject: str


def last_commits(root: Path, folder: str = "data") -> dict[str, Commit]:
    """The last commit of each file under `root/folder`, keyed by path relative to `root` ({} without history)."""
    try:
        result = subprocess.run(
            [
                GIT,
                "-C",
                str(root),
                "log",
                "--format=%x1e%H%x1f%cI%x1f%s",
                "--name-only",
                "--no-renames",
                "--relative",
                "--",
                folder,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    commits: dict[str, Commit] = {}
    for record in result.stdout.split("\x1e")[1:]:
        header, _, names = record.partition("\n")
        sha, time, subject = header.split("\x1f", 2)
        for name in filter(None, names.splitlines()):
            commits.setdefault(name, Commit(sha, time, subject))
    return commits


def commit_dates(commits: Mapping[str, Commit]) -> dict[str, str]:
    """The date (YYYY-MM-DD, in the committer's time zone) of each file's last commit."""
    return {path: commit.time[:10] for path, commit in commits.items()}
