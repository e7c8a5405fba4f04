"""The build benchmark: a synthetic dataset that passes the check, and a small run that prints every figure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.build


def test_synthetic_data_is_valid_and_cites_every_source(tmp_path: Path):
    from bench.synthetic import write_dataset
    from macros.data.load import load_atlas

    counts = write_dataset(tmp_path / "data", 300, seed=3)
    atlas = load_atlas(tmp_path)
    assert atlas.count() == sum(counts.values()) == 300
    assert all(len(atlas.collection(c)) > 0 for c in counts)
    cited = {link.target for link in atlas.links if link.target[0] == "sources"}
    assert {e.key for e in atlas.collection("sources")} <= cited | {
        ("sources", s) for t in atlas.glossary.terms for s in t.sources
    }
    assert any(e.model.part_of for e in atlas.collection("events"))
    assert any(len(e.model.history) > 1 for e in atlas.collection("commitments"))


def test_synthetic_data_is_the_same_for_the_same_seed():
    from bench.synthetic import generate

    assert generate(80, seed=5) == generate(80, seed=5)
    assert generate(80, seed=5) != generate(80, seed=6)


def test_small_benchmark_prints_every_figure(tmp_path: Path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "macros",
            "--root",
            str(ROOT),
            "bench",
            "--records",
            "60",
            "--floor",
            "--compare",
            "--keep",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for label in (
        "records",
        "check",
        "charts",
        "build",
        "pages",
        "record pages",
        "search index",
        "floor build",
        "naive build",
    ):
        assert any(line.startswith(label + " ") for line in out.splitlines()), f"no '{label}' line in:\n{out}"
    assert "check passed: 60 records" in out
    assert "peak memory" in out and "median" in out and "KB per record" in out
    assert "build / floor = " in out and "naive / build = " in out
    assert (tmp_path / "site" / "search" / "search_index.json").exists()
    assert (tmp_path / "site-floor" / "people").is_dir() and (tmp_path / "site-naive" / "people").is_dir()


def test_the_editions_report_compares_the_pair_with_one_edition():
    sys.path.insert(0, str(ROOT))
    from bench.editions import edition_lines

    lines = edition_lines({"en": [10.0, 12.0, 11.0], "ja": [9.0, 9.5, 9.2], "both": [19.0, 21.5, 20.2]})
    assert lines[0].startswith("Atlas editions: the real data, median of 3 builds")
    assert lines[1].split() == ["English", "edition", "11.0", "s"]
    assert lines[3].endswith("(1.84 × the English edition alone)")
