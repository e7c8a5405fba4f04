"""Downloads built from the data: atlas.json, one CSV per collection, per-figure CSVs, JSON Schemas."""

from __future__ import annotations

import csv
import fnmatch
import io
import json
from typing import Any

from macros.data import language
from macros.data.atlas import Atlas
from macros.data.models import MODELS, Figure, Source

LICENCE = "CC BY 4.0"


def atlas_json(atlas: Atlas) -> str:
    """Every record as written in data/, keyed by collection then id, plus the glossary."""
    payload: dict[str, Any] = {c: {e.id: e.doc.data for e in atlas.collection(c)} for c in MODELS}
    payload["glossary"] = atlas.glossary_doc.data if atlas.glossary_doc else {"terms": []}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Text for a CSV cell that a spreadsheet shows as text: one starting like a formula (=, +, -, @, tab, CR)
    gets a leading apostrophe, the mark spreadsheets read as "this is text" (OWASP's advice on CSV injection)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _cell(value: Any) -> str:
    text = _plain_cell(value)
    return text if isinstance(value, (int, float)) else spreadsheet_safe(text)


def _plain_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def collection_csv(atlas: Atlas, collection: str) -> str:
    """One row per record; nested values as compact JSON, lists of ids joined with '; '."""
    columns = ["id", *MODELS[collection].model_fields]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for entry in atlas.collection(collection):
        data = entry.doc.data
        writer.writerow([entry.id, *(_cell(data.get(c)) for c in columns[1:])])
    return buffer.getvalue()


def figure_csv(atlas: Atlas, figure_id: str) -> str:
    """The values of one figure, each with its unit and source."""
    entry = atlas.get("figures", figure_id)
    assert entry is not None
    figure: Figure = entry.model  # type: ignore[assignment]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["date", "series", "value", "unit", "note", "source_id", "source_title", "source_url"])
    for value in sorted(figure.values, key=lambda v: (v.date, v.series or "")):
        source = atlas.get("sources", value.source)
        model: Source | None = source.model if source else None  # type: ignore[assignment]
        writer.writerow(
            [
                value.date.iso(),
                spreadsheet_safe(value.series or ""),
                f"{value.value:g}",
                spreadsheet_safe(figure.unit),
                spreadsheet_safe(value.note or ""),
                value.source,
                spreadsheet_safe(model.title) if model else "",
                (model.url or "") if model else "",
            ]
        )
    return buffer.getvalue()


def schema_files() -> list[tuple[str, str]]:
    """(path, JSON) for the JSON Schema of every collection, generated from the models."""
    from macros.data.schemas import collection_schemas

    return [
        (f"data/schemas/{name}.schema.json", json.dumps(schema, indent=2, sort_keys=True) + "\n")
        for name, schema in sorted(collection_schemas().items())
    ]


def assets(atlas: Atlas, charts: dict[str, str]) -> list[tuple[str, str]]:
    """(path under the site, content) for every generated download."""
    files = [("data/atlas.json", atlas_json(atlas))]
    files += [(f"data/{c}.csv", collection_csv(atlas, c)) for c in MODELS]
    files += [(f"figures/{e.id}.csv", figure_csv(atlas, e.id)) for e in atlas.collection("figures")]
    files += [(f"figures/{fid}.svg", '<?xml version="1.0" encoding="utf-8"?>\n' + svg) for fid, svg in charts.items()]
    files += schema_files()
    return files


OFFLINE_ZIP_PATH = "downloads/us-japan-alliance-atlas-offline.zip"
"""Where the site serves the offline copy, when the build was given one (ATLAS_OFFLINE_ZIP)."""


def sizes(files: list[tuple[str, str | bytes]]) -> dict[str, int]:
    """{path: size in bytes} of generated files (text as the UTF-8 the site serves)."""
    return {path: len(content.encode("utf-8") if isinstance(content, str) else content) for path, content in files}


def total_size(file_sizes: dict[str, int], pattern: str) -> int:
    """The bytes of every file whose path matches `pattern` (a glob: `data/*.csv`); KeyError if none does."""
    matched = [size for path, size in file_sizes.items() if fnmatch.fnmatchcase(path, pattern)]
    if not matched:
        raise KeyError(f"no generated download matches {pattern!r}")
    return sum(matched)


def human_size(size: int) -> str:
    """`512 bytes`, `14 kB`, `2.3 MB` (decimal units, as file managers and browsers show downloads)."""
    if size < 1000:
        return f"{size} bytes" if language.current() == "en" else f"{size}バイト"
    if size < 1_000_000:
        return f"{size / 1000:,.0f} kB"
    return f"{size / 1_000_000:,.1f} MB"
