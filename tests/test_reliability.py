"""The reader's reliability mark of a source: official / press / copy / weak, one definition for every list."""

from __future__ import annotations

from macros.data.queries import RELIABILITY_MARKS, reliability


def test_the_real_sources_use_every_mark(real_atlas):
    marks = {reliability(e.model) for e in real_atlas.collection("sources")}  # type: ignore[arg-type]
    assert marks == set(RELIABILITY_MARKS)


def test_each_recorded_level_gives_one_mark(real_atlas):
    seen: dict[str, set[str]] = {}
    for entry in real_atlas.collection("sources"):
        seen.setdefault(entry.model.reliability, set()).add(reliability(entry.model))  # type: ignore[attr-defined]
    assert seen == {
        "official": {"official"},
        "verbatim-copy": {"copy"},
        "press": {"press"},
        "summary": {"press"},  # second-hand, as a report is
        "weak": {"weak"},
    }
