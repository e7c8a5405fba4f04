"""Charts are slow to draw: keep each SVG on disk, keyed by a hash of the figure and the drawing code."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from macros.data.atlas import Atlas
from macros.data.models import Figure
from macros.render.charts import CHART_VERSION, chart_svg


def chart_key(figure: Figure, figure_id: str) -> str:
    """A hash of everything the chart depends on."""
    payload = json.dumps([CHART_VERSION, figure_id, figure.model_dump(mode="json")], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


def charts(atlas: Atlas, cache_dir: Path) -> dict[str, str]:
    """The SVG of every figure, drawn only when not already cached; returns {figure id: svg}."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    result: dict[str, str] = {}
    for entry in atlas.collection("figures"):
        figure: Figure = entry.model  # type: ignore[assignment]
        path = cache_dir / f"{entry.id}-{chart_key(figure, entry.id)}.svg"
        if path.exists():
            result[entry.id] = path.read_text(encoding="utf-8")
            continue
        svg = chart_svg(figure, entry.id)
        for stale in cache_dir.glob(f"{entry.id}-*.svg"):
            stale.unlink()
        path.write_text(svg, encoding="utf-8")
        result[entry.id] = svg
    return result
