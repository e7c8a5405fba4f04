"""Numbers of figures as readers see them (in tables, charts and running text)."""

from __future__ import annotations


def format_value(value: float) -> str:
    """`68.5`, `1,000`, `529,000`: no trailing `.0`, thousands separated."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
