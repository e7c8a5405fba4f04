"""A figure's values as readers see them: each in its unit and language, and the headline value."""

from __future__ import annotations

from macros.data.models import Figure, Value
from macros.render.numbers import format_amount


def amount(figure: Figure, value: Value) -> str:
    """One value of a figure in its unit, in the language being written: '$550 billion', '5,500億ドル'."""
    return format_amount(value.value, figure.unit)


def sorted_values(figure: Figure) -> list[Value]:
    """The values in date order (then by series)."""
    return sorted(figure.values, key=lambda v: (v.date, v.series or ""))


_PLANNED_WORDS = (
    "target", "goal", "plan", "ceiling", "cap", "needed", "pledge", "promised", "limit",
    "目標", "計画", "上限", "必要", "表明", "公約",
)  # fmt: skip


def is_planned(series: str | None) -> bool:
    """Whether a series is a target, plan or limit rather than a measured or reported value (by its name)."""
    return bool(series) and any(word in series.lower() for word in _PLANNED_WORDS)


def headline(figure: Figure) -> Value:
    """The value a figure's page leads with: the latest (the first written on the latest date), of the measured
    or reported values when there are any (a target for 2027 is not the latest figure)."""
    values = [v for v in figure.values if not is_planned(v.series)] or figure.values
    latest = max(v.date for v in values)
    return next(v for v in values if v.date == latest)
