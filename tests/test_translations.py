"""Japanese counterparts in the records: shape always checked, completeness and fixed terms by `check --lang ja`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT


def run_check(data: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(data.parent), "check", "--data", data.name, *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def copy_valid(tmp_path: Path, *, complete: bool = False) -> Path:
    """The valid fixture with the project's fixed terms, its Japanese edition declared complete or not."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid" / "data", data)
    terms = (ROOT / "data" / "translation-terms.yaml").read_text()
    (data / "translation-terms.yaml").write_text(terms.replace("complete: true", f"complete: {str(complete).lower()}"))
    return data


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_a_fully_translated_dataset_passes_and_counts_every_collection(tmp_path: Path):
    result = run_check(copy_valid(tmp_path), "--lang", "ja")
    assert result.returncode == 0, result.stdout
    assert "people: 2 of 2 records translated" in result.stdout
    assert "sources: 2 of 2 records translated" in result.stdout


def test_missing_japanese_is_listed_only_with_lang_ja(tmp_path: Path):
    data = copy_valid(tmp_path)
    edit(data / "people" / "alice-example.yaml", "  summary: テスト用の*人物*。<b>HTML</b>と{{ config }}を含む。\n", "")
    edit(data / "events" / "fixture-summit.yaml", "title_ja: フィクスチャー首脳会談\n", "")
    edit(data / "people" / "bob-example.yaml", ', ja: "ボブ<script>alert(2)</script>・エグザンプル"', "")
    edit(data / "glossary.yaml", "    definition_ja: 輸送のために冷却して液体にした天然ガス。\n", "")
    assert run_check(data).returncode == 0  # the English edition does not need them
    result = run_check(data, "--lang", "ja")
    errors = [line for line in result.stdout.splitlines() if line.endswith("]")]
    assert errors == [
        "data/people/alice-example.yaml:9: people/alice-example: 'summary' has no Japanese text"
        " (add 'ja.summary') [translation-missing]",
        "data/people/bob-example.yaml:2: people/bob-example: 'name.en' has no Japanese text"
        " (add 'name.ja') [translation-missing]",
        "data/events/fixture-summit.yaml:2: events/fixture-summit: 'title' has no Japanese text"
        " (add 'title_ja') [translation-missing]",
        "data/glossary.yaml:3: glossary term 'LNG' has no 'definition_ja' (add 'definition_ja') [translation-missing]",
    ]
    assert "people: 0 of 2 records translated" in result.stdout
    assert result.returncode == 1


def test_once_the_edition_is_complete_a_missing_japanese_text_fails_every_check(tmp_path: Path):
    data = copy_valid(tmp_path, complete=True)
    assert run_check(data).returncode == 0
    edit(data / "quotes" / "fixture-quote.yaml", "  text: とても強い人\n", "")
    result = run_check(data)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/quotes/fixture-quote.yaml:2: quotes/fixture-quote: 'text' has no Japanese text (add 'ja.text')"
        " [translation-missing]",
        "check failed: 1 error",
    ]


def test_the_project_declares_its_japanese_edition_complete():
    assert "\ncomplete: true\n" in (ROOT / "data" / "translation-terms.yaml").read_text()


def test_misaligned_japanese_is_an_error_in_every_check(tmp_path: Path):
    data = copy_valid(tmp_path)
    edit(data / "commitments" / "fixture-pledge.yaml", "  - note: 作業が始まった。\n", "")
    edit(data / "people" / "bob-example.yaml", "ja:\n", "ja:\n  roles:\n  - title: 大臣\n")
    edit(data / "organizations" / "fixture-government.yaml", "ja:\n", "ja:\n  name:\n    short: 政\n")
    edit(data / "sources" / "statement.yaml", "ja:\n", "ja:\n  date_note: 日付なし\n")
    result = run_check(data)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "data/commitments/fixture-pledge.yaml:24: 'ja.history' has 1 items but 'history' has 2"
        " (give one Japanese item per English item, in the same order ({} for one without text)) [translation-shape]",
        "data/organizations/fixture-government.yaml:9: 'ja.name.short' translates nothing: the record has no"
        " 'name.short' (remove it, or add the English 'name.short') [translation-shape]",
        "data/people/bob-example.yaml:7: 'ja.roles' has 1 items but 'roles' has 0"
        " (give one Japanese item per English item, in the same order ({} for one without text)) [translation-shape]",
        "data/sources/statement.yaml:10: 'ja.date_note' translates nothing: the record has no 'date_note'"
        " (remove 'ja.date_note', or add the English 'date_note') [translation-shape]",
        "check failed: 4 errors",
    ]


def test_a_japanese_text_that_avoids_a_fixed_term_is_named(tmp_path: Path):
    data = copy_valid(tmp_path)
    edit(data / "events" / "fixture-summit.yaml", "summary: A fixture summit.", "summary: A fixture summit on the Status of Forces Agreement.")
    edit(data / "events" / "fixture-summit.yaml", "  summary: テスト用の首脳会談。", "  summary: テスト用の首脳会談（SOFA）。")
    result = run_check(data, "--lang", "ja")
    assert result.returncode == 1
    assert (
        "data/events/fixture-summit.yaml:17: events/fixture-summit 'ja.summary': the English says"
        " 'Status of Forces Agreement', the Japanese has none of 日米地位協定, 地位協定"
        " (use '日米地位協定' (data/translation-terms.yaml)) [translation-term]"
    ) in result.stdout.splitlines()
    edit(data / "events" / "fixture-summit.yaml", "（SOFA）", "（日米地位協定）")
    assert run_check(data, "--lang", "ja").returncode == 0


def test_a_term_is_matched_as_a_whole_word_and_by_case_when_capitalised():
    from macros.data.translations import _matcher

    assert _matcher("Quad").search("the Quad met")
    assert not _matcher("Quad").search("a quadrilateral")
    assert not _matcher("SDF").search("the GSDF")
    assert _matcher("tariffs").search("Tariffs rose")


def test_localize_puts_the_japanese_text_where_renderers_read_it(valid_atlas):
    from macros.data.translations import localize

    ja = localize(valid_atlas)
    alice = ja.get("people", "alice-example").model
    assert (alice.name.en, alice.name.ja) == ("例花子", "Alice Example")
    assert alice.roles[0].title == "内閣総理大臣"
    assert alice.summary.startswith("テスト用の")
    summit = ja.get("events", "fixture-summit").model
    assert (summit.title, summit.title_ja, summit.location) == ("フィクスチャー首脳会談", "Fixture summit", "ワシントン")
    assert summit.discrepancies[0].note == "ある資料は2月6日としている。"
    quote = ja.get("quotes", "fixture-quote").model
    assert quote.text == "a very strong person" and quote.ja.text == "とても強い人"  # original words kept
    assert ja.glossary.terms[0].term == "液化天然ガス"
    assert valid_atlas.get("people", "alice-example").model.name.en == "Alice Example"  # the English is untouched
    assert len(ja.links) == len(valid_atlas.links)


def test_folded_japanese_lines_join_without_a_space():
    from macros.data.translations import join_folded

    assert join_folded("日米の新たな 投資機関を通じ、 5,500億ドル") == "日米の新たな投資機関を通じ、5,500億ドル"
    assert join_folded("トランプ大統領 (Donald Trump) と会談した") == "トランプ大統領 (Donald Trump) と会談した"
