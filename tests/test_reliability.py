"""The reader's reliability mark of a source: official / press / copy / weak, one definition for every list."""

from __future__ import annotations

from macros.data.queries import RELIABILITY_MARKS, reliability


def test_the_real_sources_use_every_mark(real_atlas):
    marks = {reliability(e.model) for e in real_atlas.collection("sources")}  # type: ignore[arg-type]
    assert marks == set(RELIABILITY_MARKS)


def test_each_recorded_level_gives_its_mark_and_an_official_text_read_elsewhere_is_a_copy(real_atlas):
    seen: dict[tuple[str, bool], set[str]] = {}
    for entry in real_atlas.collection("sources"):
        model = entry.model
        seen.setdefault((model.reliability, bool(model.via)), set()).add(reliability(model))  # type: ignore[attr-defined]
    expected = {"official": "official", "verbatim-copy": "copy", "press": "press", "summary": "weak", "weak": "weak"}
    for (level, via), marks in seen.items():
        assert marks == {"copy" if level == "official" and via else expected[level]}, (level, via, marks)
