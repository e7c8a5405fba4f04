"""Static, accessible charts of figures, drawn with matplotlib at build time for the width they are shown at.

Each figure gets two SVGs, drawn at 1:1 scale for a narrow column (300 px, a phone) and a wide one (640 px),
so that their text is 13 px on screen; the page shows the one that fits (atlas-charts.css). Text stays
text (`svg.fonttype: none`); colours are CSS variables with light fallbacks, so the inline charts follow the
dark theme; the root <svg> has a <title> and a <desc>; output is deterministic. A figure with one value is a
number card rather than one bar. Colours say what a value is: measured or reported values in blues and
purples, targets, plans and limits in orange with dashed lines or hatching; never red against green.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
from dataclasses import dataclass

from macros.data import language
from macros.data.models import Figure, Value
from macros.data.translations import unit_label
from macros.render.escape import html_attribute
from macros.render.figures import amount, headline, is_planned, sorted_values
from macros.render.i18n import t
from macros.render.numbers import format_tick

CHART_VERSION = "6"  # bump when the drawing code changes, to invalidate cached charts

WIDTHS = {"narrow": 300, "wide": 640}  # px of the viewBox, shown at 1:1 (atlas-charts.css)
FONT_PX = {"narrow": 13.0, "wide": 13.0}  # the smallest text of each: at least 12 px on screen

# name → (light colour, dark colour); the SVG refers to them as var(--atlas-chart-<name>, light colour)
COLOURS: dict[str, tuple[str, str]] = {
    "text": ("#1f2328", "#e6e6e6"),
    "muted": ("#59636e", "#a8b0b8"),
    "grid": ("#d8dee4", "#3d444d"),
    "background": ("#ffffff", "#1e2129"),
    "series-1": ("#1f5fa8", "#7fb0ff"),
    "series-2": ("#7b4fa0", "#c9a6ef"),
    "series-3": ("#1b8aa6", "#6fd3ec"),
    "series-4": ("#8c6d31", "#d9b877"),
    "series-5": ("#5a5f66", "#b9c0c8"),
    "planned": ("#c45f00", "#ffa657"),
}
_SENTINEL = {name: f"#0{i:x}0{i:x}0{i:x}" for i, name in enumerate(COLOURS, start=1)}  # unique colours to swap
_MEASURED = ["series-1", "series-2", "series-3", "series-4", "series-5"]


@dataclass(frozen=True)
class ChartImages:
    """A figure's drawings: the inline SVGs for a narrow and a wide column, and the files to download."""

    narrow: str
    wide: str
    svg_file: str  # the wide SVG standing alone: light colours, white background
    png: bytes


def is_card(figure: Figure) -> bool:
    """Whether a figure is shown as a number card: it has a single value."""
    return len(figure.values) == 1


def series_colours(figure: Figure) -> dict[str, str]:
    """Colour name of each series: planned ones orange, the others the measured colours in order."""
    names = list(dict.fromkeys(v.series or "" for v in sorted_values(figure)))
    measured = [n for n in names if not is_planned(n)]
    return {n: "planned" if is_planned(n) else _MEASURED[measured.index(n) % len(_MEASURED)] for n in names}


