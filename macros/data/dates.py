"""Partial ISO 8601 dates with explicit precision: `2025`, `2025-02`, `2025-02-07`."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering

from macros.data import language

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = [calendar.month_name[m] for m in range(1, 13)]


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | int) -> "PartialDate":
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError naming the problem."""
        raw = str(text).strip()
        match = _PATTERN.match(raw)
        if not match:
            raise ValueError(f"'{raw}' is not an ISO 8601 date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-02-07")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{raw}' has no month {month}; months run from 01 to 12")
        if day is not None:
            try:
                dt.date(year, month, day)
            except ValueError:
                last = calendar.monthrange(year, month)[1]
                raise ValueError(f"'{raw}' is not a real date; {_MONTHS[month - 1]} {year} has {last} days") from None
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """The ISO text as written in the data."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> dt.date:
        """The earliest calendar day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest calendar day this date can mean."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def human(self) -> str:
        """A reader's form: `7 February 2025`, `February 2025`, `2025` (in Japanese: `2025年2月7日`)."""
        if language.current() == "ja":
            return language.date_ja(self.year, self.month, self.day)
        if self.day:
            return f"{self.day} {_MONTHS[self.month - 1]} {self.year}"
        if self.month:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return str(self.year)

    def sort_key(self) -> tuple[int, int, int]:
        """Order by year, month, day, with unknown parts first."""
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: "PartialDate") -> bool:
        return self.sort_key() < other.sort_key()

    def __str__(self) -> str:
        return self.iso()
