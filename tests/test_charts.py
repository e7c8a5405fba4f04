"""Charts: static SVG that parses, is accessible, keeps its text at a readable size for the width it is drawn for,
colours by meaning through CSS variables, is deterministic and cached; a single value is a number card."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from macros.data.models import Figure
from macros.output import chart_cache
from macros.render.chart_block import chart_block, embed_snippet
from macros.render.charts import COLOURS, FONT_PX, WIDTHS, chart_images, is_card, series_colours
from macros.render.html import HtmlLinks

SVG = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> set[str]:
    return {"".join(t.itertext()).strip() for t in ET.fromstring(svg).iter(f"{SVG}text")}


def _figure(**changes) -> Figure:
    data = {
        "title": "Spending",
        "unit": "trillion yen",
        "dimension": "security",
        "chart": "line",
        "summary": "A test figure.",
        "sources": ["report"],
        "values": [
            {"date": "2020", "value": 5, "series": "budget", "source": "report"},
            {"date": "2024", "value": 8, "series": "budget", "source": "report"},
            {"date": "2027", "value": 11, "series": "target", "source": "report"},
        ],
    }
    return Figure.model_validate({**data, **changes})


def test_chart_is_accessible_svg_with_selectable_text(valid_atlas):
    images = chart_images(valid_atlas.get("figures", "fixture-share").model, "fixture-share")
    for size, svg in (("narrow", images.narrow), ("wide", images.wide)):
        root = ET.fromstring(svg)
        assert root.tag == f"{SVG}svg" and root.get("role") == "img" and root.get("id") == f"chart-fixture-share-{size}"
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title.text == "Fixture share"
        assert desc.text == "Fixture share. 1991: 65.5%; 2023: 6.7%."
        assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert {"Fixture share", "6.7%", "1991", "2023", "percent"} <= _texts(svg)
        assert "<script" not in svg and "http://" not in svg.replace("http://www.w3.org", "")


def test_each_drawing_is_made_for_its_width_at_one_to_one_with_text_of_at_least_12_px(valid_atlas):
    images = chart_images(valid_atlas.get("figures", "fixture-share").model, "fixture-share")
    for size, svg in (("narrow", images.narrow), ("wide", images.wide)):
        root = ET.fromstring(svg)
        assert root.get("width") == str(WIDTHS[size]) and root.get("viewBox").split()[2] == str(WIDTHS[size])
        sizes = [float(m) for m in re.findall(r"font-size: ([\d.]+)px", svg)]
        assert sizes and min(sizes) >= 12 and min(sizes) == FONT_PX[size]


def test_colours_are_css_variables_with_light_fallbacks_and_the_file_has_plain_colours(valid_atlas):
    images = chart_images(valid_atlas.get("figures", "fixture-share").model, "fixture-share")
    assert "var(--atlas-chart-text, #1f2328)" in images.wide and "var(--atlas-chart-series-1," in images.wide
    assert "var(--" not in images.svg_file and COLOURS["series-1"][0] in images.svg_file
    assert images.png.startswith(b"\x89PNG")


def test_targets_are_coloured_apart_from_measured_values_never_red_against_green():
    figure = _figure()
    assert series_colours(figure) == {"budget": "series-1", "target": "planned"}
    assert not {"#c62828", "#2e7d32"} & {light for light, _ in COLOURS.values()}
    svg = chart_images(figure, "spending").wide
    assert "var(--atlas-chart-planned" in svg and "stroke-dasharray" in svg
    assert {"budget", "target"} <= _texts(svg)  # the legend names each series


def test_a_single_value_is_a_number_card_with_its_number_not_one_bar():
    figure = _figure(values=[{"date": "2025-07-22", "value": 550, "source": "report"}], unit="billion US dollars")
    assert is_card(figure)
    images = chart_images(figure, "deal")
    html = chart_block(figure, "deal", images, HtmlLinks("figures/deal.md", True), "https://example.org/atlas/")
    assert 'class="atlas-chart-block atlas-number-card"' in html and "<svg" not in html
    assert '<span class="atlas-headline-number">$550 billion</span>' in html
    assert "$550 billion" in _texts(images.wide)  # the downloads show the card too


def test_the_chart_block_leads_with_the_latest_measured_value_and_offers_every_download():
    figure = _figure()
    html = chart_block(figure, "spending", chart_images(figure, "spending"), HtmlLinks("figures/spending.md", True),
                       "https://example.org/atlas/")  # fmt: skip
    assert '<span class="atlas-headline-number">¥8 trillion</span>' in html  # 2024's budget, not the 2027 target
    assert 'id="chart"' in html and 'href="#chart"' in html
    assert 'href="../spending.png" download' in html and 'href="../spending.svg" download' in html
    assert html.count("<svg") == 2 and 'class="atlas-chart-narrow"' in html and 'class="atlas-chart-wide"' in html
    snippet = embed_snippet(figure, "spending", "https://example.org/atlas/")
    assert snippet == (
        '<a href="https://example.org/atlas/figures/spending/"><img src="https://example.org/atlas/figures/spending.svg"'
        ' alt="Spending" width="640"></a>'
    )
    assert "&lt;img src=&quot;https://example.org/atlas/figures/spending.svg&quot;" in html or (
        '&lt;img src="https://example.org/atlas/figures/spending.svg"' in html
    )


def test_chart_output_is_deterministic(valid_atlas):
    model = valid_atlas.get("figures", "fixture-share").model
    assert chart_images(model, "fixture-share") == chart_images(model, "fixture-share")


def test_unchanged_charts_are_not_redrawn(valid_atlas, tmp_path, monkeypatch):
    first = chart_cache.charts(valid_atlas, tmp_path)
    monkeypatch.setattr(chart_cache, "chart_images", lambda *a: (_ for _ in ()).throw(AssertionError("redrawn")))
    assert chart_cache.charts(valid_atlas, tmp_path) == first
    assert len(list(tmp_path.glob("fixture-share-*"))) == 4
    files = dict(chart_cache.chart_files(first))
    assert set(files) == {"figures/fixture-share.svg", "figures/fixture-share.png"}
