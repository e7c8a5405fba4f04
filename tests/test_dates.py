"""Partial dates: precision, validation, ordering and display."""

from __future__ import annotations

import pytest

from macros.data.dates import PartialDate


@pytest.mark.parametrize(
    "text, precision, human",
    [
        ("2025", "year", "2025"),
        (2025, "year", "2025"),
        ("2025-02", "month", "February 2025"),
        ("2025-02-07", "day", "7 February 2025"),
    ],
)
def test_parse_keeps_precision(text, precision, human):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.human() == human
    assert date.iso() == str(text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("2025-02-30", "February 2025 has 28 days"),
        ("2024-13", "no month 13"),
        ("7 Feb 2025", "not an ISO 8601 date"),
        ("2025/02/07", "not an ISO 8601 date"),
    ],
)
def test_invalid_dates_explain_themselves(text, message):
    with pytest.raises(ValueError, match=message):
        PartialDate.parse(text)


def test_ordering_puts_coarser_dates_first():
    dates = [PartialDate.parse(t) for t in ("2025-02-07", "2025", "2025-02", "2024-12-31")]
    assert [d.iso() for d in sorted(dates)] == ["2024-12-31", "2025", "2025-02", "2025-02-07"]
    assert PartialDate.parse("2024").last_day().isoformat() == "2024-12-31"
    assert PartialDate.parse("2024-02").last_day().isoformat() == "2024-02-29"