def _japanese_fonts() -> list[str]:
    """Installed fonts with Japanese glyphs, as fallbacks for Japanese labels (the SVG keeps text as text, so
    readers' browsers use their own fonts; these give matplotlib the glyph widths, and the PNG its glyphs)."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in ("IPAGothic", "IPAexGothic", "Noto Sans CJK JP") if name in installed]


def _wrap(text: str, width_px: float, font_px: float) -> str:
    """Break `text` into lines that fit `width_px` (an average glyph is ~0.55 em; a Japanese one 1 em)."""
    wide = sum(1 for c in text if ord(c) > 0x2E80)
    em = 1.0 if wide > len(text) / 2 else 0.56
    return "\n".join(textwrap.wrap(text, max(8, int(width_px / (font_px * em))), break_long_words=em == 1.0))


def _date(value: Value) -> dt.date:
    return value.date.first_day()


def style(size: str, palette: dict[str, str]) -> dict:
    """The matplotlib settings of a chart at `size` in the colours of `palette` (for drawing and saving)."""
    font = FONT_PX[size]
    return {
        "svg.fonttype": "none",
        "text.parse_math": False,  # data text is text: "$5 billion to $8 billion" is not mathtext
        "text.usetex": False,
        "font.size": font,
        "font.family": ["DejaVu Sans", *_japanese_fonts(), "sans-serif"],
        "text.color": palette["text"],
        "axes.labelcolor": palette["text"],
        "axes.edgecolor": palette["muted"],
        "xtick.color": palette["muted"],
        "ytick.color": palette["muted"],
        "xtick.labelcolor": palette["text"],
        "ytick.labelcolor": palette["text"],
        "xtick.labelsize": font,
        "ytick.labelsize": font,
        "legend.fontsize": font,
        "axes.titlesize": font,
        "figure.titlesize": font + 2,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.facecolor": palette["background"],
        "axes.facecolor": palette["background"],
        "savefig.facecolor": palette["background"],
        "hatch.color": palette["background"],
        "hatch.linewidth": 1.5,
    }


def draw(figure: Figure, size: str, palette: dict[str, str]):
    """The matplotlib figure of one chart at `size` ('narrow' or 'wide'), in the colours of `palette`."""
    import logging

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)  # no bold Japanese face: regular is fine
    width, font = WIDTHS[size], FONT_PX[size]
    with matplotlib.rc_context(style(size, palette)):
        line = figure.chart == "line" and len({v.date for v in figure.values}) > 1
        rows = len(figure.values)
        series = series_colours(figure)
        legend_rows = len(series) if len(series) > 1 or (line and any(series)) else 0
        if is_card(figure):
            height = 170
        elif line:
            height = (300 if size == "narrow" else 360) + legend_rows * font * 1.9
        else:
            height = 80 + rows * font * 3.3 + legend_rows * font * 1.9
        fig = plt.figure(figsize=(width / 72, height / 72), dpi=72, layout="constrained")
        fig.get_layout_engine().set(w_pad=4 / 72, h_pad=4 / 72)
        fig.suptitle(_wrap(figure.title, width - 16, font + 2), x=0.02, ha="left", fontweight="bold")
        ax = fig.add_subplot()
        if is_card(figure):
            _card(ax, figure, font, palette)
        elif line:
            _line(fig, ax, figure, size, font, palette, series)
        else:
            _bars(fig, ax, figure, width, font, palette, series)
    return fig


def _legend(fig, handles: list, labels: list[str], width: int, font: float, palette: dict[str, str]) -> None:
    labels = [_wrap(label, width - 60, font) for label in labels]
    fig.legend(handles, labels, loc="outside lower left", frameon=False, ncols=1, labelcolor=palette["text"])


def _card(ax, figure: Figure, font: float, palette: dict[str, str]) -> None:
    """One value: the number, large, with its date and series."""
    value = figure.values[0]
    ax.set_axis_off()
    ax.text(0, 0.62, amount(figure, value), fontsize=font * 2.4, fontweight="bold", color=palette["series-1"],
            transform=ax.transAxes, va="center")  # fmt: skip
    context = t(", ").join(p for p in (value.series, value.date.human()) if p)
    ax.text(0, 0.12, context, color=palette["muted"], transform=ax.transAxes, va="center")


def _line(fig, ax, figure: Figure, size: str, font: float, palette: dict[str, str], series: dict[str, str]) -> None:
    from matplotlib import dates as mdates
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    handles, labels = [], []
    for name in series:
        values = [v for v in sorted_values(figure) if (v.series or "") == name]
        xs, ys = [_date(v) for v in values], [v.value for v in values]
        planned = series[name] == "planned"
        (handle,) = ax.plot(
            xs, ys, marker="o", markersize=4 if size == "narrow" else 5, linewidth=2,
            linestyle="--" if planned else "-", color=palette[series[name]],
        )  # fmt: skip
        handles.append(handle)
        labels.append(name or figure.title)
    lead = headline(figure)  # only the headline value is written on the chart: the table has every one
    ax.annotate(amount(figure, lead), (_date(lead), lead.value), textcoords="offset points", xytext=(-4, 8),
                ha="right", fontsize=font, color=palette["text"], fontweight="bold")  # fmt: skip
    ax.set_title(unit_label(figure), loc="left", color=palette["muted"])
    most = 4 if size == "narrow" else 7
    dates = sorted({_date(v) for v in figure.values})
    if len(dates) <= most and all((b - a).days > 300 * (12 if size == "narrow" else 6) / most for a, b in zip(dates, dates[1:])):
        ax.set_xticks(dates)  # few dates, far enough apart: label each one
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=most))
    ja = language.current() == "ja"
    ax.xaxis.set_major_formatter(
        FuncFormatter(
            lambda x, _: (lambda d: (f"{d.year}年" if ja else f"{d.year}") if d.month == 1 and d.day == 1
                          else (f"{d.year}年{d.month}月" if ja else d.strftime("%b %Y")))(mdates.num2date(x))
        )
    )  # fmt: skip
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4 if size == "narrow" else 6, min_n_ticks=3))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: format_tick(y, figure.unit)))
    ax.set_ylim(bottom=min(0, min(v.value for v in figure.values)))
    ax.margins(x=0.06, y=0.15)
    ax.grid(axis="y", color=palette["grid"], linewidth=0.8)
    ax.set_axisbelow(True)
    if len(series) > 1 or any(series):  # a legend for named series; one unnamed line is the figure itself
        _legend(fig, handles, labels, WIDTHS[size], font, palette)


def _bars(fig, ax, figure: Figure, width: int, font: float, palette: dict[str, str], series: dict[str, str]) -> None:
    """Horizontal bars, each with its label on the line above it (readable at any width) and its value after it."""
    from matplotlib.patches import Patch

    values = sorted_values(figure)
    top = max(v.value for v in values) or 1
    for row, value in enumerate(values):
        y = -row
        colour = "planned" if series[value.series or ""] == "planned" else "series-1"  # the label names the bar
        ax.barh(y, value.value, height=0.42, color=palette[colour], hatch="//" if colour == "planned" else None,
                edgecolor=palette["background"], linewidth=0)  # fmt: skip
        label = t(", ").join(p for p in (value.series, value.date.human()) if p)
        ax.text(0, y + 0.33, _wrap(label, width - 24, font).split("\n")[0], fontsize=font, va="bottom")
        ax.annotate(amount(figure, value), (max(value.value, 0), y), textcoords="offset points", xytext=(4, 0),
                    va="center", fontsize=font, color=palette["text"])  # fmt: skip
    ax.set_xlim(min(0, min(v.value for v in values)), top * (1.55 if width < 400 else 1.3))
    ax.set_ylim(-len(values) + 0.5, 0.95)
    ax.set_axis_off()
    planned = [n for n, c in series.items() if c == "planned"]
    if planned and len(planned) < len(series):
        handles = [Patch(color=palette["series-1"]), Patch(facecolor=palette["planned"], hatch="//")]
        _legend(fig, handles, [_t_measured(), _t_planned()], width, font, palette)


def _t_measured() -> str:
    return t("Measured or reported")


def _t_planned() -> str:
    return t("Target, plan or limit")


def describe(figure: Figure) -> str:
    """A sentence listing every value, for the chart's <desc>."""
    parts = [f"{v.series + ', ' if v.series else ''}{v.date.human()}: {amount(figure, v)}" for v in sorted_values(figure)]
    return f"{figure.title}. " + "; ".join(parts) + "."


