"""The Downloads page's sizes and offline copy: computed by the build from the files it writes."""

from __future__ import annotations

import pytest

from macros.data import language
from macros.output.downloads import OFFLINE_ZIP_PATH, human_size, sizes, total_size


def test_sizes_are_the_bytes_the_site_serves():
    files = [("data/a.csv", "é\n"), ("data/b.csv", "xyz"), ("figures/c.svg", b"\x00" * 5)]
    assert sizes(files) == {"data/a.csv": 3, "data/b.csv": 3, "figures/c.svg": 5}


def test_total_size_adds_every_match_and_names_a_pattern_that_matches_nothing():
    table = {"data/a.csv": 3, "data/b.csv": 4, "data/schemas/x.json": 10, OFFLINE_ZIP_PATH: 99}
    assert total_size(table, "data/*.csv") == 7
    assert total_size(table, "data/schemas/*") == 10
    with pytest.raises(KeyError, match="data/\\*.xml"):
        total_size(table, "data/*.xml")


@pytest.mark.parametrize(
    ("size", "shown"),
    [(512, "512 bytes"), (1_000, "1 kB"), (14_499, "14 kB"), (999_499, "999 kB"), (1_250_000, "1.2 MB"), (31_400_000, "31.4 MB")],
)
def test_human_size(size, shown):
    assert human_size(size) == shown


def test_human_size_in_japanese():
    with language.writing_in("ja"):
        assert human_size(512) == "512バイト"
        assert human_size(2_300_000) == "2.3 MB"
