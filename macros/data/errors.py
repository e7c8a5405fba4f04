"""Data errors: one located, named problem in a data file, and how to print it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class DataError:
    """A problem at `path:line`, naming the rule it breaks and a hint to fix it."""

    path: str
    line: int
    message: str
    hint: str = ""
    rule: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        if self.rule:
            text += f" [{self.rule}]"
        return text


class DataErrors(Exception):
    """Raised once, after every error in a run has been collected."""

    def __init__(self, errors: Iterable[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(summary_line(len(self.errors)))

    def __str__(self) -> str:
        return "\n".join([*map(str, self.errors), summary_line(len(self.errors))])


def summary_line(count: int) -> str:
    """The closing count line, e.g. `check failed: 3 errors`."""
    return f"check failed: {count} error{'s' if count != 1 else ''}"


def did_you_mean(word: str, choices: Iterable[str], *, cutoff: float = 0.6) -> str:
    """A hint naming the closest valid choice, or '' when nothing is close."""
    matches = difflib.get_close_matches(str(word), sorted(set(choices)), n=1, cutoff=cutoff)
    return f"did you mean '{matches[0]}'?" if matches else ""
