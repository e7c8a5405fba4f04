"""The top of a figure's page: its headline number and chart (or its number card), with a permalink, the PNG and
SVG downloads and an embed snippet to copy."""

from __future__ import annotations

from macros.data.models import Figure
from macros.render.charts import ChartImages, headline_text, is_card
from macros.render.escape import html_attribute, html_text
from macros.render.html import HtmlLinks
from macros.render.i18n import t
from macros.render.urls import record_url

CHART_ANCHOR = "chart"


def embed_snippet(figure: Figure, figure_id: str, site_url: str) -> str:
    """The HTML a reader copies to show the chart elsewhere: the SVG as an <img>, linked to the figure's page."""
    base = site_url.rstrip("/")
    page = record_url(base, "figures", figure_id)
    image = f"{base}/figures/{figure_id}.svg"
    alt = html_attribute(figure.title)
    return f'<a href="{html_attribute(page)}"><img src="{html_attribute(image)}" alt="{alt}" width="640"></a>'


def _actions(figure: Figure, figure_id: str, links: HtmlLinks, site_url: str) -> str:
    png, svg = (links.url(f"figures/{figure_id}.{ext}") for ext in ("png", "svg"))
    snippet = embed_snippet(figure, figure_id, site_url) if site_url else ""
    embed = (
        f'<details class="atlas-embed"><summary>{t("Embed")}</summary>'
        f'<label>{t("Copy this HTML to show the chart on another page:")}'
        f'<textarea readonly rows="3" spellcheck="false">{html_text(snippet)}</textarea></label></details>'
        if snippet
        else ""
    )
    return (
        f'<figcaption class="atlas-chart-actions" data-search-exclude>'
        f'<a class="atlas-chart-permalink" href="#{CHART_ANCHOR}">{t("Link to this chart")}</a> · '
        f'<a href="{html_attribute(png)}" download>{t("Download PNG")}</a> · '
        f'<a href="{html_attribute(svg)}" download>{t("Download SVG")}</a>{embed}</figcaption>'
    )


def chart_block(figure: Figure, figure_id: str, images: ChartImages | None, links: HtmlLinks, site_url: str) -> str:
    """The headline number and the chart, or the number card of a single value; '' without drawings."""
    if images is None:
        return ""
    number, context = headline_text(figure)
    context_html = f'<span class="atlas-headline-context">{html_text(context)}</span>' if context else ""
    actions = _actions(figure, figure_id, links, site_url)
    if is_card(figure):
        return (
            f'<figure class="atlas-chart-block atlas-number-card" id="{CHART_ANCHOR}">\n'
            f'<p class="atlas-headline"><span class="atlas-headline-number">{html_text(number)}</span>'
            f"{context_html}</p>\n{actions}\n</figure>"
        )
    return (
        f'<figure class="atlas-chart-block" id="{CHART_ANCHOR}">\n'
        f'<p class="atlas-headline"><span class="atlas-headline-number">{html_text(number)}</span>'
        f"{context_html}</p>\n"
        f'<div class="atlas-chart">\n<div class="atlas-chart-wide">\n{images.wide}\n</div>\n'
        f'<div class="atlas-chart-narrow">\n{images.narrow}\n</div>\n</div>\n{actions}\n</figure>'
    )
