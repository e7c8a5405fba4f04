"""The YAML loader: line numbers, duplicate keys, and refusal of unsafe or broken input."""

from __future__ import annotations

import time

import pytest

from macros.data.loader import MAX_BYTES, LoadError, load_bytes


def error_of(raw: bytes) -> str:
    with pytest.raises(LoadError) as info:
        load_bytes(raw, "data/people/x.yaml")
    return str(info.value.error)


def test_every_value_keeps_its_line():
    doc = load_bytes(b"name:\n  en: Ishiba\nroles:\n  - title: PM\n    start: 2025-02\n", "f.yaml")
    assert doc.data == {"name": {"en": "Ishiba"}, "roles": [{"title": "PM", "start": "2025-02"}]}
    assert doc.line_of(("name", "en")) == 2
    assert doc.line_of(("roles", 0, "start")) == 5
    assert doc.line_of(("roles", 0, "missing", 3)) == 4  # nearest enclosing value


def test_dates_stay_text_and_years_stay_numbers():
    doc = load_bytes(b"a: 2025-02-07\nb: 2025\n", "f.yaml")
    assert doc.data == {"a": "2025-02-07", "b": 2025}


def test_duplicate_key_names_both_lines():
    message = error_of(b"name: a\nsummary: one\nsources: []\nsummary: two\n")
    assert message.startswith("data/people/x.yaml:4: duplicate key 'summary' (first defined on line 2)")
    assert message.endswith("[duplicate-key]")


def test_duplicate_key_in_nested_mapping():
    assert "x.yaml:3: duplicate key 'en'" in error_of(b"name:\n  en: a\n  en: b\n")


@pytest.mark.parametrize(
    "raw",
    [
        b"a: !!python/object/apply:os.system ['touch /tmp/atlas-pwned']\n",
        b"a: !!python/name:os.system\n",
        b"a: !custom 1\n",
        b"a: !!binary aGVsbG8=\n",
        b"a: !!set {x, y}\n",
    ],
)
def test_non_core_tags_are_refused_and_nothing_runs(raw, tmp_path):
    assert "[yaml-tag]" in error_of(raw)


def test_alias_bomb_is_refused_quickly():
    lines = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    started = time.perf_counter()
    message = error_of("\n".join(lines).encode())
    assert time.perf_counter() - started < 1.0
    assert "x.yaml:2: YAML anchors and aliases" in message


def test_merge_keys_are_refused():
    assert "[yaml-alias]" in error_of(b"base: &b {x: 1}\nother:\n  <<: *b\n")


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"", "x.yaml:1: file is empty"),
        (b"# only a comment\n\n", "x.yaml:1: file is empty"),
        (b"name:\n\ten: x\n", "x.yaml:2: YAML syntax error"),
        (b"name: [a, b\nsummary: x\n", "YAML syntax error"),
        (b"name: ok\nsummary: \xff\xfe bad\n", "x.yaml:2: invalid UTF-8 byte 0xff"),
        (b"name: ok\nsum\x00mary: x\n", "x.yaml:2: file contains a NUL byte"),
        (b"- a\n- b\n", None),
    ],
)
def test_broken_input_gets_a_located_error(raw, expected):
    if expected is None:
        assert load_bytes(raw, "x.yaml").data == ["a", "b"]  # shape is checked by validation
    else:
        assert expected in error_of(raw)


@pytest.mark.parametrize(
    "char, name",
    [
        ("\x07", "U+0007"),
        ("\x1b", "U+001B"),
        ("\x85", "U+0085"),
        ("\u2028", "U+2028 (LINE SEPARATOR)"),
        ("\u2029", "U+2029 (PARAGRAPH SEPARATOR)"),
        ("\r", "U+000D"),
    ],
)
def test_stray_characters_are_reported_at_the_line_an_editor_shows(char, name):
    # YAML counts NEL, U+2028, U+2029 and a lone CR as line breaks, and reports a control character at
    # line 1 with a stream position: either way the line would not be the one `grep -n` shows.
    raw = f"title: ok\nnote: fine\nsummary: bad{char}text\nbogus: 1\n"
    message = error_of(raw.encode())
    assert message.startswith("data/people/x.yaml:3: column 13 holds " + name), message
    assert message.endswith("[control-character]")


def test_windows_line_endings_are_still_fine():
    assert load_bytes(b"title: ok\r\nsummary: x\r\n", "x.yaml").data == {"title": "ok", "summary": "x"}


def test_tab_error_explains_the_fix():
    assert "use spaces, not tabs" in error_of(b"name:\n\ten: x\n")


def test_byte_order_mark_is_accepted():
    assert load_bytes("\ufeffname: 石破茂\n".encode(), "x.yaml").data == {"name": "石破茂"}


def test_oversized_file_is_refused_without_parsing():
    raw = b"summary: " + b"x" * (10 * 1024 * 1024) + b"\n"
    started = time.perf_counter()
    message = error_of(raw)
    assert time.perf_counter() - started < 1.0
    assert f"over the {MAX_BYTES:,}-byte limit" in message


def test_keys_must_be_text():
    assert "[yaml-key]" in error_of(b"1: one\n")
