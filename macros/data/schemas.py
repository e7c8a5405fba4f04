"""JSON Schemas (draft 2020-12) of every collection and the glossary, generated from the models.

Editors that read the `# yaml-language-server: $schema=…` first line of a data file use them to
complete field names, list allowed values and flag mistakes while the contributor types.
"""

from __future__ import annotations

import json
from typing import Any

from macros.data.models import MODELS, Glossary, Model

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_URL = "https://us-japan-alliance-atlas.github.io/atlas/data/schemas/"
SCHEMA_DIR = "schemas"
GLOSSARY = "glossary"


def schema_filename(name: str) -> str:
    """`commitments` → `commitments.schema.json`."""
    return f"{name}.schema.json"


def collection_schemas() -> dict[str, dict[str, Any]]:
    """One JSON Schema per collection plus `glossary`, keyed by name (a pure function of the models)."""
    models: dict[str, type[Model]] = {**MODELS, GLOSSARY: Glossary}
    return {name: _schema(name, model) for name, model in sorted(models.items())}


def schema_json(schema: dict[str, Any]) -> str:
    """The schema as it is written to schemas/: sorted keys, two-space indent, final newline."""
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def schema_texts() -> dict[str, str]:
    """File name → serialised schema, for every schema."""
    return {schema_filename(name): schema_json(schema) for name, schema in collection_schemas().items()}


def _schema(name: str, model: type[Model]) -> dict[str, Any]:
    schema = model.model_json_schema()
    intro = (model.__doc__ or "").strip().splitlines()[0]
    if name == GLOSSARY:
        where, layout = "data/glossary.yaml", "Every term in one file."
    else:
        where, layout = f"data/{name}/<id>.yaml", "One record per file; the id is the file name."
    return {
        "$schema": DRAFT,
        "$id": BASE_URL + schema_filename(name),
        **schema,
        "title": f"US–Japan Alliance Atlas: {name} ({where})",
        "description": f"{intro} {layout} See CONTRIBUTING.md.",
    }
