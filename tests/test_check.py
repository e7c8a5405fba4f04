"""`python -m macros check`: every rule, asserted against a broken fixture's complete error list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT


def run_check(root: Path, data: str = "data", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "macros", "--root", str(root), "check", "--data", data],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )


def test_broken_fixture_reports_exactly_the_expected_errors():
    result = run_check(ROOT, "tests/fixtures/broken/data")
    expected = (FIXTURES / "broken" / "expected.txt").read_text().splitlines()
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert lines[:-1] == expected
    assert lines[-1] == f"check failed: {len(expected)} errors"


def test_every_error_line_has_file_line_message_and_rule():
    for line in (FIXTURES / "broken" / "expected.txt").read_text().splitlines():
        path, number, rest = line.split(":", 2)
        assert path.startswith("tests/fixtures/broken/data/") and path.endswith(".yaml")
        assert int(number) >= 1
        assert rest.startswith(" ") and rest.rstrip().endswith("]")


def test_valid_fixture_passes():
    result = run_check(ROOT, "tests/fixtures/valid/data")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("check passed: 12 records")


def test_real_data_passes():
    result = run_check(ROOT)
    assert result.returncode == 0, result.stdout


def test_planted_errors_in_a_copy_of_the_data(data_copy: Path):
    data = data_copy / "data"
    person = data / "people" / "ishiba-shigeru.yaml"
    person.write_text(person.read_text().replace("country: japan", "country: japn\nbirthplace: Tokyo"))
    event = data / "events" / "summit-2025-02-07.yaml"
    event.write_text(event.read_text().replace("participants: [ishiba-shigeru", "participants: [ishiba-shigeu"))
    (data / "people" / "Bad Name.yaml").write_text(
        "# yaml-language-server: $schema=../../schemas/people.schema.json\n"
        "name: {en: X}\nsummary: x\nsources: [joint-leaders-statement-2025]\n"
    )
    result = run_check(data_copy)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "check failed: 4 errors"
    text = result.stdout
    assert (
        "data/people/ishiba-shigeru.yaml:6: 'japn' is not an allowed value for 'country' (did you mean 'japan'?)"
        in text
    )
    assert "data/people/ishiba-shigeru.yaml:7: unknown field 'birthplace'" in text
    assert (
        "refers to people/ishiba-shigeu in 'participants[0]', which does not exist (did you mean 'ishiba-shigeru'?)"
        in text
    )
    assert "data/people/Bad Name.yaml:1: file name 'Bad Name.yaml' is not a valid id" in text


def test_github_annotations_inside_actions(data_copy: Path):
    import os

    person = data_copy / "data" / "people" / "ishiba-shigeru.yaml"
    person.write_text(person.read_text().replace("country: japan", "country: japn"))
    result = run_check(data_copy, env={**os.environ, "GITHUB_ACTIONS": "true"})
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations == [
        "::error file=data/people/ishiba-shigeru.yaml,line=6,title=Atlas data check%3A closed-vocabulary::"
        "'japn' is not an allowed value for 'country' (did you mean 'japan'?)"
    ]


def test_page_collision_names_both_files(data_copy: Path):
    from macros.data.errors import DataErrors
    from macros.data.load import load_atlas

    docs = data_copy / "docs" / "people"
    docs.mkdir(parents=True)
    (docs / "ishiba-shigeru.md").write_text("# hand-written\n")
    try:
        load_atlas(data_copy, docs_dir=data_copy / "docs")
    except DataErrors as exc:
        messages = [str(e) for e in exc.errors]
    assert messages == [
        "data/people/ishiba-shigeru.yaml:1: record people/ishiba-shigeru would be generated at "
        "people/ishiba-shigeru.md, where the hand-written page docs/people/ishiba-shigeru.md already is "
        "(rename the record or move the page) [page-collision]"
    ]


def test_a_symbolic_link_in_the_data_is_refused_wherever_it_points(tmp_path: Path):
    outside = tmp_path / "secret.yaml"
    outside.write_text("title: not part of the repository\n")
    data = tmp_path / "project" / "data"
    import shutil

    shutil.copytree(FIXTURES / "valid" / "data", data)
    (data / "sources" / "leak.yaml").symlink_to(outside)
    (data / "sources" / "alias.yaml").symlink_to(data / "sources" / "report.yaml")
    result = run_check(tmp_path / "project")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"data/sources/alias.yaml:1: 'alias.yaml' is a symbolic link (to {data / 'sources' / 'report.yaml'}); data "
        "files must be real files in the repository (replace the link with a copy of the file, or remove it) [symlink]",
        f"data/sources/leak.yaml:1: 'leak.yaml' is a symbolic link (to {outside}); data files must be real files in "
        "the repository (replace the link with a copy of the file, or remove it) [symlink]",
        "check failed: 2 errors",
    ]
