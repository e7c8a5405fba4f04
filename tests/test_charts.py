"""Charts: static SVG that parses, is accessible, keeps its text, is deterministic and cached."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from macros.output import chart_cache
from macros.render.charts import chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_chart_is_accessible_svg_with_selectable_text(valid_atlas):
    svg = chart_svg(valid_atlas.get("figures", "fixture-share").model, "fixture-share")
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "Fixture share"
    assert desc.text == "Fixture share (percent). 1991: 65.5; 2023: 6.7."
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    texts = {"".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")}
    assert {"65.5", "6.7", "1991", "2023", "percent"} <= texts
    assert "<script" not in svg and "http://" not in svg.replace("http://www.w3.org", "")


def test_chart_output_is_deterministic(valid_atlas):
    model = valid_atlas.get("figures", "fixture-share").model
    assert chart_svg(model, "fixture-share") == chart_svg(model, "fixture-share")


def test_unchanged_charts_are_not_redrawn(valid_atlas, tmp_path, monkeypatch):
    first = chart_cache.charts(valid_atlas, tmp_path)
    monkeypatch.setattr(chart_cache, "chart_svg", lambda *a: (_ for _ in ()).throw(AssertionError("redrawn")))
    assert chart_cache.charts(valid_atlas, tmp_path) == first
    assert len(list(tmp_path.glob("*.svg"))) == 1
