"""Downloads: atlas.json is a faithful copy of data/, CSVs parse with one row per record."""

from __future__ import annotations

import csv
import io
import json

from conftest import FIXTURES
from macros.output.downloads import atlas_json, collection_csv, figure_csv
from macros.data.loader import load_file
from macros.data.models import MODELS


def test_atlas_json_loads_back_equal_to_the_yaml_files(valid_atlas):
    data = json.loads(atlas_json(valid_atlas))
    base = FIXTURES / "valid" / "data"
    for collection in MODELS:
        expected = {p.stem: load_file(p, p.name).data for p in sorted((base / collection).glob("*.yaml"))}
        assert data[collection] == expected
    assert data["glossary"] == load_file(base / "glossary.yaml", "glossary.yaml").data


def test_references_stay_ids(valid_atlas):
    data = json.loads(atlas_json(valid_atlas))
    assert data["events"]["fixture-summit"]["participants"] == ["alice-example", "bob-example"]
    assert data["commitments"]["fixture-pledge"]["made_by"] == [
        "people/alice-example",
        "organizations/fixture-government",
    ]


def test_collection_csvs_have_one_row_per_record(valid_atlas):
    for collection in MODELS:
        rows = list(csv.DictReader(io.StringIO(collection_csv(valid_atlas, collection))))
        assert [r["id"] for r in rows] == [e.id for e in valid_atlas.collection(collection)]
    people = {r["id"]: r for r in csv.DictReader(io.StringIO(collection_csv(valid_atlas, "people")))}
    assert json.loads(people["alice-example"]["name"]) == {
        "en": "Alice Example",
        "ja": "例花子",
        "aliases": ["A. Example"],
    }
    assert people["alice-example"]["sources"] == "statement"


def test_figure_csv_lists_every_value_with_its_source(valid_atlas):
    rows = list(csv.DictReader(io.StringIO(figure_csv(valid_atlas, "fixture-share"))))
    assert [(r["date"], r["value"], r["unit"], r["source_id"]) for r in rows] == [
        ("1991", "65.5", "percent", "report"),
        ("2023", "6.7", "percent", "report"),
    ]
    assert rows[0]["source_title"] == "News report (fixture)"
