"""The reader's reliability mark of a source: official / press / copy / weak."""

from __future__ import annotations

from macros.data.queries import RELIABILITY_MARKS, reliability
from macros.data.vocab import Reliability, choices


def test_every_recorded_level_has_a_mark(real_atlas):
    marks = {reliability(e.model) for e in real_atlas.collection("sources")}  # type: ignore[arg-type]
    assert marks == set(RELIABILITY_MARKS)


def test_levels_map_to_marks(real_atlas):
    by_level = {}
    for entry in real_atlas.collection("sources"):
        by_level.setdefault(entry.model.reliability, reliability(entry.model))  # type: ignore[attr-defined]
    assert set(by_level) == set(choices(Reliability))
    assert by_level == {
        "official": "official",
        "verbatim-copy": "copy",
        "press": "press",
        "summary": "press",
        "weak": "weak",
    }