def headline_text(figure: Figure) -> tuple[str, str]:
    """(the headline number, what it is): ('¥9.9 trillion', 'fiscal 2025 initial budget, 2025')."""
    value = headline(figure)
    return amount(figure, value), t(", ").join(p for p in (value.series, value.date.human()) if p)


def _svg_text(fig, figure_id: str, size: str) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    for name, sentinel in _SENTINEL.items():
        svg = re.sub(re.escape(sentinel), f"var(--atlas-chart-{name}, {COLOURS[name][0]})", svg, flags=re.IGNORECASE)
    return svg


def chart_images(figure: Figure, figure_id: str) -> ChartImages:
    """Draw a figure's chart: the narrow and wide SVGs, the standalone SVG file and the PNG."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    svgs = {}
    for size in WIDTHS:
        with matplotlib.rc_context({**style(size, _SENTINEL), "svg.hashsalt": f"atlas-{figure_id}-{size}"}):
            fig = draw(figure, size, _SENTINEL)
            try:
                svgs[size] = _accessible(_svg_text(fig, figure_id, size), figure, f"{figure_id}-{size}")
            finally:
                plt.close(fig)
    light = {name: colours[0] for name, colours in COLOURS.items()}
    with matplotlib.rc_context(style("wide", light)):
        fig = draw(figure, "wide", light)
        try:
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=144, metadata={"Software": None})
        finally:
            plt.close(fig)
    standalone = re.sub(r"var\(--atlas-chart-[a-z0-9-]+, (#[0-9a-f]{6})\)", r"\1", svgs["wide"])
    return ChartImages(svgs["narrow"], svgs["wide"], standalone, buffer.getvalue())


def chart_svg(figure: Figure, figure_id: str) -> str:
    """The wide SVG of one figure's chart (inline form)."""
    return chart_images(figure, figure_id).wide


def _accessible(svg: str, figure: Figure, chart_id: str) -> str:
    svg = svg[svg.index("<svg") :]  # drop the XML declaration and doctype: the SVG is inlined
    svg = re.sub(r"\n\s*\n", "\n", svg)
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = svg.replace("*{stroke-linejoin", f"#chart-{chart_id} *{{stroke-linejoin")  # scope matplotlib's style
    open_tag_end = svg.index(">") + 1
    root = svg[:open_tag_end]
    root = re.sub(r'width="([\d.]+)pt"', lambda m: f'width="{round(float(m.group(1)))}"', root)  # 1:1: px, not pt
    root = re.sub(r'height="([\d.]+)pt"', lambda m: f'height="{round(float(m.group(1)))}"', root)
    root = root.replace(
        "<svg ",
        f'<svg id="chart-{chart_id}" class="atlas-chart-svg" role="img" '
        f'aria-labelledby="chart-{chart_id}-title chart-{chart_id}-desc" ',
        1,
    )
    head = (
        f'<title id="chart-{chart_id}-title">{html_attribute(figure.title)}</title>'
        f'<desc id="chart-{chart_id}-desc">{html_attribute(describe(figure))}</desc>'
    )
    return root + head + svg[open_tag_end:]
