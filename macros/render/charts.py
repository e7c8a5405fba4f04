"""Static, accessible SVG charts of figures, drawn with matplotlib at build time.

Text stays text (`svg.fonttype: none`), so it can be selected and read by screen
readers; the root <svg> gets a <title> and a <desc>; output is deterministic.
"""

from __future__ import annotations

import io
import re

from macros.data.models import Figure
from macros.render.figures import format_value
from macros.render.escape import html_attribute

CHART_VERSION = "3"  # bump when the drawing code changes, to invalidate cached charts
_PALETTE = ["#303f9f", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f"]


def _japanese_fonts() -> list[str]:
    """Installed fonts with Japanese glyphs, as fallbacks for Japanese labels (the SVG keeps text as text, so
    readers' browsers use their own fonts; these only give matplotlib the glyph widths for its layout)."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in ("IPAGothic", "IPAexGothic", "Noto Sans CJK JP") if name in installed]


def chart_svg(figure: Figure, figure_id: str) -> str:
    """The SVG text of one figure's chart."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    style = {
        "svg.fonttype": "none",
        "text.parse_math": False,  # data text is text: "$5 billion to $8 billion" is not mathtext
        "text.usetex": False,
        "svg.hashsalt": f"atlas-{figure_id}",
        "font.size": 10,
        "font.family": ["DejaVu Sans", *_japanese_fonts(), "sans-serif"],
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
    with matplotlib.rc_context(style):
        horizontal = figure.chart == "bar" and max(len(_bar_label(v)) for v in figure.values) > 14
        height = max(3.6, 0.45 * len(figure.values) + 1.2) if horizontal else 3.6
        fig, ax = plt.subplots(figsize=(6.4, height), dpi=100)
        try:
            if figure.chart == "line":
                _line(ax, figure)
            elif horizontal:
                _horizontal_bars(ax, figure)
            else:
                _bars(ax, figure)
            (ax.set_xlabel if horizontal else ax.set_ylabel)(figure.unit)
            ax.set_title(figure.title, loc="left", fontsize=11)
            ax.grid(axis="x" if horizontal else "y", color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
            fig.tight_layout()
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
        finally:
            plt.close(fig)
    return _accessible(buffer.getvalue(), figure, figure_id)


def _series(figure: Figure) -> dict[str, list]:
    groups: dict[str, list] = {}
    for value in sorted(figure.values, key=lambda v: v.date):
        groups.setdefault(value.series or figure.title, []).append(value)
    return groups


def _line(ax, figure: Figure) -> None:
    groups = _series(figure)
    for i, (name, values) in enumerate(groups.items()):
        xs = [v.date.first_day().toordinal() for v in values]
        ys = [v.value for v in values]
        ax.plot(xs, ys, marker="o", color=_PALETTE[i % len(_PALETTE)], label=name)
        for x, y in zip(xs, ys):
            ax.annotate(format_value(y), (x, y), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
    ticks = sorted({v.date.first_day().toordinal(): v.date.iso() for v in figure.values}.items())
    ax.set_xticks([t for t, _ in ticks], [label for _, label in ticks])
    if len(groups) > 1:
        ax.legend(frameon=False)


def _bar_label(value) -> str:
    return f"{value.series} ({value.date.iso()})" if value.series else value.date.iso()


def _horizontal_bars(ax, figure: Figure) -> None:
    """Bars with long labels: one row each, labels readable on the left."""
    values = sorted(figure.values, key=lambda v: (v.date, v.series or ""), reverse=True)
    series_names = list(dict.fromkeys(v.series or "" for v in reversed(values)))
    colours = [_PALETTE[series_names.index(v.series or "") % len(_PALETTE)] for v in values]
    bars = ax.barh(range(len(values)), [v.value for v in values], color=colours)
    ax.set_yticks(range(len(values)), [_bar_label(v) for v in values], fontsize=8)
    for bar, value in zip(bars, values):
        ax.annotate(
            format_value(value.value),
            (bar.get_width(), bar.get_y() + bar.get_height() / 2),
            textcoords="offset points",
            xytext=(3, 0),
            va="center",
            fontsize=8,
        )


def _bars(ax, figure: Figure) -> None:
    values = sorted(figure.values, key=lambda v: (v.date, v.series or ""))
    labels = [f"{v.series}\n{v.date.iso()}" if v.series else v.date.iso() for v in values]
    series_names = list(dict.fromkeys(v.series or "" for v in values))
    colours = [_PALETTE[series_names.index(v.series or "") % len(_PALETTE)] for v in values]
    bars = ax.bar(range(len(values)), [v.value for v in values], color=colours)
    ax.set_xticks(range(len(values)), labels, fontsize=8)
    for bar, value in zip(bars, values):
        ax.annotate(
            format_value(value.value),
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
            fontsize=8,
        )


def describe(figure: Figure) -> str:
    """A sentence listing every value, for the chart's <desc>."""
    parts = [
        f"{v.series + ', ' if v.series else ''}{v.date.human()}: {format_value(v.value)}"
        for v in sorted(figure.values, key=lambda v: (v.date, v.series or ""))
    ]
    return f"{figure.title} ({figure.unit}). " + "; ".join(parts) + "."


def _accessible(svg: str, figure: Figure, figure_id: str) -> str:
    svg = svg[svg.index("<svg") :]  # drop the XML declaration and doctype: the SVG is inlined
    svg = re.sub(r"\n\s*\n", "\n", svg)
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = svg.replace("*{stroke-linejoin", f"#chart-{figure_id} *{{stroke-linejoin")  # scope matplotlib's style
    open_tag_end = svg.index(">") + 1
    root = svg[:open_tag_end].replace(
        "<svg ",
        f'<svg id="chart-{figure_id}" role="img" aria-labelledby="chart-{figure_id}-title chart-{figure_id}-desc" ',
        1,
    )
    head = (
        f'<title id="chart-{figure_id}-title">{html_attribute(figure.title)}</title>'
        f'<desc id="chart-{figure_id}-desc">{html_attribute(describe(figure))}</desc>'
    )
    return root + head + svg[open_tag_end:]
