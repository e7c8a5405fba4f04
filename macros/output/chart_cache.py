"""Charts are slow to draw: keep each figure's drawings on disk, keyed by a hash of the figure, the language and
the drawing code."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from macros.data import language
from macros.data.atlas import Atlas
from macros.data.models import Figure
from macros.render.charts import CHART_VERSION, ChartImages, chart_images

_PARTS = ("narrow.svg", "wide.svg", "file.svg", "png")


def chart_key(figure: Figure, figure_id: str) -> str:
    """A hash of everything the chart depends on."""
    payload = json.dumps([CHART_VERSION, language.current(), figure_id, figure.model_dump(mode="json")], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


def _read(stem: Path) -> ChartImages | None:
    paths = [stem.with_name(f"{stem.name}.{part}") for part in _PARTS]
    if not all(p.exists() for p in paths):
        return None
    narrow, wide, svg_file = (p.read_text(encoding="utf-8") for p in paths[:3])
    return ChartImages(narrow, wide, svg_file, paths[3].read_bytes())


def _write(stem: Path, images: ChartImages) -> None:
    for part, text in zip(_PARTS, (images.narrow, images.wide, images.svg_file)):
        stem.with_name(f"{stem.name}.{part}").write_text(text, encoding="utf-8")
    stem.with_name(f"{stem.name}.png").write_bytes(images.png)


def charts(atlas: Atlas, cache_dir: Path) -> dict[str, ChartImages]:
    """The drawings of every figure, drawn only when not already cached; returns {figure id: drawings}."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    result: dict[str, ChartImages] = {}
    for entry in atlas.collection("figures"):
        figure: Figure = entry.model  # type: ignore[assignment]
        stem = cache_dir / f"{entry.id}-{chart_key(figure, entry.id)}"
        cached = _read(stem)
        if cached is not None:
            result[entry.id] = cached
            continue
        images = chart_images(figure, entry.id)
        for stale in cache_dir.glob(f"{entry.id}-*.*"):
            if stale.name.split(".", 1)[0].removeprefix(f"{entry.id}-").isalnum():  # not another figure's: a-b-c
                stale.unlink()
        _write(stem, images)
        result[entry.id] = images
    return result


def chart_files(images: dict[str, ChartImages]) -> list[tuple[str, str | bytes]]:
    """(path under the site, content) of every chart download: figures/<id>.svg and figures/<id>.png."""
    files: list[tuple[str, str | bytes]] = []
    for figure_id, drawing in images.items():
        files.append((f"figures/{figure_id}.svg", '<?xml version="1.0" encoding="utf-8"?>\n' + drawing.svg_file))
        files.append((f"figures/{figure_id}.png", drawing.png))
    return files
