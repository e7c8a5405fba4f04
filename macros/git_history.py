"""Last-commit dates of files, from one `git log` run (empty when git or history is unavailable)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_commit_dates(root: Path) -> dict[str, str]:
    """Map each path (relative to the repository root) to the date of the last commit touching it."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "."],
            capture_output=True, text=True, timeout=60, check=True,
        )
        prefix = subprocess.run(["git", "-C", str(root), "rev-parse", "--show-prefix"],
                                capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, str] = {}
    current = ""
    for line in result.stdout.splitlines():
        if line.startswith("\x00"):
            current = line[1:]
        elif line and current:
            path = line.removeprefix(prefix) if prefix else line
            dates.setdefault(path, current)
    return dates


def last_commit_timestamp(root: Path) -> str | None:
    """Unix time of the last commit, as text (for SOURCE_DATE_EPOCH), or None without git history."""
    try:
        result = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                                capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None
