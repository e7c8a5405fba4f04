"""A figure's data table (the chart and CSV are added by the charts module)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Figure
from .text import inline

if TYPE_CHECKING:
    from .record import Page


def format_value(value: float) -> str:
    """`68.5`, `1,000`, `529,000`: no trailing `.0`, thousands separated."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_sections(page: "Page", model: Figure) -> list[str]:
    """The data table of a figure, each value with its citation."""
    has_series = any(v.series for v in model.values)
    header = "| Date |" + (" Series |" if has_series else "") + f" Value ({inline(model.unit)}) | Note |"
    lines = ["## Data\n", header, "|---|" + ("---|" if has_series else "") + "--:|---|"]
    for value in sorted(model.values, key=lambda v: (v.date, v.series or "")):
        note = inline(value.note) if value.note else ""
        if value.quote:
            note = (note + " " if note else "") + f"“{inline(value.quote)}”"
        cells = [value.date.human()] + ([inline(value.series or "")] if has_series else [])
        cells += [format_value(value.value), f"{note} {page.cites.cite([value.source])}".strip()]
        lines.append("| " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    download = f"[Download the data (CSV)]({page.entry.id}.csv) · [Chart (SVG)]({page.entry.id}.svg)"
    if not page.chart:
        return [table, download]
    chart = f'<div class="atlas-chart">\n{page.chart}\n</div>'
    return ['<div class="atlas-figure" markdown>', chart, f"<div markdown>\n\n{table}\n\n</div>", "</div>", download]
